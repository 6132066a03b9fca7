/**
 * The search index job (src/search/index.ts): records sent to Pagefind
 * many at a time give the same index as one at a time, and a job stopped
 * before its files are asked for ends quietly, Pagefind closed.
 */
import {describe, expect, it} from 'vitest'
import {Site} from '../../src/render/site.js'
import {startSearchIndex, type SearchIndexStats} from '../../src/search/index.js'
import {searchRecords, type SearchRecord} from '../../src/search/records.js'
import type {OutputFile} from '../../src/types.js'
import {sampleInput} from '../fixtures/archive-sample.js'

function records(): SearchRecord[] {
  const input = sampleInput()
  return [...searchRecords({site: new Site(input), stories: input.stories})]
}

async function indexFiles(inFlight: number, stats: SearchIndexStats): Promise<Map<string, string>> {
  const job = startSearchIndex(records(), stats, inFlight)
  const files = new Map<string, string>()
  try {
    for await (const file of job.files()) files.set(file.path, Buffer.from(file.contents).toString('base64'))
  } finally {
    await job.stop()
  }
  return files
}

describe('the search index job', () => {
  it('builds the same files whether records go one at a time or many in flight', {timeout: 60_000}, async () => {
    const one = {records: 0, files: 0, bytes: 0, ms: 0}
    const many = {records: 0, files: 0, bytes: 0, ms: 0}
    const sequential = await indexFiles(1, one)
    const concurrent = await indexFiles(64, many)
    expect(one.records).toBe(records().length)
    expect(many.records).toBe(one.records)
    expect([...concurrent.keys()]).toEqual([...sequential.keys()])
    expect(concurrent).toEqual(sequential)
    expect([...sequential.keys()].some((p) => p.startsWith('pagefind/fragment/'))).toBe(true)
  })

  it('stopped before its files are asked for, closes Pagefind at once, without an unhandled failure, and yields nothing', {timeout: 60_000}, async () => {
    let made = 0
    function* counted(): Generator<SearchRecord> {
      for (const record of records()) {
        made++
        yield record
      }
    }
    const job = startSearchIndex(counted())
    await job.stop()
    await job.stop()
    const got: OutputFile[] = []
    await expect(async () => {
      for await (const file of job.files()) got.push(file)
    }).rejects.toThrow(/the build stopped|Pagefind backend closed/)
    expect(got).toEqual([])
    expect(made).toBeLessThan(records().length)
  })
})
