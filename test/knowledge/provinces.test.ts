import {describe, it, expect} from 'vitest'
import {normalizeText} from '../../src/text/normalize.js'
import {slug} from '../../src/text/slug.js'
import {
  provinceAt,
  PROVINCES,
  PROVINCES_2025,
  REGIONS,
  findProvinceMentions,
  newTonePlacement,
  provinceBySlug,
  provinceRef,
  resolveProvince,
  since2025,
  unit2025BySlug,
  type Province
} from '../../src/knowledge/provinces.js'

const bySlug = (s: string): Province => {
  const province = provinceBySlug(s)
  if (!province) throw new Error(`no province ${s}`)
  return province
}

/** The mentions as `[slug, text, qualified, ambiguous]`, for compact assertions. */
const mentions = (text: string): [string, string, boolean, boolean][] =>
  findProvinceMentions(text).map((m) => [m.province.slug, m.text, m.qualified, m.ambiguous])

describe('the 2024 provinces', () => {
  it('are the 63 units with unique slugs, names and codes', () => {
    expect(PROVINCES).toHaveLength(63)
    expect(new Set(PROVINCES.map((p) => p.slug)).size).toBe(63)
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(63)
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(63)
    expect(PROVINCES.every((p) => p.before2025)).toBe(true)
  })

  it('has five centrally governed cities', () => {
    expect(PROVINCES.filter((p) => p.kind === 'thành phố').map((p) => p.name)).toEqual([
      'Hà Nội', 'Hải Phòng', 'Đà Nẵng', 'Thành phố Hồ Chí Minh', 'Cần Thơ'
    ])
  })

  it('makes slugs without Tỉnh/Thành phố', () => {
    expect(bySlug('ho-chi-minh').name).toBe('Thành phố Hồ Chí Minh')
    expect(bySlug('binh-duong').name).toBe('Bình Dương')
    expect(bySlug('dak-lak').name).toBe('Đắk Lắk')
    expect(bySlug('ba-ria-vung-tau').name).toBe('Bà Rịa - Vũng Tàu')
    expect(bySlug('thua-thien-hue').name).toBe('Thừa Thiên Huế')
    for (const p of PROVINCES) expect(p.slug).toBe(slug(p.name.replace(/^Thành phố /u, '')))
    expect(provinceRef(bySlug('ho-chi-minh'))).toEqual({name: 'Thành phố Hồ Chí Minh', slug: 'ho-chi-minh'})
  })

  it('stores names and aliases normalised (NFC, old tone placement)', () => {
    for (const p of PROVINCES) {
      for (const s of [p.name, p.capital, ...p.aliases]) expect(normalizeText(s)).toBe(s)
    }
    expect(bySlug('khanh-hoa').name).toBe('Khánh Hòa')
    expect(bySlug('thanh-hoa').name).toBe('Thanh Hóa')
  })

  it('groups them in the six regions, listed north to south', () => {
    expect(REGIONS).toEqual([
      'Trung du và miền núi phía Bắc',
      'Đồng bằng sông Hồng',
      'Bắc Trung Bộ và duyên hải miền Trung',
      'Tây Nguyên',
      'Đông Nam Bộ',
      'Đồng bằng sông Cửu Long'
    ])
    const counts = REGIONS.map((r) => PROVINCES.filter((p) => p.region === r).length)
    expect(counts).toEqual([14, 11, 14, 5, 6, 13])
    expect(bySlug('binh-duong').region).toBe('Đông Nam Bộ')
    expect(bySlug('binh-dinh').region).toBe('Bắc Trung Bộ và duyên hải miền Trung')
    expect(bySlug('quang-ninh').region).toBe('Đồng bằng sông Hồng')
  })

  it('puts every centre inside Vietnam', () => {
    for (const p of [...PROVINCES, ...PROVINCES_2025]) {
      const [lon, lat] = p.center
      expect(lon, p.name).toBeGreaterThanOrEqual(102)
      expect(lon, p.name).toBeLessThanOrEqual(110)
      expect(lat, p.name).toBeGreaterThanOrEqual(8)
      expect(lat, p.name).toBeLessThanOrEqual(23.5)
    }
  })

  it('places the centres roughly north to south by region', () => {
    const north = PROVINCES.filter((p) => p.region === REGIONS[0]).map((p) => p.center[1])
    const delta = PROVINCES.filter((p) => p.region === REGIONS[5]).map((p) => p.center[1])
    expect(Math.min(...north)).toBeGreaterThan(Math.max(...delta))
    expect(bySlug('ha-noi').center[1]).toBeGreaterThan(bySlug('ho-chi-minh').center[1])
  })
})

