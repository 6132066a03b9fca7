/**
 * Short references that name nobody: a lower-case `ông`/`bà`/`đồng chí` and
 * a given name that names none or several of the people found ("ông Kỷ"
 * when no Kỷ, or two, were found). Reported so an editor can set
 * `officials:` in front matter.
 */
import type {RuleId} from '../../../messages.js'
import type {Block} from '../../../types.js'
import {nameKey} from '../../../text/normalize.js'
import {resolveShort, type Known} from './known.js'
import {nameAt, syllablesEnd} from './names.js'
import {rankAt} from './rank.js'
import {isLowerWord, spanText, wholeBlock, type BlockWords, type Sentence} from './state.js'
import {TITLE_WORDS} from './tables.js'

/** The rule for a short reference ("ông Kỷ") that names none or several of the people found. */
export const UNRESOLVED_RULE: RuleId = 'official-unresolved'

/** A reference that names nobody: its block, offset in the block's text, and text. */
export interface Unresolved {
  block: Block
  index: number
  text: string
}

/** Syllables of the given name after the title ("ông Kỷ", "bà Thanh Hải"). */
const GIVEN_NAME_SYLLABLES = 2

/** The unresolved reference starting with a title at `k` of a whole block, if any. */
function unresolvedAt(s: Sentence, known: Known, k: number): Unresolved | null {
  const title = TITLE_WORDS.match(s.tokens, k)
  if (!title || !isLowerWord(s.tokens[k])) return null
  const j = k + title.length
  if (rankAt(s, j)) return null // "đồng chí Thiếu tướng X": a rank, not a given name
  const e = syllablesEnd(s, j, GIVEN_NAME_SYLLABLES)
  const words = s.texts.slice(j, e)
  if (e === j || nameAt(s, j) || resolveShort(known, words) || known.isWholeName(words.map((w) => nameKey(w)))) return null
  return {block: s.block, ...spanText(s, k, e)}
}

/** Every unresolved reference of the story, in reading order. */
export function unresolvedReferences(blocks: readonly BlockWords[], known: Known): Unresolved[] {
  const out: Unresolved[] = []
  for (const words of blocks) {
    const s = wholeBlock(words, known)
    for (let k = 0; k < s.tokens.length; k++) {
      const u = unresolvedAt(s, known, k)
      if (u) out.push(u)
    }
  }
  return out
}
