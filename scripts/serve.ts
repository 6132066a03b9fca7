/**
 * A tiny static server to preview the built site:
 * `npm run preview -- [DIR] [--port P] [--base /sub/]`, then open the
 * printed address.
 *
 * Serves files from one folder only (no path can leave it; dotfiles such as
 * the build's manifest are not served), at the site's base path (a site
 * built with `--base /luu-tru/` previews at `/luu-tru/`), `index.html` for
 * folders, `404.html` for anything missing, with the right content types.
 * A folder asked for without its slash is redirected to its canonical path
 * on this site, query kept: never to another host. Listens on 127.0.0.1;
 * `--port` (or `PORT`) picks the port (default 8080, `0` for any free
 * port). Tests import `serve()` directly.
 */
import {createReadStream} from 'node:fs'
import {stat} from 'node:fs/promises'
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {extname, join, relative, resolve, sep} from 'node:path'
import {parseArgs} from 'node:util'
import {pathToFileURL} from 'node:url'
import {normalizeBase, UnsafeSegmentError} from '../src/render/paths.js'
import {siteRequest} from '../src/render/request.js'

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
  // Dotfiles (the build's manifest, a `.git` kept in the output) are not part of the site.
  if (relative(root, target).split(sep).some((part) => part.startsWith('.') && part !== '.well-known')) return null
  if (await isFile(target)) return target
  const index = join(target, 'index.html')
  if (await isFile(index)) return index
  return null
}

export interface ServeOptions {
  /** The path the site is served under, as it was built (`--base`). Default `/`. */
  base?: string
}

/** The path of a folder on the site: `base` + its segments, each percent-encoded, with a trailing slash. */
function folderPath(root: string, base: string, folder: string): string {
  const parts = relative(root, folder).split(sep).filter((p) => p !== '')
  return base + parts.map((p) => `${encodeURIComponent(p)}/`).join('')
}

/** Serve `dir` on 127.0.0.1:`port` (0 = any free port), at `options.base`. */
export function serve(dir: string, port = 0, options: ServeOptions = {}): Promise<Running> {
  const root = resolve(dir)
  const base = normalizeBase(options.base)
  const server = createServer((request, response) => {
    void (async () => {
      const read = siteRequest(request, response, base)
      if (!read) return
      const {pathname, query} = read
      const inSite = read.inSite === null ? null : `/${read.inSite}`
      const file = inSite === null ? null : await resolveFile(root, inSite)
      // A folder without its slash: redirect to its path on this site (never another host), query kept.
      if (file && file.endsWith(`${sep}index.html`) && !pathname.endsWith('/') && !pathname.endsWith('.html')) {
        response.writeHead(301, {Location: folderPath(root, base, file.slice(0, -`${sep}index.html`.length)) + query}).end()
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
        url: `http://127.0.0.1:${actual}${base}`,
        server,
        close: () => new Promise((done) => server.close(() => done()))
      })
    })
  })
}

/** What `npm run preview -- [DIR] [--port P] [--base /sub/]` asks for; throws a one-line Error on bad arguments. */
export function parseServeArgs(argv: string[], env: NodeJS.ProcessEnv = {}): {dir: string; port: number; base: string} {
  const {values, positionals} = parseArgs({
    args: argv,
    options: {port: {type: 'string'}, base: {type: 'string', default: '/'}},
    allowPositionals: true,
    strict: true
  })
  if (positionals.length > 1) throw new Error(`give one folder to serve, not ${positionals.length}`)
  const portText = values.port ?? env.PORT ?? '8080'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) throw new Error(`--port ${JSON.stringify(portText)} is not a port number (0 to 65535)`)
  try {
    normalizeBase(values.base)
  } catch (error) {
    if (error instanceof UnsafeSegmentError) throw new Error(`--base ${JSON.stringify(values.base)} is not a path a site can be served under (e.g. /luu-tru/)`)
    throw error
  }
  return {dir: positionals[0] ?? 'dist', port, base: values.base}
}

const invoked = process.argv[1] ? pathToFileURL(resolve(process.argv[1])).href : ''
if (import.meta.url === invoked) {
  let args
  try {
    args = parseServeArgs(process.argv.slice(2), process.env)
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\nUsage: npm run preview -- [DIR] [--port P] [--base /sub/]`)
    process.exit(2)
  }
  const {dir, port, base} = args
  serve(dir, port, {base}).then(
    (running) => console.log(`Serving ${resolve(dir)} at ${running.url} (Ctrl+C to stop)`),
    (error: unknown) => {
      console.error(`Cannot serve ${dir}: ${error instanceof Error ? error.message : String(error)}`)
      process.exitCode = 1
    }
  )
}
