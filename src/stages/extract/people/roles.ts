/**
 * Roles: the predicate after a person's name and positions ("... chủ trì
 * hội nghị", "... cho biết"), looking past asides, adverbs, "thừa ủy quyền
 * ..." and "cùng ..."; a cue opening the sentence ("Phát biểu tại Hội nghị,
 * X ..." for the first person, "Đến dự có ..." for everyone listed); people
 * joined by "và" share the predicate after the last of them.
 */
import {COMPANION_OPENERS, LISTENING_WORDS, POSITION_DASHES, PREDICATE_SHARING_GAP, PRESENTING_PREDICATES} from '../../../knowledge/mentions.js'
import {ROLE_RANK} from '../../../knowledge/offices.js'
import type {OfficialRole} from '../../../types.js'
import type {Attached} from './attach.js'
import type {Unit} from './parse.js'
import {isLowerWord, spanText, type Sentence} from './state.js'
import {ADVERBS, BODY_TABLE, CUE_TABLE, OPENING, PREDICATE_TABLE, REPORT_NOUN_TABLE} from './tables.js'

/** A role and the token where the word that gives it starts. */
export interface RoleCue {
  role: OfficialRole
  index: number
}

/** A sentence read into units, with positions attached: what roles are read from. */
export interface Parsed {
  s: Sentence
  units: readonly Unit[]
  attached: readonly Attached[]
}

/** Longest aside in brackets skipped between a name and its predicate, in tokens. */
const MAX_ASIDE = 12

/** Words between a predicate and "chuyên đề" ("trình bày hai chuyên đề", "quán triệt các chuyên đề"). */
const TOPIC_LOOKAHEAD = 3

/**
 * How far (in words) to look for the predicate after "thừa ủy quyền ..." or
 * "cùng ...". The seeds' longest gap is 12 ("thừa Ủy quyền của Trưởng ban
 * Chỉ đạo Nhân quyền tỉnh Bình Dương"); 25 leaves room without reaching
 * into the next clause in practice.
 */
const PREDICATE_WINDOW = 25

/** The token after a bracketed aside opening at `k` ("(thứ hai từ trái sang)"), or -1 when it does not close soon. */
function afterAside(s: Sentence, k: number): number {
  let close = k + 1
  while (close < s.end && close - k <= MAX_ASIDE && s.tokens[close]?.text !== ')') close++
  return s.tokens[close]?.text === ')' ? close + 1 : -1
}

/** Skip asides, commas and adverbs from `from`: where a predicate may start. */
function skipToPredicate(s: Sentence, from: number): number {
  let k = from
  for (let t = s.tokens[k]; t && k < s.end; t = s.tokens[k]) {
    if (t.text === '(') {
      const next = afterAside(s, k)
      if (next < 0) break
      k = next
    } else if (t.text === ',' || t.text === ')' || (POSITION_DASHES.includes(t.text) && isLowerWord(s.tokens[k + 1]))) {
      // "X, Giảng viên Trường Y - báo cáo viên lớp học": a dash before a lower-case predicate joins it to X.
      k++
    } else {
      const adverb = ADVERBS.match(s.tokens, k, s.end)
      if (!adverb) break
      k += adverb.length
    }
  }
  return k
}

/** Whether "chuyên đề" follows within a few words: whoever "trình bày" it is a report presenter. */
function presentsTopics(s: Sentence, from: number): boolean {
  for (let k = from; k < Math.min(s.end, from + TOPIC_LOOKAHEAD); k++) {
    if (REPORT_NOUN_TABLE.match(s.tokens, k)) return true
  }
  return false
}

/**
 * "thừa ủy quyền của ... chủ trì", "cùng các đại biểu dự ...": the predicate
 * further on, skipping positions, up to the next person.
 */
function predicateFurther(p: Parsed, from: number, afterUnit: number): RoleCue | null {
  const {s, units} = p
  let k = from
  let u = afterUnit + 1
  for (let steps = 0; k < s.end && steps < PREDICATE_WINDOW; steps++) {
    const unit = units[u]
    if (unit && unit.start <= k) {
      if (unit.type === 'mention') return null
      k = unit.end
      u++
      continue
    }
    // "X cùng đoàn ... làm việc với Ban chỉ đạo Y": a body's name holds no predicate.
    const body = BODY_TABLE.match(s.tokens, k, s.end)?.length ?? 0
    if (body > 1) {
      k += body
      continue
    }
    const predicate = PREDICATE_TABLE.match(s.tokens, k, s.end)
    if (predicate?.value.role && isLowerWord(s.tokens[k])) return {role: predicate.value.role, index: k}
    k += predicate?.length ?? 1
  }
  return null
}

/** The role from the predicate after a mention whose last unit (name or position) is `afterUnit` and ends at `from`. */
function predicateAfter(p: Parsed, from: number, afterUnit: number): RoleCue | null {
  const {s} = p
  const k = skipToPredicate(s, from)
  const direct = PREDICATE_TABLE.match(s.tokens, k, s.end)
  if (direct?.value.role) {
    const reports = direct.value.role === 'speaker' && presentsTopics(s, k + direct.length)
    return {role: reports ? 'reporter' : direct.value.role, index: k}
  }
  const opensCompany = COMPANION_OPENERS.includes(s.tokens[k]?.lower ?? '')
  if (!(direct && direct.value.role === null) && !opensCompany) return null
  return predicateFurther(p, k, afterUnit)
}

/** Where a mention and its positions end: `[unit index, token]`. */
export function mentionEnd(p: Parsed, a: Attached): {unit: number; token: number} {
  const tail = a.positions.at(-1)
  return tail && tail.index > a.index ? {unit: tail.index, token: tail.unit.end} : {unit: a.index, token: a.mention.end}
}

