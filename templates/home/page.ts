/** Home: what the archive holds, the latest events, the timeline and map, ways in. */
import {h} from 'hastscript'
import type {Page} from '../view-types.js'
import type {HomeView} from './types.js'
import {mapFigure, timelineFigure} from '../charts.js'
import {a, countedList, eventList, flat, section, time} from '../components.js'

export function homePage(view: HomeView, siteTitle: string): Page {
  return {
    title: siteTitle,
    description: view.intro,
    section: 'home',
    crumbs: [],
    main: flat([
      h('div', {className: ['hero']}, [
        h('h1', siteTitle),
        h('p', {className: ['lede']}, view.intro),
        view.span
          ? h('p', {className: ['span']}, ['Các sự kiện từ ', time(view.span.from), ' đến ', time(view.span.to), '.'])
          : null,
        h(
          'ul',
          {className: ['stats']},
          view.stats.map((s) => h('li', h('a', {href: s.href}, [h('strong', String(s.value)), h('span', s.label)])))
        )
      ].filter((x) => x !== null)),
      h('div', {className: ['split']}, [
        h('div', [
          section('moi-nhat', 'Sự kiện mới nhất', eventList(view.latest)),
          section('dong-thoi-gian', 'Dòng thời gian', timelineFigure(view.timeline, 'bieu-do-thang'))
        ]),
        section('ban-do', 'Bản đồ sự kiện', mapFigure(view.map, 'ban-do-trang-chu'))
      ]),
      view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', h('p', 'Các sự kiện mà bài báo không cho biết ngày diễn ra:'), eventList(view.undated)) : null,
      h('section', {ariaLabelledBy: 'loi-vao', className: ['block', 'ways-in']}, [
        h('h2', {id: 'loi-vao'}, 'Lối vào'),
        h('div', {className: ['columns']}, [
          h('div', [h('h3', 'Theo tỉnh, thành'), countedList(view.provinces)]),
          h('div', [h('h3', 'Theo nhân vật'), countedList(view.officials), h('p', {className: ['more']}, a(view.allOfficials))]),
          h('div', [h('h3', 'Theo chuyên đề'), countedList(view.topics)]),
          h('div', [h('h3', 'Theo năm'), countedList(view.years)])
        ])
      ])
    ])
  }
}
