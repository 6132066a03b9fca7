/**
 * The province gazetteer as data: the 63 provinces and centrally governed
 * cities of 2024, the 34 units they became on 1 July 2025 (Resolution
 * 202/2025/QH15), and the words around a name that make it a province or
 * not. `provinces.ts` builds the lookups and the matcher from these tables;
 * nothing here is code.
 *
 * Every string is NFC with the old tone placement (`Khánh Hòa`, not
 * `Khánh Hoà`), as `normalizeText()` makes the articles. The matcher adds
 * the mechanical variants itself (new placement, capitals, dash spacing).
 */

/** The six socio-economic regions, north to south. */
export const REGIONS = [
  'Trung du và miền núi phía Bắc',
  'Đồng bằng sông Hồng',
  'Bắc Trung Bộ và duyên hải miền Trung',
  'Tây Nguyên',
  'Đông Nam Bộ',
  'Đồng bằng sông Cửu Long'
] as const

export type Region = (typeof REGIONS)[number]

/** `tỉnh` (province) or `thành phố` (centrally governed city). */
export type ProvinceKind = 'tỉnh' | 'thành phố'

/** What we know of one 2024 province, as written by hand. */
export interface ProvinceFacts {
  /**
   * Canonical name (RECORDS.md): the bare name for provinces and for Hà Nội,
   * Hải Phòng, Đà Nẵng and Cần Thơ; `Thành phố Hồ Chí Minh` for HCMC, whose
   * bare name is a person's. The slug is made from it without `Thành phố`.
   */
  name: string
  /** Two-digit administrative code of the General Statistics Office (2024). */
  code: string
  kind: ProvinceKind
  region: Region
  /** The provincial capital in 2024 (where `center` points). */
  capital: string
  /** `[longitude, latitude]` of the capital, rounded to 0.01°, for d3-geo. */
  center: readonly [number, number]
  /** Other spellings of the bare name that articles print. */
  spellings?: readonly string[]
  /** Abbreviations that name the province on their own (`TPHCM`): always qualified. */
  abbreviations?: readonly string[]
  /** Names of the capital that articles use for the province (`Huế`). */
  capitalNames?: readonly string[]
  /** Qualifiers besides the kind's own (`thủ đô` for Hà Nội). */
  extraQualifiers?: readonly string[]
  /**
   * Spellings (from the name, `spellings` or `capitalNames`) that are a
   * province only after `tỉnh`/`thành phố`/`TP`: bare, they are a person or
   * an event (`Hồ Chí Minh`, `Điện Biên Phủ`).
   */
  qualifiedOnly?: readonly string[]
  /**
   * Spellings that are also a common word or a given name (`Hòa Bình`,
   * `Huế`, `Hải Dương`): an unqualified mention of them is weak evidence.
   */
  ambiguous?: readonly string[]
}

/** One unit of the 34 in force since 1 July 2025, as written by hand. */
export interface Unit2025Facts {
  name: string
  kind: ProvinceKind
  /** Slugs of the 2024 provinces it was made of, the one that lent its name first. */
  mergedFrom: readonly string[]
  /** `[longitude, latitude]` of the new administrative centre, approximate. */
  center: readonly [number, number]
  /** The day the unit took effect, when it is not `MERGERS_EFFECTIVE` (Huế: 1 January 2025). */
  effective?: string
}

const N: Region = 'Trung du và miền núi phía Bắc'
const RR: Region = 'Đồng bằng sông Hồng'
const C: Region = 'Bắc Trung Bộ và duyên hải miền Trung'
const H: Region = 'Tây Nguyên'
const SE: Region = 'Đông Nam Bộ'
const MD: Region = 'Đồng bằng sông Cửu Long'

