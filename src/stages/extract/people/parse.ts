/** One sentence read into units: its mentions and positions, in order. */
import {AFFILIATION_SEPARATORS} from '../../../knowledge/mentions.js'
import {mentionAt, type MentionUnit} from './mentions.js'
import {concurrentOfficeAt, membershipAt, officeAt, positionAt, representativeAt, type PositionUnit} from './positions.js'
import type {Sentence} from './state.js'

export type Unit = MentionUnit | PositionUnit

/**
 * "Name - Viện X", "Name (Sở Y)": an affiliation that starts with a body,
 * right after a name ending at `i`; "Name, giảng viên Học viện X": an office
 * written in lower case, right after the name's comma, or a representative
 * of a body ("Name, đại diện Cục X").
 */
function affiliationAt(s: Sentence, i: number): PositionUnit | null {
  const sep = s.tokens[i]
  if (!sep || !AFFILIATION_SEPARATORS.includes(sep.text) || officeAt(s, i + 1)) return null
  if (sep.text === ',' && (officeAt(s, i + 1, true) || representativeAt(s, i + 1))) return positionAt(s, i + 1, {lowerHead: true})
  return positionAt(s, i + 1, {bodyHead: true})
}

/**
 * The positions after a position's comma that open with a membership in lower
 * case ("Cục trưởng Cục X, thành viên Ban Chỉ đạo Y"), or after a concurrent
 * marker before an office ("Phó Chủ tịch X kiêm Giám đốc Y"): the same person's
 * next offices, parsed from `i` (the comma) on and pushed onto `units`.
 * Returns where parsing goes on.
 */
function membershipsAfter(s: Sentence, i: number, units: Unit[]): number {
  let k = i
  for (;;) {
    const membership = s.tokens[k]?.text === ',' && k + 1 < s.end && membershipAt(s, k + 1) ? 1 : 0
    // "Phó Chủ tịch X kiêm Giám đốc Y", "... kiêm trưởng ban Z": the office held concurrently.
    const skip = membership || concurrentOfficeAt(s, k)
    if (!skip) return k
    const next = positionAt(s, k + skip, {lowerHead: true})
    if (!next) return k
    units.push(next)
    k = next.end
  }
}

/** Find the mentions and positions of one sentence, in order. */
export function parseSentence(s: Sentence): Unit[] {
  const units: Unit[] = []
  let i = s.start
  while (i < s.end) {
    const mention = mentionAt(s, i)
    if (mention) {
      units.push(mention)
      i = Math.max(mention.end, i + 1)
      const affiliation = affiliationAt(s, i)
      if (affiliation) {
        units.push(affiliation)
        i = membershipsAfter(s, affiliation.end, units)
      }
      continue
    }
    const position = positionAt(s, i)
    if (position) units.push(position)
    i = position ? membershipsAfter(s, position.end, units) : i + 1
  }
  return units
}
