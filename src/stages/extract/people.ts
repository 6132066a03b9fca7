/**
 * People of the story: who took part in the event, with their rank,
 * positions and role.
 *
 * The cascade, per article:
 *
 * 1. Split the story's blocks (paragraphs and captions, up to a teaser
 *    heading) into words and sentences.
 * 2. In each sentence, find mentions and positions. A mention is
 *    `[đồng chí|ông|bà] [rank] Name`; a name is 2–5 capitalised syllables that
 *    start with a surname (`knowledge/surnames.ts`). A position starts at an
 *    office head word (`knowledge/offices.ts`) and runs until a predicate
 *    verb, a name, or punctuation that is not followed by a body.
 * 3. Attach positions to mentions: "Name, Position" and "Name - Position"
 *    attach after; "Position Name" and "Position, Rank Name" attach before.
 *    An affiliation that starts with a body also attaches after a name
 *    ("TS Nguyễn Thanh Tuấn - Viện Quyền con người").
 * 4. Keep a mention only when something shows it is a person of the story:
 *    a rank, `đồng chí`/`ông`/`bà`, an attached position, or a sentence
 *    that lists participants ("Đến dự có các đồng chí: ..."). Bylines'
 *    names, historical figures and places are never people; a name inside a
 *    run of capitals must follow a place ("UBND tỉnh Bình Dương Võ Văn Minh").
 * 5. Parse again knowing the people found: bare full names, short
 *    references ("Thứ trưởng Hùng", "ông Kỷ") and a rank alone at the start
 *    of a sentence ("Đại tá đề nghị ...") count for the person they name
 *    when exactly one person fits.
 * 6. Merge by full name; the role is the strongest cue (chair > reporter >
 *    speaker > attendee > mentioned); people are listed by first appearance.
 *    Someone only ever cited ("theo chỉ đạo của Thủ tướng X") with no role
 *    is left out.
 *
 * Roles come from the predicate after a person's name and positions ("...
 * chủ trì hội nghị", "... cho biết"), looking past "thừa ủy quyền ..." and
 * "cùng ..."; from a cue opening the sentence ("Phát biểu tại Hội nghị, X
 * ..." for the first person, "Báo cáo viên tại Hội nghị có X; Y" and "Đến
 * dự có ..." for everyone listed); people joined by "và" share the
 * predicate after the last of them.
 *
 * Precision comes first: a name with no anchor is dropped, and anything
 * ambiguous is left out.
 */
import type {RuleId} from '../../messages.js'
import {fold, nameKey} from '../../text/normalize.js'
import {slug} from '../../text/slug.js'
import type {Block, CleanArticle, Evidence, OfficialRecord, OfficialRole} from '../../types.js'
import {
  ADMIN_UNIT_WORDS,
  BODIES,
  FORMER_MARKERS,
  OFFICE_HEADS,
  POSITION_BREAKERS,
  PREDICATE_ADVERBS,
  PREDICATES,
  ROLE_RANK,
  SENTENCE_CUES,
  type Predicate,
  type SentenceCue
} from '../../knowledge/offices.js'
import {PROVINCES, PROVINCES_2025} from '../../knowledge/provinces.js'
import {
  ACADEMIC_SPELLED,
  HONORIFICS,
  MILITARY_RANKS,
  NAVAL_RANKS,
  academicPart,
  canonicalMilitaryRank
} from '../../knowledge/ranks.js'
import {
  MAX_NAME_SYLLABLES,
  MIN_NAME_SYLLABLES,
  NAME_BLOCKERS_BEFORE,
  isNameSyllable,
  isSurname,
  looksLikePersonName,
  notNameAt,
  NOT_PERSON_NAMES
} from '../../knowledge/surnames.js'
import {evidenceAt, pending, type ExtractContext, type Extracted, type PendingWarning} from './context.js'
import {DOTTED_ABBREVIATIONS, PhraseTable, sentences, storyBlocks, tokenize, type Token} from './words.js'

const set = (phrases: readonly string[]): PhraseTable<true> => new PhraseTable(phrases.map((p) => [p, true] as const))

const OFFICES = set(OFFICE_HEADS)
const BODY_TABLE = set(BODIES)
const FORMER = set(FORMER_MARKERS)
const BREAKERS = set(POSITION_BREAKERS)
const ADVERBS = set(PREDICATE_ADVERBS)
const ADMIN = set(ADMIN_UNIT_WORDS)
const PREDICATE_TABLE = new PhraseTable<Predicate>(PREDICATES.map((p) => [p.phrase, p] as const))
const CUE_TABLE = new PhraseTable<SentenceCue>(SENTENCE_CUES.map((c) => [c.phrase, c] as const))
const MILITARY = new PhraseTable<string>([...MILITARY_RANKS, ...NAVAL_RANKS].map((r) => [r, r] as const))
const SPELLED_ACADEMIC = new PhraseTable<string>([...ACADEMIC_SPELLED.keys()].map((k) => [k, k] as const))
const HONORIFIC_TABLE = set(HONORIFICS)
/**
 * Places and other capitalised phrases a name may directly follow inside a
 * run of capitals ("Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh"): the
 * provinces' names, aliases and capitals (`knowledge/provinces.ts`), the
 * 2025 units, and the not-a-person phrases. A name never starts in the
 * middle of one of these ("Bình Dương" is not "Dương ...").
 */
