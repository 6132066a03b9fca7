/**
 * Positions that run past a word that usually ends them: a stationed
 * office's `tại <place>` ("Đại sứ X tại Việt Nam"), the comma inside a body
 * named after a list of fields in lower case ("Ban chỉ đạo phong trào A, B và
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
      'Tới dự tọa đàm có bà Ingrid Solberg, Đại sứ Vương quốc Na Uy tại Việt Nam; ông Kenji Sato, Tổng Lãnh sự Nhật Bản tại TP. Hồ Chí Minh.',
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

describe('a comma inside a body named after a list of fields in lower case', () => {
  it('continues the position, and the verb after the list still gives the role', () => {
    expect(brief(officials(
      'Sáng 9/3, đồng chí Hoàng Văn Sính - Phó Chủ tịch UBND huyện, Trưởng Ban chỉ đạo phong trào dân vận, dân tộc và miền núi huyện chủ trì buổi họp.',
      'Bà Đinh Thị Nga, Phó Trưởng ban chỉ đạo về dân số, gia đình và bình đẳng giới tỉnh Yên Bái tới dự.'
    ))).toEqual([
      'Hoàng Văn Sính | chair | Phó Chủ tịch UBND huyện // Trưởng Ban chỉ đạo phong trào dân vận, dân tộc và miền núi huyện',
      'Đinh Thị Nga | attendee | Phó Trưởng ban chỉ đạo về dân số, gia đình và bình đẳng giới tỉnh Yên Bái'
    ])
  })
  it('ends the position when the words after the comma open an office, a companion or the story', () => {
    expect(brief(officials(
      'Ông Vi Văn Thắm, Chủ tịch Hội Nông dân xã, trưởng đoàn và các thành viên đã làm việc tại huyện.',
      'Ông Lục Văn Hào, Giám đốc Sở Nội vụ tỉnh, cùng lãnh đạo và cán bộ của sở dự hội nghị.',
      'Bà Sầm Thị Én, Trưởng phòng văn hóa huyện, nguyên giám đốc trung tâm và thư viện phát biểu.'
    ))).toEqual([
      'Vi Văn Thắm | mentioned | Chủ tịch Hội Nông dân xã',
      'Lục Văn Hào | attendee | Giám đốc Sở Nội vụ tỉnh',
      'Sầm Thị Én | mentioned | Trưởng phòng văn hóa huyện'
    ])
  })
})

describe('people listed together before one verb', () => {
  it('co-chairs of a photo caption, with a <br> tag between them, are each a chair; the opening speech makes a speaker', () => {
    expect(brief(officials(
      'PGS.TS.Trịnh Quốc Bảo, Phó Viện trưởng Viện X, <br>phát biểu mở đầu Tọa đàm',
      'PGS.TS.Trịnh Quốc Bảo, Bà Margit Olsen <br>và TS. Henrik Lund chủ trì Tọa đàm',
      'Bà Lại Thị Yến, Vụ trưởng Vụ Hợp tác quốc tế, <br>phát biểu mở đầu Tọa đàm'
    ))).toEqual([
      'Trịnh Quốc Bảo | chair | Phó Viện trưởng Viện X',
      'Margit Olsen | chair | ',
      'Henrik Lund | chair | ',
      'Lại Thị Yến | speaker | Vụ trưởng Vụ Hợp tác quốc tế'
    ])
  })
})

describe('memberships, presenters heard in a list and body names with a breaker (round b16)', () => {
  it('a lower-case membership after a position\'s comma is the next office, and the verb after it gives the role', () => {
    expect(brief(officials(
      'Ông Quách Văn Lực, Vụ trưởng Vụ Pháp chế, Bộ Nội vụ, thành viên Hội đồng Phối hợp phổ biến pháp luật chủ trì buổi họp.',
      'Bà Tạ Thị Mơ, Phó Giám đốc Sở Tư pháp, ủy viên Ban Thường vụ Đảng ủy Khối tới dự.',
      'Ông Khổng Văn Tuấn, thành viên Ban Chỉ đạo huyện phát biểu.'
    ))).toEqual([
      'Quách Văn Lực | chair | Vụ trưởng Vụ Pháp chế, Bộ Nội vụ // thành viên Hội đồng Phối hợp phổ biến pháp luật',
      'Tạ Thị Mơ | attendee | Phó Giám đốc Sở Tư pháp // ủy viên Ban Thường vụ Đảng ủy Khối',
      'Khổng Văn Tuấn | speaker | thành viên Ban Chỉ đạo huyện'
    ])
  })
  it('a membership with no body after it is no office', () => {
    expect(brief(officials('Ông Lục Văn Sơn, Giám đốc Sở Y tế, thành viên các tổ công tác dự họp.'))).toEqual([
      'Lục Văn Sơn | mentioned | Giám đốc Sở Y tế'
    ])
  })
  it('each person the audience hears present or report a subject is a presenter; a report alone is a speech', () => {
    expect(brief(officials(
      'Tiếp đó, hội nghị đã nghe ông Kiều Văn Đức, Phó Vụ trưởng Vụ Pháp chế trình bày điểm mới của Luật Thanh niên; bà Lò Thị Hoa, Phó Chánh Văn phòng Bộ báo cáo kết quả công tác quý I.',
      'Ông Mạc Văn Tùng, Giám đốc Sở Tư pháp báo cáo kết quả công tác năm.'
    ))).toEqual([
      'Kiều Văn Đức | reporter | Phó Vụ trưởng Vụ Pháp chế',
      'Lò Thị Hoa | reporter | Phó Chánh Văn phòng Bộ',
      'Mạc Văn Tùng | speaker | Giám đốc Sở Tư pháp'
    ])
  })
  it('a phrase that opens with a breaker but names a body ("sau đại học") stays in the position; a real clause does not', () => {
    expect(brief(officials(
      'TS. Âu Thị Lan – Phó Trưởng phòng quản lý đào tạo sau đại học dự hội thảo.',
      'Ông Ninh Văn Hải, Giám đốc Trung tâm đào tạo từ xa, phát biểu.',
      'Bà Thân Thị Vui, Giám đốc Sở Nội vụ sau đại hội đã phát biểu.'
    ))).toEqual([
      'Âu Thị Lan | attendee | Phó Trưởng phòng quản lý đào tạo sau đại học',
      'Ninh Văn Hải | speaker | Giám đốc Trung tâm đào tạo từ xa',
      'Thân Thị Vui | mentioned | Giám đốc Sở Nội vụ'
    ])
  })
})
