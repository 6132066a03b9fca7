/** The view data of the years pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {Counted, EventSummary, Link, PagerView} from '../view-types.js'

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
