/** One province: its events newest first, the officials seen there, its topics. */
import {h} from 'hastscript'
import {pager} from '../pager.js'
import type {Link, Page} from '../view-types.js'
import type {ProvinceView} from './types.js'
import {mapFigure} from '../charts.js'
import {countedList, eventList, facts, flat, section, since2025} from '../components.js'

export function provincePage(view: ProvinceView, crumbs: Link[]): Page {
  return {
    title: view.name,
    description: `${(view.total ?? view.events.length + view.undated.length)} sự kiện về công tác nhân quyền tại ${view.name}.`,
    section: 'provinces',
    crumbs,
    main: flat([
      h('header', {className: ['page-head']}, [h('p', {className: ['kicker']}, view.kind), h('h1', view.name)]),
      h('div', {className: ['split', 'split--map']}, [
        h('div', [
          facts([
            ['Vùng', view.region],
            ['Sự kiện', String((view.total ?? view.events.length + view.undated.length))],
            ['Bài báo', String(view.articles)],
            ['Từ 1/7/2025', view.since2025 ? since2025(view.since2025) : null]
          ]),
          section('su-kien', 'Các sự kiện, gần đây nhất ở trên', eventList(view.events, 'Chưa có sự kiện có ngày.')),
          view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', eventList(view.undated)) : null
        ].filter((x) => x !== null)),
        mapFigure(view.map, 'ban-do-tinh')
      ]),
      h('div', {className: ['split']}, [
        section('quan-chuc', 'Nhân vật đã đến', countedList(view.officials, 'Chưa có nhân vật nào.')),
        section('chuyen-de', 'Chuyên đề', countedList(view.topics, 'Chưa có chuyên đề nào.'))
      ]),
      pager(view.pager)
    ])
  }
}