const PLACES = set([
  ...PROVINCES.flatMap((p) => [p.name, ...p.aliases, p.capital]),
  ...PROVINCES_2025.map((p) => p.name),
  ...NOT_PERSON_NAMES,
  ...BODIES.filter((b) => b.includes(' '))
])
/** Longest place phrase, in words, for looking back. */
const LONGEST_PLACE = 6

/** Whether a place phrase ends right before `i` ("... Bình Dương|"). */
function placeEndsBefore(tokens: readonly Token[], i: number): boolean {
  for (let n = 1; n <= LONGEST_PLACE && n <= i; n++) {
    const m = PLACES.match(tokens, i - n, i)
    if (m && m.length === n) return true
  }
  return false
}

/** Whether a place phrase starts before `i` and runs over it ("Bình |Dương"). */
function placeCovers(tokens: readonly Token[], i: number, end: number): boolean {
  for (let n = 1; n <= LONGEST_PLACE && n <= i; n++) {
    const m = PLACES.match(tokens, i - n, end)
    if (m && m.length > n) return true
  }
  return false
}

/** Words that introduce a person without a rank. */
const TITLE_WORDS = set(['đồng chí', 'ông', 'bà'])
/** Blockers before a name, matched exactly as written (case matters: `Trường` vs a name). */
const BLOCKERS_BEFORE = NAME_BLOCKERS_BEFORE.map((p) => tokenize(p).map((t) => t.text))

const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text)
const isLowerWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Ll}/u.test(t.text)

// ---------------------------------------------------------------------------
// Ranks, names, positions

/** A rank (or academic title) found before a name. */
interface RankMatch {
  start: number
  end: number
  /** The recorded rank: the military one when both kinds are given. */
  rank: string | null
}

/** One rank part at `i`: a military rank, an academic title, or an honorific. */
function rankPartAt(tokens: readonly Token[], i: number, end: number):
  | {length: number; military: string | null; academic: string[]}
  | null {
  const t = tokens[i]
  if (!t || t.kind !== 'word') return null
  const military = MILITARY.match(tokens, i, end)
  if (military) return {length: military.length, military: canonicalMilitaryRank(military.value), academic: []}
  if (/^\p{Lu}/u.test(t.text)) {
    const parts = t.text.includes('.') && !academicPart(t.text) ? t.text.split('.') : [t.text]
    const canon = parts.map(academicPart)
    if (canon.every((c): c is string => c !== null)) return {length: 1, military: null, academic: canon}
  }
  const spelled = SPELLED_ACADEMIC.match(tokens, i, end)
  if (spelled) return {length: spelled.length, military: null, academic: [academicPart(spelled.value) ?? spelled.value]}
  const honorific = HONORIFIC_TABLE.match(tokens, i, end)
  if (honorific) return {length: honorific.length, military: null, academic: []}
  return null
}

/**
 * Ranks at `i`, possibly several joined by `,`, `.`, `-` ("Đại tá, PGS.TS",
 * "PGS. TS", "NGƯT, PGS.TS"), and a dot after an abbreviation ("TS.").
 */
function rankAt(tokens: readonly Token[], i: number, end: number): RankMatch | null {
  let j = i
  let military: string | null = null
  const academic: string[] = []
  let found = false
  while (j < end) {
    const part = rankPartAt(tokens, j, end)
    if (!part) break
    found = true
    military ??= part.military
    for (const a of part.academic) if (!academic.includes(a)) academic.push(a)
    j += part.length
    const sep = tokens[j]
    if (sep && (sep.text === ',' || sep.text === '.' || sep.text === '-' || sep.text === '–')) {
      if (rankPartAt(tokens, j + 1, end)) {
        j++
        continue
      }
      if (sep.text === '.' && part.academic.length > 0 && isCapitalised(tokens[j + 1])) j++
    }
    break
  }
  if (!found) return null
  const rank = military ?? (academic.length > 0 ? academic.join('.') : null)
  return {start: i, end: j, rank}
}

/** Whether one of the exact-case blockers ends right before `i` ("đường", "Trường"). */
function blockedBefore(tokens: readonly Token[], i: number): boolean {
  return BLOCKERS_BEFORE.some((words) => {
    const from = i - words.length
    if (from < 0) return false
    return words.every((w, k) => tokens[from + k]?.text === w)
  })
}

