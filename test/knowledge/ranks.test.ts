import {describe, expect, it} from 'vitest'
import {
  MILITARY_RANKS,
  canonicalAcademicRank,
  canonicalMilitaryRank,
  canonicalRank,
  isMilitaryRank
} from '../../src/knowledge/ranks.js'
import {normalizeText} from '../../src/text/normalize.js'

describe('military and police ranks', () => {
  it('lists the twelve officer ranks and the NCOs', () => {
    for (const r of ['Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy']) {
      expect(MILITARY_RANKS).toContain(r)
    }
  })
  it('canonicalises case and spacing', () => {
    expect(canonicalMilitaryRank('THIẾU TƯỚNG')).toBe('Thiếu tướng')
    expect(canonicalMilitaryRank('đại  tá')).toBe('Đại tá')
    expect(canonicalMilitaryRank('phó đô đốc')).toBe('Phó Đô đốc')
  })
  it('accepts new-style tone placement once the text is normalised', () => {
    expect(canonicalMilitaryRank(normalizeText('Đại uý'))).toBe('Đại úy')
    expect(canonicalMilitaryRank(normalizeText('Thiếu uý'))).toBe('Thiếu úy')
  })
  it('tells military from academic', () => {
    expect(isMilitaryRank('Đại tá')).toBe(true)
    expect(isMilitaryRank('Chuẩn Đô đốc')).toBe(true)
    expect(isMilitaryRank('PGS.TS')).toBe(false)
  })
  it('does not take words that only look like ranks', () => {
    expect(canonicalMilitaryRank('Đại biểu')).toBeNull()
    expect(canonicalMilitaryRank('Trung ương')).toBeNull()
  })
})

describe('academic titles', () => {
  it('writes compounds in one compact form', () => {
    expect(canonicalRank('PGS.TS')).toBe('PGS.TS')
    expect(canonicalRank('PGS. TS')).toBe('PGS.TS')
    expect(canonicalRank('PGS-TS')).toBe('PGS.TS')
    expect(canonicalRank('GS.TSKH')).toBe('GS.TSKH')
    expect(canonicalRank('Th.S')).toBe('ThS')
    expect(canonicalRank('ThS')).toBe('ThS')
    expect(canonicalRank('TS')).toBe('TS')
  })
  it('abbreviates spelled titles', () => {
    expect(canonicalRank('Phó Giáo sư, Tiến sĩ')).toBe('PGS.TS')
    expect(canonicalRank('Tiến sĩ')).toBe('TS')
    expect(canonicalAcademicRank(['Giáo sư', 'Tiến sĩ khoa học'])).toBe('GS.TSKH')
  })
  it('prefers the military rank when both are given', () => {
    expect(canonicalRank('Đại tá, PGS.TS')).toBe('Đại tá')
    expect(canonicalRank('Thiếu tướng, GS.TS')).toBe('Thiếu tướng')
  })
  it('is null for words that are not ranks', () => {
    expect(canonicalRank('TP.HCM')).toBeNull()
    expect(canonicalRank('UBND')).toBeNull()
    expect(canonicalRank('Giám đốc')).toBeNull()
  })
})
