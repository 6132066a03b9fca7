/**
 * The event an article reports: its name, kinds, organisers and attendance.
 *
 * The cascade:
 *
 * 1. Name: "X tổ chức <Head> ..." (or "diễn ra", "khai mạc") in the story's
 *    paragraphs, lead first, up to the place, audience or purpose (" tại ",
 *    " cho ", " nhằm ", a comma outside quotes, a full stop); failing that,
 *    "<Head> <kind> ..." as the subject of a sentence ("Hội nghị tập huấn
 *    công tác nhân quyền đã quán triệt ..."); failing that, a caption
 *    ("Quang cảnh Hội nghị ..."). A head with no kind after it ("Hội nghị
 *    đã ...") is not a name.
 * 2. Types: the kinds named in the name; with no name, the kinds the text
 *    shows ("buổi tập huấn", report presenters giving chuyên đề → tập huấn;
 *    reviewing "6 tháng đầu năm" → sơ kết).
 * 3. Organisers: the subject of the "tổ chức" that names the event — bodies
 *    joined by "phối hợp (với)", "và", "cùng" — or "do X tổ chức".
 * 4. Attendance: "<cue> [hơn|gần|khoảng|...] N <people noun>", the qualifier
 *    kept as written (`attendanceQualifier`) ("Cùng dự có hơn
 *    350 đại biểu", "cho 200 đồng chí").
 */
import type {Block, CleanArticle, Evidence, EventInfo} from '../../types.js'
import {
  ATTENDANCE_CUES,
  ATTENDANCE_FILLERS,
  ATTENDANCE_QUALIFIERS,
  CAPTION_NAME_OPENERS,
  CEREMONY_WORDS,
  ORGANIZER_COMPANION_OPENERS,
  ATTENDANCE_NOUNS,
  ATTENDANCE_NOUN_BLOCKERS,
  ATTENDANCE_SUBJECT_VERBS,
  EVENT_HEADS,
  EVENT_TYPES,
  GENERIC_EVENT_TYPE,
  MIN_ATTENDANCE,
  NAMING_VERBS,
  ORGANIZING_VERBS,
  ORGANIZED_ACTIVITIES,
  ACTIVITY_FILLERS,
  NAME_TERMINATORS,
  ORGANIZER_JOINERS,
  ORGANIZER_LEAD_INS,
  PARTNER_JOINERS,
  ASSIGNING_VERBS,
  SPONSORING_VERBS,
  PARTNER_PROJECT_HEADS,
  LEADING_VERBS,
  PLURAL_BODY_UNITS,
  LAUNCH_VERBS,
  LAUNCHED_ACTIVITIES,
  PASSIVE_ACTIVITY_SUBJECTS,
  SUBJECT_NAME_TERMINATORS,
  typesIn
} from '../../knowledge/event-types.js'
import {maskCompoundCommas, unmaskCompoundCommas} from '../../knowledge/compounds.js'
import {BODIES, PARENT_BODY_HEADS, SUBUNIT_HEADS} from '../../knowledge/offices.js'
import {alternation} from '../../text/pattern.js'
import {marksEnd} from '../../text/sentences.js'
import {evidenceAt, type ExtractContext, type Extracted} from './context.js'
import {findDateMentions, LEAD_SEARCH_BLOCKS} from './date.js'
import {PhraseTable, storyBlocks, tokenize} from './words.js'

/** Most words in an event's name; past this the name ran into the sentence. */
const MAX_NAME_WORDS = 40
/** Characters looked at for a name: `MAX_NAME_WORDS` words of up to ten letters. */
const MAX_NAME_CHARS = MAX_NAME_WORDS * 12

const NOT_LETTER_AFTER = '(?![\\p{L}\\p{M}])'
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{M}])'

/** "tổ chức <Head>", "diễn ra <Head>", "khai mạc <Head>"; the name may open with a quote mark ("tổ chức “Hội thảo ...”"). */
const OBJECT_NAME = new RegExp(
  `${NOT_LETTER_BEFORE}(?<verb>${alternation(NAMING_VERBS)})\\s+(?:các\\s+|buổi\\s+|(?:${alternation(CEREMONY_WORDS)})\\s+)?(?:[“"«]\\s?)?(?<head>${alternation(EVENT_HEADS)})${NOT_LETTER_AFTER}`,
  'giu'
)

/**
 * "Ngày 10/10, <Head> ... diễn ra tại ...": after the day that opens the
 * lead (an anchored date of `date.ts` at the block's start), the subject is the event's name whatever words follow its head, when
 * the event is said to take place (`DAY_SUBJECT_VERBS`) right after it.
 */
const DAY_SUBJECT = new RegExp(`^\\s{0,4},\\s{1,4}(?<head>${alternation(EVENT_HEADS.filter((h) => /^\p{Lu}/u.test(h)))})\\s`, 'u')
/** A lead that opens with an event's head (`Diễn đàn ... diễn ra từ ngày 3-6/9`): see `DAY_SUBJECT_VERBS`. */
const LEAD_SUBJECT = new RegExp(`^(?:${alternation(EVENT_HEADS.filter((h) => /^\p{Lu}/u.test(h)))})\\s`, 'u')
const DAY_SUBJECT_VERBS = /^\s{0,4}(?:\([^()]{1,40}\)\s{0,4})?(?:diễn ra|khai mạc|được tổ chức)(?![\p{L}\p{M}])/u

