/**
 * Topics: the subjects presented at the event (chuyên đề), in sentence case
 * without quote marks.
 *
 * The cascade, per cue ("chuyên đề", "nội dung") in the story's paragraphs:
 *
 * 0. "nội dung" is a cue only after a verb that presents the contents or
 *    names a meeting's focus (`presentsTopics`).
 * 1. Read the count before the cue, if any ("hai chuyên đề", "2 chuyên đề").
 * 2. Skip the words that introduce the list ("gồm:", "về", "là", ":").
 * 3. Quoted topics ("“A” và “B”") are taken whole, commas inside quotes
 *    included, as long as only separators stand between them.
 * 4. Unquoted topics are taken only after an explicit list opener ("gồm",
 *    a colon, possibly after a qualifier: "các nội dung chính gồm:"), or
 *    after "về" when the cue is a plural "chuyên đề" and the text splits
 *    into several topics ("các chuyên đề về A, B và C"), up to the end of
 *    the sentence, and split by numbering ("(1) ...; (2) ..."),
 *    semicolons, or commas and "và" — the split that
 *    gives the announced count wins; with no count, "và" alone never splits
 *    (it joins words inside a topic: "Quyền và nghĩa vụ ...").
 */
import {maskCompoundCommas, unmaskCompoundCommas} from '../../knowledge/compounds.js'
import {HEARING_WORDS, NOT_PRESENTED_SUBJECTS, THEME_CUES, PRESENTER_OPENERS, REPORTING_VERBS, TOPIC_ASIDE_OPENERS} from '../../knowledge/topics.js'
import {HONORIFICS, MILITARY_RANKS} from '../../knowledge/ranks.js'
import {ABOUT_OPENERS, AUDIENCE_NOUNS, SUBJECT_CUE_VERBS, THEMATIC_MEETING_NOUNS, COUNT_WORDS, CUE_QUALIFIERS, DELAYED_COLON_OPENERS, LIST_OPENERS, PLURAL_MARKERS, PRESENTING_VERBS, QUOTES, STRONG_OPENERS, TOPIC_CUES, TRAILING_CLAUSE_OPENERS, CLAUSE_SUBJECTS, CLOSING_VERB_CLAUSE_OPENERS, CONTENTS_CUES, CONTENTS_VERBS, SUBJECT_HEAD_NOUNS} from '../../knowledge/topics.js'
import {alternation, escapeRegExp} from '../../text/pattern.js'
import {fold} from '../../text/normalize.js'
import {slug} from '../../text/slug.js'
import type {Block, CleanArticle, Evidence, TopicRef} from '../../types.js'
import {evidenceAt, type ExtractContext, type Extracted} from './context.js'
import {storyBlocks} from './words.js'

/**
 * Longest unquoted list we split, in characters. A list is one sentence; a
 * longer "sentence" is a paragraph with no full stop, not a list of topics.
 * (It also bounds the cost of the split patterns.)
 */
const MAX_LIST_CHARS = 1500

/**
 * Fewest and most words in a topic: shorter is a fragment, longer a
 * sentence. (Real chuyên đề titles run to 35 words, and to 45 when they name
 * a programme and a resolution: "Quan điểm của Đảng và
 * chính sách ... và những vấn đề đặt ra cho ...".)
 */
const MIN_TOPIC_WORDS = 2
const MAX_TOPIC_WORDS = 50

/** A topic found in a block, with its offset. */
interface Found {
  name: string
  index: number
  text: string
}

/** The count written right before the cue ("hai", "02"), or null. */
function countBefore(text: string, cueAt: number): number | null {
  const before = text.slice(Math.max(0, cueAt - 12), cueAt).trim().split(/\s+/)
  const word = (before[before.length - 1] ?? '').toLowerCase()
  if (/^\d{1,2}$/.test(word)) return Number(word)
  return COUNT_WORDS.get(word) ?? null
}

/** Skip spaces and one `:` from `at`. */
function skipSpace(text: string, at: number): number {
  while (at < text.length && /[\s:]/.test(text[at]!)) at++
  return at
}

/** The opener of `LIST_OPENERS` at `pos`, or undefined. */
function openerAt(text: string, pos: number): string | undefined {
  const rest = text.slice(pos, pos + 20).toLowerCase()
  return LIST_OPENERS.find((o) => rest.startsWith(o) && !/[\p{L}\p{M}]/u.test(rest[o.length] ?? ' '))
}

/**
 * The position after a qualifier and a list opener at `at`, whether the
 * opener was strong, and whether it was one of `ABOUT_OPENERS`. With
 * `aboutAfterQualifier` (a plural "chuyên đề") a qualifier is skipped before
 * an about-opener too: "các chuyên đề chính liên quan đến A; B".
 */
function skipOpeners(text: string, at: number, aboutAfterQualifier = false): {at: number; strong: boolean; about: boolean} {
  let pos = skipSpace(text, at)
  let strong = text[at] === ':' || /^\s*:/.test(text.slice(at, at + 3))
  let about = false
  // "các nội dung chính gồm:": a qualifier, then the opener.
  const rest = text.slice(pos, pos + 20).toLowerCase()
  const qualifier = CUE_QUALIFIERS.find((q) => rest.startsWith(q) && !/[\p{L}\p{M}]/u.test(rest[q.length] ?? ' '))
  if (qualifier && !strong) {
    const after = skipSpace(text, pos + qualifier.length)
    const next = openerAt(text, after)
    // "hai chuyên đề chính: A; B": the colon may close the qualifier itself.
    const colon = text.slice(pos + qualifier.length, after).includes(':')
    if ((next && (STRONG_OPENERS.has(next) || (aboutAfterQualifier && ABOUT_OPENERS.has(next)))) || colon) {
      strong ||= colon
      pos = after
    }
  }
  for (let round = 0; round < 2; round++) {
    const opener = openerAt(text, pos)
    if (!opener) break
    if (STRONG_OPENERS.has(opener)) strong = true
    if (ABOUT_OPENERS.has(opener)) about = true
    pos = skipSpace(text, pos + opener.length)
    if (text[pos - 1] === ':' || text.slice(pos - 2, pos).includes(':')) strong = true
  }
  return {at: pos, strong, about}
}

