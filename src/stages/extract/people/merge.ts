/**
 * Merging the mentions of one person: by full name (short references carry
 * the key of the person they name); the rank is the first one given, or the
 * first military one; positions are merged, a longer form replacing a
 * shorter; the role is the strongest cue (chair > reporter > speaker >
 * attendee > mentioned). People are listed by first appearance, and someone
 * only ever cited ("theo chỉ đạo của Thủ tướng X") with no role is left out.
 */
import {ROLE_RANK} from '../../../knowledge/offices.js'
import {canonicalMilitaryRank} from '../../../knowledge/ranks.js'
import {isVietnameseSyllableShape} from '../../../knowledge/surnames.js'
import {fold} from '../../../text/normalize.js'
import {slug} from '../../../text/slug.js'
import type {Evidence, OfficialRecord, OfficialRole} from '../../../types.js'
import {evidenceAt} from '../context.js'
import type {Known} from './known.js'
import type {Mention} from './sentence.js'

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
  /**
   * The mentions whose positions the first mention does not say (a later
   * "Phó Giám đốc Công an tỉnh Bình Dương" completing "... Công an tỉnh"),
   * so the page quotes where each position was written.
   */
  positionEvidence: Evidence[]
}

/**
 * Record a position unless it is already there: equal to one, or a shorter
 * form of it ("Thứ trưởng" of "Thứ trưởng Bộ Công an"), compared folded. A
 * longer form replaces the shorter one in place.
 */
export function mergePosition(positions: string[], position: string): boolean {
  const key = fold(position)
  for (const [k, recorded] of positions.entries()) {
    const known = fold(recorded)
    if (known === key || known.startsWith(key)) return false
    if (key.startsWith(known)) {
      positions[k] = position
      return true
    }
  }
  positions.push(position)
  return true
}

function newPerson(m: Mention): Person {
  return {cited: true, name: m.name, key: m.key, rank: null, positions: [], role: 'mentioned', first: m, rankEvidence: null, roleEvidence: null, positionEvidence: []}
}

/** Add what one mention says to its person. */
function mergeMention(person: Person, m: Mention): void {
  person.cited &&= m.cited
  if (m.rank) {
    const military = canonicalMilitaryRank(m.rank.value) !== null
    if (!person.rank || (military && canonicalMilitaryRank(person.rank) === null)) {
      person.rank = m.rank.value
      person.rankEvidence = evidenceAt(m.block, m.rank.index, m.rank.text)
    }
  }
  let changed = false
  for (const p of m.positions) changed = mergePosition(person.positions, p) || changed
  if (changed && m !== person.first) person.positionEvidence.push(evidenceAt(m.block, m.index, m.text))
  if (ROLE_RANK[m.role] > ROLE_RANK[person.role] && m.roleCue) {
    person.role = m.role
    person.roleEvidence = evidenceAt(m.block, m.roleCue.index, m.roleCue.text)
  }
}

/** Whether two syllables differ by one letter added, dropped or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  const [x, y] = [a.slice(i), b.slice(i)]
  return x.slice(1) === y.slice(1) || x.slice(1) === y || x === y.slice(1)
}

/**
 * Misspelt names of a person the story also names rightly ("Đoàn Ming
 * Khôi" beside "Đoàn Minh Khôi"): the key of each to the key of the right
 * form. A name counts as misspelt only when one syllable has no Vietnamese
 * shape and it is one letter from the other name's syllable, every other
 * syllable the same; two real names never differ that way.
 */
export function misspellings(known: Known): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, parts] of known.names) {
    const bad = parts.findIndex((w) => !isVietnameseSyllableShape(w))
    if (bad < 0 || parts.some((w, k) => k !== bad && !isVietnameseSyllableShape(w))) continue
    for (const [other, right] of known.names) {
      if (other === key || right.length !== parts.length || !isVietnameseSyllableShape(right[bad]!)) continue
      if (right.every((w, k) => (k === bad ? oneEditApart(w, parts[k]!) : w === parts[k]))) {
        out.set(key, other)
        break
      }
    }
  }
  return out
}

/** The people of the second pass's mentions, by first appearance; a short reference before the full name waits for it. */
export function mergePeople(mentions: readonly Mention[], known: Known): Person[] {
  const aliases = misspellings(known)
  const ofKnown = mentions
    .filter((m) => known.names.has(m.key))
    .map((m) => (aliases.has(m.key) ? {...m, key: aliases.get(m.key)!} : m))
  for (const m of ofKnown) if (m.rank) known.addRank(m.key, m.rank.value)
  // The name as written rightly, for a person whose first mention is misspelt.
  const rightName = new Map<string, string>()
  for (const m of mentions) if (!m.refersTo && !aliases.has(m.key) && !rightName.has(m.key)) rightName.set(m.key, m.name)
  const people = new Map<string, Person>()
  for (const m of ofKnown) {
    let person = people.get(m.key)
    if (!person) {
      if (m.refersTo) continue
      person = newPerson(m)
      person.name = rightName.get(m.key) ?? m.name
      people.set(m.key, person)
    }
    mergeMention(person, m)
  }
  return [...people.values()]
}

/**
 * The records of the people of the story, with evidence keyed `officials.N`
 * (the first mention with its positions), `officials.N.rank`, `officials.N.role`,
 * and `officials.N.positions` where a later mention completed the positions.
 */
export function officialRecords(people: readonly Person[]): {officials: OfficialRecord[]; evidence: Record<string, Evidence>} {
  const officials: OfficialRecord[] = []
  const evidence: Record<string, Evidence> = {}
  for (const person of people) {
    if (person.cited && person.role === 'mentioned') continue
    const n = officials.length
    officials.push({name: person.name, slug: slug(person.name), rank: person.rank, positions: person.positions, role: person.role})
    evidence[`officials.${n}`] = evidenceAt(person.first.block, person.first.index, person.first.text)
    if (person.rankEvidence) evidence[`officials.${n}.rank`] = person.rankEvidence
    if (person.roleEvidence) evidence[`officials.${n}.role`] = person.roleEvidence
    // Only the mentions whose positions are still on the record (a later, longer form may replace an earlier one).
    const quoting = person.positionEvidence.filter((e) => 'text' in e && person.positions.some((p) => e.text.includes(p)))
    const last = quoting.at(-1)
    if (last) evidence[`officials.${n}.positions`] = last
  }
  return {officials, evidence}
}
