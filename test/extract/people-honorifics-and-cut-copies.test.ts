/**
 * Honorific titles next to a rank ("PGS.TS. NGƯT. Lê Văn A"), minority
 * names, a unit named in sentence case with `và` before its parent body,
 * and a mention whose position a truncated copy cuts off: small invented
 * strings through the people parser.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {extractOfficials} from '../../src/stages/extract/people/index.js'
import {rankAt} from '../../src/stages/extract/people/rank.js'
import {storyMentions} from '../../src/stages/extract/people/sentence.js'
import {blockWords, wholeBlock, type Sentence} from '../../src/stages/extract/people/state.js'
import {normalizeText} from '../../src/text/normalize.js'
import {cleanText} from './pipeline.js'

const words = (text: string) => blockWords({kind: 'paragraph', text: normalizeText(text), line: 1, column: 1})
const sentence = (text: string): Sentence => wholeBlock(words(text), null)
/** Each person of a text: name | rank | positions | role. */
const people = (text: string): string[] =>
  storyMentions([words(text)], null).map((m) => `${m.name} | ${m.rank?.value ?? '-'} | ${m.positions.join('; ')} | ${m.role}`)

describe('honorifics beside a rank', () => {
  it('keeps the rank and skips the honorific, with or without dots and commas', () => {
    for (const text of ['PGS.TS. NGƯT. Lê Văn Khoa', 'PGS.TS NGƯT Lê Văn Khoa', 'PGS.TS, Nhà giáo ưu tú Lê Văn Khoa', 'Anh hùng Lao động, PGS.TS Lê Văn Khoa']) {
      const s = sentence(text)
      expect(rankAt(s, 0), text).toMatchObject({rank: 'PGS.TS', end: s.texts.indexOf('Lê')})
    }
  })
  it('records no rank for an honorific alone, and never puts it in the name', () => {
    expect(people('TTND. Đỗ Thị Hoa, Giám đốc Bệnh viện tỉnh, phát biểu.')).toEqual(['Đỗ Thị Hoa | - | Giám đốc Bệnh viện tỉnh | speaker'])
  })
  it('gives people after "có sự tham gia của" their role across the honorific', () => {
    expect(people('Về phía Trường Đại học Y có sự tham gia của GS.TS. NGND. Lê Văn Khoa, Hiệu trưởng; TS. Phan Minh Đức, Trưởng khoa.')).toEqual([
      'Lê Văn Khoa | GS.TS | Hiệu trưởng | attendee',
      'Phan Minh Đức | TS | Trưởng khoa | attendee'
    ])
  })
})

describe('ethnic-minority names', () => {
  it('reads Hmong and Dao family names (Ly, Hạng, Sần) as the start of a name', () => {
    expect(people('Dự có ThS. Ly Mí Sính, Phó Chủ tịch UBND huyện; ông Hạng A Tủa, Trưởng bản, và ông Sần Chỉn Mẩy, Bí thư Đảng ủy xã.')).toEqual([
      'Ly Mí Sính | - | Phó Chủ tịch UBND huyện | attendee',
      'Hạng A Tủa | - | Trưởng bản | attendee',
      'Sần Chỉn Mẩy | - | Bí thư Đảng ủy xã | attendee'
    ])
  })
})

describe('a unit named in sentence case, then its parent body', () => {
  it('keeps `và` and the lower-case field after it when a comma and the parent body close them', () => {
    expect(people('Dự có TS Lê Văn Khoa, Trưởng phòng Nghiên cứu Quyền trẻ em và bình đẳng giới, Viện Nghiên cứu gia đình, văn hóa và du lịch; ông Phan Minh Đức, Giám đốc Sở Tư pháp.')).toEqual([
      'Lê Văn Khoa | TS | Trưởng phòng Nghiên cứu Quyền trẻ em và bình đẳng giới, Viện Nghiên cứu gia đình, văn hóa và du lịch | attendee',
      'Phan Minh Đức | - | Giám đốc Sở Tư pháp | attendee'
    ])
  })
  it('does not run on over `và` into the next people or a plural', () => {
    expect(people('Dự có ông Lê Văn Khoa, Giám đốc Trung tâm trợ giúp pháp lý và các cán bộ, Sở Tư pháp.')).toEqual([
      'Lê Văn Khoa | - | Giám đốc Trung tâm trợ giúp pháp lý | attendee'
    ])
  })
})

describe('a list cut off by a truncated copy', () => {
  /** The officials of a story read through the clean stage: name | rank | positions | role. */
  const officials = (text: string): string[] =>
    extractOfficials(cleanText(text).article, {file: new VFile(), authors: [], province: null, lead: null}).officials.map(
      (o) => `${o.name} | ${o.rank ?? '-'} | ${o.positions.join('; ')} | ${o.role}`
    )
  const lead = 'Sáng 5/3, Trường Đại học Luật tổ chức hội thảo khoa học về quyền trẻ em với nhiều nhà nghiên cứu trong nước và quốc tế tham dự.'
  it('keeps the person of the broken item, without the half position, under the list cue', () => {
    expect(officials(`${lead}\n\nVề phía nhà trường có sự tham gia của GS.TS Lê Văn Khoa, Hiệu trưởng; TS. Phan Minh Đức, Trưởng khoa Luật hành chính; PGS.TS Đỗ Thị Hoa – Phó Hiệu trư`)).toEqual([
      'Lê Văn Khoa | GS.TS | Hiệu trưởng | attendee',
      'Phan Minh Đức | TS | Trưởng khoa Luật hành chính | attendee',
      'Đỗ Thị Hoa | PGS.TS |  | attendee'
    ])
  })
  it('reads no name cut in half', () => {
    expect(officials(`${lead}\n\nVề phía nhà trường có sự tham gia của GS.TS Lê Văn Khoa, Hiệu trưởng; TS. Phan Minh Đức, Trưởng khoa Luật hành chính; PGS.TS Đỗ Thị H`)).toEqual([
      'Lê Văn Khoa | GS.TS | Hiệu trưởng | attendee',
      'Phan Minh Đức | TS | Trưởng khoa Luật hành chính | attendee'
    ])
  })
})