/** Where a mention starts, with the positions before its name. */
export function mentionStart(a: Attached): number {
  return Math.min(a.mention.start, ...a.positions.filter((q) => q.index < a.index).map((q) => q.unit.start))
}

/** Whether only joiners stand between two people ("A và B", "A, B"): the first shares the second's predicate. */
function sharesPredicate(s: Sentence, from: number, to: number): boolean {
  const words = s.tokens.slice(from, to).map((t) => t.text)
  return words.length > 0 && words.every((w) => PREDICATE_SHARING_GAP.includes(w.toLowerCase()))
}

/** The token index of each sentence's first listening word ("nghe"), or `end` with none: found once per sentence, not per person. */
const FIRST_LISTENING = new WeakMap<Sentence, number>()

function firstListening(s: Sentence): number {
  let at = FIRST_LISTENING.get(s)
  if (at === undefined) {
    at = s.start
    while (at < s.end && !LISTENING_WORDS.includes(s.tokens[at]?.lower ?? '')) at++
    FIRST_LISTENING.set(s, at)
  }
  return at
}

/** Whether a listening word ("nghe") stands in the sentence before token `before`. */
function heardBefore(s: Sentence, before: number): boolean {
  return firstListening(s) < Math.min(before, s.end)
}

/** Whether the sentence opens with an opening word ("Mở đầu buổi học, X ..."), before its first word. */
function opensProgramme(s: Sentence): boolean {
  let k = s.start
  while (k < s.end && s.tokens[k]?.kind !== 'word') k++
  return !!OPENING.match(s.tokens, k, s.end)
}

/**
 * Whether an audience hears `a` present: a listening word before them
 * ("được nghe X ..."), or `a` is the first person of a sentence that opens
 * the programme ("Mở đầu buổi học, X chia sẻ ...").
 */
function presentsTo(p: Parsed, a: Attached): boolean {
  return heardBefore(p.s, mentionStart(a)) || (a === p.attached[0] && opensProgramme(p.s))
}

/** "được nghe X trình bày ...": a speech predicate heard by the audience makes X a presenter. */
function heardPresenting(p: Parsed, a: Attached, cue: RoleCue | null): RoleCue | null {
  if (cue?.role !== 'speaker') return cue
  const phrase = PREDICATE_TABLE.match(p.s.tokens, cue.index, p.s.end)?.value.phrase
  if (!phrase || !PRESENTING_PREDICATES.includes(phrase) || !presentsTo(p, a)) return cue
  return {role: 'reporter', index: cue.index}
}

/**
 * "được nghe X, <position>, là chuyên gia ..., trình bày về ...": in a
 * sentence whose audience listens, a presenting predicate further on, before
 * the next person, within `PREDICATE_WINDOW` words, makes X a presenter.
 */
function heardAhead(p: Parsed, a: Attached, from: number, next: Attached | undefined): RoleCue | null {
  const {s} = p
  if (!heardBefore(s, mentionStart(a))) return null
  const stop = Math.min(s.end, from + PREDICATE_WINDOW, next ? mentionStart(next) : s.end)
  for (let k = from; k < stop; k++) {
    const predicate = PREDICATE_TABLE.match(s.tokens, k, s.end)
    if (!predicate?.value.role || !isLowerWord(s.tokens[k])) continue
    if (predicate.value.role === 'reporter' || PRESENTING_PREDICATES.includes(predicate.value.phrase)) return {role: 'reporter', index: k}
  }
  return null
}

/** The role each mention gets from the predicate after it, by position in `p.attached`. */
export function rolesAfter(p: Parsed): (RoleCue | null)[] {
  const roles: (RoleCue | null)[] = p.attached.map(() => null)
  // Right to left, so "A và B chủ trì" gives A the role of B's predicate.
  for (let n = p.attached.length - 1; n >= 0; n--) {
    const a = p.attached[n]
    if (!a) continue
    const end = mentionEnd(p, a)
    const next = p.attached[n + 1]
    const role = heardPresenting(p, a, predicateAfter(p, end.token, end.unit)) ?? heardAhead(p, a, end.token, next)
    roles[n] = role ?? (next && sharesPredicate(p.s, end.token, mentionStart(next)) ? (roles[n + 1] ?? null) : null)
  }
  return roles
}

/** The cues before the sentence's first unit: one for everyone listed, one for the first person. */
export function sentenceCues(s: Sentence, firstUnit: number): {list: RoleCue | null; first: RoleCue | null} {
  const cues: {list: RoleCue | null; first: RoleCue | null} = {list: null, first: null}
  // Cues that must open the sentence may follow only numbers and punctuation.
  let firstWord = s.start
  while (firstWord < firstUnit && s.tokens[firstWord]?.kind !== 'word') firstWord++
  for (let k = s.start; k < firstUnit; k++) {
    const m = CUE_TABLE.match(s.tokens, k, firstUnit)
    if (!m || (m.value.atStart && k !== firstWord) || (m.value.adjacent && k + m.length !== firstUnit)) continue
    const key = m.value.scope === 'all' ? 'list' : 'first'
    cues[key] ??= {role: m.value.role, index: k}
  }
  return cues
}

/** The strongest of a mention's cues; the first listed wins a tie. */
export function strongest(cues: readonly RoleCue[]): RoleCue | null {
  return cues.reduce<RoleCue | null>((best, c) => (!best || ROLE_RANK[c.role] > ROLE_RANK[best.role] ? c : best), null)
}

/** The words of the cue or predicate at `k`, for evidence. */
export function cueText(s: Sentence, k: number): string {
  const m = PREDICATE_TABLE.match(s.tokens, k, s.end) ?? CUE_TABLE.match(s.tokens, k, s.end)
  return spanText(s, k, k + (m?.length ?? 1)).text
}
