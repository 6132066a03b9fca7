/**
 * Site test: build the site into a temporary folder and check it as a
 * visitor's browser and a validator would: every internal link and asset
 * resolves to a file (and every `#fragment` to an id), every page is
 * `lang="vi"` with a title and one h1, HTML is valid (html-validate with
 * the project's `.htmlvalidate.json`), and the data files parse.
 */
import {existsSync, readFileSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {HtmlValidate, type ConfigData} from 'html-validate'
import {beforeAll, describe, expect, it} from 'vitest'
import {buildTestSite, idsOf, listFiles, urlAttributes, urlOf, type TestSite} from './render-site.js'

let site: TestSite
let files: string[]
let pages: Map<string, string>

beforeAll(async () => {
  site = await buildTestSite()
  files = await listFiles(site.dir)
  pages = new Map()
  for (const file of files.filter((f) => f.endsWith('.html'))) pages.set(file, await readFile(join(site.dir, file), 'utf8'))
})

/** The file an internal URL path names, or null. */
function target(path: string): string | null {
  const clean = decodeURIComponent(path)
  if (!clean.startsWith('/')) return null
  const file = clean.endsWith('/') ? `${clean.slice(1)}index.html` : clean.slice(1)
  return existsSync(join(site.dir, file)) ? file : null
}

describe('the built site', () => {
  it('has the pages and data files of RECORDS.md', () => {
    for (const file of [
      'index.html',
      '404.html',
      'style.css',
      'favicon.svg',
      'provinces/index.html',
      'officials/index.html',
      'topics/index.html',
      'years/index.html',
      'data/articles.json',
      'data/events.json',
      'data/officials.json',
      'data/provinces.json',
      'data/topics.json'
    ]) {
      expect(files, file).toContain(file)
    }
    const count = (prefix: string) => files.filter((f) => f.startsWith(prefix) && f.endsWith('/index.html') && f !== `${prefix}index.html`).length
    expect(count('articles/')).toBe(5)
    expect(count('events/')).toBe(4)
    expect(count('provinces/')).toBe(4)
    expect(count('officials/')).toBe(9)
    expect(files).toContain('officials/nguyen-van-ky/index.html')
  })

  it('resolves every internal link and asset, and every fragment', () => {
    const broken: string[] = []
    for (const [file, html] of pages) {
      for (const [tag, attribute, value] of urlAttributes(html)) {
        if (/^https?:\/\//.test(value)) continue
        const [path, fragment] = value.split('#') as [string, string | undefined]
        const resolved = path === '' ? file : target(path.split('?')[0]!)
        if (!resolved) {
          broken.push(`${file}: <${tag} ${attribute}="${value}">`)
          continue
        }
        if (fragment && resolved.endsWith('.html') && !idsOf(pages.get(resolved) ?? '').has(fragment)) {
          broken.push(`${file}: <${tag} ${attribute}="${value}"> (no id "${fragment}")`)
        }
      }
    }
    expect(broken).toEqual([])
  })

  it('links nothing outside the site except checked http(s) URLs', () => {
    for (const [file, html] of pages) {
      for (const [, , value] of urlAttributes(html)) {
        expect(/^(https?:\/\/|\/|#)/.test(value), `${file}: ${value}`).toBe(true)
      }
    }
  })

  it('gives every page lang="vi", a title, a description and one h1', () => {
    for (const [file, html] of pages) {
      expect(html, file).toMatch(/^<!DOCTYPE html><html lang="vi">/)
      expect(html, file).toMatch(/<title>[^<]+<\/title>/)
      expect(html, file).toMatch(/<meta name="description" content="[^"]+">/)
      expect(html.match(/<h1[\s>]/g)?.length, file).toBe(1)
    }
  })

  it('is valid HTML', async () => {
    const config = JSON.parse(readFileSync(join(import.meta.dirname, '..', '.htmlvalidate.json'), 'utf8')) as ConfigData & {$schema?: string}
    delete config.$schema
    const validator = new HtmlValidate(config)
    const problems: string[] = []
    for (const [file, html] of pages) {
      const report = await validator.validateString(html, file)
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`)
      }
    }
    expect(problems).toEqual([])
  })

  it('writes data files that parse, with the records of every page', async () => {
    const articles = JSON.parse(await readFile(join(site.dir, 'data/articles.json'), 'utf8')) as {id: string}[]
    expect(articles.map((a) => urlOf(`articles/${a.id}/index.html`)).every((u) => target(u))).toBe(true)
    for (const name of ['events', 'officials', 'provinces', 'topics']) {
      expect(Array.isArray(JSON.parse(await readFile(join(site.dir, `data/${name}.json`), 'utf8'))), name).toBe(true)
    }
  })

  it('lists all five articles on the page of Nguyễn Văn Kỷ', () => {
    const html = pages.get('officials/nguyen-van-ky/index.html')!
    const linked = new Set(urlAttributes(html).map(([, , v]) => v).filter((v) => v.startsWith('/articles/') && v !== '/articles/'))
    expect(linked.size).toBe(5)
  })
})