/** "<Head> <kind>" as a sentence's subject: at the start of a block or after `. `. */
const SUBJECT_NAME = new RegExp(
  `(?:^|[.!?]\\s+)(?<head>${alternation(EVENT_HEADS.filter((h) => /^\p{Lu}/u.test(h)))})\\s+(?=(?:${alternation(
    EVENT_TYPES.flatMap((t) => t.phrases)
  )})${NOT_LETTER_AFTER})`,
  'gu'
)

/** Caption openers before an event's name ("Quang cảnh Hội nghị ..."). */
const CAPTION_NAME = new RegExp(
  `^(?:${alternation(CAPTION_NAME_OPENERS)})\\s+(?<head>${alternation(EVENT_HEADS)})\\s+(?=(?:${alternation(
    EVENT_TYPES.flatMap((t) => t.phrases)
  )})${NOT_LETTER_AFTER})`,
  'iu'
)

const QUOTE_CHARS = new Set(['“', '”', '"', '«', '»'])

/**
 * The end of a name that starts at `start`: the first terminator word
 * sequence, or `.`, `;`, `(`, or a comma outside quotes.
 */
function nameEnd(text: string, start: number, terminators: readonly string[]): number {
  const stops = terminators.map((t) => t.split(' '))
  const words: {word: string; start: number; end: number}[] = []
  // The words of the name are within its first few hundred characters; never
  // slice the rest of a long line.
  for (const m of text.slice(start, start + MAX_NAME_CHARS).matchAll(/\S+/g)) {
    words.push({word: m[0], start: start + m.index, end: start + m.index + m[0].length})
    if (words.length > MAX_NAME_WORDS + 1) break
  }
  let quoted = false
  let end = start
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!
    if (k >= MAX_NAME_WORDS) return -1
    if (!quoted && k > 0) {
      const lower = words.slice(k, k + 4).map((x) => x.word.toLowerCase())
      if (stops.some((s) => s.every((part, n) => lower[n] === part))) return end
      if (w.word.startsWith('(')) return end
    }
    for (const ch of w.word) if (QUOTE_CHARS.has(ch)) quoted = ch === '“' || ch === '«' ? true : ch === '"' ? !quoted : false
    const last = w.word[w.word.length - 1]!
    // "Hội nghị quán triệt, triển khai ...": a comma before another kind goes on.
    if (!quoted && last === ',' && typesIn(words.slice(k + 1, k + 3).map((x) => x.word).join(' ')).length > 0 &&
      startsWithType(words[k + 1]?.word ?? '')) {
      end = w.end
      continue
    }
    if (!quoted && (last === ',' || last === '.' || last === ';' || last === ':')) return w.end - 1
    end = w.end
  }
  return end
}

/** Whether a word starts one of the kinds' phrases ("triển" of "triển khai"). */
function startsWithType(word: string): boolean {
  const lower = word.toLowerCase()
  return EVENT_TYPES.some((t) => t.phrases.some((p) => p.split(' ')[0] === lower))
}

/** Capital first letter, no trailing punctuation. */
const tidy = (name: string): string => {
  let t = name.replace(/[\s,.;:]+$/u, '').trim()
  // A name printed in quotes ("tổ chức “Hội thảo X”") loses the closing mark its opening one left behind.
  if (/[”»]$/u.test(t) && !/[“«]/u.test(t)) t = t.slice(0, -1).replace(/[\s,.;:]+$/u, '')
  return t.charAt(0).toLocaleUpperCase('vi') + t.slice(1)
}

interface NameMatch {
  name: string
  index: number
  blockIndex: number
  /** Where the organising verb stands, for organisers ("X tổ chức <name>"). */
  verbAt: number | null
}

