/**
 * The fields of an article's record, one row each: what the site calls it,
 * and, for a field an editor may set, its front-matter key, how that key's
 * value is checked, how it replaces what extraction found, and which
 * extraction warnings it silences.
 *
 * Read by the front-matter stage (which keys exist and how each is checked),
 * the extract stage's assembler (the override loop), the message catalogue
 * (the list of keys) and the render labels (names and order of the evidence
 * table). Adding a field an editor may set is one row here plus its
 * extractor; the record's type stays in `types.ts` (the public contract).
 *
 * This module imports no stage and, from `messages.ts`, only types, so any
 * module may read it.
 */
import {provinceRef, resolveProvince} from './knowledge/provinces.js'
import type {RuleId} from './messages.js'
import {slug} from './text/slug.js'
import {precisionOf} from './text/dates.js'
import type {EventDate, Extraction, FrontMatterOfficial} from './types.js'

/** How a front-matter value is checked (the checks live in `stages/frontmatter.ts`). */
export interface CheckValue {
  /** One line of text; `null` clears the field. */
  text: string | null
  /** Like text, but a whole number is taken as written (`id: 2024`). */
  id: string | null
  /** A list of names; a single name is a list of one. */
  list: string[]
  /** A list of names, or of `{name, rank?, positions?, role?}` entries. */
  officials: FrontMatterOfficial[]
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a date that exists. */
  date: string | null
  /** A date, or a date-time with an optional offset. */
  published: string | null
  /** An http(s) address. */
  url: string | null
}
export type CheckKind = keyof CheckValue

/** The extracted values, before evidence and warnings are attached. */
export type Draft = Omit<Extraction, 'evidence' | 'warnings' | 'spans'>

/** What a front-matter value does to the draft: replaces fields, or is refused with a warning. */
type Override = {set: Partial<Draft>} | {refused: RuleId; params: Record<string, string | number>}

/** How a front-matter key overrides extraction. */
export interface FrontMatterRule<K extends string = string, C extends CheckKind = CheckKind> {
  /** The YAML key. */
  key: K
  check: C
  /**
   * The fields the value replaces, given the draft so far. Absent for a key
   * that another stage reads (`id`, read by the archive).
   */
  override?(value: CheckValue[C], draft: Draft): Override
  /** Extraction warnings that are not reported once an editor set the key. */
  silences: readonly RuleId[]
  /**
   * The evidence the value gets: one `{frontMatter: key}` under the field's
   * name (`whole`) or one per item (`officials.0`, `officials.1`, `items`).
   */
  evidence: 'whole' | 'items'
}

/** One field of the record. */
export interface FieldDef {
  /** The field's evidence key (`title`, `event.attendance`); items add `.N`. */
  path: string
  /** Its name on the site, in Vietnamese. */
  label: string
  /** How an editor sets it, when they may. */
  frontMatter?: FrontMatterRule
}

function rule<const K extends string, C extends CheckKind>(def: FrontMatterRule<K, C>): FrontMatterRule<K, C> {
  return def
}

/** A front-matter date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, already validated) as an `EventDate`. */
export function frontMatterDate(value: string): EventDate | null {
  const precision = precisionOf(value)
  if (!precision) return null
  return {value, precision, basis: 'khóa date trong front matter'}
}

const set = (fields: Partial<Draft>): Override => ({set: fields})