/** The 63 units of 2024, in the order of their administrative codes (north to south). */
export const PROVINCE_FACTS: readonly ProvinceFacts[] = [
  {name: 'Hà Nội', code: '01', kind: 'thành phố', region: RR, capital: 'Hà Nội', center: [105.85, 21.03], extraQualifiers: ['thủ đô', 'Thủ đô']},
  {name: 'Hà Giang', code: '02', kind: 'tỉnh', region: N, capital: 'Hà Giang', center: [104.98, 22.82], ambiguous: ['Hà Giang']},
  {name: 'Cao Bằng', code: '04', kind: 'tỉnh', region: N, capital: 'Cao Bằng', center: [106.26, 22.67]},
  {name: 'Bắc Kạn', code: '06', kind: 'tỉnh', region: N, capital: 'Bắc Kạn', center: [105.83, 22.15], spellings: ['Bắc Cạn']},
  {name: 'Tuyên Quang', code: '08', kind: 'tỉnh', region: N, capital: 'Tuyên Quang', center: [105.21, 21.82]},
  {name: 'Lào Cai', code: '10', kind: 'tỉnh', region: N, capital: 'Lào Cai', center: [103.97, 22.49]},
  {
    name: 'Điện Biên', code: '11', kind: 'tỉnh', region: N, capital: 'Điện Biên Phủ', center: [103.02, 21.39],
    // Bare, `Điện Biên Phủ` is the 1954 battle or a street in every big city.
    capitalNames: ['Điện Biên Phủ'], qualifiedOnly: ['Điện Biên Phủ']
  },
  {name: 'Lai Châu', code: '12', kind: 'tỉnh', region: N, capital: 'Lai Châu', center: [103.46, 22.4]},
  {name: 'Sơn La', code: '14', kind: 'tỉnh', region: N, capital: 'Sơn La', center: [103.91, 21.33]},
  {name: 'Yên Bái', code: '15', kind: 'tỉnh', region: N, capital: 'Yên Bái', center: [104.87, 21.72]},
  // `hòa bình` is "peace"; capitalised it is also a name of wards, prizes and people.
  {name: 'Hòa Bình', code: '17', kind: 'tỉnh', region: N, capital: 'Hòa Bình', center: [105.34, 20.81], ambiguous: ['Hòa Bình']},
  {name: 'Thái Nguyên', code: '19', kind: 'tỉnh', region: N, capital: 'Thái Nguyên', center: [105.84, 21.59]},
  {name: 'Lạng Sơn', code: '20', kind: 'tỉnh', region: N, capital: 'Lạng Sơn', center: [106.76, 21.85]},
  {name: 'Quảng Ninh', code: '22', kind: 'tỉnh', region: RR, capital: 'Hạ Long', center: [107.08, 20.95]},
  {name: 'Bắc Giang', code: '24', kind: 'tỉnh', region: N, capital: 'Bắc Giang', center: [106.19, 21.27]},
  {name: 'Phú Thọ', code: '25', kind: 'tỉnh', region: N, capital: 'Việt Trì', center: [105.4, 21.32]},
  {name: 'Vĩnh Phúc', code: '26', kind: 'tỉnh', region: RR, capital: 'Vĩnh Yên', center: [105.6, 21.31]},
  {name: 'Bắc Ninh', code: '27', kind: 'tỉnh', region: RR, capital: 'Bắc Ninh', center: [106.08, 21.19]},
  {name: 'Hải Dương', code: '30', kind: 'tỉnh', region: RR, capital: 'Hải Dương', center: [106.33, 20.94], ambiguous: ['Hải Dương']},
  {name: 'Hải Phòng', code: '31', kind: 'thành phố', region: RR, capital: 'Hải Phòng', center: [106.68, 20.86]},
  {name: 'Hưng Yên', code: '33', kind: 'tỉnh', region: RR, capital: 'Hưng Yên', center: [106.05, 20.65]},
  // Also a given name (`Nguyễn Thái Bình`); `Thái Bình Dương` (the Pacific) is in NOT_PROVINCES.
  {name: 'Thái Bình', code: '34', kind: 'tỉnh', region: RR, capital: 'Thái Bình', center: [106.34, 20.45], ambiguous: ['Thái Bình']},
  {name: 'Hà Nam', code: '35', kind: 'tỉnh', region: RR, capital: 'Phủ Lý', center: [105.91, 20.54]},
  {name: 'Nam Định', code: '36', kind: 'tỉnh', region: RR, capital: 'Nam Định', center: [106.17, 20.43]},
  {name: 'Ninh Bình', code: '37', kind: 'tỉnh', region: RR, capital: 'Ninh Bình', center: [105.97, 20.25]},
  {name: 'Thanh Hóa', code: '38', kind: 'tỉnh', region: C, capital: 'Thanh Hóa', center: [105.78, 19.81]},
  {name: 'Nghệ An', code: '40', kind: 'tỉnh', region: C, capital: 'Vinh', center: [105.69, 18.67]},
  {name: 'Hà Tĩnh', code: '42', kind: 'tỉnh', region: C, capital: 'Hà Tĩnh', center: [105.9, 18.34]},
  {name: 'Quảng Bình', code: '44', kind: 'tỉnh', region: C, capital: 'Đồng Hới', center: [106.6, 17.47]},
  {name: 'Quảng Trị', code: '45', kind: 'tỉnh', region: C, capital: 'Đông Hà', center: [107.1, 16.82]},
  {
    name: 'Thừa Thiên Huế', code: '46', kind: 'tỉnh', region: C, capital: 'Huế', center: [107.59, 16.46],
    spellings: ['Thừa Thiên - Huế'], abbreviations: ['TT-Huế', 'TT Huế'],
    // Huế was the capital until 2025, then a centrally governed city; bare, it is also a given name.
    capitalNames: ['Huế'], ambiguous: ['Huế']
  },
  {name: 'Đà Nẵng', code: '48', kind: 'thành phố', region: C, capital: 'Đà Nẵng', center: [108.21, 16.05]},
  {name: 'Quảng Nam', code: '49', kind: 'tỉnh', region: C, capital: 'Tam Kỳ', center: [108.47, 15.57]},
  {name: 'Quảng Ngãi', code: '51', kind: 'tỉnh', region: C, capital: 'Quảng Ngãi', center: [108.8, 15.12]},
  {name: 'Bình Định', code: '52', kind: 'tỉnh', region: C, capital: 'Quy Nhơn', center: [109.22, 13.78]},
  {name: 'Phú Yên', code: '54', kind: 'tỉnh', region: C, capital: 'Tuy Hòa', center: [109.3, 13.09]},
  {name: 'Khánh Hòa', code: '56', kind: 'tỉnh', region: C, capital: 'Nha Trang', center: [109.19, 12.24]},
  {name: 'Ninh Thuận', code: '58', kind: 'tỉnh', region: C, capital: 'Phan Rang - Tháp Chàm', center: [108.99, 11.56]},
  {name: 'Bình Thuận', code: '60', kind: 'tỉnh', region: C, capital: 'Phan Thiết', center: [108.1, 10.93]},
  {name: 'Kon Tum', code: '62', kind: 'tỉnh', region: H, capital: 'Kon Tum', center: [108.0, 14.35], spellings: ['Kontum', 'KonTum']},
  {name: 'Gia Lai', code: '64', kind: 'tỉnh', region: H, capital: 'Pleiku', center: [108.0, 13.98]},
  {
    name: 'Đắk Lắk', code: '66', kind: 'tỉnh', region: H, capital: 'Buôn Ma Thuột', center: [108.04, 12.67],
    spellings: ['Đắc Lắc', 'Đắk Lăk', 'Đăk Lăk', 'Đắc Lắk', 'Đắklắk', 'ĐắkLắk', 'Daklak', 'DakLak', 'Dak Lak', 'Đak Lak']
  },
  {
    name: 'Đắk Nông', code: '67', kind: 'tỉnh', region: H, capital: 'Gia Nghĩa', center: [107.69, 12.0],
    spellings: ['Đăk Nông', 'Đắc Nông', 'Đak Nông', 'ĐắkNông', 'Daknong', 'DakNong', 'Dak Nong']
  },
  {name: 'Lâm Đồng', code: '68', kind: 'tỉnh', region: H, capital: 'Đà Lạt', center: [108.44, 11.94]},
  {name: 'Bình Phước', code: '70', kind: 'tỉnh', region: SE, capital: 'Đồng Xoài', center: [106.9, 11.53]},
  {name: 'Tây Ninh', code: '72', kind: 'tỉnh', region: SE, capital: 'Tây Ninh', center: [106.1, 11.31]},
  {name: 'Bình Dương', code: '74', kind: 'tỉnh', region: SE, capital: 'Thủ Dầu Một', center: [106.65, 10.98]},
  {name: 'Đồng Nai', code: '75', kind: 'tỉnh', region: SE, capital: 'Biên Hòa', center: [106.82, 10.95]},
  {
    name: 'Bà Rịa - Vũng Tàu', code: '77', kind: 'tỉnh', region: SE, capital: 'Bà Rịa', center: [107.17, 10.5],
    spellings: ['Bà Rịa Vũng Tàu'], abbreviations: ['BR-VT', 'BRVT']
  },
  {
    name: 'Thành phố Hồ Chí Minh', code: '79', kind: 'thành phố', region: SE, capital: 'Thành phố Hồ Chí Minh', center: [106.7, 10.78],
    spellings: ['HCM', 'Sài Gòn'], abbreviations: ['TPHCM', 'TpHCM', 'HCMC'],
    // Bare, `Hồ Chí Minh` is the President, or part of `Học viện Chính trị quốc gia
    // Hồ Chí Minh`, `Đoàn Thanh niên cộng sản Hồ Chí Minh`, `tư tưởng Hồ Chí Minh`.
    qualifiedOnly: ['Hồ Chí Minh', 'HCM'],
    // `Sài Gòn Giải Phóng` is a newspaper, `sông Sài Gòn` a river.
    ambiguous: ['Sài Gòn']
  },
  {name: 'Long An', code: '80', kind: 'tỉnh', region: MD, capital: 'Tân An', center: [106.41, 10.54]},
  {name: 'Tiền Giang', code: '82', kind: 'tỉnh', region: MD, capital: 'Mỹ Tho', center: [106.36, 10.36]},
  {name: 'Bến Tre', code: '83', kind: 'tỉnh', region: MD, capital: 'Bến Tre', center: [106.38, 10.24]},
  {name: 'Trà Vinh', code: '84', kind: 'tỉnh', region: MD, capital: 'Trà Vinh', center: [106.34, 9.93]},
  {name: 'Vĩnh Long', code: '86', kind: 'tỉnh', region: MD, capital: 'Vĩnh Long', center: [105.97, 10.25]},
  {name: 'Đồng Tháp', code: '87', kind: 'tỉnh', region: MD, capital: 'Cao Lãnh', center: [105.63, 10.46]},
  {name: 'An Giang', code: '89', kind: 'tỉnh', region: MD, capital: 'Long Xuyên', center: [105.43, 10.39]},
  {name: 'Kiên Giang', code: '91', kind: 'tỉnh', region: MD, capital: 'Rạch Giá', center: [105.08, 10.01]},
  {name: 'Cần Thơ', code: '92', kind: 'thành phố', region: MD, capital: 'Cần Thơ', center: [105.78, 10.03]},
  {name: 'Hậu Giang', code: '93', kind: 'tỉnh', region: MD, capital: 'Vị Thanh', center: [105.47, 9.78]},
  {name: 'Sóc Trăng', code: '94', kind: 'tỉnh', region: MD, capital: 'Sóc Trăng', center: [105.97, 9.6]},
  {name: 'Bạc Liêu', code: '95', kind: 'tỉnh', region: MD, capital: 'Bạc Liêu', center: [105.72, 9.29]},
  {name: 'Cà Mau', code: '96', kind: 'tỉnh', region: MD, capital: 'Cà Mau', center: [105.15, 9.18]}
]