function findName(blocks: readonly Block[], cut: Block | null = null): NameMatch | null {
  // 1. "tổ chức <Head> ..."
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!
    if (block.kind !== 'paragraph') continue
    for (const m of block.text.matchAll(OBJECT_NAME)) {
      const start = m.index + m[0].length - m.groups!.head!.length
      const end = nameEnd(block.text, start, NAME_TERMINATORS)
      if (end <= start) continue
      // A name that runs into the end of a cut-off paragraph was cut short with it.
      if (block === cut && end >= block.text.trimEnd().length) continue
      const name = tidy(block.text.slice(start, end))
      if (name.split(' ').length < 2) continue
      return {name, index: start, blockIndex: b, verbAt: ORGANIZING_VERBS.has(m.groups!.verb!.toLowerCase()) ? m.index : null}
    }
  }
  // 2. "<Head> <kind> ..." as a subject.
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!
    if (block.kind !== 'paragraph') continue
    for (const m of block.text.matchAll(SUBJECT_NAME)) {
      const from = block.text.indexOf(m.groups!.head!, m.index)
      const end = nameEnd(block.text, from, SUBJECT_NAME_TERMINATORS)
      if (end <= from) continue
      return {name: tidy(block.text.slice(from, end)), index: from, blockIndex: b, verbAt: null}
    }
  }
  // 2b. "Ngày 10/10, <Head> ... diễn ra": the day, then the name as the subject.
  for (let b = 0; b < Math.min(blocks.length, LEAD_SEARCH_BLOCKS); b++) {
    const block = blocks[b]!
    if (block.kind !== 'paragraph') continue
    const day = findDateMentions(block)[0]
    if (day?.index !== 0) continue
    const m = DAY_SUBJECT.exec(block.text.slice(day.text.length))
    if (!m) continue
    const from = block.text.indexOf(m.groups!.head!, day.text.length)
    const end = nameEnd(block.text, from, SUBJECT_NAME_TERMINATORS)
    if (end <= from || !DAY_SUBJECT_VERBS.test(block.text.slice(end))) continue
    return {name: tidy(block.text.slice(from, end)), index: from, blockIndex: b, verbAt: null}
  }
  // 2c. "<Head> ... diễn ra từ ngày ...": a lead that opens with the name as
  // its subject and says the event takes place.
  for (let b = 0; b < Math.min(blocks.length, LEAD_SEARCH_BLOCKS); b++) {
    const block = blocks[b]!
    if (block.kind !== 'paragraph' || !LEAD_SUBJECT.test(block.text)) continue
    const end = nameEnd(block.text, 0, SUBJECT_NAME_TERMINATORS)
    if (end <= 0 || !DAY_SUBJECT_VERBS.test(block.text.slice(end))) continue
    const name = tidy(block.text.slice(0, end))
    if (name.split(' ').length > 2) return {name, index: 0, blockIndex: b, verbAt: null}
  }
  // 3. A caption.
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!
    if (block.kind !== 'caption') continue
    const m = CAPTION_NAME.exec(block.text)
    if (!m) continue
    const from = block.text.indexOf(m.groups!.head!, m.index)
    const end = nameEnd(block.text, from, NAME_TERMINATORS)
    if (end > from) return {name: tidy(block.text.slice(from, end)), index: from, blockIndex: b, verbAt: null}
  }
  return null
}

/** Kinds the text shows when it names no event. */
const TEXT_TYPE_CUES: readonly {pattern: RegExp; type: string}[] = [
  // "buổi tập huấn", "lớp bồi dưỡng", "hội nghị sơ kết" in lower case
  ...EVENT_TYPES.map((t) => ({
    pattern: new RegExp(`${NOT_LETTER_BEFORE}(?:buổi|lớp|khóa|hội nghị|đợt)\\s+(?:${alternation(t.phrases)})${NOT_LETTER_AFTER}`, 'iu'),
    type: t.type
  })),
  // Report presenters giving chuyên đề: a training.
  {pattern: /báo cáo viên[^.]{0,80}?chuyên đề|chuyên đề[^.]{0,80}?báo cáo viên/iu, type: 'tập huấn'},
  // Reviewing the results of part of a year: a mid-term review.
  {pattern: /(?:đánh giá|sơ kết)[^.]{0,120}?kết quả[^.]{0,80}?(?:6|06|sáu|9|09|chín)\s+tháng/iu, type: 'sơ kết'}
]

function typesFromText(texts: readonly string[]): string[] {
  const found = new Set<string>()
  for (const text of texts) for (const cue of TEXT_TYPE_CUES) if (cue.pattern.test(text)) found.add(cue.type)
  return EVENT_TYPES.map((t) => t.type).filter((t) => found.has(t))
}

const BODY_TABLE = new PhraseTable(BODIES.map((b) => [b, true] as const))

/** Whether a text starts with a body ("Ban Chỉ đạo ...", "UBND tỉnh ..."), capitalised. */
function startsWithBody(text: string): boolean {
  const tokens = tokenize(text)
  return !!tokens[0] && /^\p{Lu}/u.test(tokens[0].text) && BODY_TABLE.match(tokens, 0) !== null
}

/** Auxiliaries between the organisers and "tổ chức" ("đã", "phối hợp", "tiếp tục"); see `withoutAuxiliaries`. */
const TRAILING_AUXILIARIES = new RegExp(
  `(?:[\\s,]+(?:đã|sẽ|vừa|tiếp tục|long trọng|trang trọng|chính thức|đồng|cùng|phối hợp|đã phối hợp|${alternation(LEADING_VERBS)}))+[\\s,]*$`,
  'u'
)

/** Most characters of a subject's end that its auxiliaries take, spaces included. */
const AUXILIARY_TAIL_CHARS = 160

/**
 * A subject without the auxiliaries that end it. Only its last
 * `AUXILIARY_TAIL_CHARS` are searched: the pattern opens with a run of
 * blanks and would retry at every blank of a long pasted run.
 */
function withoutAuxiliaries(text: string): string {
  const cut = Math.max(0, text.length - AUXILIARY_TAIL_CHARS)
  return text.slice(0, cut) + text.slice(cut).replace(TRAILING_AUXILIARIES, '')
}

