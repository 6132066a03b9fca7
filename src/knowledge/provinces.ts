/**
 * The province gazetteer: the 63 provinces and centrally governed cities of
 * 2024, the 34 units of 2025, and the ways to find them in text.
 *
 * (Over 400 lines because the finder, its aliases and the 2025 mapping are
 * one lookup built once at load; splitting it would spread one index over
 * several modules.)
 *
 * The facts live in `provinces-data.ts`; this module builds, once, at load:
 *
 * 1. the `Province` and `Province2025` records and their slug indexes;
 * 2. an exact and a folded alias index, for `resolveProvince()` (a whole
 *    string such as a front-matter value);
 * 3. two tries, qualifiers (`tỉnh`, `TP.`) and names (`Bình Dương`,
 *    `TPHCM`), for `findProvinceMentions()` (running text). A trie walk
 *    looks at each character at most once per start of word, so the matcher
 *    is linear in the text and cannot backtrack.
 *
 * Text given to the matcher should be normalised (`normalizeText()`: NFC, old
 * tone placement); the new placement (`Khánh Hoà`) is matched as well.
 */
import {fold, normalizeText, squash} from '../text/normalize.js'
import {escapeRegExp} from '../text/pattern.js'
import {slug} from '../text/slug.js'
import {
  CAPITAL_QUALIFIERS,
  COMMUNE_UNIT_WORDS,
  DISTRICT_UNIT_WORDS,
  PROVINCE_UNIT_WORDS,
  KIND_QUALIFIERS,
  LOCAL_WORDS,
  NOT_PROVINCES,
  PROVINCE_FACTS,
  QUALIFIERS,
  REGIONS,
  MERGERS_EFFECTIVE,
  UNIT_2025_FACTS,
  type ProvinceFacts,
  type ProvinceKind,
  type Region
} from './provinces-data.js'

export {COMMUNE_UNIT_WORDS, DISTRICT_UNIT_WORDS, PROVINCE_UNIT_WORDS, REGIONS}
export type {ProvinceKind, Region}

/** A province or centrally governed city as it was in 2024. */
export interface Province {
  /** Canonical name: `Bình Dương`, `Hà Nội`, `Thành phố Hồ Chí Minh`. */
  name: string
  /** `slug()` of the name without `Tỉnh`/`Thành phố`: `binh-duong`, `ho-chi-minh`. */
  slug: string
  kind: ProvinceKind
  region: Region
  /** `[longitude, latitude]` of the capital, for d3-geo. */
  center: readonly [number, number]
  /**
   * Every spelling an article might use, bare and with the kind's qualifiers
   * (`Bình Dương`, `tỉnh Bình Dương`; `TPHCM`, `TP.HCM`, `Sài Gòn`), NFC with
   * old tone placement. The matcher also accepts the new placement, capitals
   * and other dash spacing, and any qualifier before any name.
   */
  aliases: readonly string[]
  /** Slug of the 2025 unit it became part of. */
  since2025: string
  /** True for 2024 units; every entry of `PROVINCES` is one (2025-only units are in `PROVINCES_2025`). */
  before2025: boolean
  /** Two-digit administrative code (2024), the order of `PROVINCES`. */
  code: string
  /** The provincial capital in 2024 (`Thủ Dầu Một`, `Quy Nhơn`). */
  capital: string
}

/** A unit of the 34 in force since 1 July 2025. */
export interface Province2025 {
  name: string
  slug: string
  kind: ProvinceKind
  /** Slugs of the 2024 provinces it was made of; the one that lent its name first. */
  mergedFrom: readonly string[]
  /** `[longitude, latitude]` of the administrative centre, approximate. */
  center: readonly [number, number]
  /** The day the unit took effect, `YYYY-MM-DD`. */
  effective: string
}

