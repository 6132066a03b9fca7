/**
 * Districts, towns and cities below the provinces (the 2024 level, before
 * the 1 July 2025 reform removed it), and how to find them in text: a unit
 * word and the official name (`huyện Lắk`, `thị xã Tân Uyên`, `TX.Tân Uyên`,
 * `Quận 1`). A district whose name and kind belong to one province places
 * an event in that province when the text names no province (the province's
 * canonical name by date is `provinceRef`'s job).
 *
 * The 705 units of 2024 are generated (`districts-data.ts`, from the GSO
 * list); `DISTRICT_OVERRIDES` adds what that list lacks: kinds a unit had
 * in earlier years of the archive and spellings articles print. The
 * provincial capitals are both here (a `thành phố`) and in
 * `provinces-data.ts` (`capital`); the generator checks they agree.
 * Matching ignores marks, spaces and apostrophes (`Lăk` finds `Lắk`,
 * `Đakrông` finds `Đa Krông`), but when two provinces' names fold alike
 * (`Phù Ninh`, `Phú Ninh`) the marks as printed decide.
 */
import {fold} from '../text/normalize.js'
import {DISTRICTS_2024, type DistrictKind} from './districts-data.js'
import {PROVINCES, resolveProvince, type Province} from './provinces.js'

export type {DistrictKind} from './districts-data.js'

/** One district-level unit with every kind it had in the years the articles cover. */
export interface DistrictFacts {
  /** Official name without the unit word: `Lắk`, `Tân Uyên`, `1` for `Quận 1`. */
  name: string
  /** The kinds it had (`Tân Uyên`: thị xã, then thành phố from 2023). */
  kinds: readonly DistrictKind[]
  /** The 2024 province's canonical name (`provinces-data.ts`). */
  province: string
}

const HCM = 'Thành phố Hồ Chí Minh'

/**
 * What the 2024 list lacks: a kind the unit had before 2024 (a town made a
 * city, a district merged away) or a spelling articles print. Each entry
 * adds to the generated unit of the same name and province, or is a unit of
 * its own (`Quận 2`).
 */
export const DISTRICT_OVERRIDES: readonly DistrictFacts[] = [
  // Merged into the city of Thủ Đức in 2021; Thủ Đức was a quận until then.
  {name: '2', kinds: ['quận'], province: HCM},
  {name: '9', kinds: ['quận'], province: HCM},
  {name: 'Thủ Đức', kinds: ['quận'], province: HCM},
  // Towns of Bình Dương made cities (2020-2023).
  {name: 'Tân Uyên', kinds: ['thị xã'], province: 'Bình Dương'},
  {name: 'Dĩ An', kinds: ['thị xã'], province: 'Bình Dương'},
  {name: 'Thuận An', kinds: ['thị xã'], province: 'Bình Dương'},
  {name: 'Bến Cát', kinds: ['thị xã'], province: 'Bình Dương'},
  // A huyện made a thị xã in 2018.
  {name: 'Tịnh Biên', kinds: ['huyện'], province: 'An Giang'},
  // The official spelling; the GSO list prints `Phú Quí`.
  {name: 'Phú Quý', kinds: ['huyện'], province: 'Bình Thuận'}
]

