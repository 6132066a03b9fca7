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
 * Only what the search page loads is kept: `pagefind.js`, its worker, the
 * WebAssembly and the index, filter, fragment and meta files (not the
 * prebuilt UI bundles, which the site does not use).
 */
import * as pagefind from 'pagefind'
import type {OutputFile} from '../types.js'
import type {SearchRecord} from './records.js'

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

/** A search index being built in Pagefind's process, alongside whatever this one does meanwhile. */
export interface SearchIndexJob {
  /** The index's files (`pagefind/...`), sorted by path, once Pagefind has built them; throws what indexing threw. */
  files(): AsyncGenerator<OutputFile>
  /** Stop sending records and close Pagefind (at once, if it is still indexing). Safe to call more than once, and after `files()`. */
  stop(): Promise<void>
}

/**
 * Start indexing `records` now: they are sent to Pagefind as fast as it
 * takes them and its files asked for as soon as the last is in, while the
 * caller renders and writes the site (the records come from the archive,
 * not from the pages). `stats` is filled in when the files are built.
 * Call `stop()` when done with the job, whatever happened. `inFlight`:
 * records sent before the first answer is awaited (1: one at a time).
 */
export function startSearchIndex(records: Iterable<SearchRecord>, stats?: SearchIndexStats, inFlight = RECORDS_IN_FLIGHT): SearchIndexJob {
  const state = {stopped: false, inFlight: Math.max(1, inFlight)}
  let settled = false
  const built = buildIndex(records, state, stats).finally(() => {
    settled = true
  })
  // Read by files(); a failure nobody asks for (the build stopped first) must not crash the process.
  built.catch(() => null)
  let closed: Promise<void> | null = null
  return {
    async *files() {
      for (const file of await built) yield file
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

/** Index `records` and return the index's files, sorted by path; Pagefind is closed when this settles. */
async function buildIndex(records: Iterable<SearchRecord>, state: {stopped: boolean; inFlight: number}, stats?: SearchIndexStats): Promise<OutputFile[]> {
  const started = performance.now()
  try {
    const created = await pagefind.createIndex({forceLanguage: 'vi'})
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
      let count = 0
      for (const record of records) {
        if (state.stopped) throw new SearchIndexError('finish', ['the build stopped'])
        inFlight.push(add(record))
        count++
        if (inFlight.length >= state.inFlight) await settle()
      }
      while (inFlight.length > 0) await settle()
      const {files, errors} = await index.getFiles()
      if (errors.length) throw new SearchIndexError('build the index', errors)
      const kept = files.filter((f) => !UNUSED.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
      const bytes = kept.reduce((sum, file) => sum + file.content.byteLength, 0)
      if (stats) Object.assign(stats, {records: count, files: kept.length, bytes, ms: performance.now() - started})
      return kept.map((file) => ({path: `${SEARCH_FOLDER}/${file.path}`, contents: file.content, origin: 'search-index'}))
    } finally {
      await index.deleteIndex().catch(() => null)
    }
  } finally {
    await pagefind.close()
  }
}

/**
 * Index `records` and yield the index's files (`pagefind/...`), sorted by
 * path. `stats` is filled in when the index is built.
 */
export async function* searchIndexFiles(records: Iterable<SearchRecord>, stats?: SearchIndexStats): AsyncGenerator<OutputFile> {
  const job = startSearchIndex(records, stats)
  try {
    yield* job.files()
  } finally {
    await job.stop()
  }
}

/** The files of `first`, then those of `then` (the site's pages, then its search index). */
export async function* concatFiles(first: Iterable<OutputFile>, then: () => AsyncIterable<OutputFile>): AsyncGenerator<OutputFile> {
  yield* first
  yield* then()
}
