/**
 * The second outlet corpus (`test/fixtures/outlets2`): twelve articles for
 * patterns the seeds and the first outlet corpus do not cover ('Position,
 * Rank Name', co-chairs, ông/bà forms, TS./ThS./PGS. TS reporters, long
 * semicolon lists, given-name references, caption-only people, caps and
 * agency bylines, multi-day events, 'vừa qua', Markdown front matter, no
 * province, a ministry in Hà Nội, online events with điểm cầu, numbered and
 * quoted topics, one event from two outlets and its sequel), each with its
 * expected record, scored the way `score.test.ts` scores the seeds. Floors
 * are the figures when pinned, rounded down to two decimals; the eval
 * (`npm run eval -- --gold test/fixtures/outlets2/gold.json --input
 * test/fixtures/outlets2`) prints every miss.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {predictDirectory} from '../../src/eval/run.js'
import {formatReport, MAIN_FIELDS, scoreArticles, type GoldArticle, type GoldFile} from '../../src/eval/score.js'
import {ROOT} from '../extract/pipeline.js'

const OUTLETS2 = path.join(ROOT, 'test/fixtures/outlets2')

/** Floors per main field (precision and recall are pinned through F1 and the forbidden list). */
const OUTLET2_FLOORS: Record<string, number> = {
  title: 1,
  date: 1,
  province: 1,
  officials: 1,
  ranks: 1,
  topics: 1,
  authors: 1,
  events: 1
}

const gold = (): GoldFile => JSON.parse(readFileSync(path.join(OUTLETS2, 'gold.json'), 'utf8')) as GoldFile

describe('the second outlet corpus', () => {
  it('lists every article with its expected record', () => {
    const names = readdirSync(OUTLETS2)
    const expected = names
      .filter((n) => n.endsWith('.expected.json'))
      .sort()
      .map((n) => JSON.parse(readFileSync(path.join(OUTLETS2, n), 'utf8')) as GoldArticle)
    expect(gold().articles).toEqual(expected)
    for (const a of expected) expect(names).toContain(a.file)
    expect(expected).toHaveLength(12)
  })
  it('groups every article in exactly one event', () => {
    const files = gold().articles.map((a) => a.file).sort()
    expect((gold().archive?.events ?? []).flat().sort()).toEqual(files)
  })
})

describe('extraction floors on the second outlet corpus', () => {
  it('holds', async () => {
    const g = gold()
    const {predicted, events} = await predictDirectory(OUTLETS2)
    const r = scoreArticles(g, predicted, events)
    expect(r.unscored).toEqual([])
    for (const f of MAIN_FIELDS) expect(r.fields[f].f1, `${f}\n${formatReport(r)}`).toBeGreaterThanOrEqual(OUTLET2_FLOORS[f] ?? 1)
    expect(r.forbidden).toEqual([])
  })
})
