import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {isVietnameseSyllable} from '../../src/text/syllable.js'

describe('isVietnameseSyllable', () => {
  it('accepts syllables of every shape, with any tone', () => {
    for (const w of ['a', 'Mỹ', 'gìn', 'gia', 'quyền', 'Nguyễn', 'nghiêng', 'khuya', 'Hoàng', 'xoong', 'Thuỷ', 'Thúy', 'oanh', 'uyên', 'Đường', 'NGUYỄN']) {
      expect(isVietnameseSyllable(w), w).toBe(true)
    }
  })
  it('rejects a word cut before its final, foreign words, abbreviations and ethnic names', () => {
    for (const w of ['Việ', 'Breaking', 'News', 'CATP', 'UBND', 'Ksor', 'H\'Xíu', 'ă', 'tp', '']) {
      expect(isVietnameseSyllable(w), w).toBe(false)
    }
  })
  it('never throws on any string', () => {
    fc.assert(fc.property(fc.string(), (s) => typeof isVietnameseSyllable(s) === 'boolean'))
  })
})