describe('the 2025 units', () => {
  it('are the 34 units with unique slugs', () => {
    expect(PROVINCES_2025).toHaveLength(34)
    expect(new Set(PROVINCES_2025.map((u) => u.slug)).size).toBe(34)
    expect(PROVINCES_2025.filter((u) => u.mergedFrom.length === 1)).toHaveLength(11)
    expect(PROVINCES_2025.filter((u) => u.kind === 'thành phố').map((u) => u.slug).sort()).toEqual(
      ['can-tho', 'da-nang', 'ha-noi', 'hai-phong', 'ho-chi-minh', 'hue']
    )
  })

  it('link both ways with the 2024 provinces, each 2024 province in exactly one unit', () => {
    const seen: string[] = []
    for (const unit of PROVINCES_2025) {
      for (const from of unit.mergedFrom) {
        expect(bySlug(from).since2025).toBe(unit.slug)
        seen.push(from)
      }
    }
    expect(seen.sort()).toEqual(PROVINCES.map((p) => p.slug).sort())
    for (const p of PROVINCES) {
      const unit = unit2025BySlug(p.since2025)
      expect(unit, p.name).toBeDefined()
      expect(unit!.mergedFrom).toContain(p.slug)
    }
  })

  it('knows the mergers of the gold articles', () => {
    const binhDuong = since2025(bySlug('binh-duong'))
    expect(binhDuong.unit.name).toBe('Thành phố Hồ Chí Minh')
    expect(binhDuong.unit.slug).toBe('ho-chi-minh')
    expect(binhDuong.unit.mergedFrom).toEqual(['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'])
    expect(binhDuong.mergedWith.map((p) => p.name)).toEqual(['Thành phố Hồ Chí Minh', 'Bà Rịa - Vũng Tàu'])

    expect(since2025(bySlug('ho-chi-minh')).mergedWith.map((p) => p.name)).toEqual(['Bình Dương', 'Bà Rịa - Vũng Tàu'])
    expect(since2025(bySlug('binh-dinh')).unit.name).toBe('Gia Lai')
    expect(since2025(bySlug('binh-dinh')).mergedWith.map((p) => p.name)).toEqual(['Gia Lai'])
    expect(since2025(bySlug('tay-ninh')).unit.name).toBe('Tây Ninh')
    expect(since2025(bySlug('tay-ninh')).mergedWith.map((p) => p.name)).toEqual(['Long An'])
  })

  it('makes Thừa Thiên Huế the city of Huế and leaves the unchanged alone', () => {
    const hue = since2025(bySlug('thua-thien-hue'))
    expect(hue.unit).toMatchObject({name: 'Huế', slug: 'hue', kind: 'thành phố'})
    expect(hue.mergedWith).toEqual([])
    expect(since2025(bySlug('nghe-an'))).toMatchObject({unit: {slug: 'nghe-an'}, mergedWith: []})
    expect(unit2025BySlug('binh-duong')).toBeUndefined()
  })
})

