/**
 * View data: what templates receive. Built by `src/render/view/*.ts` from
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

export type NavKey = 'home' | 'events' | 'provinces' | 'officials' | 'topics' | 'years' | 'articles' | 'search' | 'none'

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
  text: string
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
  attendance: number | null
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
  companions: Counted[]
  map: MapView
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
}

export interface YearsIndexView {
  years: {link: Link; count: number; months: Counted[]}[]
  undated: EventSummary[]
}

export interface YearView {
  year: string
  months: {name: string; anchor: string; events: EventSummary[]}[]
  yearOnly: EventSummary[]
  previous: Link | null
  next: Link | null
}

export interface ListView {
  dated: EventSummary[]
  undated: EventSummary[]
}

export interface ArticleListView {
  dated: ArticleSummary[]
  undated: ArticleSummary[]
}
