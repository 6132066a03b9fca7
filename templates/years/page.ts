/** One year (or one page of it): its events by month. */
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {YearView} from './types.js'
import {eventList, flat} from '../components.js'
import {pager} from '../pager.js'

export function yearPage(view: YearView, crumbs: Link[]): Page {
  const total = view.total ?? view.months.reduce((n, m) => n + m.events.length, 0) + view.yearOnly.length
  return {
    title: `Năm ${view.year}`,
    description: `${total} sự kiện trong năm ${view.year}.`,
    section: 'years',
    crumbs,
    main: flat([
      h('h1', `Năm ${view.year}`),
      h('p', {className: ['lede']}, `${total} sự kiện.`),
      view.months.map((m) => h('section', {ariaLabelledBy: m.anchor, className: ['block']}, [h('h2', {id: m.anchor}, m.name), eventList(m.events)])),
      view.yearOnly.length
        ? h('section', {ariaLabelledBy: 'khong-ro-thang', className: ['block']}, [h('h2', {id: 'khong-ro-thang'}, 'Không rõ tháng'), eventList(view.yearOnly)])
        : null,
      view.previous || view.next
        ? h('nav', {ariaLabel: 'Năm khác', className: ['pager']}, flat([
            view.previous ? h('a', {href: view.previous.href, rel: ['prev']}, `← Năm ${view.previous.text}`) : null,
            view.next ? h('a', {href: view.next.href, rel: ['next']}, `Năm ${view.next.text} →`) : null
          ]))
        : null,
      pager(view.pager)
    ])
  }
}