/** Whether the cue at `cueAt` is plural: "các", "những" or a count of two or more before it. */
function pluralBefore(text: string, cueAt: number, count: number | null): boolean {
  if (count !== null) return count >= 2
  const before = text.slice(Math.max(0, cueAt - 12), cueAt).trim().split(/\s+/)
  return PLURAL_MARKERS.has((before[before.length - 1] ?? '').toLowerCase())
}

/** Numbering or separators between quoted topics: `, `, `; `, ` và `, `(2)`, `2.`, `-`. */
const BETWEEN_QUOTES = /^(?:\s|[,;–-]|và(?![\p{L}\p{M}])|\(?\d{1,2}[).]|thứ\s+\p{L}+,?)*/u

/** Quoted topics starting at `at`. */
function quotedTopics(text: string, at: number): Found[] {
  const out: Found[] = []
  let pos = at
  for (;;) {
    const open = text[pos]
    const close = open ? QUOTES.get(open) : undefined
    if (!close) break
    // Look for the closing mark only within the list's reach, never to the end of a long line.
    const within = text.slice(pos + 1, at + MAX_LIST_CHARS).indexOf(close)
    if (within < 0) break
    const end = pos + 1 + within
    const inner = text.slice(pos + 1, end)
    out.push({name: inner, index: pos + 1, text: inner})
    pos = end + 1
    const gap = BETWEEN_QUOTES.exec(text.slice(pos, pos + 40))
    pos += gap ? gap[0].length : 0
  }
  return out
}

/** The end of the sentence that starts at `at`: a `.` before a space, a `…` before a capital, or the end. */
function sentenceEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + MAX_LIST_CHARS + 1)
  // "1. Tình hình A. 2. Công tác B.": in a list numbered from 1, a full stop before the next number ends an item, not the list.
  const numbered = FIRST_NUMBER_MARK.test(text.slice(at, at + 40))
  for (let k = at; k < limit; k++) {
    // "… Qua đó, ...": an ellipsis before a capital ends the sentence too, and stays with the list it closes.
    if (text[k] === '…' && /^\s+\p{Lu}/u.test(text.slice(k + 1, k + 4))) return k + 1
    if (text[k] !== '.' || (k + 1 < text.length && !/\s/.test(text[k + 1]!))) continue
    // "A; B... và chuyên đề C": three dots before a lower-case word trail off inside the sentence.
    if (text.slice(k - 2, k) === '..' && /^\s+\p{Ll}/u.test(text.slice(k + 1, k + 4))) continue
    // "1. Tình hình ...; 2. Công tác ...": a number before the dot is a list marker.
    if (/(?:^|[\s:;(])\d{1,2}$/.test(text.slice(Math.max(at, k - 4), k))) continue
    if (numbered && NEXT_NUMBER_MARK.test(text.slice(k + 1, k + 40))) continue
    return k
  }
  return limit
}

/**
 * A list item's number: `1.`, `(2)`, `3)`, `4/`, maybe after its label
 * (`Chuyên đề 5.`, `chuyên đề 6:`), then a space. The number is group 1.
 */
const NUMBER_MARK = /(?:chuyên đề\s+)?\(?(\d{1,2})[).:/]\s+/iu
/** A list that opens with the number 1. */
const FIRST_NUMBER_MARK = new RegExp(`^\\s*${NUMBER_MARK.source.replace('(\\d{1,2})', '(?:0?1)')}`, 'iu')
/** The next item's number right after a full stop. */
const NEXT_NUMBER_MARK = new RegExp(`^\\s+${NUMBER_MARK.source}`, 'iu')
const NUMBER_MARKS = new RegExp(`(?<=^|[\\s;,.])${NUMBER_MARK.source}`, 'giu')

/**
 * A list split at its numbers where they count 1, 2, 3 … from its start
 * (`1. A. 2. B; 3) C`, `(1) A (2) B`); a number out of that order (a
 * decree's article, a year) is text. Fewer than two numbers: the list whole.
 */
function numberedItems(list: string): string[] {
  const cuts: {from: number; to: number}[] = []
  for (const m of list.matchAll(NUMBER_MARKS)) {
    if (Number(m[1]) !== cuts.length + 1) continue
    if (cuts.length === 0 && list.slice(0, m.index).trim() !== '') return [list]
    cuts.push({from: m.index, to: m.index + m[0].length})
  }
  if (cuts.length < 2) return [list]
  return cuts.map((c, i) => list.slice(c.to, cuts[i + 1]?.from ?? list.length).replace(/[\s;,.]+$/u, ''))
}

/** Placeholders (private-use characters) for the separators inside quotes while a list is split. */
const QUOTED_SEPARATORS: ReadonlyMap<string, string> = new Map([[',', '\uE001'], [';', '\uE002'], [' ', '\uE003']])
const QUOTED_PLACEHOLDERS: ReadonlyMap<string, string> = new Map([...QUOTED_SEPARATORS].map(([k, v]) => [v, k]))

/**
 * Hide the commas, semicolons and spaces inside a pair of quote marks in
 * an item (`Kỹ năng “hòa giải, tư vấn”`), keeping the length: what is
 * quoted is one phrase, never split. A mark with no close within the list
 * hides nothing.
 */
function maskQuoted(text: string): string {
  let out = ''
  let at = 0
  while (at < text.length) {
    const close = QUOTES.get(text[at]!)
    const end = close ? text.indexOf(close, at + 1) : -1
    if (end < 0) {
      out += text[at]
      at++
      continue
    }
    out += text[at] + text.slice(at + 1, end).replace(/[,; ]/gu, (c) => QUOTED_SEPARATORS.get(c)!) + text[end]
    at = end + 1
  }
  return out
}

/** Restore what `maskQuoted` hid. */
function unmaskQuoted(text: string): string {
  return text.replace(/[\uE001-\uE003]/gu, (c) => QUOTED_PLACEHOLDERS.get(c)!)
}