describe('resolveProvince', () => {
  it.each([
    ['TPHCM', 'ho-chi-minh'],
    ['TP.HCM', 'ho-chi-minh'],
    ['TP. HCM', 'ho-chi-minh'],
    ['Tp.HCM', 'ho-chi-minh'],
    ['TP Hồ Chí Minh', 'ho-chi-minh'],
    ['Thành phố Hồ Chí Minh', 'ho-chi-minh'],
    ['thành phố Hồ Chí Minh', 'ho-chi-minh'],
    ['Hồ Chí Minh', 'ho-chi-minh'],
    ['Sài Gòn', 'ho-chi-minh'],
    ['HCMC', 'ho-chi-minh'],
    ['ho-chi-minh', 'ho-chi-minh'],
    ['tỉnh Bình Dương', 'binh-duong'],
    ['Tỉnh Bình Dương', 'binh-duong'],
    ['Bình Dương', 'binh-duong'],
    ['binh duong', 'binh-duong'],
    ['BINH DUONG', 'binh-duong'],
    ['  “Bình Dương”. ', 'binh-duong'],
    ['Khánh Hoà', 'khanh-hoa'],
    ['Khánh Hòa', 'khanh-hoa'],
    ['Thanh Hoá', 'thanh-hoa'],
    ['Hoà Bình', 'hoa-binh'],
    ['Daklak', 'dak-lak'],
    ['Đắc Lắc', 'dak-lak'],
    ['Đăk Nông', 'dak-nong'],
    ['Bắc Cạn', 'bac-kan'],
    ['Thừa Thiên - Huế', 'thua-thien-hue'],
    ['Huế', 'thua-thien-hue'],
    ['TP Huế', 'thua-thien-hue'],
    ['Bà Rịa-Vũng Tàu', 'ba-ria-vung-tau'],
    ['Bà Rịa – Vũng Tàu', 'ba-ria-vung-tau'],
    ['BR-VT', 'ba-ria-vung-tau'],
    ['Thủ đô Hà Nội', 'ha-noi'],
    ['TP Hà Nội', 'ha-noi'],
    ['Hà Nội', 'ha-noi']
  ])('%s → %s', (input, expected) => {
    expect(resolveProvince(input)?.slug).toBe(expected)
  })

  it('accepts NFD input', () => {
    expect(resolveProvince('tỉnh Bình Dương'.normalize('NFD'))?.slug).toBe('binh-duong')
    expect(resolveProvince('Khánh Hoà'.normalize('NFD'))?.slug).toBe('khanh-hoa')
  })

  it('returns null for what is not a province', () => {
    for (const input of ['', '   ', 'TP', 'tỉnh', 'Quy Nhơn', 'Long Anh', 'Võ Đức Trong', 'Thái Bình Dương']) {
      expect(resolveProvince(input), input).toBeNull()
    }
  })

  it('resolves every alias of every province to it', () => {
    for (const p of PROVINCES) {
      for (const alias of p.aliases) expect(resolveProvince(alias)?.slug, alias).toBe(p.slug)
      expect(resolveProvince(p.name)?.slug).toBe(p.slug)
      expect(resolveProvince(p.slug)?.slug).toBe(p.slug)
    }
  })
})

