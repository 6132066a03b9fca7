/**
 * Every Vietnamese label the site shows for a value of the records, in
 * one place.
 */
import {FIELDS} from '../fields.js'
import type {OfficialRole} from '../types.js'
import type {IndexKind} from './paths.js'

/** How a person took part, in Vietnamese. */
export const ROLE_LABEL: Record<OfficialRole, string> = {
  chair: 'chủ trì',
  speaker: 'phát biểu',
  reporter: 'báo cáo viên',
  attendee: 'dự',
  mentioned: 'được nhắc đến'
}

/** The names of the index pages, for the navigation and the breadcrumbs. */
export const INDEX_LABEL: Record<Exclude<IndexKind, 'home'>, string> = {
  articles: 'Bài báo',
  events: 'Sự kiện',
  provinces: 'Tỉnh, thành',
  officials: 'Nhân vật',
  topics: 'Chuyên đề',
  years: 'Theo năm',
  search: 'Tìm kiếm',
  data: 'Dữ liệu'
}

/** The index pages the site's navigation links to, in order. */
export const NAV_KINDS = ['events', 'provinces', 'officials', 'topics', 'years', 'search'] as const

/**
 * The names of the record's fields, for the evidence table, from `FIELDS`;
 * an event's own evidence (on the event page) drops the `event.` prefix.
 */
const FIELD_LABEL: Record<string, string> = Object.fromEntries([
  ...FIELDS.map((f) => [f.path, f.label] as const),
  ...FIELDS.filter((f) => f.path.startsWith('event.')).map((f) => [f.path.slice('event.'.length), f.label] as const)
])

/** The order fields appear in the evidence table. */
const FIELD_ORDER = Object.keys(FIELD_LABEL)

/** The parts of a record's sub-fields, for the evidence table. */
const PART_LABEL: Record<string, string> = {
  rank: 'cấp hàm, học hàm',
  role: 'vai trò',
  positions: 'chức vụ',
  name: 'tên'
}

/**
 * `officials.2.rank` → `{field: 'officials', index: 2, part: 'rank'}`;
 * `event.name` → `{field: 'event.name', index: null, part: null}`.
 */
export function splitEvidenceKey(key: string): {field: string; index: number | null; part: string | null} {
  const match = /^(.+?)\.(\d+)(?:\.([A-Za-z]+))?$/.exec(key)
  return match ? {field: match[1]!, index: Number(match[2]), part: match[3] ?? null} : {field: key, index: null, part: null}
}

/** The label of an evidence key, e.g. `officials.0` → `Người tham gia`, `officials.0.rank` → `Người tham gia: cấp hàm, học hàm`. */
export function fieldLabel(key: string): string {
  const {field, part} = splitEvidenceKey(key)
  const label = FIELD_LABEL[field] ?? key
  return part ? `${label}: ${PART_LABEL[part] ?? part}` : label
}

/** Evidence keys in reading order: by field order, then index, then part (the whole value first). */
export function compareEvidenceKeys(a: string, b: string): number {
  const ka = splitEvidenceKey(a)
  const kb = splitEvidenceKey(b)
  const ra = FIELD_ORDER.indexOf(ka.field)
  const rb = FIELD_ORDER.indexOf(kb.field)
  const oa = ra === -1 ? FIELD_ORDER.length : ra
  const ob = rb === -1 ? FIELD_ORDER.length : rb
  if (oa !== ob) return oa - ob
  if (ka.field !== kb.field) return ka.field < kb.field ? -1 : 1
  if (ka.index !== kb.index) return (ka.index ?? -1) - (kb.index ?? -1)
  if (ka.part === kb.part) return 0
  if (ka.part === null) return -1
  if (kb.part === null) return 1
  return ka.part < kb.part ? -1 : 1
}

/** `3 bài`, `1 sự kiện`: Vietnamese nouns do not change in the plural. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('vi-VN')} ${noun}`
}

/** Kinds of province, as shown beside a name. */
export const KIND_LABEL = {'tỉnh': 'Tỉnh', 'thành phố': 'Thành phố trực thuộc trung ương'} as const
