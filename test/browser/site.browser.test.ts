/**
 * Browser test: the built site, served on 127.0.0.1 and visited with the
 * system's Chromium through playwright-core.
 *
 * - A visitor goes home → a province → an official → an article → its
 *   event, and back.
 * - Every page: no console error, no failed request, no axe-core
 *   violation, no sideways scrolling at 360 px.
 * - Screenshots at desktop (1280) and phone (360) widths, light and dark,
 *   go to `test/screenshots/` (gitignored); from the real seeds, the home
 *   and official pages are copied to `docs/` for the README only on request
 *   (`npm run docs:screenshots`, which sets `UPDATE_DOCS=1`), so a test run
 *   never changes tracked files.
 *
 * Skipped (with a note) when Chromium is not installed: `.ci/run` installs it.
 */
import {existsSync} from 'node:fs'
import {copyFile, mkdir} from 'node:fs/promises'
import {join} from 'node:path'
import axe from 'axe-core'
import {chromium, type Browser, type BrowserContext, type Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serve, type Running} from '../../scripts/serve.js'
import {buildTestSite, listFiles, urlOf, type TestSite} from '../render-site.js'

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const SHOTS = join(import.meta.dirname, '..', 'screenshots')
const DOCS = join(import.meta.dirname, '..', '..', 'docs')
const haveChromium = existsSync(CHROMIUM)
if (!haveChromium) console.warn(`Browser tests skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`)

let site: TestSite
let server: Running
let browser: Browser
let pages: string[]