/**
 * An "and so on" closing a list: `…`, `...`, `v.v.` It starts only where a
 * run of spaces starts and holds no two runs of spaces side by side: the
 * first form (`\s*,?\s*v.v`) took a second per cue on a list padded with
 * spaces (cubic in the run).
 */
const ETC = /(?<!\s)\s*(?:…|\.{3}|(?:,\s*)?v\.v\.?)\s*$/u

/** Split unquoted list text into topics, preferring the split that gives `count` items. */
function splitList(text: string, count: number | null, etc = false): string[] {
  // "tạm giữ, tạm giam", "phòng, chống": the comma of a paired term splits nothing;
  // nor does a comma, a semicolon or a "và" inside quotes within an item ("Kỹ năng “A, B”").
  const list = maskQuoted(maskCompoundCommas(text))
  const clean = (parts: string[]): string[] =>
    parts.map((p) => unmaskCompoundCommas(unmaskQuoted(p).replace(/^\s*(?:\(?\d{1,2}[).\/]|[-–•+])\s*/u, '')).trim()).filter(Boolean)
  const numbered = clean(numberedItems(list))
  const semicolons = clean(list.split(/\s*;\s*/))
  const commasAnd = clean(list.split(/\s*,\s*|\s+và\s+(?=[^,]*$)/u))
  const and = clean(list.split(/\s+và\s+/u))
  const byHeads = (numbered.length > 1 ? numbered : semicolons).flatMap(subjectsAtCommas)
  const candidates = [numbered, semicolons, byHeads, commasAnd, and]
  // "8 chuyên đề về A; B; C…": a list closed by "…" or "v.v." names only some of its count.
  if (count !== null) return candidates.find((c) => c.length === count) ?? (etc ? [numbered, semicolons].find((c) => c.length >= 2 && c.length < count) ?? [] : [])
  if (byHeads.length > Math.max(numbered.length, semicolons.length)) return byHeads
  if (numbered.length > 1) return numbered
  if (semicolons.length > 1) return semicolons
  // "gồm: A, B, C; <cut>": a list cut after its first item keeps that item's "; ": the items are set apart by semicolons.
  if (/;\s*$/u.test(list)) return semicolons
  if (commasAnd.length >= 3) return commasAnd
  return [text.trim()]
}

/** A part opens with a subject's head noun (`SUBJECT_HEAD_NOUNS`). */
const SUBJECT_HEAD = new RegExp(`^(?:${alternation(SUBJECT_HEAD_NOUNS)})(?![\\p{L}\\p{M}])`, 'iu')

/**
 * One item split at its commas where every part opens with a subject's
 * head noun and has `MIN_SUBJECT_WORDS` words or more ("Công tác A, mối
 * quan hệ B"); otherwise the item whole.
 */
function subjectsAtCommas(item: string): string[] {
  const masked = maskQuoted(maskCompoundCommas(item))
  const parts = masked.split(/\s*,\s*/u).map((p) => unmaskCompoundCommas(unmaskQuoted(p)).trim())
  if (parts.length < 2) return [item]
  const subject = (p: string): boolean => SUBJECT_HEAD.test(p) && p.split(/\s+/u).length >= MIN_SUBJECT_WORDS
  return parts.every(subject) ? parts : [item]
}

/**
 * Whether unquoted list text is only split by commas (three or more parts,
 * no numbering, no semicolons): how a sentence enumerates subject matter.
 */
function commaEnumeration(text: string): boolean {
  const list = maskCompoundCommas(text)
  if (separatedList(list)) return false
  return list.split(/\s*,\s*/).filter((p) => p.trim()).length >= 3
}

/** Whether unquoted list text is split by semicolons or by numbering ("A; B", "(1) A (2) B"). */
function separatedList(text: string): boolean {
  return text.includes(';') || /(?:^|\s)\(?\d{1,2}[).]\s/u.test(text)
}

/** A pair of quote marks inside a topic (`Kỹ năng “A, B”`): the phrase stays, the marks go. */
const QUOTED_PHRASE = new RegExp([...QUOTES].map(([open, close]) => `${escapeRegExp(open)}([^${escapeRegExp(close)}]*)${escapeRegExp(close)}`).join('|'), 'gu')

