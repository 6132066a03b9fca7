/**
 * The last step of extraction: where the story names a province or one of
 * the article's officials, as spans of its blocks' text. The article page
 * links these spans and nothing else, so the render stage never searches
 * the text again.
 *
 * - Officials: the article's people as extraction and front matter left
 *   them, matched by their full name as whole words (a name followed by
 *   another letter, `Nguyễn Văn Kỷa`, is someone else).
 * - Provinces: the gazetteer's matcher (`tỉnh Bình Dương`, `TPHCM`;
 *   `Hồ Chí Minh` only after a qualifier), leaving out the mentions it flags
 *   as ambiguous (`Sài Gòn`) or as a capital city standing for its province.
 *
 * Where two mentions overlap, the one that starts first wins, then the
 * longer, then the official.
 */
import {findProvinceMentions} from '../../knowledge/provinces.js'
import {wholeWordHits} from '../../text/whole-words.js'
import type {Block, OfficialRecord, StorySpan} from '../../types.js'

/** The spans of one block's text, sorted and never overlapping. */
function blockSpans(text: string, block: number, names: readonly string[]): StorySpan[] {
  const found: StorySpan[] = []
  for (const hit of wholeWordHits(text, names)) {
    found.push({kind: 'official', key: hit.text, block, start: hit.index, end: hit.index + hit.text.length})
  }
  for (const m of findProvinceMentions(text)) {
    if (m.ambiguous || m.capital || m.length <= 0) continue
    found.push({kind: 'province', key: m.province.slug, block, start: m.index, end: m.index + m.length})
  }
  // Stable: at one start and length, the official (pushed first) stays ahead.
  found.sort((a, b) => a.start - b.start || b.end - a.end)
  const kept: StorySpan[] = []
  let end = 0
  for (const span of found) {
    if (span.start < end) continue
    kept.push(span)
    end = span.end
  }
  return kept
}

/** Every mention of a province or of one of `officials` in the story's blocks, in reading order. */
export function storySpans(blocks: readonly Block[], officials: readonly Pick<OfficialRecord, 'name'>[]): StorySpan[] {
  const names = officials.map((o) => o.name.normalize('NFC')).filter((name) => name.trim() !== '')
  return blocks.flatMap((b, i) => blockSpans(b.text, i, names))
}