beforeAll(async () => {
  if (!haveChromium) return
  site = await buildTestSite()
  server = await serve(site.dir)
  browser = await chromium.launch({executablePath: CHROMIUM, args: ARGS})
  pages = (await listFiles(site.dir)).filter((f) => f.endsWith('.html')).map(urlOf)
  await mkdir(SHOTS, {recursive: true})
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

function url(path: string): string {
  return new URL(path.replace(/^\//, ''), server.url).href
}

/** A page that records console errors, uncaught exceptions and failed requests. */
async function watchedPage(context: BrowserContext): Promise<{page: Page; problems: string[]}> {
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`exception: ${error.message}`))
  page.on('requestfailed', (request) => {
    // A navigation aborts what the previous page still loads (its favicon): not a fault of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()} ${request.failure()?.errorText}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().includes('/404.html') && !response.url().includes('khong-co-trang-nay')) {
      problems.push(`${response.status()}: ${response.url()}`)
    }
  })
  return {page, problems}
}

interface Violation {
  id: string
  targets: string[]
}

/** Run axe-core (injected by `addInitScript`) in the page. A string, so this file needs no DOM types. */
async function axeViolations(page: Page): Promise<Violation[]> {
  return (await page.evaluate(
    "axe.run(document, {resultTypes: ['violations']}).then((r) => r.violations.map((v) => ({id: v.id, targets: v.nodes.map((n) => n.target.join(' '))})))"
  )) as Violation[]
}

async function h1(page: Page): Promise<string> {
  return (await page.locator('h1').innerText()).trim()
}

describe.skipIf(!haveChromium)('the site in a browser', () => {
  it('takes a visitor home → province → official → article → event and back', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}})
    const {page, problems} = await watchedPage(context)

    await page.goto(url('/'))
    expect(await h1(page)).toBe('Lưu trữ tin nhân quyền')

    await page.locator('.ways-in').getByRole('link', {name: 'Bình Dương', exact: true}).click()
    await page.waitForURL(/\/provinces\/binh-duong\/$/)
    expect(await h1(page)).toBe('Bình Dương')

    await page.locator('main').getByRole('link', {name: 'Nguyễn Văn Kỷ', exact: true}).first().click()
    await page.waitForURL(/\/officials\/nguyen-van-ky\/$/)
    expect(await h1(page)).toBe('Nguyễn Văn Kỷ')
    expect(await page.locator('.reports a[href^="/articles/"]').count()).toBe(5)

    const articleLink = page.locator('.reports a[href^="/articles/"]').first()
    const articleTitle = (await articleLink.innerText()).trim()
    await articleLink.click()
    await page.waitForURL(/\/articles\/[^/]+\/$/)
    expect(await h1(page)).toBe(articleTitle)
    const articleUrl = page.url()

    const eventLink = page.locator('.record a[href^="/events/"]').first()
    const eventName = (await eventLink.innerText()).trim()
    await eventLink.click()
    await page.waitForURL(/\/events\/[^/]+\/$/)
    expect(await h1(page)).toBe(eventName)
    expect(await page.locator(`main a[href="${new URL(articleUrl).pathname}"]`).count()).toBeGreaterThan(0)

    await page.goBack()
    await page.waitForURL(articleUrl)
    expect(await h1(page)).toBe(articleTitle)

    expect(problems).toEqual([])
    await context.close()
  })

  it('shows every page without console errors or axe-core violations', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}})
    await context.addInitScript({content: axe.source})
    const {page, problems} = await watchedPage(context)
    const violations: string[] = []
    for (const path of pages) {
      await page.goto(url(path))
      for (const v of await axeViolations(page)) violations.push(`${path}: ${v.id} at ${v.targets.join(', ')}`)
    }
    expect(problems).toEqual([])
    expect(violations).toEqual([])
    await context.close()
  })

  it('fits a 360 px phone without sideways scrolling, in light and dark', async () => {
    const context = await browser.newContext({viewport: {width: 360, height: 740}, colorScheme: 'light'})
    const {page, problems} = await watchedPage(context)
    const wide: string[] = []
    for (const path of pages) {
      await page.goto(url(path))
      // Each page is loaded once and measured in both schemes: switching the
      // preferred scheme re-applies the stylesheet's dark rules in place.
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({colorScheme})
        expect(await page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches")).toBe(colorScheme === 'dark')
        const width = (await page.evaluate('document.documentElement.scrollWidth')) as number
        if (width > 360) wide.push(`${path} (${colorScheme}): ${width}px`)
      }
    }
    expect(wide).toEqual([])
    expect(problems).toEqual([])
    await context.close()
  })

  it('keeps its contrast in dark mode', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}, colorScheme: 'dark'})
    await context.addInitScript({content: axe.source})
    const page = await context.newPage()
    const article = pages.find((p) => p.startsWith('/articles/') && p !== '/articles/')!
    for (const path of ['/', '/officials/nguyen-van-ky/', '/officials/', '/provinces/', article]) {
      await page.goto(url(path))
      expect(await axeViolations(page), `${path} (dark)`).toEqual([])
    }
    await context.close()
  })

  it('lets a keyboard user skip to the content, and search without diacritics', async () => {
    const context = await browser.newContext({viewport: {width: 1280, height: 900}})
    const {page, problems} = await watchedPage(context)
    await page.goto(url('/'))
    await page.keyboard.press('Tab')
    const skip = page.locator('.skip-link')
    await expect.poll(() => page.evaluate('document.activeElement?.className')).toBe('skip-link')
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0)
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate('document.activeElement?.id')).toBe('noi-dung')

    // The header's search box, by keyboard, without diacritics: his own page comes first.
    await page.getByRole('searchbox', {name: /Tìm nhân vật/}).focus()
    await page.keyboard.type('nguyen van ky')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/search\/\?q=nguyen\+van\+ky$/)
    await expect.poll(() => page.locator('.search-hit h3 a').first().innerText(), {timeout: 15_000}).toBe('Nguyễn Văn Kỷ')
    expect(problems).toEqual([])
    await context.close()
  })

  // Screenshots are for people to look at, not an assertion: written by
  // `npm run docs:screenshots` (or SCREENSHOTS=1), not on every `npm test`,
  // where they were a fifth of the browser tests' time.
  it.runIf(process.env.UPDATE_DOCS === '1' || process.env.SCREENSHOTS === '1')('writes screenshots at desktop and phone widths', async () => {
    const official = '/officials/nguyen-van-ky/'
    const article = pages.find((p) => p.startsWith('/articles/') && p !== '/articles/')!
    const shots: [string, string][] = [
      ['home', '/'],
      ['official', official],
      ['article', article],
      ['province', '/provinces/binh-duong/'],
      ['provinces', '/provinces/'],
      ['officials', '/officials/'],
      ['event', pages.find((p) => p.startsWith('/events/') && p !== '/events/')!],
      ['not-found', '/khong-co-trang-nay/']
    ]
    for (const width of [1280, 360] as const) {
      const context = await browser.newContext({viewport: {width, height: width === 360 ? 740 : 900}, colorScheme: 'light'})
      const page = await context.newPage()
      for (const [name, path] of shots) {
        await page.goto(url(path))
        await page.screenshot({path: join(SHOTS, `${name}-${width}.png`), fullPage: true})
        // The dark ones (desktop, three pages) from the page already loaded.
        if (width === 1280 && ['home', 'official', 'article'].includes(name)) {
          await page.emulateMedia({colorScheme: 'dark'})
          await page.screenshot({path: join(SHOTS, `${name}-${width}-dark.png`), fullPage: true})
          await page.emulateMedia({colorScheme: 'light'})
        }
      }
      await context.close()
    }
    if (site.from === 'seeds' && process.env.UPDATE_DOCS === '1') {
      await mkdir(DOCS, {recursive: true})
      await copyFile(join(SHOTS, 'home-1280.png'), join(DOCS, 'home.png'))
      await copyFile(join(SHOTS, 'official-1280.png'), join(DOCS, 'official.png'))
    }
    expect(existsSync(join(SHOTS, 'home-360.png'))).toBe(true)
  })
})
