/** The provinces index (by region) and a province's page. */
import {compareVi} from '../../src/text/normalize.js'
import type {ProvinceEntry} from '../../src/types.js'
import {KIND_LABEL} from '../../src/render/labels.js'
import {compareByGivenName} from '../../src/render/names.js'
import {REGION_ORDER} from '../../src/render/places.js'
import type {Site} from '../../src/render/site.js'
import {slug} from '../../src/text/slug.js'
import {mapView} from '../map-view.js'
import type {Link, Since2025View} from '../view-types.js'
import type {ProvinceView, ProvincesIndexView} from './types.js'

/** What a province became on 1 July 2025, in words (after the date, which the templates say). */
function since2025View(site: Site, province: ProvinceEntry): Since2025View | null {
  const s = province.since2025
  if (!s) return null
  const link = site.provinces.has(s.slug) && s.slug !== province.slug ? {href: site.href('province', s.slug), text: s.name} : null
  if (s.slug === province.slug) {
    return s.mergedWith.length
      ? {before: `hợp nhất với ${s.mergedWith.join(', ')}, giữ tên `, name: s.name, link: null, after: ''}
      : {before: 'giữ nguyên', name: '', link: null, after: ''}
  }
  const others = s.mergedWith.filter((name) => name !== province.name && name !== s.name)
  return {before: 'nhập vào ', name: s.name, link, after: others.length ? ` (cùng ${others.join(', ')})` : ''}
}

function regionRank(region: string): number {
  const i = REGION_ORDER.indexOf(region)
  return i === -1 ? REGION_ORDER.length : i
}

export function provincesIndexView(site: Site): ProvincesIndexView {
  const byRegion = new Map<string, ProvinceEntry[]>()
  for (const p of site.provinces.values()) byRegion.set(p.region, [...(byRegion.get(p.region) ?? []), p])
  const regions = [...byRegion.entries()]
    .sort(([a], [b]) => regionRank(a) - regionRank(b) || compareVi(a, b))
    .map(([name, provinces]) => ({
      name,
      anchor: `vung-${slug(name, 'khac')}`,
      provinces: provinces
        .sort((a, b) => compareVi(a.name, b.name))
        .map((p) => ({
          link: {href: site.href('province', p.slug), text: p.name},
          kind: KIND_LABEL[p.kind] ?? p.kind,
          events: p.events.length,
          articles: p.articles.length,
          since2025: since2025View(site, p)
        }))
    }))
  return {
    total: site.provinces.size,
    regions,
    map: mapView(
      site,
      [...site.provinces.values()].map((p) => ({slug: p.slug, count: p.events.length})),
      {caption: 'Số sự kiện theo tỉnh, thành phố', unit: 'sự kiện'}
    )
  }
}

export function provinceView(site: Site, province: ProvinceEntry): ProvinceView {
  const {dated, undated} = site.eventsOf(province.events)
  const officials = new Map<string, number>()
  const topics = new Map<string, number>()
  for (const id of province.events) {
    const event = site.events.get(id)
    if (!event) continue
    for (const o of event.officials) officials.set(o.slug, (officials.get(o.slug) ?? 0) + 1)
    for (const t of event.topics) topics.set(t, (topics.get(t) ?? 0) + 1)
  }
  return {
    name: province.name,
    kind: KIND_LABEL[province.kind] ?? province.kind,
    region: province.region,
    since2025: since2025View(site, province),
    events: dated,
    undated,
    officials: site.counted(
      [...officials].flatMap(([s, n]): [Link, number][] => {
        const link = site.officialLink(s)
        return link ? [[link, n]] : []
      }),
      'sự kiện',
      compareByGivenName
    ),
    topics: site.counted(
      [...topics].flatMap(([s, n]): [Link, number][] => {
        const link = site.topicLink(s)
        return link ? [[link, n]] : []
      }),
      'sự kiện'
    ),
    articles: province.articles.length,
    map: mapView(site, [{slug: province.slug, count: province.events.length}], {
      caption: `Vị trí của ${province.name}`,
      unit: 'sự kiện',
      highlight: province.slug
    })
  }
}