describe('findProvinceMentions', () => {
  it('finds a qualified province after a city', () => {
    const text = 'Hội nghị diễn ra tại thành phố Quy Nhơn, tỉnh Bình Định.'
    const found = findProvinceMentions(text)
    expect(found).toHaveLength(1)
    expect(found[0]).toMatchObject({text: 'tỉnh Bình Định', qualified: true, ambiguous: false, qualifier: 'tỉnh'})
    expect(found[0]!.province.slug).toBe('binh-dinh')
    expect(text.slice(found[0]!.index, found[0]!.index + found[0]!.length)).toBe('tỉnh Bình Định')
  })

  it('does not take Hồ Chí Minh the person or the institutions for the city', () => {
    expect(mentions('Học viện Chính trị Quốc gia Hồ Chí Minh')).toEqual([])
    expect(mentions('Học viện Chính trị quốc gia HCM')).toEqual([])
    expect(mentions('Đoàn Thanh niên cộng sản Hồ Chí Minh')).toEqual([])
    expect(mentions('học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh')).toEqual([])
    expect(mentions('Chủ tịch Hồ Chí Minh')).toEqual([])
    expect(mentions('Đoàn Thanh niên cộng sản Hồ Chí Minh tỉnh Ninh Bình')).toEqual([
      ['ninh-binh', 'tỉnh Ninh Bình', true, false]
    ])
  })

  it('finds the city when qualified or abbreviated', () => {
    expect(mentions('tại TPHCM')).toEqual([['ho-chi-minh', 'TPHCM', true, false]])
    expect(mentions('Công an Thành phố Hồ Chí Minh khởi tố')).toEqual([['ho-chi-minh', 'Thành phố Hồ Chí Minh', true, false]])
    for (const form of ['TP.HCM', 'TP HCM', 'TP. HCM', 'Tp.HCM', 'HCMC', 'TP Hồ Chí Minh', 'TP. Hồ Chí Minh', 'thành phố Hồ Chí Minh']) {
      expect(mentions(`Hội nghị ở ${form}, ngày 29/5.`), form).toEqual([['ho-chi-minh', form, true, false]])
    }
    expect(mentions('TPHCM: Tập huấn về công tác nhân quyền')).toEqual([['ho-chi-minh', 'TPHCM', true, false]])
  })

  it('does not take the common words for provinces', () => {
    expect(mentions('vì hòa bình')).toEqual([])
    expect(mentions('Hòa bình và hợp tác')).toEqual([])
    expect(mentions('Long Anh')).toEqual([])
    expect(mentions('khu vực châu Á - Thái Bình Dương')).toEqual([])
    expect(mentions('kỷ niệm 70 năm Chiến thắng Điện Biên Phủ')).toEqual([])
    expect(mentions('số 258 đường Điện Biên Phủ')).toEqual([])
    expect(mentions('vùng Đồng Tháp Mười')).toEqual([])
  })

  it('marks the names that are also words or given names as ambiguous when bare', () => {
    expect(mentions('Đoàn công tác làm việc với Hòa Bình')).toEqual([['hoa-binh', 'Hòa Bình', false, true]])
    expect(mentions('tại tỉnh Hòa Bình')).toEqual([['hoa-binh', 'tỉnh Hòa Bình', true, false]])
    expect(mentions('báo Sài Gòn Giải Phóng')).toEqual([['ho-chi-minh', 'Sài Gòn', false, true]])
    expect(mentions('Bình Dương chung tay')).toEqual([['binh-duong', 'Bình Dương', false, false]])
  })

  it('reads a name after xã, phường, đường or sông as something smaller', () => {
    expect(mentions('xã Hòa Bình, huyện Long An')).toEqual([])
    expect(mentions('Xa lộ Hà Nội')).toEqual([])
    expect(mentions('phường Hải Dương')).toEqual([])
  })

  it('maps Huế to Thừa Thiên Huế, flagged as the capital', () => {
    const [tp] = findProvinceMentions('TP Huế: 58 nhân viên An ninh hàng không')
    expect(tp).toMatchObject({text: 'TP Huế', qualified: true, ambiguous: false, capital: true})
    expect(tp!.province.slug).toBe('thua-thien-hue')
    const [bare] = findProvinceMentions('về Huế dự hội nghị')
    expect(bare).toMatchObject({text: 'Huế', qualified: false, ambiguous: true, capital: true})
    expect(mentions('tỉnh Thừa Thiên Huế')).toEqual([['thua-thien-hue', 'tỉnh Thừa Thiên Huế', true, false]])
    expect(findProvinceMentions('tỉnh Thừa Thiên Huế')[0]!.capital).toBe(false)
    expect(mentions('thành phố Điện Biên Phủ')).toEqual([['dien-bien', 'thành phố Điện Biên Phủ', true, false]])
  })

  it('matches on word boundaries, with the new tone placement and in capitals', () => {
    expect(mentions('tỉnh Khánh Hoà')).toEqual([['khanh-hoa', 'tỉnh Khánh Hoà', true, false]])
    expect(mentions('BÌNH DƯƠNG: HỘI NGHỊ')).toEqual([['binh-duong', 'BÌNH DƯƠNG', false, false]])
    expect(mentions('TỈNH BÌNH DƯƠNG')).toEqual([['binh-duong', 'TỈNH BÌNH DƯƠNG', true, false]])
    expect(mentions('Long Anh, Long An.')).toEqual([['long-an', 'Long An', false, false]])
    expect(mentions('HàNội, xHà Nội')).toEqual([])
    expect(mentions('tỉnh  Bình   Dương')).toEqual([['binh-duong', 'tỉnh  Bình   Dương', true, false]])
    expect(mentions('Bà Rịa-Vũng Tàu và Bà Rịa – Vũng Tàu')).toEqual([
      ['ba-ria-vung-tau', 'Bà Rịa-Vũng Tàu', false, false],
      ['ba-ria-vung-tau', 'Bà Rịa – Vũng Tàu', false, false]
    ])
  })

  it('prefers the longest match and returns mentions left to right', () => {
    expect(mentions('tỉnh Thừa Thiên - Huế')).toEqual([['thua-thien-hue', 'tỉnh Thừa Thiên - Huế', true, false]])
    expect(mentions('Tây Ninh, Bình Dương và TP.HCM')).toEqual([
      ['tay-ninh', 'Tây Ninh', false, false],
      ['binh-duong', 'Bình Dương', false, false],
      ['ho-chi-minh', 'TP.HCM', true, false]
    ])
    expect(mentions('tỉnh Võ Đức Trong cho biết, tỉnh Tây Ninh')).toEqual([['tay-ninh', 'tỉnh Tây Ninh', true, false]])
    expect(mentions('UBND TP, Ban Chỉ đạo Nhân quyền TP, TP Thủ Đức')).toEqual([])
  })

  it('finds every capitalised alias of every province in running text', () => {
    for (const p of PROVINCES) {
      for (const alias of p.aliases) {
        const found = findProvinceMentions(`Hội nghị tại ${alias}, ngày 3/10.`)
        const bareNeedsQualifier = ['Hồ Chí Minh', 'HCM', 'Điện Biên Phủ'].includes(alias)
        if (bareNeedsQualifier) {
          expect(found, alias).toEqual([])
        } else {
          expect(found.map((m) => [m.province.slug, m.text]), alias).toEqual([[p.slug, alias]])
        }
      }
    }
  })

  // Its speed is measured by `npm run bench:inputs`; here, what it finds: one mention per repetition, none in spaces.
  it('scans a 1 MB line: exactly one mention per repetition', () => {
    const chunks = [
      'Thành phố Thành phố TP. TP tỉnh tỉnh ',
      'Bà Rịa - Bà Rịa - Vũng ',
      'Long Anh Long Anh ',
      'hòa bình hòa bình ',
      'tỉnh Bình Dương ',
      'aaaaaaaaaaaaaaaaaaaa ',
      'Học viện Chính trị quốc gia Hồ Chí Minh '
    ]
    const line = chunks.join('').repeat(Math.ceil(1_000_000 / chunks.join('').length))
    expect(line.length).toBeGreaterThanOrEqual(1_000_000)
    const found = findProvinceMentions(line)
    expect(found.length).toBe(Math.ceil(1_000_000 / chunks.join('').length))

    const spaces = `tỉnh${' '.repeat(1_000_000)}x Bà Rịa${' '.repeat(1_000_000)}y`
    expect(findProvinceMentions(spaces)).toEqual([])
  })
})