/** A mention of a province in running text. */
export interface ProvinceMention {
  province: Province
  /** Where the mention starts (its qualifier, if any), in UTF-16 code units. */
  index: number
  length: number
  /** The words as written, qualifier included: `tỉnh Bình Định`, `TPHCM`. */
  text: string
  /** Preceded by tỉnh/thành phố/TP/TP./Tp./thủ đô, or an unambiguous abbreviation like TPHCM. */
  qualified: boolean
  /**
   * The name is also a common word or a person's or institution's name
   * (`Hòa Bình`, `Thái Bình`, `Huế`, `Sài Gòn`) and no qualifier came before
   * it, so the mention is weak. Qualified mentions are never ambiguous.
   */
  ambiguous: boolean
  /** The qualifier as written (`tỉnh`, `TP.`), or null. */
  qualifier: string | null
  /** The name is the capital's rather than the province's: `Huế` for Thừa Thiên Huế. */
  capital: boolean
}

// ---------------------------------------------------------------------------
// records

const CITY_PREFIX = /^Thành phố\s+/u

/** `Thành phố Hồ Chí Minh` → `Hồ Chí Minh`; provinces' names are already bare. */
function bareName(name: string): string {
  return name.replace(CITY_PREFIX, '')
}

function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)]
}

export const PROVINCES_2025: readonly Province2025[] = UNIT_2025_FACTS.map((facts) => ({
  name: facts.name,
  slug: slug(bareName(facts.name)),
  kind: facts.kind,
  mergedFrom: facts.mergedFrom,
  center: facts.center,
  effective: facts.effective ?? MERGERS_EFFECTIVE
}))

const UNIT_OF = new Map<string, string>()
for (const unit of PROVINCES_2025) for (const from of unit.mergedFrom) UNIT_OF.set(from, unit.slug)

/** The bare spellings of a province: name, other spellings, capital's names. */
function nameForms(facts: ProvinceFacts): string[] {
  return unique([bareName(facts.name), ...(facts.spellings ?? []), ...(facts.capitalNames ?? [])])
}

/** Join a qualifier and a name as articles print it: `TP.HCM`, `TP. Hồ Chí Minh`. */
function qualify(qualifier: string, name: string): string[] {
  const spaced = `${qualifier} ${name}`
  return qualifier.endsWith('.') && /^\p{Lu}+$/u.test(name) ? [spaced, qualifier + name] : [spaced]
}

function curatedAliases(facts: ProvinceFacts): string[] {
  const capitals = new Set(facts.capitalNames ?? [])
  const out: string[] = [...nameForms(facts), ...(facts.abbreviations ?? [])]
  for (const name of nameForms(facts)) {
    const qualifiers = capitals.has(name)
      ? CAPITAL_QUALIFIERS
      : [...KIND_QUALIFIERS[facts.kind], ...(facts.extraQualifiers ?? [])]
    for (const qualifier of qualifiers) out.push(...qualify(qualifier, name))
  }
  return unique(out)
}

export const PROVINCES: readonly Province[] = PROVINCE_FACTS.map((facts) => {
  const provinceSlug = slug(bareName(facts.name))
  const unit = UNIT_OF.get(provinceSlug)
  if (!unit) throw new Error(`Province data: ${facts.name} (${provinceSlug}) is in no 2025 unit's mergedFrom`)
  return {
    name: facts.name,
    slug: provinceSlug,
    kind: facts.kind,
    region: facts.region,
    center: facts.center,
    aliases: curatedAliases(facts),
    since2025: unit,
    before2025: true,
    code: facts.code,
    capital: facts.capital
  }
})

const BY_SLUG = new Map(PROVINCES.map((p) => [p.slug, p]))
const UNIT_BY_SLUG = new Map(PROVINCES_2025.map((u) => [u.slug, u]))
const FACTS_BY_SLUG = new Map(PROVINCE_FACTS.map((f, i) => [PROVINCES[i]!.slug, f]))

export function provinceBySlug(slug: string): Province | undefined {
  return BY_SLUG.get(slug)
}

export function unit2025BySlug(slug: string): Province2025 | undefined {
  return UNIT_BY_SLUG.get(slug)
}

