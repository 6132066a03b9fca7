/**
 * The word lists moved out of the extractors' regexes: each list is well
 * formed, and the extractor built from it matches what it must and not
 * what it must not.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {DOTTED_ABBREVIATIONS} from '../../src/knowledge/abbreviations.js'
import {DOCUMENT_NOUNS, EARLIER_DATE_WORDS, PERIOD_OR_PLAN_WORDS} from '../../src/knowledge/calendar.js'
import {ATTENDANCE_FILLERS, ATTENDANCE_QUALIFIERS, CAPTION_NAME_OPENERS, NAMING_VERBS} from '../../src/knowledge/event-types.js'
import {COUNT_WORDS, CUE_QUALIFIERS, LIST_OPENERS, QUOTES, STRONG_OPENERS, TOPIC_CUES} from '../../src/knowledge/topics.js'
import {NOT_PLACE_WORDS, VENUE_NOUNS} from '../../src/knowledge/venues.js'
import {extractDate} from '../../src/stages/extract/date.js'
import {extractEvent} from '../../src/stages/extract/event.js'
import {extractPlace} from '../../src/stages/extract/place.js'
import {extractTopics} from '../../src/stages/extract/topics.js'
import {cleanText} from '../extract/pipeline.js'

const head = 'Tiêu đề bài viết về tập huấn nhân quyền\n\n'
const ctx = {file: new VFile(), authors: [], province: null, lead: null}

describe('the lists', () => {
  const lists = {DOCUMENT_NOUNS, EARLIER_DATE_WORDS, PERIOD_OR_PLAN_WORDS, ATTENDANCE_QUALIFIERS, ATTENDANCE_FILLERS, CAPTION_NAME_OPENERS, NAMING_VERBS, TOPIC_CUES, LIST_OPENERS, CUE_QUALIFIERS, VENUE_NOUNS, NOT_PLACE_WORDS}
  it.each(Object.entries(lists))('%s: lower case, NFC, trimmed, no repeats', (_name, list) => {
    for (const w of list) expect(w, w).toBe(w.normalize('NFC').trim().toLocaleLowerCase('vi'))
    expect(new Set(list).size).toBe(list.length)
  })
  it('strong openers are openers; qualifiers and fillers do not overlap', () => {
    for (const o of STRONG_OPENERS) expect(LIST_OPENERS).toContain(o)
    for (const f of ATTENDANCE_FILLERS) expect(ATTENDANCE_QUALIFIERS).not.toContain(f)
    expect(COUNT_WORDS.get('hai')).toBe(2)
    expect(QUOTES.get('“')).toBe('”')
    expect(DOTTED_ABBREVIATIONS.has('TP')).toBe(true)
  })
})

describe('venues', () => {
  it('a venue noun starts a hall name; words that name no place are not taken', () => {
    const at = (phrase: string) => extractPlace(cleanText(head + `Ngày 5/3/2024, Ban Chỉ đạo tổ chức hội nghị tập huấn tại ${phrase}.`).article)
    expect(at('Hội trường UBND tỉnh Bình Dương').venue).toBe('Hội trường UBND tỉnh Bình Dương')
    expect(at('Nhà văn hóa Lao động tỉnh Bình Dương').venue).toBe('Nhà văn hóa Lao động tỉnh Bình Dương')
    expect(at('Phú Yên').venue).toBeNull()
    expect(at('hội nghị').province).toBeNull()
    expect(at('cơ sở').province).toBeNull()
  })
})

describe('dates of documents and periods', () => {
  const dateOf = (text: string) => extractDate(cleanText(head + text).article).date?.value ?? null
  it('a date after a document or an earlier act is not the event’s', () => {
    expect(dateOf('Thực hiện Kế hoạch số 12 ngày 5/3/2024, Ban Chỉ đạo tổ chức hội nghị.')).not.toBe('2024-03-05')
    expect(dateOf('Nghị quyết được ban hành ngày 5/3/2024, nay tỉnh tổ chức hội nghị.')).not.toBe('2024-03-05')
  })
  it('a plain event date is', () => {
    expect(dateOf('Ngày 5/3/2024, Ban Chỉ đạo tổ chức hội nghị tập huấn.')).toBe('2024-03-05')
  })
})

describe('event words', () => {
  const event = (text: string) => extractEvent(cleanText(text).article, ctx).event
  it('a naming verb or a caption opener introduces the name', () => {
    expect(event('Sáng 5/3, Sở Tư pháp tổ chức Hội nghị tập huấn nhân quyền.').name).toBe('Hội nghị tập huấn nhân quyền')
    expect(event('Sáng 5/3, Sở Tư pháp họp bàn Hội nghị tập huấn nhân quyền, rồi giải tán').organizers).toEqual([])
  })
})

describe('topic cues', () => {
  it('a cue with an opener lists topics; a word that is no cue does not', () => {
    const topics = (text: string) => extractTopics(cleanText(text).article, ctx).topics.map((t) => t.name)
    expect(topics('Hội nghị nghe các chuyên đề gồm: “Công tác nhân quyền trong tình hình mới”, “Quyền của người khuyết tật”.')).toEqual([
      'Công tác nhân quyền trong tình hình mới',
      'Quyền của người khuyết tật'
    ])
    expect(topics('Hội nghị nghe các bài giảng gồm: “Công tác nhân quyền trong tình hình mới”.')).toEqual([])
  })
})
