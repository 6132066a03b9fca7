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
 * Before phase 1, the output folder is checked: the write stage replaces it
 * whole, so a folder that holds anything but a previous build is refused.
 */
import {lstat, readdir, realpath} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {report} from './messages.js'
import {buildArchive, type ArchiveItem} from './stages/archive.js'
import {clean} from './stages/clean.js'
import {extract} from './stages/extract/index.js'
import {splitFrontMatter} from './stages/frontmatter.js'
import {readInput} from './stages/read.js'
import {renderSite, SITE_ENTRIES} from './stages/render.js'
import {Site} from './render/site.js'
import {concatFiles, searchIndexFiles, type SearchIndexStats} from './search/index.js'
import {searchRecords} from './search/records.js'
import {writeSite} from './stages/write.js'
import type {Archive, SiteOptions, Story} from './types.js'

export interface BuildOptions {
  /** Folder of articles (`.txt`, `.md`). Default `seeds`. */
  input: string
  /** Folder to write the site into. Default `dist`. */
  out: string
  /** Site title and base path. */
  site?: Partial<SiteOptions>
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
  /** The search index's size and build time, when the site was written. */
  search?: SearchIndexStats
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

/** Phases 1–5: read the input folder and build the archive in memory. */
export async function collect(input: string): Promise<Collected> {
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
  for (const source of sources) {
    const file = fileByPath.get(source.path) ?? new VFile({path: source.path})
    try {
      const split = splitFrontMatter(source, file)
      const article = clean(split, file)
      const extraction = extract(article, split, file)
      items.push({split, extraction, file})
      cleaned.set(source.path, article)
    } catch (error) {
      report(file, 'internal-error', {line: 1, column: 1}, {reason: error instanceof Error ? error.message : String(error)})
    }
  }
  const archive = buildArchive(items)
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
  const problem = await outputProblem(options.input, options.out)
  if (problem) {
    report(buildFile, 'unsafe-output', undefined, {path: options.out, reason: problem})
    return {...nothingCollected(), written: 0, buildFile}
  }
  let collected: Collected
  try {
    collected = await collect(options.input)
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
  const input = {archive: collected.archive, stories: collected.stories, options: site}
  const search: SearchIndexStats = {records: 0, files: 0, bytes: 0, ms: 0}
  const pages = concatFiles(renderSite(input), () => searchIndexFiles(searchRecords({site: new Site(input), stories: input.stories}), search))
  const result = await writeSite(options.out, pages, (ruleId, params) => {
    report(buildFile, ruleId, undefined, params)
  })
  return {...collected, written: result.written, buildFile, search}
}
