/**
 * Phases 2–4 for one article, as a pure function of its source: front
 * matter, clean, extract. The result is plain data (no vfile), so it can
 * cross a worker boundary and be stored in the cache; the messages the
 * stages reported travel with it and are replayed onto the article's vfile
 * in the order they were made, so a build prints the same messages whether
 * the result was computed here, in a worker or read from the cache.
 */
import {VFile} from 'vfile'
import {report, type RuleId} from '../messages.js'
import {clean} from '../stages/clean.js'
import {extract} from '../stages/extract/index.js'
import {splitFrontMatter} from '../stages/frontmatter.js'
import {flattenStory} from '../stages/nesting.js'
import type {Block, Extraction, FrontMatter, SourceFile} from '../types.js'

/** A message as the stages reported it, without its vfile. */
interface PlainMessage {
  reason: string
  ruleId: string | null
  source: string | null
  line: number | null
  column: number | null
  fatal: boolean | null | undefined
}

/** What the per-article phases produce: all the archive and the render stage need of one article. */
export interface ArticleResult {
  /** The source's path (relative to the input folder) and hash: the identity of the result. */
  path: string
  sha256: string
  format: SourceFile['format']
  /** Validated front matter. */
  data: FrontMatter
  bodyLine: number
  extraction: Extraction | null
  /** The clean story's blocks, for the article page. */
  blocks: Block[]
  messages: PlainMessage[]
  /** Why a stage threw (`internal-error`), or null. */
  failure: string | null
}

/** Milliseconds spent per stage, summed over articles (for the benchmark). */
export interface StageTimes {
  frontMatter: number
  clean: number
  extract: number
}

export function noTimes(): StageTimes {
  return {frontMatter: 0, clean: 0, extract: 0}
}

/** Run front matter, clean and extract on one source; never throws. */
export function processArticle(source: SourceFile, times?: StageTimes): ArticleResult {
  const file = new VFile({path: source.path})
  const result: ArticleResult = {
    path: source.path,
    sha256: source.sha256,
    format: source.format,
    data: {},
    bodyLine: 1,
    extraction: null,
    blocks: [],
    messages: [],
    failure: null
  }
  try {
    let start = performance.now()
    const split = splitFrontMatter(source, file)
    let now = performance.now()
    if (times) times.frontMatter += now - start
    result.data = split.data
    result.bodyLine = split.bodyLine
    start = now
    // Markdown nested deeper than any story needs is flattened before anything parses it (`nesting-flattened`).
    const article = flattenStory(clean(split, file), source.format, file)
    now = performance.now()
    if (times) times.clean += now - start
    start = now
    result.extraction = extract(article, split, file)
    if (times) times.extract += performance.now() - start
    result.blocks = article.blocks
  } catch (error) {
    result.extraction = null
    result.failure = error instanceof Error ? error.message : String(error)
  }
  result.messages = file.messages.map((m) => ({
    reason: m.reason,
    ruleId: m.ruleId ?? null,
    source: m.source ?? null,
    line: m.line ?? null,
    column: m.column ?? null,
    fatal: m.fatal
  }))
  return result
}

/** Put a result's messages (and its failure, as `internal-error`) on the article's vfile. */
export function replayMessages(result: ArticleResult, file: VFile): void {
  for (const m of result.messages) {
    const message = file.message(m.reason, {
      place: m.line !== null ? {line: m.line, column: m.column ?? 1} : undefined,
      ruleId: m.ruleId ?? undefined,
      source: m.source ?? undefined
    })
    message.fatal = m.fatal
  }
  if (result.failure !== null) report(file, 'internal-error' satisfies RuleId, {line: 1, column: 1}, {reason: result.failure})
}
