/**
 * What the render stage needs of the province gazetteer
 * (`src/knowledge/provinces.ts`): each province's map position and the
 * order of regions. Province mentions in a story are found by extraction
 * (`Extraction.spans`), never here.
 */
import {provinceBySlug, REGIONS, unit2025BySlug} from '../knowledge/provinces.js'

/** `[longitude, latitude]` of a province's seat. */
export type LonLat = [number, number]

/** Regions from north to south. */
export const REGION_ORDER: readonly string[] = REGIONS

export function provinceCenter(slug: string): LonLat | null {
  const center = provinceBySlug(slug)?.center ?? unit2025BySlug(slug)?.center
  return center ? [center[0], center[1]] : null
}
