/**
 * Publishing: a site built with a config's url under a sub-path, a static
 * folder, feeds, sitemap, robots.txt, CSV and JSON-LD, checked on the files.
 */
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/build.js'
import {appearanceRows, APPEARANCE_COLUMNS, csvCell, toCsv} from '../src/render/csv.js'
import {sitemapFiles} from '../src/render/sitemap.js'
import {toXml, x} from '../src/render/xml.js'
import type {ArticleRecord, EventRecord} from '../src/types.js'

const root = path.resolve(import.meta.dirname, '..')
const URL_ROOT = 'https://user.github.io/luu-tru/'
let work: string
let out: string
let statics: string

/** Every file under dir, relative with `/`. */
function files(dir: string, sub = ''): string[] {
  return readdirSync(path.join(dir, sub)).sort().flatMap((name) => {
    const rel = sub ? `${sub}/${name}` : name
    return statSync(path.join(dir, rel)).isDirectory() ? files(dir, rel) : [rel]
  })
}

/**
 * A small XML well-formedness check: one root, tags balanced and nested,
 * attributes quoted, entities known. Returns the problem, or null.
 */
function xmlProblem(text: string): string | null {
  let body = text.replace(/^<\?xml[^?]*\?>\s*/, '')
  const stack: string[] = []
  let roots = 0
  const TOKEN = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/gy
  for (const m of body.matchAll(TOKEN)) {
    if (m[6]) return `stray < at ${m.index}`
    if (m[5] !== undefined) {
      if (stack.length === 0 && m[5].trim()) return 'text outside the root'
      const bad = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.exec(m[5])
      if (bad) return `bad entity at ${m.index}`
      continue
    }
    const [, close, name, , selfClose] = m
    if (close) {
      if (stack.pop() !== name) return `mismatched </${name}>`
    } else {
      if (stack.length === 0) roots++
      if (!selfClose) stack.push(name!)
    }
  }
  body = body.replace(TOKEN, '')
  if (body.trim()) return 'unparsed text'
  return stack.length ? `unclosed <${stack.at(-1)}>` : roots === 1 ? null : `${roots} roots`
}

/** Parse RFC 4180 CSV (BOM, quotes, CRLF). */
function parseCsv(text: string): string[][] {
  expect(text.startsWith('\uFEFF')).toBe(true)
  const rows: string[][] = []
  let row: string[] = []
  let cell = ''
  let quoted = false
  const s = text.slice(1)
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!
    if (quoted) {
      if (c === '"' && s[i + 1] === '"') (cell += '"'), i++
      else if (c === '"') quoted = false
      else cell += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(cell), (cell = '')
    else if (c === '\r' && s[i + 1] === '\n') {
      row.push(cell), rows.push(row), (row = []), (cell = ''), i++
    } else cell += c
  }
  return rows
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'archive-publish-'))
  out = path.join(work, 'site')
  statics = path.join(work, 'static')
  mkdirSync(path.join(statics, 'images'), {recursive: true})
  writeFileSync(path.join(statics, 'CNAME'), 'luu-tru.example.org\n')
  writeFileSync(path.join(statics, 'images', 'logo.png'), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))
  writeFileSync(path.join(statics, 'style.css'), '/* mine */')
  const options = {input: path.join(root, 'seeds'), out, static: statics, site: {base: '/luu-tru/', url: URL_ROOT, title: 'Kho <thử> & "test"'}}
  const first = await build(options)
  expect(first.written).toBeGreaterThan(0)
  // The second build replaces the first, static files and all.
  const second = await build(options)
  expect(second.buildFile.messages.map((m) => m.ruleId)).toEqual(['path-collision'])
  expect(second.buildFile.messages[0]!.reason).toMatch(/static:style\.css/)
  expect(second.written).toBe(first.written)
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('static folder', () => {
  it('copies CNAME and images as they are, and keeps them over two builds', () => {
    expect(readFileSync(path.join(out, 'CNAME'), 'utf8')).toBe('luu-tru.example.org\n')
    expect([...readFileSync(path.join(out, 'images', 'logo.png'))]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])
  })
  it('reports a static file on a generated page\'s path and keeps the page', () => {
    expect(readFileSync(path.join(out, 'style.css'), 'utf8')).not.toBe('/* mine */')
  })
  it('leaves robots.txt to the user when the static folder has one', async () => {
    const own = path.join(work, 'own')
    mkdirSync(own)
    writeFileSync(path.join(own, 'robots.txt'), 'User-agent: *\nDisallow: /\n')
    const target = path.join(work, 'own-site')
    await build({input: path.join(root, 'seeds'), out: target, static: own, site: {url: URL_ROOT}})
    expect(readFileSync(path.join(target, 'robots.txt'), 'utf8')).toBe('User-agent: *\nDisallow: /\n')
  })
})

