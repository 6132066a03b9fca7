import {describe, expect, it} from 'vitest'
import {EVENT_NOUNS, YEAR_NAMING_NOUNS} from '../../src/knowledge/event-types.js'

describe('event nouns', () => {
  it('name events in running text, both tone placements of tọa đàm included', () => {
    expect(EVENT_NOUNS).toEqual(expect.arrayContaining(['hội nghị', 'tập huấn', 'tọa đàm', 'toạ đàm', 'lớp']))
  })
  it('lets only meeting nouns carry the meeting’s year, not a programme’s', () => {
    expect(YEAR_NAMING_NOUNS).toContain('sơ kết')
    expect(YEAR_NAMING_NOUNS).not.toContain('chương trình')
    expect(YEAR_NAMING_NOUNS).not.toContain('buổi')
  })
})
