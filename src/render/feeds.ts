/**
 * Atom feeds: one for the whole archive (`feed.xml`) and one beside each
 * province, official, topic and year page. Entries are the articles,
 * newest first by the date of their event, at most `FEED_LIMIT`; undated
 * articles are left out (a feed is read in date order). URLs are absolute
 * when the site's `url` is set. No clock is read: a feed's `updated` is
 * its newest entry's.
 */
import type {ArticleRecord} from '../types.js'
import {compareNewest} from './dates.js'
import type {Site} from './site.js'
import {toXml, x, type XmlElement} from './xml.js'

/** The most entries a feed holds: enough for a reader to catch up, small enough to fetch often. */
const FEED_LIMIT = 50

/** `YYYY`, `YYYY-MM`, `YYYY-MM-DD` or an ISO date-time as an RFC 3339 date-time (midnight UTC when no time is known). */
function atomDate(value: string): string {
  if (/^\d{4}$/.test(value)) return `${value}-01-01T00:00:00Z`
  if (/^\d{4}-\d{2}$/.test(value)) return `${value}-01T00:00:00Z`
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`
  const match = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2})?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value)
  if (!match) return `${value.slice(0, 10)}T00:00:00Z`
  const zone = match[4] ?? '+07:00'
  return `${match[1]}T${match[2]}${match[3] ?? ':00'}${zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`
}

function entry(site: Site, article: ArticleRecord): XmlElement {
  const href = site.absolute(site.href('article', article.id))
  const event = site.events.get(article.event.id)
  const summary = [site.date(article.date).text, article.province?.name, event?.name].filter(Boolean).join(' · ')
  const when = atomDate(article.published ?? article.date!.value)
  return x('entry', {},
    x('title', {}, article.displayTitle),
    x('link', {rel: 'alternate', type: 'text/html', href}),
    x('id', {}, href),
    x('published', {}, when),
    x('updated', {}, when),
    article.authors.length
      ? article.authors.map((name) => x('author', {}, x('name', {}, name)))
      : x('author', {}, x('name', {}, article.source.outlet ?? site.options.title)),
    x('summary', {}, summary),
    ...article.topics.map((t) => x('category', {term: t.slug, label: t.name}))
  )
}

/**
 * The Atom feed of `articles` for the page at `pageHref`, written to
 * `feedHref`: `title` names what it follows.
 */
export function atomFeed(site: Site, title: string, pageHref: string, feedHref: string, articleIds: Iterable<string>): string {
  const articles = [...new Set(articleIds)]
    .map((id) => site.articles.get(id))
    .filter((a): a is ArticleRecord => a !== undefined && a.date !== null)
    .sort(compareNewest)
    .slice(0, FEED_LIMIT)
  const entries = articles.map((a) => entry(site, a))
  const newest = entries[0]?.children.find((c): c is XmlElement => typeof c !== 'string' && c.name === 'updated')
  const updated = typeof newest?.children[0] === 'string' ? newest.children[0] : '1970-01-01T00:00:00Z'
  const feedUrl = site.absolute(feedHref)
  return toXml(
    x('feed', {xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'vi'},
      x('title', {}, title === site.options.title ? title : `${title} · ${site.options.title}`),
      site.options.description ? x('subtitle', {}, site.options.description) : null,
      x('link', {rel: 'self', type: 'application/atom+xml', href: feedUrl}),
      x('link', {rel: 'alternate', type: 'text/html', href: site.absolute(pageHref)}),
      x('id', {}, feedUrl),
      x('updated', {}, updated),
      x('author', {}, x('name', {}, site.options.title)),
      x('generator', {}, 'tin-nhan-quyen-archive'),
      ...entries
    )
  )
}
