/**
 * The parts of the people parser on small strings: names, ranks, mentions,
 * positions, attaching, roles and merging, each through its own module.
 */
import {describe, expect, it} from 'vitest'
import {attachPositions} from '../../src/stages/extract/people/attach.js'
import {Known} from '../../src/stages/extract/people/known.js'
import {mentionAt} from '../../src/stages/extract/people/mentions.js'
import {mergePosition} from '../../src/stages/extract/people/merge.js'
import {nameAt} from '../../src/stages/extract/people/names.js'
import {parseSentence} from '../../src/stages/extract/people/parse.js'
import {positionAt} from '../../src/stages/extract/people/positions.js'
import {rankAt} from '../../src/stages/extract/people/rank.js'
import {storyMentions} from '../../src/stages/extract/people/sentence.js'
import {blockWords, spanText, wholeBlock, type Sentence} from '../../src/stages/extract/people/state.js'
import {nameKey, normalizeText} from '../../src/text/normalize.js'

/** A sentence state over a whole string. */
function sentence(text: string, known: Known | null = null): Sentence {
  return wholeBlock(blockWords({kind: 'paragraph', text: normalizeText(text), line: 1, column: 1}), known)
}

/** The index of the token that starts `word`. */
const at = (s: Sentence, word: string): number => s.texts.indexOf(word)

const span = (s: Sentence, range: {start: number; end: number} | readonly [number, number] | null): string | null =>
  range === null ? null : 'start' in range ? spanText(s, range.start, range.end).text : spanText(s, range[0], range[1]).text

function knownOf(...names: string[]): Known {
  const known = new Known()
  for (const n of names) known.addName(nameKey(n), n)
  return known
}

describe('names', () => {
  it('starts after a place inside a run of capitals, never inside the place', () => {
    const s = sentence('Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh phát biểu')
    expect(span(s, nameAt(s, at(s, 'Võ')))).toBe('Võ Văn Minh')
    expect(nameAt(s, at(s, 'Dương'))).toBeNull()
  })
  it('is no name after a street word', () => {
    const s = sentence('trên đường Nguyễn Văn Cừ')
    expect(nameAt(s, at(s, 'Nguyễn'))).toBeNull()
  })
})

describe('ranks', () => {
  it('joins a military rank and an academic title, keeping the military one', () => {
    const s = sentence('Đại tá, PGS.TS Nguyễn Văn An')
    const rank = rankAt(s, 0)
    expect(rank?.rank).toBe('Đại tá')
    expect(rank?.end).toBe(at(s, 'Nguyễn'))
  })
  it('reads "PGS. TS" as one title and takes the dot of "TS." before a name', () => {
    const s = sentence('PGS. TS. Trần Thị Bình')
    expect(rankAt(s, 0)).toMatchObject({rank: 'PGS.TS', end: at(s, 'Trần')})
  })
  it('finds none at an office head', () => {
    expect(rankAt(sentence('Giám đốc Sở'), 0)).toBeNull()
  })
})

describe('positions', () => {
  it('continues over a comma before a body and ends at the predicate', () => {
    const s = sentence('Phó Cục trưởng Cục Đối ngoại, Bộ Công an phát biểu')
    expect(span(s, positionAt(s, 0))).toBe('Phó Cục trưởng Cục Đối ngoại, Bộ Công an')
  })
  it('ends before a name and before a breaker word', () => {
    const s = sentence('Giám đốc Công an tỉnh Nguyễn Văn Bình tại hội nghị')
    expect(span(s, positionAt(s, 0))).toBe('Giám đốc Công an tỉnh')
    const t = sentence('Bí thư Tỉnh ủy tại hội nghị')
    expect(span(t, positionAt(t, 0))).toBe('Bí thư Tỉnh ủy')
  })
  it('takes a body as head only for an affiliation', () => {
    const s = sentence('Viện Quyền con người')
    expect(positionAt(s, 0)).toBeNull()
    expect(span(s, positionAt(s, 0, {bodyHead: true}))).toBe('Viện Quyền con người')
  })
})

