/**
 * What every extractor receives besides the clean article, and helpers for
 * evidence and warnings that all extractors share.
 */
import type {VFile} from 'vfile'
import {describeVi, report, type RuleId} from '../../messages.js'
import type {Block, Evidence, Point, ProvinceRef, Warning} from '../../types.js'

/** Shared context for the extractors of one article. */
export interface ExtractContext {
  /** The article's vfile; extractors report warnings on it through `warningAt`. */
  file: VFile
  /** Byline names (authors), so people extraction can exclude them. */
  authors: string[]
  /** The province of the event, as the place extractor found it (or the front matter set it). */
  province: ProvinceRef | null
  /** The lead paragraph block (the first story paragraph), or null. */
  lead: Block | null
}

/**
 * Evidence for a match inside a block's text. Blocks are single source
 * lines, so the column is `block.column + index`.
 */
export function evidenceAt(block: Block, index: number, text: string): Evidence {
  return {line: block.line, column: block.column + index, text}
}

/**
 * Make a warning at a place, and report it on the vfile too (so the CLI
 * lists it with `path:line:column` and its rule id). `place` may be a block
 * (its start), a point, or null (the start of the file).
 */
export function warningAt(
  file: VFile,
  ruleId: RuleId,
  place: Point | null,
  params: Record<string, string | number> = {}
): Warning {
  const point: Point = place ? {line: place.line, column: place.column} : {line: 1, column: 1}
  report(file, ruleId, point, params)
  return {line: point.line, column: point.column, ruleId, message: describeVi(ruleId, params)}
}

/**
 * A warning an extractor found but has not reported yet: the assembler
 * reports it (with `warningAt`) only when no front-matter value overrides
 * the field it is about, so an editor's fix silences the warning.
 */
export interface PendingWarning {
  ruleId: RuleId
  place: Point | null
  params: Record<string, string | number>
}

/**
 * What every extractor returns: the fields it found (named as in the
 * record), their evidence keyed by field (`title`, `officials.0.rank`), and
 * the warnings it has not reported.
 */
export type Extracted<Fields extends object> = Fields & {
  evidence: Record<string, Evidence>
  warnings: PendingWarning[]
}

/** Make a pending warning (pure). */
export function pending(ruleId: RuleId, place: Point | null, params: Record<string, string | number> = {}): PendingWarning {
  return {ruleId, place: place ? {line: place.line, column: place.column} : null, params}
}
