/**
 * Markdown nesting, bounded. The Markdown parser and the HTML tree walkers
 * recurse once per level: a 2 KB line of 1,000 list markers overflows the
 * stack, and deep trees cost time out of proportion to the text. Before a
 * story is parsed, each line's nesting is capped at `MAX_NESTING` levels:
 *
 * - container markers at the start of a line (`>`, `-`, `+`, `*`, `1.`,
 *   `1)`) beyond the limit are dropped, the text after them kept;
 * - leading indentation (how lists nest across lines) is cut to
 *   `MAX_NESTING` × 4 columns;
 * - a line whose emphasis marks (`*`, `_`) or brackets (`[`, `![`) open
 *   more than the limit at once has those marks escaped, so they print as
 *   written.
 *
 * One pass over each line, so the work is linear in the text.
 */

/**
 * The deepest nesting kept. News articles quote or nest lists two or three
 * levels at most; 8 leaves room for any real text and keeps every
 * recursion far from the stack's limit.
 */
export const MAX_NESTING = 8

/** What was flattened on one line. */
export interface Flattened {
  /** 0-based index of the line in the text. */
  line: number
  /** `block markers`, `indentation`, `emphasis marks` or `brackets`. */
  what: 'block markers' | 'indentation' | 'emphasis marks' | 'brackets'
  /** How deep the line nested before flattening. */
  depth: number
}

/** A container marker at the start of what is left of a line, with the spaces after it. */
const CONTAINER = /^[ \t]*(?:>|(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$))[ \t]*/
const INDENT = /^[ \t]*/

function columns(whitespace: string): number {
  let n = 0
  for (const ch of whitespace) n = ch === '\t' ? n + 4 - (n % 4) : n + 1
  return n
}

/** Cap the container markers and indentation at the start of one line. */
function flattenPrefix(line: string, index: number, found: Flattened[]): string {
  const indent = INDENT.exec(line)![0]
  let rest = line
  let kept = ''
  const width = columns(indent)
  if (width > MAX_NESTING * 4) {
    found.push({line: index, what: 'indentation', depth: Math.floor(width / 2)})
    kept = ' '.repeat(MAX_NESTING * 4)
    rest = line.slice(indent.length)
  }
  let depth = 0
  let dropped = false
  for (let match = CONTAINER.exec(rest); match && match[0].length > 0; match = CONTAINER.exec(rest)) {
    depth++
    if (depth <= MAX_NESTING) kept += match[0]
    else dropped = true
    rest = rest.slice(match[0].length)
    if (rest === '') break
  }
  if (dropped) found.push({line: index, what: 'block markers', depth})
  return kept + rest
}

/** Emphasis marks: a run of them is one delimiter run (`*_*_` counts four levels). */
const EMPHASIS = /[*_]/

/**
 * The deepest run of unclosed openers on a line: an opener is `[`, or a
 * run of `*`/`_` with white space or the line's start before it; a closer
 * is `]`, or a run with white space or the end after it; each mark of a
 * run is a level. Backslash-escaped marks do not count.
 */
function depths(line: string): {emphasis: number; brackets: number} {
  let emphasis = 0
  let brackets = 0
  let maxEmphasis = 0
  let maxBrackets = 0
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!
    if (ch === '\\') {
      i++
      continue
    }
    if (ch === '[') maxBrackets = Math.max(maxBrackets, ++brackets)
    else if (ch === ']') brackets = Math.max(brackets - 1, 0)
    else if (EMPHASIS.test(ch)) {
      let end = i
      while (end + 1 < line.length && EMPHASIS.test(line[end + 1]!)) end++
      const run = end - i + 1
      const before = i === 0 || /\s/.test(line[i - 1]!)
      const after = end === line.length - 1 || /\s/.test(line[end + 1]!)
      if (before && !after) emphasis += run
      else if (after && !before) emphasis = Math.max(emphasis - run, 0)
      // A run inside a word both opens and closes: as deep as half its marks.
      maxEmphasis = Math.max(maxEmphasis, emphasis, Math.ceil(run / 2))
      i = end
    }
  }
  return {emphasis: maxEmphasis, brackets: maxBrackets}
}

/** Escape every unescaped character of `marks` in a line. */
function escapeMarks(line: string, marks: RegExp): string {
  return line.replace(/\\.|./gsu, (ch) => (ch.length === 1 && marks.test(ch) ? `\\${ch}` : ch))
}

/** Cap the nesting of a Markdown text; returns the text and what was flattened. */
export function flattenNesting(text: string): {text: string; found: Flattened[]} {
  const found: Flattened[] = []
  const lines = text.split('\n').map((raw, index) => {
    let line = flattenPrefix(raw, index, found)
    const {emphasis, brackets} = depths(line)
    if (emphasis > MAX_NESTING) {
      found.push({line: index, what: 'emphasis marks', depth: emphasis})
      line = escapeMarks(line, /[*_]/)
    }
    if (brackets > MAX_NESTING) {
      found.push({line: index, what: 'brackets', depth: brackets})
      line = escapeMarks(line, /[[\]]/)
    }
    return line
  })
  return {text: lines.join('\n'), found}
}
