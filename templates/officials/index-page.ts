/** All officials in Vietnamese order (given name, middle, surname) with a letter bar. */
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {OfficialsIndexView} from './types.js'
import {a, flat} from '../components.js'

export function officialsPage(view: OfficialsIndexView, crumbs: Link[]): Page {
  return {
    title: 'Nhân vật',
    description: `${view.total} nhân vật xuất hiện trong các bài báo, xếp theo tên.`,
    section: 'officials',
    crumbs,
    main: flat([
      h('h1', 'Nhân vật'),
      h('p', {className: ['lede']}, `${view.total} người được nêu tên trong các bài báo, xếp theo tên, rồi tên đệm, rồi họ.`),
      h('nav', {ariaLabel: 'Theo chữ cái', className: ['letters']}, h('ul', view.letters.map((l) =>
        h('li', l.present ? h('a', {href: `#${l.anchor}`}, l.letter) : h('span', {ariaHidden: 'true'}, l.letter))
      ))),
      view.groups.map((g) =>
        h('section', {ariaLabelledBy: g.anchor, className: ['letter-group']}, [
          h('h2', {id: g.anchor, className: ['letter']}, g.letter),
          h('ul', {className: ['officials']}, g.officials.map((o) =>
            h('li', flat([
              h('p', {className: ['person-name']}, flat([o.rank ? [h('span', {className: ['rank']}, o.rank), ' '] : null, a(o.link)])),
              o.position ? h('p', {className: ['positions']}, o.position) : null,
              h('p', {className: ['count']}, `${o.events} sự kiện · ${o.articles} bài báo`)
            ]))
          ))
        ])
      )
    ])
  }
}
