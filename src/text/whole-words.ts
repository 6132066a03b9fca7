/**
 * Whole-word occurrences of a few names in a text, without a regex per
 * call: the names differ in every article, and compiling an alternation of
 * them per article cost more than rendering the story.
 */

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

/** Whether the code point ending just before `index` is a letter, mark or digit. */
function wordBefore(text: string, index: number): boolean {
  if (index === 0) return false
  const low = text.charCodeAt(index - 1)
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!))
}

/** Whether the code point starting at `index` is a letter, mark or digit. */
function wordAt(text: string, index: number): boolean {
  return index < text.length && WORD_CHAR.test(String.fromCodePoint(text.codePointAt(index)!))
}

/** A name found in a text: where it starts and which name it is. */
export interface WordHit {
  index: number
  text: string
}

/**
 * Whole-word occurrences of `names` in `text`, left to right, never
 * overlapping; at one position the longest name wins (what one alternation
 * regex of the names, longest first, would find). Empty names are ignored.
 */
export function wholeWordHits(text: string, names: readonly string[]): WordHit[] {
  const all: WordHit[] = []
  for (const name of new Set(names)) {
    if (name === '') continue
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      if (!wordBefore(text, at) && !wordAt(text, at + name.length)) all.push({index: at, text: name})
    }
  }
  if (all.length < 2) return all
  all.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
  const kept: WordHit[] = []
  let end = 0
  for (const hit of all) {
    if (hit.index < end) continue
    kept.push(hit)
    end = hit.index + hit.text.length
  }
  return kept
}
