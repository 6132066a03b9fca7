import {describe, expect, it} from 'vitest'
import {DISTRICT_FACTS, findDistrictMentions} from '../../src/knowledge/districts.js'
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
    expect(findDistrictMentions('huyện Bến Cát')).toEqual([])
    expect(findDistrictMentions('Quận 123')).toEqual([])
    expect(findDistrictMentions('quận Hoàn Kiếm Mới')[0]?.name).toBe('Hoàn Kiếm')
  })
})
