/**
 * The search records (src/search/records.ts), built from the hand-made
 * archive of the seeds: what each page is found by (folded đ words, place
 * aliases, names across the 2025 mergers) and its facets.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {Site} from '../../src/render/site.js'
import {MAX_CONTENT, foldedDWords, provinceAliases, provinceNames, provinceRelatives, searchRecords, type SearchRecord} from '../../src/search/records.js'
import {fold} from '../../src/text/normalize.js'
import {propertyRuns} from '../property-runs.js'
import {sampleInput} from '../fixtures/archive-sample.js'

function records(base = '/'): SearchRecord[] {
  const input = sampleInput({base})
  return [...searchRecords({site: new Site(input), stories: input.stories})]
}

function byUrl(all: SearchRecord[], url: string): SearchRecord {
  const found = all.find((r) => r.url === url)
  if (!found) throw new Error(`no record ${url}; have ${all.map((r) => r.url).join(', ')}`)
  return found
}

describe('folded copies of words with đ', () => {
  it('folds every word holding đ, and only those', () => {
    expect(foldedDWords('Đại tá Lê Quang Đạo, Ban Chỉ đạo Nhân quyền')).toEqual(['dai', 'dao'])
    expect(foldedDWords('Nguyễn Văn Kỷ')).toEqual([])
    expect(foldedDWords('Đồng Nai-Đắk Lắk')).toEqual(['dong', 'dak'])
  })

  it('finds the same words as the one-regex definition, on any text (the split is only faster)', () => {
    // The definition: a maximal run of word characters that holds a đ. As a
    // single regex it is quadratic in a long word without đ, so the code
    // splits instead; on short texts the two must agree.
    const definition = /[^\s.,;:!?()"“”'‘’…/\\[\]{}«»–—-]*[đĐ][^\s.,;:!?()"“”'‘’…/\\[\]{}«»–—-]*/gu
    const pieces = fc.constantFrom('đ', 'Đ', 'a', 'ạ', 'o\u0323', ' ', '\n', '.', '-', '/', '“', '…', '[', '«', 'x', 'Đạo')
    fc.assert(
      fc.property(fc.array(pieces, {maxLength: 30}), (parts) => {
        const text = parts.join('')
        expect(foldedDWords(text)).toEqual([...new Set([...text.matchAll(definition)].map((m) => fold(m[0])))])
      }),
      {numRuns: propertyRuns(200)}
    )
    expect(foldedDWords(`${'a'.repeat(50)}đ${'ạ'.repeat(50)} x`)).toEqual([`${'a'.repeat(50)}d${'a'.repeat(50)}`])
  })
})

describe('province names', () => {
  it('gives the aliases people type, also without dots', () => {
    const names = provinceNames({slug: 'ho-chi-minh', name: 'Thành phố Hồ Chí Minh'})
    for (const alias of ['TPHCM', 'TP.HCM', 'HCM', 'Sài Gòn']) expect(names).toContain(alias)
    expect(provinceNames({slug: 'thua-thien-hue', name: 'Thừa Thiên Huế'})).toContain('Huế')
    expect(provinceNames(null)).toEqual([])
  })

  it('links a 2024 province and its 2025 unit both ways', () => {
    expect(provinceRelatives({slug: 'binh-dinh', name: 'Bình Định'})).toEqual(['Gia Lai'])
    expect(provinceRelatives({slug: 'gia-lai', name: 'Gia Lai'})).toContain('Bình Định')
    expect(provinceRelatives({slug: 'ho-chi-minh', name: 'Thành phố Hồ Chí Minh'})).toContain('Bình Dương')
    expect(provinceAliases({slug: 'ho-chi-minh', name: 'Thành phố Hồ Chí Minh'})).toEqual(expect.arrayContaining(['TPHCM', 'Bình Dương']))
    expect(provinceRelatives({slug: 'binh-duong', name: 'Bình Dương'})).toEqual(['Thành phố Hồ Chí Minh'])
  })
})

describe('search records', () => {
  const all = records()

  it('has one record per article, event, official, province and topic, with the site\'s URLs', () => {
    const input = sampleInput()
    const {archive} = input
    expect(all.length).toBe(archive.articles.length + archive.events.length + archive.officials.length + archive.provinces.length + archive.topics.length)
    expect(new Set(all.map((r) => r.url)).size).toBe(all.length)
    for (const r of all) expect(r.language).toBe('vi')
    expect(records('/sub/').every((r) => r.url.startsWith('/sub/'))).toBe(true)
  })

  it('puts an official\'s name in the title of his page, and its folded đ form in its names', () => {
    const dao = byUrl(all, '/officials/le-quang-dao/')
    expect(dao.meta.title).toBe('Lê Quang Đạo')
    expect(dao.meta.kind).toBe('Nhân vật')
    expect(dao.meta.names.split(' · ')).toContain('dao')
    expect(dao.filters.official).toEqual(['Lê Quang Đạo'])
  })

  it('gives a province page its aliases as names, and its 2025 unit as a keyword', () => {
    const hcm = byUrl(all, '/provinces/ho-chi-minh/')
    expect(hcm.meta.names.split(' · ')).toEqual(expect.arrayContaining(['TPHCM', 'HCM', 'Sài Gòn']))
    const bd = byUrl(all, '/provinces/binh-duong/')
    expect(bd.meta.keywords).toContain('Thành phố Hồ Chí Minh')
    expect(bd.meta.names).not.toContain('Thành phố Hồ Chí Minh')
  })

  it('indexes an article\'s story, officials, province, topics, event and outlet, with its facets and date', () => {
    const article = all.find((r) => r.meta.kind === 'Bài báo' && r.filters.province?.[0] === 'Thành phố Hồ Chí Minh')!
    expect(article.content).toContain('Lê Quang Đạo')
    expect(article.meta.keywords.split(' · ')).toEqual(expect.arrayContaining(['TPHCM', 'dao']))
    expect(article.filters.official).toContain('Lê Quang Đạo')
    expect(article.filters.year).toEqual(['2024'])
    expect(article.filters.type!.length).toBeGreaterThan(0)
    expect(article.filters.topic!.length).toBeGreaterThan(0)
    expect(article.sort.date).toMatch(/^2024-05/)
    expect(article.meta.province).toBe('Thành phố Hồ Chí Minh')
    expect(article.meta.date).not.toBe('')
  })

  it('leaves out empty facets and the sort key of undated pages', () => {
    for (const r of all) for (const values of Object.values(r.filters)) expect(values.length).toBeGreaterThan(0)
    expect(byUrl(all, '/provinces/tay-ninh/').sort).toEqual({})
  })

  it('caps the story text a record carries', () => {
    const input = sampleInput()
    const story = [...input.stories.values()][0]!
    story.blocks.push({kind: 'paragraph', text: 'Đạo '.repeat(MAX_CONTENT), line: 99, column: 1})
    const capped = [...searchRecords({site: new Site(input), stories: input.stories})].find((r) => r.url.endsWith(`/${story.id}/`))!
    expect(capped.content.length).toBe(MAX_CONTENT)
  })

  it('is the same for the same archive', () => {
    expect(records()).toEqual(all)
  })
})
