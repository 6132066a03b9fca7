/**
 * The data as CSV, beside the JSON: `articles.csv` (one row per article, as
 * `articles.json`) and `appearances.csv` (one row per official per event,
 * as `events.json`'s `officials`). RFC 4180 (comma, CRLF, fields with a
 * comma, quote or line break quoted, quotes doubled), UTF-8 with a BOM so
 * spreadsheet programs read Vietnamese correctly. A cell that starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with `'`, so
 * a spreadsheet never runs it as a formula (CSV injection).
 *
 * The columns are data, with a description each: the data page lists them.
 */
import type {ArticleRecord, EventRecord} from '../types.js'
import {ROLE_LABEL} from './labels.js'

/** One column: its name in the header row, what it holds, and its value. */
export interface Column<T> {
  name: string
  description: string
  value: (row: T) => string | number | boolean | null
}

/** What starts a formula in a spreadsheet program. */
const FORMULA_START = /^[=+\-@\t\r]/

/** One cell, safe and quoted as needed. */
export function csvCell(value: string | number | boolean | null): string {
  if (value === null) return ''
  let text = String(value)
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole file: BOM, header row, one row per item, CRLF after each row. */
export function toCsv<T>(columns: readonly Column<T>[], rows: Iterable<T>): string {
  const lines = [columns.map((c) => csvCell(c.name)).join(',')]
  for (const row of rows) lines.push(columns.map((c) => csvCell(c.value(row))).join(','))
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

const list = (items: readonly string[]): string => items.join('; ')

export const ARTICLE_COLUMNS: readonly Column<ArticleRecord>[] = [
  {name: 'id', description: 'Mã bài; trang của bài là /articles/<id>/.', value: (a) => a.id},
  {name: 'title', description: 'Tiêu đề bài báo đăng; trống khi bài gốc không có tiêu đề.', value: (a) => a.title},
  {name: 'display_title', description: 'Tiêu đề hiển thị: tiêu đề gốc, hoặc tiêu đề hệ thống đặt từ sự kiện và địa điểm.', value: (a) => a.displayTitle},
  {name: 'date', description: 'Ngày diễn ra sự kiện: YYYY-MM-DD, YYYY-MM hoặc YYYY; trống khi bài không cho biết.', value: (a) => a.date?.value ?? null},
  {name: 'date_precision', description: 'Độ chính xác của ngày: day (ngày), month (tháng) hoặc year (năm).', value: (a) => a.date?.precision ?? null},
  {name: 'published', description: 'Ngày giờ đăng bài, ISO 8601.', value: (a) => a.published},
  {name: 'province', description: 'Tỉnh, thành phố nơi diễn ra sự kiện, theo tên vào thời điểm đó.', value: (a) => a.province?.name ?? null},
  {name: 'province_slug', description: 'Mã tỉnh, thành (trang /provinces/<mã>/).', value: (a) => a.province?.slug ?? null},
  {name: 'city', description: 'Thành phố, quận, huyện mà bài nêu.', value: (a) => a.city},
  {name: 'venue', description: 'Địa điểm (hội trường, trụ sở) mà bài nêu.', value: (a) => a.venue},
  {name: 'event_id', description: 'Mã sự kiện; các bài cùng đưa tin một sự kiện có chung mã.', value: (a) => a.event.id},
  {name: 'event_name', description: 'Tên sự kiện như bài viết.', value: (a) => a.event.name},
  {name: 'event_types', description: 'Loại sự kiện (tập huấn, hội thảo…), cách nhau bằng dấu chấm phẩy.', value: (a) => list(a.event.types)},
  {name: 'organizers', description: 'Đơn vị tổ chức như bài viết, cách nhau bằng dấu chấm phẩy.', value: (a) => list(a.event.organizers)},
  {name: 'attendance', description: 'Số người dự mà bài nêu.', value: (a) => a.event.attendance},
  {name: 'officials', description: 'Nhân vật trong bài, cách nhau bằng dấu chấm phẩy (chi tiết ở appearances.csv).', value: (a) => list(a.officials.map((o) => o.name))},
  {name: 'topics', description: 'Chuyên đề, cách nhau bằng dấu chấm phẩy.', value: (a) => list(a.topics.map((t) => t.name))},
  {name: 'authors', description: 'Tác giả theo dòng ký tên.', value: (a) => list(a.authors)},
  {name: 'outlet', description: 'Cơ quan báo chí.', value: (a) => a.source.outlet},
  {name: 'url', description: 'Địa chỉ bài gốc.', value: (a) => a.source.url},
  {name: 'source_file', description: 'Tệp nguồn trong thư mục bài báo.', value: (a) => a.source.file},
  {name: 'sha256', description: 'SHA-256 của tệp nguồn.', value: (a) => a.source.sha256},
  {name: 'warnings', description: 'Số cảnh báo khi trích xuất (chi tiết trong articles.json).', value: (a) => a.warnings.length}
]

/** One official at one event. */
export interface AppearanceRow {
  event: EventRecord
  official: EventRecord['officials'][number]
}

export const APPEARANCE_COLUMNS: readonly Column<AppearanceRow>[] = [
  {name: 'official_slug', description: 'Mã nhân vật (trang /officials/<mã>/).', value: (r) => r.official.slug},
  {name: 'official_name', description: 'Họ tên như bài viết.', value: (r) => r.official.name},
  {name: 'rank', description: 'Cấp hàm, học hàm, học vị tại sự kiện (Thiếu tướng, PGS.TS…).', value: (r) => r.official.rank},
  {name: 'positions', description: 'Chức vụ như bài viết, cách nhau bằng dấu chấm phẩy.', value: (r) => list(r.official.positions)},
  {name: 'role', description: 'Vai trò: chair, speaker, reporter, attendee hoặc mentioned.', value: (r) => r.official.role},
  {name: 'role_vi', description: 'Vai trò bằng tiếng Việt.', value: (r) => ROLE_LABEL[r.official.role]},
  {name: 'event_id', description: 'Mã sự kiện (trang /events/<mã>/).', value: (r) => r.event.id},
  {name: 'event_name', description: 'Tên sự kiện.', value: (r) => r.event.name},
  {name: 'event_date', description: 'Ngày diễn ra: YYYY-MM-DD, YYYY-MM hoặc YYYY.', value: (r) => r.event.date?.value ?? null},
  {name: 'province', description: 'Tỉnh, thành phố của sự kiện.', value: (r) => r.event.province?.name ?? null},
  {name: 'articles', description: 'Mã các bài đưa tin sự kiện, cách nhau bằng dấu chấm phẩy.', value: (r) => list(r.event.articles)}
]

/** Every official of every event, in the archive's event order. */
export function* appearanceRows(events: readonly EventRecord[]): Generator<AppearanceRow> {
  for (const event of events) for (const official of event.officials) yield {event, official}
}
