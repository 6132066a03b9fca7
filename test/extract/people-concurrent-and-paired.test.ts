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
      'Phó Viện trưởng Viện Nghiên cứu Lập pháp kiêm Giám đốc Trung tâm Thông tin Pháp luật, TS Hà Minh Châu phát biểu tại buổi tọa đàm.',
      'Ông Lý Quốc Bảo, Phó Chủ tịch UBND tỉnh kiêm trưởng ban Ban Chỉ đạo Nhân quyền tỉnh chủ trì hội nghị.'
    ))).toEqual([
      'Hà Minh Châu | speaker | Phó Viện trưởng Viện Nghiên cứu Lập pháp // Giám đốc Trung tâm Thông tin Pháp luật',
      'Lý Quốc Bảo | chair | Phó Chủ tịch UBND tỉnh // trưởng ban Ban Chỉ đạo Nhân quyền tỉnh'
    ])
  })
})

describe('a board whose name holds a verb', () => {
  it('`Ban điều hành` at the end of a caption line is the board, not chairing', () => {
    expect(brief(officials(
      'PGS.TS Mai Thế Vinh, Phó Giám đốc Học viện Tư pháp, Trưởng Ban điều hành',
      'Đề án tuyên truyền pháp luật cùng các học viên.'
    ))).toEqual(['Mai Thế Vinh | mentioned | Phó Giám đốc Học viện Tư pháp // Trưởng Ban điều hành'])
  })
})

describe('the deputy of a Văn phòng without `Chánh`', () => {
  it('is an office after a comma', () => {
    expect(brief(officials(
      'Đại tá Hồ Văn Tâm, Phó Cục trưởng Cục Pháp luật, Bộ Quốc phòng, Phó Văn phòng Thường trực Ban Chỉ đạo Cải cách Tư pháp phát biểu.'
    ))).toEqual(['Hồ Văn Tâm | speaker | Phó Cục trưởng Cục Pháp luật, Bộ Quốc phòng // Phó Văn phòng Thường trực Ban Chỉ đạo Cải cách Tư pháp'])
  })
})

describe('a paired term inside a body’s name', () => {
  it('`tạm giam, tạm giữ` in either order, and `hành chính, tư pháp` after `và`', () => {
    expect(brief(officials(
      'Thượng tá Phan Đức Lộc, Phó Cục trưởng Cục Quản lý tạm giam, tạm giữ, Tổng cục Thi hành án, Bộ Công an phát biểu.',
      'Thiếu tướng Kha Văn Dũng, Cục trưởng Cục Pháp chế và cải cách hành chính, tư pháp, Bộ Công an cho biết kế hoạch đã xong.'
    ))).toEqual([
      'Phan Đức Lộc | speaker | Phó Cục trưởng Cục Quản lý tạm giam, tạm giữ, Tổng cục Thi hành án, Bộ Công an',
      'Kha Văn Dũng | speaker | Cục trưởng Cục Pháp chế và cải cách hành chính, tư pháp, Bộ Công an'
    ])
  })
})

describe('a body’s name after a companion phrase', () => {
  it('holds no predicate for the person before it', () => {
    expect(brief(officials(
      'Ngày 3/5, Đại tá Võ Minh Trí, Phó Văn phòng Thường trực Ban Chỉ đạo Cải cách Tư pháp cùng đoàn công tác khảo sát hoạt động của Ban chỉ đạo cải cách tư pháp tỉnh.'
    ))).toEqual(['Võ Minh Trí | mentioned | Phó Văn phòng Thường trực Ban Chỉ đạo Cải cách Tư pháp'])
  })
})
