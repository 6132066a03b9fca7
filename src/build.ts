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
 * Before phase 1, the options and the output folder are checked, and the
 * output's lock is taken (`stages/lock.ts`): a second build into the same
 * folder refuses before reading. The write stage removes only what a build
 * wrote (`stages/keep.ts`); an output folder with no record of a build
 * that holds anything but a site is refused.
 */
import {lstat, mkdir, readdir, realpath} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {report} from './messages.js'
import {buildArchive, type ArchiveItem} from './stages/archive.js'
import {clean} from './stages/clean.js'
import {extract} from './stages/extract/index.js'
import {splitFrontMatter} from './stages/frontmatter.js'
import {flattenStory} from './stages/nesting.js'
import {listStaticFiles, readInput, readPublished, readStaticFiles} from './stages/read.js'
import {readManifest} from './stages/keep.js'
import {acquireLock, OutputLockedError, STALE_AFTER_MS, type Lock} from './stages/lock.js'
import {renderSite, SITE_ENTRIES} from './stages/render.js'
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
}

/** What the phases up to the archive produce. */
export interface Collected {
  archive: Archive
  stories: Map<string, Story>
  /** One vfile per input file, holding its messages. */
  files: VFile[]
}

export interface BuildResult extends Collected {
  /** Files written into the output folder (0 when nothing was written). */
  written: number
  /** Messages about the build as a whole (output folder refused, nothing built, write collisions). */
  buildFile: VFile
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

/**
 * Phases 1–5: read the input folder and build the archive in memory.
 * `published` is what the previous build's `data/slugs.json` says (see
 * `readPublished`): pages keep the URLs it lists. `tick` is called once per
 * article (the build's lock heartbeat, which a long synchronous loop would
 * otherwise starve).
 */
export async function collect(input: string, published: PublishedSlugs | null = null, tick: () => void = () => {}): Promise<Collected> {
  let read
  try {
    read = await readInput(input)
  } catch (error) {
    throw new InputFolderError(input, error instanceof Error ? error.message : String(error))
  }
  const {files, sources} = read
  for (const file of files) placeWholeFileMessages(file)
  const fileByPath = new Map(files.map((f) => [f.path, f]))
  const items: ArchiveItem[] = []
  const cleaned = new Map<string, ReturnType<typeof clean>>()
  let done = 0
  for (const source of sources) {
    const file = fileByPath.get(source.path) ?? new VFile({path: source.path})
    tick()
    // Let timers and signal handlers run now and then (the heartbeat, Ctrl+C).
    if (++done % 32 === 0) await new Promise((resolve) => setImmediate(resolve))
    try {
      const split = splitFrontMatter(source, file)
      const article = flattenStory(clean(split, file), source.format, file)
      const extraction = extract(article, split, file)
      items.push({split, extraction, file})
      cleaned.set(source.path, article)
    } catch (error) {
      report(file, 'internal-error', {line: 1, column: 1}, {reason: error instanceof Error ? error.message : String(error)})
    }
  }
  const archive = buildArchive(items, {published})
  const stories = new Map<string, Story>()
  for (const record of archive.articles) {
    const article = cleaned.get(record.source.file)
    const format = record.source.file.endsWith('.md') ? 'md' : 'txt'
    stories.set(record.id, {id: record.id, format, blocks: article?.blocks ?? []})
  }
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
    collected = await collect(options.input, await readPublished(options.out), lock.beat)
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
  const fileByPath = new Map(collected.files.map((f) => [f.path, f]))
  const fileOf = new Map(collected.archive.articles.map((a) => [a.id, fileByPath.get(a.source.file)]))
  const pages = renderSite({
    archive: collected.archive,
    stories: collected.stories,
    options: site,
    onArticleError: (id, reason, rendered) => {
      const file = fileOf.get(id)
      const detail = rendered ? reason : `${reason}; even as plain text it failed, so the page was left out`
      if (file) report(file, 'render-failed', {line: 1, column: 1}, {reason: detail})
    }
  })
  const files = options.static ? withStatic(pages, readStaticFiles(options.static, staticList, buildFile)) : pages
  try {
    const result = await writeSite(options.out, files, (ruleId, params) => {
      report(buildFile, ruleId, undefined, params)
    }, {lock})
    return {...collected, written: result.written, buildFile}
  } catch (error) {
    if (reportWriteFailure(buildFile, options.out, error)) return {...collected, written: 0, buildFile}
    throw error
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
async function* withStatic(pages: Iterable<OutputFile>, statics: AsyncIterable<OutputFile>): AsyncGenerator<OutputFile> {
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
