/**
 * The build, phase by phase, in one place:
 * (Over 400 lines: the phases in order plus the checks before any work and
 * the one place that turns disk failures into messages; each phase's work
 * lives in its own stage module.)
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
 * Before phase 1, the options and the output folder are checked, and the
 * output's lock is taken (`stages/lock.ts`): a second build into the same
 * folder refuses before reading. The write stage removes only what a build
 * wrote (`stages/keep.ts`); an output folder with no record of a build
 * that holds anything but a site is refused.
 *
 * Of the phases, only read (1, with the previous build's published slugs
 * and the static files) and write (7) touch the disk. Around them so do
 * this file's checks of the output folder, the lock (`stages/lock.ts`),
 * the manifest (`stages/keep.ts`), the per-article cache
 * (`pipeline/cache.ts`), the static assets of `templates/`
 * (`render/assets.ts`), the render code hashed for view digests
 * (`render/view-digest.ts`) and, before a build, the configuration file
 * (`config.ts`).
 */
import {lstatSync} from 'node:fs'
import {lstat, mkdir, readdir, realpath} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {report} from './messages.js'
import {buildArchive, type ArchiveItem} from './stages/archive.js'
import {replayMessages, type ArticleResult, type StageTimes} from './pipeline/article.js'
import {runArticles} from './pipeline/run.js'
import {listStaticFiles, readInput, readPublished, readStaticFiles} from './stages/read.js'
import {readManifest, readManifestRecords} from './stages/keep.js'
import {acquireLock, OutputLockedError, STALE_AFTER_MS, type Lock} from './stages/lock.js'
import {renderSite, SITE_ENTRIES} from './stages/render.js'
import {Site} from './render/site.js'
import {concatFiles, SEARCH_ENTRY, shardFiles, shardPath, startSearchIndex, type PreviousShard, type SearchIndexStats} from './search/index.js'
import {recordSources} from './search/records.js'
import {planShards} from './search/shards.js'
import {diskProblem, writeSite, WriteStageError} from './stages/write.js'
import {normalizeBase, UnsafeSegmentError} from './render/paths.js'
import type {Archive, OutputFile, PublishedSlugs, SiteOptions, Story} from './types.js'

export interface BuildOptions {
  /** Folder of articles (`.txt`, `.md`). Default `seeds`. */
  input: string
  /** Folder to write the site into. Default `dist`. */
  out: string
  /** Site title and base path. */
  site?: Partial<SiteOptions>
  /** Folder of files copied into the site as they are (`CNAME`, `robots.txt`, images); none when unset. */
  static?: string
  /** Cache folder of per-article results; null or missing: none (a cold build). */
  cacheDir?: string | null
  /** Worker threads for phases 2–4; default by archive size (`pipeline/run.ts`). */
  workers?: number
  /** Told when a phase starts and how far it got, for a progress display. */
  progress?: Progress
  /** Filled with milliseconds per phase, for the benchmark. */
  timings?: Timings
  /** Records per search-index shard (`search/shards.ts`); default `SHARD_RECORDS`. */
  searchShard?: number
  /**
   * false: render every page and index every search shard, as if the output
   * folder were empty (a cold build); files whose bytes come out the same are
   * still linked, not written. Default true.
   */
  reusePrevious?: boolean
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
  /** Of `written`, files whose bytes the previous build had written (linked from it, not written again). */
  unchanged?: number
  /** Of `unchanged`, pages not even rendered: made from the same view data as the previous build's. */
  reused?: number
  /** Messages about the build as a whole (output folder refused, nothing built, write collisions). */
  buildFile: VFile
  /** The search index's size and build time, when the site was written. */
  search?: SearchIndexStats
}

