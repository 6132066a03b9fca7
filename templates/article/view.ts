/** An article page's view data: the story through the processor, and its record. */
import type {ArticleRecord, Evidence, Story, StorySpan} from '../../src/types.js'
import {formatPublished} from '../../src/render/dates.js'
import {scriptJson} from '../../src/render/json.js'
import {compareEvidenceKeys, fieldLabel, ROLE_LABEL, splitEvidenceKey} from '../../src/render/labels.js'
import {storyToHast} from '../../src/render/processor.js'
import type {Site} from '../../src/render/site.js'
import {safeHttpUrl} from '../../src/render/url.js'
import type {ArticleView, EvidenceRow} from './types.js'

/**
 * Where the story's spans may link, as plain data (so a page digest can hash
 * it): each of the article's officials that has a page, by name, and each
 * province the archive has a page for, by slug.
 */
export interface BodyLinks {
  officials: Record<string, string>
  provinces: Record<string, string>
}

function bodyLinks(site: Site, article: ArticleRecord): BodyLinks {
  const officials: Record<string, string> = Object.create(null) as Record<string, string>
  for (const o of article.officials) {
    const name = o.name.normalize('NFC')
    if (site.officials.has(o.slug) && !(name in officials)) officials[name] = site.href('official', o.slug)
  }
  const provinces: Record<string, string> = Object.create(null) as Record<string, string>
  for (const p of site.provinces.values()) provinces[p.slug] = site.href('province', p.slug)
  return {officials, provinces}
}

/** The page a span of the story links to: one of the article's officials, or a province, when it has a page. */
function spanHref(links: BodyLinks): (span: StorySpan) => string | null {
  return (span) => (span.kind === 'official' ? links.officials[span.key] : links.provinces[span.key]) ?? null
}

function place(evidence: Evidence): string {
  return 'frontMatter' in evidence ? `front matter: ${evidence.frontMatter}` : `dòng ${evidence.line}, cột ${evidence.column}`
}

function evidenceDetail(article: ArticleRecord, key: string): string | null {
  const {field, index} = splitEvidenceKey(key)
  if (index === null) return null
  if (field === 'officials') return article.officials[index]?.name ?? null
  if (field === 'topics') return article.topics[index]?.name ?? null
  if (field === 'authors') return article.authors[index] ?? null
  if (field === 'event.organizers' || field === 'organizers') return article.event.organizers[index] ?? null
  return null
}

/** The value a field shows on the page, for an evidence row that has no quote (front matter, or an empty span). */
function shownValue(site: Site, article: ArticleRecord, key: string): string | null {
  const {field, index, part} = splitEvidenceKey(key)
  if (index !== null) {
    if (field === 'officials') {
      const o = article.officials[index]
      if (!o) return null
      if (part === 'rank') return o.rank
      if (part === 'positions') return o.positions.join('; ') || null
      if (part === 'role') return ROLE_LABEL[o.role]
      return o.name
    }
    return evidenceDetail(article, key)
  }
  switch (field) {
    case 'title': return article.title ?? article.displayTitle
    case 'date': return article.date ? site.date(article.date).text : null
    case 'published': return article.published ? formatPublished(article.published) : null
    case 'province': return article.province?.name ?? null
    case 'city': return article.city
    case 'venue': return article.venue
    case 'outlet': return article.source.outlet
    case 'url': return article.source.url
    case 'authors': return article.authors.join(', ') || null
    case 'topics': return article.topics.map((t) => t.name).join('; ') || null
    case 'officials': return article.officials.map((o) => o.name).join(', ') || null
    case 'event.name': case 'event': return article.event.name
    case 'event.types': case 'types': return article.event.types.join(', ') || null
    case 'event.organizers': case 'organizers': return article.event.organizers.join('; ') || null
    case 'event.attendance': case 'attendance': return article.event.attendance === null ? null : String(article.event.attendance)
    default: return null
  }
}

function evidenceRows(site: Site, article: ArticleRecord): EvidenceRow[] {
  return Object.keys(article.evidence)
    .sort(compareEvidenceKeys)
    .map((key) => {
      const evidence = article.evidence[key]!
      return {
        label: fieldLabel(key),
        detail: evidenceDetail(article, key),
        place: place(evidence),
        text: 'frontMatter' in evidence ? '' : evidence.text,
        value: shownValue(site, article, key),
        fromFrontMatter: 'frontMatter' in evidence
      }
    })
}

function jsonLd(article: ArticleRecord, url: string | null): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.displayTitle,
    inLanguage: 'vi'
  }
  if (article.published) data.datePublished = article.published
  if (article.authors.length) data.author = article.authors.map((name) => ({'@type': 'Person', name}))
  if (article.source.outlet) data.publisher = {'@type': 'Organization', name: article.source.outlet}
  if (url) data.url = url
  if (article.province) data.contentLocation = {'@type': 'Place', name: article.province.name}
  if (article.officials.length) data.mentions = article.officials.map((o) => ({'@type': 'Person', name: o.name}))
  return scriptJson(data)
}

/** An article's view data but its body, and what the body is made from: all a page digest needs, without the Markdown. */
export interface ArticleViewParts {
  view: Omit<ArticleView, 'body'>
  story: Story | undefined
  links: BodyLinks
}

/** An article's page; `plain` renders its story as plain text (the fallback when its Markdown fails). */
export function articleView(site: Site, article: ArticleRecord, plain = false): ArticleView {
  return articleBody(articleViewParts(site, article, plain))
}

/** The view, its body made from its parts. */
export function articleBody(parts: ArticleViewParts): ArticleView {
  return {...parts.view, body: parts.story ? storyToHast(parts.story, spanHref(parts.links)) : []}
}

/** The article's view data but its body (the story through the processor), and the body's inputs. */
export function articleViewParts(site: Site, article: ArticleRecord, plain = false): ArticleViewParts {
  const found = site.stories.get(article.id)
  const story = found && plain ? {...found, format: 'txt' as const} : found
  const url = safeHttpUrl(article.source.url)
  const event = site.events.get(article.event.id)
  const alsoReported = (event?.articles ?? [])
    .filter((id) => id !== article.id)
    .map((id) => site.articles.get(id))
    .filter((a): a is ArticleRecord => a !== undefined)
    .map((a) => site.articleSummary(a))
  const view: Omit<ArticleView, 'body'> = {
    title: article.displayTitle,
    titleDerived: article.titleDerived,
    date: site.date(article.date),
    dateBasis: article.date?.basis ?? null,
    published: article.published ? {text: formatPublished(article.published), iso: article.published} : null,
    province: article.province ? site.provinceLink(article.province) ?? {href: site.index('provinces'), text: article.province.name} : null,
    city: article.city,
    venue: article.venue,
    event: {href: site.href('event', article.event.id), text: event?.name ?? article.event.name ?? 'Sự kiện'},
    eventTypes: event?.types ?? article.event.types,
    people: site.people(article.officials),
    topics: article.topics.map((t) => site.topicLink(t.slug) ?? {href: site.index('topics'), text: t.name}),
    authors: article.authors,
    outlet: article.source.outlet,
    source: {file: article.source.file, sha256: article.source.sha256, url},
    alsoReported,
    warnings: article.warnings.map((w) => ({place: `dòng ${w.line}, cột ${w.column}`, message: w.message})),
    evidence: evidenceRows(site, article),
    jsonLd: jsonLd(article, url),
    data: {href: site.hrefs.to('data/articles.json'), text: 'articles.json'}
  }
  return {view, story, links: bodyLinks(site, article)}
}
