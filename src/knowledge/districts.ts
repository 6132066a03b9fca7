/**
 * Districts, towns and cities below the provinces (the 2024 level, before
 * the 1 July 2025 reform removed it), and how to find them in text: a unit
 * word and the official name (`huyện Lắk`, `thị xã Tân Uyên`, `TX.Tân Uyên`,
 * `Quận 1`). A district whose name and kind belong to one province places
 * an event in that province when the text names no province (the province's
 * canonical name by date is `provinceRef`'s job).
 *
 * Not a full gazetteer: the provincial capitals are in `provinces-data.ts`
 * (`capital`); this list holds the districts articles of the genre name as
 * the event's place, the numbered and named urban districts of the centrally
 * governed cities, and towns whose name another province's district shares
 * (so the kind tells them apart). Names are spelled as officially; matching
 * is diacritic-insensitive (`Lăk` finds `Lắk`).
 */
import {fold} from '../text/normalize.js'
import {PROVINCES, type Province} from './provinces.js'

/** The kind of a district-level unit, as its unit word says. */
export type DistrictKind = 'quận' | 'huyện' | 'thị xã' | 'thành phố'

/** One district-level unit of 2024. */
export interface DistrictFacts {
  /** Official name without the unit word: `Lắk`, `Tân Uyên`, `1` for `Quận 1`. */
  name: string
  /** The kinds it had in the years the articles cover (`Tân Uyên`: thị xã, then thành phố from 2023). */
  kinds: readonly DistrictKind[]
  /** The 2024 province's canonical name (`provinces-data.ts`). */
  province: string
}

const HCM = 'Thành phố Hồ Chí Minh'

/** Numbered urban districts exist only in Thành phố Hồ Chí Minh (Quận 2 and 9 until 2021). */
const NUMBERED_QUAN: readonly DistrictFacts[] = Array.from({length: 12}, (_, k) => ({name: String(k + 1), kinds: ['quận'], province: HCM}))

export const DISTRICT_FACTS: readonly DistrictFacts[] = [
  ...NUMBERED_QUAN,
  ...['Bình Thạnh', 'Gò Vấp', 'Phú Nhuận', 'Tân Bình', 'Tân Phú', 'Bình Tân'].map((name) => ({name, kinds: ['quận'] as const, province: HCM})),
  {name: 'Thủ Đức', kinds: ['quận', 'thành phố'], province: HCM},
  ...['Củ Chi', 'Hóc Môn', 'Bình Chánh', 'Nhà Bè', 'Cần Giờ'].map((name) => ({name, kinds: ['huyện'] as const, province: HCM})),
  ...['Ba Đình', 'Hoàn Kiếm', 'Đống Đa', 'Hai Bà Trưng', 'Cầu Giấy', 'Thanh Xuân', 'Long Biên', 'Tây Hồ', 'Hoàng Mai', 'Hà Đông', 'Bắc Từ Liêm', 'Nam Từ Liêm'].map(
    (name) => ({name, kinds: ['quận'] as const, province: 'Hà Nội'})
  ),
  {name: 'Sơn Tây', kinds: ['thị xã'], province: 'Hà Nội'},
  ...['Hải Châu', 'Thanh Khê', 'Sơn Trà', 'Ngũ Hành Sơn', 'Liên Chiểu', 'Cẩm Lệ'].map((name) => ({name, kinds: ['quận'] as const, province: 'Đà Nẵng'})),
  ...['Ninh Kiều', 'Bình Thủy', 'Cái Răng', 'Ô Môn', 'Thốt Nốt'].map((name) => ({name, kinds: ['quận'] as const, province: 'Cần Thơ'})),
  // Towns and cities of Bình Dương; `Tân Uyên` is also a district of Lai Châu (a huyện).
  {name: 'Tân Uyên', kinds: ['thị xã', 'thành phố'], province: 'Bình Dương'},
  {name: 'Tân Uyên', kinds: ['huyện'], province: 'Lai Châu'},
  {name: 'Dĩ An', kinds: ['thị xã', 'thành phố'], province: 'Bình Dương'},
  {name: 'Thuận An', kinds: ['thị xã', 'thành phố'], province: 'Bình Dương'},
  {name: 'Bến Cát', kinds: ['thị xã', 'thành phố'], province: 'Bình Dương'},
  // Rural districts and towns named as the event's place.
  {name: 'Lắk', kinds: ['huyện'], province: 'Đắk Lắk'},
  {name: 'Mèo Vạc', kinds: ['huyện'], province: 'Hà Giang'},
  {name: 'Gò Công Tây', kinds: ['huyện'], province: 'Tiền Giang'},
  {name: "Đắk R'Lấp", kinds: ['huyện'], province: 'Đắk Nông'},
  {name: 'Tam Đảo', kinds: ['huyện'], province: 'Vĩnh Phúc'},
  {name: 'Phú Quý', kinds: ['huyện'], province: 'Bình Thuận'},
  {name: 'Đức Linh', kinds: ['huyện'], province: 'Bình Thuận'},
  {name: 'Diễn Châu', kinds: ['huyện'], province: 'Nghệ An'},
  {name: 'Nghĩa Đàn', kinds: ['huyện'], province: 'Nghệ An'},
  {name: 'Tịnh Biên', kinds: ['huyện', 'thị xã'], province: 'An Giang'}
]