/** The 2025 unit a 2024 province became, with what it merged with (itself left out, in `mergedFrom` order). */
export function since2025(province: Province): {unit: Province2025; mergedWith: Province[]} {
  const unit = UNIT_BY_SLUG.get(province.since2025)
  if (!unit) throw new Error(`Province data: no 2025 unit ${province.since2025} for ${province.name}`)
  const mergedWith = unit.mergedFrom
    .filter((from) => from !== province.slug)
    .map((from) => {
      const other = BY_SLUG.get(from)
      if (!other) throw new Error(`Province data: 2025 unit ${unit.name} lists unknown province ${from}`)
      return other
    })
  return {unit, mergedWith}
}

/**
 * The `{name, slug}` of the unit a 2024 province was part of on `date`
 * (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`): the province itself until its 2025
 * unit took effect, that unit from then on (an event in Quy Nhơn in
 * November 2025 is in Gia Lai; in Huế in March 2025, in the city of Huế).
 * A date that may fall before the change (`2025` for the July mergers), or
 * no date, keeps the province: the place is never moved on a guess.
 */
export function provinceAt(province: Province, date: string | null | undefined): {name: string; slug: string} {
  const unit = UNIT_BY_SLUG.get(province.since2025)
  if (!date || !unit || unit.slug === province.slug) return provinceRef(province)
  const earliestDay = `${date}-01-01`.slice(0, 10)
  return earliestDay >= unit.effective ? {name: unit.name, slug: unit.slug} : provinceRef(province)
}

/** The `{name, slug}` a record holds for a province. */
export function provinceRef(province: Province): {name: string; slug: string} {
  return {name: province.name, slug: province.slug}
}

// ---------------------------------------------------------------------------
// spelling variants

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323'
const OLD_OA_OE = new RegExp(`([oO])([${TONE_MARKS}])([aeAE])(?![\\p{L}\\p{M}])`, 'gu')
const OLD_UY = new RegExp(`(?<![qQ])([uU])([${TONE_MARKS}])([yY])(?![\\p{L}\\p{M}])`, 'gu')

/** The new tone placement, the inverse of what `normalizeText()` does: `Hòa` → `Hoà`. */
export function newTonePlacement(text: string): string {
  return text.normalize('NFD').replace(OLD_OA_OE, '$1$3$2').replace(OLD_UY, '$1$3$2').normalize('NFC')
}

const DASHES = [' - ', '-', ' – ', '–', ' — ', '—']

/** The forms of one spelling the matcher accepts: dash spacing, tone placement, capitals. */
function surfaceForms(spelling: string): string[] {
  let forms = /\s*[-–—]\s*/u.test(spelling)
    ? DASHES.map((dash) => spelling.replace(/\s*[-–—]\s*/gu, dash))
    : [spelling]
  forms = forms.flatMap((f) => [f, newTonePlacement(f)])
  forms = forms.flatMap((f) => [f, f.toUpperCase()])
  return unique(forms)
}

// ---------------------------------------------------------------------------
// resolving a whole string

/** What one surface form means to the matcher. */
interface NameEntry {
  /** Null for a phrase that is not a province (`Thái Bình Dương`). */
  province: Province | null
  /** Names the province only after a qualifier (`Hồ Chí Minh`). */
  qualifiedOnly: boolean
  /** An abbreviation such as `TPHCM`: qualified by itself. */
  abbreviation: boolean
  ambiguous: boolean
  capital: boolean
}

const NAME_ENTRIES = new Map<string, NameEntry>()
/** `compact(slug)` of every spelling → province, for the folded fallback. */
const FOLDED = new Map<string, Province>()

function compactKey(text: string): string {
  return slug(text, '').replace(/-/g, '')
}

function addName(form: string, entry: NameEntry): void {
  const known = NAME_ENTRIES.get(form)
  if (known && known.province !== entry.province) {
    throw new Error(`Province data: "${form}" names both ${known.province?.name ?? 'a non-province'} and ${entry.province?.name ?? 'a non-province'}`)
  }
  NAME_ENTRIES.set(form, entry)
}

