/**
 * The dev server: `npm run dev -- --input DIR [--port P] [--base /sub/]`.
 *
 * Keeps the archive in memory (`archive.ts`), watches the articles folder
 * and `templates/` (the CSS), rebuilds what changed and serves the site on
 * 127.0.0.1 from memory, rendering each page when it is first asked for.
 * HTML responses get one script, `__dev/reload.js`, which listens on the
 * event stream `__dev/events` and reloads the page after a rebuild. That
 * script exists only here: a build never writes it. Nothing is written to
 * the output folder; the per-article cache is the only thing on disk.
 *
 * Paths: served at the base path (`/` redirects to it), a folder asked for
 * without its slash is redirected within the site, and a path with a `..`,
 * a dotfile segment or a NUL is refused (404): nothing outside the site is
 * ever served.
 */
import {existsSync} from 'node:fs'
import {createServer, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {forgetTemplateAssets} from '../render/assets.js'
import {normalizeBase} from '../render/paths.js'
import {siteRequest} from '../render/request.js'
import type {SiteOptions} from '../types.js'
import {DevArchive, type Rebuild} from './archive.js'
import {watchFolder, type Watched} from './watch.js'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8'
}

/** The browser side of live reload: reload after a rebuild, and after the server came back. */
const RELOAD_SCRIPT = `(() => {
  const events = new EventSource(new URL('events', document.currentScript.src));
  let lost = false;
  events.addEventListener('rebuild', () => location.reload());
  events.addEventListener('error', () => { lost = true; });
  events.addEventListener('open', () => { if (lost) location.reload(); });
})();
`

export interface DevOptions {
  input: string
  /** 0 picks a free port. */
  port: number
  site: SiteOptions
  cacheDir: string | null
  /** The folder of `templates/` to watch for CSS changes; none when null. */
  templates?: string | null
  /** Told about each rebuild (the CLI prints it). */
  log?: (line: string) => void
  /**
   * Called when a template's code (`templates/*.ts`) changed: compiled
   * modules cannot be loaded again in place, so `npm run dev` restarts its
   * server process. Without it, the change is logged.
   */
  onCodeChange?: (paths: string[]) => void
}

export interface DevServer {
  url: string
  archive: DevArchive
  /** Rebuilds done since the start (the first load counts). */
  rebuilds: number
  /** What the last rebuild did. */
  last: Rebuild
  close(): Promise<void>
}

/** The project's `templates/` folder (the one holding `style.css`, not `lib/templates/`), or null. */
export function templatesFolder(): string | null {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    if (existsSync(path.join(dir, 'templates', 'style.css'))) return path.join(dir, 'templates')
    const parent = path.dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

/** The output path a site path names, or null when it is refused (a `..`, a dotfile, a NUL, bad escapes). */
export function sitePath(inSite: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(inSite)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  const parts = decoded.split('/').filter((p, i, all) => p !== '' || i === all.length - 1)
  if (parts.some((p) => p === '..' || p === '.' || (p.startsWith('.') && p !== ''))) return null
  const joined = parts.join('/')
  return joined === '' || joined.endsWith('/') ? `${joined}index.html` : joined
}

function describe(rebuild: Rebuild): string {
  return `${rebuild.articles} articles (${rebuild.processed} processed), ${rebuild.problems} warnings, in ${Math.round(rebuild.ms)} ms`
}

/** Start the dev server; resolves once the archive is loaded and the port is open. */
export async function startDev(options: DevOptions): Promise<DevServer> {
  const base = normalizeBase(options.site.base)
  const site = {...options.site, base}
  const archive = new DevArchive({input: options.input, site, cacheDir: options.cacheDir})
  const log = options.log ?? (() => {})
  const loaded = await archive.load()
  log(`Loaded ${describe(loaded)}`)
  const clients = new Set<ServerResponse>()
  const state: DevServer = {url: '', archive, rebuilds: 1, last: loaded, close: async () => {}}
  const announce = (): void => {
    state.rebuilds++
    for (const client of clients) client.write(`event: rebuild\ndata: ${archive.generation}\n\n`)
  }

  // Changes are applied one burst at a time, in order.
  let queue: Promise<void> = Promise.resolve()
  const watchers: Watched[] = [
    watchFolder(options.input, (paths) => {
      queue = queue.then(async () => {
        const rebuild = await archive.update(paths)
        state.last = rebuild
        log(`Rebuilt ${describe(rebuild)}`)
        announce()
      }).catch((error: unknown) => log(`Rebuild failed: ${error instanceof Error ? error.message : String(error)}`))
    })
  ]
  if (options.templates) {
    watchers.push(watchFolder(options.templates, (paths) => {
      forgetTemplateAssets()
      archive.refresh()
      const code = paths.filter((p) => p.endsWith('.ts'))
      if (code.length > 0 && options.onCodeChange) {
        options.onCodeChange(code)
        return
      }
      if (code.length > 0) log(`Templates changed (${code.join(', ')}): restart \`npm run dev\` to load them`)
      else log('CSS changed')
      announce()
    }))
  }

  const server = createServer(async (request, response) => {
    try {
      const read = siteRequest(request, response, base)
      if (!read) return
      const {query} = read
      const {inSite} = read
      if (inSite === '__dev/events') {
        response.writeHead(200, {'Content-Type': 'text/event-stream', 'Cache-Control': 'no-cache', Connection: 'keep-alive'})
        response.write(`retry: 500\n\n`)
        clients.add(response)
        request.on('close', () => clients.delete(response))
        return
      }
      if (inSite === '__dev/reload.js') {
        send(response, request.method, 200, '.js', RELOAD_SCRIPT)
        return
      }
      const target = inSite === null ? null : sitePath(inSite)
      const file = target === null ? null : (archive.file(target) ?? (await archive.searchFile(target)))
      if (!file && target !== null && !target.endsWith('index.html') && archive.file(`${target}/index.html`)) {
        response.writeHead(301, {Location: `${base}${encodeURI(target)}/${query}`}).end()
        return
      }
      const chosen = file ?? archive.file('404.html')
      if (!chosen) {
        send(response, request.method, 404, '.txt', 'Not found\n')
        return
      }
      const ext = path.posix.extname(chosen.path)
      const contents = ext === '.html' ? withReload(String(chosen.contents), base) : chosen.contents
      send(response, request.method, file ? 200 : 404, ext, contents)
    } catch (error) {
      log(`Request failed: ${error instanceof Error ? error.message : String(error)}`)
      if (!response.headersSent) response.writeHead(500)
      response.end()
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', resolve)
  })
  const {port} = server.address() as AddressInfo
  state.url = `http://127.0.0.1:${port}${base}`
  state.close = async () => {
    for (const watcher of watchers) watcher.close()
    for (const client of clients) client.end()
    await queue
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  return state
}

function send(response: ServerResponse, method: string | undefined, status: number, ext: string, contents: string | Uint8Array): void {
  response.writeHead(status, {
    'Content-Type': TYPES[ext] ?? 'application/octet-stream',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-cache'
  })
  response.end(method === 'HEAD' ? undefined : contents)
}

/** The page with the live-reload script before `</body>` (dev only). */
export function withReload(html: string, base: string): string {
  const tag = `<script src="${base}__dev/reload.js"></script>`
  const at = html.lastIndexOf('</body>')
  return at === -1 ? html + tag : html.slice(0, at) + tag + html.slice(at)
}
