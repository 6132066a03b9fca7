/**
 * Find the abbreviations of `knowledge/abbreviations.ts` in a text, as
 * segments the templates and the body plugin turn into `<abbr title>`.
 */
import {ABBREVIATIONS} from '../knowledge/abbreviations.js'

/** A piece of text; `full` is set when the piece is an abbreviation. */
export interface Segment {
  text: string
  full?: string
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Longest first, whole words only (no letter or digit on either side). */
const PATTERN = new RegExp(
  `(?<![\\p{L}\\p{N}.])(?:${Object.keys(ABBREVIATIONS).sort((a, b) => b.length - a.length).map(escape).join('|')})(?![\\p{L}\\p{N}]|\\.\\p{L})`,
  'gu'
)

/**
 * Split `text` at the abbreviations not yet in `seen` (each is marked on
 * first use only; `seen` is updated). Pass a fresh set to mark every one.
 */
export function splitAbbreviations(text: string, seen: Set<string> = new Set()): Segment[] {
  const out: Segment[] = []
  let last = 0
  for (const m of text.matchAll(PATTERN)) {
    if (seen.has(m[0])) continue
    seen.add(m[0])
    if (m.index > last) out.push({text: text.slice(last, m.index)})
    out.push({text: m[0], full: ABBREVIATIONS[m[0]]!})
    last = m.index + m[0].length
  }
  if (last < text.length) out.push({text: text.slice(last)})
  return out
}