export const DEFAULT_SITE: SiteOptions = {
  title: 'Lưu trữ tin nhân quyền',
  base: '/',
  description: 'Lưu trữ các bài báo tiếng Việt về công tác nhân quyền: sự kiện, địa phương, nhân vật và chuyên đề.'
}

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
 * The write stage swaps in a new folder, carrying over every file no build
 * wrote, so `out` may be missing, empty, or a site a build wrote (with its
 * manifest: anything added to it since is kept): never a file, never the
 * input folder or a folder holding it, and, when it has no manifest, never
 * a folder with anything but a site at its top (`--out .` in a project).
 */
export async function outputProblem(input: string, out: string, staticEntries: ReadonlySet<string> = new Set()): Promise<string | null> {
  const target = path.resolve(out)
  let info
  try {
    info = await lstat(target)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    if (diskProblem(error)) throw error // a name too long, no permission: the write stage's message says it best
    return `cannot be checked (${error instanceof Error ? error.message : String(error)})`
  }
  if (!info.isDirectory()) return info.isSymbolicLink() ? 'is a symbolic link, not a folder' : 'is a file, not a folder'
  const realOut = await realpath(target)
  const realInput = await realpath(path.resolve(input)).catch(() => path.resolve(input))
  if (realInput === realOut || realInput.startsWith(realOut + path.sep)) return 'is the input folder, or holds it'
  if (await readManifest(target)) return null
  const foreign = (await readdir(target)).filter((name) => !SITE_ENTRIES.has(name) && !SYSTEM_JUNK.has(name) && !staticEntries.has(name)).sort()
  if (foreign.length === 0) return null
  const names = foreign.slice(0, 3).join(', ') + (foreign.length > 3 ? `, and ${foreign.length - 3} more` : '')
  return `holds files a build does not write (${names})`
}

/** What `collect` takes besides the input folder. */
export interface CollectOptions extends Pick<BuildOptions, 'cacheDir' | 'workers' | 'progress' | 'timings'> {
  /** What the previous build's `data/slugs.json` says (see `readPublished`): pages keep the URLs it lists. */
  published?: PublishedSlugs | null
  /** Called once per article (the build's lock heartbeat). */
  tick?: () => void
}

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
    onProgress: (done) => {
      options.tick?.()
      options.progress?.tick(done)
    }
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
  const archive = buildArchive(items, {published: options.published ?? null})
  const stories = new Map<string, Story>()
  for (const record of archive.articles) {
    const result = results.get(record.source.file)
    const format = record.source.file.endsWith('.md') ? 'md' : 'txt'
    stories.set(record.id, {id: record.id, format, blocks: result?.blocks ?? [], spans: result?.extraction?.spans ?? []})
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
  const stop = (): BuildResult => ({...nothingCollected(), written: 0, buildFile})
  const badBase = baseProblem(options.site?.base)
  if (badBase) {
    report(buildFile, 'bad-option', undefined, {option: '--base', value: visibleText(options.site?.base ?? ''), ...badBase})
    return stop()
  }
  const staticList = options.static ? await listStatic(options.static, buildFile) : []
  // A previous build copied the static files in: their names at the top of the output are the build's own.
  const staticEntries = new Set(staticList.map((p) => p.split('/')[0] ?? p))
  let problem
  try {
    problem = await outputProblem(options.input, options.out, staticEntries)
  } catch (error) {
    if (reportWriteFailure(buildFile, options.out, error)) return stop()
    throw error
  }
  if (problem) {
    report(buildFile, 'unsafe-output', undefined, {path: options.out, reason: problem})
    return stop()
  }
  let lock: Lock
  try {
    await mkdir(path.dirname(path.resolve(options.out)), {recursive: true})
    lock = acquireLock(path.resolve(options.out))
  } catch (error) {
    if (reportWriteFailure(buildFile, options.out, error)) return stop()
    throw error
  }
  try {
    return await buildLocked(options, buildFile, lock, staticList)
  } finally {
    lock.release()
  }
}

