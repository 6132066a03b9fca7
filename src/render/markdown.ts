/**
 * A story as Markdown source for the unified processor.
 *
 * A `.txt` story is text, not Markdown: every ASCII punctuation character
 * is backslash-escaped (CommonMark allows an escape before any of them),
 * so `* 5.97%`, `1. `, `<b>`, `[x](y)` and `&amp;` all stay literal, and
 * each block becomes exactly one paragraph. A `.md` story is Markdown as
 * written; raw HTML in it is dropped by remark-rehype (no
 * `allowDangerousHtml`) and unsafe URLs by `rehypeSafeLinks`.
 */
import type {Block, BlockKind, Story} from '../types.js'

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/g

/** Make one line of text literal in Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(ASCII_PUNCTUATION, (ch) => `\\${ch}`)
}

/** The Markdown source of a story, and the kind of each top-level block (for `.txt` only). */
export function storyMarkdown(story: Story): {markdown: string; kinds: BlockKind[] | null} {
  const blocks = story.blocks.filter((b: Block) => b.text.trim() !== '')
  if (story.format === 'md') {
    return {markdown: blocks.map((b) => b.text).join('\n\n'), kinds: null}
  }
  return {markdown: blocks.map((b) => escapeMarkdown(b.text)).join('\n\n'), kinds: blocks.map((b) => b.kind)}
}
