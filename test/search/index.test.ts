/**
 * The search index job (src/search/index.ts): records sent to Pagefind
 * many at a time give the same index as one at a time; a job stopped
 * before its files are asked for ends quietly, Pagefind closed; a shard
 * whose records did not change keeps the previous build's files, and only
 * the shard of a changed record is indexed again.
 */
import {describe, expect, it} from 'vitest'
import {Site} from '../../src/render/site.js'
import {SEARCH_ENTRY, shardFiles, shardPath, startSearchIndex, type PreviousShard, type SearchIndexOptions, type SearchIndexStats} from '../../src/search/index.js'
import {recordSources, type RecordSource} from '../../src/search/records.js'
import {planShards} from '../../src/search/shards.js'
import type {OutputFile} from '../../src/types.js'
import {sampleInput} from '../fixtures/archive-sample.js'

function sources(): RecordSource[] {
  const input = sampleInput()
  return recordSources({site: new Site(input), stories: input.stories})
}

async function indexFiles(sourceList: RecordSource[], size: number, options: SearchIndexOptions): Promise<OutputFile[]> {
  const job = startSearchIndex(planShards(sourceList, size), options)
  const files: OutputFile[] = []
  try {
    for await (const file of job.files()) files.push(file)
  } finally {
    await job.stop()
  }
  return files
}

const base64 = (files: OutputFile[]): Map<string, string> => new Map(files.map((f) => [f.path, Buffer.from(f.contents).toString('base64')]))
const emptyStats = (): SearchIndexStats => ({records: 0, files: 0, bytes: 0, ms: 0})

describe('the search index job', () => {
  it('builds the same files whether records go one at a time or many in flight', {timeout: 60_000}, async () => {
    const one = emptyStats()
    const many = emptyStats()
    const sequential = base64(await indexFiles(sources(), Infinity, {stats: one, inFlight: 1}))
    const concurrent = base64(await indexFiles(sources(), Infinity, {stats: many, inFlight: 64}))
    expect(one.records).toBe(sources().length)
    expect(many.records).toBe(one.records)
    expect([...concurrent.keys()]).toEqual([...sequential.keys()])
    expect(concurrent).toEqual(sequential)
    expect([...sequential.keys()].some((p) => p.startsWith('pagefind/fragment/'))).toBe(true)
    expect(JSON.parse(Buffer.from(sequential.get('pagefind/shards.json')!, 'base64').toString())).toEqual({shards: [{folder: ''}]})
  })

  it('stopped before its files are asked for, closes Pagefind at once, without an unhandled failure, and yields nothing', {timeout: 60_000}, async () => {
    let made = 0
    const counted = sources().map((s) => ({...s, make: () => (made++, s.make())}))
    const job = startSearchIndex(planShards(counted, Infinity))
    await job.stop()
    await job.stop()
    const got: OutputFile[] = []
    await expect(async () => {
      for await (const file of job.files()) got.push(file)
    }).rejects.toThrow(/the build stopped|Pagefind backend closed/)
    expect(got).toEqual([])
    expect(made).toBeLessThan(sources().length)
  })

  it('keeps the files of every shard whose records did not change, and indexes again only the shard of a changed record', {timeout: 120_000}, async () => {
    const size = 4
    const first = await indexFiles(sources(), size, {})
    const shards = planShards(sources(), size)
    expect(shards.length).toBeGreaterThan(2)
    // What a build's manifest would record: every path, and the digest carried by each shard's entry file.
    const paths = first.map((f) => f.path)
    const views = new Map(first.filter((f) => f.view !== undefined).map((f) => [f.path, f.view!]))
    expect([...views.keys()].sort()).toEqual(shards.map((s) => shardPath(s.folder, SEARCH_ENTRY)).sort())
    const previous = (folder: string): PreviousShard | null => {
      const digest = views.get(shardPath(folder, SEARCH_ENTRY))
      return digest === undefined ? null : {digest, files: shardFiles(folder, paths)}
    }
    // Each shard's files are exactly the ones under its folder that Pagefind wrote for it.
    expect(shards.flatMap((s) => shardFiles(s.folder, paths)).sort()).toEqual(paths.filter((p) => p !== 'pagefind/shards.json').sort())

    const stats = emptyStats()
    const again = await indexFiles(sources(), size, {previous, stats})
    expect(stats.reused).toBe(shards.length)
    expect(again.filter((f) => !f.reuse).map((f) => f.path)).toEqual(['pagefind/shards.json'])
    expect(again.map((f) => f.path).sort()).toEqual([...paths].sort())
    expect(again.filter((f) => f.view !== undefined).map((f) => [f.path, f.view])).toEqual([...views])

    // One record's text changes: its shard alone is indexed again.
    const edited = sources()
    const target = edited.findIndex((s) => s.url.includes('/officials/'))
    const original = edited[target]!
    edited[target] = {...original, make: () => ({...original.make(), content: original.make().content + '\nmột câu mới'})}
    const changedFolder = planShards(edited, size).find((s) => s.sources.some((x) => x.url === original.url))!.folder
    const third = emptyStats()
    const rebuilt = await indexFiles(edited, size, {previous, stats: third})
    expect(third.reused).toBe(shards.length - 1)
    const written = new Set(rebuilt.filter((f) => !f.reuse && f.path !== 'pagefind/shards.json').map((f) => f.path))
    expect([...written].every((p) => p.startsWith(shardPath(changedFolder, '')))).toBe(true)
    expect(rebuilt.find((f) => f.path === shardPath(changedFolder, SEARCH_ENTRY))!.view).not.toBe(views.get(shardPath(changedFolder, SEARCH_ENTRY)))
  })
})
