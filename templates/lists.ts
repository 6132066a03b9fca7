/** All events, all articles, and the search page (a list that works without JavaScript). */
import {h} from 'hastscript'
import type {ArticleListView, Link, ListView, Page, SearchView} from '../src/render/view/types.js'
import {a, articleList, eventList, flat, section} from './components.js'
import {pager} from './pager.js'

export function eventsPage(view: ListView, crumbs: Link[]): Page {
  const total = view.total ?? view.dated.length + view.undated.length
  return {
    title: 'Sự kiện',
    description: `${total} sự kiện, xếp từ gần đây nhất.`,
    section: 'events',
    crumbs,
    main: flat([
      h('h1', 'Sự kiện'),
      h('p', {className: ['lede']}, `${total} sự kiện, xếp từ gần đây nhất. Các bài báo về cùng một sự kiện được gộp lại.`),
      view.dated.length || !view.undated.length ? eventList(view.dated) : null,
      view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', eventList(view.undated)) : null,
      pager(view.pager)
    ])
  }
}

export function articlesPage(view: ArticleListView, crumbs: Link[]): Page {
  const total = view.total ?? view.dated.length + view.undated.length
  return {
    title: 'Bài báo',
    description: `${total} bài báo, xếp từ gần đây nhất.`,
    section: 'articles',
    crumbs,
    main: flat([
      h('h1', 'Bài báo'),
      h('p', {className: ['lede']}, `${total} bài báo, theo ngày diễn ra sự kiện, xếp từ gần đây nhất.`),
      view.dated.length || !view.undated.length ? articleList(view.dated) : null,
      view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', articleList(view.undated)) : null,
      pager(view.pager)
    ])
  }
}

export function searchPage(view: SearchView, crumbs: Link[]): Page {
  return {
    title: 'Tìm kiếm',
    description: 'Tìm nhân vật, tỉnh thành, chuyên đề, sự kiện và bài báo; gõ có dấu hay không dấu đều được.',
    section: 'search',
    crumbs,
    search: true,
    main: flat([
      h('h1', 'Tìm kiếm'),
      h('form', {className: ['search-form'], role: 'search', hidden: true, dataSearchForm: ''}, [
        h('label', {htmlFor: 'tu-khoa'}, 'Từ khóa (có dấu hay không dấu đều được)'),
        h('div', {className: ['search-row']}, [
          h('input', {id: 'tu-khoa', name: 'q', type: 'search', autoComplete: 'off', spellCheck: 'false'}),
          h('button', {type: 'submit'}, 'Tìm')
        ]),
        h('p', {className: ['search-status'], ariaLive: 'polite', dataSearchStatus: ''})
      ]),
      h('p', {className: ['lede'], dataSearchIntro: ''}, 'Mọi trang của kho, theo loại. Khi trình duyệt bật JavaScript, ô tìm kiếm ở trên lọc danh sách này.'),
      view.groups.map((g, i) =>
        h('section', {ariaLabelledBy: `nhom-${i}`, className: ['block'], dataSearchGroup: ''}, [
          h('h2', {id: `nhom-${i}`}, g.name),
          h('ul', {className: ['plain-list']}, g.entries.map((e) =>
            h('li', {dataSearch: e.key}, [a(e.link), h('br'), h('small', e.detail)])
          )),
          g.more && g.total ? h('p', {className: ['more']}, [`${g.entries.length} trên ${g.total} mục. `, a(g.more)]) : null
        ].filter((x) => x !== null))
      )
    ])
  }
}
