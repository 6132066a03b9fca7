import {describe, expect, it} from 'vitest'
import {TIME_OF_DAY_HEADS, TIMES_OF_DAY} from '../../src/knowledge/calendar.js'
import {alternation} from '../../src/text/pattern.js'

describe('calendar words', () => {
  it('puts longer phrases first so they win', () => {
    const pattern = new RegExp(`^(?:${alternation(TIMES_OF_DAY)})`, 'u')
    expect(pattern.exec('sáng sớm 5/3')?.[0]).toBe('sáng sớm')
    expect(pattern.exec('chiều  tối 7/8')?.[0]).toBe('chiều  tối')
  })
  it('capitalises for sentence starts and escapes special characters', () => {
    expect(new RegExp(`^(?:${alternation(['sáng'], true)})$`, 'u').test('Sáng')).toBe(true)
    expect(alternation(['a.b'])).toBe(String.raw`a\.b`)
  })
  it('lists each first word once', () => {
    expect(TIME_OF_DAY_HEADS).toEqual(['sáng', 'chiều', 'tối', 'trưa', 'đêm'])
  })
})