/**
 * The 34 units since 1 July 2025 (Resolution 202/2025/QH15): the 11 left
 * as they were, then the 23 made by merging, in the resolution's order.
 * A merged unit's centre is its new administrative centre, which is often in
 * the province that did not lend its name (Lào Cai's is in Yên Bái).
 */
/** The day the 34 units took effect (Resolution 202/2025/QH15). */
export const MERGERS_EFFECTIVE = '2025-07-01'

export const UNIT_2025_FACTS: readonly Unit2025Facts[] = [
  {name: 'Hà Nội', kind: 'thành phố', mergedFrom: ['ha-noi'], center: [105.85, 21.03]},
  // A centrally governed city from 1 January 2025 (Resolution 175/2024/QH15), before the mergers.
  {name: 'Huế', kind: 'thành phố', mergedFrom: ['thua-thien-hue'], center: [107.59, 16.46], effective: '2025-01-01'},
  {name: 'Lai Châu', kind: 'tỉnh', mergedFrom: ['lai-chau'], center: [103.46, 22.4]},
  {name: 'Điện Biên', kind: 'tỉnh', mergedFrom: ['dien-bien'], center: [103.02, 21.39]},
  {name: 'Sơn La', kind: 'tỉnh', mergedFrom: ['son-la'], center: [103.91, 21.33]},
  {name: 'Lạng Sơn', kind: 'tỉnh', mergedFrom: ['lang-son'], center: [106.76, 21.85]},
  {name: 'Quảng Ninh', kind: 'tỉnh', mergedFrom: ['quang-ninh'], center: [107.08, 20.95]},
  {name: 'Thanh Hóa', kind: 'tỉnh', mergedFrom: ['thanh-hoa'], center: [105.78, 19.81]},
  {name: 'Nghệ An', kind: 'tỉnh', mergedFrom: ['nghe-an'], center: [105.69, 18.67]},
  {name: 'Hà Tĩnh', kind: 'tỉnh', mergedFrom: ['ha-tinh'], center: [105.9, 18.34]},
  {name: 'Cao Bằng', kind: 'tỉnh', mergedFrom: ['cao-bang'], center: [106.26, 22.67]},
  {name: 'Tuyên Quang', kind: 'tỉnh', mergedFrom: ['tuyen-quang', 'ha-giang'], center: [105.21, 21.82]},
  {name: 'Lào Cai', kind: 'tỉnh', mergedFrom: ['lao-cai', 'yen-bai'], center: [104.87, 21.72]},
  {name: 'Thái Nguyên', kind: 'tỉnh', mergedFrom: ['thai-nguyen', 'bac-kan'], center: [105.84, 21.59]},
  {name: 'Phú Thọ', kind: 'tỉnh', mergedFrom: ['phu-tho', 'vinh-phuc', 'hoa-binh'], center: [105.4, 21.32]},
  {name: 'Bắc Ninh', kind: 'tỉnh', mergedFrom: ['bac-ninh', 'bac-giang'], center: [106.19, 21.27]},
  {name: 'Hưng Yên', kind: 'tỉnh', mergedFrom: ['hung-yen', 'thai-binh'], center: [106.05, 20.65]},
  {name: 'Hải Phòng', kind: 'thành phố', mergedFrom: ['hai-phong', 'hai-duong'], center: [106.68, 20.86]},
  {name: 'Ninh Bình', kind: 'tỉnh', mergedFrom: ['ninh-binh', 'ha-nam', 'nam-dinh'], center: [105.97, 20.25]},
  {name: 'Quảng Trị', kind: 'tỉnh', mergedFrom: ['quang-tri', 'quang-binh'], center: [106.6, 17.47]},
  {name: 'Đà Nẵng', kind: 'thành phố', mergedFrom: ['da-nang', 'quang-nam'], center: [108.21, 16.05]},
  {name: 'Quảng Ngãi', kind: 'tỉnh', mergedFrom: ['quang-ngai', 'kon-tum'], center: [108.8, 15.12]},
  {name: 'Gia Lai', kind: 'tỉnh', mergedFrom: ['gia-lai', 'binh-dinh'], center: [109.22, 13.78]},
  {name: 'Khánh Hòa', kind: 'tỉnh', mergedFrom: ['khanh-hoa', 'ninh-thuan'], center: [109.19, 12.24]},
  {name: 'Lâm Đồng', kind: 'tỉnh', mergedFrom: ['lam-dong', 'dak-nong', 'binh-thuan'], center: [108.44, 11.94]},
  {name: 'Đắk Lắk', kind: 'tỉnh', mergedFrom: ['dak-lak', 'phu-yen'], center: [108.04, 12.67]},
  {name: 'Thành phố Hồ Chí Minh', kind: 'thành phố', mergedFrom: ['ho-chi-minh', 'binh-duong', 'ba-ria-vung-tau'], center: [106.7, 10.78]},
  {name: 'Đồng Nai', kind: 'tỉnh', mergedFrom: ['dong-nai', 'binh-phuoc'], center: [106.82, 10.95]},
  {name: 'Tây Ninh', kind: 'tỉnh', mergedFrom: ['tay-ninh', 'long-an'], center: [106.41, 10.54]},
  {name: 'Cần Thơ', kind: 'thành phố', mergedFrom: ['can-tho', 'soc-trang', 'hau-giang'], center: [105.78, 10.03]},
  {name: 'Vĩnh Long', kind: 'tỉnh', mergedFrom: ['vinh-long', 'ben-tre', 'tra-vinh'], center: [105.97, 10.25]},
  {name: 'Đồng Tháp', kind: 'tỉnh', mergedFrom: ['dong-thap', 'tien-giang'], center: [106.36, 10.36]},
  {name: 'Cà Mau', kind: 'tỉnh', mergedFrom: ['ca-mau', 'bac-lieu'], center: [105.15, 9.18]},
  {name: 'An Giang', kind: 'tỉnh', mergedFrom: ['an-giang', 'kien-giang'], center: [105.08, 10.01]}
]