/** Whether an administrative-unit word ends right before `i` ("tỉnh", "thành phố"). */
function adminBefore(tokens: readonly Token[], i: number): boolean {
  for (let n = 1; n <= 3 && n <= i; n++) {
    const m = ADMIN.match(tokens, i - n, i)
    if (m && m.length === n) return true
  }
  return false
}

/**
 * A full name starting at `i`, as a `[start, end)` token range, or null.
 * See `looksLikePersonName`; besides, the run may not continue into more
 * capitalised syllables than a name has, a street or school word may not
 * stand before it, and after a unit word ("tỉnh") it needs three syllables.
 */
function nameAt(tokens: readonly Token[], texts: readonly string[], i: number, end: number): [number, number] | null {
  const first = tokens[i]
  if (!first || first.kind !== 'word' || !isNameSyllable(first.text) || !isSurname(first.text)) return null
  if (notNameAt(texts, i) || PLACES.match(tokens, i, end)) return null
  // Inside a run of capitals ("... tỉnh Bình Dương Võ Văn Minh"), a name may
  // start right after a place, or after capitals that are not a name; never
  // inside a place ("Dương ...") or inside another name ("Lâm Thành").
  const prev = tokens[i - 1]
  if (prev && prev.kind === 'word' && isNameSyllable(prev.text) && !TITLE_WORDS.match(tokens, i - 1, i) && !placeEndsBefore(tokens, i)) {
    if (placeCovers(tokens, i, end)) return null
    let r = i - 1
    while (r > 0 && tokens[r - 1]!.kind === 'word' && isNameSyllable(tokens[r - 1]!.text)) r--
    if (isSurname(tokens[r]!.text)) return null
  }
  let k = i + 1
  while (
    k < end &&
    k - i <= MAX_NAME_SYLLABLES &&
    tokens[k]!.kind === 'word' &&
    isNameSyllable(tokens[k]!.text) &&
    !notNameAt(texts, k, true) &&
    !OFFICES.match(tokens, k, end) &&
    !MILITARY.match(tokens, k, end)
  ) {
    k++
  }
  const n = k - i
  if (n < MIN_NAME_SYLLABLES || n > MAX_NAME_SYLLABLES) return null
  if (!looksLikePersonName(texts.slice(i, k))) return null
  if (blockedBefore(tokens, i)) return null
  if (n < 3 && adminBefore(tokens, i)) return null
  return [i, k]
}

/** A mention: `[title] [rank] Name`. */
interface MentionUnit {
  type: 'mention'
  start: number
  end: number
  nameStart: number
  nameEnd: number
  title: boolean
  rank: RankMatch | null
  /** For a short or rank-only reference: the known person's key. */
  refersTo: string | null
}

interface PositionUnit {
  type: 'position'
  start: number
  end: number
}

type Unit = MentionUnit | PositionUnit

/** People already found (by name key, tone marks kept), for resolving short references in the second pass. */
class Known {
  /** Full name key → the name words, keyed the same way. */
  readonly names = new Map<string, string[]>()
  /** Full name key → recorded rank. */
  readonly ranks = new Map<string, string>()
  /** Last syllable → full name keys, so a lookup does not scan everyone. */
  readonly #byLast = new Map<string, string[]>()
  /** Rank → full name keys of the people who hold it. */
  readonly #byRank = new Map<string, string[]>()

  addName(key: string, name: string): void {
    if (this.names.has(key)) return
    const parts = name.split(' ').map((w) => nameKey(w))
    this.names.set(key, parts)
    const last = parts[parts.length - 1]!
    const list = this.#byLast.get(last)
    if (list) list.push(key)
    else this.#byLast.set(last, [key])
  }

  addRank(key: string, rank: string): void {
    if (this.ranks.has(key)) return
    this.ranks.set(key, rank)
    const list = this.#byRank.get(rank)
    if (list) list.push(key)
    else this.#byRank.set(rank, [key])
  }

  /** The people whose name ends with these words (name keys). */
  endingWith(target: readonly string[]): string[] {
    const candidates = this.#byLast.get(target[target.length - 1] ?? '') ?? []
    return candidates.filter((key) => {
      const parts = this.names.get(key)!
      return parts.length > target.length && target.every((w, k) => parts[parts.length - target.length + k] === w)
    })
  }

  /** The people who hold a rank. */
  holding(rank: string): readonly string[] {
    return this.#byRank.get(rank) ?? []
  }
}

/** The person a short reference (`Hùng`, `Thanh Hải`) names, when exactly one fits. */
function resolveShort(known: Known, words: readonly string[]): string | null {
  const hits = known.endingWith(words.map((w) => nameKey(w)))
  return hits.length === 1 ? hits[0]! : null
}

