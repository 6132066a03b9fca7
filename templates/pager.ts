/** The links between the pages of a long list: previous, every page, next. */
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {PagerView} from './view-types.js'

export function pager(view: PagerView | null | undefined): Element | null {
  if (!view) return null
  return h('nav', {className: ['pager'], ariaLabel: `Trang ${view.current} trên ${view.total}`}, [
    h('ul', [
      view.prev ? h('li', h('a', {href: view.prev, rel: 'prev'}, '← Trang trước')) : null,
      ...view.pages.map((p) => h('li', p.current ? h('a', {href: p.href, ariaCurrent: 'page'}, p.text) : h('a', {href: p.href}, p.text))),
      view.next ? h('li', h('a', {href: view.next, rel: 'next'}, 'Trang sau →')) : null
    ].filter((x) => x !== null))
  ])
}
