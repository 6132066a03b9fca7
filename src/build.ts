/**
 * The build, phase by phase, in one place:
 *
 * 1. read        input folder → decoded `SourceFile`s (bad files reported and skipped)
 * 2. front matter  each file → validated front matter + body
 * 3. clean       each body → the story without site furniture
 * 4. extract     each story → title, date, place, people, topics, event
 * 5. archive     all extractions → records, events, indexes
 * 6. render      archive → pages and data files, one at a time
 * 7. write       pages → a temporary folder, swapped in when complete
 *
 * Phases 2–4 run per article inside a guard: an article that makes a stage
 * throw is reported (`internal-error`) and skipped; the others still build.
 * They run in `pipeline/run.ts`: from the cache of per-article results when
 * it holds the article, on all cores for large archives; the order of the
 * results, and so the output, never depends on either.
 * Before phase 1, the output folder is checked: the write stage replaces it
 * whole, so a folder that holds anything but a previous build is refused.
 */
import {lstat, readdir, realpath} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {report} from './messages.js'
import {buildArchive, type ArchiveItem} from './stages/archive.js'
import {replayMessages, type ArticleResult, type StageTimes} from './pipeline/article.js'
import {runArticles} from './pipeline/run.js'
import {readInput} from './stages/read.js'
import {renderSite, SITE_ENTRIES} from './stages/render.js'
import {writeSite} from './stages/write.js'
import type {Archive, SiteOptions, Story} from './types.js'

export interface BuildOptions {
  /** Folder of articles (`.txt`, `.md`). Default `seeds`. */
  input: string
  /** Folder to write the site into. Default `dist`. */
  out: string
  /** Site title and base path. */
  site?: Partial<SiteOptions>
  /** Cache folder of per-article results; null or missing: none (a cold build). */
  cacheDir?: string | null
  /** Worker threads for phases 2–4; default by archive size (`pipeline/run.ts`). */
  workers?: number
  /** Told when a phase starts and how far it got, for a progress display. */
  progress?: Progress
  /** Filled with milliseconds per phase, for the benchmark. */
  timings?: Timings
}

/** Receives the build's progress. */
export interface Progress {
  phase(name: 'articles' | 'pages', total: number): void
  tick(done: number): void
  end(): void
}

/** Milliseconds per phase; front matter, clean and extract are summed over articles (and workers). */
export interface Timings extends StageTimes {
  read: number
  archive: number
  /** Rendering and writing interleave (pages are rendered as the writer asks); render is the part not spent writing. */
  render: number
  write: number
  /** Per-article results taken from the cache. */
  cacheHits: number
  workers: number
}

export function noTimings(): Timings {
  return {read: 0, frontMatter: 0, clean: 0, extract: 0, archive: 0, render: 0, write: 0, cacheHits: 0, workers: 1}
}

/** What the phases up to the archive produce. */
export interface Collected {
  archive: Archive
  stories: Map<string, Story>
  /** One vfile per input file, holding its messages. */
  files: VFile[]
}

/** What `build` returns; its `stories` are empty: the render stage let each go once its page was written. */
export interface BuildResult extends Collected {
  /** Files written into the output folder (0 when nothing was written). */
  written: number
  /** Messages about the build as a whole (output folder refused, nothing built, write collisions). */
  buildFile: VFile
}

export const DEFAULT_SITE: SiteOptions = {title: 'Lưu trữ tin nhân quyền', base: '/'}

/**
 * Place the messages about a whole file (empty, binary, duplicate,
 * unreadable, too large) at its start, 1:1, the place vfile already names
 * them by, so every message reads `path:line:column`.
 */
function placeWholeFileMessages(file: VFile): void {
  for (const message of file.messages) {
    if (message.line !== undefined) continue
    message.line = 1
    message.column = 1
    message.place = {line: 1, column: 1}
  }
}

/** The input folder itself cannot be listed (missing, not a folder, no permission). */
export class InputFolderError extends Error {
  constructor(readonly input: string, readonly reason: string) {
    super(`Cannot read the input folder ${input}: ${reason}`)
  }
}

/** Files that operating systems drop into folders a person opened; never a reason to keep an output folder. */
const SYSTEM_JUNK: ReadonlySet<string> = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini'])

/**
 * Why the output folder must not be replaced, or null when it may be.
 * The write stage swaps in a whole new folder and deletes the old one, so
 * `out` may only be missing, empty, or a site a build wrote (nothing but
 * `SITE_ENTRIES` at its top): never a file, never the input folder or a
 * folder holding it, never a folder with anything else in it (`--out .`
 * in a project, a `.git` or `CNAME` someone added to `dist/`).
 */
export async function outputProblem(input: string, out: string): Promise<string | null> {
  const target = path.resolve(out)
  let info
  try {
    info = await lstat(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    return `cannot be checked (${error instanceof Error ? error.message : String(error)})`
  }
  if (!info.isDirectory()) return info.isSymbolicLink() ? 'is a symbolic link, not a folder' : 'is a file, not a folder'
  const realOut = await realpath(target)
  const realInput = await realpath(path.resolve(input)).catch(() => path.resolve(input))
  if (realInput === realOut || realInput.startsWith(realOut + path.sep)) return 'is the input folder, or holds it'
  const foreign = (await readdir(target)).filter((name) => !SITE_ENTRIES.has(name) && !SYSTEM_JUNK.has(name)).sort()
  if (foreign.length === 0) return null
  const names = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '')
  return `holds files a build does not write (${names})`
}

