/**
 * Attaching positions to mentions. A chain of positions (joined by a comma
 * or nothing) belongs to the mention before it when one separator stands
 * between ("Name, Position", "Name - Position"), else to the mention right
 * after it ("Position Name"), or after a comma when that mention has a rank
 * or title ("Position, Rank Name").
 */
import {NAME_POSITION_SEPARATORS, POSITION_CHAIN_GAPS} from '../../../knowledge/mentions.js'
import type {MentionUnit} from './mentions.js'
import type {Unit} from './parse.js'
import type {PositionUnit} from './positions.js'
import type {Sentence} from './state.js'

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
    if (!here || next?.type !== 'position' || !POSITION_CHAIN_GAPS.includes(gap(s, here.end, next.start))) return v
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

/** Each mention of the sentence with its positions. */
export function attachPositions(s: Sentence, units: readonly Unit[]): Attached[] {
  const owner = new Map<number, number>()
  for (let u = 0; u < units.length; ) {
    if (units[u]?.type !== 'position') {
      u++
      continue
    }
    const v = chainEnd(s, units, u)
    const to = chainOwner(s, units, {u, v})
    if (to >= 0) for (let w = u; w <= v; w++) owner.set(w, to)
    u = v + 1
  }
  return units.flatMap((mention, index) => {
    if (mention.type !== 'mention') return []
    const positions = [...owner].flatMap(([p, m]) => {
      const unit = units[p]
      return m === index && unit?.type === 'position' ? [{index: p, unit}] : []
    })
    return [{index, mention, positions}]
  })
}
