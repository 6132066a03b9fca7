import {describe, expect, it} from 'vitest'
import {
  AFFILIATION_SEPARATORS,
  CITING_WORDS,
  COMPANION_OPENERS,
  NAME_POSITION_SEPARATORS,
  PERSON_TITLES,
  POSITION_CHAIN_GAPS,
  POSITION_DASHES,
  POSITION_JOINERS,
  PREDICATE_SHARING_GAP,
  PRESENTING_PREDICATES,
  RANK_SEPARATORS,
  REFERENCE_END_WORDS,
  REPORT_NOUNS
} from '../../src/knowledge/mentions.js'
import {POSITION_BREAKERS, PREDICATES} from '../../src/knowledge/offices.js'

const WORD_LISTS = {PERSON_TITLES, CITING_WORDS, PREDICATE_SHARING_GAP, REFERENCE_END_WORDS, POSITION_JOINERS, COMPANION_OPENERS, REPORT_NOUNS}

describe('words of the mention grammar', () => {
  it('are lower case NFC, as `Token.lower` compares them', () => {
    for (const [name, list] of Object.entries(WORD_LISTS)) {
      for (const w of list) expect(w, name).toBe(w.normalize('NFC').toLowerCase())
    }
  })
  it('titles introduce a person, and a position ends before one', () => {
    expect(PERSON_TITLES).toEqual(expect.arrayContaining(['đồng chí', 'ông', 'bà']))
    expect(PERSON_TITLES).not.toContain('anh')
    expect(PERSON_TITLES).not.toContain('đại biểu')
    for (const t of PERSON_TITLES) expect(POSITION_BREAKERS, t).toContain(t)
  })
  it('only a possessive makes a mention a citation; companions are present', () => {
    expect(CITING_WORDS).toContain('của')
    for (const w of ['cùng', 'với', 'và', 'theo']) expect(CITING_WORDS).not.toContain(w)
  })
  it('people joined by "và", "cùng" or a comma share a predicate; a citation or "thay mặt" does not join', () => {
    // `;` joins co-chairs listed with their offices (`A, pos; B, pos chủ trì`, blind round b6).
    expect(PREDICATE_SHARING_GAP).toEqual(expect.arrayContaining(['và', ',', ';', 'cùng']))
    for (const w of ['của', 'thay mặt', ':']) expect(PREDICATE_SHARING_GAP).not.toContain(w)
  })
  it('a short reference may end at a joiner, which is never part of a name or an office', () => {
    expect(REFERENCE_END_WORDS).toContain('và')
    for (const w of REFERENCE_END_WORDS) expect(PREDICATE_SHARING_GAP, w).toContain(w)
    expect(REFERENCE_END_WORDS).not.toContain('phủ')
  })
  it('the companion opener ends a position, so the predicate after it can be found', () => {
    expect(COMPANION_OPENERS).toEqual(['cùng'])
    for (const w of COMPANION_OPENERS) expect(POSITION_BREAKERS, w).toContain(w)
  })
  it('"và" joins bodies inside a position but is no breaker', () => {
    expect(POSITION_JOINERS).toContain('và')
    for (const w of POSITION_JOINERS) expect(POSITION_BREAKERS).not.toContain(w)
  })
  it('report nouns are the object of the reporter predicates', () => {
    expect(REPORT_NOUNS).toContain('chuyên đề')
    const reporters = PREDICATES.filter((p) => p.role === 'reporter').map((p) => p.phrase)
    for (const n of REPORT_NOUNS) expect(reporters.some((r) => r.endsWith(n)), n).toBe(true)
    expect(REPORT_NOUNS).not.toContain('hội nghị')
  })
})

describe('marks of the mention grammar', () => {
  it('a position follows a name after a comma, a dash, a bracket or a colon; never after a sentence end or a list break', () => {
    expect(NAME_POSITION_SEPARATORS).toEqual(expect.arrayContaining([',', '-', '–', '(', ':']))
    for (const m of ['.', ';', '!', '?']) expect(NAME_POSITION_SEPARATORS).not.toContain(m)
  })
  it('an affiliation follows a name like a position, but not after a colon', () => {
    for (const m of AFFILIATION_SEPARATORS) expect(NAME_POSITION_SEPARATORS, m).toContain(m)
    expect(AFFILIATION_SEPARATORS).not.toContain(':')
  })
  it('ranks join with a comma, a dot or a dash ("Đại tá, PGS.TS", "PGS. TS", "PGS-TS"); not a bracket or a colon', () => {
    expect(RANK_SEPARATORS).toEqual(expect.arrayContaining([',', '.', '-', '–']))
    for (const m of ['(', ':', ';']) expect(RANK_SEPARATORS).not.toContain(m)
  })
  it('positions continue over a hyphen or an en dash; a chain of positions is joined by nothing or a comma', () => {
    expect([...POSITION_DASHES].sort()).toEqual(['&', '-', '–'])
    expect(POSITION_CHAIN_GAPS).toEqual(expect.arrayContaining(['', ',']))
    for (const m of [';', 'và', ':']) expect(POSITION_CHAIN_GAPS).not.toContain(m)
  })
})

describe('presenting predicates', () => {
  it('are each a speech predicate of `PREDICATES`, which a listening audience turns into presenting', () => {
    for (const p of PRESENTING_PREDICATES) expect(PREDICATES.find((x) => x.phrase === p)?.role, p).toBe('speaker')
    expect(PRESENTING_PREDICATES).toEqual(expect.arrayContaining(['trình bày', 'báo cáo']))
  })
})
