/**
 * Dates in Vietnamese, with date-fns and its `vi` locale. Dates stay
 * `YYYY-MM-DD` / `YYYY-MM` / `YYYY` strings until they are shown; parsing
 * with `parseISO` gives a local date, so no time zone can move a day.
 */
import {format} from 'date-fns/format'
import {isValid} from 'date-fns/isValid'
import {parseISO} from 'date-fns/parseISO'
import {vi} from 'date-fns/locale/vi'
import {compareDates, DATE_TIME} from '../text/dates.js'
import type {EventDate} from '../types.js'

/** What an unknown date reads as, everywhere. */
export const UNKNOWN_DATE = 'Chưa rõ ngày'

function parse(value: string): Date | null {
  const date = parseISO(value)
  return isValid(date) ? date : null
}

/**
 * A date in prose and headings, as Vietnamese writes it: `2024-07-23` →
 * `ngày 23 tháng 7 năm 2024`; `2024-07` → `tháng 7 năm 2024`; `2024` → `năm 2024`.
 */
export function formatDateValue(value: string): string {
  const date = parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value)
  if (!date) return value
  if (value.length === 4) return format(date, "'năm' yyyy", {locale: vi})
  if (value.length === 7) return format(date, "'tháng' M 'năm' yyyy", {locale: vi})
  return format(date, "'ngày' d 'tháng' M 'năm' yyyy", {locale: vi})
}

/** A date in compact lists: `2024-07-23` → `23/7/2024`; `2024-07` → `7/2024`; `2024` → `2024`. */
export function formatDateShort(value: string): string {
  const date = parse(value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value)
  if (!date) return value
  if (value.length === 4) return format(date, 'yyyy')
  if (value.length === 7) return format(date, 'M/yyyy')
  return format(date, 'd/M/yyyy')
}

/** An event date in words, or `Chưa rõ ngày`. */
export function formatEventDate(date: EventDate | null): string {
  return date ? formatDateValue(date.value) : UNKNOWN_DATE
}

/** Vietnam's offset: the time is shown without a zone. */
const VIETNAM_OFFSETS: ReadonlySet<string> = new Set(['+07:00', '+0700'])

/**
 * A publication date or date-time, as written: `2024-05-29T11:20` →
 * `11:20 ngày 29 tháng 5 năm 2024`. The clock time is the one in the source,
 * never converted to the build machine's time zone (which would change the
 * hour, even the day, from one machine to the next); an offset other than
 * Vietnam's is named: `2024-05-29T04:20Z` → `04:20 (UTC) ngày 29 tháng 5 năm 2024`.
 */
export function formatPublished(value: string): string {
  const match = DATE_TIME.exec(value)
  if (!match) return parse(value) ? formatDateValue(value.slice(0, 10)) : value
  const {day = '', hour = '', minute = '', offset} = match.groups ?? {}
  if (!parse(day)) return value
  const zone = offset === undefined || VIETNAM_OFFSETS.has(offset) ? '' : offset === 'Z' || /^[+-]00:?00$/.test(offset) ? ' (UTC)' : ` (UTC${offset})`
  return `${hour}:${minute}${zone} ${formatDateValue(day)}`
}

/** `2024-07` → `Tháng 7`; the month's name within a year. */
export function monthName(month: number): string {
  return format(new Date(2000, month - 1, 1), "'Tháng' M", {locale: vi})
}

/** Newest first; undated last; ties broken by id for a stable order. */
export function compareNewest(a: {date: EventDate | null; id: string}, b: {date: EventDate | null; id: string}): number {
  const av = a.date?.value ?? ''
  const bv = b.date?.value ?? ''
  if (av !== bv) return av < bv ? 1 : -1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** Oldest first; undated last; ties broken by id. */
export function compareOldest(a: {date: EventDate | null; id: string}, b: {date: EventDate | null; id: string}): number {
  return compareDates(a.date, b.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
}

/** `YYYY` of a date, or null. */
export function yearOf(date: EventDate | null): string | null {
  return date ? date.value.slice(0, 4) : null
}

/** `YYYY-MM` of a date precise to the month or day, or null. */
export function monthOf(date: EventDate | null): string | null {
  return date && date.precision !== 'year' ? date.value.slice(0, 7) : null
}

/** Every month from `first` to `last` (`YYYY-MM`), inclusive. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = []
  let [y, m] = first.split('-').map(Number) as [number, number]
  const [ly, lm] = last.split('-').map(Number) as [number, number]
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, '0')}`)
    m++
    if (m > 12) {
      m = 1
      y++
    }
  }
  return out
}
