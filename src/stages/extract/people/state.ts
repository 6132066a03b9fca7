/**
 * The parser's state: the words of a block, and the sentence being read
 * with the people found so far. Grammar functions take this state and a
 * token index (the cursor) and return what starts there.
 */
import type {Block} from '../../../types.js'
import {tokenize, type Token} from '../words.js'
import type {Known} from './known.js'

/** The words of one block, tokenized once for every pass. */
export interface BlockWords {
  block: Block
  tokens: readonly Token[]
  /** The tokens' texts, for the name checks of `knowledge/surnames.ts`. */
  texts: readonly string[]
}

/** One sentence of a block, as a `[start, end)` token range, and what the parser knows. */
export interface Sentence extends BlockWords {
  start: number
  end: number
  /** The people found in the first pass (short references resolve to them), or null during it. */
  known: Known | null
}

/** Tokenize a block. */
export function blockWords(block: Block): BlockWords {
  const tokens = tokenize(block.text)
  return {block, tokens, texts: tokens.map((t) => t.text)}
}

/** The whole block read as one sentence (for scans that are not bound to a sentence). */
export function wholeBlock(words: BlockWords, known: Known | null): Sentence {
  return {...words, start: 0, end: words.tokens.length, known}
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text)
export const isLowerWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.text)

/** A span of the block's text from token `from` to token `to - 1`, with its offset. */
export function spanText(words: BlockWords, from: number, to: number): {index: number; text: string} {
  const index = words.tokens[from]?.start ?? 0
  return {index, text: words.block.text.slice(index, words.tokens[to - 1]?.end ?? index)}
}
