/**
 * View data: what templates receive. Built by each page kind's `templates/<kind>/view.ts` from
 * the archive; templates never see extraction internals (evidence objects,
 * raw records), only text to show and hrefs already built and checked.
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

export interface HomeView {
  intro: string
  stats: {value: number; label: string; href: string}[]
  span: {from: DateView; to: DateView} | null
  latest: EventSummary[]
  undated: EventSummary[]
  timeline: TimelineView
  map: MapView
  provinces: Counted[]
  officials: Counted[]
  topics: Counted[]
  years: Counted[]
  allOfficials: Link
}

export interface EvidenceRow {
  label: string
  detail: string | null
  place: string
  /** The quoted span of the source; empty for front matter. */
  text: string
  /** The value as the page shows it, for rows without a quote. */
  value: string | null
  /** Whether the value was set in the front matter. */
  fromFrontMatter: boolean
}

export interface ArticleView {
  title: string
  titleDerived: boolean
  date: DateView
  dateBasis: string | null
  published: DateView | null
  province: Link | null
  city: string | null
  venue: string | null
  event: Link
  eventTypes: string[]
  people: PersonView[]
  topics: Link[]
  authors: string[]
  outlet: string | null
  source: {file: string; sha256: string; url: string | null}
  body: ElementContent[]
  alsoReported: ArticleSummary[]
  warnings: {place: string; message: string}[]
  evidence: EvidenceRow[]
  jsonLd: string
  data: Link
}

export interface EventView {
  name: string
  nameDerived: boolean
  date: DateView
  province: Link | null
  city: string | null
  venue: string | null
  types: string[]
  organizers: string[]
  /** As the article wrote it: `hơn 350 đại biểu`. */
  attendance: string | null
  people: PersonView[]
  topics: Link[]
  articles: ArticleSummary[]
}

/** What a province became on 1 July 2025: `before` + the new unit (linked when it has a page) + `after`. */
export interface Since2025View {
  before: string
  name: string
  link: Link | null
  after: string
}

export interface ProvincesIndexView {
  total: number
  regions: {name: string; anchor: string; provinces: {link: Link; kind: string; events: number; articles: number; since2025: Since2025View | null}[]}[]
  map: MapView
}

export interface ProvinceView {
  name: string
  kind: string
  region: string
  since2025: Since2025View | null
  events: EventSummary[]
  undated: EventSummary[]
  officials: Counted[]
  topics: Counted[]
  articles: number
  map: MapView
  /** When the lists are one page of longer ones: the number of events in all pages, and the pager. */
  total?: number
  pager?: PagerView | null
}

export interface OfficialsIndexView {
  letters: {letter: string; anchor: string; present: boolean}[]
  groups: {letter: string; anchor: string; officials: {link: Link; rank: string | null; position: string | null; events: number; articles: number}[]}[]
  total: number
}

/** One event an official appeared at, with what each article reported of them. */
export interface AppearanceView {
  date: DateView
  event: Link
  province: Link | null
  reports: {article: Link; role: string; rank: string | null; positions: string[]}[]
}

export interface OfficialView {
  name: string
  rank: string | null
  summary: string
  appearances: AppearanceView[]
  undated: AppearanceView[]
  provinces: Counted[]
  /** The people sharing the most events with them (at most `MAX_COMPANIONS`). */
  companions: Counted[]
  /** How many more people they appeared with, not listed. */
  companionsMore: number
  map: MapView
  /** When the lists are one page of longer ones: the number of events in all pages, and the pager. */
  total?: number
  pager?: PagerView | null
}

export interface TopicsIndexView {
  topics: Counted[]
}

export interface TopicView {
  name: string
  events: EventSummary[]
  undated: EventSummary[]
  articles: ArticleSummary[]
  provinces: Counted[]
  /** When the lists are one page of longer ones: the number of events in all pages, and the pager. */
  total?: number
  pager?: PagerView | null
}

export interface YearsIndexView {
  years: {link: Link; count: number; months: Counted[]}[]
  /** The first `YEARS_UNDATED` undated events; `undatedTotal` of them in all, the rest at `undatedMore`. */
  undated: EventSummary[]
  undatedTotal?: number
  undatedMore?: Link
}

export interface YearView {
  year: string
  months: {name: string; anchor: string; events: EventSummary[]}[]
  yearOnly: EventSummary[]
  previous: Link | null
  next: Link | null
  /** The year's number of events, when this view is one page of it. */
  total?: number
  pager?: PagerView | null
}

export interface ListView {
  dated: EventSummary[]
  undated: EventSummary[]
  /** The whole list's length, when this view is one page of it. */
  total?: number
  pager?: PagerView | null
}

export interface ArticleListView {
  dated: ArticleSummary[]
  undated: ArticleSummary[]
  /** The whole list's length, when this view is one page of it. */
  total?: number
  pager?: PagerView | null
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

/** One downloadable data file, described for the data page. */
export interface DataFileView {
  link: Link
  format: 'JSON' | 'CSV'
  description: string
  /** The columns of a CSV file; empty for JSON (see the records contract). */
  columns: {name: string; description: string}[]
}

export interface DataPageView {
  files: DataFileView[]
  license: string
  /** The records contract in the project, for the JSON's fields. */
  feed: Link
}