/** The prefixes each kind of unit takes in the alias list (`Province.aliases`). */
export const KIND_QUALIFIERS: Readonly<Record<ProvinceKind, readonly string[]>> = {
  'tỉnh': ['tỉnh', 'Tỉnh'],
  'thành phố': ['thành phố', 'Thành phố', 'TP', 'TP.', 'Tp.']
}

/** Words for the province level before a name in running text: `tỉnh Bình Định`, `TP. Hồ Chí Minh`. */
export const PROVINCE_UNIT_WORDS: readonly string[] = ['tỉnh', 'thành phố', 'TP.', 'TP', 'Tp.', 'Tp']

/** Words for the level below a province: a city, town or district (`thành phố Quy Nhơn`, `huyện Krông Pắc`). */
export const DISTRICT_UNIT_WORDS: readonly string[] = ['thành phố', 'TP.', 'TP', 'Tp.', 'Tp', 'thị xã', 'huyện', 'quận']

/** Words for the level below a district: commune, ward, township (`phường Quy Nhơn`). */
export const COMMUNE_UNIT_WORDS: readonly string[] = ['xã', 'phường', 'thị trấn']

/** The prefixes `TP Huế`, `thành phố Điện Biên Phủ` take: a capital is a city. */
export const CAPITAL_QUALIFIERS: readonly string[] = ['thành phố', 'Thành phố', 'TP', 'TP.', 'Tp.']

