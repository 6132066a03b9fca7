/**
 * Where the event took place: the province (as it was at the time), a city
 * or district, and a hall or building.
 *
 * Not every province an article names is the place of the event: officials
 * come from elsewhere, results are compared. The cascade:
 *
 * 1. The venue phrase of the lead (`tại hội trường Công an TPHCM`, `tại
 *    thành phố Quy Nhơn, tỉnh Bình Định`, `tại Bình Dương`, `tại điểm cầu
 *    chính trụ sở Bộ Công an (Hà Nội)`) in a sentence about the event
 *    decides: the lead's first dated sentence, or one with no date (a
 *    later sentence with its own date is about something else). A place
 *    in brackets right after the phrase belongs to it. A national event
 *    held in a province belongs to that province. A city in the phrase is
 *    the city; a hall or building is the venue.
 * 2. Otherwise, votes: a `Province: headline` prefix, the headline's
 *    mentions, the lead's mentions (organisers such as `Ban Chỉ đạo ...
 *    tỉnh X`), then the rest of the story; qualified mentions (`tỉnh X`,
 *    `TPHCM`) weigh more than bare or ambiguous ones. Bare `TP`/`CATP`
 *    count for the centrally governed city the article already names.
 *    A nationwide online course with no venue has no province.
 * 3. Close votes with no venue raise `province-ambiguous`, and the first
 *    province of the lead is used; none raises `no-province` (a text that
 *    only says `tỉnh` names none).
 */
import {EVENT_NOUNS} from '../../knowledge/event-types.js'
import {COURSE_WORDS, ILLUSTRATION_MARKERS, INSTITUTION_NAME_HEADS, NATIONWIDE_WORDS, NOT_PLACE_WORDS, ONLINE_WORDS, ORIGIN_WORDS, OUTLET_NAME_HEADS, PLURAL_PLACE_WORDS, REGION_EDGE_AFTER, VENUE_NOUNS} from '../../knowledge/venues.js'
import {alternation} from '../../text/pattern.js'
import {splitSentences} from '../../text/sentences.js'
import {
  COMMUNE_UNIT_WORDS,
  DISTRICT_UNIT_WORDS,
  findProvinceMentions,
  PROVINCE_UNIT_WORDS,
  provinceRef,
  resolveProvince,
  PROVINCES,
  type Province
} from '../../knowledge/provinces.js'
import {DATELINE_PLACE, unicodeWords} from '../../knowledge/boilerplate.js'
import {DISTRICT_UNIT_KINDS, findDistrictMentions, provinceOfBareDistrict, type DistrictMention} from '../../knowledge/districts.js'
import type {Block, CleanArticle, Evidence, ProvinceRef} from '../../types.js'
import {evidenceAt, pending, type Extracted, type PendingWarning} from './context.js'
import {findDateMentions, LEAD_SEARCH_BLOCKS} from './date.js'

/** Vote weights, tuned so one venue or headline prefix outweighs a story's worth of mentions of officials' home provinces. */
const WEIGHTS = {
  headlinePrefix: 8,
  headline: 3,
  leadQualified: 2,
  leadBare: 1,
  bodyQualified: 1,
  bodyBare: 0.5,
  caption: 0.25,
  ambiguous: 0.25,
  cityAbbreviation: 0.5
} as const

/** When the runner-up has this share of the winner's votes, the place is ambiguous. */
const AMBIGUITY_RATIO = 0.75

/** The result of place extraction. */
export type PlaceResult = Extracted<{province: ProvinceRef | null; city: string | null; venue: string | null}>

/** Words that make a sentence one about the event itself. */
const EVENT_SENTENCE = unicodeWords(
  new RegExp(String.raw`\b(?:điểm cầu chính|điểm cầu trung tâm|tổ chức|diễn ra|khai mạc|bế mạc|${alternation(EVENT_NOUNS)})\b`, 'iu')
)

/**
 * `tại X` up to the end of the clause; `, huyện Y, tỉnh Z` after it belong
 * to it. The end is looked for past at most a few spaces, so a long run of
 * spaces is not rescanned at every step of the lazy phrase.
 */
