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
 */
import {VFile} from 'vfile'
import {report} from './messages.js'
import {buildArchive, type ArchiveItem} from './stages/archive.js'
import {clean} from './stages/clean.js'
import {extract} from './stages/extract/index.js'
import {splitFrontMatter} from './stages/frontmatter.js'
import {readInput} from './stages/read.js'
import {renderSite} from './stages/render.js'
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
  /** Messages about the build as a whole (write collisions, nothing built). */
  buildFile: VFile
}

export const DEFAULT_SITE: SiteOptions = {title: 'Lưu trữ tin nhân quyền', base: '/'}

/** Phases 1–5: read the input folder and build the archive in memory. */
export async function collect(input: string): Promise<Collected> {
  const {files, sources} = await readInput(input)
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

/** All phases: build the site from `options.input` into `options.out`. */
export async function build(options: BuildOptions): Promise<BuildResult> {
  const collected = await collect(options.input)
  const buildFile = new VFile({path: options.out})
  if (collected.archive.articles.length === 0) {
    report(buildFile, 'nothing-built', undefined, {input: options.input})
    return {...collected, written: 0, buildFile}
  }
  const site: SiteOptions = {...DEFAULT_SITE, ...options.site}
  const pages = renderSite({archive: collected.archive, stories: collected.stories, options: site})
  const result = await writeSite(options.out, pages, (ruleId, params) => {
    report(buildFile, ruleId, undefined, params)
  })
  return {...collected, written: result.written, buildFile}
}