for (const province of PROVINCES) {
  const facts = FACTS_BY_SLUG.get(province.slug)!
  const qualifiedOnly = new Set(facts.qualifiedOnly ?? [])
  const ambiguous = new Set(facts.ambiguous ?? [])
  const capitals = new Set(facts.capitalNames ?? [])
  const abbreviations = facts.abbreviations ?? []
  for (const spelling of [...nameForms(facts), ...abbreviations]) {
    const entry: NameEntry = {
      province,
      qualifiedOnly: qualifiedOnly.has(spelling),
      abbreviation: abbreviations.includes(spelling),
      ambiguous: ambiguous.has(spelling),
      capital: capitals.has(spelling)
    }
    for (const form of surfaceForms(spelling)) addName(form, entry)
  }
  for (const alias of province.aliases) {
    const key = compactKey(alias)
    const known = FOLDED.get(key)
    if (known && known !== province) throw new Error(`Province data: "${alias}" folds like a spelling of ${known.name}`)
    FOLDED.set(key, province)
  }
}
for (const phrase of NOT_PROVINCES) {
  for (const form of surfaceForms(phrase)) {
    addName(form, {province: null, qualifiedOnly: false, abbreviation: false, ambiguous: false, capital: false})
  }
}

const ALL_QUALIFIERS = unique(QUALIFIERS.flatMap((q) => [q, q.toUpperCase()]))
const ALL_LOCAL_WORDS = unique(LOCAL_WORDS.flatMap((w) => [w, w.toUpperCase()]))

/** A qualifier at the start of a whole string: `tỉnh `, `TP.`, `Thành phố `. */
const LEADING_QUALIFIER = new RegExp(
  `^(?:${[...ALL_QUALIFIERS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?:(?<=\\.)\\s*|\\s+)`,
  'u'
)
const LEADING_FOLDED_QUALIFIER = /^(?:tinh|thanh pho|tp|thu do)(?:\.\s*|\s+)/
const EDGE_PUNCTUATION = /^[\s"'“”‘’«»()[\]]+|[\s"'“”‘’«»()[\],;:.!?]+$/gu

/**
 * Resolve a whole string naming a province ("TPHCM", "tỉnh Bình Dương",
 * "Sài Gòn", "Khánh Hoà", "binh duong", "ho-chi-minh"): exact spelling
 * first (after normalising), then diacritic-, case- and punctuation-
 * insensitive. Names that need a qualifier in running text (`Hồ Chí Minh`,
 * `Huế`) resolve here, since the whole string is about a place. Null when
 * unknown.
 */
export function resolveProvince(text: string): Province | null {
  const clean = squash(normalizeText(text)).replace(EDGE_PUNCTUATION, '')
  if (!clean) return null
  const bare = clean.replace(LEADING_QUALIFIER, '')
  for (const candidate of [clean, bare]) {
    const entry = NAME_ENTRIES.get(candidate)
    if (entry?.province) return entry.province
  }
  const folded = fold(clean)
  for (const candidate of [folded, folded.replace(LEADING_FOLDED_QUALIFIER, '')]) {
    const province = FOLDED.get(compactKey(candidate))
    if (province) return province
  }
  return null
}

// ---------------------------------------------------------------------------
// finding mentions in running text

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>
  value?: T
}

const isSpace = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u
const isWordChar = (ch: string | undefined): boolean => ch !== undefined && WORD_CHAR.test(ch)

/** A trie of strings; a run of spaces in a key matches any run of spaces and tabs. */
function buildTrie<T>(entries: Iterable<[string, T]>): TrieNode<T> {
  const root: TrieNode<T> = {next: new Map()}
  for (const [key, value] of entries) {
    let node = root
    for (const ch of key.replace(/\s+/g, ' ')) {
      let child = node.next.get(ch)
      if (!child) node.next.set(ch, (child = {next: new Map()}))
      node = child
    }
    node.value = value
  }
  return root
}