const UNIT_WORDS = alternation([...new Set([...COMMUNE_UNIT_WORDS, ...DISTRICT_UNIT_WORDS, ...PROVINCE_UNIT_WORDS])])
const VENUE_PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])[tT]ại\s+([^,.;:()]+?(?:,\s*(?:${UNIT_WORDS})\s+[^,.;:()]+?)*)(?=\s{0,4}(?:[,.;:()]|$))`,
  'gu'
)

/**
 * The dot of a unit's abbreviation before a name (`TP. Nha Trang`,
 * `TX.Tân Uyên`): no end of a clause. Masked with a space (same length, so
 * indexes stay) before the venue phrase is looked for.
 */
const ABBREVIATION_DOT = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(dottedUnitAbbreviations())})\.(?=\s{0,2}\p{Lu})`,
  'gu'
)

/** The unit abbreviations of the gazetteer written with a dot (`TP.`, `TX.`), without it; a one-letter one (`Q.`, `H.`) is left out, as it reads like a person's initial. */
function dottedUnitAbbreviations(): string[] {
  return DISTRICT_UNIT_KINDS.map((u) => u.word).filter((w) => /^\p{L}{2,}\.$/u.test(w)).map((w) => w.slice(0, -1))
}

function maskAbbreviationDots(text: string): string {
  return text.replace(ABBREVIATION_DOT, (m) => m.slice(0, -1) + ' ')
}

/**
 * A parent institution after a comma closing a venue phrase: `tại Trường
 * Đại học Khoa học, Đại học Thái Nguyên` (the campus, then its university).
 */
const PARENT_INSTITUTION_AFTER_COMMA = new RegExp(
  String.raw`^\s*,\s*((?:${alternation(INSTITUTION_NAME_HEADS)})(?:\s\p{Lu}[\p{L}\p{M}]*){1,5})\s*(?=[,.;:()]|$)`,
  'u'
)

/** A venue phrase that ends with its province: `..., tỉnh Bình Định`. */
const PROVINCE_TAIL = new RegExp(String.raw`,\s*(?:${alternation(PROVINCE_UNIT_WORDS)})\s+[^,]+$`, 'u')

/** Nouns that start the name of a hall or a building. */
const VENUE_NOUN = unicodeWords(new RegExp(String.raw`^(?:${alternation(VENUE_NOUNS)})\b`, 'iu'))

/** Phrases after `tại` that are not a place (`tại hội nghị`, `tại cấp cơ sở`). */
const NOT_A_PLACE = unicodeWords(new RegExp(String.raw`^(?:${alternation(NOT_PLACE_WORDS)})\b`, 'iu'))

