/** Ranks and titles before a name: "Đại tá", "PGS.TS", "Đại tá, PGS.TS", "NGƯT". */
import {RANK_SEPARATORS} from '../../../knowledge/mentions.js'
import {academicPart, canonicalMilitaryRank, recordedAcademicRank} from '../../../knowledge/ranks.js'
import {isCapitalised, isLowerWord, type Sentence} from './state.js'
import {ACADEMIC_FIELD_TABLE, HONORIFIC_TABLE, MILITARY, SPELLED_ACADEMIC} from './tables.js'

/** A rank (or academic title) found before a name. */
export interface RankMatch {
  start: number
  end: number
  /** The recorded rank: the military one when both kinds are given. */
  rank: string | null
}

interface RankPart {
  length: number
  military: string | null
  academic: string[]
  /** Whether the part is an honorific (`NGƯT`, `Anh hùng Lao động`): never a rank, but a name may follow it as it does a rank. */
  honorific: boolean
}

/** One rank part at `i`: a military rank, an academic title, or an honorific. */
function rankPartAt(s: Sentence, i: number): RankPart | null {
  const t = s.tokens[i]
  if (!t || t.kind !== 'word') return null
  const military = MILITARY.match(s.tokens, i, s.end)
  if (military) return {length: military.length, military: canonicalMilitaryRank(military.value), academic: [], honorific: false}
  if (/^\p{Lu}/u.test(t.text)) {
    const parts = t.text.includes('.') && !academicPart(t.text) ? t.text.split('.') : [t.text]
    const canon = parts.map(academicPart)
    if (canon.every((c): c is string => c !== null)) return {length: 1, military: null, academic: canon, honorific: false}
  }
  const spelled = SPELLED_ACADEMIC.match(s.tokens, i, s.end)
  if (spelled) return {length: spelled.length, military: null, academic: [academicPart(spelled.value) ?? spelled.value], honorific: false}
  const honorific = HONORIFIC_TABLE.match(s.tokens, i, s.end)
  if (honorific) return {length: honorific.length, military: null, academic: [], honorific: true}
  return null
}

/**
 * Where the rank run continues after a part ending at `j`: past a separator
 * when another part follows it, straight on when an honorific follows with
 * no separator ("PGS.TS NGƯT Trần ..."), and past the dot of an
 * abbreviation or an honorific ("TS. Nguyễn", "NGND. Lê"); `more` says
 * whether another part follows.
 */
function afterPart(s: Sentence, j: number, part: RankPart): {j: number; more: boolean} {
  const sep = s.tokens[j]
  if (HONORIFIC_TABLE.match(s.tokens, j, s.end)) return {j, more: true}
  if (!sep || !RANK_SEPARATORS.includes(sep.text)) return {j, more: false}
  if (rankPartAt(s, j + 1)) return {j: j + 1, more: true}
  if (sep.text === '.' && (part.academic.length > 0 || part.honorific) && isCapitalised(s.tokens[j + 1])) return {j: j + 1, more: false}
  return {j, more: false}
}

/**
 * Past a doctorate's field in lower case and a dash after it, when a
 * capitalised word (the name) follows: `TS luật học - Cao Thị Mận`. Where
 * the rank run ends.
 */
function afterField(s: Sentence, j: number): number {
  if (!isLowerWord(s.tokens[j])) return j
  const field = ACADEMIC_FIELD_TABLE.match(s.tokens, j, s.end)
  if (!field) return j
  let k = j + field.length
  if (s.tokens[k]?.text === '-' || s.tokens[k]?.text === '–') k++
  return isCapitalised(s.tokens[k]) ? k : j
}

/**
 * Ranks at `i`, possibly several joined by `,`, `.`, `-` ("Đại tá, PGS.TS",
 * "PGS. TS", "NGƯT, PGS.TS"), and a dot after an abbreviation ("TS.").
 */
export function rankAt(s: Sentence, i: number): RankMatch | null {
  let j = i
  let military: string | null = null
  const academic: string[] = []
  let found = false
  while (j < s.end) {
    const part = rankPartAt(s, j)
    if (!part) break
    found = true
    military ??= part.military
    for (const a of part.academic) if (!academic.includes(a)) academic.push(a)
    const next = afterPart(s, j + part.length, part)
    j = next.j
    if (!next.more) break
  }
  if (!found) return null
  if (academic.length > 0) j = afterField(s, j)
  const rank = military ?? recordedAcademicRank(academic)
  return {start: i, end: j, rank}
}
