/** All provinces, grouped by region, with counts and what each became on 1 July 2025. */
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {ProvincesIndexView} from './types.js'
import {mapFigure} from '../charts.js'
import {a, flat, since2025} from '../components.js'

export function provincesPage(view: ProvincesIndexView, crumbs: Link[]): Page {
  return {
    title: 'Tỉnh, thành phố',
    description: `${view.total} tỉnh, thành phố có sự kiện trong kho, theo vùng.`,
    section: 'provinces',
    crumbs,
    main: flat([
      h('h1', 'Tỉnh, thành phố'),
      h('p', {className: ['lede']}, `${view.total} tỉnh, thành phố có sự kiện trong kho, xếp theo vùng. Tên là tên đơn vị hành chính vào thời điểm diễn ra sự kiện, kèm đơn vị mà nó thuộc về sau khi sắp xếp từ ngày 1/7/2025.`),
      h('div', {className: ['split', 'split--map']}, [
        h('div', view.regions.map((region) =>
          h('section', {ariaLabelledBy: region.anchor, className: ['block']}, [
            h('h2', {id: region.anchor}, region.name),
            h('ul', {className: ['province-list']}, region.provinces.map((p) =>
              h('li', [
                h('p', {className: ['card-title']}, a(p.link)),
                h('p', {className: ['card-meta']}, `${p.kind} · ${p.events} sự kiện · ${p.articles} bài báo`),
                h('p', {className: ['since']}, [h('span', {className: ['since-label']}, 'Từ 1/7/2025: '), ...since2025(p.since2025)])
              ])
            ))
          ])
        )),
        mapFigure(view.map, 'ban-do-tinh')
      ])
    ])
  }
}