/** A city or district in a venue phrase: `thành phố Quy Nhơn`, `TP Thủ Dầu Một`, `huyện X`. */
const LOWER_DISTRICT_WORDS = DISTRICT_UNIT_WORDS.filter((w) => /^\p{Ll}/u.test(w))
const CITY = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(DISTRICT_UNIT_WORDS)}|${alternation(LOWER_DISTRICT_WORDS, true)})\s+(\p{Lu}[\p{L}\p{M}]*(?:\s+\p{Lu}[\p{L}\p{M}]*){0,3})`,
  'u'
)

/** Venues known to be in a province though the text does not say so. */
const KNOWN_VENUES: readonly {pattern: RegExp; province: string; note: string}[] = [
  {pattern: unicodeWords(/^(?:trụ sở chính phủ|nhà quốc hội|hội trường diên hồng|trung tâm hội nghị quốc gia|học viện chính trị quốc gia hồ chí minh)\b/iu), province: 'ha-noi', note: 'national buildings in Hà Nội'},
  {pattern: unicodeWords(/^(?:trụ sở|hội trường|trụ sở chính) bộ\b/iu), province: 'ha-noi', note: 'a ministry\'s headquarters or hall ("trụ sở Bộ Tư pháp", "Hội trường Bộ Công an"); its regional offices are named as such'}
]

/** "điểm cầu (chính|trung tâm) (tại)" before the hall of an online conference's main point. */
const CONNECTION_POINT = unicodeWords(/^điểm cầu(?: chính| trung tâm)?(?: tại| ở)?\s+/iu)

/** A place in brackets right after a venue phrase: `(phường Quy Nhơn)`, `(Hà Nội)`. */
const PLACE_IN_BRACKETS = /^\s*\(([^()]{2,60})\)/u

/** A bare province name after a comma, closing a venue phrase: `tại Hội trường Bộ Công an, Hà Nội, ...`. */
const PLACE_AFTER_COMMA = /^\s*,\s*([^,.;:()]{2,40}?)\s*(?=[,.;:()]|$)/u

/** Bare `TP`, `CATP`, `UBND TP`, `Thành ủy`: the centrally governed city the article is about. */
const CITY_ABBREVIATION = /(?<![\p{L}\p{M}])(?:CATP|UBND TP|HĐND TP|Thành ủy|TP)(?![\p{L}\p{M}.])(?!\s{0,4}\.?\s{0,4}\p{Lu})/gu

/** A connection point of an online event that is not its main one: `tại điểm cầu tỉnh Sơn La`, `các điểm cầu Bạc Liêu, Sóc Trăng`. */
const OTHER_CONNECTION_POINT = unicodeWords(/\bđiểm cầu\b(?!\s+(?:chính|trung tâm)\b)/iu)

/** How far back, in characters, a mention looks for the `điểm cầu` of its clause. */
const CONNECTION_POINT_REACH = 60

/**
 * Whether the province mention at `index` names a secondary connection
 * point: `điểm cầu` (not `điểm cầu chính`) earlier in the same clause. Those
 * provinces watched the event; they did not host it.
 */
function atConnectionPoint(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - CONNECTION_POINT_REACH), index)
  const clause = before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf('.'), before.lastIndexOf(':')) + 1)
  return OTHER_CONNECTION_POINT.test(clause)
}

/** `từ` (and a unit word) right before a mention. */
const REGION_EDGE_BEFORE = unicodeWords(new RegExp(String.raw`\btừ\s+(?:(?:${alternation(PROVINCE_UNIT_WORDS)})\s+)?$`, 'iu'))
/** The words that close a region's edge right after a mention. */
const REGION_EDGE_CLOSE = unicodeWords(new RegExp(String.raw`^\s*(?:${alternation(REGION_EDGE_AFTER)})\b`, 'iu'))

/**
 * Whether the mention at `index` (of `length` characters) is the edge of a
 * region (`các tỉnh từ X trở ra`, `từ X đến Y`): no vote for a place.
 */
export function atRegionEdge(text: string, index: number, length: number): boolean {
  const before = text.slice(Math.max(0, index - 20), index)
  const after = text.slice(index + length, index + length + 20)
  return REGION_EDGE_BEFORE.test(before) && REGION_EDGE_CLOSE.test(after)
}

/** `đến từ` (and a unit word) right before a mention: where a person comes from. */
const ORIGIN_BEFORE = unicodeWords(new RegExp(String.raw`\b(?:${alternation(ORIGIN_WORDS)})\s+(?:(?:${alternation(PROVINCE_UNIT_WORDS)})\s+)?$`, 'iu'))

/** Whether the mention at `index` is a person's home (`đến từ tỉnh X`): no vote. */
export function atOrigin(text: string, index: number): boolean {
  return ORIGIN_BEFORE.test(text.slice(Math.max(0, index - 30), index))
}

/** An outlet's name right before a mention (`Báo `, `Đài PT-TH `), as a name is written: capitalised. */
const OUTLET_NAME_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternation(OUTLET_NAME_HEADS)})\s+$`, 'u')

/** Whether the mention at `index` is part of an outlet's name (`Báo Quảng Ninh`): the paper's home, no vote. */
export function inOutletName(text: string, index: number): boolean {
  return OUTLET_NAME_BEFORE.test(text.slice(Math.max(0, index - 40), index))
}

/**
 * A school's or an institute's name right before a mention: its head, then
 * name words (a capitalised word, at most two lowercase syllables after it:
 * `Kinh tế quốc dân`, or a dash), as names are written.
 */
