/**
 * The first steps both servers (the preview, `scripts/serve.ts`, and the
 * dev server, `src/dev/server.ts`) take with a request: only GET and HEAD;
 * the path split from its query; the site's root without its base path
 * redirected to the base. Pure of the disk: each server then finds the
 * file its own way.
 */
import type {IncomingMessage, ServerResponse} from 'node:http'

/** A request's path in the site's terms. */
export interface SiteRequest {
  /** The path as requested, without the query. */
  pathname: string
  /** `?…` as requested (kept across redirects), or `''`. */
  query: string
  /** The path below the base, without a leading slash (`articles/x/`), or null when outside the base. */
  inSite: string | null
}

/** Read a request against `base` (`/` or `/sub/`); null when it was answered here (405, or the redirect to the base). */
export function siteRequest(request: IncomingMessage, response: ServerResponse, base: string): SiteRequest | null {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, {Allow: 'GET, HEAD'}).end()
    return null
  }
  const raw = request.url ?? '/'
  const queryAt = raw.search(/[?#]/)
  const pathname = queryAt === -1 ? raw : raw.slice(0, queryAt)
  const query = queryAt !== -1 && raw[queryAt] === '?' ? (raw.slice(queryAt).split('#')[0] ?? '') : ''
  if (base !== '/' && (pathname === '/' || pathname === base.slice(0, -1))) {
    response.writeHead(302, {Location: base + query}).end()
    return null
  }
  return {pathname, query, inSite: pathname.startsWith(base) ? pathname.slice(base.length) : null}
}
