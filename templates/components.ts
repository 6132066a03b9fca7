/**
 * Small pieces shared by the page templates. Every function takes view
 * data and returns hast: text goes in as text nodes (escaped when
 * serialized), hrefs come from the view builders.
 */
import type {Element, ElementContent} from 'hast'
import {h} from 'hastscript'
import {splitAbbreviations} from '../src/render/abbr.js'
import type {ArticleSummary, Counted, DateView, EventSummary, Link, PersonView, Since2025View} from './view-types.js'

export type Child = ElementContent | string | null | undefined | false | Child[]

export function a(link: Link, className?: string): Element {
  return h('a', {href: link.href, className: className ? [className] : undefined}, link.text)
}

/** A date: `<time>` when known, a marked "Chưa rõ ngày" when not. */
export function time(date: DateView): Element {
  return date.iso ? h('time', {dateTime: date.iso}, date.text) : h('span', {className: ['unknown']}, date.text)
}

/** A date in a compact list: `29/5/2024`, the full words in its title. */
export function shortTime(date: DateView): Element {
  return date.iso && date.short ? h('time', {dateTime: date.iso, title: date.text}, date.short) : time(date)
}

/** A small label after a name, e.g. that it was derived by the system. */
export function badge(text: string, kind = 'note'): Element {
  return h('span', {className: ['badge', `badge--${kind}`]}, text)
}

export const DERIVED_TITLE = 'Tiêu đề do hệ thống đặt'
export const DERIVED_NAME = 'Tên do hệ thống đặt'

/** A section with an h2 whose id labels it. */
export function section(id: string, title: string, ...children: Child[]): Element {
  return h('section', {ariaLabelledBy: id, className: ['block']}, h('h2', {id}, title), ...flat(children))
}

export function flat(children: Child[]): ElementContent[] {
  const out: ElementContent[] = []
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue
    if (Array.isArray(child)) out.push(...flat(child))
    else if (typeof child === 'string') out.push({type: 'text', value: child})
    else out.push(child)
  }
  return out
}

/** Join pieces with a separator (`, `, ` · `). */
export function join(items: Child[], separator: string): ElementContent[] {
  const out: Child[] = []
  items.forEach((item, i) => {
    if (i > 0) out.push(separator)
    out.push(item)
  })
  return flat(out)
}

/** A definition list from rows; rows without a value are left out. */
export function facts(rows: [string, Child][], className = 'facts'): Element {
  const kept = rows.filter(([, value]) => value !== null && value !== undefined && value !== false && !(Array.isArray(value) && flat(value).length === 0))
  return h(
    'dl',
    {className: [className]},
    kept.map(([term, value]) => h('div', [h('dt', term), h('dd', flat([value]))]))
  )
}

function emptyNote(text: string): Element {
  return h('p', {className: ['empty']}, text)
}

/** A list of events: date, name, place, kinds, number of articles. */
export function eventList(events: EventSummary[], empty = 'Chưa có sự kiện.'): Element {
  if (events.length === 0) return emptyNote(empty)
  return h(
    'ol',
    {className: ['cards']},
    events.map((e) =>
      h('li', {className: ['card']}, [
        h('p', {className: ['card-meta']}, join([shortTime(e.date), e.province ? a(e.province) : null, e.city].filter(Boolean) as Child[], ' · ')),
        h('p', {className: ['card-title']}, flat([a(e.link), e.nameDerived ? [' ', badge(DERIVED_NAME)] : null])),
        h('p', {className: ['card-foot']}, join([e.types.length ? e.types.join(', ') : null, `${e.articles} bài báo`].filter(Boolean) as Child[], ' · '))
      ])
    )
  )
}

/** A list of articles: date, title, outlet, province. */
export function articleList(articles: ArticleSummary[], empty = 'Chưa có bài báo.'): Element {
  if (articles.length === 0) return emptyNote(empty)
  return h(
    'ul',
    {className: ['plain-list']},
    articles.map((item) =>
      h('li', flat([
        a(item.link),
        item.titleDerived ? [' ', badge(DERIVED_TITLE)] : null,
        h('br'),
        h('small', join([shortTime(item.date), item.outlet, item.province ? a(item.province) : null].filter(Boolean) as Child[], ' · '))
      ]))
    )
  )
}

/** Links with a count each: `Bình Dương — 2 sự kiện`. */
export function countedList(items: Counted[], empty = 'Chưa có.', className = 'counted'): Element {
  if (items.length === 0) return emptyNote(empty)
  return h(
    'ul',
    {className: [className]},
    items.map((c) => h('li', [a(c.link), ' ', h('span', {className: ['count']}, `${c.count} ${c.unit}`)]))
  )
}

/** People with rank, name, positions and role. */
export function peopleList(people: PersonView[]): Element {
  if (people.length === 0) return emptyNote('Bài không nêu tên nhân vật nào.')
  return h(
    'ul',
    {className: ['people']},
    people.map((p) =>
      h('li', flat([
        h('p', {className: ['person-name']}, flat([
          p.rank ? [h('span', {className: ['rank']}, p.rank), ' '] : null,
          p.href ? h('a', {href: p.href}, p.name) : h('span', p.name),
          ' ',
          badge(p.role, 'role')
        ])),
        p.positions.length ? h('p', {className: ['positions']}, abbreviated(p.positions.join('; '))) : null
      ]))
    )
  )
}

/** `nhập vào Gia Lai (cùng ...)`, with the new unit linked when it has a page. */
export function since2025(view: Since2025View | null): ElementContent[] {
  if (!view) return flat(['—'])
  return flat([view.before, view.link ? a(view.link) : view.name, view.after])
}

/** Text with each abbreviation (`UBND`, `CATP`) in an `<abbr>` that gives its full form. */
export function abbreviated(text: string): ElementContent[] {
  return splitAbbreviations(text).map((s) => (s.full ? h('abbr', {title: s.full}, s.text) : {type: 'text', value: s.text}))
}
