/**
 * A story as Markdown source for the unified processor.
 *
 * A `.txt` story is text, not Markdown: every ASCII punctuation character
 * is backslash-escaped (CommonMark allows an escape before any of them),
 * so `* 5.97%`, `1. `, `<b>`, `[x](y)` and `&amp;` all stay literal, and
 * each block becomes exactly one paragraph. A `.md` story is Markdown as
 * written; raw HTML in it is dropped by remark-rehype (no
 * `allowDangerousHtml`) and unsafe URLs by `rehypeSafeLinks`.
 *
 * The Markdown keeps a map back to the story: where each block starts in
 * it and, for an escaped block, where each character of the block's text
 * went, so a span of a block's text (`StorySpan`, from extraction) can be
 * found in the Markdown and, through the positions of the parsed nodes, in
 * the rendered text.
 */
import type {BlockKind, Story, StorySpan} from '../types.js'

/** Whether a UTF-16 code unit is ASCII punctuation (`!` to `/`, `:` to `@`, `[` to `` ` ``, `{` to `~`). */
export function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e)
}

const WHITE_SPACE = /\s/

/**
 * One line of text made literal in Markdown (white space collapsed to one
 * space and trimmed, every ASCII punctuation character escaped), with
 * `at[k]`: the offset in the result where the code unit `k` of `text`
 * begins (`at[text.length]` is the result's length). A collapsed or trimmed
 * space begins where the next kept character does.
 */
export function escapeMarkdownMapped(text: string): {text: string; at: Int32Array} {
  const at = new Int32Array(text.length + 1)
  const parts: string[] = []
  let length = 0
  let pendingSpace = false
  for (let k = 0; k < text.length; k++) {
    const ch = text[k]!
    if (WHITE_SPACE.test(ch)) {
      at[k] = pendingSpace ? length + 1 : length
      if (length > 0) pendingSpace = true
      continue
    }
    if (pendingSpace) {
      parts.push(' ')
      length++
      pendingSpace = false
    }
    at[k] = length
    const escaped = isAsciiPunctuation(ch.charCodeAt(0)) ? `\\${ch}` : ch
    parts.push(escaped)
    length += escaped.length
  }
  at[text.length] = length
  // Trailing white space is trimmed: it begins at the end.
  for (let k = text.length - 1; k >= 0 && at[k]! > length; k--) at[k] = length
  return {text: parts.join(''), at}
}

/** Make one line of text literal in Markdown. */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownMapped(text).text
}

/** Where one block of a story is in the story's Markdown. */
export interface BlockSource {
  /** The offset in the Markdown where the block begins. */
  start: number
  /** For an escaped block, `at` of `escapeMarkdownMapped`; null when the block's text is copied as it is. */
  at: Int32Array | null
}

export interface StoryMarkdown {
  markdown: string
  /** The kind of each top-level block, for a `.txt` story; null for Markdown. */
  kinds: BlockKind[] | null
  /** Per block of `story.blocks` (same index): where it is in `markdown`, or null when it was left out (empty). */
  sources: (BlockSource | null)[]
}

/** Blocks are separated by a blank line. */
const SEPARATOR = '\n\n'

/** The Markdown source of a story, the kind of each top-level block (for `.txt` only) and where each block went. */
export function storyMarkdown(story: Story): StoryMarkdown {
  const escape = story.format !== 'md'
  const parts: string[] = []
  const kinds: BlockKind[] = []
  const sources: (BlockSource | null)[] = []
  let offset = 0
  for (const block of story.blocks) {
    if (block.text.trim() === '') {
      sources.push(null)
      continue
    }
    if (parts.length > 0) offset += SEPARATOR.length
    const {text, at} = escape ? escapeMarkdownMapped(block.text) : {text: block.text, at: null}
    sources.push({start: offset, at})
    parts.push(text)
    kinds.push(block.kind)
    offset += text.length
  }
  return {markdown: parts.join(SEPARATOR), kinds: escape ? kinds : null, sources}
}

/**
 * The `[start, end)` offsets in the Markdown of a span of a block's text,
 * or null when the span is not in it (its block was left out, or the span
 * does not fit its block's text).
 */
export function markdownRange(md: StoryMarkdown, story: Story, span: StorySpan): [number, number] | null {
  const source = md.sources[span.block]
  const text = story.blocks[span.block]?.text
  if (!source || text === undefined) return null
  if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > text.length || span.start >= span.end) return null
  if (!source.at) return [source.start + span.start, source.start + span.end]
  return [source.start + source.at[span.start]!, source.start + source.at[span.end]!]
}