/**
 * Whether a short reference can end at `k`: the next word is a predicate,
 * an adverb or a joiner, or punctuation. "Thứ trưởng Hùng phát biểu" is one;
 * "Thủ tướng Chính phủ" is not (`Chính` runs on into `phủ`).
 */
function endsReference(tokens: readonly Token[], k: number, end: number): boolean {
  const next = tokens[k]
  if (!next || k >= end) return true
  if (next.kind === 'punct') return true
  if (next.kind !== 'word' || !isLowerWord(next)) return false
  return !!(PREDICATE_TABLE.match(tokens, k, end)?.value.role || ADVERBS.match(tokens, k, end) || ['và', 'cùng', 'với'].includes(next.lower))
}

/** A mention at `i` (`[title] [rank] Name`), or a short reference when `known` is given. */
function mentionAt(
  tokens: readonly Token[],
  texts: readonly string[],
  i: number,
  end: number,
  known: Known | null,
  sentenceStart: number
): MentionUnit | null {
  let j = i
  const title = TITLE_WORDS.match(tokens, j, end)
  if (title) j += title.length
  const rank = rankAt(tokens, j, end)
  if (rank) j = rank.end
  const name = nameAt(tokens, texts, j, end)
  if (name) {
    return {type: 'mention', start: i, end: name[1], nameStart: name[0], nameEnd: name[1], title: !!title, rank, refersTo: null}
  }
  if (!known) return null
  const office = !title && !rank ? OFFICES.match(tokens, j, end) : null
  if (office && isCapitalised(tokens[j])) j += office.length
  if (title || rank || office) {
    // Short reference: one or two capitalised syllables, then something else.
    let k = j
    while (k < end && k - j < 2 && tokens[k]!.kind === 'word' && isNameSyllable(tokens[k]!.text)) k++
    if (k > j && !notNameAt(texts, j) && endsReference(tokens, k, end)) {
      const who = resolveShort(known, texts.slice(j, k))
      if (who) return {type: 'mention', start: i, end: k, nameStart: j, nameEnd: k, title: !!title, rank, refersTo: who}
    }
  }
  // A rank alone opening a sentence ("Đại tá đề nghị ..."), when one person has it.
  if (rank && rank.rank && !title && i === sentenceStart && isLowerWord(tokens[rank.end])) {
    const holders = known.holding(rank.rank)
    if (holders.length === 1) {
      return {type: 'mention', start: i, end: rank.end, nameStart: rank.end, nameEnd: rank.end, title: false, rank, refersTo: holders[0]!}
    }
  }
  return null
}

/**
 * Consecutive lower-case words a position may hold ("Ủy ban nhân dân thành
 * phố" has five after "Ủy"; "Hội Liên hiệp các tổ chức" four). Past this
 * many, the words are the sentence's predicate, not the office.
 */
export const MAX_LOWER_RUN = 5

/** Whether a mention starts at `i` (used to end a position before a name). */
function startsMention(tokens: readonly Token[], texts: readonly string[], i: number, end: number): boolean {
  return mentionAt(tokens, texts, i, end, null, -1) !== null
}

/** Whether an office head (capitalised, or after `nguyên`) starts at `i`. */
function officeAt(tokens: readonly Token[], i: number, end: number): number {
  let j = i
  const former = FORMER.match(tokens, j, end)
  if (former) j += former.length
  const head = OFFICES.match(tokens, j, end)
  if (!head) return 0
  const first = tokens[j]!
  if (!/^\p{Lu}/u.test(first.text)) return 0
  return j - i + head.length
}

/**
 * A position starting at `i`: an office head, then its bodies, up to a
 * predicate, a name, a breaker word or punctuation. A comma followed by a
 * body continues it ("Cục Đối ngoại, Bộ Công an"); a comma followed by
 * another office head ends it (the next position follows).
 */
