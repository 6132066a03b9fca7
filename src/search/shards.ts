/**
 * The search index in shards: which records go into which of several
 * Pagefind indexes, a pure function of the records' dates, kinds and URLs.
 *
 * Why: Pagefind's cost grows faster than the records (at 10,000 articles,
 * 20,000 records took 40 s in one index, about half that in shards of a
 * few thousand), and one index must be built again whole when one record
 * changes. In shards, a rebuild indexes only the shards whose records
 * changed (`index.ts` keeps the others' files) and the search page merges
 * them in the browser (`templates/search.js`, Pagefind's `mergeIndex`).
 *
 * The plan is made to stay put as an archive grows:
 * - Dated articles and events are cut into runs of months, oldest first,
 *   each closed once it holds `size` records. New reports are mostly
 *   recent, so they change the newest shard only; the older ones keep
 *   their records and their files. Each dated shard covers a range of
 *   dates no other overlaps, so a date-sorted search is the shards'
 *   sorted results one after the other.
 * - Undated articles and events, and the officials', provinces' and
 *   topics' pages (which change with almost every new article), go to
 *   shards of their own, by a hash of their URL.
 * - A small archive (at most `size` records) is one index, at the root.
 */
import type {RecordSource} from './records.js'

/**
 * Records per shard before a new one is started. Smaller shards index
 * faster and a rebuild indexes fewer records, but a visitor's search
 * fetches each shard's metadata and word chunks (at 10,000 articles, 8
 * shards of 3,000 doubled a first query's download to about 900 KB), and
 * Pagefind matches a word with other tones in a shard that lacks its
 * exact form (rarer the larger the shard).
 */
export const SHARD_RECORDS = 5000

/** One shard: its records and where its index goes. */
export interface SearchShard {
  /** Its folder under `pagefind/`, without slashes; '' for the only shard of a small archive. */
  folder: string
  /** The first and last date prefix (`YYYY` or `YYYY-MM`) of a dated shard; null for the others. */
  dates: {from: string; to: string} | null
  sources: RecordSource[]
}

/** What the search page reads (`pagefind/shards.json`): the shards in order, dated ones oldest first. */
export interface ShardList {
  shards: {folder: string; from?: string; to?: string}[]
}

/** The month (`YYYY-MM`) of a date, or its year when that is all it has. */
function month(date: string): string {
  return date.slice(0, 7)
}

/** FNV-1a of a string: a stable bucket for an undated record. */
function bucketHash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/** `sources` in `ceil(n / size)` shards by the hash of their URLs, named `<name>-<i>`. */
function hashed(name: string, sources: RecordSource[], size: number): SearchShard[] {
  if (sources.length === 0) return []
  const count = Math.ceil(sources.length / size)
  const shards: SearchShard[] = Array.from({length: count}, (_, i) => ({folder: `${name}-${i}`, dates: null, sources: []}))
  for (const source of sources) shards[bucketHash(source.url) % count]!.sources.push(source)
  return shards.filter((s) => s.sources.length > 0)
}

/**
 * The shards of `sources`, in order: dated (oldest first), undated,
 * entity pages. Every source is in exactly one shard, in the order it came
 * (by date within a dated shard). A dated shard's folder is its first
 * month (`2024-03`, or `2024` for a year-only date).
 */
export function planShards(sources: readonly RecordSource[], size = SHARD_RECORDS): SearchShard[] {
  const limit = Math.max(1, Math.floor(size))
  if (sources.length <= limit) return [{folder: '', dates: null, sources: [...sources]}]
  const byMonth = new Map<string, RecordSource[]>()
  const undated: RecordSource[] = []
  const entities: RecordSource[] = []
  for (const source of sources) {
    if (source.entity) entities.push(source)
    else if (source.date === null) undated.push(source)
    else {
      const key = month(source.date)
      const list = byMonth.get(key)
      if (list) list.push(source)
      else byMonth.set(key, [source])
    }
  }
  const dated: SearchShard[] = []
  let open: SearchShard | null = null
  for (const key of [...byMonth.keys()].sort()) {
    open ??= {folder: key, dates: {from: key, to: key}, sources: []}
    // Sorted by date within the month, the source's order breaking ties: the shard's own order is stable.
    open.sources.push(...byMonth.get(key)!.map((s, i) => ({s, i})).sort((a, b) => (a.s.date! < b.s.date! ? -1 : a.s.date! > b.s.date! ? 1 : a.i - b.i)).map(({s}) => s))
    open.dates!.to = key
    if (open.sources.length >= limit) {
      dated.push(open)
      open = null
    }
  }
  if (open) dated.push(open)
  return [...dated, ...hashed('undated', undated, limit), ...hashed('names', entities, limit)]
}

/** The list the search page reads. */
export function shardList(shards: readonly SearchShard[]): ShardList {
  return {shards: shards.map((s) => (s.dates ? {folder: s.folder, from: s.dates.from, to: s.dates.to} : {folder: s.folder}))}
}