/**
 * Words that, right before a province's name, make the mention qualified.
 * The matcher accepts any of them before any province (`thành phố Thanh Hóa`
 * is the capital, inside the province) and reports which one it saw.
 * Capitalised forms are added by the matcher.
 */
export const QUALIFIERS: readonly string[] = [
  'tỉnh', 'Tỉnh', 'thành phố', 'Thành phố', 'Thành Phố', 'TP', 'TP.', 'Tp', 'Tp.', 'tp.', 'thủ đô', 'Thủ đô'
]

/**
 * Words that, right before a province's name, make it the name of something
 * smaller or elsewhere: `xã Hòa Bình`, `phường Hải Dương`, `đường Hà Nội`
 * (in Huế), `Xa lộ Hà Nội` (in HCMC), `sông Sài Gòn`. No mention is made.
 */
export const LOCAL_WORDS: readonly string[] = [
  'xã', 'Xã', 'phường', 'Phường', 'thị trấn', 'Thị trấn', 'thị xã', 'Thị xã', 'huyện', 'Huyện',
  'quận', 'Quận', 'đường', 'Đường', 'phố', 'Phố', 'đại lộ', 'Đại lộ', 'xa lộ', 'Xa lộ', 'sông', 'Sông'
]

/**
 * Phrases that contain a province's name and are not about it. The matcher
 * reads them as one word and moves past them.
 */
export const NOT_PROVINCES: readonly string[] = [
  // The Pacific Ocean: holds both `Thái Bình` and `Bình Dương`.
  'Thái Bình Dương',
  // The plain of reeds, across Long An, Đồng Tháp and Tiền Giang.
  'Đồng Tháp Mười'
]