function positionAt(
  tokens: readonly Token[],
  texts: readonly string[],
  i: number,
  end: number,
  bodyHead = false
): PositionUnit | null {
  let headLength = officeAt(tokens, i, end)
  if (!headLength && bodyHead && isCapitalisedOrAbbr(tokens[i])) headLength = BODY_TABLE.match(tokens, i, end)?.length ?? 0
  if (!headLength) return null
  let k = i + headLength
  let lowerRun = 0
  let lowerRunStart = k
  while (k < end) {
    const t = tokens[k]!
    if (t.kind === 'punct') {
      const next = k + 1
      if (t.text === ',' && !officeAt(tokens, next, end) && BODY_TABLE.match(tokens, next, end) && isCapitalisedOrAbbr(tokens[next]) &&
        !startsMention(tokens, texts, next, end)) {
        k = next
        lowerRun = 0
        continue
      }
      if (t.text === '.' && DOTTED_ABBREVIATIONS.has(tokens[k - 1]?.text ?? '') && isCapitalised(tokens[next])) {
        k = next
        continue
      }
      if ((t.text === '-' || t.text === '–') && isCapitalised(tokens[next]) && !officeAt(tokens, next, end) &&
        !startsMention(tokens, texts, next, end)) {
        k = next
        lowerRun = 0
        continue
      }
      break
    }
    if (startsMention(tokens, texts, k, end)) break
    if (isLowerWord(t)) {
      const predicate = PREDICATE_TABLE.match(tokens, k, end)
      if (predicate) {
        if (predicate.value.endsPosition) break
        k += predicate.length
        continue
      }
      if (BREAKERS.match(tokens, k, end)) break
      if (t.lower === 'và') {
        if (isCapitalised(tokens[k + 1]) && !officeAt(tokens, k + 1, end) && !startsMention(tokens, texts, k + 1, end)) {
          k++
          continue
        }
        break
      }
      if (lowerRun === 0) lowerRunStart = k
      lowerRun++
      if (lowerRun > MAX_LOWER_RUN) {
        k = lowerRunStart
        break
      }
      k++
      continue
    }
    lowerRun = 0
    k++
  }
  return {type: 'position', start: i, end: k}
}

const isCapitalisedOrAbbr = (t: Token | undefined): boolean => !!t && t.kind === 'word' && /^\p{Lu}/u.test(t.text)

/** Separators after a name that may introduce an affiliation starting with a body. */
const AFFILIATION_SEPARATORS = new Set(['-', '–', '(', ','])

/** Find the mentions and positions of one sentence, in order. */
function parseSentence(
  tokens: readonly Token[],
  texts: readonly string[],
  start: number,
  end: number,
  known: Known | null
): Unit[] {
  const units: Unit[] = []
  let i = start
  while (i < end) {
    const mention = mentionAt(tokens, texts, i, end, known, start)
    if (mention) {
      units.push(mention)
      i = Math.max(mention.end, i + 1)
      // "Name - Viện X", "Name (Sở Y)": an affiliation that starts with a body.
      const sep = tokens[i]
      if (sep && AFFILIATION_SEPARATORS.has(sep.text) && !officeAt(tokens, i + 1, end)) {
        const affiliation = positionAt(tokens, texts, i + 1, end, true)
        if (affiliation) {
          units.push(affiliation)
          i = affiliation.end
        }
      }
      continue
    }
    const position = positionAt(tokens, texts, i, end)
    if (position) {
      units.push(position)
      i = position.end
      continue
    }
    i++
  }
  return units
}

// ---------------------------------------------------------------------------
// Attaching positions and roles

/** A mention with what the sentence says about it. */
interface Mention {
  block: Block
  /** Offset in the block's text where the mention starts, and its text (with positions). */
  index: number
  text: string
  name: string
  key: string
  refersTo: string | null
  rank: {value: string; index: number; text: string} | null
  positions: string[]
  /** Whether something shows it is a person (rank, title, position, list). */
  anchored: boolean
  /**
   * Whether the mention is a possessive reference ("Chỉ thị của Thủ tướng
   * X", "sự quan tâm của đồng chí Y"): the person is cited, not present.
   */
  cited: boolean
  role: OfficialRole
  roleCue: {index: number; text: string} | null
}

const SEPARATORS_AFTER_NAME = new Set([',', '-', '–', '(', ':'])

/**
 * Words right before a mention that make it a citation, not a presence:
 * "của" (of: "theo chỉ đạo của Thủ tướng ..."). A person only ever cited,
 * with no role in the event, is left out: RECORDS' officials are the people
 * of the story, and an invented participant costs more than a missing one.
 */
const CITING_WORDS = new Set(['của'])

/** The tokens strictly between two token indexes, as texts. */
const between = (tokens: readonly Token[], from: number, to: number): string[] =>
  tokens.slice(from, to).map((t) => t.text)

/** Assign each position chain to a mention: the map from position unit index to mention unit index. */
function attachPositions(tokens: readonly Token[], units: readonly Unit[]): Map<number, number> {
  const owner = new Map<number, number>()
  let u = 0
  while (u < units.length) {
    if (units[u]!.type !== 'position') {
      u++
      continue
    }
    // A chain: positions joined by a comma or nothing.
    let v = u
    while (
      v + 1 < units.length &&
      units[v + 1]!.type === 'position' &&
      ['', ','].includes(between(tokens, units[v]!.end, units[v + 1]!.start).join(''))
    ) {
      v++
    }
    const prev = units[u - 1]
    const next = units[v + 1]
    const gapBefore = prev ? between(tokens, prev.end, units[u]!.start) : null
    const gapAfter = next ? between(tokens, units[v]!.end, next.start) : null
    let to = -1
    if (prev?.type === 'mention' && gapBefore && gapBefore.length === 1 && SEPARATORS_AFTER_NAME.has(gapBefore[0]!)) {
      to = u - 1
    } else if (next?.type === 'mention' && gapAfter && gapAfter.length === 0) {
      to = v + 1
    } else if (next?.type === 'mention' && (next.rank || next.title) && gapAfter?.join('') === ',') {
      to = v + 1
    }
    if (to >= 0) for (let w = u; w <= v; w++) owner.set(w, to)
    u = v + 1
  }
  return owner
}

