/**
 * Cyrillic and Greek letters that print like Latin ones, as data: the
 * part of Unicode's confusables table (UTS #39, `confusables.txt`) that can
 * hide inside a Vietnamese name. `Nguyễn Văn Кỷ` with a Cyrillic `К` looks
 * exactly like `Nguyễn Văn Kỷ`; its skeleton is the Latin spelling.
 *
 * Only whole-letter look-alikes are listed (no digits, no punctuation): a
 * name is compared by its skeleton, and a name that needed one is reported.
 */

/** Look-alike letter → the Latin letter it imitates. */
const CONFUSABLE_LETTERS: ReadonlyMap<string, string> = new Map([
  // Cyrillic capitals
  ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'], ['Р', 'P'],
  ['С', 'C'], ['Т', 'T'], ['Х', 'X'], ['У', 'Y'], ['Ѕ', 'S'], ['І', 'I'], ['Ј', 'J'], ['Ԛ', 'Q'], ['Ԝ', 'W'],
  // Cyrillic small letters
  ['а', 'a'], ['е', 'e'], ['о', 'o'], ['р', 'p'], ['с', 'c'], ['у', 'y'], ['х', 'x'], ['ѕ', 's'],
  ['і', 'i'], ['ј', 'j'], ['һ', 'h'], ['ԁ', 'd'], ['ԛ', 'q'], ['ԝ', 'w'], ['ѵ', 'v'], ['ӏ', 'l'],
  // Greek capitals
  ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'],
  ['Ν', 'N'], ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'],
  // Greek small letters
  ['ο', 'o'], ['ν', 'v'], ['ι', 'i'], ['κ', 'k'], ['ρ', 'p'], ['υ', 'u'], ['α', 'a'], ['τ', 't']
])

const LOOK_ALIKE = new RegExp(`[${[...CONFUSABLE_LETTERS.keys()].join('')}]`, 'gu')

/**
 * The skeleton of a text: each look-alike letter replaced by the Latin letter
 * it imitates (marks on it kept, NFC). Two names with one skeleton print the same.
 */
export function skeleton(text: string): string {
  return text.normalize('NFD').replace(LOOK_ALIKE, (ch) => CONFUSABLE_LETTERS.get(ch) ?? ch).normalize('NFC')
}

/** Whether a text holds a look-alike letter next to Latin ones (a mixed-script name). */
export function hasLookAlike(text: string): boolean {
  LOOK_ALIKE.lastIndex = 0
  return /\p{Script=Latin}/u.test(text) && text.normalize('NFD').match(LOOK_ALIKE) !== null
}