/** What `collect` takes besides the input folder. */
export type CollectOptions = Pick<BuildOptions, 'cacheDir' | 'workers' | 'progress' | 'timings'>

/** Phases 1–5: read the input folder and build the archive in memory. */
export async function collect(input: string, options: CollectOptions = {}): Promise<Collected> {
  const timings = options.timings
  let start = performance.now()
  let read
  try {
    read = await readInput(input)
  } catch (error) {
    throw new InputFolderError(input, error instanceof Error ? error.message : String(error))
  }
  const {files, sources} = read
  for (const file of files) placeWholeFileMessages(file)
  const fileByPath = new Map(files.map((f) => [f.path, f]))
  if (timings) timings.read += performance.now() - start

  options.progress?.phase('articles', sources.length)
  const run = await runArticles(sources, {
    cacheDir: options.cacheDir ?? null,
    workers: options.workers,
    onProgress: options.progress ? (done) => options.progress?.tick(done) : undefined
  })
  options.progress?.end()
  // The texts are no longer needed: the results hold what the later phases read.
  sources.length = 0
  for (const file of files) file.value = ''
  if (timings) {
    timings.frontMatter += run.times.frontMatter
    timings.clean += run.times.clean
    timings.extract += run.times.extract
    timings.cacheHits += run.hits
    timings.workers = run.workers
  }

  start = performance.now()
  const items: ArchiveItem[] = []
  const results = new Map<string, ArticleResult>()
  for (const result of run.results) {
    const file = fileByPath.get(result.path) ?? new VFile({path: result.path})
    replayMessages(result, file)
    if (!result.extraction) continue
    // The archive reads the source's path, hash and front matter; the text stays behind.
    const source = {path: result.path, sha256: result.sha256, format: result.format, text: ''}
    items.push({split: {source, data: result.data, bodyLine: result.bodyLine, body: ''}, extraction: result.extraction, file})
    results.set(result.path, result)
  }
  const archive = buildArchive(items)
  const stories = new Map<string, Story>()
  for (const record of archive.articles) {
    const result = results.get(record.source.file)
    const format = record.source.file.endsWith('.md') ? 'md' : 'txt'
    stories.set(record.id, {id: record.id, format, blocks: result?.blocks ?? []})
  }
  if (timings) timings.archive += performance.now() - start
  return {archive, stories, files}
}

/** An archive with nothing in it, for a build that stops before reading. */
function nothingCollected(): Collected {
  return {archive: {articles: [], events: [], officials: [], provinces: [], topics: []}, stories: new Map(), files: []}
}

/**
 * All phases: build the site from `options.input` into `options.out`.
 * Stops with nothing written when the output folder must not be replaced
 * (`unsafe-output`, on `buildFile`) or the input folder cannot be read
 * (`input-unreadable`, on a vfile of the folder, in `files`).
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const buildFile = new VFile({path: options.out})
  const problem = await outputProblem(options.input, options.out)
  if (problem) {
    report(buildFile, 'unsafe-output', undefined, {path: options.out, reason: problem})
    return {...nothingCollected(), written: 0, buildFile}
  }
  let collected: Collected
  try {
    collected = await collect(options.input, options)
  } catch (error) {
    if (!(error instanceof InputFolderError)) throw error
    const folder = new VFile({path: options.input})
    report(folder, 'input-unreadable', undefined, {input: options.input, reason: error.reason})
    return {...nothingCollected(), files: [folder], written: 0, buildFile}
  }
  if (collected.archive.articles.length === 0) {
    report(buildFile, 'nothing-built', undefined, {input: options.input})
    return {...collected, written: 0, buildFile}
  }
  const site: SiteOptions = {...DEFAULT_SITE, ...options.site}
  const {archive} = collected
  const start = performance.now()
  const stories = new ReadOnce(collected.stories)
  collected.stories.clear()
  const pages = renderSite({archive, stories, options: site})
  // An estimate for the progress display: one page per record, plus the indexes.
  const expected = archive.articles.length + archive.events.length + archive.officials.length + archive.provinces.length + archive.topics.length
  const result = await writeSite(options.out, watched(pages, expected, options), (ruleId, params) => {
    report(buildFile, ruleId, undefined, params)
  })
  if (options.timings) options.timings.write += performance.now() - start - options.timings.render
  return {...collected, written: result.written, buildFile}
}

/**
 * The stories, handed to the render stage one at a time: each is let go
 * once its article's page has read it, so the bodies of the whole archive
 * are not held until the last page is written. (The render stage reads each
 * story once, for its article's page.)
 */
class ReadOnce<K, V> extends Map<K, V> {
  override get(key: K): V | undefined {
    const value = super.get(key)
    this.delete(key)
    return value
  }
}

/** The render stage's pages, timed and counted for the benchmark and the progress display. */
function* watched<T>(pages: Iterator<T>, expected: number, options: Pick<BuildOptions, 'progress' | 'timings'>): Generator<T> {
  options.progress?.phase('pages', expected)
  let done = 0
  for (;;) {
    const start = performance.now()
    const next = pages.next()
    if (options.timings) options.timings.render += performance.now() - start
    if (next.done) break
    yield next.value
    options.progress?.tick(++done)
  }
  options.progress?.end()
}
