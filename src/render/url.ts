/**
 * URL checks: the only way a URL from an article or its front matter
 * becomes an `href` or `src`.
 */

/** Tabs and newlines, which browsers delete anywhere in a URL (`java\tscript:`). */
const TAB_OR_NEWLINE = /[\t\n\r]/g
/** Leading C0 controls and spaces, which browsers strip. */
const LEADING_CONTROL = /^[\u0000-\u0020]+/
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/

/** Clean a URL the way a browser would before reading its scheme. */
function browserView(url: string): string {
  return url.replace(TAB_OR_NEWLINE, '').replace(LEADING_CONTROL, '')
}

/**
 * An absolute `http:` or `https:` URL, normalised by the WHATWG parser, or
 * null for anything else (`javascript:`, `data:`, relative, malformed).
 */
export function safeHttpUrl(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null
  const cleaned = browserView(value.trim())
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase()
  if (scheme !== 'http' && scheme !== 'https') return null
  try {
    const url = new URL(cleaned)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
    return url.href
  } catch {
    return null
  }
}

/**
 * Whether a URL found in an article body may stay a link: `http(s)` or
 * relative (no scheme at all). Used by the `rehypeSafeLinks` plugin.
 */
export function isSafeBodyUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false
  const cleaned = browserView(value)
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase()
  if (scheme === undefined) return true
  return scheme === 'http' || scheme === 'https'
}
