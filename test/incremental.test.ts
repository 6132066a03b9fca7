/**
 * Incremental output: a rebuild writes only the files whose bytes changed
 * and hard-links the rest from the previous output. Work is counted (files
 * written, files linked, inodes kept), never timed.
 */
import {cp, mkdtemp, readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/build.js'
import {MANIFEST} from '../src/stages/keep.js'

let root: string
let input: string
let out: string

interface Snapshot {
  bytes: Map<string, string>
  inodes: Map<string, number>
}

/** Every file of the output (the manifest left out): its bytes and inode. */
async function snapshot(dir: string): Promise<Snapshot> {
  const bytes = new Map<string, string>()
  const inodes = new Map<string, number>()
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile() || entry.name === MANIFEST) continue
    const full = path.join(entry.parentPath, entry.name)
    const rel = path.relative(dir, full).split(path.sep).join('/')
    bytes.set(rel, (await readFile(full)).toString('base64'))
    inodes.set(rel, (await stat(full)).ino)
  }
  return {bytes, inodes}
}

/** The pages the last build recorded a view digest for (the search index's entry file left out). */
async function viewPages(): Promise<string[]> {
  const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as {views: Record<string, string>}
  return Object.keys(manifest.views).filter((p) => !p.startsWith('pagefind/')).sort()
}

async function buildOnce(): Promise<BuildResult> {
  return build({input, out, cacheDir: null, workers: 1})
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'archive-incremental-'))
  input = path.join(root, 'articles')
  out = path.join(root, 'dist')
  await cp(path.resolve('seeds'), input, {recursive: true})
})

afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('incremental output', () => {
  let first: Snapshot
  let firstResult: BuildResult

  it('a first build writes every file', async () => {
    firstResult = await buildOnce()
    expect(firstResult.written).toBeGreaterThan(20)
    expect(firstResult.unchanged).toBe(0)
    first = await snapshot(out)
    expect(first.bytes.size).toBe(firstResult.written)
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as {files: string[]; hashes: Record<string, string>}
    expect(Object.keys(manifest.hashes).sort()).toEqual(manifest.files)
  })

  it('a rebuild of the same input writes 0 files and links every one, byte-identical', async () => {
    const result = await buildOnce()
    expect(result.written).toBe(firstResult.written)
    expect(result.unchanged).toBe(result.written)
    const second = await snapshot(out)
    expect(second.bytes).toEqual(first.bytes)
    // The same inodes: nothing was written again.
    expect(second.inodes).toEqual(first.inodes)
    // And no page was even rendered: each was made from the same view data as before (every page that
    // records one: articles, events, officials, provinces, topics, years and the two long lists);
    // nor was the search index built again: its records are the same.
    const pages = await viewPages()
    expect(result.reused).toBe(pages.length)
    for (const kind of ['articles/', 'events/', 'officials/', 'provinces/', 'topics/', 'years/']) {
      expect(pages.filter((p) => p.startsWith(kind) && p !== `${kind}index.html`).length, kind).toBeGreaterThan(0)
    }
    expect(pages).toEqual(expect.arrayContaining(['articles/index.html', 'events/index.html']))
    expect(result.search).toMatchObject({shards: 1, reused: 1, bytes: 0})
  })

  it('after one edit, only the pages that show the article change, and only those are written', async () => {
    const file = path.join(input, '001_723d0a309469e636.txt')
    const text = await readFile(file, 'utf8')
    const title = 'Gắn kết chặt chẽ công tác nhân quyền từ Trung ương đến địa phương'
    expect(text.startsWith(title)).toBe(true)
    await writeFile(file, text.replace(title, 'Gắn kết rất chặt chẽ công tác nhân quyền từ Trung ương đến địa phương'))
    const before = await snapshot(out)
    const result = await buildOnce()
    const after = await snapshot(out)
    const changed = [...after.bytes.keys()].filter((p) => before.bytes.get(p) !== after.bytes.get(p)).sort()
    const relinked = [...after.inodes.keys()].filter((p) => before.inodes.get(p) === after.inodes.get(p))
    // Written again exactly the files whose bytes changed; every other one is the previous inode.
    expect(result.written! - result.unchanged!).toBe(changed.length)
    expect(relinked.length).toBe(result.unchanged)
    for (const p of relinked) expect(changed).not.toContain(p)
    expect(changed.length).toBeGreaterThan(0)
    expect(changed.length).toBeLessThan(after.bytes.size / 2)
    // The article's page and the lists that show it changed; the other articles' pages did not.
    const articles = JSON.parse(await readFile(path.join(out, 'data/articles.json'), 'utf8')) as Array<{id: string; source: {file: string}}>
    const edited = articles.find((a) => a.source.file.startsWith('001_'))!
    expect(changed).toContain(`articles/${edited.id}/index.html`)
    expect(changed).toContain('articles/index.html')
    for (const other of articles.filter((a) => a !== edited)) expect(changed).not.toContain(`articles/${other.id}/index.html`)
    expect(changed).not.toContain('style.css')
    // Rendered again: the edited article's page (its view changed); not rendered: every page whose view did not change.
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as {views: Record<string, string>}
    const pages = await viewPages()
    const records = [...result.archive.articles.map((a) => `articles/${a.id}/index.html`), ...result.archive.events.map((e) => `events/${e.id}/index.html`), ...result.archive.officials.map((o) => `officials/${o.slug}/index.html`)]
    expect(pages).toEqual(expect.arrayContaining(records))
    // Besides the pages, the search index's entry file carries its shard's digest (the seeds' index is one shard).
    expect(Object.keys(manifest.views).sort()).toEqual([...pages, 'pagefind/pagefind-entry.json'].sort())
    // The article's text changed, so its search records did: the index was built again, not kept.
    expect(result.search).toMatchObject({shards: 1, reused: 0})
    const rendered = pages.filter((p) => before.inodes.get(p) !== after.inodes.get(p))
    expect(rendered).toContain(`articles/${edited.id}/index.html`)
    // Not rendered: at most the pages whose bytes did not change; at least those whose feed did not change either
    // (a page's digest covers its feed, so a page beside a changed feed is rendered again, to the same bytes).
    const besideChangedFeed = pages.filter((p) => changed.includes(p.replace(/index\.html$/, 'feed.xml')) && !rendered.includes(p))
    expect(result.reused).toBeLessThanOrEqual(pages.length - rendered.length)
    expect(result.reused).toBeGreaterThanOrEqual(pages.length - rendered.length - besideChangedFeed.length)
    expect(result.reused).toBeGreaterThan(0)
    for (const p of rendered) expect(changed).toContain(p)
    // And what was kept is exactly what a build from nothing makes now: no page kept stale.
    const fresh = path.join(root, 'fresh')
    await build({input, out: fresh, cacheDir: null, workers: 1})
    expect(after.bytes).toEqual((await snapshot(fresh)).bytes)
    await rm(fresh, {recursive: true, force: true})
  })

  it('a cold build (--no-cache) renders every page and indexes every shard again, and still links unchanged bytes', async () => {
    const result = await build({input, out, cacheDir: null, workers: 1, reusePrevious: false})
    expect(result.reused).toBe(0)
    expect(result.search).toMatchObject({reused: 0})
    expect(result.unchanged).toBe(result.written)
  })

  it('renders every page again when what every page shows changes (the site title)', async () => {
    const result = await build({input, out, cacheDir: null, workers: 1, site: {title: 'Một tiêu đề khác'}})
    expect(result.reused).toBe(0)
    const home = await readFile(path.join(out, 'index.html'), 'utf8')
    expect(home).toContain('Một tiêu đề khác')
    await buildOnce()
  })

  it('renders again a page the previous output lost, and reuses the rest', async () => {
    const victim = (await readdir(path.join(out, 'articles'))).find((name) => name !== 'index.html' && name !== 'page')!
    await rm(path.join(out, 'articles', victim, 'index.html'))
    const result = await buildOnce()
    expect(result.written).toBe(firstResult.written)
    expect((await readFile(path.join(out, 'articles', victim, 'index.html'), 'utf8')).length).toBeGreaterThan(100)
    expect(result.reused).toBe((await viewPages()).length - 1)
    // A search index that lost a file is built again, not kept with a hole in it.
    const fragment = (await readdir(path.join(out, 'pagefind', 'fragment')))[0]!
    await rm(path.join(out, 'pagefind', 'fragment', fragment))
    const again = await buildOnce()
    expect(again.search).toMatchObject({shards: 1, reused: 0})
    expect((await readdir(path.join(out, 'pagefind', 'fragment')))).toContain(fragment)
  })
})
