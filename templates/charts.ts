/**
 * The two pictures drawn at build time, as inline SVG: the map of
 * Vietnam with a circle per province, and the timeline of events by
 * month. The map's land and sea are one file for the whole site,
 * `map.svg` (`mapBackground`), drawn under each page's small inline SVG of
 * circles, so no page repeats the 20-30 KB of outlines. Colours come from the page's CSS (classes), so dark mode and
 * print styles apply. Each circle and bar is a link with a spoken label;
 * every chart sits next to a plain list of the same links.
 */
import type {Element, ElementContent, Root} from 'hast'
import {h, s} from 'hastscript'
import {TIMELINE_MARGIN} from './timeline-view.js'
import type {MapBase} from '../src/render/geo.js'
import type {MapView, TimelineView} from './view-types.js'

/** A few dots that suggest an archipelago, around its centre. */
const ARCHIPELAGO_DOTS: [number, number][] = [[0, 0], [-6, 3], [5, -4], [8, 4], [-3, -6], [2, 8], [-9, -2]]

function label(name: string, count: number, unit: string): string {
  return `${name}: ${count} ${unit}`
}

export function mapFigure(map: MapView, id: string): Element {
  const titleId = `${id}-tieu-de`
  const points = [...map.points].sort((a, b) => b.r - a.r || a.y - b.y)
  const svg = s(
    'svg',
    {viewBox: `0 0 ${map.width} ${map.height}`, className: ['map-svg'], ariaLabelledBy: titleId, role: 'group'},
    [
      s('title', {id: titleId}, map.caption),
      s('image', {href: map.background, x: 0, y: 0, width: map.width, height: map.height, ariaHidden: 'true'}),
      s(
        'g',
        {className: ['points']},
        points.map((p) => {
          const children: ElementContent[] = [
            s('circle', {cx: p.x, cy: p.y, r: p.r, className: p.highlight ? ['dot', 'dot--here'] : ['dot']})
          ]
          if (p.label) {
            if (Math.abs(p.label.y - p.y) > 1 || p.label.x - p.x > p.r + 8) {
              children.push(s('polyline', {className: ['leader'], points: `${p.x + p.r},${p.y} ${p.label.x - 3},${p.label.y}`}))
            }
            children.push(s('text', {x: p.label.x, y: p.label.y, dy: '0.35em', className: ['dot-label']}, `${p.short} (${p.count})`))
          }
          // A spoken name that starts with the visible label (WCAG 2.5.3), then says it in full.
          const spoken = p.label
            ? `${p.short} (${p.count}): ${p.short === p.name ? '' : `${p.name}, `}${p.count} ${map.unit}`
            : label(p.name, p.count, map.unit)
          return s('a', {href: p.href, ariaLabel: spoken}, children)
        })
      )
    ]
  )
  return h('figure', {className: ['map']}, [svg, h('figcaption', map.caption)])
}

/**
 * The map's background, `map.svg`: sea, neighbours, Vietnam and the two
 * archipelagos. An image cannot read the page's CSS, so it carries the
 * light colours of `style.css` (`--sea`, `--land`, `--land-line`,
 * `--other-land`, `--line`, `--muted`) as attributes (no `<style>`: the
 * site ships no style elements); keep them in step. Dark mode inverts it
 * (`.map-svg image` in `style.css`).
 */
export function mapBackground(map: MapBase): Root {
  return {
    type: 'root',
    children: [
      s('svg', {xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${map.width} ${map.height}`, width: map.width, height: map.height}, [
        s('rect', {fill: '#eaf1f5', x: 0, y: 0, width: map.width, height: map.height}),
        s('path', {fill: '#ece8e1', stroke: '#e3ded6', strokeWidth: 0.5, d: map.neighbours}),
        s('path', {fill: '#f4efe4', stroke: '#b9ab91', strokeWidth: 0.7, d: map.country}),
        s(
          'g',
          {fill: '#b9ab91'},
          map.islands.flatMap((i) => [
            ...ARCHIPELAGO_DOTS.map(([dx, dy]) => s('circle', {cx: i.x + dx, cy: i.y + dy, r: 1.2})),
            s('text', {x: i.labelX, y: i.labelY, textAnchor: 'middle', fill: '#5c5650', fontSize: 10, fontStyle: 'italic', fontFamily: 'system-ui, sans-serif'}, i.name)
          ])
        )
      ])
    ]
  }
}

export function timelineFigure(t: TimelineView, id: string): Element {
  if (t.months.length === 0) return h('p', {className: ['empty']}, t.note ? `Chưa có sự kiện nào rõ tháng. ${t.note}` : 'Chưa có sự kiện nào rõ tháng.')
  const titleId = `${id}-tieu-de`
  const base = t.height - TIMELINE_MARGIN.bottom
  const top = TIMELINE_MARGIN.top
  const left = TIMELINE_MARGIN.left
  const caption = 'Số sự kiện theo tháng'
  const svg = s(
    'svg',
    {viewBox: `0 0 ${t.width} ${t.height}`, className: ['timeline-svg'], ariaLabelledBy: titleId, role: 'group'},
    [
      s('title', {id: titleId}, caption),
      s('line', {className: ['axis'], x1: left - 4, x2: t.width - TIMELINE_MARGIN.right, y1: base, y2: base}),
      s('line', {className: ['grid'], x1: left - 4, x2: t.width - TIMELINE_MARGIN.right, y1: top, y2: top}),
      s('text', {className: ['tick'], x: left - 8, y: top, dy: '0.35em', textAnchor: 'end', ariaHidden: 'true'}, String(t.max)),
      s('text', {className: ['tick'], x: left - 8, y: base, dy: '0.35em', textAnchor: 'end', ariaHidden: 'true'}, '0'),
      ...t.months.map((m) => {
        const cx = m.x + t.barWidth / 2
        const parts: ElementContent[] = []
        if (m.count > 0) {
          parts.push(
            s(
              'a',
              {href: m.href, ariaLabel: `${m.spoken}: ${m.count} sự kiện`},
              [
                s('rect', {className: ['bar'], x: m.x, y: base - m.barHeight, width: t.barWidth, height: m.barHeight, rx: 2}),
                s('text', {className: ['bar-value'], x: cx, y: base - m.barHeight - 4, textAnchor: 'middle'}, String(m.count))
              ]
            )
          )
        }
        if (m.showLabel || m.year) {
          parts.push(s('text', {className: ['tick'], x: cx, y: base + 18, textAnchor: 'middle', ariaHidden: 'true'}, m.label))
        }
        if (m.year) {
          parts.push(s('text', {className: ['tick', 'tick--year'], x: m.x, y: base + 35, ariaHidden: 'true'}, m.year))
        }
        return s('g', parts)
      })
    ]
  )
  return h('figure', {className: ['timeline']}, [svg, h('figcaption', [caption, t.note ? ` — ${t.note}` : ''])])
}
