/**
 * Words, phrases and sentences of a story, shared by the people, topic and
 * event extractors: a linear tokenizer that keeps offsets (for evidence),
 * a phrase table matched word by word, and a sentence splitter that knows
 * abbreviations.
 */
import {matchTeaserHeader} from '../../knowledge/boilerplate.js'
import {academicPart} from '../../knowledge/ranks.js'
import {gluedSyllableSplit} from '../../knowledge/surnames.js'
import {endsSentence, SENTENCE_MARKS} from '../../text/sentences.js'
import type {Block, CleanArticle} from '../../types.js'

/** A word, number or punctuation mark of a block, with its offsets in the block's text. */
export interface Token {
  text: string
  /** `text` in lower case, for matching phrases. */
  lower: string
  start: number
  end: number
  kind: 'word' | 'number' | 'punct'
}

/**
 * Words (letters, with inner `.` or `'` as in `PGS.TS`, `TP.HCM`, `H'Hen`),
 * numbers (`29/5`, `1.200`) and single punctuation marks. Each alternative
 * is a sequence of mandatory separators and letter runs, so matching is
 * linear in the length of the line.
 */
const TOKEN = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’.][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,/]\p{N}+)*|\S/gu

/** One capitalised syllable, in title case: the start of a name. */
const TITLE_CASE_WORD = /^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+$/u

/**
 * Where a word made of academic abbreviations and a title-case word joined
 * by dots splits (`TS.Nguyễn` → 2, `PGS.TS.Trần` → 6), or 0 when it is not one.
 */
export function gluedTitle(word: string): number {
  const dot = word.lastIndexOf('.')
  if (dot <= 0 || !TITLE_CASE_WORD.test(word.slice(dot + 1))) return 0
  const head = word.slice(0, dot)
  return head.split('.').every((part) => academicPart(part) !== null) ? dot : 0
}

/** Split a text into tokens. */
export function tokenize(text: string): Token[] {
  const out: Token[] = []
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0]
    const start = m.index
    // "TS.Nguyễn", "PGS.TS.Trần": an academic title glued to the name by its
    // dot is read as "TS. Nguyễn", as if a space followed the dot.
    const glued = gluedTitle(t)
    if (glued > 0) {
      out.push({text: t.slice(0, glued), lower: t.slice(0, glued).toLowerCase(), start, end: start + glued, kind: 'word'})
      out.push({text: '.', lower: '.', start: start + glued, end: start + glued + 1, kind: 'punct'})
      const rest = t.slice(glued + 1)
      out.push({text: rest, lower: rest.toLowerCase(), start: start + glued + 1, end: start + t.length, kind: 'word'})
      continue
    }
    // "Tô Quốc Anđồng chủ trì": two syllables glued by a lost space are read as two words.
    const split = gluedSyllableSplit(t)
    if (split > 0) {
      const second = t.slice(split)
      out.push({text: t.slice(0, split), lower: t.slice(0, split).toLowerCase(), start, end: start + split, kind: 'word'})
      out.push({text: second, lower: second.toLowerCase(), start: start + split, end: start + t.length, kind: 'word'})
      continue
    }
    const kind = /^\p{N}/u.test(t) ? 'number' : /^[\p{L}\p{M}]/u.test(t) ? 'word' : 'punct'
    out.push({text: t, lower: t.toLowerCase(), start, end: start + t.length, kind})
  }
  return out
}

/** A table of phrases (matched word by word, case-insensitively), longest match first. */
export class PhraseTable<V> {
  readonly #byFirst = new Map<string, {words: string[]; value: V}[]>()

  constructor(entries: Iterable<readonly [string, V]>) {
    for (const [phrase, value] of entries) {
      const words = tokenize(phrase).map((t) => t.lower)
      const first = words[0]
      if (first === undefined) continue
      const list = this.#byFirst.get(first) ?? []
      list.push({words, value})
      this.#byFirst.set(first, list)
    }
    for (const list of this.#byFirst.values()) list.sort((a, b) => b.words.length - a.words.length)
  }

  /** The longest phrase starting at `tokens[i]` and ending before `end`. */
  match(tokens: readonly Token[], i: number, end = tokens.length): {length: number; value: V} | null {
    const first = tokens[i]
    if (!first) return null
    const list = this.#byFirst.get(first.lower)
    if (!list) return null
    for (const {words, value} of list) {
      if (i + words.length > end) continue
      let ok = true
      for (let k = 1; k < words.length; k++) {
        if (tokens[i + k]?.lower !== words[k]) {
          ok = false
          break
        }
      }
      if (ok) return {length: words.length, value}
    }
    return null
  }
}

/**
 * The story's paragraphs and captions, up to a teaser heading ("Có thể bạn
 * quan tâm", from the boilerplate markers). The clean stage removes teaser
 * blocks; this is a second guard, since a teaser about another meeting
 * reads exactly like the story.
 */
export function storyBlocks(article: CleanArticle): Block[] {
  const out: Block[] = []
  for (const block of article.blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'caption') continue
    if (matchTeaserHeader(block.text)) break
    out.push(block)
  }
  return out
}

export {DOTTED_ABBREVIATIONS} from '../../knowledge/abbreviations.js'

/**
 * Split tokens into sentences, as `[start, end)` ranges, by the rules of
 * `text/sentences.ts`: a dot after an abbreviation or an initial before a
 * capitalised word (`TS. Nguyễn`) does not end one.
 */
export function sentences(tokens: readonly Token[]): [number, number][] {
  const out: [number, number][] = []
  let start = 0
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!
    if (!SENTENCE_MARKS.has(t.text)) continue
    const prev = tokens[i - 1]
    const next = tokens[i + 1]
    if (!endsSentence(t.text, prev?.kind === 'word' ? prev.text : '', next?.kind === 'word' ? next.text : '')) continue
    if (i + 1 > start) out.push([start, i + 1])
    start = i + 1
  }
  if (start < tokens.length) out.push([start, tokens.length])
  return out
}

