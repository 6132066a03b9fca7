/**
 * Golden output: each seed's record exactly as the build writes it to
 * `data/articles.json` (evidence and warnings included), one file per seed in
 * `test/fixtures/golden/<seed>.record.json`.
 *
 * These files pin behaviour, while the gold (`test/fixtures/gold-seeds.json`,
 * written by a person) pins truth: a change here is not wrong in itself, but
 * it must be seen. The files are never edited by hand. A missing one is
 * written; after a change you meant, rewrite them all with
 * `UPDATE=1 npx vitest run test/golden-records.test.ts` and review the diff.
 * Without `UPDATE`, a difference fails and nothing is written.
 */
import {existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {collect} from '../src/build.js'
import {dataJson} from '../src/render/json.js'
import type {ArticleRecord} from '../src/types.js'
import {ROOT, SEEDS} from './extract/pipeline.js'

const GOLDEN = path.join(ROOT, 'test/fixtures/golden')
const UPDATE = Boolean(process.env.UPDATE)
const SUFFIX = '.record.json'

const seeds = readdirSync(SEEDS).filter((n) => /\.(txt|md)$/.test(n)).sort()
const goldenName = (seed: string): string => seed.replace(/\.(txt|md)$/, SUFFIX)

let records: Map<string, ArticleRecord>
beforeAll(async () => {
  const {archive} = await collect(SEEDS)
  records = new Map(archive.articles.map((a) => [a.source.file, a]))
})

describe.each(seeds)('%s', (seed) => {
  it('is built into the record its golden file holds', () => {
    const record = records.get(seed)
    expect(record, `no record for ${seed}`).toBeDefined()
    // The text the build writes for this record in data/articles.json.
    const actual = dataJson(record)
    const file = path.join(GOLDEN, goldenName(seed))
    if (UPDATE || !existsSync(file)) {
      mkdirSync(GOLDEN, {recursive: true})
      writeFileSync(file, actual)
    }
    expect(actual, `${path.relative(ROOT, file)} differs: if the change is meant, rerun with UPDATE=1`).toBe(readFileSync(file, 'utf8'))
  })
})

describe('the golden folder', () => {
  it('holds a record for no file that is not a seed', () => {
    const stale = readdirSync(GOLDEN).filter((n) => !seeds.map(goldenName).includes(n))
    expect(stale, 'remove these: their seeds are gone').toEqual([])
  })
})