/** An abbreviation in brackets inside a body's name ("Ban Chỉ đạo (BCĐ) Nhân quyền"): the reader's aid, not the name; one closing the name ("Chương trình Phát triển Liên hợp quốc (UNDP)") is kept, as printed. */
const ABBREVIATION_ASIDE = /\s*\(\p{Lu}[\p{Lu}&.\-]*\)(?=\s+\S)/gu

const SUBUNIT_START = new RegExp(`^(?:${alternation(SUBUNIT_HEADS)})${NOT_LETTER_AFTER}`, 'u')
const PARENT_START = new RegExp(`^(?:${alternation(PARENT_BODY_HEADS)})${NOT_LETTER_AFTER}`, 'u')

/** Whether a comma joins a unit to the body it belongs to (`Cục X, Bộ Y`): one organiser. */
function unitOfBody(before: string, after: string): boolean {
  // "Khoa X (ABC), Trường Y": an acronym in brackets closes the unit's own name, so the body after the comma is another organiser.
  return SUBUNIT_START.test(before.trim()) && PARENT_START.test(after) && !CLOSING_ACRONYM.test(before)
}

/** An acronym in brackets that ends a name ("Khoa Luật (VNU)"). */
const CLOSING_ACRONYM = /\(\p{Lu}[\p{Lu}&.\-]*\)\s*$/u

/** Whether a text starts with a body whatever its case ("phòng Tư pháp huyện", "công an huyện"). */
function startsWithAnyBody(text: string): boolean {
  return BODY_TABLE.match(tokenize(text), 0) !== null
}

/**
 * A body printed in lower case that still carries a proper name
 * ("tổ chức thanh niên Sao Mai", "phòng Tư pháp huyện"): an organiser as
 * printed. One with no capitalised word ("công an huyện nhà") only points
 * back at a body, and is left out.
 */
function namedLowerCaseBody(text: string): boolean {
  const tokens = tokenize(text)
  const head = BODY_TABLE.match(tokens, 0)
  if (!head || !/^\p{Ll}/u.test(tokens[0]!.text)) return false
  return tokens.slice(head.length).some((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text))
}

/**
 * A body followed by a plural word and a level of government or a kind of
 * unit ("UBND các xã ...", "Phòng Giáo dục những huyện ..."): a class of
 * bodies, not a named one ("Liên hiệp các tổ chức hữu nghị" is one body).
 */
const PLURAL_BODIES = new RegExp(`^(?:các|những)\\s+(?:${alternation(PLURAL_BODY_UNITS)})${NOT_LETTER_AFTER}`, 'iu')
function pluralBodies(text: string): boolean {
  const tokens = tokenize(text)
  const head = BODY_TABLE.match(tokens, 0)
  const next = head ? tokens[head.length] : undefined
  return !!next && PLURAL_BODIES.test(text.slice(next.start))
}

/** A bracket closing a name that repeats a word group of the name before it ("Ban Điều hành Đề án X, Học viện Y (Đề án)"): the short name the story goes on to use. */
function withoutShortNameAside(name: string): string {
  const m = /\s*\((?<short>[^()]+)\)$/u.exec(name)
  if (!m || m.groups!.short === m.groups!.short!.toLocaleUpperCase('vi')) return name
  const before = name.slice(0, m.index)
  return before.toLocaleLowerCase('vi').includes(m.groups!.short!.toLocaleLowerCase('vi')) ? before : name
}

const PARTNER_PROJECT = new RegExp(`^(?:${alternation(PARTNER_PROJECT_HEADS)})\\s+\\S`, 'u')
const PARTNER_JOINER = new RegExp(`^\\s*(?:${alternation(PARTNER_JOINERS)})\\s*$`, 'iu')
const ASSIGNMENT = new RegExp(`^(?<assigner>.+?)\\s+(?:${alternation(ASSIGNING_VERBS)})\\s+(?<assigned>\\S[^]*)$`, 'u')

/** "UBND huyện X giao phòng Y phối hợp ...": the assigned body and its partners organise. */
function withoutAssigner(subject: string): string {
  const m = ASSIGNMENT.exec(subject)
  if (!m || !startsWithBody(m.groups!.assigner!.trim()) || !startsWithAnyBody(m.groups!.assigned!)) return subject
  return m.groups!.assigned!
}

/** Drop a body's bare name when another organiser is that name with its place ("Hội X" beside "Hội X tỉnh Y"). */
function withoutBareRepeats(names: string[]): string[] {
  const keys = names.map((n) => n.toLocaleLowerCase('vi'))
  return names.filter((_, i) => !keys.some((k, j) => j !== i && k.startsWith(`${keys[i]} `)))
}