const INSTITUTION_NAME_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\p{M}])(?:${alternation(INSTITUTION_NAME_HEADS)})(?:\s(?:\p{Lu}[\p{L}\p{M}]*(?:\s\p{Ll}[\p{L}\p{M}]*){0,2}|[-–]))*\s$`,
  'u'
)
/** Whether the mention at `index` ends a school's or an institute's name (`Trường Đại học Luật Hà Nội`): no vote. */
export function inInstitutionName(text: string, index: number): boolean {
  return INSTITUTION_NAME_BEFORE.test(text.slice(Math.max(0, index - 60), index))
}

/** A stock photo's credit (`ILLUSTRATION_MARKERS`): its caption is about no place of the story. */
const ILLUSTRATION_CAPTION = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(ILLUSTRATION_MARKERS)})(?![\\p{L}\\p{M}])`, 'iu')

/** Most characters between two mentions of one enumeration (`, `, ` và `, `...`). */
const ENUMERATION_GAP = /^\s{0,3}(?:[,;]|\.{3}|…)?\s{0,3}(?:và\s{1,3})?(?:các\s{1,3})?$/u
/** Fewest provinces in a row that make an enumeration. */
const ENUMERATION_SIZE = 3

/**
 * The indexes of mentions that stand in an enumeration of three or more
 * provinces (`các tỉnh như Hà Nội, Hải Dương, Bắc Ninh`, `4 điểm cầu (Hà Nội,
 * TP HCM, Cần Thơ, Đắk Lắk)`): where participants come from or watched; an
 * event is not held in all of them, so none of them gets a vote.
 */
export function enumeratedMentions(text: string, mentions: readonly {index: number; length: number}[]): Set<number> {
  const out = new Set<number>()
  let run: number[] = []
  const close = (): void => {
    if (run.length >= ENUMERATION_SIZE) for (const i of run) out.add(i)
    run = []
  }
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k]!
    const prev = mentions[k - 1]
    if (prev && ENUMERATION_GAP.test(text.slice(prev.index + prev.length, m.index))) run.push(m.index)
    else {
      close()
      run = [m.index]
    }
  }
  close()
  return out
}

const ONLINE = unicodeWords(new RegExp(String.raw`\b(?:${alternation(ONLINE_WORDS)})\b`, 'iu'))
const NATIONWIDE = unicodeWords(new RegExp(String.raw`\b(?:${alternation(NATIONWIDE_WORDS)})\b`, 'iu'))

const COURSE = unicodeWords(new RegExp(String.raw`\b(?:${alternation(COURSE_WORDS)})\b`, 'iu'))
const CONNECTION_POINT_WORD = unicodeWords(/\bđiểm cầu\b/iu)

/** Whether the headline and lead tell a nationwide online course (`lớp bồi dưỡng trực tuyến toàn quốc`), with no connection point. */
function nationalOnlineCourse(texts: string[]): boolean {
  const has = (re: RegExp): boolean => texts.some((t) => re.test(t))
  return has(ONLINE) && has(NATIONWIDE) && has(COURSE) && !has(CONNECTION_POINT_WORD)
}

interface Vote {
  province: Province
  score: number
  /** The first place it was seen, for the evidence. */
  block: Block
  index: number
  text: string
  /** Order of first appearance in the lead (Infinity when not in the lead). */
  leadOrder: number
}