/** Role cues from predicates after a mention: the verb that has it as subject. */
function predicateAfter(
  tokens: readonly Token[],
  units: readonly Unit[],
  from: number,
  end: number,
  afterUnit: number
): {role: OfficialRole; index: number} | null {
  let k = from
  for (;;) {
    const t = tokens[k]
    if (!t || k >= end) break
    if (t.text === '(') {
      // "Đồng chí X (thứ hai từ trái sang) trao quà": skip a short aside.
      let close = k + 1
      while (close < end && close - k <= MAX_ASIDE && tokens[close]!.text !== ')') close++
      if (tokens[close]?.text !== ')') break
      k = close + 1
      continue
    }
    if (t.text === ',' || t.text === ')') {
      k++
      continue
    }
    const adverb = ADVERBS.match(tokens, k, end)
    if (!adverb) break
    k += adverb.length
  }
  const direct = PREDICATE_TABLE.match(tokens, k, end)
  if (direct?.value.role) {
    const role = direct.value.role === 'speaker' && presentsTopics(tokens, k + direct.length, end) ? 'reporter' : direct.value.role
    return {role, index: k}
  }
  // "thừa ủy quyền của ... chủ trì", "cùng các đại biểu dự ...": look further,
  // skipping positions, up to the next person.
  const opener = tokens[k]?.lower
  if (!(direct && direct.value.role === null) && opener !== 'cùng') return null
  let u = afterUnit + 1
  for (let steps = 0; k < end && steps < PREDICATE_WINDOW; steps++) {
    const unit = units[u]
    if (unit && unit.start <= k) {
      if (unit.type === 'mention') return null
      k = unit.end
      u++
      continue
    }
    const p = PREDICATE_TABLE.match(tokens, k, end)
    if (p?.value.role && isLowerWord(tokens[k])) return {role: p.value.role, index: k}
    k += p?.length ?? 1
  }
  return null
}

/** Longest aside in brackets skipped between a name and its predicate, in tokens. */
const MAX_ASIDE = 12

/**
 * Whether "chuyên đề" follows within a few words: whoever "quán triệt",
 * "trình bày" or "truyền đạt" the chuyên đề is a report presenter.
 */
function presentsTopics(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < Math.min(end, from + TOPIC_LOOKAHEAD); k++) {
    if (tokens[k]!.lower === 'chuyên' && tokens[k + 1]?.lower === 'đề') return true
  }
  return false
}

/** Words between a predicate and "chuyên đề" ("trình bày hai chuyên đề", "quán triệt các chuyên đề"). */
const TOPIC_LOOKAHEAD = 3

/**
 * How far (in words) to look for the predicate after "thừa ủy quyền ..." or
 * "cùng ...". The seeds' longest gap is 12 ("thừa Ủy quyền của Trưởng ban
 * Chỉ đạo Nhân quyền tỉnh Bình Dương"); 25 leaves room without reaching
 * into the next clause in practice.
 */
export const PREDICATE_WINDOW = 25

/** The sentence cues before the first mention: `[cue, index]`. */
function sentenceCues(tokens: readonly Token[], start: number, firstUnit: number): {cue: SentenceCue; index: number}[] {
  const out: {cue: SentenceCue; index: number}[] = []
  // Cues that must open the sentence may follow only numbers and punctuation.
  let firstWord = start
  while (firstWord < firstUnit && tokens[firstWord]!.kind !== 'word') firstWord++
  for (let k = start; k < firstUnit; k++) {
    const m = CUE_TABLE.match(tokens, k, firstUnit)
    if (!m) continue
    if (m.value.atStart && k !== firstWord) continue
    out.push({cue: m.value, index: k})
  }
  return out
}

