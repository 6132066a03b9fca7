/** What one sentence says about each person it mentions: name, rank, positions, role. */
import {CHILD_WORDS, CITING_WORDS, HOSTING_NOUNS} from '../../../knowledge/mentions.js'
import {nameKey} from '../../../text/normalize.js'
import type {Block, OfficialRole} from '../../../types.js'
import {sentences} from '../words.js'
import {attachPositions, type Attached} from './attach.js'
import type {Known} from './known.js'
import {parseSentence} from './parse.js'
import {cueText, mentionEnd, mentionStart, rolesAfter, sentenceCues, strongest, type Parsed, type RoleCue} from './roles.js'
import {ADMIN, CUE_TABLE} from './tables.js'
import {PhraseTable} from '../words.js'
import {isCapitalised, spanText, type BlockWords, type Sentence} from './state.js'

/** A mention with what the sentence says about it. */
export interface Mention {
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
   * X", "theo ý kiến của đồng chí Y"): the person is cited, not present;
   * a host thanked ("nhờ sự giúp đỡ của ông Z") is not cited.
   */
  cited: boolean
  role: OfficialRole
  roleCue: {index: number; text: string} | null
}

const CITING = new Set(CITING_WORDS)
const CHILD: ReadonlySet<string> = new Set(CHILD_WORDS)
const HOSTING = new PhraseTable(HOSTING_NOUNS.map((p) => [p, true] as const))
/** Longest hosting noun, in words. */
const LONGEST_HOSTING = Math.max(...HOSTING_NOUNS.map((p) => p.split(' ').length))

/** Whether the mention starting at token `start` is cited: "của" before it, not after a host's favour (`HOSTING_NOUNS`). */
function citedAt(s: Sentence, start: number): boolean {
  if (!CITING.has(s.tokens[start - 1]?.lower ?? '')) return false
  for (let n = 1; n <= LONGEST_HOSTING && n < start; n++) {
    if (HOSTING.match(s.tokens, start - 1 - n, start - 1)?.length === n) return false
  }
  return true
}

/** Longest administrative-unit phrase, in words ("tổ dân phố"). */
const LONGEST_ADMIN = 3
/** How far before a list's opening bracket its unit word may stand ("các phường tham gia dự án (A, B)"). */
const UNIT_BEFORE_BRACKET = 6

/** The length in words of an administrative-unit word that ends right before token `i` ("phường", "thị trấn"), or 0. */
function adminEndsBefore(s: Sentence, i: number): number {
  for (let n = 1; n <= LONGEST_ADMIN && n <= i; n++) {
    if (ADMIN.match(s.tokens, i - n, i)?.length === n) return n
  }
  return 0
}

/** Whether a plural unit word ends right before token `i` ("các phường"): a list of places follows it. */
function pluralAdminEndsBefore(s: Sentence, i: number): boolean {
  const n = adminEndsBefore(s, i)
  return n > 0 && s.tokens[i - n - 1]?.lower === 'các'
}

/**
 * Whether the name at `start` is an item of a list of places: a run of
 * capitalised items joined by commas and "và" that follows a plural unit
 * word ("các xã Tân An, Lê Lợi và Hồng Phong"; after "tỉnh X," a name may
 * follow its place), or a bracketed list with a unit
 * word in it or shortly before it ("(Tân An, Lê Lợi - huyện Kim Sơn)").
 * Such items read like names (many wards bear a person's or a surname's
 * name) but a list cue alone does not make them people.
 */
function inPlaceList(s: Sentence, start: number): boolean {
  let k = start - 1
  while (k >= s.start && (isCapitalised(s.tokens[k]) || s.tokens[k]?.text === ',' || s.tokens[k]?.lower === 'và')) k--
  if (k < s.start) return false
  if (pluralAdminEndsBefore(s, k + 1)) return true
  if (s.tokens[k]?.text !== '(') return false
  for (let j = k + 1; j < s.end && s.tokens[j]?.text !== ')'; j++) {
    if (adminEndsBefore(s, j + 1) > 0) return true
  }
  for (let j = k; j > k - UNIT_BEFORE_BRACKET && j > s.start; j--) {
    if (adminEndsBefore(s, j) > 0) return true
  }
  return false
}

