/** The preview server: serves the folder and nothing outside it. */
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {parseServeArgs, resolveFile, serve, type Running} from '../../scripts/serve.js'

let root: string
let running: Running

beforeAll(async () => {
  const parent = await mkdtemp(join(tmpdir(), 'serve-'))
  root = join(parent, 'site')
  await mkdir(join(root, 'officials', 'x'), {recursive: true})
  await writeFile(join(root, 'index.html'), '<!DOCTYPE html><title>home</title>')
  await writeFile(join(root, '404.html'), '<!DOCTYPE html><title>404</title>')
  await writeFile(join(root, 'officials', 'x', 'index.html'), '<!DOCTYPE html><title>x</title>')
  await writeFile(join(parent, 'secret.txt'), 'secret')
  running = await serve(root)
})

afterAll(async () => {
  await running?.close()
})

/** A raw GET, path sent as is (no client-side normalisation of `..`). */
function get(path: string, server: Running = running): Promise<{status: number; type: string; body: string; location: string | undefined}> {
  return new Promise((resolve, reject) => {
    const url = new URL(server.url)
    const req = request({host: url.hostname, port: url.port, path, method: 'GET'}, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () =>
        resolve({status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body, location: res.headers.location})
      )
    })
    req.on('error', reject)
    req.end()
  })
}

describe('serve', () => {
  it('serves folders by their index.html, and 404.html for anything missing', async () => {
    expect(await get('/')).toMatchObject({status: 200, type: 'text/html; charset=utf-8'})
    expect((await get('/officials/x/')).body).toContain('<title>x</title>')
    expect((await get('/officials/x')).status).toBe(301)
    expect(await get('/nope/')).toMatchObject({status: 404, body: '<!DOCTYPE html><title>404</title>'})
  })

  it('never serves a file outside its folder', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/officials/../../secret.txt', '/%00']) {
      const response = await get(path)
      expect(response.body, path).not.toContain('secret')
    }
    expect(await resolveFile(root, '/../secret.txt')).toBeNull()
    expect(await resolveFile(root, '/%E0%A4%A')).toBeNull()
  })
})

describe('serve redirects', () => {
  it('redirects a folder without its slash to its path on this site only, never to another host', async () => {
    for (const path of ['//evil.example/..%2fofficials%2fx', '/\\evil.example/..%2fofficials%2fx', '///evil.example/..%2fofficials/x', '/%2f%2fevil.example/..%2fofficials/x']) {
      const response = await get(path)
      expect(response.status, path).toBe(301)
      expect(response.location, path).toBe('/officials/x/')
    }
    expect((await get('//evil.example')).location).toBeUndefined()
  })

  it('keeps the query when it adds the slash', async () => {
    expect(await get('/officials/x?q=Nguy%E1%BB%85n&page=2')).toMatchObject({status: 301, location: '/officials/x/?q=Nguy%E1%BB%85n&page=2'})
  })

  it('does not serve dotfiles: the build\'s manifest, a kept .git', async () => {
    await writeFile(join(root, '.archive-build.json'), '{"generator": "archive-build", "files": []}')
    await mkdir(join(root, '.git'), {recursive: true})
    await writeFile(join(root, '.git', 'config'), '[remote]')
    expect(await get('/.archive-build.json')).toMatchObject({status: 404, body: '<!DOCTYPE html><title>404</title>'})
    expect((await get('/.git/config')).status).toBe(404)
  })
})

describe('preview at the base path', () => {
  it('serves a site built with --base /luu-tru/ at /luu-tru/, and nothing outside it', async () => {
    const sub = await serve(root, 0, {base: '/luu-tru/'})
    try {
      expect(sub.url).toMatch(/\/luu-tru\/$/)
      expect((await get('/luu-tru/', sub)).body).toContain('<title>home</title>')
      expect((await get('/luu-tru/officials/x/', sub)).body).toContain('<title>x</title>')
      expect(await get('/luu-tru/officials/x?q=1', sub)).toMatchObject({status: 301, location: '/luu-tru/officials/x/?q=1'})
      expect(await get('/', sub)).toMatchObject({status: 302, location: '/luu-tru/'})
      expect((await get('/officials/x/', sub)).status).toBe(404)
    } finally {
      await sub.close()
    }
  })

  it('reads `[DIR] [--port P] [--base /sub/]`, PORT still working', () => {
    expect(parseServeArgs([])).toEqual({dir: 'dist', port: 8080, base: '/'})
    expect(parseServeArgs(['out', '--port', '9000', '--base', '/luu-tru/'])).toEqual({dir: 'out', port: 9000, base: '/luu-tru/'})
    expect(parseServeArgs(['site'], {PORT: '0'})).toEqual({dir: 'site', port: 0, base: '/'})
    expect(parseServeArgs(['--port', '81'], {PORT: '0'}).port).toBe(81)
    expect(() => parseServeArgs(['--port', 'x'])).toThrow(/--port "x" is not a port number/)
    expect(() => parseServeArgs(['--base', 'javascript:'])).toThrow(/--base "javascript:" is not a path/)
  })
})
