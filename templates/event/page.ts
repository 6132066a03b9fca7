/** An event: its date, place, organizers, people, topics and every article reporting it. */
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {EventView} from './types.js'
import {a, articleList, badge, DERIVED_NAME, facts, flat, peopleList, section, time} from '../components.js'

export function eventPage(view: EventView, crumbs: Link[]): Page {
  return {
    title: view.name,
    description: [view.date.text, view.province?.text, `${view.articles.length} bài báo`].filter(Boolean).join(' · '),
    section: 'events',
    crumbs,
    main: flat([
      h('header', {className: ['page-head']}, flat([
        h('p', {className: ['kicker']}, 'Sự kiện'),
        h('h1', view.name),
        view.nameDerived ? h('p', [badge(DERIVED_NAME), ' ', h('span', {className: ['note']}, 'Các bài báo không nêu tên sự kiện.')]) : null
      ])),
      facts([
        ['Ngày', time(view.date)],
        ['Tỉnh, thành phố', view.province ? a(view.province) : 'Chưa rõ'],
        ['Thành phố, quận, huyện', view.city],
        ['Địa điểm', view.venue],
        ['Loại', view.types.length ? view.types.join(', ') : null],
        ['Đơn vị tổ chức', view.organizers.length ? h('ul', {className: ['inline-list']}, view.organizers.map((o) => h('li', o))) : null],
        ['Số người dự', view.attendance],
        ['Chuyên đề', view.topics.length ? h('ul', {className: ['inline-list']}, view.topics.map((t) => h('li', a(t)))) : null]
      ]),
      h('div', {className: ['split']}, [
        section('nguoi-tham-gia', 'Người tham gia', peopleList(view.people)),
        section('bai-bao', `Bài báo (${view.articles.length})`, articleList(view.articles))
      ])
    ])
  }
}