/** Every key of the trie that starts at `start`, shortest first, as `[end, value]`. */
function walk<T>(root: TrieNode<T>, text: string, start: number): [number, T][] {
  const found: [number, T][] = []
  let node = root
  let k = start
  while (k < text.length) {
    const ch = text[k]!
    let child: TrieNode<T> | undefined
    if (isSpace(ch)) {
      child = node.next.get(' ')
      while (isSpace(text[k])) k++
    } else {
      child = node.next.get(ch)
      k++
    }
    if (!child) break
    node = child
    if (node.value !== undefined) found.push([k, node.value])
  }
  return found
}

interface PrefixEntry {
  /** `true` for xã/phường/đường...: what follows is not the province. */
  local: boolean
}

const NAMES = buildTrie(NAME_ENTRIES)
const PREFIXES = buildTrie<PrefixEntry>([
  ...ALL_QUALIFIERS.map((q): [string, PrefixEntry] => [q, {local: false}]),
  ...ALL_LOCAL_WORDS.map((w): [string, PrefixEntry] => [w, {local: true}])
])
/** The characters a name or a prefix can start with: every other position is skipped at once. */
const FIRST_CHARS = new Set([...NAMES.next.keys(), ...PREFIXES.next.keys()])

/** The longest name starting at `start` that ends at a word boundary. */
function nameAt(text: string, start: number): [number, NameEntry] | undefined {
  const found = walk(NAMES, text, start)
  for (let i = found.length - 1; i >= 0; i--) {
    const hit = found[i]!
    if (!isWordChar(text[hit[0]])) return hit
  }
  return undefined
}

/**
 * A qualifier or local word starting at `start`, followed by a name:
 * `[end of name, prefix, end of prefix, name]`. Longest prefix first.
 */
function qualifiedNameAt(text: string, start: number): [number, PrefixEntry, number, NameEntry] | undefined {
  const found = walk(PREFIXES, text, start)
  for (let i = found.length - 1; i >= 0; i--) {
    const [prefixEnd, prefix] = found[i]!
    let k = prefixEnd
    while (isSpace(text[k])) k++
    // `TP.HCM` needs no space after the dot; `tỉnh`, `TP` need one.
    if (k === prefixEnd && text[prefixEnd - 1] !== '.') continue
    const name = nameAt(text, k)
    if (name) return [name[0], prefix, prefixEnd, name[1]]
  }
  return undefined
}

/**
 * Every mention of a province in a text, left to right, non-overlapping,
 * longest match first. Names match on word boundaries and with their
 * capitals (`hòa bình`, peace, is not a province); `Hồ Chí Minh` and `HCM`
 * count only after a qualifier; a name after `xã`, `phường`, `đường`,
 * `sông`... is not the province; `Huế` is Thừa Thiên Huế, flagged `capital`.
 */
export function findProvinceMentions(text: string): ProvinceMention[] {
  const mentions: ProvinceMention[] = []
  let i = 0
  while (i < text.length) {
    if (!FIRST_CHARS.has(text[i]!) || (i > 0 && isWordChar(text[i - 1]))) {
      i++
      continue
    }
    const qualified = qualifiedNameAt(text, i)
    if (qualified) {
      const [end, prefix, prefixEnd, entry] = qualified
      if (!prefix.local && entry.province) {
        mentions.push({
          province: entry.province,
          index: i,
          length: end - i,
          text: text.slice(i, end),
          qualified: true,
          ambiguous: false,
          qualifier: text.slice(i, prefixEnd),
          capital: entry.capital
        })
      }
      i = end
      continue
    }
    const bare = nameAt(text, i)
    if (bare) {
      const [end, entry] = bare
      if (entry.province && !entry.qualifiedOnly) {
        mentions.push({
          province: entry.province,
          index: i,
          length: end - i,
          text: text.slice(i, end),
          qualified: entry.abbreviation,
          ambiguous: !entry.abbreviation && entry.ambiguous,
          qualifier: null,
          capital: entry.capital
        })
      }
      i = end
      continue
    }
    i++
  }
  return mentions
}
