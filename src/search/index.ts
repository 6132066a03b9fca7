/**
 * The search index: the records of `records.ts` handed to Pagefind's Node
 * API (`createIndex`, `addCustomRecord`), and its files taken back in
 * memory (`getFiles`) to be written under `pagefind/` by the write stage,
 * into the temporary folder with every other file. No HTML is parsed.
 *
 * Pagefind runs as a child process (its binary ships in the npm package
 * `@pagefind/<platform>`); `close()` stops it when the index is done. The
 * build starts it before rendering, so Pagefind indexes on one core while
 * the pages are rendered and written on the other.
 *
 * The index is made of shards (`shards.ts`), each an index of its own in
 * `pagefind/<folder>/` (one at `pagefind/` for a small archive), listed in
 * `pagefind/shards.json`. A shard whose digest (its records, the Pagefind
 * version) equals the one the previous build recorded keeps its files.
 * Only what the search page loads is kept: `pagefind.js`, its worker, the
 * WebAssembly and the index, filter, fragment and meta files (not the
 * prebuilt UI bundles, which the site does not use).
 */
import childProcess, {type ChildProcess} from 'node:child_process'
import {createHash} from 'node:crypto'
import * as pagefind from 'pagefind'
import type {OutputFile} from '../types.js'
import type {SearchRecord} from './records.js'
import {shardList, type SearchShard} from './shards.js'

/** The folder of the index in the output, and in every URL of it. */
export const SEARCH_FOLDER = 'pagefind'

/** Pagefind's prebuilt UI bundles and playground: not used by the site. */
const UNUSED = /^(pagefind-(ui|modular-ui|component-ui|highlight)\.(js|css)|playground\/)/

/** What building the index took, for the build summary. */
export interface SearchIndexStats {
  records: number
  files: number
  bytes: number
  /** Wall-clock milliseconds, from starting Pagefind to its files in hand. */
  ms: number
  /** Shards in the index, and how many of them were kept from the previous build (their records unchanged), with their files. */
  shards?: number
  reused?: number
  keptFiles?: number
}

/** Pagefind reported an error (it never should for records we make: a bug). */
export class SearchIndexError extends Error {
  override name = 'SearchIndexError'
  constructor(what: string, errors: string[]) {
    super(`Pagefind could not ${what}: ${errors.join('; ')}`)
  }
}

/**
 * Records in flight to Pagefind at once. Pagefind handles its messages one
 * at a time, in the order sent (so the index does not depend on this
 * number), and decodes the next while it indexes one: awaiting each record
 * before sending the next left it idle for a round trip per record.
 * Bounded, so the records of a large archive are not all encoded at once.
 */
export const RECORDS_IN_FLIGHT = 64

/** What the previous build wrote for one shard, read from its output by the caller. */
export interface PreviousShard {
  /** The digest it recorded for the shard (`OutputFile.view` of the shard's `pagefind-entry.json`). */
  digest: string
  /** Every file it wrote under the shard's folder (paths in the output), all still there. */
  files: string[]
}

/** How to build the index. */
export interface SearchIndexOptions {
  stats?: SearchIndexStats
  /** Records sent before the first answer is awaited (1: one at a time). */
  inFlight?: number
  /** The previous build's files of a shard folder (`''` for the root), or null: a shard whose digest is unchanged keeps them. */
  previous?: (folder: string) => PreviousShard | null
}

/** A search index being built in Pagefind's process, alongside whatever this one does meanwhile. */
export interface SearchIndexJob {
  /** The index's files (`pagefind/...`), shard by shard, once Pagefind has built each; throws what indexing threw. */
  files(): AsyncGenerator<OutputFile>
  /** Stop sending records and close Pagefind (at once, if it is still indexing). Safe to call more than once, and after `files()`. */
  stop(): Promise<void>
}

/** Bumped when what goes into a shard's digest changes. */
const DIGEST_FORMAT = 1

/** The file of a shard's index that carries its digest in the manifest. */
export const SEARCH_ENTRY = 'pagefind-entry.json'

/** The list of shards the search page reads, under `pagefind/`. */
export const SHARD_LIST = 'shards.json'

/** `OutputFile.origin` of the search index's files. */
const SEARCH_ORIGIN = 'search-index'

/** The output path of a file of a shard's index. */
export function shardPath(folder: string, file: string): string {
  return folder ? `${SEARCH_FOLDER}/${folder}/${file}` : `${SEARCH_FOLDER}/${file}`
}