describe('a site under a sub-path', () => {
  it('resolves every internal link and asset under the sub-path', () => {
    const all = new Set(files(out))
    const html = [...all].filter((f) => f.endsWith('.html'))
    let checked = 0
    for (const file of html) {
      const text = readFileSync(path.join(out, file), 'utf8')
      for (const [, attr, value] of text.matchAll(/\s(href|src)="([^"]*)"/g)) {
        if (/^(https?:|mailto:|#)/.test(value!)) {
          if (value!.startsWith('https://user.github.io')) expect(value!.startsWith(URL_ROOT), `${file}: ${value}`).toBe(true)
          continue
        }
        expect(value!.startsWith('/luu-tru/'), `${file}: ${attr}=${value}`).toBe(true)
        const rel = decodeURIComponent(value!.slice('/luu-tru/'.length).split('#')[0]!)
        const target = rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel
        expect(all.has(target), `${file} links to ${value}`).toBe(true)
        checked++
      }
    }
    expect(checked).toBeGreaterThan(500)
  })

  it('gives every page a canonical link, Open Graph tags and the feed links', () => {
    for (const file of files(out).filter((f) => f.endsWith('index.html'))) {
      const text = readFileSync(path.join(out, file), 'utf8')
      const page = file.replace(/index\.html$/, '')
      expect(text, file).toContain(`<link rel="canonical" href="${URL_ROOT}${page}">`)
      expect(text, file).toContain(`<meta property="og:url" content="${URL_ROOT}${page}">`)
      expect(text, file).toMatch(/<meta property="og:title" content="[^"]+">/)
      expect(text, file).toContain('<link rel="alternate" type="application/atom+xml"')
    }
  })
})

