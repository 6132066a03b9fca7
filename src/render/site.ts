/**
 * The render stage's lookups, built once from the archive: maps by id and
 * slug, and the small view pieces every page uses (links, dates, people,
 * summaries). Holds keys and records, never pages.
 */
import {compareVi} from '../text/normalize.js'
import type {
  ArticleRecord,
  EventDate,
  EventRecord,
  OfficialEntry,
  OfficialRecord,
  ProvinceEntry,
  RenderInput,
  SiteOptions,
  Story,
  TopicEntry
} from '../types.js'
import {compareNewest, formatDateShort, formatEventDate, UNKNOWN_DATE} from './dates.js'
import {ROLE_RANK} from '../knowledge/offices.js'
import {INDEX_LABEL, NAV_KINDS, ROLE_LABEL} from './labels.js'
import {Hrefs, type IndexKind, type PageKind} from './paths.js'
import {compareByGivenName} from './names.js'
import type {ArticleSummary, Chrome, Counted, DateView, EventSummary, Link, PersonView} from '../../templates/view-types.js'

export class Site {
  readonly options: SiteOptions
  readonly hrefs: Hrefs
  readonly articles: ReadonlyMap<string, ArticleRecord>
  readonly events: ReadonlyMap<string, EventRecord>
  readonly officials: ReadonlyMap<string, OfficialEntry>
  readonly provinces: ReadonlyMap<string, ProvinceEntry>
  readonly topics: ReadonlyMap<string, TopicEntry>
  readonly stories: ReadonlyMap<string, Story>
  /** Events newest first, undated last. */
  readonly eventsNewest: readonly EventRecord[]
  /** Articles newest first (by their own date), undated last. */
  readonly articlesNewest: readonly ArticleRecord[]

  constructor(input: RenderInput) {
    this.options = input.options
    this.hrefs = new Hrefs(input.options.base)
    const {archive} = input
    this.articles = new Map(archive.articles.map((a) => [a.id, a]))
    this.events = new Map(archive.events.map((e) => [e.id, e]))
    this.officials = new Map(archive.officials.map((o) => [o.slug, o]))
    this.provinces = new Map(archive.provinces.map((p) => [p.slug, p]))
    this.topics = new Map(archive.topics.map((t) => [t.slug, t]))
    this.stories = input.stories
    this.eventsNewest = [...archive.events].sort(compareNewest)
    this.articlesNewest = [...archive.articles].sort(compareNewest)
  }

  href(kind: PageKind, id: string): string {
    return this.hrefs.page(kind, id)
  }

  index(kind: IndexKind): string {
    return this.hrefs.index(kind)
  }

  /** An href as an absolute URL when the site's `url` is set (canonical links, feeds, sitemap); as it is otherwise. */
  absolute(href: string): string {
    return this.options.url ? new URL(href, this.options.url).href : href
  }

  chrome(): Chrome {
    const nav: Chrome['nav'] = NAV_KINDS.map((key) => ({key, text: INDEX_LABEL[key], href: this.index(key)}))
    return {
      siteTitle: this.options.title,
      home: this.index('home'),
      css: this.hrefs.to('style.css'),
      favicon: this.hrefs.to('favicon.svg'),
      searchScript: this.hrefs.to('search.js'),
      nav,
      data: ['articles', 'events', 'officials', 'provinces', 'topics'].map((name) => ({
        text: `${name}.json`,
        href: this.hrefs.to(`data/${name}.json`)
      }))
    }
  }

  date(date: EventDate | null): DateView {
    return date ? {text: formatEventDate(date), iso: date.value, short: formatDateShort(date.value)} : {text: UNKNOWN_DATE, iso: null}
  }

  /** A link to a province page, or null when the archive has none for it. */
  provinceLink(ref: {slug: string; name: string} | null): Link | null {
    if (!ref || !this.provinces.has(ref.slug)) return null
    return {href: this.href('province', ref.slug), text: ref.name}
  }

  officialLink(slug: string, name?: string): Link | null {
    const entry = this.officials.get(slug)
    return entry ? {href: this.href('official', slug), text: name ?? entry.name} : null
  }

  topicLink(slug: string): Link | null {
    const entry = this.topics.get(slug)
    return entry ? {href: this.href('topic', slug), text: entry.name} : null
  }

  eventLink(id: string): Link | null {
    const event = this.events.get(id)
    return event ? {href: this.href('event', id), text: event.name} : null
  }

  articleLink(id: string): Link | null {
    const article = this.articles.get(id)
    return article ? {href: this.href('article', id), text: article.displayTitle} : null
  }

  eventSummary(event: EventRecord): EventSummary {
    return {
      link: {href: this.href('event', event.id), text: event.name},
      nameDerived: event.nameDerived,
      date: this.date(event.date),
      province: this.provinceLink(event.province),
      city: event.city,
      types: event.types,
      articles: event.articles.length
    }
  }

  articleSummary(article: ArticleRecord): ArticleSummary {
    return {
      link: {href: this.href('article', article.id), text: article.displayTitle},
      titleDerived: article.titleDerived,
      date: this.date(article.date),
      outlet: article.source.outlet,
      province: this.provinceLink(article.province)
    }
  }

  /** People of an article or event, most active role first, then in Vietnamese name order. */
  people(officials: readonly Pick<OfficialRecord, 'slug' | 'name' | 'rank' | 'positions' | 'role'>[]): PersonView[] {
    return [...officials]
      .sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || compareByGivenName(a.name, b.name))
      .map((o) => ({
        name: o.name,
        href: this.officials.has(o.slug) ? this.href('official', o.slug) : null,
        rank: o.rank,
        positions: o.positions,
        role: ROLE_LABEL[o.role]
      }))
  }

  /** Events of a list of ids, split into dated (newest first) and undated. */
  eventsOf(ids: readonly string[]): {dated: EventSummary[]; undated: EventSummary[]} {
    const events = ids.map((id) => this.events.get(id)).filter((e): e is EventRecord => e !== undefined)
    events.sort(compareNewest)
    return {
      dated: events.filter((e) => e.date).map((e) => this.eventSummary(e)),
      undated: events.filter((e) => !e.date).map((e) => this.eventSummary(e))
    }
  }

  /** Counted links sorted by count (desc), then name in Vietnamese order. */
  counted(entries: Iterable<[Link, number]>, unit: string, compareNames: (a: string, b: string) => number = compareVi): Counted[] {
    return [...entries]
      .sort(([la, a], [lb, b]) => b - a || compareNames(la.text, lb.text) || (la.href < lb.href ? -1 : 1))
      .map(([link, count]) => ({link, count, unit}))
  }
}