describe('newTonePlacement', () => {
  it('moves the mark to the second vowel of oa, oe, uy, and back through normalizeText', () => {
    expect(newTonePlacement('Khánh Hòa')).toBe('Khánh Hoà')
    expect(newTonePlacement('Thanh Hóa')).toBe('Thanh Hoá')
    expect(newTonePlacement('thủy khỏe')).toBe('thuỷ khoẻ')
    expect(newTonePlacement('của quý')).toBe('của quý')
    for (const p of PROVINCES) for (const a of p.aliases) expect(normalizeText(newTonePlacement(a))).toBe(a)
  })
})

describe('provinceAt: the unit a place was part of on a day', () => {
  const of = (slug: string) => provinceBySlug(slug)!
  it('keeps the 2024 province before its 2025 unit took effect', () => {
    expect(provinceAt(of('binh-dinh'), '2025-06-30')).toEqual({name: 'Bình Định', slug: 'binh-dinh'})
    expect(provinceAt(of('binh-duong'), '2024-07-23')).toEqual({name: 'Bình Dương', slug: 'binh-duong'})
  })
  it('moves to the 2025 unit from 1 July 2025, at any precision that is surely after', () => {
    expect(provinceAt(of('binh-dinh'), '2025-11-20')).toEqual({name: 'Gia Lai', slug: 'gia-lai'})
    expect(provinceAt(of('binh-duong'), '2025-07')).toEqual({name: 'Thành phố Hồ Chí Minh', slug: 'ho-chi-minh'})
    expect(provinceAt(of('long-an'), '2026')).toEqual({name: 'Tây Ninh', slug: 'tay-ninh'})
  })
  it('never moves on a date that may fall before the change, or on no date', () => {
    expect(provinceAt(of('binh-dinh'), '2025')).toEqual({name: 'Bình Định', slug: 'binh-dinh'})
    expect(provinceAt(of('binh-dinh'), null)).toEqual({name: 'Bình Định', slug: 'binh-dinh'})
  })
  it('makes Thừa Thiên Huế the city of Huế from 1 January 2025', () => {
    expect(provinceAt(of('thua-thien-hue'), '2024-12-31')).toEqual({name: 'Thừa Thiên Huế', slug: 'thua-thien-hue'})
    expect(provinceAt(of('thua-thien-hue'), '2025')).toEqual({name: 'Huế', slug: 'hue'})
  })
  it('keeps units that did not change', () => {
    expect(provinceAt(of('gia-lai'), '2025-11-20')).toEqual({name: 'Gia Lai', slug: 'gia-lai'})
  })
})