/** The generated units, with the overrides' kinds and spellings added. */
export const DISTRICT_FACTS: readonly DistrictFacts[] = [
  ...DISTRICTS_2024.map((d) => ({
    name: d.name,
    kinds: [d.kind, ...DISTRICT_OVERRIDES.filter((o) => o.name === d.name && o.province === d.province).flatMap((o) => o.kinds)],
    province: d.province
  })),
  ...DISTRICT_OVERRIDES.filter((o) => !DISTRICTS_2024.some((d) => d.name === o.name && d.province === o.province))
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

/** A name as compared: marks, spaces, dashes and apostrophes ignored (`Đakrông` is `Đa Krông`). */
function districtKey(name: string): string {
  return fold(name).replace(/[\s'’-]/gu, '')
}

/** A name as printed, for telling apart names that fold alike: lower case, one apostrophe. */
function spelling(name: string): string {
  return name.toLocaleLowerCase('vi').replace(/’/gu, "'").replace(/\s+/gu, ' ')
}

const byKey = new Map<string, {province: Province; spelling: string}[]>()
for (const d of DISTRICT_FACTS) {
  const province = PROVINCES.find((p) => p.name === d.province)
  if (!province) throw new Error(`districts: unknown province ${d.province}`)
  for (const kind of d.kinds) {
    const key = `${kind}|${districtKey(d.name)}`
    byKey.set(key, [...(byKey.get(key) ?? []), {province, spelling: spelling(d.name)}])
  }
}

/**
 * Units are raised, not lowered: a huyện becomes a thị xã, a thị xã a
 * thành phố, a huyện a quận. A story from before the change prints the
 * older kind (`huyện Đông Hòa` for what the 2024 list has as a thị xã), so
 * each kind also answers for the kinds below it, but only where no unit
 * has the name at the kind printed (a real huyện of that name wins).
 */
const EARLIER_KINDS: Readonly<Record<DistrictKind, readonly DistrictKind[]>> = {
  'quận': ['huyện'],
  'huyện': [],
  'thị xã': ['huyện'],
  'thành phố': ['thị xã', 'huyện']
}

const byEarlierKey = new Map<string, {province: Province; spelling: string}[]>()
for (const d of DISTRICT_FACTS) {
  const province = PROVINCES.find((p) => p.name === d.province)!
  for (const kind of new Set(d.kinds.flatMap((k) => EARLIER_KINDS[k]))) {
    if (d.kinds.includes(kind)) continue
    const key = `${kind}|${districtKey(d.name)}`
    byEarlierKey.set(key, [...(byEarlierKey.get(key) ?? []), {province, spelling: spelling(d.name)}])
  }
}

/**
 * The province of a district name at a kind: `undefined` when no unit has
 * that name, `null` when several provinces do (`huyện Châu Thành`) and the
 * marks as printed do not pick one (`huyện Phù Ninh` is not `Phú Ninh`).
 */
function provinceOfDistrict(kind: DistrictKind, name: string): {province: Province | null; exact: boolean} | undefined {
  const entries = byKey.get(`${kind}|${districtKey(name)}`) ?? byEarlierKey.get(`${kind}|${districtKey(name)}`)
  if (!entries) return undefined
  const exact = entries.filter((e) => e.spelling === spelling(name))
  const provinces = new Set(entries.map((e) => e.province))
  const exactProvinces = new Set(exact.map((e) => e.province))
  const [only] = provinces.size === 1 ? provinces : exactProvinces.size === 1 ? exactProvinces : [null]
  return {province: only ?? null, exact: exact.length > 0}
}

/** Whether the words start with a province's name (`Mèo Vạc Hà Giang`: after the district). */
function startsWithProvince(words: readonly string[]): boolean {
  for (let n = Math.min(3, words.length); n > 0; n--) if (resolveProvince(words.slice(0, n).join(' '))) return true
  return false
}

/** A capitalised word right before a one-letter abbreviation: a person's initial (`Nguyễn H. Lâm`), not `huyện`. */
const NAME_BEFORE_INITIAL = /\p{Lu}[\p{L}\p{M}]*\s*$/u

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
 * order. A name several provinces share at the kind printed is left out.
 * Of the words after the unit, the longest run that names a district wins;
 * a shorter run only when printed exactly or followed by its province
 * (`huyện Mèo Vạc Hà Giang`), so `thành phố Vĩnh X` is never `Vinh`. A
 * one-letter unit (`H.`, `Q.`) after a capitalised word is a person's
 * initial and names nothing.
 */
/**
 * The province of a district named without its unit word, as a headline's
 * place prefix does (`Trùng Khánh: Tập huấn ...`): the one province whose
 * units, of any kind, are printed so (marks as printed). Null when no unit
 * or several provinces' units are, or when the name is a province's own.
 */
export function provinceOfBareDistrict(name: string): Province | null {
  if (resolveProvince(name)) return null
  const key = districtKey(name)
  const printed = spelling(name)
  const provinces = new Set<Province>()
  for (const kind of DISTRICT_UNIT_KINDS.map((u) => u.kind)) {
    for (const e of byKey.get(`${kind}|${key}`) ?? []) if (e.spelling === printed) provinces.add(e.province)
  }
  const [only] = provinces
  return provinces.size === 1 && only ? only : null
}

export function findDistrictMentions(text: string): DistrictMention[] {
  const out: DistrictMention[] = []
  DISTRICT_PHRASE.lastIndex = 0
  for (let m = DISTRICT_PHRASE.exec(text); m; m = DISTRICT_PHRASE.exec(text)) {
    const unit = m[1] ?? ''
    const kind = kindOf(unit)
    if (!kind) continue
    if (/^\p{L}\.$/u.test(unit) && NAME_BEFORE_INITIAL.test(text.slice(Math.max(0, m.index - 30), m.index))) continue
    const words = (m[2] ?? '').split(/\s/u)
    for (let n = words.length; n > 0; n--) {
      const name = words.slice(0, n).join(' ')
      const found = provinceOfDistrict(kind, name)
      if (!found) continue
      if (n < words.length && !found.exact && !startsWithProvince(words.slice(n))) break
      if (found.province) {
        const numbered = /^\d+$/u.test(name)
        const start = m.index + m[0].indexOf(m[2] ?? '')
        const index = numbered ? m.index : start
        out.push({name: numbered ? `${unit} ${name}` : name, province: found.province, index, length: start + name.length - index})
      }
      break
    }
  }
  return out
}
