/** The view data of the home pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {Counted, DateView, EventSummary, Link, MapView, TimelineView} from '../view-types.js'

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
