/** The home page's view data: what the archive holds and the ways in. */
import {compareVi} from '../../src/text/normalize.js'
import {yearOf} from '../../src/render/dates.js'
import {compareByGivenName} from '../../src/render/names.js'
import type {Site} from '../../src/render/site.js'
import {mapView} from '../map-view.js'
import {timelineView} from '../timeline-view.js'
import type {Link} from '../view-types.js'
import type {HomeView} from './types.js'

/** How many events the home page lists as latest. */
const LATEST = 6
/** How many undated events the home page lists (the rest are on the events index's last pages). */
export const HOME_UNDATED = 10
/** How many officials the home page names (the rest are one click away). */
const TOP_OFFICIALS = 8

export function homeView(site: Site): HomeView {
  const events = site.eventsNewest
  const dated = events.filter((e) => e.date)
  const values = dated.map((e) => e.date!.value).sort()
  const firstValue = values[0]
  const lastValue = values[values.length - 1]
  const firstEvent = dated.find((e) => e.date!.value === firstValue)
  const lastEvent = dated.find((e) => e.date!.value === lastValue)

  const years = new Map<string, number>()
  for (const e of events) {
    const y = yearOf(e.date)
    if (y && /^\d{4}$/.test(y)) years.set(y, (years.get(y) ?? 0) + 1)
  }

  return {
    intro:
      'Kho lưu trữ các bài báo về hội nghị, tập huấn và hội thảo về công tác nhân quyền ở các tỉnh, thành phố: mỗi bài được làm sạch, ghi lại ngày, địa điểm, người tham gia và chuyên đề, và nối với các bài khác đưa tin cùng sự kiện.',
    stats: [
      {value: site.articles.size, label: 'bài báo', href: site.index('articles')},
      {value: site.events.size, label: 'sự kiện', href: site.index('events')},
      {value: site.provinces.size, label: 'tỉnh, thành', href: site.index('provinces')},
      {value: site.officials.size, label: 'nhân vật', href: site.index('officials')},
      {value: site.topics.size, label: 'chuyên đề', href: site.index('topics')}
    ],
    span: firstEvent && lastEvent ? {from: site.date(firstEvent.date), to: site.date(lastEvent.date)} : null,
    latest: dated.slice(0, LATEST).map((e) => site.eventSummary(e)),
    undated: events.filter((e) => !e.date).slice(0, HOME_UNDATED).map((e) => site.eventSummary(e)),
    timeline: timelineView(site, events),
    map: mapView(
      site,
      [...site.provinces.values()].map((p) => ({slug: p.slug, count: p.events.length})),
      {caption: 'Số sự kiện theo tỉnh, thành phố', unit: 'sự kiện'}
    ),
    provinces: site.counted(
      [...site.provinces.values()].map((p): [Link, number] => [{href: site.href('province', p.slug), text: p.name}, p.events.length]),
      'sự kiện'
    ),
    officials: site
      .counted(
        [...site.officials.values()].map((o): [Link, number] => [{href: site.href('official', o.slug), text: o.name}, o.events.length]),
        'sự kiện',
        compareByGivenName
      )
      .slice(0, TOP_OFFICIALS),
    topics: site.counted(
      [...site.topics.values()].map((t): [Link, number] => [{href: site.href('topic', t.slug), text: t.name}, t.events.length]),
      'sự kiện'
    ),
    years: [...years.entries()]
      .sort(([a], [b]) => compareVi(b, a))
      .map(([y, n]) => ({link: {href: site.href('year', y), text: y}, count: n, unit: 'sự kiện'})),
    allOfficials: {href: site.index('officials'), text: `Tất cả ${site.officials.size} nhân vật`}
  }
}
