/** The view data of the officials pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {Counted, DateView, Link, MapView, PagerView} from '../view-types.js'

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
