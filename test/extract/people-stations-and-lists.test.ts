/**
 * Positions that run past a word that usually ends them: a stationed
 * office's `tại <place>` ("Đại sứ X tại Việt Nam"), the comma inside a body
 * named after a list of fields in lower case ("Ban chỉ đạo công tác A, B và
 * C tỉnh"), and people listed together before one verb (round b14).
 * Invented sentences, with the structure of the articles that showed them.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {extractOfficials} from '../../src/stages/extract/people/index.js'
import {normalizeText} from '../../src/text/normalize.js'
import type {Block, CleanArticle, OfficialRecord} from '../../src/types.js'

function officials(...paragraphs: string[]): OfficialRecord[] {
  const blocks: Block[] = paragraphs.map((p, i) => ({kind: 'paragraph', text: normalizeText(p), line: i + 1, column: 1}))
  const clean: CleanArticle = {path: 't.txt', headline: null, blocks, datelines: [], scraperDate: null, bylines: [], outletMark: null, truncated: false, removed: []}
  return extractOfficials(clean, {file: new VFile(), authors: [], province: null, lead: null}).officials
}

/** `name | role | positions` lines. */
const brief = (list: OfficialRecord[]): string[] => list.map((o) => [o.name, o.role, o.positions.join(' // ')].join(' | '))

describe('a stationed office keeps `tại` and its place', () => {
  it('ambassadors and consuls general, with the place a country, the home country or a city', () => {
    expect(brief(officials(
      'Dự hội thảo có bà Ingrid Solberg, Đại sứ Vương quốc Na Uy tại Việt Nam; ông Kenji Sato, Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh.',
      'Ông Mark Howe, Phó Đại sứ Úc tại Hà Nội phát biểu tại hội thảo.'
    ))).toEqual([
      'Ingrid Solberg | attendee | Đại sứ Vương quốc Na Uy tại Việt Nam',
      'Kenji Sato | attendee | Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh',
      'Mark Howe | speaker | Phó Đại sứ Úc tại Hà Nội'
    ])
  })
  it('a body of a mission in the position, and a stationed office before the name', () => {
    expect(brief(officials(
      'Bà Lê Thu Hằng, cán bộ dự án, và ông Paul Reed, Tham tán Đại sứ quán Canada tại Việt Nam cùng dự.',
      'Đại sứ Việt Nam tại Nhật Bản Đỗ Minh Khuê cho biết dự án kéo dài ba năm.'
    )).slice(-2)).toEqual([
      'Paul Reed | attendee | Tham tán Đại sứ quán Canada tại Việt Nam',
      'Đỗ Minh Khuê | speaker | Đại sứ Việt Nam tại Nhật Bản'
    ])
  })
  it('elsewhere `tại` still ends a position: not a stationed office, or no known place after it', () => {
    expect(officials(
      'Ông Trần Văn Lộc, Giám đốc Sở Tư pháp tại Hà Nội cho biết.',
      'Bà Helen Park, Đại sứ Hàn Quốc tại Hội thảo khẳng định.'
    ).map((o) => o.positions.join(' // '))).toEqual(['Giám đốc Sở Tư pháp', 'Đại sứ Hàn Quốc'])
  })
})
