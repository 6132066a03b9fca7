/** The view data of the lists pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {ArticleSummary, EventSummary, PagerView} from '../view-types.js'

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
