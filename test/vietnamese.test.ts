/** Reading like a Vietnamese site: dates, abbreviations, attendance as written, safe JSON-LD. */
import {describe, expect, it} from 'vitest'
import {splitAbbreviations} from '../src/render/abbr.js'
import {formatDateShort, formatDateValue} from '../src/render/dates.js'
import {eventJsonLd, personJsonLd, placeJsonLd} from '../src/render/jsonld.js'
import {processor, storyToHast, stringify} from '../src/render/processor.js'
import {Site} from '../src/render/site.js'
import {attendanceText} from '../templates/event/view.js'
import type {EventRecord} from '../src/types.js'
import {archiveFrom, sampleArticles, sampleInput} from './fixtures/archive-sample.js'

describe('dates', () => {
  it('reads "ngày 29 tháng 5 năm 2024" in prose, at each precision', () => {
    expect(formatDateValue('2024-05-29')).toBe('ngày 29 tháng 5 năm 2024')
    expect(formatDateValue('2024-05')).toBe('tháng 5 năm 2024')
    expect(formatDateValue('2024')).toBe('năm 2024')
  })
  it('reads "29/5/2024" in compact lists', () => {
    expect(formatDateShort('2024-05-29')).toBe('29/5/2024')
    expect(formatDateShort('2024-10-03')).toBe('3/10/2024')
    expect(formatDateShort('2024-05')).toBe('5/2024')
    expect(formatDateShort('2024')).toBe('2024')
  })
})

describe('abbreviations', () => {
  it('marks each abbreviation once, as a whole word, with its full form', () => {
    const seen = new Set<string>()
    const segments = splitAbbreviations('Phó Chủ tịch UBND tỉnh, Phó Giám đốc CATP; UBND huyện', seen)
    expect(segments.filter((s) => s.full)).toEqual([{text: 'UBND', full: 'Ủy ban nhân dân'}, {text: 'CATP', full: 'Công an Thành phố'}])
    expect(segments.map((s) => s.text).join('')).toBe('Phó Chủ tịch UBND tỉnh, Phó Giám đốc CATP; UBND huyện')
    expect(splitAbbreviations('HĐND và CVP', new Set()).map((s) => s.full)).toEqual(['Hội đồng nhân dân', undefined, 'Chánh Văn phòng'])
    expect(splitAbbreviations('UBNDX TSA ThSx', new Set()).some((s) => s.full)).toBe(false)
  })
  it('gives the story an <abbr title> on first use, never inside a link', () => {
    processor()
    const html = stringify({type: 'root', children: storyToHast(
      {id: 'x', format: 'txt', blocks: [{kind: 'paragraph', text: 'Lãnh đạo UBND tỉnh và UBND huyện.', line: 1, column: 1}], spans: []},
      () => null
    )})
    expect(html).toContain('<abbr title="Ủy ban nhân dân">UBND</abbr> tỉnh và UBND huyện')
  })
})

describe('attendance', () => {
  it('is shown as the article wrote it, never turned into "khoảng"', () => {
    const article = {...sampleArticles[0]!, evidence: {...sampleArticles[0]!.evidence, 'event.attendance': {line: 3, column: 1, text: 'với sự tham dự của hơn 350 đại biểu'}}}
    const archive = archiveFrom([article])
    const event = {...archive.events[0]!, attendance: 350}
    const site = new Site({...sampleInput(), archive: {...archive, events: [event]}})
    expect(attendanceText(site, event)).toBe('hơn 350 đại biểu')
    expect(attendanceText(site, {...event, attendance: 20})).toBe('20 người')
    expect(attendanceText(site, {...event, attendance: null})).toBeNull()
  })
})

describe('JSON-LD', () => {
  it('cannot close its <script>, for events, people and places', () => {
    const site = new Site(sampleInput())
    const hostile = '</script><script>alert(1)</script><!--'
    const event: EventRecord = {...site.eventsNewest[0]!, name: hostile, organizers: [hostile], venue: hostile}
    const official = {...[...site.officials.values()][0]!, name: hostile}
    const province = {...[...site.provinces.values()][0]!, name: hostile}
    for (const json of [eventJsonLd(site, event), personJsonLd(site, official), placeJsonLd(site, province)]) {
      expect(json).not.toMatch(/<|>/)
      expect(JSON.stringify(JSON.parse(json))).toContain(hostile)
    }
  })
  it('gives an event its date at its precision', () => {
    const site = new Site(sampleInput())
    const event = site.eventsNewest[0]!
    const data = JSON.parse(eventJsonLd(site, {...event, date: {value: '2024-05', precision: 'month', basis: ''}})) as Record<string, unknown>
    expect(data['@type']).toBe('Event')
    expect(data.startDate).toBe('2024-05')
  })
})
