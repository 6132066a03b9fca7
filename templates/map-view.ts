/** The map's view data: provinces with a count, placed by the gazetteer's seat positions. */
import {placePoints} from '../src/render/geo.js'
import {provinceCenter} from '../src/render/places.js'
import type {Site} from '../src/render/site.js'
import type {MapView} from './view-types.js'

export interface MapInput {
  slug: string
  count: number
}

/**
 * A map with one circle per province in `counts` (provinces without a
 * known position are left off; the lists beside every map still name
 * them). `highlight` marks one province, e.g. on its own page.
 */
export function mapView(site: Site, counts: readonly MapInput[], options: {caption: string; unit: string; highlight?: string}): MapView {
  const inputs = counts
    .filter((c) => c.count > 0 && site.provinces.has(c.slug))
    .flatMap((c) => {
      const center = provinceCenter(c.slug)
      return center ? [{center, count: c.count, data: c.slug}] : []
    })
    .sort((a, b) => (a.data < b.data ? -1 : a.data > b.data ? 1 : 0))
  const {base, points} = placePoints(inputs)
  return {
    ...base,
    caption: options.caption,
    background: site.hrefs.to('map.svg'),
    unit: options.unit,
    points: points.map((p) => ({
      x: p.x,
      y: p.y,
      r: p.r,
      count: p.count,
      name: site.provinces.get(p.data)?.name ?? p.data,
      short: shortName(site.provinces.get(p.data)?.name ?? p.data),
      href: site.href('province', p.data),
      label: p.label,
      highlight: p.data === options.highlight
    }))
  }
}

/** A name short enough for a map label: `Thành phố Hồ Chí Minh` → `TP Hồ Chí Minh`. */
function shortName(name: string): string {
  return name.replace(/^Thành phố\s+/, 'TP ').replace(/^Tỉnh\s+/, '')
}
