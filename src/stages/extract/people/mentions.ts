/**
 * The mention grammar: `[đồng chí|ông|bà] [rank] Name`, and in the second
 * pass the short references to a person already found ("Thứ trưởng Hùng",
 * "ông Kỷ", "Đại tá đề nghị ...").
 */
import {REFERENCE_END_WORDS} from '../../../knowledge/mentions.js'
import {MAX_FOREIGN_NAME_WORDS, looksLikeForeignName, notNameAt} from '../../../knowledge/surnames.js'
import {only, resolveShort, type Known} from './known.js'
import {nameAt, syllablesEnd} from './names.js'
import {rankAt, type RankMatch} from './rank.js'
import {isCapitalised, isLowerWord, type Sentence} from './state.js'
import {ADVERBS, OFFICES, PREDICATE_TABLE, TITLE_WORDS} from './tables.js'
import {FOREIGN_BODY_WORDS} from '../../../knowledge/offices.js'
import {FOREIGN_PLACES} from '../../../knowledge/countries.js'

/** A mention: `[title] [rank] Name`. */
export interface MentionUnit {
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

/** What stands before a name: where it starts, the title and rank, and where the name may begin. */
interface Prefix {
  start: number
  title: boolean
  rank: RankMatch | null
  /** The token after the title and rank. */
  next: number
}

/** Syllables of a short reference: a given name of one or two. */
const SHORT_REFERENCE_SYLLABLES = 2

function prefixAt(s: Sentence, i: number): Prefix {
  let next = i
  const title = TITLE_WORDS.match(s.tokens, next, s.end)
  if (title) next += title.length
  const rank = rankAt(s, next)
  if (rank) next = rank.end
  return {start: i, title: !!title, rank, next}
}

function unit(prefix: Prefix, name: readonly [number, number], refersTo: string | null): MentionUnit {
  const [nameStart, nameEnd] = name
  return {type: 'mention', start: prefix.start, end: nameEnd, nameStart, nameEnd, title: prefix.title, rank: prefix.rank, refersTo}
}

/** A full mention at `i` (`[title] [rank] Name`), with no reference to the people known. */
function fullMention(s: Sentence, prefix: Prefix): MentionUnit | null {
  const titled = prefix.title || !!prefix.rank?.rank
  const name = nameAt(s, prefix.next) ?? (titled ? foreignNameAt(s, prefix.next) : afterOffice(s, prefix.start) ? foreignPersonAfterOffice(s, prefix.next) : null)
  return name ? unit(prefix, name, null) : null
}

/** Most words between an office's head and the foreign name after its position ("Đại sứ Lao động Quốc tế Gareth Whitlock"). */
const MAX_POSITION_WORDS = 14

/**
 * Whether token `i` follows a position that an office opens a few words
 * before it in one clause ("Trợ lý Ngoại trưởng Hoa Kỳ <name>"), with no
 * punctuation between: a foreign name may stand there with no title, as a
 * Vietnamese one does.
 */
function afterOffice(s: Sentence, i: number): boolean {
  for (let k = i - 1; k >= Math.max(s.start, i - MAX_POSITION_WORDS); k--) {
    const t = s.tokens[k]
    if (!t || t.kind !== 'word') return false
    const office = OFFICES.match(s.tokens, k, s.end)
    if (office && isCapitalised(t) && k + office.length <= i) return true
  }
  return false
}

/**
 * A foreign person's name right after a position (`foreignNameAt`), never a
 * foreign body's or place's name that a position may end with ("Giám đốc Quỹ
 * Ford Foundation", "Đại sứ quán tại New Zealand"): no word of it is one of
 * `FOREIGN_BODY_WORDS` nor the run a foreign place.
 */
function foreignPersonAfterOffice(s: Sentence, i: number): [number, number] | null {
  const name = foreignNameAt(s, i)
  if (!name) return null
  const words = s.texts.slice(name[0], name[1])
  if (words.some((w) => FOREIGN_BODY_WORD_SET.has(w.toLowerCase())) || FOREIGN_PLACE_NAMES.has(words.join(' ').toLowerCase())) return null
  return name
}
const FOREIGN_BODY_WORD_SET: ReadonlySet<string> = new Set(FOREIGN_BODY_WORDS.map((w) => w.toLowerCase()))
const FOREIGN_PLACE_NAMES: ReadonlySet<string> = new Set(FOREIGN_PLACES.map((p) => p.name.toLowerCase()))

/**
 * A foreign name after "ông", "bà" or a rank ("ông Bart Hogeveen", "TS. Bart
 * Hogeveen", "giáo sư Bart Hogeveen"): the longest run of capitalised words
 * from `i` that `looksLikeForeignName` accepts. Only after a person title or
 * a rank: without one, a run of Latin capitals is as often a company or a place.
 */
function foreignNameAt(s: Sentence, i: number): [number, number] | null {
  let k = i
  while (k < s.end && k - i < MAX_FOREIGN_NAME_WORDS && s.tokens[k]?.kind === 'word' && isCapitalised(s.tokens[k])) k++
  if (k < s.end && s.tokens[k]?.kind === 'word' && isCapitalised(s.tokens[k])) return null
  return looksLikeForeignName(s.texts.slice(i, k)) ? [i, k] : null
}

/** Whether a full mention starts at `i` (used to end a position before a name). */
export function startsMention(s: Sentence, i: number): boolean {
  return fullMention(s, prefixAt(s, i)) !== null
}

/** A mention at `i`: a full one, or in the second pass a short or rank-only reference. */
export function mentionAt(s: Sentence, i: number): MentionUnit | null {
  const prefix = prefixAt(s, i)
  const full = fullMention(s, prefix)
  if (full || !s.known) return full
  return shortReference(s, prefix, s.known) ?? rankAlone(s, prefix, s.known)
}

/**
 * Whether a short reference can end at `k`: the next word is a predicate,
 * an adverb or a joiner, or punctuation. "Thứ trưởng Hùng phát biểu" is one;
 * "Thủ tướng Chính phủ" is not (`Chính` runs on into `phủ`).
 */
function endsReference(s: Sentence, k: number): boolean {
  const next = s.tokens[k]
  if (!next || k >= s.end) return true
  if (next.kind === 'punct') return true
  if (next.kind !== 'word' || !isLowerWord(next)) return false
  return !!(PREDICATE_TABLE.match(s.tokens, k, s.end)?.value.role || ADVERBS.match(s.tokens, k, s.end) || REFERENCE_END_WORDS.includes(next.lower))
}

/** "Thứ trưởng Hùng", "ông Kỷ", "Đại tá Thanh Hải": a title, rank or office, then a given name of one known person. */
function shortReference(s: Sentence, prefix: Prefix, known: Known): MentionUnit | null {
  let j = prefix.next
  const office = !prefix.title && !prefix.rank ? OFFICES.match(s.tokens, j, s.end) : null
  if (office && isCapitalised(s.tokens[j])) j += office.length
  if (!prefix.title && !prefix.rank && !office) return null
  const k = syllablesEnd(s, j, SHORT_REFERENCE_SYLLABLES)
  if (k === j || notNameAt(s.texts, j) || !endsReference(s, k)) return null
  const who = resolveShort(known, s.texts.slice(j, k))
  return who ? unit(prefix, [j, k], who) : null
}

/** A rank alone opening a sentence ("Đại tá đề nghị ..."), when one person has it. */
function rankAlone(s: Sentence, prefix: Prefix, known: Known): MentionUnit | null {
  const rank = prefix.rank
  if (!rank || !rank.rank || prefix.title || prefix.start !== s.start || !isLowerWord(s.tokens[rank.end])) return null
  const holder = only(known.holding(rank.rank))
  return holder === null ? null : unit(prefix, [rank.end, rank.end], holder)
}