/** Split a subject into bodies at joiners followed by a body (not at the comma of `Cục X, Bộ Y`). */
function splitOrganizers(subject: string): string[] {
  subject = withoutAssigner(subject)
  const pattern = new RegExp(`\\s*(?:,|${NOT_LETTER_BEFORE}(?:${alternation(ORGANIZER_JOINERS)})${NOT_LETTER_AFTER})\\s*`, 'giu')
  const parts: string[] = []
  // The parts that are a project named after a partner joiner (kept although no body heads them).
  const projects = new Set<number>()
  let last = 0
  for (const m of subject.matchAll(pattern)) {
    const rest = subject.slice(m.index + m[0].length)
    const partner = PARTNER_JOINER.test(m[0]) && (startsWithAnyBody(rest) || PARTNER_PROJECT.test(rest))
    if (!startsWithBody(rest) && !partner) continue
    if (partner && PARTNER_PROJECT.test(rest)) projects.add(parts.length + 1)
    if (m[0].trim() === ',' && unitOfBody(subject.slice(last, m.index), rest)) continue
    // "Hội X, phối hợp cùng Y": the comma before a joiner word is not part of X's name.
    const part = subject.slice(last, m.index)
    parts.push(m[0].trim() === ',' ? part : part.replace(/[\s,]+$/u, ''))
    last = m.index + m[0].length
  }
  parts.push(subject.slice(last))
  return withoutBareRepeats(
    parts
      .map((p) => withoutShortNameAside(beforeBodyAside(withoutAuxiliaries(p.replace(ABBREVIATION_ASIDE, '')).trim())))
      .filter((p, i) => p && (startsWithBody(p) || namedLowerCaseBody(p) || projects.has(i)) && !BARE_BODY_WORD.test(p) && !pluralBodies(p))
      .map(unmaskCompoundCommas)
  )
}

/** A body's head word alone ("Ban vừa tổ chức ..."): a reference back to a body named before, not its name. */
const BARE_BODY_WORD = /^\p{Lu}[\p{Ll}\p{M}]+$/u

/**
 * An organiser's name up to a bracket in its middle that names another body
 * ("Sở Y (Phòng Z) tỉnh X", "Sở Y (Sở VH-TT) hai tỉnh ..."):
 * the bracket is the unit's other name or a sub-unit, and what follows it is
 * no longer the name. A bracket closing the name ("Phòng X (Sở Y)") is kept, as printed.
 */
function beforeBodyAside(name: string): string {
  const open = name.indexOf('(')
  const close = name.indexOf(')', open)
  if (open <= 0 || close < 0 || close === name.length - 1) return name
  return startsWithBody(name.slice(open + 1).trim()) ? name.slice(0, open).trim() : name
}


/** A generic companion phrase ending the organisers' subject ("cùng các cơ quan liên quan"). */
// Anchored after one blank by a lookbehind, not on a run of blanks: `\s+` first would retry at every blank of a long pasted run.
const COMPANION_TAIL = new RegExp(`(?<=\\s)(?:${alternation(ORGANIZER_COMPANION_OPENERS)})${NOT_LETTER_AFTER}[^]*$`, 'iu')

const LEADING_JOINER = new RegExp(`^(?:${alternation(PARTNER_JOINERS)})\\s+`, 'iu')
const LEAD_IN = new RegExp(`^(?:${alternation(ORGANIZER_LEAD_INS)})${NOT_LETTER_AFTER}`, 'iu')

/**
 * Where the organisers start in a part that opens with a lead-in and no
 * comma after it ("Sáng 3/4 Đoàn xã X", "tại nhà văn hóa Y Hội Z"): the
 * first capitalised body in it, or -1.
 */
function bodyAfterLeadIn(part: string): number {
  if (!LEAD_IN.test(part)) return -1
  for (const m of part.matchAll(/\s(?=\p{Lu})/gu)) {
    const at = m.index + 1
    // "tại Hội trường Sở X ...": a body right after "tại" is the venue.
    if (/(?:^|\s)tại$/iu.test(part.slice(0, m.index))) continue
    if (startsWithBody(part.slice(at))) return at
  }
  return -1
}

/** "do X tài trợ, ...": a sponsor's clause closed by a comma, with the organisers' subject after it. */
const SPONSOR_CLAUSE = new RegExp(`^\\s*do\\s+[^,]+?\\s(?:${alternation(SPONSORING_VERBS)})${NOT_LETTER_AFTER}[^,]*,`, 'u')

/** Capitalised parts after a body that continue its name ("thành phố X, Y, Z": the places it covers). */
const MAX_NAME_PARTS = 4

/**
 * The index of the body part that the capitalised, body-less parts ending at
 * `last` continue ("Phòng Văn hóa huyện A, B, C"), or -1. The body may stand
 * after a lead-in in its part ("Ngày 3/4 Sở X phối hợp với Phòng Y huyện A, B").
 */
function bodyBeforeNameParts(parts: readonly string[], last: number): number {
  const isBody = (part: string): boolean => startsWithBody(part) || bodyAfterLeadIn(part) > 0
  if (last > 0 && isBody(parts[last - 1]!.trim())) return last - 1
  // Past one part, every part is a bare place name ("Bù Mây, Đồng Tâm"), never an address or a bracket.
  if (!PLACE_NAME_PART.test(parts[last]!.trim())) return -1
  for (let j = last; j > 0 && last - j < MAX_NAME_PARTS; j--) {
    const prev = parts[j - 1]!.trim()
    if (isBody(prev)) return j - 1
    if (!PLACE_NAME_PART.test(prev)) return -1
  }
  return -1
}

