/**
 * The map of Vietnam: the country outline from Natural Earth (world-atlas,
 * 1:50m), the neighbours faintly, the Hoàng Sa and Trường Sa archipelagos
 * labelled, and one circle per province at its seat, sized by a count.
 *
 * The outlines are projected once, ahead of time, into `map-data.ts`
 * (`scripts/map-data.ts`, from `geo-source.ts`); here only the provinces'
 * seats are projected, with the same Mercator projection.
 */
import {BASE, PROJECTION, VERTICES} from './map-data.js'
import type {LonLat} from './places.js'

/** The SVG's user units. */
export const MAP_WIDTH = 400
export const MAP_HEIGHT = 470

/** The x of the column where province labels sit: east of the mainland's easternmost point. */
const LABEL_LONGITUDE = 109.9
/** The most provinces labelled on one map; the rest are circles with a tooltip. */
const MAX_LABELS = 14
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

/** d3-geo's Mercator with the precomputed scale and translation: longitude, latitude → x, y. */
function project([longitude, latitude]: LonLat): [number, number] {
  const lambda = (longitude * Math.PI) / 180
  const phi = (latitude * Math.PI) / 180
  const [tx, ty] = PROJECTION.translate
  return [tx + PROJECTION.scale * lambda, ty - PROJECTION.scale * Math.log(Math.tan((Math.PI / 2 + phi) / 2))]
}

let vertices: [number, number][] | undefined

function outline(): [number, number][] {
  if (vertices) return vertices
  const pairs: [number, number][] = []
  for (let i = 0; i + 1 < VERTICES.length; i += 2) pairs.push([VERTICES[i]!, VERTICES[i + 1]!])
  vertices = pairs
  return pairs
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
  const base = BASE
  const vertices = outline()
  const max = Math.max(1, ...inputs.map((p) => p.count))
  const points: MapPoint<T>[] = inputs.map((p) => {
    const [x, y] = project(p.center)
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
  const [fallbackX] = project([LABEL_LONGITUDE, 16])
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
