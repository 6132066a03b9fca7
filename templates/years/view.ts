/** The years index and a year's pages, events by month (in pages of RECORD_LIST_SIZE); undated events listed apart. */
import type {EventRecord} from '../../src/types.js'
import {compareOldest, monthName, yearOf} from '../../src/render/dates.js'
import {indexPath, pagePath} from '../../src/render/paths.js'
import type {Site} from '../../src/render/site.js'
import {LIST_PAGE_SIZE, pagedPath, RECORD_LIST_SIZE} from '../pager-view.js'
import type {YearView, YearsIndexView} from './types.js'

/** Dated events by year, each year oldest first. */
export function eventsByYear(site: Site): Map<string, EventRecord[]> {
  const years = new Map<string, EventRecord[]>()
  for (const e of [...site.events.values()].sort(compareOldest)) {
    const y = yearOf(e.date)
    // A year page's path is the year: only four digits make one (anything else is listed as undated).
    if (!y || !/^\d{4}$/.test(y)) continue
    const list = years.get(y)
    if (list) list.push(e)
    else years.set(y, [e])
  }
  return new Map([...years].sort(([a], [b]) => (a < b ? 1 : -1)))
}

/**
 * A year's events as its pages list them: those dated to a month (oldest
 * first, so month by month), then those known only by the year.
 */
export function splitYear(events: readonly EventRecord[]): {byMonth: EventRecord[]; yearOnly: EventRecord[]} {
  const byMonth: EventRecord[] = []
  const yearOnly: EventRecord[] = []
  for (const e of events) (!e.date || e.date.precision === 'year' ? yearOnly : byMonth).push(e)
  return {byMonth, yearOnly}
}

/** The href of a month's heading: on the page of the year that holds the month's first event. */
function monthHref(site: Site, year: string, byMonth: readonly EventRecord[], month: string): string {
  const first = byMonth.findIndex((e) => e.date?.value.slice(5, 7) === month)
  const page = Math.floor(Math.max(first, 0) / RECORD_LIST_SIZE) + 1
  return `${site.hrefs.to(pagedPath(pagePath('year', year), page))}#thang-${month}`
}

/** The most undated events the years index lists; the rest are on the events index. */
export const YEARS_UNDATED = 20

export function yearsIndexView(site: Site): YearsIndexView {
  const years = eventsByYear(site)
  const undated = site.eventsNewest.filter((e) => !e.date || !/^\d{4}/.test(e.date.value))
  const dated = site.eventsNewest.filter((e) => e.date).length
  return {
    years: [...years].map(([year, events]) => {
      const {byMonth} = splitYear(events)
      const months = new Map<string, number>()
      for (const e of byMonth) months.set(e.date!.value.slice(5, 7), (months.get(e.date!.value.slice(5, 7)) ?? 0) + 1)
      return {
        link: {href: site.href('year', year), text: year},
        count: events.length,
        months: [...months]
          .sort(([a], [b]) => (a < b ? -1 : 1))
          .map(([m, n]) => ({link: {href: monthHref(site, year, byMonth, m), text: monthName(Number(m))}, count: n, unit: 'sự kiện'}))
      }
    }),
    undated: undated.slice(0, YEARS_UNDATED).map((e) => site.eventSummary(e)),
    undatedTotal: undated.length,
    // The events index lists the undated after the dated, from this page on.
    undatedMore: {
      href: `${site.hrefs.to(pagedPath(indexPath('events'), Math.floor(dated / LIST_PAGE_SIZE) + 1))}#chua-ro-ngay`,
      text: 'Tất cả sự kiện chưa rõ ngày'
    }
  }
}

/**
 * One page of a year: `events` are the page's slice of the year's list
 * (`splitYear`), grouped by month; `all` is every year, newest first.
 */
export function yearView(site: Site, year: string, events: readonly EventRecord[], all: readonly string[]): YearView {
  const months = new Map<string, EventRecord[]>()
  const {byMonth, yearOnly} = splitYear(events)
  for (const e of byMonth) {
    const m = e.date!.value.slice(5, 7)
    const list = months.get(m)
    if (list) list.push(e)
    else months.set(m, [e])
  }
  const index = all.indexOf(year)
  // `all` is newest first: the previous year is the next item.
  const previous = all[index + 1]
  const next = index > 0 ? all[index - 1] : undefined
  return {
    year,
    months: [...months]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([m, list]) => ({name: monthName(Number(m)), anchor: `thang-${m}`, events: list.map((e) => site.eventSummary(e))})),
    yearOnly: yearOnly.map((e) => site.eventSummary(e)),
    previous: previous ? {href: site.href('year', previous), text: previous} : null,
    next: next ? {href: site.href('year', next), text: next} : null
  }
}
