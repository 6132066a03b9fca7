/** The view data of the article pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {ElementContent} from 'hast'
import type {ArticleSummary, DateView, Link, PersonView} from '../view-types.js'

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
