/**
 * The phrase tables of the people parser, built once at module load from
 * the knowledge modules.
 */
import {
  ACTING_MARKERS,
  ADMIN_UNIT_WORDS,
  BODIES,
  BODY_NAME_PHRASES,
  CONCURRENT_MARKERS,
  FORMER_MARKERS,
  MEMBERSHIP_OFFICES,
  OFFICE_HEADS,
  POSITION_BREAKERS,
  PREDICATE_ADVERBS,
  PREDICATES,
  REPRESENTATIVE_HEADS,
  SENTENCE_CUES,
  STATION_PLACES,
  STATION_PREPOSITIONS,
  STATIONED_OFFICES,
  type Predicate,
  type SentenceCue
} from '../../../knowledge/offices.js'
import {FOREIGN_PLACES} from '../../../knowledge/countries.js'
import {EVENT_HEADS} from '../../../knowledge/event-types.js'
import {OPENING_WORDS, PERSON_TITLES, REPORT_NOUNS} from '../../../knowledge/mentions.js'
import {PROVINCES, PROVINCES_2025} from '../../../knowledge/provinces.js'
import {BAPTISMAL_NAMES} from '../../../knowledge/religions.js'
import {ACADEMIC_FIELDS, ACADEMIC_SPELLED, HONORIFICS, MILITARY_RANKS, NAVAL_RANKS} from '../../../knowledge/ranks.js'
import {NAME_BLOCKERS_BEFORE, NOT_PERSON_NAMES} from '../../../knowledge/surnames.js'
import {PhraseTable, tokenize} from '../words.js'

const set = (phrases: readonly string[]): PhraseTable<true> => new PhraseTable(phrases.map((p) => [p, true] as const))

export const OFFICES = set(OFFICE_HEADS)
export const BODY_TABLE = set(BODIES)
/** Event heads ("Hội nghị", "Hội thảo"): they start like a body ("Hội") but name a meeting, not where someone works. */
export const EVENT_HEAD_TABLE = set(EVENT_HEADS)
/** Former and acting markers: words before an office head that belong to the position. */
export const FORMER = set([...FORMER_MARKERS, ...ACTING_MARKERS])
export const REPRESENTATIVE = set(REPRESENTATIVE_HEADS)
export const BREAKERS = set(POSITION_BREAKERS)
/** Phrases that open with a breaker but name part of a body (`sau đại học`). */
export const BODY_NAME_PHRASE_TABLE = set(BODY_NAME_PHRASES)
/** Memberships in lower case that are an office before a capitalised body (`thành viên Ban X`). */
export const MEMBERSHIP = set(MEMBERSHIP_OFFICES)
/** Words before a second office held concurrently (`kiêm Giám đốc Y`). */
export const CONCURRENT = set(CONCURRENT_MARKERS)
export const ADVERBS = set(PREDICATE_ADVERBS)
export const ADMIN = set(ADMIN_UNIT_WORDS)
export const TITLE_WORDS = set(PERSON_TITLES)
export const BAPTISMAL = set(BAPTISMAL_NAMES)
export const REPORT_NOUN_TABLE = set(REPORT_NOUNS)
export const OPENING = set(OPENING_WORDS)
export const HONORIFIC_TABLE = set(HONORIFICS)
export const PREDICATE_TABLE = new PhraseTable<Predicate>(PREDICATES.map((p) => [p.phrase, p] as const))
export const CUE_TABLE = new PhraseTable<SentenceCue>(SENTENCE_CUES.map((c) => [c.phrase, c] as const))
export const MILITARY = new PhraseTable<string>([...MILITARY_RANKS, ...NAVAL_RANKS].map((r) => [r, r] as const))
export const ACADEMIC_FIELD_TABLE = set(ACADEMIC_FIELDS)
export const SPELLED_ACADEMIC = new PhraseTable<string>([...ACADEMIC_SPELLED.keys()].map((k) => [k, k] as const))

/**
 * Places and other capitalised phrases a name may directly follow inside a
 * run of capitals ("Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh"): the
 * provinces' names, aliases and capitals (`knowledge/provinces.ts`), the
 * 2025 units, and the not-a-person phrases. A name never starts in the
 * middle of one of these ("Bình Dương" is not "Dương ...").
 */
export const PLACES = set([
  ...PROVINCES.flatMap((p) => [p.name, ...p.aliases, p.capital]),
  ...PROVINCES_2025.map((p) => p.name),
  ...NOT_PERSON_NAMES,
  ...BODIES.filter((b) => b.includes(' '))
])
/** Offices and bodies whose position goes on with `tại` and a place (`Đại sứ X tại Việt Nam`). */
export const STATIONED = set(STATIONED_OFFICES)
export const STATION_PREPOSITION = set(STATION_PREPOSITIONS)
/** The places after a stationed office's `tại`: countries, the home country and the UN's seats, provinces and their cities. */
export const STATION_PLACE_TABLE = set([
  ...FOREIGN_PLACES.map((p) => p.name),
  ...STATION_PLACES,
  ...PROVINCES.flatMap((p) => [p.name, ...p.aliases, p.capital]),
  ...PROVINCES_2025.map((p) => p.name)
])

/** Longest place phrase, in words, for looking back. */
export const LONGEST_PLACE = 6

/** Blockers before a name, matched exactly as written (case matters: `Trường` vs a name). */
export const BLOCKERS_BEFORE: readonly (readonly string[])[] = NAME_BLOCKERS_BEFORE.map((p) => tokenize(p).map((t) => t.text))