/** The lead's venue phrase: the province it names, its city and hall. */
function venueOf(blocks: Block[]): {
  province: Province | null
  city: string | null
  venue: string | null
  block: Block
  index: number
  text: string
} | null {
  let datedSeen = false
  for (const block of blocks) {
    for (const sentence of splitSentences(block.text)) {
      // The lead's first dated sentence is the event's; a later sentence
      // with a date of its own ("Ngày 26/6/2024, tỉnh đã tổ chức đối thoại
      // tại huyện X") reports something else that happened.
      const dated = findDateMentions({...block, text: sentence.text}).length > 0
      if (dated && datedSeen) continue
      datedSeen ||= dated
      if (!EVENT_SENTENCE.test(sentence.text)) continue
      VENUE_PHRASE.lastIndex = 0
      const masked = maskAbbreviationDots(sentence.text)
      for (let m = VENUE_PHRASE.exec(masked); m; m = VENUE_PHRASE.exec(masked)) {
        const rawStart = m.index + m[0].indexOf(m[1] ?? '')
        const raw = sentence.text.slice(rawStart, rawStart + (m[1] ?? '').length).trim()
        // "tại điểm cầu chính trụ sở Bộ Công an": the connected point is where the hall is.
        const phrase = raw.replace(CONNECTION_POINT, '')
        if (!phrase || NOT_A_PLACE.test(phrase)) continue
        const index = sentence.start + m.index + m[0].indexOf(raw) + (raw.length - phrase.length)
        // "tại Trung tâm Hội nghị tỉnh (phường Quy Nhơn)", "trụ sở Bộ Công an (Hà Nội)":
        // a place in brackets right after the phrase belongs to it.
        let after = sentence.text.slice(m.index + m[0].length)
        // "tại Trường Đại học X, Đại học Y": the university the campus belongs to is part of the venue.
        const parent = VENUE_NOUN.test(phrase) ? PARENT_INSTITUTION_AFTER_COMMA.exec(after) : null
        const venuePhrase = parent?.[1] ? `${phrase}, ${parent[1]}` : phrase
        if (parent) after = after.slice(parent[0].length)
        const bracket = PLACE_IN_BRACKETS.exec(after)
        // "tại Hội trường X, Hà Nội, ...": a province name standing alone after the comma belongs to it.
        const comma = bracket ? null : PLACE_AFTER_COMMA.exec(after)
        const trailing = bracket?.[1] ?? (comma?.[1] && resolveProvince(comma[1].trim()) ? comma[1] : undefined)
        const scope = trailing ? `${venuePhrase}, ${trailing}` : venuePhrase
        const found = findProvinceMentions(scope)
        // "tại 4 điểm cầu (Hà Nội, TP HCM, Cần Thơ, Đắk Lắk)": many places, none of them the event's.
        if (enumeratedMentions(scope, found).size > 0) continue
        const mentions = found.filter((x) => !x.ambiguous || x.qualified)
        const isVenue = VENUE_NOUN.test(phrase)
        const known = KNOWN_VENUES.find((k) => k.pattern.test(phrase))
        // `thành phố X, tỉnh Y`: the province closes the phrase; else the first named (`tại A và B`).
        const named = PROVINCE_TAIL.test(scope) ? mentions[mentions.length - 1] : mentions[0]
        let province: Province | null = named?.province ?? null
        if (!province && known) province = PROVINCES.find((p) => p.slug === known.province) ?? null
        let city: string | null = null
        const c = CITY.exec(maskAbbreviationDots(scope))
        if (c && c[1]) {
          const name = c[1].trim()
          const asProvince = resolveProvince(name)
          const capitalOf = PROVINCES.find((p) => p.capital === name)
          // A city that is itself a province (`thành phố Cần Thơ`) is no city;
          // a province's capital (`thành phố Vinh`, `thành phố Huế`) is.
          if (!asProvince || (capitalOf && capitalOf.slug === asProvince.slug && asProvince.kind === 'tỉnh')) city = name
          if (!province && capitalOf) province = capitalOf
        }
        // "tại Đồng Hới": a provincial capital named alone is the city, in its province.
        if (!province && !city && !isVenue) {
          const capitalOf = PROVINCES.find((p) => p.capital === phrase)
          if (capitalOf && !resolveProvince(phrase)) {
            province = capitalOf
            city = phrase
          }
        }
        // "tại thị xã Tân Uyên", "tại huyện Lắk": a district of one province.
        const district = findDistrictMentions(scope)[0]
        if (district) {
          city ??= district.name
          province ??= district.province
        }
        if (!province && !isVenue && !city) continue
        const venue = isVenue ? (parent?.[1] ? venuePhrase : (phrase.split(',')[0]?.trim() ?? null)) : null
        return {province, city, venue, block, index, text: phrase}
      }
    }
  }
  return null
}

/** `các`, `những` shortly before a name, in its clause. */
const PLURAL_BEFORE = unicodeWords(new RegExp(String.raw`\b(?:${alternation(PLURAL_PLACE_WORDS)})\b[^.;:()]{0,30}$`, 'iu'))

/**
 * A place name, then a comma or `và`/`hoặc`, right before a district's unit
 * word: the last of a list (`các huyện A, B và thành phố C`), not a clause's
 * subject after a comma (`cho học sinh, TX.Dĩ An mở lớp`).
 */
