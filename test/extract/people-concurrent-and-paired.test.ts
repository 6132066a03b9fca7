/**
 * Positions held concurrently (`kiêm`), a steering board's name that holds
 * a verb (`Ban điều hành`), the deputy head of a `Văn phòng` printed
 * without `Chánh`, and bodies named with a paired term's comma (round b15).
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

describe('`kiêm` between two offices', () => {
  it('ends the first position and opens the second, before or after the name', () => {
    expect(brief(officials(
      'Phó Hiệu trưởng Trường Đại học Luật kiêm Giám đốc Trung tâm Thông tin Pháp luật, TS Hà Minh Châu phát biểu tại buổi tọa đàm.',
      'Ông Lý Quốc Bảo, Phó Chủ tịch HĐND huyện kiêm trưởng phòng Phòng Tư pháp huyện chủ trì hội nghị.'
    ))).toEqual([
      'Hà Minh Châu | speaker | Phó Hiệu trưởng Trường Đại học Luật // Giám đốc Trung tâm Thông tin Pháp luật',
      'Lý Quốc Bảo | chair | Phó Chủ tịch HĐND huyện // trưởng phòng Phòng Tư pháp huyện'
    ])
  })
})

describe('a board whose name holds a verb', () => {
  it('`Ban điều hành` at the end of a caption line is the board, not chairing', () => {
    expect(brief(officials(
      'PGS.TS Mai Thế Vinh, Hiệu trưởng Trường Cao đẳng Luật, Trưởng Ban điều hành',
      'Chương trình tuyên truyền pháp luật cùng các học viên.'
    ))).toEqual(['Mai Thế Vinh | mentioned | Hiệu trưởng Trường Cao đẳng Luật // Trưởng Ban điều hành'])
  })
})

describe('the deputy of a Văn phòng without `Chánh`', () => {
  it('is an office after a comma', () => {
    expect(brief(officials(
      'Đại tá Hồ Văn Tâm, Phó Cục trưởng Cục Pháp luật, Bộ Quốc phòng, Phó Văn phòng Ban Phòng chống thiên tai Quốc gia phát biểu.'
    ))).toEqual(['Hồ Văn Tâm | speaker | Phó Cục trưởng Cục Pháp luật, Bộ Quốc phòng // Phó Văn phòng Ban Phòng chống thiên tai Quốc gia'])
  })
})

describe('a paired term inside a body’s name', () => {
  it('`tạm giam, tạm giữ` in either order, and `hành chính, tư pháp` after `và`', () => {
    expect(brief(officials(
      'Thượng tá Phan Đức Lộc, Phó Trưởng phòng Phòng Quản lý trại tạm giam, tạm giữ, Công an tỉnh Bình Thuận nói thêm.',
      'Ông Kha Văn Dũng, Vụ trưởng Vụ Tổng hợp và kiểm tra hành chính, tư pháp, Sở Nội vụ cho biết kế hoạch đã xong.'
    ))).toEqual([
      'Phan Đức Lộc | speaker | Phó Trưởng phòng Phòng Quản lý trại tạm giam, tạm giữ, Công an tỉnh Bình Thuận',
      'Kha Văn Dũng | speaker | Vụ trưởng Vụ Tổng hợp và kiểm tra hành chính, tư pháp, Sở Nội vụ'
    ])
  })
})

describe('a body’s name after a companion phrase', () => {
  it('holds no predicate for the person before it', () => {
    expect(brief(officials(
      'Ngày 3/5, Đại tá Võ Minh Trí, Phó Văn phòng Ban Phòng chống thiên tai Quốc gia cùng đoàn giám sát làm việc với Ban chỉ đạo phòng chống thiên tai huyện.'
    ))).toEqual(['Võ Minh Trí | mentioned | Phó Văn phòng Ban Phòng chống thiên tai Quốc gia'])
  })
})
