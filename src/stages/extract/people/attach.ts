/**
 * Attaching positions to mentions. A chain of positions (joined by a comma
 * or nothing) belongs to the mention before it when one separator stands
 * between ("Name, Position", "Name - Position"), else to the mention right
 * after it ("Position Name"), or after a comma when that mention has a rank
 * or title ("Position, Rank Name").
 */
import {NAME_POSITION_SEPARATORS, POSITION_CHAIN_GAPS, POSITION_LIST_GAPS} from '../../../knowledge/mentions.js'
import type {MentionUnit} from './mentions.js'
import type {Unit} from './parse.js'
import type {PositionUnit} from './positions.js'
import type {Sentence} from './state.js'
import {CONCURRENT} from './tables.js'

/** A mention of the sentence with the positions attached to it. */
export interface Attached {
  /** The mention's index among the sentence's units. */
  index: number
  mention: MentionUnit
  /** The positions attached to it, in order, with their unit indexes. */
  positions: {index: number; unit: PositionUnit}[]
}

/** The texts of the tokens from `from` up to `to`, joined. */
const gap = (s: Sentence, from: number, to: number): string =>
  s.tokens.slice(from, to).map((t) => t.text).join('')

/** The last unit index of the chain of positions starting at `u`. */
function chainEnd(s: Sentence, units: readonly Unit[], u: number): number {
  let v = u
  for (;;) {
    const here = units[v]
    const next = units[v + 1]
    if (!here || next?.type !== 'position') return v
    const between = gap(s, here.end, next.start)
    // "X - Phó Giám đốc A; Ủy viên B đã ...": a semicolon joins a second
    // office of the same person only when no name follows it (in a list,
    // "...; Phó Chủ tịch B Trần C" opens the next person).
    const listed = POSITION_LIST_GAPS.includes(between) && units[v + 2]?.type !== 'mention'
    // "Phó Chủ tịch X kiêm Giám đốc Y": two offices of one person.
    const concurrent = CONCURRENT.match(s.tokens, here.end, next.start)?.length === next.start - here.end
    if (!POSITION_CHAIN_GAPS.includes(between) && !listed && !concurrent) return v
    v++
  }
}

/** The unit index of the mention the chain `[u, v]` belongs to, or -1. */
function chainOwner(s: Sentence, units: readonly Unit[], chain: {u: number; v: number}): number {
  const prev = units[chain.u - 1]
  const next = units[chain.v + 1]
  const first = units[chain.u]
  const last = units[chain.v]
  if (!first || !last) return -1
  if (prev?.type === 'mention') {
    const before = s.tokens.slice(prev.end, first.start)
    if (before.length === 1 && NAME_POSITION_SEPARATORS.includes(before[0]?.text ?? '')) return chain.u - 1
  }
  if (next?.type !== 'mention') return -1
  const after = s.tokens.slice(last.end, next.start)
  if (after.length === 0) return chain.v + 1
  if ((next.rank || next.title) && gap(s, last.end, next.start) === ',') return chain.v + 1
  return -1
}

/** Each mention of the sentence with its positions (linear in the units: a sentence may hold thousands). */
export function attachPositions(s: Sentence, units: readonly Unit[]): Attached[] {
  const byMention = new Map<number, Attached>()
  units.forEach((mention, index) => {
    if (mention.type === 'mention') byMention.set(index, {index, mention, positions: []})
  })
  for (let u = 0; u < units.length; ) {
    const unit = units[u]
    if (unit?.type !== 'position') {
      u++
      continue
    }
    const v = chainEnd(s, units, u)
    const owner = byMention.get(chainOwner(s, units, {u, v}))
    for (let w = u; w <= v; w++) {
      const position = units[w]
      if (owner && position?.type === 'position') owner.positions.push({index: w, unit: position})
    }
    u = v + 1
  }
  return [...byMention.values()]
}
