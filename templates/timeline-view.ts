/**
 * The timeline's view data: events per month, from the first dated month
 * to the last. The drawing is as wide as its months need (`PER_MONTH` units each,
 * between 360 and 720) and is shown at that width at most, so a short
 * archive does not get giant bars and text stays legible on a phone.
 */
import type {EventRecord} from '../src/types.js'
import {monthOf, monthRange} from '../src/render/dates.js'
import type {Site} from '../src/render/site.js'
import type {TimelineView} from './view-types.js'

const MIN_WIDTH = 360
const MAX_WIDTH = 720
const PER_MONTH = 48
const HEIGHT = 200
const LEFT = 28
const RIGHT = 8
const BOTTOM = 42
const TOP = 22
/** The width of a month label (`T10`) in user units, to decide how many to show. */
const LABEL_WIDTH = 30

export function timelineView(site: Site, events: readonly EventRecord[]): TimelineView {
  const perMonth = new Map<string, number>()
  let off = 0
  for (const event of events) {
    const month = monthOf(event.date)
    if (month && /^\d{4}-(0[1-9]|1[0-2])$/.test(month)) perMonth.set(month, (perMonth.get(month) ?? 0) + 1)
    else off++
  }
  const keys = [...perMonth.keys()].sort()
  const first = keys[0]
  const last = keys[keys.length - 1]
  const months = first && last ? monthRange(first, last) : []
  const width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, months.length * PER_MONTH + LEFT + RIGHT))
  const max = Math.max(1, ...perMonth.values())
  const slot = months.length ? (width - LEFT - RIGHT) / months.length : 0
  const barWidth = Math.max(2, Math.min(32, slot * 0.6))
  const every = Math.max(1, Math.ceil(LABEL_WIDTH / Math.max(slot, 1)))
  return {
    width,
    height: HEIGHT,
    barWidth: Math.round(barWidth * 10) / 10,
    max,
    months: months.map((key, i) => {
      const n = perMonth.get(key) ?? 0
      return {
        key,
        label: `T${Number(key.slice(5, 7))}`,
        year: i === 0 || key.endsWith('-01') ? key.slice(0, 4) : null,
        spoken: `Tháng ${Number(key.slice(5, 7))}/${key.slice(0, 4)}`,
        count: n,
        href: `${site.href('year', key.slice(0, 4))}#thang-${key.slice(5, 7)}`,
        x: Math.round((LEFT + slot * i + (slot - barWidth) / 2) * 10) / 10,
        barHeight: Math.round((((HEIGHT - TOP - BOTTOM) * n) / max) * 10) / 10,
        showLabel: i % every === 0
      }
    }),
    note: off ? `${off} sự kiện chưa rõ tháng không có trên biểu đồ.` : null
  }
}

/** The chart's margins, shared with the template. */
export const TIMELINE_MARGIN = {left: LEFT, right: RIGHT, top: TOP, bottom: BOTTOM}
