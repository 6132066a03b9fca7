/** The data page: every downloadable file, what it holds, its columns, the licence. */
import {DEFAULT_LICENSE} from '../../src/config.js'
import {APPEARANCE_COLUMNS, ARTICLE_COLUMNS} from '../../src/render/csv.js'
import type {Site} from '../../src/render/site.js'
import type {DataFileView, DataPageView} from './types.js'

/** The JSON files and what each holds (the fields are in `docs/RECORDS.md`). */
const JSON_FILES: readonly {name: string; description: string}[] = [
  {name: 'articles', description: 'Mỗi bài báo một bản ghi: tiêu đề, ngày, tỉnh, thành, nhân vật (cấp hàm, chức vụ, vai trò), chuyên đề, sự kiện, cảnh báo và căn cứ (dòng, cột) của từng giá trị.'},
  {name: 'events', description: 'Mỗi sự kiện một bản ghi: tên, loại, ngày, nơi diễn ra, đơn vị tổ chức, số người dự, nhân vật và các bài đưa tin.'},
  {name: 'officials', description: 'Mỗi nhân vật một bản ghi: họ tên, cấp hàm gần nhất, các lần xuất hiện với cấp hàm, chức vụ, vai trò tại từng bài.'},
  {name: 'provinces', description: 'Mỗi tỉnh, thành một bản ghi: tên, loại, vùng, đơn vị mới từ 1/7/2025, các sự kiện và bài báo.'},
  {name: 'topics', description: 'Mỗi chuyên đề một bản ghi: tên, các sự kiện và bài báo.'}
]

export function dataPageView(site: Site): DataPageView {
  const csv = (name: string, description: string, columns: readonly {name: string; description: string}[]): DataFileView => ({
    link: {href: site.hrefs.to(`data/${name}.csv`), text: `${name}.csv`},
    format: 'CSV',
    description,
    columns: columns.map((c) => ({name: c.name, description: c.description}))
  })
  return {
    files: [
      csv('articles', 'Mỗi bài báo một dòng, như articles.json; các danh sách trong một ô cách nhau bằng dấu chấm phẩy.', ARTICLE_COLUMNS),
      csv('appearances', 'Mỗi nhân vật tại mỗi sự kiện một dòng, với cấp hàm, chức vụ và vai trò, như mục officials của events.json.', APPEARANCE_COLUMNS),
      ...JSON_FILES.map((f): DataFileView => ({link: {href: site.hrefs.to(`data/${f.name}.json`), text: `${f.name}.json`}, format: 'JSON', description: f.description, columns: []}))
    ],
    license: site.options.license ?? DEFAULT_LICENSE,
    feed: {href: site.hrefs.to('feed.xml'), text: 'feed.xml'}
  }
}
