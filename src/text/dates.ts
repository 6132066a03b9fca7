/**
 * The rules of the record's dates, in one place: a date is a string
 * `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (never a `Date`, which would shift a
 * day west of UTC), its precision is its length, and undated things sort
 * last. Extraction, front matter, the archive and the pages all use these.
 */
import type {DatePrecision} from '../types.js'

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
const DATE_VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/

/**
 * An ISO 8601 day followed by a time: groups `day`, `hour`, `minute` and an
 * optional `offset` (`Z`, `+07:00`, `+0700`).
 */
export const DATE_TIME =
  /^(?<day>\d{4}-\d{2}-\d{2})[T ](?<hour>[01]\d|2[0-3]):(?<minute>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?<offset>Z|[+-](?:[01]\d|2[0-3]):?[0-5]\d)?$/

/**
 * The sort key of "no date": after every date value, so undated things are
 * listed last (oldest first) and apart.
 */
export const UNDATED = '\uffff'

/** A date's sort key: its value, or `UNDATED`. */
export function dateSortKey(date: {value: string} | null | undefined): string {
  return date?.value ?? UNDATED
}

/** Oldest first, undated last (0 for the same value). */
export function compareDates(a: {value: string} | null | undefined, b: {value: string} | null | undefined): number {
  const av = dateSortKey(a)
  const bv = dateSortKey(b)
  return av === bv ? 0 : av < bv ? -1 : 1
}

/** The precision a date value has by its length, or null when it is not one. */
export function precisionOf(value: string): DatePrecision | null {
  if (!DATE_VALUE.test(value)) return null
  return value.length === 4 ? 'year' : value.length === 7 ? 'month' : 'day'
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Whether a day printed in a text exists (proleptic Gregorian, years 1000–2999). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}

/** Whether `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (as an editor writes it) names a day, month or year that exists. */
export function isCalendarDate(value: string): boolean {
  const match = DATE_VALUE.exec(value)
  if (!match) return false
  const year = Number(match[1])
  const month = match[2] === undefined ? 1 : Number(match[2])
  const day = match[3] === undefined ? 1 : Number(match[3])
  if (year < 1000 || month < 1 || month > 12 || day < 1) return false
  return day <= daysInMonth(year, month)
}