/** A bare place name as one part of a list: two to four capitalised syllables and nothing else. */
const PLACE_NAME_PART = /^\p{Lu}[\p{Ll}\p{M}]*(?:\s+\p{Lu}[\p{Ll}\p{M}]*){1,3}$/u

/** Most characters before the organising verb that its subject and lead-ins take ("Trong khuôn khổ Dự án X, ngày ..., tại ..., Viện A cùng với B, phối hợp với C, D và E, đã tổ chức"). */
const MAX_SUBJECT_CHARS = 600

/** The organisers: the subject before "tổ chức", or "do X tổ chức". */
function findOrganizers(text: string, verbAt: number): {names: string[]; index: number} {
  // The sentence's start, looked for only `MAX_SUBJECT_CHARS` back: a block's
  // first sentence starts at 0 (not at the 2 past a full stop it lacks), and a
  // line with no full stop and a verb every few words is read in windows, not
  // from its start at every verb.
  const windowStart = Math.max(0, verbAt - MAX_SUBJECT_CHARS)
  const windowText = text.slice(windowStart, verbAt)
  // A dot after an abbreviation ("UBND TP. Đà Nẵng", "TS. Lê Văn A") ends no sentence.
  let stop = windowText.lastIndexOf('. ')
  while (stop >= 0 && !marksEnd(windowText, stop, '.')) {
    stop = stop > 0 ? windowText.lastIndexOf('. ', stop - 1) : -1
  }
  const sentenceStart = stop < 0 ? windowStart : windowStart + stop + 2
  // "X phối hợp với Y, tổ chức ...": a comma may stand before the verb.
  // A paired term's comma ("Trường Đào tạo, bồi dưỡng cán bộ X") is inside one name; it is hidden while the subject is split.
  // "X, phối hợp với Y, đã tổ chức": an auxiliary after the last comma belongs to the verb, not to a part of the subject.
  const before = withoutAuxiliaries(maskCompoundCommas(text.slice(sentenceStart, verbAt)).replace(COMPANION_TAIL, ' ')).replace(/[\s,]+$/u, ' ')
  const passive = /(?:^|\s)do\s+(?=\S)/u.exec(before)
  if (passive && !SPONSOR_CLAUSE.test(before.slice(passive.index))) {
    const subject = before.slice(passive.index + passive[0].length)
    return {names: splitOrganizers(withoutAuxiliaries(subject)), index: sentenceStart + passive.index + passive[0].length}
  }
  // Comma-separated parts from the verb backwards, while each starts with a body
  // (or a joiner and a body: "X đã chủ trì, phối hợp Y").
  const parts = before.split(',')
  let k = parts.length
  while (k > 0) {
    const part = parts[k - 1]!.trim()
    if (startsWithBody(part) || startsWithBody(part.replace(LEADING_JOINER, ''))) k--
    // "Viện Nghiên cứu Biển, Đảo và ...", "Phòng Văn hóa thành phố X, Y, Z": capitalised parts continue the body's name before them.
    else if (/^\p{Lu}/u.test(part) && bodyBeforeNameParts(parts, k - 1) >= 0) {
      const b = bodyBeforeNameParts(parts, k - 1)
      const body = parts[b]!.trim()
      k = b
      if (startsWithBody(body)) continue
      // "Vào ngày X Sở Y phối hợp với Phòng Z huyện A, B, tổ chức": the lead-in is cut off, and the subject starts there.
      const raw = parts[b]!
      parts[b] = raw.slice(raw.indexOf(body) + bodyAfterLeadIn(body))
      break
    } else {
      // Only next to the verb: a comma after a lead-in ("tại Hội trường X, Sở Y tổ chức") closes it.
      const from = k === parts.length ? bodyAfterLeadIn(part) : -1
      if (from > 0) {
        const raw = parts[k - 1]!
        parts[k - 1] = raw.slice(raw.indexOf(part) + from)
        k--
      }
      break
    }
  }
  const subject = parts.slice(k).join(',')
  const index = sentenceStart + before.length - subject.length
  return {names: splitOrganizers(withoutAuxiliaries(subject)), index: index + (subject.length - subject.trimStart().length)}
}

/** "tổ chức" before an organised activity (`ORGANIZED_ACTIVITIES`), maybe past a count or a filler ("tổ chức 4 khóa"); a launched programme ("phát động chiến dịch"). */
const ORGANIZED_ACTIVITY = new RegExp(
  `${NOT_LETTER_BEFORE}(?:tổ\\s+chức\\s+(?:\\d{1,3}\\s+)?(?:(?:${alternation(ACTIVITY_FILLERS)})\\s+)?(?:${alternation(ORGANIZED_ACTIVITIES)})|(?:${alternation(
    LAUNCH_VERBS
  )})\\s+(?:${alternation(LAUNCHED_ACTIVITIES)}))${NOT_LETTER_AFTER}`,
  'iu'
)

/** Every match of `ORGANIZED_ACTIVITY` in a block, in order. */
const ORGANIZED_ACTIVITIES_ALL = new RegExp(ORGANIZED_ACTIVITY.source, 'giu')

/**
 * "<Head> ... do <bodies> tổ chức" anywhere in the story: the organisers
 * when the name was found without them ("Hội nghị do Bộ X, Văn phòng Y phối
 * hợp UBND tỉnh Z tổ chức.").
 */