describe('feeds, sitemap and robots.txt', () => {
  it('writes a well-formed Atom feed beside the site and each province, official, topic and year page, absolute and newest first', () => {
    const feeds = files(out).filter((f) => f.endsWith('feed.xml'))
    expect(feeds).toContain('feed.xml')
    for (const kind of ['provinces', 'officials', 'topics', 'years']) {
      const pages = readdirSync(path.join(out, kind)).filter((d) => d !== 'index.html')
      for (const page of pages) {
        expect(feeds, `${kind}/${page}`).toContain(`${kind}/${page}/feed.xml`)
        expect(readFileSync(path.join(out, kind, page, 'index.html'), 'utf8')).toContain(`type="application/atom+xml" title="Tin mới`)
      }
    }
    for (const feed of feeds) {
      const text = readFileSync(path.join(out, feed), 'utf8')
      expect(xmlProblem(text), feed).toBeNull()
      for (const [, href] of text.matchAll(/href="([^"]*)"/g)) expect(href!.startsWith(URL_ROOT), `${feed}: ${href}`).toBe(true)
      const dates = [...text.matchAll(/<updated>([^<]+)<\/updated>/g)].map((m) => m[1]!).slice(1)
      expect([...dates].sort().reverse(), feed).toEqual(dates)
    }
    const site = readFileSync(path.join(out, 'feed.xml'), 'utf8')
    expect(site).toContain('<title>Kho &lt;thử&gt; &amp; "test"</title>')
    expect(site.match(/<entry>/g)).toHaveLength(4) // the five seeds, one undated
  })

  it('writes a well-formed sitemap of every page with absolute URLs, and a robots.txt that names it', () => {
    const text = readFileSync(path.join(out, 'sitemap.xml'), 'utf8')
    expect(xmlProblem(text)).toBeNull()
    const locs = [...text.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!)
    const pages = files(out).filter((f) => f.endsWith('index.html'))
    expect(locs).toHaveLength(pages.length)
    for (const loc of locs) expect(loc.startsWith(URL_ROOT)).toBe(true)
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${URL_ROOT}sitemap.xml`)
    expect(files(out)).toContain('404.html')
  })

  it('splits the sitemap into an index past the limit', () => {
    const urls = Array.from({length: 7}, (_, i) => `${URL_ROOT}p/${i}/`)
    const parts = sitemapFiles(urls, URL_ROOT, 3)
    expect(parts.map((p) => p.path)).toEqual(['sitemap.xml', 'sitemaps/sitemap-1.xml', 'sitemaps/sitemap-2.xml', 'sitemaps/sitemap-3.xml'])
    expect(parts[0]!.contents).toContain('<sitemapindex')
    expect([...parts[0]!.contents.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])).toEqual(
      [1, 2, 3].map((n) => `${URL_ROOT}sitemaps/sitemap-${n}.xml`)
    )
    const back = parts.slice(1).flatMap((p) => [...p.contents.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]))
    expect(back).toEqual(urls)
    for (const p of parts) expect(xmlProblem(p.contents)).toBeNull()
    expect(sitemapFiles(urls, URL_ROOT, 7)).toHaveLength(1)
  })

  it('escapes text and attributes by construction, and drops characters XML forbids', () => {
    const text = toXml(x('a', {t: '"<&>\n'}, '</a><b>&amp;\u0001\uFFFF'))
    expect(xmlProblem(text)).toBeNull()
    expect(text).toContain('<a t="&quot;&lt;&amp;&gt;&#10;">&lt;/a&gt;&lt;b&gt;&amp;amp;</a>')
  })
})

describe('data', () => {
  it('writes CSV with a BOM whose row counts equal the JSON\'s', () => {
    const articles = JSON.parse(readFileSync(path.join(out, 'data', 'articles.json'), 'utf8')) as ArticleRecord[]
    const events = JSON.parse(readFileSync(path.join(out, 'data', 'events.json'), 'utf8')) as EventRecord[]
    const articleRows = parseCsv(readFileSync(path.join(out, 'data', 'articles.csv'), 'utf8'))
    expect(articleRows.length - 1).toBe(articles.length)
    expect(articleRows.slice(1).map((r) => r[0])).toEqual(articles.map((a) => a.id))
    const appearances = parseCsv(readFileSync(path.join(out, 'data', 'appearances.csv'), 'utf8'))
    const expected = events.reduce((n, e) => n + e.officials.length, 0)
    expect(appearances.length - 1).toBe(expected)
    expect(appearances[0]).toEqual(APPEARANCE_COLUMNS.map((c) => c.name))
    const kỷ = appearances.find((r) => r[1] === 'Nguyễn Văn Kỷ')!
    expect(kỷ[2]).toBe('Thiếu tướng')
    expect(kỷ[4]).toBe('reporter')
  })

  it('quotes as RFC 4180 says and defuses formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"')
    for (const start of ['=', '+', '-', '@']) expect(csvCell(`${start}HYPERLINK("x")`)).toBe(`"'${start}HYPERLINK(""x"")"`)
    expect(csvCell('=1+1')).toBe("'=1+1")
    expect(csvCell(350)).toBe('350')
    expect(csvCell(null)).toBe('')
    const event = {id: 'e', name: '=cmd', officials: [{slug: 's', name: '@x', role: 'chair', rank: null, positions: ['-a', 'b']}], articles: ['a'], date: null, province: null} as unknown as EventRecord
    const rows = parseCsv(toCsv(APPEARANCE_COLUMNS, appearanceRows([event])))
    expect(rows[1]!.slice(0, 5)).toEqual(['s', "'@x", '', "'-a; b", 'chair'])
  })

  it('describes every file and column on the data page, with the licence line', () => {
    const page = readFileSync(path.join(out, 'data', 'index.html'), 'utf8')
    for (const name of ['articles.csv', 'appearances.csv', 'articles.json', 'events.json', 'officials.json', 'provinces.json', 'topics.json']) {
      expect(page).toContain(`href="/luu-tru/data/${name}"`)
    }
    for (const c of APPEARANCE_COLUMNS) expect(page).toContain(`<code>${c.name}</code>`)
    expect(page).toContain('Giấy phép')
  })
})

describe('JSON-LD', () => {
  function jsonLd(file: string): Record<string, unknown>[] {
    const text = readFileSync(path.join(out, file), 'utf8')
    return [...text.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>)
  }
  const first = (kind: string) => `${kind}/${readdirSync(path.join(out, kind)).find((d) => d !== 'index.html')}/index.html`

  it('parses, with the schema.org types of each page', () => {
    expect(jsonLd(first('articles')).map((d) => d['@type'])).toEqual(['NewsArticle'])
    expect(jsonLd(first('officials')).map((d) => d['@type'])).toEqual(['Person'])
    expect(jsonLd(first('provinces')).map((d) => d['@type'])).toEqual(['Place'])
    const event = jsonLd('events/2024-10-03-binh-dinh-tap-huan/index.html')[0]!
    expect(event['@type']).toBe('Event')
    expect(event.startDate).toBe('2024-10-03')
    expect(event.location).toMatchObject({'@type': 'Place', address: {addressRegion: 'Bình Định', addressCountry: 'VN'}})
    expect((event.performer as {name: string}[]).map((p) => p.name)).toContain('Nguyễn Văn Kỷ')
    expect(event.url).toBe(`${URL_ROOT}events/2024-10-03-binh-dinh-tap-huan/`)
  })

  it('gives a month-precise date at its precision', () => {
    const events = JSON.parse(readFileSync(path.join(out, 'data', 'events.json'), 'utf8')) as EventRecord[]
    const monthly = events.find((e) => e.date?.precision === 'month')
    if (!monthly) return expect(events.some((e) => e.date)).toBe(true)
    expect(jsonLd(`events/${monthly.id}/index.html`)[0]!.startDate).toMatch(/^\d{4}-\d{2}$/)
  })
})