const LIST_BEFORE = unicodeWords(
  new RegExp(String.raw`[\p{Lu}\d][\p{L}\p{M}\d]*\s*(?:,|\s(?:và|hoặc))\s*(?:${alternation(DISTRICT_UNIT_KINDS.map((u) => u.word))})?\s*$`, 'u')
)

/** The districts a text names as one place, not one of several (`các quận và thị xã X`, `huyện A, huyện B`). */
function singleDistricts(text: string): DistrictMention[] {
  return findDistrictMentions(text).filter((d) => {
    const before = text.slice(Math.max(0, d.index - 40), d.index)
    return !PLURAL_BEFORE.test(before) && !LIST_BEFORE.test(before)
  })
}

/**
 * Find the place of the event in a clean article. Warnings
 * (`no-province`, `province-ambiguous`) are returned, not reported: the assembler reports them.
 */
/** A headline's place prefix: `Gia Lai: ...`, `Trùng Khánh: ...` (group 1). */
const HEADLINE_PLACE_PREFIX = /^([^:]{2,40}):\s/u

/** The province a dateline names as the place the story was filed from, or null. */
function datelinePlace(article: CleanArticle): {province: Province; block: Block; text: string} | null {
  for (const block of article.datelines) {
    const m = DATELINE_PLACE.exec(block.text)
    const province = m?.[1] ? resolveProvince(m[1]) : null
    if (m?.[1] && province) return {province, block, text: m[1]}
  }
  return null
}