/** Sentence case: first letter capital, the rest as written; quotes and end punctuation removed. */
export function sentenceCase(text: string): string {
  const trimmed = text
    .replace(QUOTED_PHRASE, (...m: string[]) => m.slice(1, QUOTES.size + 1).find((g) => g !== undefined) ?? '')
    .replace(/^[\s"“”«»‘’„'.,;:–…-]+|[\s"“”«»‘’„'.,;:–…-]+$/gu, '')
    .replace(/\s+/g, ' ')
  return trimmed.charAt(0).toLocaleUpperCase('vi') + trimmed.slice(1)
}

/** A presenting verb right before the cue (`báo cáo chuyên đề`). */
const PRESENTED_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(PRESENTING_VERBS)})\\s+$`, 'iu')
/**
 * After a presented cue, a title that opens with a capital. (`trình bày
 * chuyên đề về X` describes a lecture and stays untaken, see the tests.)
 */
const PRESENTED_TOPIC = /^\s+(?=\p{Lu}[\p{Ll}\p{M}])/u

/**
 * After a presented cue, its presenter and then its subject: `trình bày
 * chuyên đề của PGS. TS. X - <position>, về <topic>.` The presenter's part
 * holds no full stop but those of abbreviated titles (`PGS.`, `TS.`).
 */
const PRESENTER_THEN_ABOUT = /^\s+của\s+(?:[^.;]|\.(?=\s*\p{Lu}))*?,\s+về\s+(?=\p{L})/u

/**
 * After a presented cue, a word or two that qualify it and then its subject:
 * `trình bày chuyên đề chuyên sâu về <topic>`.
 */
const QUALIFIED_ABOUT = /^\s+(?:[\p{Ll}\p{M}]+\s+){1,2}về\s+(?=\p{L})/u

/**
 * The one topic a presenting verb introduces (`báo cáo chuyên đề Công tác
 * nhân quyền trong tình hình mới.`), to the end of its sentence; null when the cue is not presented so.
 */
function presentedTopic(text: string, cueAt: number, cueEnd: number, count: number | null): Found | null {
  if (text.slice(cueAt, cueEnd).toLowerCase() !== 'chuyên đề' || (count !== null && count !== 1)) return null
  if (!PRESENTED_BEFORE.test(text.slice(Math.max(0, cueAt - 20), cueAt))) return null
  const after = text.slice(cueEnd, cueEnd + 200)
  const m = PRESENTED_TOPIC.exec(after) ?? PRESENTER_THEN_ABOUT.exec(after)
  const qualified = m ? null : QUALIFIED_ABOUT.exec(after)
  if (qualified) return presentedAbout(text, cueAt, cueEnd + qualified[0].length)
  if (!m) return null
  const at = cueEnd + m[0].length
  const end = sentenceEnd(text, at)
  const name = text.slice(at, end).replace(/[;,]\s*$/u, '').trim()
  return name ? {name, index: at, text: name} : null
}

/** How far after a plural cue a delayed opener with a colon (`, như:`) may stand. */
const DELAYED_OPENER_MAX_CHARS = 80

const DELAYED_OPENER = new RegExp(`^[^.;:!?“”"]{0,${DELAYED_OPENER_MAX_CHARS}}?[\\s,](?:${alternation(DELAYED_COLON_OPENERS)})\\s*:\\s*`, 'iu')

/**
 * After a plural "chuyên đề", the list opened a few words later by an opener with a
 * colon (`các chuyên đề hợp tác quốc tế, như: A; B`): where it starts, or null.
 */
function delayedListStart(text: string, cueAt: number, cueEnd: number, count: number | null): number | null {
  // Only "chuyên đề" and a theme cue ("các chủ đề được thảo luận gồm:"): "các nội dung trọng tâm như: ..." lists a course's contents, not its topics.
  const cue = text.slice(cueAt, cueEnd).toLowerCase()
  if ((cue !== 'chuyên đề' && !THEME_CUES.has(cue)) || !pluralBefore(text, cueAt, count)) return null
  const m = DELAYED_OPENER.exec(text.slice(cueEnd, cueEnd + DELAYED_OPENER_MAX_CHARS + 20))
  return m ? cueEnd + m[0].length : null
}

/**
 * A presenting or focusing verb right before the cue, maybe with a plural
 * marker or a count and `nhóm` (`giới thiệu những nội dung`, `tập trung
 * thảo luận ba nhóm nội dung`).
 */
const PRESENTED_CONTENTS_BEFORE = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation([...PRESENTING_VERBS, ...CONTENTS_VERBS])})\\s+(?:(?:${alternation([...PLURAL_MARKERS, ...COUNT_WORDS.keys()])}|\\d{1,2})\\s+)?(?:nhóm\\s+)?$`,
  'iu'
)

/**
 * Whether a cue may list topics: "chuyên đề" always; "nội dung" only when a
 * presenting verb stands right before it ("báo cáo viên giới thiệu những nội
 * dung về A; B": the subjects presented) or a meeting's focus verb
 * (`CONTENTS_VERBS`: "hội thảo tập trung vào các nội dung: A; B"). Contents
 * a class takes in ("người học nghiên cứu những nội dung: A; B") and the
 * subject of a paper ("bài tham luận bàn về nội dung: A; B") are not chuyên đề.
 */
function presentsTopics(text: string, cueAt: number, cueEnd: number): boolean {
  if (!CONTENTS_CUES.has(text.slice(cueAt, cueEnd).toLocaleLowerCase('vi'))) return true
  return PRESENTED_CONTENTS_BEFORE.test(text.slice(Math.max(0, cueAt - 40), cueAt))
}

/** A plural contents cue right after a list opener, with its own opener ("gồm các nội dung về", "gồm những nội dung sau:"); not the contents of a document, which are the topic ("những nội dung cơ bản của Luật X"). */
const CONTENTS_AFTER_OPENER = new RegExp(
  `^(?:${[...PLURAL_MARKERS].join('|')})\\s+(?:${alternation([...CONTENTS_CUES])})(?:\\s+(?:${alternation(CUE_QUALIFIERS)}))?(?:\\s+(?:về|sau|như sau)\\s*:?|\\s*:)\\s*`,
  'iu'
)

/**
 * "cung cấp 2 chuyên đề, A; B": a counted cue, a comma, and as many parts
 * set apart by semicolons as the count announces: the list starts after the
 * comma. Returns its start, or null.
 */
function countedCommaList(text: string, cueEnd: number, count: number | null): number | null {
  if (count === null || count < 2) return null
  const comma = /^\s*,\s*/u.exec(text.slice(cueEnd))
  if (!comma) return null
  const at = cueEnd + comma[0].length
  const parts = maskQuoted(maskCompoundCommas(text.slice(at, sentenceEnd(text, at)))).split(';')
  return parts.length === count && parts.every((p) => p.trim() !== '') ? at : null
}

/**
 * The topics introduced at one cue; `cut` when the text is cut off at its
 * end: a list whose sentence runs into the cut cannot meet its count (one
 * that ends before the cut still can).
 */
function topicsAtCue(text: string, cueAt: number, cueEnd: number, cut = false): Found[] {
  if (!presentsTopics(text, cueAt, cueEnd) || THEMATIC_MEETING_BEFORE.test(text.slice(Math.max(0, cueAt - 20), cueAt))) return []
  const count = cut && sentenceEnd(text, cueEnd) >= text.length ? null : countBefore(text, cueAt)
  const cueWord = text.slice(cueAt, cueEnd).toLowerCase()
  const openedAt = skipOpeners(text, cueEnd, cueWord === 'chuyên đề' && pluralBefore(text, cueAt, count))
  // "3 chuyên đề gồm những nội dung về A; B": the contents cue after the opener opens the same list.
  const contentsAfter = openedAt.strong ? CONTENTS_AFTER_OPENER.exec(text.slice(openedAt.at, openedAt.at + 40)) : null
  const opened = contentsAfter ? {...openedAt, at: openedAt.at + contentsAfter[0].length} : openedAt
  const delayed = opened.strong ? null : delayedListStart(text, cueAt, cueEnd, count) ?? countedCommaList(text, cueEnd, count)
  const {at, strong, about} = delayed === null ? opened : {at: delayed, strong: true, about: false}
  // "với chủ đề “A”": a theme; only "các chủ đề ... gồm: A; B" lists topics.
  if (THEME_CUES.has(cueWord) && !(strong && pluralBefore(text, cueAt, count))) return []
  const quoted = quotedTopics(text, at)
  if (quoted.length > 0) return quoted
  if (!strong) {
    const presented = presentedTopic(text, cueAt, cueEnd, countBefore(text, cueAt))
    if (presented) return [presented]
  }
  // "các chuyên đề về A, B và C": a plural cue and "về" announce a list,
  // taken only when it splits into several topics.
  // "những nội dung về A; B; C": a plural "nội dung" announces a list too,
  // but only one set apart by semicolons or numbers (commas there run
  // inside one subject: "phòng, chống", "quyền dân sự, chính trị").
  // "chuyên đề về A; B; C": a singular cue over a list set apart by
  // semicolons names several subjects too (commas alone would not: they run
  // inside one subject, "quyền dân sự, chính trị").
  const rest = text.slice(at, sentenceEnd(text, at))
  const aboutList = !strong && about &&
    ((pluralBefore(text, cueAt, count) && (cueWord === 'chuyên đề' || separatedList(rest))) ||
      (cueWord === 'chuyên đề' && count === null && rest.includes(';') && !opensClause(rest)))
  if (!strong && about && !aboutList) {
    const repeated = repeatedCueTopics(text, at)
    if (repeated.length > 0) return repeated
    const one = cueWord === 'chuyên đề' && count === null ? presentedAbout(text, cueAt, at) ?? subjectAbout(text, cueAt, at) : null
    return one ? [one] : []
  }
  if (!strong && !aboutList) return []
  const {end, stop} = listEnd(text, at, strong && pluralBefore(text, cueAt, count))
  // The full stop inside the list splits it as a semicolon would (same length: offsets hold).
  const raw = text.slice(at, end)
  const joined = withoutTrailingClause(beforeNextCueClause(stop === null ? raw : `${raw.slice(0, stop - at)};${raw.slice(stop - at + 1)}`))
  // "các nội dung ...: A; B; C... và chuyên đề về D": a contents list ends where a chuyên đề is named after it.
  const chuyenDe = CONTENTS_CUES.has(cueWord) ? CHUYEN_DE_AFTER.exec(joined) : null
  const cutList = chuyenDe ? joined.slice(0, chuyenDe.index) : joined
  // "A; B... và một số nội dung khác": the list trails off at the dots; what follows them is no item.
  const trailing = INNER_ETC.exec(cutList)
  const list = trailing ? cutList.slice(0, trailing.index + trailing[0].length) : cutList
  if (list.length > MAX_LIST_CHARS) return []
  // "bao gồm nội dung: A, b, c, d": a singular cue over a comma enumeration
  // names the parts of one content (of a course, a convention), not topics.
  if (count === null && !pluralBefore(text, cueAt, count) && commaEnumeration(list)) return []
  const etc = ETC.exec(list)
  // "giới thiệu những nội dung: A; B; C…": contents that trail off sum up what
  // a course covered, they do not name its chuyên đề (a counted chuyên đề
  // list closed so still names some of its items, see `splitList`).
  if (etc && CONTENTS_CUES.has(cueWord)) return []
  let parts = splitList(etc ? list.slice(0, etc.index) : list, count, etc !== null).map((p) => p.replace(ITEM_LABEL, '').replace(REPEATED_CUE, ''))
  if (aboutList && parts.length < 2 && cueWord === 'chuyên đề') parts = twoSubjects(list)
  if (aboutList && parts.length < 2) return []
  return parts.map((p) => ({name: p, index: at + Math.max(0, list.indexOf(p)), text: p}))
}

/**
 * "truyền đạt chuyên đề về A cho đoàn viên.": the one topic a presenting
 * verb introduces with a singular "chuyên đề về", to the end of its sentence,
 * without the audience it was given to; null with no presenting verb before
 * the cue, or over a list set apart by semicolons (read as a list, see
 * `topicsAtCue`). Measured on the blind rounds (issue 11: b8 and b11 name
 * such a chuyên đề as a topic).
 */
function presentedAbout(text: string, cueAt: number, at: number): Found | null {
  if (!PRESENTED_BEFORE.test(text.slice(Math.max(0, cueAt - 20), cueAt))) return null
  const name = withoutTrailingClause(text.slice(at, sentenceEnd(text, at))).replace(TO_AUDIENCE, '').replace(/[;,]\s*$/u, '').trim()
  if (!name || name.includes(';')) return null
  return {name, index: at, text: name}
}

/** Most words in the topic of a "chuyên đề về X" that is its sentence's subject. */
const MAX_SUBJECT_TOPIC_WORDS = 15

/** What may stand before a cue that opens its sentence: nothing, or a short adverbial and a comma ("Bên cạnh đó, "). */
const SENTENCE_OPENING = /^\s*(?:\p{L}+(?:\s+\p{L}+){0,2},\s*)?$/u

/** `X đã giúp ...`: the topic, then the verb of the sentence whose subject it is. */
const SUBJECT_TOPIC = new RegExp(`^(.+?)\\s+(?:${alternation(SUBJECT_CUE_VERBS)})(?![\\p{L}\\p{M}])`, 'u')

/**
 * "Bên cạnh đó, chuyên đề về X đã giúp học viên ...": a singular "chuyên đề
 * về X" that is the subject of its sentence names X, up to the sentence's
 * verb (`SUBJECT_CUE_VERBS`); a short X with no comma, or nothing. Measured
 * on the blind rounds (issue 11, round b8).
 */
function subjectAbout(text: string, cueAt: number, at: number): Found | null {
  const before = text.slice(0, cueAt)
  const sentenceStart = Math.max(...['. ', '! ', '? '].map((s) => before.lastIndexOf(s) + 1))
  if (!SENTENCE_OPENING.test(before.slice(sentenceStart))) return null
  const m = SUBJECT_TOPIC.exec(text.slice(at, sentenceEnd(text, at)))
  const name = m?.[1]?.trim()
  if (!name || /[,;:]/u.test(name) || name.split(/\s+/u).length > MAX_SUBJECT_TOPIC_WORDS) return null
  return {name, index: at, text: name}
}

/** `cho đoàn viên` closing a one-topic sentence: the audience, not the topic. */
const TO_AUDIENCE = new RegExp(
  `\\s+cho\\s+(?:(?:${[...PLURAL_MARKERS].join('|')}|toàn thể|\\d+)\\s+)?(?:${alternation(AUDIENCE_NOUNS)})(?![\\p{L}\\p{M}]).*$`,
  'isu'
)

/** A meeting noun right before the cue (`Tọa đàm chuyên đề`): a thematic meeting, see `THEMATIC_MEETING_NOUNS`. */
const THEMATIC_MEETING_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${alternation(THEMATIC_MEETING_NOUNS)})\\s+$`, 'iu')

