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

describe('a year with more events than a page holds', () => {
  /** `count` events in 2024, over months 1 to 9; every tenth known only by its year. */
  function yearInput(count: number): RenderInput {
    const first = sampleArticles[0]!
    const articles: ArticleRecord[] = Array.from({length: count}, (_, i) => {
      const copy = structuredClone(first)
      const id = `y-${String(i).padStart(4, '0')}`
      copy.id = id
      copy.source.file = `${id}.txt`
      copy.event.id = `e-${String(i).padStart(4, '0')}`
      const month = 1 + Math.floor((i * 9) / count)
      copy.date = i % 10 === 9 ? {value: '2024', precision: 'year', basis: 'test'} : {value: `2024-0${month}-1${i % 10}`, precision: 'day', basis: 'test'}
      return copy
    })
    return {archive: archiveFrom(articles), stories: new Map(), options: sampleInput().options}
  }
  const count = 2 * RECORD_LIST_SIZE + 30
  const files = new Map([...renderSite(yearInput(count))].map((f) => [f.path, String(f.contents)]))
  const pages = ['years/2024/index.html', 'years/2024/page/2/index.html', 'years/2024/page/3/index.html']

  it('splits it into linked pages that list every event once, month by month, then those known only by the year', () => {
    for (const p of pages) expect(files.has(p), p).toBe(true)
    expect(files.has('years/2024/page/4/index.html')).toBe(false)
    const seen: string[] = []
    for (const p of pages) for (const m of files.get(p)!.matchAll(/href="\/events\/(e-\d{4})\/"/g)) seen.push(m[1]!)
    expect(new Set(seen).size).toBe(count)
    expect(seen.length).toBe(count)
    expect(files.get(pages[0]!)).toContain('href="/years/2024/page/2/"')
    expect(files.get(pages[2]!)).toContain('rel="prev"')
    expect(files.get(pages[2]!)).toContain('id="khong-ro-thang"')
    expect(files.get(pages[0]!)).not.toContain('id="khong-ro-thang"')
    // Every page names the year's whole count, and has a title of its own.
    for (const p of pages) expect(files.get(p)).toContain(`${count} sự kiện.`)
    const titles = pages.map((p) => /<title>([^<]*)<\/title>/.exec(files.get(p)!)![1])
    expect(new Set(titles).size).toBe(pages.length)
    // The feed stays with the first page only.
    expect(files.has('years/2024/feed.xml')).toBe(true)
    expect([...files.keys()].filter((p) => p.startsWith('years/2024/page/') && p.endsWith('feed.xml'))).toEqual([])
  })

  it('links each month on the years index to the page where the month begins', () => {
    const index = files.get('years/index.html')!
    const links = [...index.matchAll(/href="(\/years\/2024\/[^"]*#thang-(\d\d))"/g)].map((m) => ({href: m[1]!, month: m[2]!}))
    expect(links.length).toBe(9)
    for (const {href, month} of links) {
      const file = `${href.slice(1, href.indexOf('#'))}index.html`
      const page = files.get(file)!
      expect(page, href).toContain(`id="thang-${month}"`)
      // The month's first event is on this page: no earlier page has the month's heading.
      const earlier = pages.slice(0, pages.indexOf(file))
      for (const p of earlier) expect(files.get(p)).not.toContain(`id="thang-${month}"`)
    }
    expect(links.some((l) => l.href.includes('/page/'))).toBe(true)
  })
})
