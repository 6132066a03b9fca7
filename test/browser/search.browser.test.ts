/**
 * Browser test of the search (issue 12): the seeds built with their
 * Pagefind index, served on 127.0.0.1, searched with the system's Chromium.
 *
 * - Typed queries with and without diacritics, and with `d` for `đ`, find
 *   the expected pages, an official's own page first for his name.
 * - A place alias (`tphcm`) finds its province.
 * - A facet narrows the results and shows counts; the choice goes into the URL.
 * - The header's search box (a plain GET form) reaches the search page.
 * - The page passes axe with results shown; screenshots at 1280 and 360 px.
 * - A site built with `--base /sub/` loads its index from `/sub/pagefind/`.
 * - The root site's index is in shards (`src/search/shards.ts`), so every
 *   test above searches the merged shards; the /sub/ site's is one index.
 *
 * Skipped (with a note) when Chromium is not installed.
 */
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import axe from 'axe-core'
import {chromium, type Browser, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serve, type Running} from '../../scripts/serve.js'
import {build} from '../../src/build.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const SHOTS = join(import.meta.dirname, '..', 'screenshots')
const SEEDS = join(import.meta.dirname, '..', '..', 'seeds')
const haveChromium = existsSync(CHROMIUM)

let root: string
let server: Running
let subServer: Running
let browser: Browser

beforeAll(async () => {
  if (!haveChromium) return
  root = await mkdtemp(join(tmpdir(), 'search-site-'))
  // One site served at the root, its index in shards of 5 records (merged by the search page), and one
  // below /sub/ (served from the folder above it), its index in one piece as a small archive's is.
  for (const [out, base, searchShard] of [['dist', '/', 5], ['sub', '/sub/', undefined]] as const) {
    const result = await build({input: SEEDS, out: join(root, out), site: {base}, searchShard})
    if (result.written === 0) throw new Error(`The seeds built nothing: ${result.buildFile.messages.map(String).join('; ')}`)
  }
  server = await serve(join(root, 'dist'))
  subServer = await serve(root)
  browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS})
  await mkdir(SHOTS, {recursive: true})
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
  await subServer?.close()
})