/**
 * "trình bày chuyên đề: A; B; đại diện Sở X trình bày chuyên đề: C": a part
 * after a semicolon that holds a cue of its own with a colon opens the next
 * cue's list, and the list ends at that semicolon.
 */
const NEXT_CUE_CLAUSE = new RegExp(`;[^;]*?\\S\\s+(?:${TOPIC_CUES.join('|')})\\s*:`, 'iu')

/** Dots that trail a list off before a lower-case word goes on ("B... và các nội dung khác"). */
const INNER_ETC = /(?<!\s)(?:…|\.{3})(?=\s+\p{Ll})/u

/** A chuyên đề named after a contents list ("…; D… và chuyên đề về E"): the contents end before it. */
const CHUYEN_DE_AFTER = new RegExp(`(?:\\s*[;,]\\s*|\\s+)(?:và\\s+)?(?:(?:${[...PLURAL_MARKERS].join('|')})\\s+)?chuyên đề(?![\\p{L}\\p{M}])`, 'iu')

/** The list up to the part that opens the next cue's list. */
function beforeNextCueClause(list: string): string {
  const m = NEXT_CUE_CLAUSE.exec(list)
  return m ? list.slice(0, m.index) : list
}

/**
 * Where an unquoted list starting at `at` ends: its sentence's end; for a
 * plural cue with a strong opener (`các chuyên đề gồm: A. B; C.`) whose
 * first sentence holds one item, the end of the paragraph when the next
 * sentence is the list going on (set apart by semicolons, ending the
 * paragraph, opening no clause): a list split at a full stop, whose
 * place is `stop`.
 */
