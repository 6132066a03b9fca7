/**
 * Sentences, one set of rules for every extractor: a `.`, `!`, `?` or `…`
 * (or a run of them) followed by a space or the end of the text ends a
 * sentence, except a single dot after an abbreviation, a title or an
 * initial when a capitalised word follows (`TS. Nguyễn`, `TP. Hồ Chí
 * Minh`, `A. Bình`). A mark inside a word or number never ends one
 * (`TP.HCM`, `Q.1`, `3.100`, `PGS.TS`).
 */
import {DOTTED_ABBREVIATIONS} from '../knowledge/abbreviations.js'
import {HONORIFICS, academicPart} from '../knowledge/ranks.js'

/** The marks that end a sentence. */
export const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?', '…'])

/** Honorifics written as one abbreviation (`NGƯT`, `NSND`): a dot after one is the abbreviation's ("NGƯT. Lê Văn A"). */
const HONORIFIC_ABBREVIATIONS: ReadonlySet<string> = new Set(HONORIFICS.filter((h) => !h.includes(' ')))

/** Whether a word before a dot makes the dot part of an abbreviation (`TS`, `TP`, `A`, `GS.TS`, `NGƯT`). */
function isAbbreviation(word: string): boolean {
  if (DOTTED_ABBREVIATIONS.has(word) || HONORIFIC_ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(word)) return true
  // A compound title is one token to the people parser ("GS.TS. Nguyễn"): every part an academic title.
  return word.split('.').every((part) => academicPart(part) !== null)
}

/**
 * Whether the mark `mark`, between the word `before` (the letters right
 * before it, or '') and the word `after` (the next word, or ''), ends a sentence.
 */
export function endsSentence(mark: string, before: string, after: string): boolean {
  if (mark === '.' && before && isAbbreviation(before) && /^\p{Lu}/u.test(after)) return false
  return true
}

/** A run of marks followed by white space or the end. */
const MARKS = /[.!?…]+(?=\s|$)/gu
const WORD_BEFORE = /[\p{L}\p{M}]+$/u
const WORD_AFTER = /^\s*(\S*)/u

/**
 * The sentences of a text as `[start, end)` spans that cover it: each ends
 * after its mark, the next starts right there (with its leading spaces).
 * One pass, linear in the text.
 */
export function sentenceSpans(text: string): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  for (const m of text.matchAll(MARKS)) {
    const end = m.index + m[0].length
    if (!marksEnd(text, m.index, m[0], start)) continue
    out.push([start, end])
    start = end
  }
  if (start < text.length) out.push([start, text.length])
  return out
}

/**
 * Whether the mark `mark` at `index` of `text` ends a sentence, judged on
 * the words around it (`endsSentence`); the word before is looked for from
 * `from` on.
 */
export function marksEnd(text: string, index: number, mark: string, from = 0): boolean {
  const end = index + mark.length
  const before = WORD_BEFORE.exec(text.slice(Math.max(from, index - 12), index))?.[0] ?? ''
  const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1] ?? ''
  return endsSentence(mark, before, after)
}

/** The sentences of a text with their offsets, blank ones left out. */
export function splitSentences(text: string): {text: string; start: number}[] {
  return sentenceSpans(text)
    .map(([start, end]) => ({text: text.slice(start, end), start}))
    .filter((s) => s.text.trim() !== '')
}