function url(path: string): string {
  return path.startsWith('/sub/') ? new URL(path, subServer.url).href : new URL(path.replace(/^\//, ''), server.url).href
}

/** Open the search page for `query` and wait for the status line to give a count. */
async function searchFor(page: Page, query: string, prefix = ''): Promise<string[]> {
  await page.goto(url(`${prefix}/search/?q=${encodeURIComponent(query)}`))
  await expect.poll(() => page.locator('[data-search-status]').innerText(), {timeout: 15_000}).toMatch(/kết quả/)
  return page.locator('.search-hit h3 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
}

/** Every result of the search shown, pressing "more" until it is hidden. */
async function allHits(page: Page): Promise<string[]> {
  const more = page.locator('[data-search-more]')
  const hits = page.locator('.search-hit h3 a')
  while (await more.isVisible()) {
    const shown = await hits.count()
    await more.evaluate((button: {click(): void}) => button.click())
    await expect.poll(async () => (await hits.count()) > shown || !(await more.isVisible())).toBe(true)
  }
  return hits.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
}

describe.skipIf(!haveChromium)('search in a browser', () => {
  it('finds an official typed without diacritics, his own page first, and his articles', async () => {
    const page = await browser.newPage()
    const plain = await searchFor(page, 'nguyen van ky')
    expect(plain[0]).toBe('/officials/nguyen-van-ky/')
    // All five of his articles are found (the shards' scores interleave them with events on the first screen).
    const plainAll = await allHits(page)
    expect(plainAll.filter((h) => h.startsWith('/articles/')).length).toBe(5)
    const toned = await searchFor(page, 'Nguyễn Văn Kỷ')
    expect(toned[0]).toBe('/officials/nguyen-van-ky/')
    expect(new Set(await allHits(page))).toEqual(new Set(plainAll))
    // The match is highlighted in the snippet, as <mark> elements (not text).
    expect(await page.locator('.search-excerpt mark').count()).toBeGreaterThan(0)
    await page.close()
  })

  it('folds đ to d: "le quang dao" finds Đạo', async () => {
    const page = await browser.newPage()
    const hits = await searchFor(page, 'le quang dao')
    expect(hits[0]).toBe('/officials/le-quang-dao/')
    await page.close()
  })

  it('finds a province without diacritics and by its aliases', async () => {
    const page = await browser.newPage()
    expect((await searchFor(page, 'binh duong'))[0]).toBe('/provinces/binh-duong/')
    for (const alias of ['tphcm', 'hcm', 'sài gòn']) {
      expect((await searchFor(page, alias))[0], alias).toBe('/provinces/ho-chi-minh/')
    }
    // Quy Nhơn is not a province: the event held there is found by its city.
    expect((await searchFor(page, 'quy nhon')).some((h) => h.startsWith('/events/'))).toBe(true)
    await page.close()
  })

  it('narrows the results with a facet, shows counts, and keeps the choice in the URL', async () => {
    const page = await browser.newPage()
    const all = await searchFor(page, 'tập huấn')
    await page.locator('[data-search-filters]').evaluate((d) => d.setAttribute('open', ''))
    const facet = page.locator('fieldset.search-facet', {has: page.locator('legend', {hasText: 'Tỉnh, thành'})})
    const option = facet.locator('label', {hasText: 'Bình Dương'})
    const text = await option.innerText()
    const count = Number(/\((\d+)\)/.exec(text)?.[1])
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(all.length)
    await option.click()
    await expect.poll(() => page.locator('.search-hit').count()).toBe(count)
    expect(new URL(page.url()).searchParams.get('province')).toBe('Bình Dương')
    for (const facts of await page.locator('.search-hit .search-facts').allInnerTexts()) {
      if (/Bài báo|Sự kiện/.test(facts)) expect(facts).toContain('Bình Dương')
    }
    // Combinable: a year as well narrows (or keeps) the set.
    const year = page.locator('fieldset.search-facet', {has: page.locator('legend', {hasText: 'Năm'})}).locator('input').first()
    await year.check()
    await expect.poll(() => new URL(page.url()).searchParams.getAll('year').length).toBe(1)
    expect(await page.locator('.search-hit').count()).toBeLessThanOrEqual(count)
    await page.close()
  })

  it('sorts by date, newest first', async () => {
    const page = await browser.newPage()
    await searchFor(page, 'nhân quyền')
    await page.locator('[data-search-sort]').selectOption('desc')
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('desc')
    await expect.poll(() => page.locator('[data-search-status]').innerText()).toMatch(/kết quả/)
    await allHits(page)
    // Dates read `29/5/2024`, `tháng 7/2024` or `ngày 29 tháng 5 năm 2024`: compare them as `YYYY-MM-DD` (`00` for an unknown day).
    const texts = await page.locator('.search-hit .search-facts').allInnerTexts()
    const keys = texts.flatMap((t) => {
      const m = /(?:(\d{1,2})\/)?(\d{1,2})\/(\d{4})/.exec(t) ?? /(?:ngày (\d{1,2}) )?tháng (\d{1,2}) năm (\d{4})/.exec(t)
      return m ? [`${m[3]}-${m[2]!.padStart(2, '0')}-${(m[1] ?? '0').padStart(2, '0')}`] : []
    })
    // Every dated result, across the index's shards, newest first (the October seed leads), then the undated ones.
    expect(keys.length).toBeGreaterThan(4)
    expect(keys[0]).toBe('2024-10-03')
    expect(keys).toEqual([...keys].sort().reverse())
    const dated = texts.map((t) => /\d{4}/.test(t))
    expect(dated).toEqual([...dated].sort((a, b) => Number(b) - Number(a)))
    await page.close()
  })

  it('finds in the shards what one index finds: a word a shard lacks does not widen it, and no page is missed', async () => {
    const page = await browser.newPage()
    const hits = async (query: string, prefix: string): Promise<Set<string>> => {
      await searchFor(page, query, prefix)
      return new Set((await allHits(page)).map((href) => href.replace(/^\/sub\//, '/')))
    }
    for (const query of ['tập huấn bình dương', 'nguyen van ky', 'hội nghị nhân quyền', 'công an tỉnh']) {
      const sharded = await hits(query, '')
      expect(sharded, query).toEqual(await hits(query, '/sub'))
      expect(sharded.size, query).toBeGreaterThan(0)
    }
    // Pagefind matches a word with other tones only in an index that lacks its exact form: a tiny shard
    // (5 records here) may then find more than one index does, never less.
    const whole = await hits('phó giám đốc', '/sub')
    const sharded = await hits('phó giám đốc', '')
    for (const href of whole) expect(sharded).toContain(href)
    await page.close()
  })

  it('searches from the header box of any page, keyboard only', async () => {
    const page = await browser.newPage()
    await page.goto(url('/provinces/'))
    await page.getByRole('searchbox', {name: /Tìm nhân vật/}).focus()
    await page.keyboard.type('nguyen van ky')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\/\?q=nguyen\+van\+ky$/)
    await expect.poll(() => page.locator('.search-hit h3 a').first().getAttribute('href'), {timeout: 15_000}).toBe('/officials/nguyen-van-ky/')
    await page.close()
  })

  it('passes axe with results shown, and fits 360 px; screenshots at 1280 and 360 px', async () => {
    for (const width of [1280, 360]) {
      const context = await browser.newContext({viewport: {width, height: width === 360 ? 740 : 900}})
      await context.addInitScript({content: axe.source})
      const page = await context.newPage()
      const problems: string[] = []
      page.on('console', (m) => {
        if (m.type() === 'error') problems.push(m.text())
      })
      page.on('pageerror', (e) => problems.push(e.message))
      await searchFor(page, 'binh duong')
      await page.locator('[data-search-filters] summary').click()
      await expect.poll(() => page.locator('fieldset.search-facet').count(), {timeout: 15_000}).toBeGreaterThan(0)
      const violations = (await page.evaluate(
        "axe.run(document, {resultTypes: ['violations']}).then((r) => r.violations.map((v) => v.id + ' at ' + v.nodes.map((n) => n.target.join(' ')).join(', ')))"
      )) as string[]
      expect(violations).toEqual([])
      expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width)
      expect(problems).toEqual([])
      await page.screenshot({path: join(SHOTS, `search-${width}.png`), fullPage: true})
      await context.close()
    }
  })

  it('tells a visitor without JavaScript how to browse instead', async () => {
    const context = await browser.newContext({javaScriptEnabled: false})
    const page = await context.newPage()
    await page.goto(url('/search/?q=nguyen'))
    expect(await page.locator('[data-search-note]').innerText()).toMatch(/cần JavaScript/)
    for (const name of ['Tỉnh, thành', 'Nhân vật', 'Chuyên đề', 'Theo năm']) {
      expect(await page.locator('main').getByRole('link', {name, exact: true}).count(), name).toBe(1)
    }
    await context.close()
  })

  it('loads the index below the base path of a site built with --base /sub/', async () => {
    const page = await browser.newPage()
    const requests: string[] = []
    page.on('request', (r) => requests.push(new URL(r.url()).pathname))
    const hits = await searchFor(page, 'nguyen van ky', '/sub')
    expect(hits[0]).toBe('/sub/officials/nguyen-van-ky/')
    const index = requests.filter((p) => p.includes('pagefind'))
    expect(index.length).toBeGreaterThan(0)
    for (const p of index) expect(p.startsWith('/sub/pagefind/'), p).toBe(true)
    await page.close()
  })
})