function listEnd(text: string, at: number, pluralStrong: boolean): {end: number; stop: number | null} {
  const end = sentenceEnd(text, at)
  if (!pluralStrong || separatedList(text.slice(at, end)) || end >= text.length) return {end, stop: null}
  const from = end + 1
  const next = text.slice(from, sentenceEnd(text, from))
  const last = from + next.length >= text.trimEnd().length - 1
  if (!last || !/^\s+\p{Lu}/u.test(next) || !next.includes(';') || opensClause(`; ${next.trim()}`)) return {end, stop: null}
  return {end: from + next.length, stop: end}
}

/** Each of two subjects split at one comma has at least this many words ("công tác tôn giáo"). */
const MIN_SUBJECT_WORDS = 3

/**
 * "các chuyên đề về công tác A, công tác B": a plural chuyên đề over two
 * parallel subjects split at one comma, opening with the same word, each of
 * `MIN_SUBJECT_WORDS` or more; otherwise nothing ("quyền dân sự, chính trị
 * của công dân" is one subject).
 */
function twoSubjects(list: string): string[] {
  const parts = maskCompoundCommas(list).split(/\s*,\s*/u).map((p) => unmaskCompoundCommas(p).trim())
  if (parts.length !== 2 || parts.some((p) => p.split(/\s+/u).length < MIN_SUBJECT_WORDS)) return []
  const head = (p: string): string => fold(p.split(/\s+/u)[0] ?? '')
  return head(parts[0]!) === head(parts[1]!) ? parts : []
}

const CLAUSE_AFTER_SEMICOLON = new RegExp(`;\\s*(?:${alternation(CLAUSE_SUBJECTS)})(?![\\p{L}\\p{M}])`, 'iu')

/** Whether a part after a semicolon opens a clause about the audience or the meeting, not a topic. */
function opensClause(list: string): boolean {
  return CLAUSE_AFTER_SEMICOLON.test(list)
}

/** `, nhấn mạnh ...` closing a list: a clause about the whole list, not part of its last topic. */
const TRAILING_CLAUSE = new RegExp(`,\\s+(?:${alternation(TRAILING_CLAUSE_OPENERS)})(?![\\p{L}\\p{M}]).*$`, 'su')

/** `và tuyên truyền các ...` after the last item: a new verb clause, not part of the topic. */
const CLOSING_VERB_CLAUSE = new RegExp(
  `\\s+và\\s+(?:${alternation(CLOSING_VERB_CLAUSE_OPENERS)})\\s+(?:${[...PLURAL_MARKERS].join('|')})(?![\\p{L}\\p{M}]).*$`,
  'isu'
)

/** The list without a clause that comments on it after its last item, or that goes on to another act. */
function withoutTrailingClause(list: string): string {
  return list.replace(TRAILING_CLAUSE, '').replace(CLOSING_VERB_CLAUSE, '')
}

/**
 * "chuyên đề về A; chuyên đề về B": a singular cue repeated after each
 * semicolon lists one topic per cue. Taken only when every part after the
 * first opens with the cue again, so a single "chuyên đề về ..." describing
 * a lecture stays untaken.
 */