/** The folders Pagefind writes inside an index's folder (a shard's own folders are never named so: `shards.ts`). */
const PAGEFIND_FOLDERS = new Set(['fragment', 'index', 'filter'])

/** The folder of the shard an output path under `pagefind/` belongs to ('' for the root's own files). */
export function shardOf(outputPath: string): string {
  const parts = outputPath.slice(SEARCH_FOLDER.length + 1).split('/')
  return parts.length === 1 || PAGEFIND_FOLDERS.has(parts[0]!) ? '' : parts[0]!
}

/** Of the output paths `paths`, those of the shard in `folder`: its files and Pagefind's folders in it, not another shard's. */
export function shardFiles(folder: string, paths: Iterable<string>): string[] {
  const list = `${SEARCH_FOLDER}/${SHARD_LIST}`
  return [...paths].filter((p) => p.startsWith(`${SEARCH_FOLDER}/`) && p !== list && shardOf(p) === folder)
}

/**
 * Start indexing the shards' records now: each shard is an index of its
 * own, built one after the other in Pagefind's process while the caller
 * renders and writes the site (the records come from the archive, not
 * from the pages). A shard whose records, Pagefind version and search code
 * are those of the previous build's shard keeps its files (they are linked,
 * not written). `pagefind/shards.json` lists the shards for the search
 * page. Call `stop()` when done with the job, whatever happened.
 */
export function startSearchIndex(shards: readonly SearchShard[], options: SearchIndexOptions = {}): SearchIndexJob {
  const state = {stopped: false, inFlight: Math.max(1, options.inFlight ?? RECORDS_IN_FLIGHT)}
  const ready: OutputFile[][] = []
  let wake: (() => void) | null = null
  let settled = false
  const push = (files: OutputFile[]): void => {
    ready.push(files)
    wake?.()
  }
  const built = buildShards(shards, state, options, push).finally(() => {
    settled = true
    wake?.()
  })
  // Read by files(); a failure nobody asks for (the build stopped first) must not crash the process.
  built.catch(() => null)
  let closed: Promise<void> | null = null
  return {
    async *files() {
      for (;;) {
        const next = ready.shift()
        if (next) {
          yield* next
          continue
        }
        if (settled) {
          await built
          return
        }
        await new Promise<void>((resolve) => {
          wake = resolve
        })
        wake = null
      }
    },
    stop() {
      state.stopped = true
      // Still indexing (the build failed before it needed the index): do not wait for Pagefind to finish.
      if (!settled) void pagefind.close()
      closed ??= built.then(
        () => undefined,
        () => undefined
      )
      return closed
    }
  }
}

/**
 * Stop Pagefind's process now, for a build stopped by a signal: left
 * running, it would write to the pipe of a process that is gone and print
 * a panic on the terminal.
 */
export function stopSearchIndexSync(): void {
  // Killed at once: Pagefind's own close() first destroys the pipes, then sends SIGTERM, and a
  // response written in between is the panic. SIGKILL gives it no chance to write.
  for (const child of pagefindProcesses) child.kill('SIGKILL')
  void pagefind.close()
}

/** Pagefind's process, while it runs (for `stopSearchIndexSync`). */
const pagefindProcesses = new Set<ChildProcess>()

/**
 * Pagefind's `createIndex`, noting the process it starts. The package
 * starts its process inside `createIndex`, synchronously, with
 * `child_process.spawn` and keeps it to itself; `spawn` is wrapped for that
 * one call, and only that call, to learn it.
 */
function createIndex(): ReturnType<typeof pagefind.createIndex> {
  const original = childProcess.spawn
  childProcess.spawn = ((...args: Parameters<typeof original>) => {
    const child = original(...args)
    pagefindProcesses.add(child)
    child.once('exit', () => pagefindProcesses.delete(child))
    return child
  }) as typeof original
  try {
    return pagefind.createIndex({forceLanguage: 'vi'})
  } finally {
    childProcess.spawn = original
  }
}

