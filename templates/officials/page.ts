/** One official: appearances over time with rank and positions at each, provinces, people appeared with. */
import type {Element} from 'hast'
import {h} from 'hastscript'
import {pager} from '../pager.js'
import type {Link, Page} from '../view-types.js'
import type {AppearanceView, OfficialView} from './types.js'
import {mapFigure} from '../charts.js'
import {a, abbreviated, badge, countedList, flat, section, shortTime} from '../components.js'

function appearances(items: AppearanceView[]): Element {
  return h('ol', {className: ['timeline-list']}, items.map((item) =>
    h('li', flat([
      h('p', {className: ['card-meta']}, flat([shortTime(item.date), item.province ? [' · ', a(item.province)] : null])),
      h('p', {className: ['card-title']}, a(item.event)),
      h('ul', {className: ['reports']}, item.reports.map((r) =>
        h('li', flat([
          h('p', flat([r.rank ? [h('span', {className: ['rank']}, r.rank), ' · '] : null, badge(r.role, 'role')])),
          r.positions.length ? h('p', {className: ['positions']}, abbreviated(r.positions.join('; '))) : null,
          h('p', {className: ['card-foot']}, ['Theo bài: ', a(r.article)])
        ]))
      ))
    ]))
  ))
}

export function officialPage(view: OfficialView, crumbs: Link[]): Page {
  return {
    title: view.name,
    description: `${view.rank ? `${view.rank} ` : ''}${view.name}: ${view.summary}`,
    section: 'officials',
    crumbs,
    main: flat([
      h('header', {className: ['page-head']}, flat([
        h('p', {className: ['kicker']}, view.rank ?? 'Nhân vật'),
        h('h1', view.name),
        h('p', {className: ['lede']}, view.summary)
      ])),
      h('div', {className: ['split', 'split--map']}, [
        h('div', flat([
          section('qua-thoi-gian', 'Qua thời gian', view.appearances.length ? appearances(view.appearances) : h('p', {className: ['empty']}, 'Chưa có lần xuất hiện nào có ngày.')),
          view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', appearances(view.undated)) : null
        ])),
        h('div', [
          mapFigure(view.map, 'ban-do-quan-chuc'),
          section('tinh-thanh', 'Các tỉnh, thành đã đến', countedList(view.provinces)),
          section('cung-xuat-hien', 'Cùng xuất hiện với', [
            countedList(view.companions, 'Chưa có ai.'),
            ...(view.companionsMore > 0 ? [h('p', {className: ['more']}, `và ${view.companionsMore} người khác.`)] : [])
          ])
        ])
      ]),
      pager(view.pager)
    ])
  }
}