const PASSIVE_ORGANIZERS = new RegExp(
  `${NOT_LETTER_BEFORE}(?:${alternation([...EVENT_HEADS, ...PASSIVE_ACTIVITY_SUBJECTS])})${NOT_LETTER_AFTER}[^.;]{0,160}?\\sdo\\s+(?<subject>\\p{Lu}[^.;]{2,300}?)\\s+tổ\\s+chức${NOT_LETTER_AFTER}`,
  'iu'
)

/** The organisers of the first "<Head> ... do X tổ chức" in the paragraphs. */
function passiveOrganizers(texts: readonly string[]): {names: string[]; block: number; index: number} | null {
  for (let b = 0; b < texts.length; b++) {
    const m = PASSIVE_ORGANIZERS.exec(texts[b]!)
    if (!m) continue
    const subject = m.groups!.subject!
    const names = splitOrganizers(withoutAuxiliaries(subject))
    if (names.length > 0) return {names, block: b, index: m.index + m[0].indexOf(subject)}
  }
  return null
}

/**
 * The number and its noun: a space may be missing between them (`85học
 * viên`, a copy that lost it); a noun followed by a blocker (`5 vị trí`) is another noun.
 */
const COUNT = String.raw`(?<number>\d{1,3}(?:[.,]\d{3})*|\d+)\s*(?:${alternation(ATTENDANCE_NOUNS)})${NOT_LETTER_AFTER}(?!\s+(?:${alternation(ATTENDANCE_NOUN_BLOCKERS)})${NOT_LETTER_AFTER})`
const QUALIFIED_COUNT = String.raw`(?:(?<qualifier>${alternation(ATTENDANCE_QUALIFIERS)})\s+)?${COUNT}`

const ATTENDANCE = new RegExp(
  `${NOT_LETTER_BEFORE}(?<cue>${alternation(ATTENDANCE_CUES)})\\s+(?:(?:(?<qualifier>${alternation(ATTENDANCE_QUALIFIERS)})|${alternation(
    ATTENDANCE_FILLERS
  )})\\s+)?${COUNT}`,
  'iu'
)

/**
 * A count as the subject of its sentence (`ATTENDANCE_SUBJECT_VERBS`): at
 * the start of a block or after a sentence end, maybe after an opening
 * `Tại <place or event>,` phrase, with the verb later in the same sentence.
 */
const ATTENDANCE_SUBJECT = new RegExp(
  String.raw`(?<lead>(?:^|[.!?]\s+)(?:Tại\s[^,.;:]{1,60},\s*)?)${QUALIFIED_COUNT}(?<rest>[^.!?;]{0,200})`,
  'giu'
)
const SUBJECT_VERB = new RegExp(`${NOT_LETTER_BEFORE}(?:${alternation(ATTENDANCE_SUBJECT_VERBS)})${NOT_LETTER_AFTER}`, 'iu')

/** A count found in a block: its groups, where it starts and its text. */
interface CountMatch {
  groups: Record<string, string | undefined>
  index: number
  text: string
}

/** The first count in a block that is its sentence's subject and receives (`... được truyền đạt`). */
function subjectCount(text: string): CountMatch | null {
  ATTENDANCE_SUBJECT.lastIndex = 0
  for (let m = ATTENDANCE_SUBJECT.exec(text); m; m = ATTENDANCE_SUBJECT.exec(text)) {
    const {lead = '', rest = ''} = m.groups!
    if (SUBJECT_VERB.test(rest)) return {groups: m.groups!, index: m.index + lead.length, text: m[0].slice(lead.length, m[0].length - rest.length)}
    ATTENDANCE_SUBJECT.lastIndex = m.index + 1
  }
  return null
}

const QUALIFIER_WORDS: ReadonlySet<string> = new Set(ATTENDANCE_QUALIFIERS.map((q) => q.toLocaleLowerCase('vi')))

/** The qualifier of a match: the word before the number, or the cue when the cue is one (`Hơn 200 đại biểu`). */
function qualifierOf(groups: Record<string, string | undefined>): string | null {
  if (groups.qualifier) return groups.qualifier
  const cue = groups.cue ?? ''
  return QUALIFIER_WORDS.has(cue.toLocaleLowerCase('vi')) ? cue : null
}

/** The first attendance in the story: `{value, qualifier, index, text}` in some block. */
function findAttendance(
  texts: readonly string[]
): {value: number; qualifier: string | null; block: number; index: number; text: string} | null {
  for (let b = 0; b < texts.length; b++) {
    const found = ATTENDANCE.exec(texts[b]!)
    const cued: CountMatch | null = found ? {groups: found.groups!, index: found.index, text: found[0]} : null
    const subject = subjectCount(texts[b]!)
    const m = cued && (!subject || cued.index <= subject.index) ? cued : subject
    if (!m) continue
    const value = Number(m.groups.number!.replace(/[.,]/g, ''))
    if (!Number.isFinite(value) || value < MIN_ATTENDANCE) continue
    return {value, qualifier: qualifierOf(m.groups), block: b, index: m.index, text: m.text}
  }
  return null
}

