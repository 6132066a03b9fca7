/**
 * The search page. Without JavaScript it says how to browse instead; with
 * it, `search.js` runs the `?q=` query through Pagefind and fills the
 * results, facets and status below (text inserted as text, never markup).
 */
import {h} from 'hastscript'
import type {SearchPageView} from './view.js'
import type {Link, Page} from '../view-types.js'
import {a, flat} from '../components.js'

export function searchPage(view: SearchPageView, crumbs: Link[]): Page {
  return {
    title: 'Tìm kiếm',
    description: 'Tìm nhân vật, tỉnh thành, chuyên đề, sự kiện và bài báo; gõ có dấu hay không dấu đều được.',
    section: 'search',
    crumbs,
    search: true,
    main: flat([
      h('h1', 'Tìm kiếm'),
      h('form', {className: ['search-form'], role: 'search', ariaLabel: 'Tìm kiếm toàn văn', method: 'get', dataSearchForm: '', dataBundle: view.bundle, dataBase: view.base}, [
        h('label', {htmlFor: 'tu-khoa'}, 'Từ khóa (có dấu hay không dấu đều được)'),
        h('div', {className: ['search-row']}, [
          h('input', {id: 'tu-khoa', name: 'q', type: 'search', autoComplete: 'off', spellCheck: 'false'}),
          h('button', {type: 'submit'}, 'Tìm')
        ])
      ]),
      h('div', {className: ['search-nojs'], dataSearchNojs: ''}, [
        h('p', {className: ['lede'], dataSearchNote: ''}, 'Tìm kiếm toàn văn cần JavaScript. Không có JavaScript, bạn vẫn duyệt được cả kho:'),
        h('ul', {className: ['plain-list', 'browse-list']}, view.browse.map((link) => h('li', a(link)))),
        view.years.length ? h('p', ['Theo năm: ', ...view.years.flatMap((link, i) => (i === 0 ? [a(link)] : [', ', a(link)]))]) : null
      ].filter((x) => x !== null)),
      h('p', {className: ['search-status'], role: 'status', ariaLive: 'polite', dataSearchStatus: ''}),
      h('div', {className: ['search-layout'], hidden: true, dataSearchResults: ''}, [
        h('details', {className: ['search-filters'], dataSearchFilters: ''}, [h('summary', 'Lọc kết quả'), h('div', {className: ['search-facets'], dataSearchFacets: ''})]),
        h('section', {className: ['search-hits'], ariaLabelledBy: 'ket-qua'}, [
          h('div', {className: ['search-toolbar']}, [
            h('h2', {id: 'ket-qua'}, 'Kết quả'),
            h('label', {htmlFor: 'sap-xep'}, 'Sắp xếp'),
            h('select', {id: 'sap-xep', name: 'sort', dataSearchSort: ''}, [
              h('option', {value: ''}, 'Liên quan nhất'),
              h('option', {value: 'desc'}, 'Mới nhất'),
              h('option', {value: 'asc'}, 'Cũ nhất')
            ])
          ]),
          h('ol', {className: ['search-list'], dataSearchList: ''}),
          h('button', {type: 'button', className: ['search-more'], hidden: true, dataSearchMore: ''}, 'Xem thêm kết quả')
        ])
      ])
    ])
  }
}