export function extractPlace(article: CleanArticle): PlaceResult {
  const evidence: Record<string, Evidence> = {}
  const warnings: PendingWarning[] = []
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph')
  // A stock photo's caption ("Ảnh minh họa") shows some other place and day: no lead text for the place.
  const lead = paragraphs.slice(0, LEAD_SEARCH_BLOCKS).filter((b) => !ILLUSTRATION_CAPTION.test(b.text))
  const venue = venueOf(lead)
  let city: string | null = null
  let venueName: string | null = null
  if (venue) {
    city = venue.city
    venueName = venue.venue
    if (city) evidence.city = evidenceAt(venue.block, venue.index, venue.text)
    if (venueName) evidence.venue = evidenceAt(venue.block, venue.index, venueName)
    if (venue.province) {
      evidence.province = evidenceAt(venue.block, venue.index, venue.text)
      return {province: provinceRef(venue.province), city, venue: venueName, evidence, warnings}
    }
  }

  // A district of one province named in the headline or the lead (`TX.Tân
  // Uyên vừa tổ chức`, `huyện Lắk`): the city, and the province when
  // nothing else names one.
  let districtBlock = [article.headline, ...lead].find((b): b is Block => b !== null && b !== undefined && singleDistricts(b.text).length > 0)
  let district: DistrictMention | null = districtBlock ? (singleDistricts(districtBlock.text)[0] ?? null) : null
  // Or a district named bare as the headline's place prefix (`Trùng Khánh: ...`).
  const bare = !district && article.headline ? HEADLINE_PLACE_PREFIX.exec(article.headline.text) : null
  const bareProvince = bare?.[1] ? provinceOfBareDistrict(bare[1].trim()) : null
  if (bare?.[1] && bareProvince && article.headline) {
    districtBlock = article.headline
    district = {name: bare[1].trim(), province: bareProvince, index: 0, length: bare[1].trim().length}
  }

  // A nationwide online course with no hall or main point named: no province.
  if (nationalOnlineCourse([article.headline?.text ?? '', ...lead.map((b) => b.text)])) {
    warnings.push(pending('no-province', paragraphs[0] ?? article.headline ?? null))
    return {province: null, city, venue: venueName, evidence, warnings}
  }

  // Votes.
  const votes = new Map<string, Vote>()
  let leadOrder = 0
  const vote = (province: Province, score: number, block: Block, index: number, text: string, inLead: boolean): void => {
    const known = votes.get(province.slug)
    if (known) {
      known.score += score
      if (inLead && known.leadOrder === Infinity) known.leadOrder = leadOrder++
      return
    }
    votes.set(province.slug, {province, score, block, index, text, leadOrder: inLead ? leadOrder++ : Infinity})
  }

  const headline = article.headline
  if (headline) {
    const prefix = HEADLINE_PLACE_PREFIX.exec(headline.text)
    const prefixProvince = prefix?.[1] ? resolveProvince(prefix[1].trim()) : null
    if (prefixProvince) vote(prefixProvince, WEIGHTS.headlinePrefix, headline, 0, prefix?.[1] ?? '', true)
    else {
      for (const m of findProvinceMentions(headline.text)) {
        if (inInstitutionName(headline.text, m.index)) continue
        vote(m.province, m.ambiguous ? WEIGHTS.ambiguous : WEIGHTS.headline, headline, m.index, m.text, true)
      }
    }
  }
  const leadSet = new Set(lead)
  for (const block of article.blocks) {
    if (ILLUSTRATION_CAPTION.test(block.text)) continue
    const inLead = leadSet.has(block)
    const mentions = findProvinceMentions(block.text)
    const listed = enumeratedMentions(block.text, mentions)
    for (const m of mentions) {
      if (atRegionEdge(block.text, m.index, m.text.length) || inOutletName(block.text, m.index)) continue
      if (listed.has(m.index) || inInstitutionName(block.text, m.index) || atOrigin(block.text, m.index)) continue
      let score: number
      if (m.ambiguous) score = WEIGHTS.ambiguous
      else if (block.kind === 'caption' || atConnectionPoint(block.text, m.index)) score = WEIGHTS.caption
      else if (inLead) score = m.qualified ? WEIGHTS.leadQualified : WEIGHTS.leadBare
      else score = m.qualified ? WEIGHTS.bodyQualified : WEIGHTS.bodyBare
      vote(m.province, score, block, m.index, m.text, inLead)
    }
  }
  // Bare TP / CATP: the centrally governed city the article names.
  const cities = [...votes.values()].filter((v) => v.province.kind === 'thành phố')
  if (cities.length === 1 && cities[0]) {
    for (const block of article.blocks) {
      CITY_ABBREVIATION.lastIndex = 0
      for (let m = CITY_ABBREVIATION.exec(block.text); m; m = CITY_ABBREVIATION.exec(block.text)) cities[0].score += WEIGHTS.cityAbbreviation
    }
  }

  const ranked = [...votes.values()].sort((a, b) => b.score - a.score || a.leadOrder - b.leadOrder)
  const top = ranked[0]
  if (!top && district && districtBlock) {
    evidence.province = evidenceAt(districtBlock, district.index, district.name)
    if (!city) evidence.city = evidenceAt(districtBlock, district.index, district.name)
    return {province: provinceRef(district.province), city: city ?? district.name, venue: venueName, evidence, warnings}
  }
  // The place a dateline files the story from (`Cần Thơ, 12/11/2019`) when
  // the story itself names none: reports are filed where the event is.
  const filed = top ? null : datelinePlace(article)
  if (!top && filed) {
    evidence.province = evidenceAt(filed.block, 0, filed.text)
    return {province: provinceRef(filed.province), city, venue: venueName, evidence, warnings}
  }
  if (!top) {
    warnings.push(pending('no-province', paragraphs[0] ?? article.headline ?? null))
    return {province: null, city, venue: venueName, evidence, warnings}
  }
  let chosen = top
  const second = ranked[1]
  if (second && second.score >= AMBIGUITY_RATIO * top.score) {
    const contenders = ranked.filter((v) => v.score >= AMBIGUITY_RATIO * top.score)
    const firstInLead = [...contenders].sort((a, b) => a.leadOrder - b.leadOrder)[0]
    if (firstInLead && firstInLead.leadOrder !== Infinity) chosen = firstInLead
    warnings.push(
      pending('province-ambiguous', {line: chosen.block.line, column: chosen.block.column + chosen.index}, {
        names: contenders.map((v) => v.province.name).join(', ')
      })
    )
  }
  evidence.province = evidenceAt(chosen.block, chosen.index, chosen.text)
  if (!city && district && districtBlock && district.province.slug === chosen.province.slug) {
    city = district.name
    evidence.city = evidenceAt(districtBlock, district.index, district.name)
  }
  return {province: provinceRef(chosen.province), city, venue: venueName, evidence, warnings}
}
