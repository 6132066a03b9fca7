/** Full names: 2–5 capitalised syllables that start with a surname, and where one may start. */
import {
  LOWER_MIDDLE_NAMES,
  MAX_NAME_SYLLABLES,
  MIN_NAME_SYLLABLES,
  isNameSyllable,
  isSurname,
  looksLikePersonName,
  notNameAt
} from '../../../knowledge/surnames.js'
import type {Token} from '../words.js'
import type {Sentence} from './state.js'
import {ADMIN, BAPTISMAL, BLOCKERS_BEFORE, LONGEST_PLACE, MILITARY, OFFICES, PLACES, TITLE_WORDS} from './tables.js'

/** Whether a token is a capitalised syllable that may be part of a name. */
const isNameWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && isNameSyllable(t.text)

/** Longest administrative-unit phrase, in words, for looking back. */
const LONGEST_ADMIN = 3

/** Whether a place phrase ends right before `i` ("... Bình Dương|"). */
function placeEndsBefore(s: Sentence, i: number): boolean {
  for (let n = 1; n <= LONGEST_PLACE && n <= i; n++) {
    const m = PLACES.match(s.tokens, i - n, i)
    if (m && m.length === n) return true
  }
  return false
}

/** Whether a place phrase starts before `i` and runs over it ("Bình |Dương"). */
function placeCovers(s: Sentence, i: number): boolean {
  for (let n = 1; n <= LONGEST_PLACE && n <= i; n++) {
    const m = PLACES.match(s.tokens, i - n, s.end)
    if (m && m.length > n) return true
  }
  return false
}

/**
 * Whether one of the exact-case blockers ends right before `i` ("đường",
 * "Trường"). A blocker that is only the tail of a longer unit word
 * (`phố` of "thành phố") does not block: the unit word's own rule applies.
 */
function blockedBefore(s: Sentence, i: number): boolean {
  const unit = adminLengthBefore(s, i)
  return BLOCKERS_BEFORE.some((words) => {
    const from = i - words.length
    if (from < 0 || unit > words.length) return false
    return words.every((w, k) => s.tokens[from + k]?.text === w)
  })
}

/** Whether an administrative-unit word ends right before `i` ("tỉnh", "thành phố"). */
function adminBefore(s: Sentence, i: number): boolean {
  return adminLengthBefore(s, i) > 0
}

/** The length in words of the longest administrative-unit word ending right before `i`, or 0. */
function adminLengthBefore(s: Sentence, i: number): number {
  let longest = 0
  for (let n = 1; n <= LONGEST_ADMIN && n <= i; n++) {
    const m = ADMIN.match(s.tokens, i - n, i)
    if (m && m.length === n) longest = n
  }
  return longest
}

/**
 * Whether a name may start at `i` inside a run of capitals ("... tỉnh Bình
 * Dương Võ Văn Minh"): right after a place, or after capitals that are not
 * a name; never inside a place ("Dương ...") or inside another name ("Lâm Thành").
 */
function mayStartInRun(s: Sentence, i: number): boolean {
  if (!isNameWord(s.tokens[i - 1]) || TITLE_WORDS.match(s.tokens, i - 1, i) || placeEndsBefore(s, i)) return true
  if (placeCovers(s, i)) return false
  let r = i - 1
  while (r > 0 && isNameWord(s.tokens[r - 1])) r--
  const runStart = s.tokens[r]
  return !(runStart && isSurname(runStart.text))
}

/** Whether the word at `i + 1` is a middle name printed in lower case (`Lê văn Tấn`), a given name after it. */
function lowerMiddleAt(s: Sentence, i: number): boolean {
  const middle = s.tokens[i + 1]
  return !!middle && middle.kind === 'word' && LOWER_MIDDLE_NAMES.includes(middle.text) && isNameWord(s.tokens[i + 2])
}

/** The name's words as a capitalised name would print them, for the checks on its shape. */
function nameWords(s: Sentence, i: number, k: number): string[] {
  const words = s.texts.slice(i, k)
  if (lowerMiddleAt(s, i) && words[1]) words[1] = words[1].charAt(0).toLocaleUpperCase('vi') + words[1].slice(1)
  return words
}

/** Where the syllables of a name starting at `i` end: before an office, a rank or a phrase no name holds. */
function nameRunEnd(s: Sentence, i: number): number {
  let k = lowerMiddleAt(s, i) ? i + 2 : i + 1
  while (
    k < s.end &&
    k - i <= MAX_NAME_SYLLABLES &&
    isNameWord(s.tokens[k]) &&
    !notNameAt(s.texts, k, true) &&
    !OFFICES.match(s.tokens, k, s.end) &&
    !MILITARY.match(s.tokens, k, s.end)
  ) {
    k++
  }
  return k
}

/**
 * A full name starting at `i`, as a `[start, end)` token range, or null.
 * See `looksLikePersonName`; besides, the run may not continue into more
 * capitalised syllables than a name has, a street or school word may not
 * stand before it, and after a unit word ("tỉnh") it needs three syllables.
 */
export function nameAt(s: Sentence, i: number): [number, number] | null {
  return baptisedNameAt(s, i) ?? plainNameAt(s, i)
}

/**
 * A Catholic baptismal name and the full name after it ("Cha xứ Phêrô Tạ
 * Văn A"), as one name: the record keeps it as printed.
 */
function baptisedNameAt(s: Sentence, i: number): [number, number] | null {
  if (!isNameWord(s.tokens[i])) return null
  const baptismal = BAPTISMAL.match(s.tokens, i, s.end)
  if (!baptismal) return null
  const name = plainNameAt(s, i + baptismal.length)
  return name ? [i, name[1]] : null
}

function plainNameAt(s: Sentence, i: number): [number, number] | null {
  const first = s.tokens[i]
  if (!first || first.kind !== 'word' || !isNameSyllable(first.text) || !isSurname(first.text)) return null
  if (notNameAt(s.texts, i) || PLACES.match(s.tokens, i, s.end)) return null
  if (!mayStartInRun(s, i)) return null
  const k = nameRunEnd(s, i)
  const n = k - i
  if (n < MIN_NAME_SYLLABLES || n > MAX_NAME_SYLLABLES) return null
  if (!looksLikePersonName(nameWords(s, i, k))) return null
  if (blockedBefore(s, i)) return null
  if (n < 3 && adminBefore(s, i)) return null
  return [i, k]
}

/** Where up to `max` capitalised syllables from `j` end (a short reference: "Hùng", "Thanh Hải"). */
export function syllablesEnd(s: Sentence, j: number, max: number): number {
  let k = j
  while (k < s.end && k - j < max && isNameWord(s.tokens[k])) k++
  return k
}
