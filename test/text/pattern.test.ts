/** Regex helpers: escaping and alternations of phrases. */
import {describe, expect, it} from 'vitest'
import {alternation, escapeRegExp} from '../../src/text/pattern.js'

describe('escapeRegExp', () => {
  it('matches the text literally', () => {
    for (const text of ['TP.HCM', 'a+b', '(Ảnh)', '[x]', 'a|b', '^$', 'C:\\', '{1}', '*?']) {
      expect(new RegExp(`^${escapeRegExp(text)}$`, 'u').test(text), text).toBe(true)
    }
    expect(new RegExp(escapeRegExp('TP.HCM')).test('TPxHCM')).toBe(false)
  })
})

describe('alternation', () => {
  it('puts the longest phrase first and lets a space match several', () => {
    const re = new RegExp(`^(?:${alternation(['sáng', 'sáng sớm'])})`, 'u')
    expect(re.exec('sáng  sớm nay')?.[0]).toBe('sáng  sớm')
    expect(new RegExp(`^(?:${alternation(['a.b'])})$`).test('axb')).toBe(false)
  })
})
