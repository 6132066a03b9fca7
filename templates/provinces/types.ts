/** The view data of the provinces pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {Counted, EventSummary, Link, MapView, PagerView, Since2025View} from '../view-types.js'

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
