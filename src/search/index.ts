/**
 * The search index: the records of `records.ts` handed to Pagefind's Node
 * API (`createIndex`, `addCustomRecord`), and its files taken back in
 * memory (`getFiles`) to be written under `pagefind/` by the write stage,
 * into the temporary folder with every other file. No HTML is parsed.
 *
 * Pagefind runs as a child process (its binary ships in the npm package
 * `@pagefind/<platform>`); `close()` stops it when the index is done.
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
  /** Wall-clock milliseconds, from the first record to the last file. */
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
 * Index `records` and yield the index's files (`pagefind/...`), sorted by
 * path. `stats` is filled in when the last file has been yielded.
 */
export async function* searchIndexFiles(records: Iterable<SearchRecord>, stats?: SearchIndexStats): AsyncGenerator<OutputFile> {
  const started = performance.now()
  const created = await pagefind.createIndex({forceLanguage: 'vi'})
  if (!created.index) throw new SearchIndexError('start', created.errors)
  const {index} = created
  let count = 0
  try {
    for (const record of records) {
      const added = await index.addCustomRecord(record)
      if (added.errors.length) throw new SearchIndexError(`index ${record.url}`, added.errors)
      count++
    }
    const {files, errors} = await index.getFiles()
    if (errors.length) throw new SearchIndexError('build the index', errors)
    const kept = files.filter((f) => !UNUSED.test(f.path)).sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    let bytes = 0
    for (const file of kept) {
      bytes += file.content.byteLength
      yield {path: `${SEARCH_FOLDER}/${file.path}`, contents: file.content, origin: 'search-index'}
    }
    if (stats) Object.assign(stats, {records: count, files: kept.length, bytes, ms: performance.now() - started})
  } finally {
    await index.deleteIndex().catch(() => null)
    await pagefind.close()
  }
}

/** The files of `first`, then those of `then` (the site's pages, then its search index). */
export async function* concatFiles(first: Iterable<OutputFile>, then: () => AsyncIterable<OutputFile>): AsyncGenerator<OutputFile> {
  yield* first
  yield* then()
}
