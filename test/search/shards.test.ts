/**
 * The search index's shards (src/search/shards.ts): every record in exactly
 * one shard; dated shards cover ranges of months no other overlaps, oldest
 * first (so a date-sorted search is their results one after the other);
 * a small archive is one index at the root; and a record added after the
 * newest date changes the newest dated shard only.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import type {RecordSource, SearchRecord} from '../../src/search/records.js'
import {planShards, shardList} from '../../src/search/shards.js'
import {propertyRuns} from '../property-runs.js'

const never = (): SearchRecord => {
  throw new Error('a plan never makes a record')
}
const article = (n: number, date: string | null): RecordSource => ({url: `/articles/${n}/`, date, entity: false, make: never})
const official = (n: number): RecordSource => ({url: `/officials/${n}/`, date: null, entity: true, make: never})

const dateArb = fc.oneof(
  fc.constant(null),
  fc.tuple(fc.integer({min: 2010, max: 2026}), fc.integer({min: 1, max: 12}), fc.integer({min: 0, max: 28})).map(([y, m, d]) =>
    d === 0 ? `${y}-${String(m).padStart(2, '0')}` : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
  ),
  fc.integer({min: 2010, max: 2026}).map(String)
)
const sourcesArb = fc.array(fc.tuple(dateArb, fc.boolean()), {maxLength: 120}).map((items) => items.map(([date, entity], i) => (entity ? official(i) : article(i, date))))

describe('planShards', () => {
  it('keeps a small archive in one index at the root, in the order given', () => {
    const sources = [article(1, '2024-05-02'), official(2), article(3, null)]
    expect(planShards(sources, 3)).toEqual([{folder: '', dates: null, sources}])
  })

  it('cuts dated records into runs of whole months, oldest first; undated and entity pages apart', () => {
    const sources = [article(1, '2024-05-02'), article(2, '2023-01-09'), article(3, '2024-05-01'), article(4, '2023-02'), official(5), article(6, null), article(7, '2023'), official(8)]
    const shards = planShards(sources, 2)
    expect(shards.map((s) => [s.folder, s.dates, s.sources.map((x) => x.url)])).toEqual([
      ['2023', {from: '2023', to: '2023-01'}, ['/articles/7/', '/articles/2/']],
      ['2023-02', {from: '2023-02', to: '2024-05'}, ['/articles/4/', '/articles/3/', '/articles/1/']],
      ['undated-0', null, ['/articles/6/']],
      ['names-0', null, ['/officials/5/', '/officials/8/']]
    ])
    expect(shardList(shards)).toEqual({
      shards: [{folder: '2023', from: '2023', to: '2023-01'}, {folder: '2023-02', from: '2023-02', to: '2024-05'}, {folder: 'undated-0'}, {folder: 'names-0'}]
    })
  })

  it('puts every record in exactly one shard; dated shards do not overlap and go oldest first; folders are unique and never Pagefind’s own', () => {
    fc.assert(
      fc.property(sourcesArb, fc.integer({min: 1, max: 30}), (sources, size) => {
        const shards = planShards(sources, size)
        const placed = shards.flatMap((s) => s.sources.map((x) => x.url))
        expect(placed.sort()).toEqual(sources.map((s) => s.url).sort())
        const folders = shards.map((s) => s.folder)
        expect(new Set(folders).size).toBe(folders.length)
        for (const folder of folders) expect(['fragment', 'index', 'filter', 'shards.json']).not.toContain(folder)
        if (sources.length <= size) {
          expect(shards).toHaveLength(1)
          return
        }
        const dated = shards.filter((s) => s.dates)
        for (const [i, shard] of dated.entries()) {
          const months = shard.sources.map((s) => s.date!.slice(0, 7))
          expect(months.every((m) => m >= shard.dates!.from && m <= shard.dates!.to)).toBe(true)
          const dates = shard.sources.map((s) => s.date!)
          expect(dates).toEqual([...dates].sort())
          if (i > 0) expect(shard.dates!.from > dated[i - 1]!.dates!.to).toBe(true)
          // A shard is closed once it holds `size` records: only the newest may hold fewer.
          if (i < dated.length - 1) expect(shard.sources.length).toBeGreaterThanOrEqual(size)
        }
        for (const shard of shards.filter((s) => !s.dates)) {
          expect(shard.sources.every((s) => (shard.folder.startsWith('names-') ? s.entity : !s.entity && s.date === null))).toBe(true)
        }
      }),
      {numRuns: propertyRuns(300)}
    )
  })

  it('a report newer than every other changes the newest dated shard only', () => {
    fc.assert(
      fc.property(sourcesArb, fc.integer({min: 1, max: 30}), (sources, size) => {
        const before = planShards(sources, size)
        const after = planShards([...sources, article(9999, '2027-01-01')], size)
        if (sources.length + 1 <= size || before.length === 1) return
        const datedBefore = before.filter((s) => s.dates)
        const datedAfter = after.filter((s) => s.dates)
        const unchanged = datedBefore.length === 0 || datedBefore.at(-1)!.sources.length >= size ? datedBefore : datedBefore.slice(0, -1)
        expect(datedAfter.slice(0, unchanged.length)).toEqual(unchanged)
        expect(after.filter((s) => !s.dates)).toEqual(before.filter((s) => !s.dates))
      }),
      {numRuns: propertyRuns(300)}
    )
  })
})