/** A headline that opens with a body and then what it does ("Hội X tỉnh Y tập huấn về ..."), not with an event's head ("Hội nghị ..."). */
const HEADLINE_ACTIVITY = new RegExp(
  `^(?<subject>\\S[^]{2,160}?)\\s+(?:(?:tổ\\s+chức|mở)\\s+)?(?:${alternation(ORGANIZED_ACTIVITIES)})${NOT_LETTER_AFTER}`,
  'iu'
)
const EVENT_HEAD_START = new RegExp(`^(?:${alternation(EVENT_HEADS)})${NOT_LETTER_AFTER}`, 'iu')

/** The organisers a headline names as its subject, when the story names none. */
function headlineOrganizers(text: string): string[] {
  if (!startsWithBody(text) || EVENT_HEAD_START.test(text)) return []
  const m = HEADLINE_ACTIVITY.exec(text)
  return m ? splitOrganizers(withoutAuxiliaries(m.groups!.subject!)) : []
}

/** Fewest words in a paragraph that can be a lead: fewer is a label, a link or a site's name. */
const MIN_LEAD_WORDS = 8

function isSentenceParagraph(text: string): boolean {
  return text.split(/\s+/u).filter(Boolean).length >= MIN_LEAD_WORDS
}

/**
 * Extract the event the article reports (without its id, which the archive
 * assigns). Evidence keys: `event.name`, `event.types`,
 * `event.organizers.N`, `event.attendance`.
 */
export function extractEvent(
  article: CleanArticle,
  _ctx: ExtractContext
): Extracted<{event: Omit<EventInfo, 'id'>}> {
  const blocks = storyBlocks(article)
  const evidence: Record<string, Evidence> = {}
  const last = article.blocks[article.blocks.length - 1]
  const found = findName(blocks, article.truncated && last ? last : null)
  const name = found?.name ?? null
  if (found) evidence['event.name'] = evidenceAt(blocks[found.blockIndex]!, found.index, found.name)

  let types = name ? typesIn(name) : []
  if (name && types.length === 0 && /^hội nghị/iu.test(name)) types = [GENERIC_EVENT_TYPE]
  if (!name) types = typesFromText(blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text))
  if (types.length > 0 && found) evidence['event.types'] = evidenceAt(blocks[found.blockIndex]!, found.index, found.name)

  const organizers: string[] = []
  if (found && found.verbAt !== null) {
    const block = blocks[found.blockIndex]!
    const result = findOrganizers(block.text, found.verbAt)
    for (const org of result.names) {
      const at = block.text.indexOf(org, result.index)
      evidence[`event.organizers.${organizers.length}`] = evidenceAt(block, at >= 0 ? at : result.index, org)
      organizers.push(org)
    }
  }

  const paragraphs = blocks.filter((b) => b.kind === 'paragraph')
  if (organizers.length === 0) {
    // "X phối hợp với Y tổ chức buổi tuyên truyền ...": a lead that organises an unnamed activity.
    // Labels and links left above the lead ("Tuổi trẻ X", a URL) are not sentences: the lead is among the first few that are.
    for (const block of paragraphs.filter((b) => isSentenceParagraph(b.text)).slice(0, LEAD_SEARCH_BLOCKS)) {
      // Each "tổ chức <activity>" in turn: the first may be a noun ("Kế hoạch của Sở X về tổ chức hội nghị ..., Sở X đã tổ chức ...").
      for (const m of block.text.matchAll(ORGANIZED_ACTIVITIES_ALL)) {
        const result = findOrganizers(block.text, m.index)
        for (const org of result.names) {
          const at = block.text.indexOf(org, result.index)
          evidence[`event.organizers.${organizers.length}`] = evidenceAt(block, at >= 0 ? at : result.index, org)
          organizers.push(org)
        }
        if (organizers.length > 0) break
      }
      if (organizers.length > 0) break
    }
  }
  if (organizers.length === 0) {
    const passive = passiveOrganizers(paragraphs.map((b) => b.text))
    for (const org of passive?.names ?? []) {
      const block = paragraphs[passive!.block]!
      const at = block.text.indexOf(org, passive!.index)
      evidence[`event.organizers.${organizers.length}`] = evidenceAt(block, at >= 0 ? at : passive!.index, org)
      organizers.push(org)
    }
  }
  if (organizers.length === 0 && article.headline) {
    const headline = article.headline
    const found = headlineOrganizers(headline.text)
    for (const org of found) {
      evidence[`event.organizers.${organizers.length}`] = evidenceAt(headline, Math.max(headline.text.indexOf(org), 0), org)
      organizers.push(org)
    }
  }
  const attendance = findAttendance(paragraphs.map((b) => b.text))
  if (attendance) evidence['event.attendance'] = evidenceAt(paragraphs[attendance.block]!, attendance.index, attendance.text)

  const attendanceQualifier = attendance?.qualifier ?? null
  if (attendance && attendanceQualifier) evidence['event.attendanceQualifier'] = evidence['event.attendance']!

  return {event: {name, types, organizers, attendance: attendance?.value ?? null, attendanceQualifier}, evidence, warnings: []}
}
