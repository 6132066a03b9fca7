/**
 * Gold test: build the seeds and compare every record with the expected
 * extraction in test/fixtures/gold-seeds.json, written by a person. Field by
 * field, so a failure names what was missed. This pins truth; the seeds'
 * whole records, as the build writes them, are pinned (behaviour) by
 * `golden-records.test.ts`.
 */
import {readFileSync} from 'node:fs'
import {beforeAll, describe, expect, it} from 'vitest'
import {collect, type Collected} from '../src/build.js'
import {normName, normTopic, type GoldArticle} from '../src/eval/score.js'
import type {ArticleRecord} from '../src/types.js'

/** The gold file's archive summary, which the golden test checks beyond the per-article scores. */
interface GoldArchive {
  events: string[][]
  officials: Record<string, {articles: number; events: number; provinces: string[]}>
  provinces: Record<string, {articles: number; events: number}>
}
interface Gold {
  articles: (GoldArticle & {not_people_of_the_story: string[]; same_event_as: string[]})[]
  archive: GoldArchive
}

const gold = JSON.parse(readFileSync(new URL('fixtures/gold-seeds.json', import.meta.url), 'utf8')) as Gold
const names = (list: {name: string}[]): string[] => list.map((o) => normName(o.name)).sort()

let built: Collected
const byFile = (file: string): ArticleRecord => {
  const record = built.archive.articles.find((a) => a.source.file === file)
  if (!record) throw new Error(`no record for ${file}`)
  return record
}

beforeAll(async () => {
  built = await collect(new URL('../seeds', import.meta.url).pathname)
})

describe.each(gold.articles.map((a) => [a.file, a] as const))('%s', (_file, expected) => {
  it('title', () => expect(byFile(expected.file).title).toBe(expected.title))
  it('date (value and precision)', () => {
    const date = byFile(expected.file).date
    expect(date && {value: date.value, precision: date.precision}).toEqual(
      expected.date && {value: expected.date.value, precision: expected.date.precision}
    )
  })
  it('published', () => expect(byFile(expected.file).published).toBe(expected.published))
  it('province', () => expect(byFile(expected.file).province?.name ?? null).toBe(expected.province))
  it('city and venue', () => {
    const record = byFile(expected.file)
    expect({city: record.city, venue: record.venue}).toEqual({city: expected.city, venue: expected.venue})
  })
  it('official names', () => expect(names(byFile(expected.file).officials)).toEqual(names(expected.officials)))
  it('official ranks', () => {
    const record = byFile(expected.file)
    for (const o of expected.officials) {
      expect({name: o.name, rank: record.officials.find((r) => normName(r.name) === normName(o.name))?.rank ?? null}).toEqual({name: o.name, rank: o.rank})
    }
  })
  it('nobody from teasers, bylines or credits', () => {
    const found = names(byFile(expected.file).officials)
    for (const name of expected.not_people_of_the_story) expect(found).not.toContain(normName(name))
  })
  it('authors', () => expect(byFile(expected.file).authors).toEqual(expected.authors))
  it('topics', () =>
    expect(byFile(expected.file).topics.map((t) => normTopic(t.name)).sort()).toEqual(expected.topics.map(normTopic).sort()))
  it('same event as', () => {
    const record = byFile(expected.file)
    const others = built.archive.articles
      .filter((a) => a.event.id === record.event.id && a.id !== record.id)
      .map((a) => a.source.file)
    expect(others.sort()).toEqual([...expected.same_event_as].sort())
  })
})

describe('the archive', () => {
  it('groups the seeds into the expected events', () => {
    const groups = built.archive.events.map((e) => e.articles.map((id) => built.archive.articles.find((a) => a.id === id)!.source.file).sort())
    expect(groups.sort()).toEqual(gold.archive.events.map((g) => [...g].sort()).sort())
  })
  it('has one entry per official of the story, with their articles, events and provinces', () => {
    const officials = Object.fromEntries(
      built.archive.officials.map((o) => [
        o.name,
        {
          articles: o.articles.length,
          events: o.events.length,
          provinces: o.provinces.map((slug) => built.archive.provinces.find((p) => p.slug === slug)!.name).sort()
        }
      ])
    )
    const expected = Object.fromEntries(
      Object.entries(gold.archive.officials).map(([name, o]) => [name, {...o, provinces: [...o.provinces].sort()}])
    )
    expect(officials).toEqual(expected)
  })
  it('has the expected provinces, with what each became in 2025', () => {
    const provinces = Object.fromEntries(
      built.archive.provinces.map((p) => [p.name, {articles: p.articles.length, events: p.events.length}])
    )
    const expected = Object.fromEntries(
      Object.entries(gold.archive.provinces).map(([name, p]) => [name, {articles: p.articles, events: p.events}])
    )
    expect(provinces).toEqual(expected)
    const binhDuong = built.archive.provinces.find((p) => p.slug === 'binh-duong')
    expect(binhDuong?.since2025?.name).toBe('Thành phố Hồ Chí Minh')
  })
})
