/** Long lists in pages (`/page/n/`), capped search and home lists: no page grows with the archive. */
import {describe, expect, it} from 'vitest'
import {Site} from '../src/render/site.js'
import {LIST_PAGE_SIZE, pagedPath, paginate, paginateSplit, pagerView, RECORD_LIST_SIZE} from '../templates/pager-view.js'
import {HOME_UNDATED} from '../templates/home/view.js'
import {YEARS_UNDATED} from '../templates/years/view.js'
import {renderSite} from '../src/stages/render.js'
import type {ArticleRecord, RenderInput} from '../src/types.js'
import {archiveFrom, sampleArticles, sampleInput} from './fixtures/archive-sample.js'

/** `count` copies of the first sample article, each its own event; every third undated. */
function bigInput(count: number): RenderInput {
  const first = sampleArticles[0]!
  const articles: ArticleRecord[] = Array.from({length: count}, (_, i) => {
    const copy = structuredClone(first)
    const id = `a-${String(i).padStart(4, '0')}`
    copy.id = id
    copy.source.file = `${id}.txt`
    copy.event.id = `e-${String(i).padStart(4, '0')}`
    copy.date = i % 3 === 2 ? null : {value: `20${10 + (i % 15)}-0${1 + (i % 9)}-1${i % 10}`, precision: 'day', basis: 'test'}
    return copy
  })
  return {archive: archiveFrom(articles), stories: new Map(), options: sampleInput().options}
}

describe('paginate', () => {
  it('keeps every item once, in order, in pages of the size', () => {
    const items = Array.from({length: 23}, (_, i) => i)
    const pages = paginate(items, 10)
    expect(pages.map((p) => p.length)).toEqual([10, 10, 3])
    expect(pages.flat()).toEqual(items)
    expect(paginate([], 10)).toEqual([[]])
  })

  it('splits dated and undated as one list, dated first', () => {
    const pages = paginateSplit<number | string>([1, 2, 3], ['a', 'b'], 2)
    expect(pages).toEqual([{dated: [1, 2], undated: []}, {dated: [3], undated: ['a']}, {dated: [], undated: ['b']}])
  })

  it('puts page 1 at the list path and page n under page/n/', () => {
    expect(pagedPath('events/', 1)).toBe('events/')
    expect(pagedPath('events/', 3)).toBe('events/page/3/')
    const site = new Site(sampleInput({base: '/archive/'}))
    expect(pagerView(site, 'events/', 1, 1)).toBeNull()
    const pager = pagerView(site, 'events/', 2, 3)!
    expect(pager.prev).toBe('/archive/events/')
    expect(pager.next).toBe('/archive/events/page/3/')
    expect(pager.pages.filter((p) => p.current).map((p) => p.text)).toEqual(['2'])
  })
})

describe('a large archive', () => {
  const count = 3 * LIST_PAGE_SIZE + 30
  const files = new Map([...renderSite(bigInput(count))].map((f) => [f.path, String(f.contents)]))

  it('splits the events and articles indexes into linked pages holding every item once', () => {
    for (const kind of ['events', 'articles'] as const) {
      const paths = [`${kind}/index.html`, `${kind}/page/2/index.html`, `${kind}/page/3/index.html`, `${kind}/page/4/index.html`]
      for (const p of paths) expect(files.has(p), p).toBe(true)
      expect(files.has(`${kind}/page/5/index.html`)).toBe(false)
      expect(files.get(paths[0]!)).toContain(`href="/${kind}/page/2/"`)
      expect(files.get(paths[3]!)).toContain(`rel="prev"`)
      expect(files.get(paths[3]!)).not.toContain(`rel="next"`)
      const folder = kind === 'events' ? 'events' : 'articles'
      const linked = new Set<string>()
      for (const p of paths) for (const m of files.get(p)!.matchAll(new RegExp(`href="/${folder}/([ae]-\\d{4})/"`, 'g'))) linked.add(m[1]!)
      expect(linked.size).toBe(count)
    }
  })

  it('pages a province and an official with many events', () => {
    const province = [...files.keys()].filter((p) => p.startsWith('provinces/binh-duong/') && p.endsWith('index.html'))
    expect(province.length).toBe(Math.ceil(count / RECORD_LIST_SIZE))
    const official = [...files.keys()].filter((p) => /^officials\/[^/]+\/page\/2\/index\.html$/.test(p))
    expect(official.length).toBeGreaterThan(0)
  })

  it('caps the home page and the years index (search is a Pagefind index, not a list)', () => {
    const home = files.get('index.html')!
    const undated = home.slice(home.indexOf('id="chua-ro-ngay"'))
    expect((undated.match(/class="card"/g) ?? []).length).toBe(HOME_UNDATED)
    const years = files.get('years/index.html')!
    expect((years.match(/class="card"/g) ?? []).length).toBe(YEARS_UNDATED)
    expect(years).toContain('href="/events/page/3/#chua-ro-ngay"')
  })

  it('gives every page of a list its own title', () => {
    const titles = ['events/index.html', 'events/page/2/index.html'].map((p) => /<title>([^<]*)<\/title>/.exec(files.get(p)!)![1])
    expect(new Set(titles).size).toBe(2)
  })
})
