/**
 * The map of Vietnam, drawn at build time: the country outline from
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

/** The SVG's user units. */
export const MAP_WIDTH = 400
export const MAP_HEIGHT = 470
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

/** The x of the column where province labels sit: east of the mainland's easternmost point. */
const LABEL_LONGITUDE = 109.9
/** The most provinces labelled on one map; the rest are circles with a tooltip. */
export const MAX_LABELS = 14
const LABEL_GAP = 15
/** How far above and below a label to look for the coast (user units). */
const COAST_BAND = 12

export interface MapBase {
  width: number
  height: number
  /** SVG path data of Vietnam. */
  country: string
  /** SVG path data of the neighbouring countries, clipped to the frame. */
  neighbours: string
  /** Each archipelago: where its dots go, and its label. */
  islands: {name: string; x: number; y: number; labelX: number; labelY: number}[]
}

interface Loaded {
  projection: GeoProjection
  base: MapBase
  /** Vietnam's outline vertices, projected: to find the coast east of a label. */
  vertices: [number, number][]
}

let cache: Loaded | undefined

function positions(geometry: Geometry): [number, number][] {
  if (geometry.type === 'Polygon') return geometry.coordinates.flat() as [number, number][]
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat(2) as [number, number][]
  return []
}

function load(): Loaded {
  if (cache) return cache
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
  cache = {
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
  return cache
}

function round(n: number): number {
  return Math.round(n * 10) / 10
}

/** A province to place on the map. */
export interface MapPointInput<T> {
  center: LonLat
  count: number
  data: T
}

export interface MapPoint<T> {
  x: number
  y: number
  r: number
  count: number
  data: T
  /** Where the label sits, when this point is labelled. */
  label: {x: number; y: number} | null
}

/** Place points on the map: radius by the square root of the count, labels in a column east of the coast. */
export function placePoints<T>(inputs: readonly MapPointInput<T>[]): {base: MapBase; points: MapPoint<T>[]} {
  const {projection, base, vertices} = load()
  const max = Math.max(1, ...inputs.map((p) => p.count))
  const points: MapPoint<T>[] = inputs.map((p) => {
    const [x, y] = projection(p.center) ?? [0, 0]
    return {x: round(x), y: round(y), r: round(4 + 10 * Math.sqrt(p.count / max)), count: p.count, data: p.data, label: null}
  })
  // Label the largest counts, then lay their labels out top to bottom without overlap.
  const labelled = [...points]
    .sort((a, b) => b.count - a.count || a.y - b.y || a.x - b.x)
    .slice(0, MAX_LABELS)
    .sort((a, b) => a.y - b.y || a.x - b.x)
  let previous = -Infinity
  for (const point of labelled) {
    point.label = {x: 0, y: Math.max(point.y, previous + LABEL_GAP)}
    previous = point.label.y
  }
  // Push the column back up if it ran off the bottom.
  let limit = MAP_HEIGHT - 6
  for (const point of [...labelled].reverse()) {
    if (point.label && point.label.y > limit) point.label.y = limit
    if (point.label) limit = point.label.y - LABEL_GAP
  }
  // Each label sits just off the coast at its height, and never left of its circle.
  const [fallbackX] = projection([LABEL_LONGITUDE, 16]) ?? [MAP_WIDTH * 0.75, 0]
  for (const point of labelled) {
    if (!point.label) continue
    const {y} = point.label
    const coast = Math.max(-Infinity, ...vertices.filter(([, vy]) => Math.abs(vy - y) <= COAST_BAND).map(([vx]) => vx))
    const x = Number.isFinite(coast) ? coast + 10 : fallbackX
    point.label = {x: round(Math.max(x, point.x + point.r + 6)), y: round(y)}
  }
  // Labels stacked one under the other share one left edge, so they read as a list.
  let stack: MapPoint<T>[] = []
  const align = () => {
    const x = Math.max(...stack.map((p) => p.label!.x))
    for (const p of stack) p.label!.x = x
    stack = []
  }
  for (const point of labelled) {
    const last = stack[stack.length - 1]
    if (last && point.label!.y - last.label!.y > LABEL_GAP + 0.5) align()
    stack.push(point)
  }
  if (stack.length) align()
  return {base, points}
}