async function buildLocked(options: BuildOptions, buildFile: VFile, lock: Lock, staticList: readonly string[]): Promise<BuildResult> {
  let collected: Collected
  try {
    collected = await collect(options.input, {...options, published: await readPublished(options.out), tick: lock.beat})
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
  const site: SiteOptions = {...DEFAULT_SITE, ...options.site, ownRobots: staticList.includes('robots.txt')}
  const {archive} = collected
  const start = performance.now()
  // The search records need each story's text after its page is rendered: they get their own copy of the map.
  // Each is read once by each side (one article page, one search record), so both let go of a story once read:
  // a story leaves memory when its page and its record are made, not at the end of the build.
  const searchStories = new ReadOnce(collected.stories)
  const stories = new ReadOnce(collected.stories)
  collected.stories.clear()
  const searchInput = {archive, stories: searchStories, options: site}
  const previous = options.reusePrevious === false ? NOTHING_PREVIOUS : await previousOutput(options.out)
  const fileByPath = new Map(collected.files.map((f) => [f.path, f]))
  const fileOf = new Map(archive.articles.map((a) => [a.id, fileByPath.get(a.source.file)]))
  const pages = renderSite({
    archive,
    stories,
    options: site,
    reusable: previous.page,
    onArticleError: (id, reason, rendered) => {
      const file = fileOf.get(id)
      const detail = rendered ? reason : `${reason}; even as plain text it failed, so the page was left out`
      if (file) report(file, 'render-failed', {line: 1, column: 1}, {reason: detail})
    }
  })
  // An estimate for the progress display: one page per record, plus the indexes.
  const expected = archive.articles.length + archive.events.length + archive.officials.length + archive.provinces.length + archive.topics.length
  // The search index is built from the archive (its records read the stories too), in Pagefind's process,
  // while the pages are rendered and written; its files are written after the pages.
  const search: SearchIndexStats = {records: 0, files: 0, bytes: 0, ms: 0}
  const indexing = startSearchIndex(planShards(recordSources({site: new Site(searchInput), stories: searchStories}), options.searchShard), {stats: search, previous: previous.shard})
  const generated = concatFiles(watched(pages, expected, options), () => indexing.files())
  const files = options.static ? withStatic(generated, readStaticFiles(options.static, staticList, buildFile)) : generated
  try {
    const result = await writeSite(options.out, files, (ruleId, params) => {
      report(buildFile, ruleId, undefined, params)
    }, {lock})
    if (options.timings) options.timings.write += performance.now() - start - options.timings.render
    return {...collected, written: result.written, unchanged: result.unchanged, reused: result.reused - (search.keptFiles ?? 0), buildFile, search}
  } catch (error) {
    if (reportWriteFailure(buildFile, options.out, error)) return {...collected, written: 0, buildFile}
    throw error
  } finally {
    await indexing.stop()
  }
}

/** What the previous build left in the output that this one can keep instead of making again. */
interface PreviousOutput {
  /**
   * Whether the previous build's page at an output path was made from a
   * view with this digest, and is still there (a plain file) to be linked:
   * the render stage then does not render it.
   */
  page(file: string, view: string): boolean
  /** The digest and files of a search shard's folder, when every one of its files is still there. */
  shard(folder: string): PreviousShard | null
}

/** A cold build's view of the previous output: nothing to keep. */
const NOTHING_PREVIOUS: PreviousOutput = {page: () => false, shard: () => null}

/** Read from the previous manifest. */
async function previousOutput(out: string): Promise<PreviousOutput> {
  const {hashes, views} = await readManifestRecords(path.resolve(out))
  const isFile = (file: string): boolean => {
    try {
      return lstatSync(path.join(out, file)).isFile()
    } catch {
      return false
    }
  }
  return {
    page: (file, view) => views.get(file) === view && hashes.has(file) && isFile(file),
    shard(folder) {
      const digest = views.get(shardPath(folder, SEARCH_ENTRY))
      if (digest === undefined) return null
      const files = shardFiles(folder, hashes.keys())
      return files.every(isFile) ? {digest, files} : null
    }
  }
}

/** The static folder's files, or none (reported on `file`) when it cannot be listed. */
async function listStatic(dir: string, file: VFile): Promise<string[]> {
  try {
    return await listStaticFiles(dir, (relative, error) => {
      report(file, 'unreadable-file', undefined, {reason: `${relative}: ${error instanceof Error ? error.message : String(error)}`})
    })
  } catch (error) {
    report(file, 'unreadable-file', undefined, {reason: `static folder ${dir}: ${error instanceof Error ? error.message : String(error)}`})
    return []
  }
}

/**
 * The generated files, then the static ones: a static file on a generated
 * page's path is reported by the write stage (`path-collision`) and not written.
 */
async function* withStatic(pages: Iterable<OutputFile> | AsyncIterable<OutputFile>, statics: AsyncIterable<OutputFile>): AsyncGenerator<OutputFile> {
  yield* pages
  yield* statics
}

/** Put a failure of the write stage on the build's vfile; false when it is not one (a bug: rethrow). */
function reportWriteFailure(buildFile: VFile, out: string, error: unknown): boolean {
  if (error instanceof OutputLockedError) {
    const holder = error.holder ? `process ${error.holder.pid} on ${visibleText(error.holder.host)} since ${error.holder.started}` : 'an unknown process'
    report(buildFile, 'output-locked', undefined, {
      path: out, lock: error.lockPath, holder, age: Math.round(error.ageMs / 1000), stale: STALE_AFTER_MS / 1000
    })
    return true
  }
  if (error instanceof WriteStageError) {
    report(buildFile, error.ruleId, undefined, error.params)
    return true
  }
  const reason = diskProblem(error)
  if (reason === null) return false
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
  report(buildFile, 'write-failed', undefined, {path: out, reason, code, action: WRITE_ACTION[code] ?? 'check the --out folder'})
  return true
}

/** What to do about each disk failure. */
const WRITE_ACTION: Record<string, string> = {
  ENOSPC: 'free some disk space (the build needs about twice the size of the site)',
  EDQUOT: 'free some space within your disk quota',
  EROFS: 'give --out a folder on a writable disk',
  EACCES: 'give --out a folder you may write to, or fix its permissions',
  EPERM: 'give --out a folder you may write to, or fix its permissions',
  ENAMETOOLONG: 'give --out a shorter path',
  EMFILE: 'raise the open-file limit (ulimit -n)',
  ENFILE: 'close other programs, or raise the system open-file limit',
  EIO: 'check the disk'
}

/** Why a `--base` value cannot be used, with what to do, or null. */
export function baseProblem(base: string | undefined): {reason: string; action: string} | null {
  if (base === undefined) return null
  try {
    normalizeBase(base)
    return null
  } catch (error) {
    if (!(error instanceof UnsafeSegmentError)) throw error
    return {
      reason: 'is not a path the site can be served under',
      action: 'give a path of letters, digits, `.`, `_` and `-` segments between slashes, e.g. `/luu-tru/`'
    }
  }
}

/** Control characters shown as escapes, for a value quoted in a message. */
function visibleText(value: string): string {
  return JSON.stringify(value).slice(1, -1)
}

/**
 * The stories, handed to the render stage one at a time: each is let go
 * once its article's page has read it, so the bodies of the whole archive
 * are not held until the last page is written. (The render stage reads each
 * story for its article's page; the last one read stays at hand, for the
 * page rendered again as plain text when its Markdown made the renderer throw.)
 */
class ReadOnce<K, V> extends Map<K, V> {
  #last: {key: K; value: V | undefined} | null = null
  override get(key: K): V | undefined {
    if (this.#last && this.#last.key === key) return this.#last.value
    const value = super.get(key)
    this.delete(key)
    this.#last = {key, value}
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
