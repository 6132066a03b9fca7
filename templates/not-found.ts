/** The 404 page: served by static hosts for any missing path. */
import {h} from 'hastscript'
import type {Link, Page} from './view-types.js'
import {a, flat} from './components.js'

export function notFoundPage(ways: Link[]): Page {
  return {
    title: 'Không tìm thấy trang',
    description: 'Trang này không có trong kho lưu trữ.',
    section: 'none',
    crumbs: [],
    main: flat([
      h('h1', 'Không tìm thấy trang'),
      h('p', {className: ['lede']}, 'Địa chỉ này không có trong kho lưu trữ. Có thể trang đã đổi tên, hoặc đường dẫn bị gõ sai.'),
      h('ul', {className: ['plain-list']}, ways.map((w) => h('li', a(w))))
    ])
  }
}