describe('mentions', () => {
  it('reads title, rank and name as one mention', () => {
    const s = sentence('đồng chí Thiếu tướng Nguyễn Văn Kỷ phát biểu')
    expect(mentionAt(s, 0)).toMatchObject({title: true, rank: {rank: 'Thiếu tướng'}, refersTo: null})
    expect(span(s, mentionAt(s, 0))).toBe('đồng chí Thiếu tướng Nguyễn Văn Kỷ')
  })
  it('resolves a short reference only in the second pass and only to one person', () => {
    expect(mentionAt(sentence('Thứ trưởng Hùng phát biểu'), 0)).toBeNull()
    const one = sentence('Thứ trưởng Hùng phát biểu', knownOf('Lê Quốc Hùng'))
    expect(mentionAt(one, 0)?.refersTo).toBe(nameKey('Lê Quốc Hùng'))
    const two = sentence('Thứ trưởng Hùng phát biểu', knownOf('Lê Quốc Hùng', 'Trần Văn Hùng'))
    expect(mentionAt(two, 0)).toBeNull()
  })
  it('is no reference when the capitals run on ("Thủ tướng Chính phủ")', () => {
    expect(mentionAt(sentence('Thủ tướng Chính phủ yêu cầu', knownOf('Phạm Minh Chính')), 0)).toBeNull()
  })
})

describe('attaching positions', () => {
  const positionsOf = (text: string): string[][] => {
    const s = sentence(text)
    return attachPositions(s, parseSentence(s)).map((a) => a.positions.map((p) => spanText(s, p.unit.start, p.unit.end).text))
  }
  it('attaches after a name and a comma, and before a name', () => {
    expect(positionsOf('Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng phát biểu')).toEqual([['Phó Chánh Văn phòng']])
    expect(positionsOf('Chủ tịch UBND tỉnh Nguyễn Văn An chủ trì')).toEqual([['Chủ tịch UBND tỉnh']])
  })
  it('attaches "Position, Rank Name" forward only when the name has a rank or title', () => {
    expect(positionsOf('Phó Giám đốc Công an tỉnh, Đại tá Trần Văn Bình dự')).toEqual([['Phó Giám đốc Công an tỉnh']])
  })
})

describe('roles', () => {
  const roles = (text: string): string[] => {
    const s = sentence(text)
    return storyMentions([s], null).map((m) => `${m.name}: ${m.role}`)
  }
  it('lets people joined by "và" share the predicate after the last', () => {
    expect(roles('Đại tá Nguyễn Văn An và Thượng tá Trần Văn Bình đồng chủ trì hội nghị.')).toEqual([
      'Nguyễn Văn An: chair',
      'Trần Văn Bình: chair'
    ])
  })
  it('gives a list cue to everyone and a speaker cue to the first only', () => {
    expect(roles('Đến dự có Đại tá Nguyễn Văn An, Thượng tá Trần Văn Bình.')).toEqual(['Nguyễn Văn An: attendee', 'Trần Văn Bình: attendee'])
    expect(roles('Phát biểu tại hội nghị, Đại tá Nguyễn Văn An đánh giá cao Thượng tá Trần Văn Bình.')).toEqual([
      'Nguyễn Văn An: speaker',
      'Trần Văn Bình: mentioned'
    ])
  })
  it('makes the presenter of a chuyên đề a reporter', () => {
    expect(roles('TS Nguyễn Thị Thu trình bày hai chuyên đề.')).toEqual(['Nguyễn Thị Thu: reporter'])
  })
})

describe('merging positions', () => {
  it('keeps the longer form in place and drops shorter repeats', () => {
    const list = ['Thứ trưởng']
    mergePosition(list, 'Thứ trưởng Bộ Công an')
    mergePosition(list, 'thứ trưởng')
    mergePosition(list, 'Ủy viên Trung ương Đảng')
    expect(list).toEqual(['Thứ trưởng Bộ Công an', 'Ủy viên Trung ương Đảng'])
  })
})