/** The mentions of one sentence, with positions and roles. */
function sentenceMentions(
  block: Block,
  tokens: readonly Token[],
  texts: readonly string[],
  start: number,
  end: number,
  known: Known | null
): Mention[] {
  const units = parseSentence(tokens, texts, start, end, known)
  const owner = attachPositions(tokens, units)
  const mentionIndexes = units.flatMap((u, k) => (u.type === 'mention' ? [k] : []))
  if (mentionIndexes.length === 0) return []
  const firstUnit = units[0]!.start
  const cues = sentenceCues(tokens, start, firstUnit)
  const listCue = cues.find((c) => c.cue.scope === 'all') ?? null
  const firstCue = cues.find((c) => c.cue.scope === 'first') ?? null

  const out: Mention[] = []
  // Position unit indexes by the mention unit they belong to, in order.
  const positionsOf = new Map<number, number[]>()
  for (const [p, m] of [...owner].sort((a, b) => a[0] - b[0])) {
    const list = positionsOf.get(m) ?? []
    list.push(p)
    positionsOf.set(m, list)
  }
  const afterRoles = new Map<number, {role: OfficialRole; index: number} | null>()
  // Right to left, so "A và B chủ trì" gives A the role of B's predicate.
  for (let n = mentionIndexes.length - 1; n >= 0; n--) {
    const u = mentionIndexes[n]!
    const own = positionsOf.get(u) ?? []
    const last = Math.max(u, own[own.length - 1] ?? u)
    const from = units[last]!.end
    const nextMention = mentionIndexes[n + 1]
    // The next person's own positions before the name belong to them, not to the gap.
    const nextStart =
      nextMention !== undefined
        ? Math.min(units[nextMention]!.start, ...(positionsOf.get(nextMention) ?? []).filter((p) => p < nextMention).map((p) => units[p]!.start))
        : 0
    const gap = nextMention !== undefined ? between(tokens, from, nextStart) : null
    let role = predicateAfter(tokens, units, from, end, last)
    if (!role && gap && gap.length > 0 && gap.every((w) => ['và', ',', 'cùng', 'với'].includes(w.toLowerCase())) && nextMention !== undefined) {
      role = afterRoles.get(nextMention) ?? null
    }
    afterRoles.set(u, role)
  }

  mentionIndexes.forEach((u, n) => {
    const unit = units[u] as MentionUnit
    const positions = positionsOf.get(u) ?? []
    const lastToken = positions.length > 0 ? units[positions[positions.length - 1]!]!.end : unit.end
    const startOffset = tokens[unit.start]!.start
    const endOffset = tokens[lastToken - 1]!.end
    const cueList: {role: OfficialRole; index: number}[] = []
    const after = afterRoles.get(u)
    if (after) cueList.push(after)
    if (listCue) cueList.push({role: listCue.cue.role, index: listCue.index})
    if (firstCue && n === 0) cueList.push({role: firstCue.cue.role, index: firstCue.index})
    const best = cueList.sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role])[0] ?? null
    const name = texts.slice(unit.nameStart, unit.nameEnd).join(' ')
    out.push({
      block,
      index: startOffset,
      text: block.text.slice(startOffset, endOffset),
      name,
      key: unit.refersTo ?? nameKey(name),
      refersTo: unit.refersTo,
      rank: unit.rank?.rank
        ? {
            value: unit.rank.rank,
            index: tokens[unit.rank.start]!.start,
            text: block.text.slice(tokens[unit.rank.start]!.start, tokens[unit.rank.end - 1]!.end)
          }
        : null,
      positions: positions.map((p) => block.text.slice(tokens[units[p]!.start]!.start, tokens[units[p]!.end - 1]!.end)),
      anchored: !!unit.rank || unit.title || positions.length > 0 || !!listCue,
      cited: CITING_WORDS.has(tokens[Math.min(unit.start, ...positions.map((p) => units[p]!.start)) - 1]?.lower ?? ''),
      role: best?.role ?? 'mentioned',
      roleCue: best
        ? {index: tokens[best.index]!.start, text: predicateText(tokens, best.index, end, block)}
        : null
    })
  })
  return out
}

/** The words of the cue or predicate at `k`, for evidence. */
function predicateText(tokens: readonly Token[], k: number, end: number, block: Block): string {
  const m = PREDICATE_TABLE.match(tokens, k, end) ?? CUE_TABLE.match(tokens, k, end)
  const last = k + (m?.length ?? 1) - 1
  return block.text.slice(tokens[k]!.start, tokens[last]!.end)
}

/** Every mention of the story, in reading order. */
function allMentions(blocks: readonly Block[], known: Known | null): Mention[] {
  const out: Mention[] = []
  for (const block of blocks) {
    const tokens = tokenize(block.text)
    const texts = tokens.map((t) => t.text)
    for (const [start, end] of sentences(tokens)) out.push(...sentenceMentions(block, tokens, texts, start, end, known))
  }
  return out
}

// ---------------------------------------------------------------------------
// Merging

/**
 * Whether a position is already recorded: equal to one, or a shorter form of
 * it ("Thứ trưởng" of "Thứ trưởng Bộ Công an"), compared folded.
 */
