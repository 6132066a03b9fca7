/** The preview server: serves the folder and nothing outside it. */
import {mkdir, mkdtemp, writeFile} from 'node:fs/promises'
import {request} from 'node:http'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {resolveFile, serve, type Running} from '../../scripts/serve.js'

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
function get(path: string): Promise<{status: number; type: string; body: string}> {
  return new Promise((resolve, reject) => {
    const url = new URL(running.url)
    const req = request({host: url.hostname, port: url.port, path, method: 'GET'}, (res) => {
      let body = ''
      res.on('data', (chunk: Buffer) => (body += chunk.toString()))
      res.on('end', () => resolve({status: res.statusCode ?? 0, type: String(res.headers['content-type'] ?? ''), body}))
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
