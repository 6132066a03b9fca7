/**
 * View data that every page kind shares: the layout (`Chrome`, `Page`,
 * `Share`), links and dates, and the components several kinds draw (event
 * and article summaries, people, counts, the map, the timeline, the pager).
 * Each page kind's own view data sits beside its templates, in
 * `templates/<kind>/types.ts`, built by `templates/<kind>/view.ts` from the
 * archive. Templates never see extraction internals (evidence objects, raw
 * records), only text to show and hrefs already built and checked.
 */
import type {ElementContent} from 'hast'

/** A link inside the site (href built from a slug) or to a checked http(s) URL. */
export interface Link {
  href: string
  text: string
}

/** A date to show: the words, and the machine value for `<time datetime>` (null when unknown). */
export interface DateView {
  text: string
  iso: string | null
  /** The compact form for lists (`29/5/2024`); `text` when there is none. */
  short?: string
}

/** What every page shares: the header, footer and assets. */
export interface Chrome {
  siteTitle: string
  home: string
  css: string
  favicon: string
  /** The optional search enhancement (a static script). */
  searchScript: string
  nav: (Link & {key: NavKey})[]
  data: Link[]
}

type NavKey = 'home' | 'events' | 'provinces' | 'officials' | 'topics' | 'years' | 'articles' | 'search' | 'none'

/** A page as templates hand it to the layout. */
export interface Page {
  title: string
  description: string
  /** Which nav item is current. */
  section: NavKey
  /** Breadcrumbs above the h1, root first; empty on the home page. */
  crumbs: Link[]
  main: ElementContent[]
  /** Extra head elements (JSON-LD). */
  head?: ElementContent[]
  /** Whether the page loads the search script. */
  search?: boolean
  /** Where the page is shared from (set by the render stage): canonical URL, Open Graph type, its own Atom feed. */
  share?: Share
}

/** What a page says to sharers and feed readers. */
export interface Share {
  /** The page's canonical URL: absolute when the site's `url` is set. */
  canonical: string
  ogType: 'website' | 'article' | 'profile'
  /** The Atom feed beside the page, if any. */
  feed: Link | null
  /** The whole archive's feed. */
  siteFeed: Link
  /** The data page (linked from every footer). */
  dataPage: Link
}

export interface PersonView {
  name: string
  /** The person's page, when the archive has one. */
  href: string | null
  rank: string | null
  positions: string[]
  role: string
}

export interface EventSummary {
  link: Link
  nameDerived: boolean
  date: DateView
  province: Link | null
  city: string | null
  types: string[]
  articles: number
}

export interface ArticleSummary {
  link: Link
  titleDerived: boolean
  date: DateView
  outlet: string | null
  province: Link | null
}

export interface Counted {
  link: Link
  count: number
  /** What is counted, e.g. `sự kiện`. */
  unit: string
}

export interface TimelineView {
  width: number
  height: number
  /** `label` is `T7`; `year` is shown under the first month and each January; `spoken` is `Tháng 7/2024`. */
  months: {key: string; label: string; year: string | null; spoken: string; count: number; href: string; x: number; barHeight: number; showLabel: boolean}[]
  barWidth: number
  max: number
  /** Dated only to the year, or undated: not on the chart, said in words. */
  note: string | null
}

export interface MapView {
  width: number
  height: number
  country: string
  neighbours: string
  islands: {name: string; x: number; y: number; labelX: number; labelY: number}[]
  points: {x: number; y: number; r: number; count: number; name: string; short: string; href: string; label: {x: number; y: number} | null; highlight: boolean}[]
  /** The map's caption, said in words for screen readers too. */
  caption: string
  /** The site's one `map.svg` (land and sea), drawn under the circles. */
  background: string
  unit: string
}

/** What a province became on 1 July 2025: `before` + the new unit (linked when it has a page) + `after`. */
export interface Since2025View {
  before: string
  name: string
  link: Link | null
  after: string
}

/** Where a page sits in a list split into pages (`templates/pager-view.ts`). */
export interface PagerView {
  /** This page's number, from 1. */
  current: number
  total: number
  prev: string | null
  next: string | null
  pages: (Link & {current: boolean})[]
}