/** Unit words as printed, and the kind each says; `TP`/`thành phố` also name provincial capitals (see `capital`). */
export const DISTRICT_UNIT_KINDS: readonly {word: string; kind: DistrictKind}[] = [
  {word: 'quận', kind: 'quận'}, {word: 'Q.', kind: 'quận'},
  {word: 'huyện', kind: 'huyện'}, {word: 'H.', kind: 'huyện'},
  {word: 'thị xã', kind: 'thị xã'}, {word: 'TX.', kind: 'thị xã'}, {word: 'TX', kind: 'thị xã'}, {word: 'Tx.', kind: 'thị xã'},
  {word: 'thành phố', kind: 'thành phố'}, {word: 'TP.', kind: 'thành phố'}, {word: 'TP', kind: 'thành phố'}, {word: 'Tp.', kind: 'thành phố'}
]

/** A district named in text. */
export interface DistrictMention {
  /** The name as written, with the unit word for a number: `Lăk`, `Tân Uyên`, `Quận 1`. */
  name: string
  /** The province it belongs to, when the name and kind belong to one. */
  province: Province
  index: number
  length: number
}

const byKey = new Map<string, Province[]>()
for (const d of DISTRICT_FACTS) {
  const province = PROVINCES.find((p) => p.name === d.province)
  if (!province) throw new Error(`districts: unknown province ${d.province}`)
  for (const kind of d.kinds) {
    const key = `${kind}|${fold(d.name)}`
    const list = byKey.get(key) ?? []
    if (!list.includes(province)) list.push(province)
    byKey.set(key, list)
  }
}

const unitAlternation = [...DISTRICT_UNIT_KINDS]
  .flatMap((u) => (/^\p{Ll}/u.test(u.word) ? [u.word, u.word.charAt(0).toLocaleUpperCase('vi') + u.word.slice(1)] : [u.word]))
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[.]/gu, '\\.').replace(/ /gu, '\\s+'))
  .join('|')
/** A unit word, then a number or up to four capitalised syllables (apostrophes inside: `Đắk R'Lấp`). */
const DISTRICT_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(${unitAlternation})\s{0,2}(\d{1,2}(?!\d)|\p{Lu}[\p{L}\p{M}'’]*(?:\s\p{Lu}[\p{L}\p{M}'’]*){0,3})`,
  'gu'
)

function kindOf(word: string): DistrictKind | null {
  const w = word.toLocaleLowerCase('vi').replace(/\s+/gu, ' ')
  return DISTRICT_UNIT_KINDS.find((u) => u.word.toLocaleLowerCase('vi') === w)?.kind ?? null
}

/**
 * The districts of the gazetteer named in `text` with their unit word, in
 * order. A name shared by two provinces at the kind printed is left out;
 * of the words after the unit, the longest run that names a district wins
 * (`huyện Mèo Vạc Hà Giang` is Mèo Vạc).
 */
export function findDistrictMentions(text: string): DistrictMention[] {
  const out: DistrictMention[] = []
  DISTRICT_PHRASE.lastIndex = 0
  for (let m = DISTRICT_PHRASE.exec(text); m; m = DISTRICT_PHRASE.exec(text)) {
    const kind = kindOf(m[1] ?? '')
    if (!kind) continue
    const words = (m[2] ?? '').split(/\s/u)
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ')
      const provinces = byKey.get(`${kind}|${fold(name.replace(/’/gu, "'"))}`)
      if (!provinces) continue
      if (provinces.length === 1 && provinces[0]) {
        const shown = /^\d+$/u.test(name) ? `${m[1]} ${name}` : name
        const start = m.index + m[0].indexOf(m[2] ?? '')
        out.push({name: shown, province: provinces[0], index: /^\d+$/u.test(name) ? m.index : start, length: start + name.length - (/^\d+$/u.test(name) ? m.index : start)})
      }
      break
    }
  }
  return out
}
