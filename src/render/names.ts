/**
 * Vietnamese personal names in reading order. A name is written surname
 * first (`Nguyễn Văn Kỷ`), but people are listed by given name, then
 * middle name(s), then surname, as in Vietnamese school rolls and
 * directories.
 */
import {compareVi} from '../text/normalize.js'

export interface NameParts {
  surname: string
  middle: string
  given: string
}

/** `Nguyễn Thị Thanh Hải` → surname `Nguyễn`, middle `Thị Thanh`, given `Hải`. */
export function nameParts(name: string): NameParts {
  const words = name.trim().split(/\s+/).filter(Boolean)
  if (words.length <= 1) return {surname: '', middle: '', given: words[0] ?? ''}
  return {surname: words[0]!, middle: words.slice(1, -1).join(' '), given: words[words.length - 1]!}
}

/** Compare two names by given name, then middle name(s), then surname, with the Vietnamese collator. */
export function compareByGivenName(a: string, b: string): number {
  const pa = nameParts(a)
  const pb = nameParts(b)
  return compareVi(pa.given, pb.given) || compareVi(pa.middle, pb.middle) || compareVi(pa.surname, pb.surname) || compareVi(a, b)
}

/** The 29 letters of the Vietnamese alphabet, in order. */
export const ALPHABET = ['A', 'Ă', 'Â', 'B', 'C', 'D', 'Đ', 'E', 'Ê', 'G', 'H', 'I', 'K', 'L', 'M', 'N', 'O', 'Ô', 'Ơ', 'P', 'Q', 'R', 'S', 'T', 'U', 'Ư', 'V', 'X', 'Y'] as const

/** Tone marks (grave, acute, hook, tilde, dot below); the letter marks (breve, circumflex, horn) stay. */
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g

/** The letter a word files under: `Ánh` → `A`, `Ấn` → `Â`, `Đạo` → `Đ`, `Ưng` → `Ư`; `#` when none. */
export function letterOf(word: string): string {
  const first = [...word.normalize('NFD').replace(TONE_MARKS, '').normalize('NFC')][0]?.toUpperCase() ?? ''
  return (ALPHABET as readonly string[]).includes(first) ? first : '#'
}

/** An ASCII anchor id for a letter, in Telex spelling: `Ă` → `chu-aw`, `Đ` → `chu-dd`. */
export function letterAnchor(letter: string): string {
  const telex: Record<string, string> = {Ă: 'aw', Â: 'aa', Đ: 'dd', Ê: 'ee', Ô: 'oo', Ơ: 'ow', Ư: 'uw', '#': 'khac'}
  return `chu-${telex[letter] ?? letter.toLowerCase()}`
}
