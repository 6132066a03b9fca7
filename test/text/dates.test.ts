/** The rules of record dates: values, precision, calendar checks and the undated sort key. */
import {describe, expect, it} from 'vitest'
import {compareDates, DATE_TIME, dateSortKey, isCalendarDate, isCalendarDay, precisionOf, UNDATED} from '../../src/text/dates.js'

describe('dates', () => {
  it('reads the precision from the value', () => {
    expect(precisionOf('2024')).toBe('year')
    expect(precisionOf('2024-07')).toBe('month')
    expect(precisionOf('2024-07-23')).toBe('day')
    expect(precisionOf('24-07')).toBeNull()
    expect(precisionOf('2024-7-1')).toBeNull()
  })
  it('sorts undated last, with one key', () => {
    const list = [{value: '2024-07'}, null, {value: '2023'}, {value: '9999'}]
    expect([...list].sort(compareDates)).toEqual([{value: '2023'}, {value: '2024-07'}, {value: '9999'}, null])
    expect(dateSortKey(null)).toBe(UNDATED)
  })
  it('knows which days exist', () => {
    expect(isCalendarDay(2024, 2, 29)).toBe(true)
    expect(isCalendarDay(2023, 2, 29)).toBe(false)
    expect(isCalendarDay(3000, 1, 1)).toBe(false)
    expect(isCalendarDate('2023-02-29')).toBe(false)
    expect(isCalendarDate('2024-13')).toBe(false)
    expect(isCalendarDate('2024')).toBe(true)
  })
  it('reads a date-time with its parts', () => {
    expect(DATE_TIME.exec('2024-05-29T11:20+07:00')?.groups).toMatchObject({day: '2024-05-29', hour: '11', minute: '20', offset: '+07:00'})
    expect(DATE_TIME.exec('2024-05-29 25:00')).toBeNull()
  })
})