/** The front-matter keys, in the order the messages list them. */
const RULES = [
  rule({key: 'title', check: 'text', evidence: 'whole', silences: ['no-title'], override: (title) => set({title})}),
  rule({
    key: 'date', check: 'date', evidence: 'whole',
    silences: ['date-no-year', 'no-date', 'date-invalid', 'date-conflict'],
    override: (value) => set({date: value ? frontMatterDate(value) : null})
  }),
  rule({
    key: 'province', check: 'text', evidence: 'whole',
    silences: ['no-province', 'province-ambiguous'],
    override: (value) => {
      if (value === null) return set({province: null})
      const resolved = resolveProvince(value)
      return resolved ? set({province: provinceRef(resolved)}) : {refused: 'front-matter-province', params: {value}}
    }
  }),
  rule({
    key: 'officials', check: 'officials', evidence: 'items',
    silences: ['official-unresolved'],
    override: (list) =>
      set({
        officials: list.map((o) => ({
          name: o.name,
          slug: slug(o.name),
          rank: o.rank ?? null,
          positions: o.positions ? [...o.positions] : [],
          role: o.role ?? 'mentioned'
        }))
      })
  }),
  rule({key: 'topics', check: 'list', evidence: 'items', silences: [], override: (names) => set({topics: names.map((name) => ({name, slug: slug(name)}))})}),
  rule({key: 'authors', check: 'list', evidence: 'whole', silences: [], override: (authors) => set({authors: [...authors]})}),
  rule({key: 'url', check: 'url', evidence: 'whole', silences: [], override: (url) => set({url})}),
  rule({key: 'outlet', check: 'text', evidence: 'whole', silences: [], override: (outlet) => set({outlet})}),
  rule({key: 'id', check: 'id', evidence: 'whole', silences: []}),
  rule({key: 'published', check: 'published', evidence: 'whole', silences: [], override: (published) => set({published})}),
  rule({key: 'city', check: 'text', evidence: 'whole', silences: [], override: (city) => set({city})}),
  rule({key: 'venue', check: 'text', evidence: 'whole', silences: [], override: (venue) => set({venue})}),
  rule({
    key: 'attendanceQualifier', check: 'text', evidence: 'whole', silences: [],
    override: (attendanceQualifier, draft) => set({event: {...draft.event, attendanceQualifier}})
  })
] as const

type RuleOf<K extends string> = Extract<(typeof RULES)[number], {key: K}>
const fm = <K extends (typeof RULES)[number]['key']>(key: K): RuleOf<K> => RULES.find((r) => r.key === key) as RuleOf<K>

/** The record's fields, in the order of the evidence table. */
export const FIELDS: readonly FieldDef[] = [
  {path: 'id', label: 'Mã bài', frontMatter: fm('id')},
  {path: 'title', label: 'Tiêu đề', frontMatter: fm('title')},
  {path: 'date', label: 'Ngày diễn ra', frontMatter: fm('date')},
  {path: 'published', label: 'Ngày đăng', frontMatter: fm('published')},
  {path: 'province', label: 'Tỉnh, thành phố', frontMatter: fm('province')},
  {path: 'city', label: 'Thành phố, quận, huyện', frontMatter: fm('city')},
  {path: 'venue', label: 'Địa điểm', frontMatter: fm('venue')},
  {path: 'officials', label: 'Người tham gia', frontMatter: fm('officials')},
  {path: 'authors', label: 'Tác giả', frontMatter: fm('authors')},
  {path: 'topics', label: 'Chuyên đề', frontMatter: fm('topics')},
  {path: 'outlet', label: 'Cơ quan báo chí', frontMatter: fm('outlet')},
  {path: 'url', label: 'Địa chỉ bài gốc', frontMatter: fm('url')},
  {path: 'event', label: 'Sự kiện'},
  {path: 'event.name', label: 'Tên sự kiện'},
  {path: 'event.types', label: 'Loại sự kiện'},
  {path: 'event.organizers', label: 'Đơn vị tổ chức'},
  {path: 'event.attendance', label: 'Số người dự'},
  {path: 'event.attendanceQualifier', label: 'Cách nêu số người dự', frontMatter: fm('attendanceQualifier')}
]

/** The front-matter rules, in the order of `RULES` (the order the messages list them). */
export const FRONT_MATTER: readonly {field: FieldDef; rule: FrontMatterRule}[] = RULES.map((r) => ({
  field: FIELDS.find((f) => f.frontMatter === r)!,
  rule: r as FrontMatterRule
}))

/** The keys front matter may hold, for messages. */
export const FRONT_MATTER_KEYS: readonly string[] = RULES.map((r) => r.key)

/** The editor-set fields of a file's front matter, validated; every key optional. */
export type FrontMatterOf = {
  -readonly [R in (typeof RULES)[number] as R['key']]?: CheckValue[R['check']]
}
