/**
 * The dev server's archive: every article's per-article result kept in
 * memory, so that an edit re-runs front matter, clean and extract for the
 * changed files only (through the same cache as the build), then rebuilds
 * the archive from the results. Pages are rendered lazily, on request, by
 * the render stage's `only` (`renderSite`), and kept until the next rebuild.
 * Nothing is written anywhere but the cache.
 */
import {VFile} from 'vfile'
import {Site} from '../render/site.js'
import {SEARCH_ENTRY, SEARCH_FOLDER, SHARD_LIST, shardOf, shardPath, startSearchIndex, type PreviousShard} from '../search/index.js'
import {recordSources} from '../search/records.js'
import {planShards} from '../search/shards.js'
import {buildArchive, type ArchiveItem} from '../stages/archive.js'
import {replayMessages, noTimes, type ArticleResult} from '../pipeline/article.js'
import {runArticle, runArticles} from '../pipeline/run.js'
import {readInput, readOne} from '../stages/read.js'
import {ownerOf, renderSite} from '../stages/render.js'
import type {OutputFile, RenderInput, SiteOptions, Story} from '../types.js'

export interface DevArchiveOptions {
  /** The folder of articles. */
  input: string
  site: SiteOptions
  /** Cache folder of per-article results, or null. */
  cacheDir: string | null
  /** Records per search-index shard (`search/shards.ts`); default `SHARD_RECORDS`. */
  searchShard?: number
}

/** What one (re)build did, for the dev server's log and its tests. */
export interface Rebuild {
  /** Articles run through front matter, clean and extract again (not taken from memory). */
  processed: number
  articles: number
  /** Warnings and errors of the whole archive. */
  problems: number
  /** Milliseconds spent (for the log only). */
  ms: number
}

export class DevArchive {
  readonly options: DevArchiveOptions
  /** Per-article results by input path. */
  #results = new Map<string, ArticleResult>()
  #input: RenderInput | null = null
  /** Files rendered since the last rebuild, by the output path that owns them (`ownerOf`). */
  #rendered = new Map<string, Map<string, OutputFile>>()
  /** The search index of the current archive, built on its first request after a rebuild. */
  #search: Promise<Map<string, OutputFile>> | null = null
  /** The last search index's shards, by folder: their digests and files, kept by the next index where unchanged. */
  #shards = new Map<string, {digest: string; files: Map<string, OutputFile>}>()
  /** Incremented by every rebuild. */
  generation = 0
  /** Renders since the start (the tests count work with it). */
  renders = 0

  constructor(options: DevArchiveOptions) {
    this.options = options
  }

  /** Read and process every article (from the cache when it holds them). */
  async load(): Promise<Rebuild> {
    const start = performance.now()
    const read = await readInput(this.options.input)
    const run = await runArticles(read.sources, {cacheDir: this.options.cacheDir})
    this.#results.clear()
    for (const result of run.results) this.#results.set(result.path, result)
    return this.#assemble(run.results.length - run.hits, start)
  }

  /** Process again the files at these input paths (gone ones are dropped), then rebuild the archive. */
  async update(paths: Iterable<string>): Promise<Rebuild> {
    const start = performance.now()
    let processed = 0
    for (const relative of new Set(paths)) {
      if (!/\.(txt|md)$/i.test(relative)) continue
      const source = await readOne(this.options.input, relative, new VFile({path: relative}))
      if (!source) {
        this.#results.delete(relative)
        continue
      }
      if (this.#results.get(relative)?.sha256 === source.sha256) continue
      this.#results.set(relative, runArticle(source, this.options.cacheDir, noTimes()).result)
      processed++
    }
    return this.#assemble(processed, start)
  }

  /** Forget the rendered pages (after a template or CSS change) and tell the browsers. */
  refresh(): void {
    this.#rendered.clear()
    this.#search = null
    this.generation++
  }

  #assemble(processed: number, start: number): Rebuild {
    const items: ArchiveItem[] = []
    const files: VFile[] = []
    for (const result of this.#results.values()) {
      const file = new VFile({path: result.path})
      replayMessages(result, file)
      files.push(file)
      if (!result.extraction) continue
      const source = {path: result.path, sha256: result.sha256, format: result.format, text: ''}
      items.push({split: {source, data: result.data, bodyLine: result.bodyLine, body: ''}, extraction: result.extraction, file})
    }
    const archive = buildArchive(items)
    const stories = new Map<string, Story>()
    for (const record of archive.articles) {
      const result = this.#results.get(record.source.file)
      stories.set(record.id, {id: record.id, format: result?.format === 'md' ? 'md' : 'txt', blocks: result?.blocks ?? [], spans: result?.extraction?.spans ?? []})
    }
    this.#input = {archive, stories, options: this.options.site}
    this.refresh()
    const problems = files.reduce((n, f) => n + f.messages.filter((m) => m.fatal !== undefined).length, 0)
    return {processed, articles: archive.articles.length, problems, ms: performance.now() - start}
  }

  /** The site's file at this output path (`a/b/index.html`), rendered now if need be; null when there is none. */
  file(outputPath: string): OutputFile | null {
    if (!this.#input) return null
    const owner = ownerOf(outputPath)
    let files = this.#rendered.get(owner)
    if (!files) {
      files = new Map()
      this.renders++
      for (const file of renderSite({...this.#input, only: owner})) files.set(file.path, file)
      this.#rendered.set(owner, files)
    }
    return files.get(outputPath) ?? null
  }

  /**
   * A file of the search index (`pagefind/...`), or null. The index is built
   * from the archive in memory on the first request after a rebuild, as the
   * build would build it, so search works in the dev server too.
   */
  async searchFile(outputPath: string): Promise<OutputFile | null> {
    const input = this.#input
    if (!input || !outputPath.startsWith(`${SEARCH_FOLDER}/`)) return null
    this.#search ??= (async () => {
      const files = new Map<string, OutputFile>()
      // A shard whose records did not change since the last index keeps its files (in memory here): after one edit, one or two shards are indexed.
      const kept = this.#shards
      const previous = (folder: string): PreviousShard | null => {
        const shard = kept.get(folder)
        return shard ? {digest: shard.digest, files: [...shard.files.keys()]} : null
      }
      const job = startSearchIndex(planShards(recordSources({site: new Site(input), stories: input.stories}), this.options.searchShard), {previous})
      try {
        for await (const file of job.files()) {
          // A kept file is the last index's own object (with its digest, if it carries one).
          const made = file.reuse ? kept.get(shardOf(file.path))?.files.get(file.path) : file
          if (made) files.set(file.path, made)
        }
      } finally {
        await job.stop()
      }
      const shards = new Map<string, {digest: string; files: Map<string, OutputFile>}>()
      for (const file of files.values()) {
        const folder = shardOf(file.path)
        if (file.path === shardPath(folder, SEARCH_ENTRY) && file.view) shards.set(folder, {digest: file.view, files: new Map()})
      }
      for (const file of files.values()) if (!file.path.endsWith(`/${SHARD_LIST}`)) shards.get(shardOf(file.path))?.files.set(file.path, file)
      this.#shards = shards
      return files
    })()
    return (await this.#search).get(outputPath) ?? null
  }
}
