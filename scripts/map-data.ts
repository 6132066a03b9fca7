/**
 * `node lib/scripts/map-data.js`: write `src/render/map-data.ts`, the map of
 * Vietnam projected once: outlines as SVG path data, the archipelagos, the
 * mainland's vertices and the Mercator projection's scale and translation.
 * The build then needs neither the 750 KB world atlas nor a projection
 * library at startup. Run it again only to change the map's frame or size.
 */
import {writeFileSync} from 'node:fs'
import {computeMap} from '../src/render/geo-source.js'

const data = computeMap()
const text = `/**
 * The map of Vietnam, projected: written by \`scripts/map-data.ts\` from
 * Natural Earth (world-atlas 1:50m) with d3-geo's Mercator. Do not edit.
 */
import type {MapBase} from './geo.js'

export const PROJECTION = ${JSON.stringify(data.projection)} as const

export const BASE: MapBase = ${JSON.stringify(data.base)}

/** Vietnam's outline vertices, projected, as x, y pairs. */
export const VERTICES: readonly number[] = ${JSON.stringify(data.vertices.flat())}
`
writeFileSync(new URL('../../src/render/map-data.ts', import.meta.url), text)
