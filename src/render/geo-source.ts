/**
 * Where the map's data comes from (used by `scripts/map-data.ts` only, never
 * by the build): the map of Vietnam, drawn once: the country outline from
 * Natural Earth (world-atlas, 1:50m, Vietnam is id `704`), the neighbours
 * faintly, the Hoàng Sa and Trường Sa archipelagos labelled, and one
 * circle per province at its seat, sized by a count.
 *
 * The projection and outline are computed once per process and reused by
 * every page that shows a map.
 */
import {createRequire} from 'node:module'
import {geoMercator, geoPath, type GeoProjection} from 'd3-geo'
import type {Feature, FeatureCollection, Geometry} from 'geojson'
import {feature} from 'topojson-client'
import type {GeometryCollection, Topology} from 'topojson-specification'
import type {LonLat} from './places.js'
import {MAP_HEIGHT, MAP_WIDTH, type MapBase} from './geo.js'

const PADDING = 8

const VIETNAM = '704'
/** Laos, Cambodia, Thailand, China: drawn faintly for context. */
const NEIGHBOURS = ['418', '116', '764', '156']

/** Where the archipelagos' labels go (approximate centres). */
const ISLANDS: {name: string; at: LonLat; label: LonLat}[] = [
  {name: 'Quần đảo Hoàng Sa', at: [112.0, 16.5], label: [112.0, 17.3]},
  {name: 'Quần đảo Trường Sa', at: [114.2, 9.6], label: [114.0, 8.4]}
]
/** Corners the frame must hold so the archipelagos' labels fit. */
const FRAME_EXTRA: LonLat[] = [[116.2, 8.0], [102.1, 23.4]]

interface Loaded {
  projection: GeoProjection
  base: MapBase
  /** Vietnam's outline vertices, projected: to find the coast east of a label. */
  vertices: [number, number][]
}


function positions(geometry: Geometry): [number, number][] {
  if (geometry.type === 'Polygon') return geometry.coordinates.flat() as [number, number][]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat(2) as [number, number][]
  return []
}

function load(): Loaded {
  const require = createRequire(import.meta.url)
  const world = require('world-atlas/countries-50m.json') as Topology<{countries: GeometryCollection<{name: string}>}>
  const countries = feature(world, world.objects.countries) as FeatureCollection<Geometry, {name: string}>
  const vietnam = countries.features.find((f) => f.id === VIETNAM)
  if (!vietnam) throw new Error('world-atlas has no Vietnam (id 704)')
  const frame: FeatureCollection = {
    type: 'FeatureCollection',
    features: [vietnam, {type: 'Feature', properties: {}, geometry: {type: 'MultiPoint', coordinates: [...ISLANDS.map((i) => i.at), ...FRAME_EXTRA]}}]
  }
  const projection = geoMercator()
    .fitExtent([[PADDING, PADDING], [MAP_WIDTH - PADDING, MAP_HEIGHT - PADDING]], frame)
    .clipExtent([[0, 0], [MAP_WIDTH, MAP_HEIGHT]])
  const path = geoPath(projection).digits(1)
  const neighbours = countries.features.filter((f) => NEIGHBOURS.includes(String(f.id)))
  const islands = ISLANDS.map(({name, at, label}) => {
    const [x, y] = projection(at) ?? [0, 0]
    const [labelX, labelY] = projection(label) ?? [0, 0]
    return {name, x: round(x), y: round(y), labelX: round(labelX), labelY: round(labelY)}
  })
  const vertices = positions(vietnam.geometry).flatMap((p) => {
    const xy = projection(p)
    return xy ? [xy] : []
  })
  return {
    projection,
    vertices,
    base: {
      width: MAP_WIDTH,
      height: MAP_HEIGHT,
      country: path(vietnam as Feature) ?? '',
      neighbours: neighbours.map((f) => path(f as Feature) ?? '').join(''),
      islands
    }
  }
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** The projected map and the projection's parameters. */
export function computeMap(): {projection: {scale: number; translate: [number, number]}; base: MapBase; vertices: [number, number][]} {
  const {projection, base, vertices} = load()
  const [x, y] = projection.translate()
  return {projection: {scale: projection.scale(), translate: [x, y]}, base, vertices}
}