/** Build (or keep) every shard, handing each one's files to `push` as soon as they are in hand; Pagefind is closed when this settles. */
async function buildShards(
  shards: readonly SearchShard[],
  state: {stopped: boolean; inFlight: number},
  options: SearchIndexOptions,
  push: (files: OutputFile[]) => void
): Promise<void> {
  const started = performance.now()
  const stats = {records: 0, files: 0, bytes: 0, shards: shards.length, reused: 0, keptFiles: 0}
  try {
    const version = await pagefindVersion()
    for (const shard of shards) {
      if (state.stopped) throw new SearchIndexError('finish', ['the build stopped'])
      const records = shard.sources.map((s) => s.make())
      stats.records += records.length
      const digest = shardDigest(version, records)
      const previous = options.previous?.(shard.folder)
      if (previous && previous.digest === digest) {
        stats.reused++
        stats.files += previous.files.length
        stats.keptFiles += previous.files.length
        push(previous.files.map((file) => ({path: file, contents: '', origin: SEARCH_ORIGIN, reuse: true as const, ...(file === shardPath(shard.folder, SEARCH_ENTRY) ? {view: digest} : {})})))
        continue
      }
      const files = await indexShard(records, state)
      stats.files += files.length
      stats.bytes += files.reduce((sum, file) => sum + file.content.byteLength, 0)
      push(files.map((file) => ({path: shardPath(shard.folder, file.path), contents: file.content, origin: SEARCH_ORIGIN, ...(file.path === SEARCH_ENTRY ? {view: digest} : {})})))
    }
    const list = JSON.stringify(shardList(shards))
    stats.files++
    push([{path: `${SEARCH_FOLDER}/${SHARD_LIST}`, contents: list, origin: SEARCH_ORIGIN}])
    if (options.stats) Object.assign(options.stats, stats, {ms: performance.now() - started})
  } finally {
    await pagefind.close()
  }
}

/** The version of Pagefind in use, from an empty index's entry file (a few milliseconds). */
async function pagefindVersion(): Promise<string> {
  const created = await createIndex()
  if (!created.index) throw new SearchIndexError('start', created.errors)
  try {
    const {files, errors} = await created.index.getFiles()
    if (errors.length) throw new SearchIndexError('build the index', errors)
    const entry = files.find((f) => f.path === SEARCH_ENTRY)
    const parsed = entry ? (JSON.parse(Buffer.from(entry.content).toString('utf8')) as {version?: unknown}) : {}
    return typeof parsed.version === 'string' ? parsed.version : 'unknown'
  } finally {
    await created.index.deleteIndex().catch(() => null)
  }
}

/** What a shard's index is made from: its records, the Pagefind version and the search code's options. */
function shardDigest(version: string, records: readonly SearchRecord[]): string {
  const hash = createHash('sha256').update(`search ${DIGEST_FORMAT} pagefind ${version} ${UNUSED.source}\n`)
  for (const record of records) hash.update(JSON.stringify(record)).update('\n')
  return hash.digest('base64url')
}

/** Index `records` in an index of their own and return its files (those the site uses), sorted by path. */
async function indexShard(records: readonly SearchRecord[], state: {stopped: boolean; inFlight: number}): Promise<{path: string; content: Uint8Array}[]> {
  const created = await createIndex()
  if (!created.index) throw new SearchIndexError('start', created.errors)
  const {index} = created
  try {
    // Each promise resolves to Pagefind's errors for its record (never rejects: one unawaited rejection would crash the process).
    const add = (record: SearchRecord): Promise<string | null> =>
      index.addCustomRecord(record).then(
        (added) => (added.errors.length ? `index ${record.url}: ${added.errors.join('; ')}` : null),
        (error: unknown) => `index ${record.url}: ${error instanceof Error ? error.message : String(error)}`
      )
    const inFlight: Promise<string | null>[] = []
    const settle = async (): Promise<void> => {
      const problem = await inFlight.shift()
      if (problem) throw new SearchIndexError('index a record', [problem])
    }
    for (const record of records) {
      if (state.stopped) throw new SearchIndexError('finish', ['the build stopped'])
      inFlight.push(add(record))
      if (inFlight.length >= state.inFlight) await settle()
    }
    while (inFlight.length > 0) await settle()
    const {files, errors} = await index.getFiles()
    if (errors.length) throw new SearchIndexError('build the index', errors)
    return files.filter((f) => !UNUSED.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  } finally {
    await index.deleteIndex().catch(() => null)
  }
}

/** The files of `first`, then those of `then` (the site's pages, then its search index). */
export async function* concatFiles(first: Iterable<OutputFile>, then: () => AsyncIterable<OutputFile>): AsyncGenerator<OutputFile> {
  yield* first
  yield* then()
}
