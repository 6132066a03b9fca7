/**
 * The dev server: serves the archive from memory at its base path, rebuilds
 * after an edit (only the edited article is processed again) and tells the
 * browser, refuses paths outside the site, and injects its reload script
 * only into what it serves. Rebuilds are awaited by polling a bounded number
 * of times; nothing is timed.
 */
import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build, DEFAULT_SITE} from '../src/build.js'
import {DevArchive} from '../src/dev/archive.js'
import {MANIFEST} from '../src/stages/keep.js'
import {startDev, sitePath, type DevServer} from '../src/dev/server.js'
import {renderSite} from '../src/stages/render.js'
import type {OutputFile} from '../src/types.js'

let root: string
let input: string
let dev: DevServer

/** GET a raw path (not normalised by a URL parser): status, location and body. */
function get(rawPath: string): Promise<{status: number; location: string | undefined; body: string}> {
  const url = new URL(dev.url)
  return new Promise((resolve, reject) => {
    const req = request({host: url.hostname, port: url.port, path: rawPath, method: 'GET'}, (res) => {
      let body = ''
      res.setEncoding('utf8')
      res.on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({status: res.statusCode ?? 0, location: res.headers.location, body}))
    })
    req.on('error', reject)
    req.end()
  })
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'archive-dev-'))
  input = path.join(root, 'articles')
  await cp(path.resolve('seeds'), input, {recursive: true})
  dev = await startDev({input, port: 0, site: {...DEFAULT_SITE, base: '/luu-tru/'}, cacheDir: null})
})

afterAll(async () => {
  await dev?.close()
  await rm(root, {recursive: true, force: true})
})

describe('dev server', () => {
  it('serves the home page at the base path, with the reload script', async () => {
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/luu-tru\/$/)
    const home = await get('/luu-tru/')
    expect(home.status).toBe(200)
    expect(home.body).toContain('<script src="/luu-tru/__dev/reload.js"></script></body>')
    expect((await get('/')).location).toBe('/luu-tru/')
    const script = await get('/luu-tru/__dev/reload.js')
    expect(script.body).toContain("new EventSource(new URL('events'")
  })

  it('redirects a folder without its slash within the site', async () => {
    const res = await get('/luu-tru/provinces')
    expect(res.status).toBe(301)
    expect(res.location).toBe('/luu-tru/provinces/')
  })

  it('refuses paths outside the site', async () => {
    for (const raw of ['/luu-tru/../package.json', '/luu-tru/%2e%2e/package.json', '/luu-tru/..%2fpackage.json', '/luu-tru/.archive-build.json', '/package.json']) {
      const res = await get(raw)
      expect(res.status, raw).toBe(404)
      expect(res.body, raw).not.toContain('"name"')
    }
    expect(sitePath('a/../../b')).toBeNull()
    expect(sitePath('%00')).toBeNull()
    expect(sitePath('')).toBe('index.html')
  })

  it('rebuilds after an article changes, processing only that article, and the page shows it', async () => {
    const file = path.join(input, '001_723d0a309469e636.txt')
    const text = await readFile(file, 'utf8')
    const title = 'Gắn kết chặt chẽ công tác nhân quyền từ Trung ương đến địa phương'
    const newTitle = 'Tiêu đề mới khi đang xem trước'
    const before = (await get('/luu-tru/articles/')).body
    expect(before).toContain(title)
    expect(before).not.toContain(newTitle)
    const rebuilds = dev.rebuilds
    await writeFile(file, text.replace(title, newTitle))
    for (let i = 0; i < 200 && dev.rebuilds === rebuilds; i++) await new Promise((resolve) => setTimeout(resolve, 50))
    expect(dev.rebuilds).toBeGreaterThan(rebuilds)
    expect(dev.last.processed).toBe(1)
    expect(dev.last.articles).toBe(5)
    const after = (await get('/luu-tru/articles/')).body
    expect(after).toContain(newTitle)
    expect(after).not.toContain(title)
  })

  it('after an edit, indexes again only the search shards whose records changed, keeping the others in memory', {timeout: 60_000}, async () => {
    const folder = path.join(root, 'shards')
    await cp(path.resolve('seeds'), folder, {recursive: true})
    const archive = new DevArchive({input: folder, site: DEFAULT_SITE, cacheDir: null, searchShard: 5})
    await archive.load()
    const list = JSON.parse(String((await archive.searchFile('pagefind/shards.json'))!.contents)) as {shards: {folder: string}[]}
    expect(list.shards.length).toBeGreaterThan(2)
    const entries = async (): Promise<Map<string, OutputFile>> =>
      new Map(await Promise.all(list.shards.map(async (s) => [s.folder, (await archive.searchFile(`pagefind/${s.folder}/pagefind-entry.json`))!] as const)))
    const before = await entries()
    // An undated seed's text changes: its record changes, and so does no dated article's or event's.
    const file = path.join(folder, '003_422f32a2dd28f114.txt')
    const text = await readFile(file, 'utf8')
    await writeFile(file, text.replace('nhân quyền', 'nhân quyền và dân chủ'))
    await archive.update(['003_422f32a2dd28f114.txt'])
    const after = await entries()
    const kept = list.shards.filter((s) => after.get(s.folder) === before.get(s.folder)).map((s) => s.folder)
    const remade = list.shards.filter((s) => after.get(s.folder) !== before.get(s.folder)).map((s) => s.folder)
    expect(remade.length).toBeGreaterThan(0)
    expect(kept.length).toBeGreaterThan(0)
    // A kept shard's files are the very objects of the last index; a remade one's digest changed.
    for (const s of remade) expect(after.get(s)!.view).not.toBe(before.get(s)!.view)
    for (const s of kept) expect(after.get(s)!.view).toBe(before.get(s)!.view)
  })

  it('never puts the reload script in a built page', () => {
    for (const file of renderSite({archive: {articles: [], events: [], officials: [], provinces: [], topics: []}, stories: new Map(), options: DEFAULT_SITE})) {
      expect(String(file.contents), file.path).not.toContain('__dev')
    }
  })

  it('renders, page by page, exactly the files a build writes', async () => {
    const out = path.join(root, 'built')
    await build({input: path.resolve('seeds'), out, cacheDir: null, workers: 1})
    const archive = new DevArchive({input: path.resolve('seeds'), site: DEFAULT_SITE, cacheDir: null})
    await archive.load()
    const files = (await readdir(out, {recursive: true, withFileTypes: true})).filter((e) => e.isFile() && e.name !== MANIFEST)
    expect(files.length).toBeGreaterThan(20)
    for (const entry of files) {
      const rel = path.relative(out, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
      const file = archive.file(rel) ?? (await archive.searchFile(rel))
      expect(file, rel).not.toBeNull()
      expect(Buffer.from(file!.contents).equals(await readFile(path.join(out, rel))), rel).toBe(true)
    }
    // Each page's files were rendered once: a page's later pages and feed come with it.
    expect(archive.renders).toBeLessThan(files.length)
  })
})