function mergePosition(positions: string[], position: string): void {
  const key = fold(position)
  for (let k = 0; k < positions.length; k++) {
    const known = fold(positions[k]!)
    if (known === key || known.startsWith(key)) return
    if (key.startsWith(known)) {
      positions[k] = position
      return
    }
  }
  positions.push(position)
}

interface Person {
  /** Whether every mention so far is a citation (see `CITING_WORDS`). */
  cited: boolean
  name: string
  key: string
  rank: string | null
  positions: string[]
  role: OfficialRole
  first: Mention
  rankEvidence: Evidence | null
  roleEvidence: Evidence | null
}

/** The rule for a short reference ("ông Kỷ") that names none or several of the people found. */
export const UNRESOLVED_RULE: RuleId = 'official-unresolved'

/** Lower-case `ông`/`bà`/`đồng chí` + a given name that names none or several of the known people. */
function unresolvedReferences(blocks: readonly Block[], known: Known): {block: Block; index: number; text: string}[] {
  const out: {block: Block; index: number; text: string}[] = []
  for (const block of blocks) {
    const tokens = tokenize(block.text)
    const texts = tokens.map((t) => t.text)
    for (let k = 0; k < tokens.length; k++) {
      const title = TITLE_WORDS.match(tokens, k)
      if (!title || !isLowerWord(tokens[k])) continue
      const j = k + title.length
      if (rankAt(tokens, j, tokens.length)) continue // "đồng chí Thiếu tướng X": a rank, not a given name
      let e = j
      while (e < tokens.length && e - j < 2 && tokens[e]!.kind === 'word' && isNameSyllable(tokens[e]!.text)) e++
      if (e === j || nameAt(tokens, texts, j, tokens.length)) continue
      if (!resolveShort(known, texts.slice(j, e))) {
        out.push({block, index: tokens[k]!.start, text: block.text.slice(tokens[k]!.start, tokens[e - 1]!.end)})
      }
    }
  }
  return out
}

/**
 * Extract the officials of an article: the people of the story, with rank,
 * positions and role, sorted by first appearance. Evidence keys:
 * `officials.N` (the first mention with its positions), `officials.N.rank`,
 * `officials.N.role`.
 */
export function extractOfficials(
  article: CleanArticle,
  ctx: ExtractContext
): Extracted<{officials: OfficialRecord[]}> {
  const blocks = storyBlocks(article)
  const authors = new Set(ctx.authors.map((a) => nameKey(a)))

  // Pass 1: people with an anchor.
  const known = new Known()
  for (const m of allMentions(blocks, null)) {
    if (!m.anchored || authors.has(m.key)) continue
    known.addName(m.key, m.name)
  }
  // Pass 2: every mention of those people, including short references.
  const people = new Map<string, Person>()
  const mentions = allMentions(blocks, known)
  for (const m of mentions) {
    if (!known.names.has(m.key)) continue
    if (m.rank) known.addRank(m.key, m.rank.value)
  }
  for (const m of mentions) {
    if (!known.names.has(m.key)) continue
    let person = people.get(m.key)
    if (!person) {
      if (m.refersTo) continue // a short reference before the full name: wait for it
      person = {cited: true, name: m.name, key: m.key, rank: null, positions: [], role: 'mentioned', first: m, rankEvidence: null, roleEvidence: null}
      people.set(m.key, person)
    }
    person.cited &&= m.cited
    if (m.rank) {
      const military = canonicalMilitaryRank(m.rank.value) !== null
      if (!person.rank || (military && canonicalMilitaryRank(person.rank) === null)) {
        person.rank = m.rank.value
        person.rankEvidence = evidenceAt(m.block, m.rank.index, m.rank.text)
      }
    }
    for (const p of m.positions) mergePosition(person.positions, p)
    if (ROLE_RANK[m.role] > ROLE_RANK[person.role] && m.roleCue) {
      person.role = m.role
      person.roleEvidence = evidenceAt(m.block, m.roleCue.index, m.roleCue.text)
    }
  }

  const warnings: PendingWarning[] = []
  const officials: OfficialRecord[] = []
  const evidence: Record<string, Evidence> = {}
  for (const person of people.values()) {
    if (person.cited && person.role === 'mentioned') continue
    const n = officials.length
    officials.push({name: person.name, slug: slug(person.name), rank: person.rank, positions: person.positions, role: person.role})
    evidence[`officials.${n}`] = evidenceAt(person.first.block, person.first.index, person.first.text)
    if (person.rankEvidence) evidence[`officials.${n}.rank`] = person.rankEvidence
    if (person.roleEvidence) evidence[`officials.${n}.role`] = person.roleEvidence
  }
  if (known.names.size > 0) {
    for (const u of unresolvedReferences(blocks, known)) {
      warnings.push(pending(UNRESOLVED_RULE, {line: u.block.line, column: u.block.column + u.index}, {text: u.text}))
    }
  }
  return {officials, evidence, warnings}
}
