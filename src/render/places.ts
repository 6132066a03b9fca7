/**
 * What the render stage needs of the province gazetteer
 * (`src/knowledge/provinces.ts`): each province's map position, the order
 * of regions, and the province mentions in running text.
 */
import {findProvinceMentions, provinceBySlug, REGIONS, unit2025BySlug} from '../knowledge/provinces.js'
import type {PlaceMatch} from './plugins/link-names.js'

/** `[longitude, latitude]` of a province's seat. */
export type LonLat = [number, number]

/** Regions from north to south. */
export const REGION_ORDER: readonly string[] = REGIONS

export function provinceCenter(slug: string): LonLat | null {
  const center = provinceBySlug(slug)?.center ?? unit2025BySlug(slug)?.center
  return center ? [center[0], center[1]] : null
}


/**
 * The provinces a text names, left to right: the gazetteer's matcher
 * (`tỉnh Bình Dương`, `TPHCM`; `Hồ Chí Minh` only after a qualifier),
 * leaving out mentions it flags as ambiguous (`Sài Gòn`) or as a capital
 * city standing for its province.
 */
export function findPlaces(text: string): PlaceMatch[] {
  return findProvinceMentions(text)
    .filter((m) => !m.ambiguous && !m.capital)
    .map((m) => ({index: m.index, length: m.length, slug: m.province.slug}))
}
