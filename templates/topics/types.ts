/** The view data of the topics pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {ArticleSummary, Counted, EventSummary, PagerView} from '../view-types.js'

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