function repeatedCueTopics(text: string, at: number): Found[] {
  const end = sentenceEnd(text, at)
  const list = text.slice(at, end)
  if (list.length > MAX_LIST_CHARS) return []
  const parts = list.split(';')
  if (parts.length < 2) return []
  const out: Found[] = []
  let offset = 0
  for (const [i, part] of parts.entries()) {
    let from = 0
    if (i > 0) {
      const cue = REPEATED_CUE.exec(part)
      if (!cue) return []
      from = cue[0].length
    }
    const name = part.slice(from).trim()
    out.push({name, index: at + offset + part.indexOf(name, from), text: name})
    offset += part.length + 1
  }
  return out
}

/**
 * A list item's label before its title: `Chuyên đề 1:`, `chuyên đề thứ
 * hai:`, `Nội dung số 3 -`, `II.`: the title follows the `:` (or `.`, `-`);
 * an ordinal may also end at a comma (`thứ nhất, A; thứ hai, B`).
 */
const ITEM_LABEL = /^\s*(?:(?:chuyên đề|nội dung|bài)\s+)?(?:(?:thứ\s+[\p{L}\p{M}]+|số\s*\d{1,2}|\d{1,2}|[IVX]{1,4})\s*[:.)–-]|thứ\s+[\p{L}\p{M}]+,)\s+/iu

/** The cue repeated at the start of a list item: "chuyên đề về", "chuyên đề". */
const REPEATED_CUE = /^\s*(?:và\s+)?chuyên đề(?:\s+về)?(?![\p{L}\p{M}])\s*/iu

/** A list item printed on its own line: `- A`, `+ B`, `• C`, `1. D`, `(2) E`. */
const LIST_ITEM = /^(?:[-–•+*]|\(?\d{1,2}[).\/])\s+(?=\S)/u

/**
 * The topics listed one per line under a cue that closes its paragraph with
 * a colon ("với các nội dung:" then "- A", "- B"): each following paragraph
 * that opens with a list marker is one topic.
 */
function itemLines(blocks: Block[], from: number): {block: Block; name: string; index: number}[] {
  const out: {block: Block; name: string; index: number}[] = []
  for (let k = from; k < blocks.length; k++) {
    const block = blocks[k]!
    const marker = LIST_ITEM.exec(block.text)
    if (!marker) break
    const name = block.text.slice(marker[0].length).replace(/[;.,]+$/u, '').trim()
    out.push({block, name, index: marker[0].length})
  }
  return out
}

/** Whether a cue's list opens at the end of its paragraph (`... những nội dung:`, `... những chuyên đề sau`). */
function listBelow(text: string, cueEnd: number): boolean {
  // "... các chuyên đề sau" with no colon: a strong opener closing the paragraph announces the lines below too.
  const {at, strong} = skipOpeners(text, cueEnd)
  return at >= text.length && (strong || text.trimEnd().endsWith(':'))
}

/** Most characters between hearing and the presenting verb: a presenter's name and positions. */
const MAX_PRESENTER_CHARS = 200

/** Text that may stand inside a presenter's name and positions: no clause break, a dot only inside an abbreviation ("TS.Nguyễn", "TP.HCM"). */
const PRESENTER_CHAR = String.raw`(?:[^.;:!?“”"]|\.(?!\s))`

/** The presenting verbs that open a list after hearing (not `REPORTING_VERBS`), never "báo cáo viên". */
const FIRST_PRESENTING_VERBS = PRESENTING_VERBS.filter((v) => !REPORTING_VERBS.has(v))
const VERB_END = String.raw`(?![\p{L}\p{M}])(?!\s+viên(?![\p{L}\p{M}]))(?:\s+về)?\s+(?=\S)`