/** The cues of one mention: what gives it its role. */
interface MentionCues {
  after: RoleCue | null
  list: RoleCue | null
  /** The cue for the sentence's first person, when this is it. */
  first: RoleCue | null
}

function rankOf(s: Sentence, a: Attached): Mention['rank'] {
  const rank = a.mention.rank
  if (!rank?.rank) return null
  const span = spanText(s, rank.start, rank.end)
  return {value: rank.rank, index: span.index, text: span.text}
}

/** The mention record of one attached mention. */
function mentionRecord(s: Sentence, a: Attached, cues: MentionCues): Mention {
  const {mention, positions} = a
  // Positions printed before the name ("Vụ trưởng Vụ X Nguyễn Văn A") end before it: the span runs to the name's end at least.
  const lastToken = Math.max(mention.end, positions.at(-1)?.unit.end ?? mention.end)
  const span = spanText(s, mention.start, lastToken)
  const best = strongest([cues.after, cues.list, cues.first].filter((c): c is RoleCue => c !== null))
  const name = s.texts.slice(mention.nameStart, mention.nameEnd).join(' ')
  return {
    block: s.block,
    index: span.index,
    text: span.text,
    name,
    key: mention.refersTo ?? nameKey(name),
    refersTo: mention.refersTo,
    rank: rankOf(s, a),
    positions: positions.map((p) => spanText(s, p.unit.start, p.unit.end).text),
    anchored: !!mention.rank || mention.title || positions.length > 0 || (!!cues.list && !CHILD.has(s.tokens[mention.start - 1]?.lower ?? '') && !inPlaceList(s, mention.start)),
    cited: citedAt(s, Math.min(mention.start, ...positions.map((p) => p.unit.start))),
    role: best?.role ?? 'mentioned',
    roleCue: best ? {index: s.tokens[best.index]?.start ?? 0, text: cueText(s, best.index)} : null
  }
}

/** The mentions of one sentence, with positions and roles. */
function sentenceMentions(s: Sentence): Mention[] {
  const units = parseSentence(s)
  const attached = attachPositions(s, units)
  const firstUnit = units[0]
  if (attached.length === 0 || !firstUnit) return []
  const parsed: Parsed = {s, units, attached}
  const cues = sentenceCues(s, firstUnit.start)
  const after = rolesAfter(parsed)
  const within = midSentenceCues(parsed)
  return attached.map((a, n) =>
    mentionRecord(s, a, {after: after[n] ?? null, list: cues.list ?? within[n] ?? null, first: n === 0 ? cues.first : null})
  )
}

/**
 * The cue in the middle of the sentence that a mention falls under: the last
 * `midSentence` cue between an earlier person and this one ("... chủ trì và
 * có sự tham gia của bà Y, ... và ông Z"), by position in `p.attached`.
 */
function midSentenceCues(p: Parsed): (RoleCue | null)[] {
  const out: (RoleCue | null)[] = []
  let running: RoleCue | null = null
  let from = p.s.end
  for (const [n, a] of p.attached.entries()) {
    const start = mentionStart(a)
    for (let k = from; k < start; k++) {
      const m = CUE_TABLE.match(p.s.tokens, k, start)
      if (m?.value.midSentence) running = {role: m.value.role, index: k}
    }
    out[n] = running
    from = Math.max(start, mentionEnd(p, a).token)
  }
  return out
}

/** Every mention of the story, in reading order. */
export function storyMentions(blocks: readonly BlockWords[], known: Known | null): Mention[] {
  const out: Mention[] = []
  for (const words of blocks) {
    for (const [start, end] of sentences(words.tokens)) out.push(...sentenceMentions({...words, start, end, known}))
  }
  return out
}
