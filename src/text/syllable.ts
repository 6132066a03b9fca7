/**
 * Whether a word is one Vietnamese syllable as the orthography allows it:
 * an onset, a vowel cluster and a final consonant that may follow it. A
 * word cut off in the middle (`Việ`, whose `iê` needs a final), an English
 * word (`Breaking`) or a unit's abbreviation (`CATP`) is not one. Names of
 * ethnic minorities (`Ksor`, `H'Xíu`) are not either, so callers use this
 * only where such names cannot be meant.
 */

/** Onsets, longest first so `ngh` is taken before `ng` and `n`. */
export const ONSETS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'x'] as const

/** Final consonants. */
const CODAS = new Set(['c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'])

/** Vowel clusters (tone marks removed) that close the syllable: nothing may follow. */
const CLOSED = new Set([
  'ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'ia', 'iu', 'oi', 'ôi', 'ơi', 'ua', 'ui', 'ưa', 'ưi', 'ưu',
  'oai', 'oao', 'oay', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'iêu', 'yêu', 'uya', 'uyu'
])

/** Vowel clusters that need a final consonant. */
const NEED_CODA = new Set(['ă', 'â', 'oă', 'uâ', 'iê', 'yê', 'uô', 'ươ', 'uyê', 'oo'])

/** Vowel clusters that may stand with or without a final consonant. */
const OPEN = new Set(['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'oa', 'oe', 'uê', 'uơ', 'uy'])

/** Combining tone marks (grave, acute, tilde, hook, dot below); the vowel's own marks (breve, circumflex, horn) stay. */
const TONES = /[\u0300\u0301\u0303\u0309\u0323]/gu

/** The word in lower case without its tone. */
function toneless(word: string): string {
  return word.toLocaleLowerCase('vi').normalize('NFD').replace(TONES, '').normalize('NFC')
}

/** Whether `word` (letters only) is one well-formed Vietnamese syllable. */
export function isVietnameseSyllable(word: string): boolean {
  const w = toneless(word)
  if (!/^[a-zđăâêôơư]+$/u.test(w)) return false
  // `gìn` is `g` + `in`, `gia` is `gi` + `a`: every onset that fits is tried.
  const onsets = [...ONSETS.filter((o) => w.startsWith(o)), '']
  return onsets.some((onset) => wellFormedRime(w.slice(onset.length)))
}

/** Whether a rime (what follows the onset) is a vowel cluster and a final it allows. */
function wellFormedRime(rime: string): boolean {
  const m = /^([aăâeêioôơuưy]+)([a-zđ]*)$/u.exec(rime)
  if (!m) return false
  const nucleus = m[1] ?? ''
  const coda = m[2] ?? ''
  if (coda && !CODAS.has(coda)) return false
  if (CLOSED.has(nucleus)) return coda === ''
  if (NEED_CODA.has(nucleus)) return coda !== ''
  return OPEN.has(nucleus)
}
