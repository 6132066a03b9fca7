/**
 * A tiny static server to preview the built site: `npm run preview`
 * (`node lib/scripts/serve.js dist`), then open the printed address.
 *
 * Serves files from one folder only (no path can leave it), `index.html`
 * for folders, `404.html` for anything missing, with the right content
 * types. Listens on 127.0.0.1; `PORT` picks the port (default 8080, `0`
 * for any free port). Tests import `serve()` directly.
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, resolve, sep} from 'node:path'
import {pathToFileURL} from 'node:url'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8'
}

export interface Running {
  url: string
  server: Server
  close(): Promise<void>
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** The file a URL path names inside `root`, or null (missing, or outside the root). */
export async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const target = resolve(root, `.${decoded.startsWith('/') ? decoded : `/${decoded}`}`)
  if (target !== root && !target.startsWith(root + sep)) return null
  if (await isFile(target)) return target
  const index = join(target, 'index.html')
  if (await isFile(index)) return index
  return null
}

/** Serve `dir` on 127.0.0.1:`port` (0 = any free port). */
export function serve(dir: string, port = 0): Promise<Running> {
  const root = resolve(dir)
  const server = createServer((request, response) => {
    void (async () => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, {Allow: 'GET, HEAD'}).end()
        return
      }
      const path = request.url ?? '/'
      // A folder without its slash: redirect, so relative URLs resolve like on any static host.
      const file = await resolveFile(root, path)
      if (file && file.endsWith(`${sep}index.html`) && !path.split('?')[0]!.endsWith('/') && !path.split('?')[0]!.endsWith('.html')) {
        response.writeHead(301, {Location: `${path.split('?')[0]}/`}).end()
        return
      }
      const notFound = file ? null : join(root, '404.html')
      const chosen = file ?? ((await isFile(notFound!)) ? notFound! : null)
      if (!chosen) {
        response.writeHead(404, {'Content-Type': 'text/plain; charset=utf-8'}).end('Not found\n')
        return
      }
      response.writeHead(file ? 200 : 404, {
        'Content-Type': TYPES[extname(chosen)] ?? 'application/octet-stream',
        'X-Content-Type-Options': 'nosniff',
        'Cache-Control': 'no-cache'
      })
      if (request.method === 'HEAD') response.end()
      else createReadStream(chosen).pipe(response)
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500)
      response.end()
    })
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => {
      const {port: actual} = server.address() as AddressInfo
      resolvePromise({
        url: `http://127.0.0.1:${actual}/`,
        server,
        close: () => new Promise((done) => server.close(() => done()))
      })
    })
  })
}

const invoked = process.argv[1] ? pathToFileURL(resolve(process.argv[1])).href : ''
if (import.meta.url === invoked) {
  const dir = process.argv[2] ?? 'dist'
  const port = Number(process.env.PORT ?? 8080)
  serve(dir, port).then(
    (running) => console.log(`Serving ${resolve(dir)} at ${running.url} (Ctrl+C to stop)`),
    (error: unknown) => {
      console.error(`Cannot serve ${dir}: ${error instanceof Error ? error.message : String(error)}`)
      process.exitCode = 1
    }
  )
}