/** "được nghe [presenter] giới thiệu về A": hearing, a presenter, a presenting verb; the subject starts after the match. */
const HEARD = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${alternation(HEARING_WORDS)})\\s+${PRESENTER_CHAR}{0,${MAX_PRESENTER_CHARS}}?(?<![\\p{L}\\p{M}])(?:${alternation(FIRST_PRESENTING_VERBS)})${VERB_END}`,
  'giu'
)

/** A list item that names its own presenter ("ông Y, Phó Chánh Văn phòng, báo cáo B"): the subject starts after its verb. */
const ITEM_PRESENTER = new RegExp(
  `^\\s*(?:${alternation([...PRESENTER_OPENERS, ...HONORIFICS, ...MILITARY_RANKS])})(?![\\p{L}\\p{M}])${PRESENTER_CHAR}{0,${MAX_PRESENTER_CHARS}}?(?<![\\p{L}\\p{M}])(?:${alternation(PRESENTING_VERBS)})${VERB_END}`,
  'iu'
)

/** What the presenter presents when it is business, not a subject; or a chuyên đề cue, read by `topicsAtCue`. */
/** A plural marker, a count or "một số" before a noun ("các", "hai", "3", "một số"). */
const QUANTIFIER = `(?:(?:${alternation([...PLURAL_MARKERS, ...COUNT_WORDS.keys(), 'một số'])}|\\d{1,2})\\s+)`

const NOT_SUBJECT = new RegExp(
  `^${QUANTIFIER}?(?:${alternation([...NOT_PRESENTED_SUBJECTS, 'chuyên đề'])})(?![\\p{L}\\p{M}])`,
  'iu'
)

/** Contents as the object ("những nội dung về A", "các nội dung chủ yếu của Luật B"): see `heardTopics`. */
const CONTENTS_OBJECT = new RegExp(
  `^${QUANTIFIER}?(?:${alternation([...CONTENTS_CUES])})(?![\\p{L}\\p{M}])(?<rest>[^]*)$`,
  'iu'
)
/** The contents of a named document ("… của Luật Trẻ em", "… chủ yếu của Nghị quyết 52"). */
const OF_DOCUMENT = new RegExp(`^(?:\\s+(?:${alternation(CUE_QUALIFIERS)}))?\\s+của\\s+\\p{Lu}`, 'u')

/** An aside about the subject just named ("…, trong đó khẳng định …"): the subject ends before it. */
const TOPIC_ASIDE = new RegExp(`(?:\\s*,\\s*|\\s+)(?:${alternation(TOPIC_ASIDE_OPENERS)})(?![\\p{L}\\p{M}])[^]*$`, 'iu')

/**
 * "Học viên được nghe báo cáo viên trình bày A; B; ông Y, <chức vụ>, báo
 * cáo C": the subjects an audience heard presented, where the story calls
 * them by no cue. Split at semicolons only (commas run inside one subject);
 * an item naming its own presenter starts after that presenter's verb; an
 * item opening a clause about the audience ends the list. Each subject ends
 * before an aside (`TOPIC_ASIDE_OPENERS`), a trailing clause or its
 * audience. With `cut`, a list that runs into the cut loses its last item.
 */
function heardTopics(text: string, cut: boolean): Found[] {
  const out: Found[] = []
  for (const m of text.matchAll(HEARD)) {
    const at = m.index + m[0].length
    if (NOT_SUBJECT.test(text.slice(at, at + 40))) continue
    // "nghe giới thiệu những nội dung về A": contents a lecture went through, which the cue's own
    // rules read (`topicsAtCue`); only the contents of a named document name a subject here.
    const contents = CONTENTS_OBJECT.exec(text.slice(at, at + 80))
    if (contents && !OF_DOCUMENT.test(contents.groups!.rest!)) continue
    const end = sentenceEnd(text, at)
    const list = maskQuoted(maskCompoundCommas(text.slice(at, end)))
    if (list.length > MAX_LIST_CHARS) continue
    const found: Found[] = []
    let offset = 0
    for (const [i, part] of list.split(';').entries()) {
      const partAt = offset
      offset += part.length + 1
      let from = 0
      if (i > 0) {
        if (opensClause(`;${part}`)) break
        const presenter = ITEM_PRESENTER.exec(part)
        if (presenter) from = presenter[0].length
      }
      let name = part.slice(from)
      if (i > 0 && NOT_SUBJECT.test(name.trimStart())) break
      // A colon opens a list of the subject's own points: what follows, to the sentence's end, is that list's.
      const aside = name.includes(':')
      name = withoutTrailingClause(name.replace(TOPIC_ASIDE, '')).replace(TO_AUDIENCE, '')
      const colon = name.indexOf(':')
      if (colon >= 0) name = name.slice(0, colon)
      name = name.replace(/[\s,.;]+$/u, '').trim()
      if (!name) break
      const raw = unmaskCompoundCommas(unmaskQuoted(name))
      found.push({name: raw, index: at + partAt + part.indexOf(name), text: raw})
      if (aside) break
    }
    if (cut && end >= text.trimEnd().length) found.pop()
    out.push(...found)
  }
  return out
}

const CUE_PATTERN = new RegExp(`(?<![\\p{L}\\p{M}])(?:${TOPIC_CUES.join('|')})(?![\\p{L}\\p{M}])`, 'giu')

/**
 * Extract the topics presented (chuyên đề) from the story's paragraphs.
 * Evidence keys: `topics.N`, the topic's words in the source.
 */
export function extractTopics(
  article: CleanArticle,
  _ctx: ExtractContext
): Extracted<{topics: TopicRef[]}> {
  const topics: TopicRef[] = []
  const evidence: Record<string, Evidence> = {}
  const seen = new Set<string>()
  const blocks: Block[] = storyBlocks(article).filter((b) => b.kind === 'paragraph')
  // The clean stage cut a broken sentence off this block: its list holds only the items before the cut.
  const lastBlock = article.blocks[article.blocks.length - 1]
  const take = (found: Found & {block: Block}): void => {
    // `./.` and `./` close a story on many papers: never part of the topic.
    const name = sentenceCase(found.name.replace(/\s*(?:\.\/\.?|\/)$/u, ''))
    const words = name.split(' ').length
    if (words < MIN_TOPIC_WORDS || words > MAX_TOPIC_WORDS) return
    const key = fold(name)
    if (seen.has(key)) return
    seen.add(key)
    evidence[`topics.${topics.length}`] = evidenceAt(found.block, found.index, found.text)
    topics.push({name, slug: slug(name)})
  }
  for (const [b, block] of blocks.entries()) {
    const cut = article.truncated && block === lastBlock
    let cueFound = false
    for (const cue of block.text.matchAll(CUE_PATTERN)) {
      const cueEnd = cue.index + cue[0].length
      const below = listBelow(block.text, cueEnd) ? itemLines(blocks, b + 1) : []
      const items: (Found & {block: Block})[] = below.length > 0
        ? below.map((i) => ({name: i.name, index: i.index, text: i.name, block: i.block}))
        : topicsAtCue(block.text, cue.index, cueEnd, cut).map((f) => ({...f, block}))
      cueFound ||= items.length > 0
      items.forEach(take)
    }
    // A paragraph that names its subjects by no cue: what the audience heard presented.
    if (!cueFound) for (const found of heardTopics(block.text, cut)) take({...found, block})
  }
  return withoutShortForms(topics, evidence)
}

/**
 * Drop a topic that is the start of a longer one (a caption or a first
 * mention prints `Công tác X`, the story `Công tác X và Y`): one topic,
 * kept in its full form. Evidence is renumbered with the topics.
 */
function withoutShortForms(topics: TopicRef[], evidence: Record<string, Evidence>): Extracted<{topics: TopicRef[]}> {
  const keys = topics.map((t) => fold(t.name))
  const kept: TopicRef[] = []
  const out: Record<string, Evidence> = {}
  topics.forEach((t, i) => {
    const k = keys[i]!
    if (keys.some((other) => other.length > k.length && other.startsWith(k + ' '))) return
    const e = evidence[`topics.${i}`]
    if (e) out[`topics.${kept.length}`] = e
    kept.push(t)
  })
  return {topics: kept, evidence: out, warnings: []}
}
