/** The data page: the downloadable files, their columns, and the licence. */
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {DataPageView} from './types.js'
import {a, flat, section} from '../components.js'

export function dataPage(view: DataPageView, crumbs: Link[]): Page {
  const csv = view.files.filter((f) => f.format === 'CSV')
  const json = view.files.filter((f) => f.format === 'JSON')
  return {
    title: 'Dữ liệu',
    description: 'Tải về dữ liệu của kho lưu trữ dưới dạng CSV và JSON, kèm mô tả từng cột.',
    section: 'none',
    crumbs,
    main: flat([
      h('h1', 'Dữ liệu'),
      h('p', {className: ['lede']}, 'Toàn bộ dữ liệu của kho lưu trữ, để dùng lại trong nghiên cứu. Tệp CSV mở được bằng Excel, LibreOffice hay Google Sheets (mã hóa UTF-8 có BOM); tệp JSON đầy đủ hơn, kèm căn cứ của từng giá trị.'),
      h('p', {className: ['license']}, [h('strong', 'Giấy phép: '), view.license]),
      section('csv', 'Bảng tính (CSV)', ...csv.map((f) =>
        h('section', {className: ['data-file']}, [
          h('h3', a(f.link)),
          h('p', f.description),
          h('table', {className: ['data-columns']}, [
            h('caption', `Các cột của ${f.link.text}`),
            h('thead', h('tr', [h('th', {scope: 'col'}, 'Cột'), h('th', {scope: 'col'}, 'Nội dung')])),
            h('tbody', f.columns.map((c) => h('tr', [h('th', {scope: 'row'}, h('code', c.name)), h('td', c.description)])))
          ])
        ])
      )),
      section('json', 'Bản ghi đầy đủ (JSON)',
        h('dl', {className: ['facts']}, json.map((f) => h('div', [h('dt', a(f.link)), h('dd', f.description)]))),
        h('p', ['Các trường của bản ghi được mô tả trong tệp docs/RECORDS.md của dự án. Tin mới theo dõi được qua nguồn Atom ', a(view.feed), '.'])
      )
    ])
  }
}
