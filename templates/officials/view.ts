/** The officials index (Vietnamese order, letter bar) and an official's page. */
import type {Appearance, OfficialEntry} from '../../src/types.js'
import {compareOldest} from '../../src/render/dates.js'
import {ROLE_LABEL, count} from '../../src/render/labels.js'
import {ALPHABET, compareByGivenName, letterAnchor, letterOf, nameParts} from '../../src/render/names.js'
import type {Site} from '../../src/render/site.js'
import {mapView} from '../map-view.js'
import type {Counted, Link} from '../view-types.js'
import type {AppearanceView, OfficialView, OfficialsIndexView} from './types.js'

/** The latest appearance that gives a position. */
function latestPosition(official: OfficialEntry): string | null {
  const sorted = [...official.appearances].map((a) => ({...a, id: a.article})).sort(compareOldest)
  for (let i = sorted.length - 1; i >= 0; i--) {
    const a = sorted[i]!
    if (a.date && a.positions[0]) return a.positions[0]
  }
  return sorted.find((a) => a.positions[0])?.positions[0] ?? null
}

const givenNameRanks = new WeakMap<Site, Map<string, number>>()

/** Each official's place in the Vietnamese order of given names, computed once per site. */
function givenNameRank(site: Site): Map<string, number> {
  let rank = givenNameRanks.get(site)
  if (!rank) {
    const sorted = [...site.officials.values()].sort((a, b) => compareByGivenName(a.name, b.name) || (a.slug < b.slug ? -1 : 1))
    rank = new Map(sorted.map((o, i) => [o.slug, i]))
    givenNameRanks.set(site, rank)
  }
  return rank
}

export function officialsIndexView(site: Site): OfficialsIndexView {
  const officials = [...site.officials.values()].sort((a, b) => compareByGivenName(a.name, b.name) || (a.slug < b.slug ? -1 : 1))
  const groups = new Map<string, OfficialsIndexView['groups'][number]>()
  for (const o of officials) {
    const letter = letterOf(nameParts(o.name).given)
    const group = groups.get(letter) ?? {letter, anchor: letterAnchor(letter), officials: []}
    group.officials.push({
      link: {href: site.href('official', o.slug), text: o.name},
      rank: o.rank,
      position: latestPosition(o),
      events: o.events.length,
      articles: o.articles.length
    })
    groups.set(letter, group)
  }
  const letters = [...ALPHABET, ...(groups.has('#') ? ['#'] : [])]
  return {
    letters: letters.map((letter) => ({letter, anchor: letterAnchor(letter), present: groups.has(letter)})),
    groups: letters.flatMap((l) => (groups.has(l) ? [groups.get(l)!] : [])),
    total: officials.length
  }
}

/** Group an official's appearances by event; each event keeps what every article said of them. */
function appearanceViews(site: Site, appearances: readonly Appearance[]): AppearanceView[] {
  const byEvent = new Map<string, Appearance[]>()
  for (const a of appearances) byEvent.set(a.event, [...(byEvent.get(a.event) ?? []), a])
  return [...byEvent]
    .map(([id, list]) => ({id, date: site.events.get(id)?.date ?? list.find((a) => a.date)?.date ?? null, list}))
    .sort(compareOldest)
    .map(({id, date, list}) => {
      const slug = site.events.get(id)?.province?.slug ?? list.find((a) => a.province)?.province ?? null
      const province = slug ? site.provinces.get(slug) : undefined
      return {
        date: site.date(date),
        event: site.eventLink(id) ?? {href: site.index('events'), text: 'Sự kiện'},
        province: province ? {href: site.href('province', province.slug), text: province.name} : null,
        reports: list
          .map((a) => ({...a, id: a.article}))
          .sort(compareOldest)
          .map((a) => ({
            article: site.articleLink(a.article) ?? {href: site.index('articles'), text: a.article},
            role: ROLE_LABEL[a.role],
            rank: a.rank,
            positions: a.positions
          }))
      }
    })
}

/**
 * How many people an official's page lists under "appeared with": the ones
 * sharing the most events. One article naming 2,000 officials would
 * otherwise list 1,999 names on each of 2,000 pages (hundreds of MB); the
 * rest are counted in one line.
 */
export const MAX_COMPANIONS = 24

export function officialView(site: Site, official: OfficialEntry): OfficialView {
  const appearances = appearanceViews(site, official.appearances)
  const provinces = new Map<string, number>()
  for (const a of official.appearances) if (a.province) provinces.set(a.province, (provinces.get(a.province) ?? 0) + 1)
  const companions = new Map<string, number>()
  for (const id of official.events) {
    for (const o of site.events.get(id)?.officials ?? []) {
      if (o.slug !== official.slug) companions.set(o.slug, (companions.get(o.slug) ?? 0) + 1)
    }
  }
  const eventsCount = official.events.length
  // Most shared events first, then Vietnamese order of given names (ranked once per site, not per comparison).
  const rank = givenNameRank(site)
  const companionList = [...companions]
    .sort(([a, x], [b, y]) => y - x || (rank.get(a) ?? 0) - (rank.get(b) ?? 0))
    .flatMap(([s, n]): Counted[] => {
      const link = site.officialLink(s)
      return link ? [{link, count: n, unit: 'sự kiện chung'}] : []
    })
  return {
    name: official.name,
    rank: official.rank,
    summary: `Xuất hiện trong ${count(official.articles.length, 'bài báo')} về ${count(eventsCount, 'sự kiện')}, tại ${count(provinces.size, 'tỉnh, thành')}.`,
    appearances: appearances.filter((a) => a.date.iso !== null),
    undated: appearances.filter((a) => a.date.iso === null),
    provinces: site.counted(
      [...provinces].flatMap(([s, n]): [Link, number][] => {
        const p = site.provinces.get(s)
        return p ? [[{href: site.href('province', s), text: p.name}, n]] : []
      }),
      'lần'
    ),
    companions: companionList.slice(0, MAX_COMPANIONS),
    companionsMore: Math.max(companionList.length - MAX_COMPANIONS, 0),
    map: mapView(site, [...provinces].map(([slug, n]) => ({slug, count: n})), {
      caption: `Nơi ${official.name} xuất hiện`,
      unit: 'lần xuất hiện'
    })
  }
}
