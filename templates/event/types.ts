/** The view data of the event pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {ArticleSummary, DateView, Link, PersonView} from '../view-types.js'

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
