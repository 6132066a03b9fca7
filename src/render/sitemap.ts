/**
 * `sitemap.xml` (the sitemaps.org protocol) and `robots.txt`. A sitemap
 * holds at most 50,000 URLs; past that, `sitemap.xml` becomes a sitemap
 * index of `sitemaps/sitemap-<n>.xml` files. Sitemaps need absolute URLs,
 * so they are written only when the site's `url` is set.
 */
import {toXml, x} from './xml.js'

/** The protocol's limit of URLs per sitemap file. */
const SITEMAP_LIMIT = 50_000

const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

/** The sitemap files for `urls` (absolute), with `siteUrl` (ending in `/`) for the index's links. */
export function sitemapFiles(urls: readonly string[], siteUrl: string, limit = SITEMAP_LIMIT): {path: string; contents: string}[] {
  const urlset = (list: readonly string[]) => toXml(x('urlset', {xmlns: NS}, list.map((loc) => x('url', {}, x('loc', {}, loc)))))
  if (urls.length <= limit) return [{path: 'sitemap.xml', contents: urlset(urls)}]
  const parts: {path: string; contents: string}[] = []
  for (let i = 0; i < urls.length; i += limit) {
    parts.push({path: `sitemaps/sitemap-${parts.length + 1}.xml`, contents: urlset(urls.slice(i, i + limit))})
  }
  const index = toXml(x('sitemapindex', {xmlns: NS}, parts.map((p) => x('sitemap', {}, x('loc', {}, new URL(p.path, siteUrl).href)))))
  return [{path: 'sitemap.xml', contents: index}, ...parts]
}

/** `robots.txt`: everything allowed, and where the sitemap is when there is one. */
export function robotsTxt(sitemapUrl: string | null): string {
  return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`
}
