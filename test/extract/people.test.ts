/**
 * People of the story: each pattern of the genre on a small string, what must
 * not be taken for a person, and the seeds (through read → clean) against
 * their expected officials.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {extractOfficials} from '../../src/stages/extract/people/index.js'
import {normalizeText} from '../../src/text/normalize.js'
import type {Block, CleanArticle, OfficialRecord} from '../../src/types.js'
import {SEEDS, loadFile, textAt} from './pipeline.js'

/** A clean article of paragraphs (one per line), or of given blocks. */
function article(...paragraphs: (string | Block)[]): CleanArticle {
  const blocks: Block[] = paragraphs.map((p, i) =>
    typeof p === 'string' ? {kind: 'paragraph', text: normalizeText(p), line: i + 1, column: 1} : p
  )
  return {path: 't.txt', headline: null, blocks, datelines: [], scraperDate: null, bylines: [], outletMark: null, truncated: false, removed: []}
}

function officials(paragraphs: (string | Block)[], authors: string[] = []): OfficialRecord[] {
  return extractOfficials(article(...paragraphs), {file: new VFile(), authors, province: null, lead: null}).officials
}

/** `name | rank | role | positions` lines, for compact expectations. */
const brief = (list: OfficialRecord[]): string[] =>
  list.map((o) => [o.name, o.rank ?? '-', o.role, o.positions.join(' // ')].join(' | '))

describe('patterns', () => {
  it('two offices of one presenter joined by a semicolon, with the short form GĐ (issue 11, round b7)', () => {
    expect(brief(officials(['Tại hội nghị, bà Đoàn Thị Quế - Phó GĐ Học viện Cán bộ Miền Tây; Ủy viên BCH Hội Nông dân tỉnh đã truyền đạt kiến thức về bình đẳng giới cho hội viên.']))).toEqual([
      'Đoàn Thị Quế | - | reporter | Phó GĐ Học viện Cán bộ Miền Tây // Ủy viên BCH Hội Nông dân tỉnh'
    ])
    // In a list, the office after a semicolon belongs to the name that follows it.
    expect(brief(officials(['Dự hội nghị có ông Lạc Minh Khang, Giám đốc Sở Tư pháp; Phó Chủ tịch UBND huyện Tào Văn Lực.']))).toEqual([
      'Lạc Minh Khang | - | attendee | Giám đốc Sở Tư pháp',
      'Tào Văn Lực | - | attendee | Phó Chủ tịch UBND huyện'
    ])
  })
  it('a body named in sentence case runs to the place that closes it (issue 11, round b7)', () => {
    expect(brief(officials(['Tại buổi nói chuyện, các hội viên được nghe ông Tào Văn Lực – Giám đốc Trung tâm hỗ trợ pháp lý nông dân miền núi Cao Bằng trao đổi, chia sẻ kinh nghiệm hòa giải.']))).toEqual([
      'Tào Văn Lực | - | reporter | Giám đốc Trung tâm hỗ trợ pháp lý nông dân miền núi Cao Bằng'
    ])
    expect(brief(officials(['Ông Tào Văn Lực – Giám đốc Trung tâm hỗ trợ việc làm thanh niên tỉnh Lạng Sơn phát biểu tại buổi lễ.']))).toEqual([
      'Tào Văn Lực | - | speaker | Giám đốc Trung tâm hỗ trợ việc làm thanh niên tỉnh Lạng Sơn'
    ])
    // Without a place to close it, a long run of lower-case words is the sentence's, not the body's.
    expect(brief(officials(['Ông Tào Văn Lực – Giám đốc Trung tâm hướng dẫn học viên cách sử dụng ứng dụng trên điện thoại.']))[0]).toBe(
      'Tào Văn Lực | - | mentioned | Giám đốc Trung tâm'
    )
  })
  it('Position (Body) Name, and a department named with a plural marker (issue 11)', () => {
    expect(brief(officials(['Tại hội thảo, Vụ trưởng Vụ Các vấn đề toàn cầu (Bộ Ngoại giao) Lạc Minh Khang cho biết: dự thảo đã hoàn thành.']))).toEqual([
      'Lạc Minh Khang | - | speaker | Vụ trưởng Vụ Các vấn đề toàn cầu (Bộ Ngoại giao)'
    ])
    expect(brief(officials(['Vụ trưởng Vụ Các tổ chức khu vực Lạc Minh Khang cho biết dự thảo đã hoàn thành.']))).toEqual([
      'Lạc Minh Khang | - | speaker | Vụ trưởng Vụ Các tổ chức khu vực'
    ])
  })
  it('keeps a parenthesis that is not a body out of the position', () => {
    expect(brief(officials(['Ông Lạc Minh Khang, Phó Giám đốc Sở Tư pháp (nhiệm kỳ trước) phát biểu tại hội nghị.']))[0]).toBe(
      'Lạc Minh Khang | - | speaker | Phó Giám đốc Sở Tư pháp'
    )
  })
  it('reads the people of a sentence a truncated copy cut off, up to its last comma', () => {
    const cut: CleanArticle = {
      ...article('Ngày 3/6, hội thảo diễn ra tại Hà Nội.'),
      removed: [{line: 2, column: 1, rule: 'truncated-sentence', text: 'Ông Lạc Minh Khang, Chánh Văn phòng Bộ Tư pháp, cho biết dự thảo được xây dựng công phu, với sự tham gia của các bộ về ti'}]
    }
    expect(brief(extractOfficials(cut, {file: new VFile(), authors: [], province: null, lead: null}).officials)).toEqual([
      'Lạc Minh Khang | - | speaker | Chánh Văn phòng Bộ Tư pháp'
    ])
    const halfName: CleanArticle = {...cut, removed: [{line: 2, column: 1, rule: 'truncated-sentence', text: 'Phát biểu tại hội thảo có ông Lạc Minh'}]}
    expect(extractOfficials(halfName, {file: new VFile(), authors: [], province: null, lead: null}).officials).toEqual([])
  })
  it('Position, Rank Name with an apostrophe name; an academic title glued to the name', () => {
    expect(brief(officials([
      "Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo Nhân quyền tỉnh Nguyễn Ngọc Phúc và Phó Giám đốc Công an tỉnh, Đại tá K'Brơi Hùng đồng chủ trì hội nghị.",
      'Hội nghị đã nghe TS.Nguyễn Thị Thu Trang, Học viện Chính trị khu vực II, trình bày chuyên đề về quyền con người.'
    ])).map((b) => b.split(' | ').slice(0, 2).join(' | '))).toEqual(['Nguyễn Ngọc Phúc | -', "K'Brơi Hùng | Đại tá", 'Nguyễn Thị Thu Trang | TS'])
  })

  it('Rank Name, Position + predicate', () => {
    expect(brief(officials(['Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực về Nhân quyền của Chính phủ phát biểu tại Hội nghị.']))).toEqual([
      'Nguyễn Văn Kỷ | Thiếu tướng | speaker | Phó Chánh Văn phòng Thường trực về Nhân quyền của Chính phủ'
    ])
  })

  it('Position Name, two positions before the name', () => {
    expect(brief(officials(['Phát biểu tại Hội nghị, Phó Chủ tịch Thường trực UBND tỉnh, Trưởng Ban chỉ đạo Nhân quyền tỉnh Võ Đức Trong cho biết, thời gian qua tỉnh đã gặt hái nhiều thành công.']))).toEqual([
      'Võ Đức Trong | - | speaker | Phó Chủ tịch Thường trực UBND tỉnh // Trưởng Ban chỉ đạo Nhân quyền tỉnh'
    ])
  })

  it('Rank Name - Position, and the hyphen glued to the name', () => {
    expect(brief(officials([
      'Đại tá Lê Quang Đạo - Phó Giám đốc CATP, Phó trưởng Ban Thường trực Ban Chỉ đạo Nhân quyền TPHCM chủ trì hội nghị.',
      'Thượng tá Phạm Văn Phong- Phó Trưởng phòng An ninh đối nội phát biểu tham luận.'
    ]))).toEqual([
      'Lê Quang Đạo | Đại tá | chair | Phó Giám đốc CATP // Phó trưởng Ban Thường trực Ban Chỉ đạo Nhân quyền TPHCM',
      'Phạm Văn Phong | Thượng tá | speaker | Phó Trưởng phòng An ninh đối nội'
    ])
  })

  it('Position, Rank Name and Position, ông Name', () => {
    expect(brief(officials([
      'Giám đốc Công an tỉnh, Đại tá Trần Văn Bình nhấn mạnh yêu cầu bảo đảm an ninh.',
      'Thay mặt Ban Chỉ đạo, Phó Giám đốc Sở Tư pháp, ông Lê Văn Hùng trình bày chuyên đề về quyền con người.'
    ]))).toEqual([
      'Trần Văn Bình | Đại tá | speaker | Giám đốc Công an tỉnh',
      'Lê Văn Hùng | - | reporter | Phó Giám đốc Sở Tư pháp'
    ])
  })

  it('ông/bà Name with the position in brackets', () => {
    expect(brief(officials(['Bà Nguyễn Thị Mai (Phó Giám đốc Sở Nội vụ) cho biết, tỉnh đã triển khai nhiều giải pháp.']))).toEqual([
      'Nguyễn Thị Mai | - | speaker | Phó Giám đốc Sở Nội vụ'
    ])
  })

  it('đồng chí Name and đồng chí Rank Name', () => {
    expect(brief(officials([
      'Đồng chí Bùi Thị Minh Hoài, Bí thư Thành ủy Hà Nội chủ trì hội nghị.',
      'Tại hội nghị, đồng chí Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực Ban chỉ đạo Nhân quyền Chính phủ đề nghị tỉnh cần chủ động.'
    ]))).toEqual([
      'Bùi Thị Minh Hoài | - | chair | Bí thư Thành ủy Hà Nội',
      'Nguyễn Văn Kỷ | Thiếu tướng | speaker | Phó Chánh Văn phòng Thường trực Ban chỉ đạo Nhân quyền Chính phủ'
    ])
  })

  it('a list of co-attendees separated by semicolons', () => {
    expect(brief(officials(['Đến dự có các đồng chí: Lâm Hải Giang, Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Định; Nguyễn Lâm Thành, Phó Chủ nhiệm Hội đồng Dân tộc của Quốc hội; Nguyễn Phương Nga, nguyên Chủ tịch Hội Liên hiệp các tổ chức Hữu nghị Việt Nam; Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực Ban Chỉ đạo Nhân quyền Chính phủ. Cùng dự có hơn 350 đại biểu.']))).toEqual([
      'Lâm Hải Giang | - | attendee | Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Định',
      'Nguyễn Lâm Thành | - | attendee | Phó Chủ nhiệm Hội đồng Dân tộc của Quốc hội',
      'Nguyễn Phương Nga | - | attendee | nguyên Chủ tịch Hội Liên hiệp các tổ chức Hữu nghị Việt Nam',
      'Nguyễn Văn Kỷ | Thiếu tướng | attendee | Phó Chánh Văn phòng Thường trực Ban Chỉ đạo Nhân quyền Chính phủ'
    ])
  })

  it('co-chairs', () => {
    expect(brief(officials(['Đồng chủ trì hội nghị có các đồng chí: Trần Văn Cường, Phó Chủ tịch UBND tỉnh và Thiếu tướng Đinh Văn Dũng, Giám đốc Công an tỉnh.']))).toEqual([
      'Trần Văn Cường | - | chair | Phó Chủ tịch UBND tỉnh',
      'Đinh Văn Dũng | Thiếu tướng | chair | Giám đốc Công an tỉnh'
    ])
    expect(brief(officials(['Đồng chí Hoàng Văn Nam và đồng chí Lê Thị Hoa đồng chủ trì hội nghị.']))).toEqual([
      'Hoàng Văn Nam | - | chair | ',
      'Lê Thị Hoa | - | chair | '
    ])
  })

  it('one position made of a list of bodies; three positions; abbreviations', () => {
    expect(brief(officials([
      'Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an, Phó Trưởng ban Thường trực Ban Chỉ đạo Nhân quyền Chính phủ chủ trì Hội nghị.',
      'Báo cáo viên tại Hội nghị có Thiếu tướng Nguyễn Văn Kỷ, Phó Cục trưởng Cục Đối ngoại, Bộ Công an, Phó CVP Thường trực Ban Chỉ đạo Nhân quyền Chính phủ; PGS.TS Nguyễn Thị Thanh Hải, Phó Viện trưởng Viện Quyền con người, Học viện Chính trị Quốc gia Hồ Chí Minh.'
    ]))).toEqual([
      'Lê Quốc Hùng | Trung tướng | chair | Ủy viên Trung ương Đảng // Thứ trưởng Bộ Công an // Phó Trưởng ban Thường trực Ban Chỉ đạo Nhân quyền Chính phủ',
      'Nguyễn Văn Kỷ | Thiếu tướng | reporter | Phó Cục trưởng Cục Đối ngoại, Bộ Công an // Phó CVP Thường trực Ban Chỉ đạo Nhân quyền Chính phủ',
      'Nguyễn Thị Thanh Hải | PGS.TS | reporter | Phó Viện trưởng Viện Quyền con người, Học viện Chính trị Quốc gia Hồ Chí Minh'
    ])
  })

  it('academic titles, spelled or abbreviated, and a military rank with one; a master\'s degree (ThS, Thạc sỹ) marks a name but is no rank', () => {
    expect(brief(officials([
      'TS. Hoàng Văn Hòa, Giảng viên Trường Chính trị tỉnh trình bày chuyên đề “Quyền con người”.',
      'Phó Giáo sư, Tiến sĩ Vũ Công Ích, Viện trưởng Viện Quyền con người phát biểu.',
      'Tham dự có Đại tá, PGS.TS Lê Văn Giang, Phó Giám đốc Học viện An ninh nhân dân.',
      'ThS Trần Thị Lan, Trưởng phòng Nghiên cứu trình bày tham luận.',
      'PGS. TS Đỗ Minh Khôi phát biểu.',
      'Thạc sỹ Lò Văn Pạn, Giảng viên Trường Chính trị tỉnh trình bày chuyên đề.'
    ]))).toEqual([
      'Hoàng Văn Hòa | TS | reporter | Giảng viên Trường Chính trị tỉnh',
      'Vũ Công Ích | PGS.TS | speaker | Viện trưởng Viện Quyền con người',
      'Lê Văn Giang | Đại tá | attendee | Phó Giám đốc Học viện An ninh nhân dân',
      'Trần Thị Lan | - | speaker | Trưởng phòng Nghiên cứu',
      'Đỗ Minh Khôi | PGS.TS | speaker | ',
      'Lò Văn Pạn | - | reporter | Giảng viên Trường Chính trị tỉnh'
    ])
  })

  it('a position goes on over "&" and over a comma before ĐHQG (issue 11, round b6)', () => {
    expect(brief(officials([
      'Ông Trần Quốc Bảo, Vụ trưởng Vụ Pháp chế Bộ Lao động, Thương binh & Xã hội phát biểu khai mạc.',
      'TS Lê Thu Hiền - Trưởng khoa Luật, Trường Đại học Khoa học Xã hội, ĐHQG Hà Nội phát biểu.'
    ]))).toEqual([
      'Trần Quốc Bảo | - | speaker | Vụ trưởng Vụ Pháp chế Bộ Lao động, Thương binh & Xã hội',
      'Lê Thu Hiền | TS | speaker | Trưởng khoa Luật, Trường Đại học Khoa học Xã hội, ĐHQG Hà Nội'
    ])
  })
  it('an office in lower case right after the name\'s comma is its position (issue 11, round b6)', () => {
    expect(brief(officials(['TS Phan Minh Tú, giảng viên Học viện Chính trị khu vực II đã trình bày những nội dung của Luật.'])))
      .toEqual(['Phan Minh Tú | TS | speaker | giảng viên Học viện Chính trị khu vực II'])
  })
  it('a doctorate\'s field after the title is part of it (`TS triết học - X`, issue 11 round b5)', () => {
    expect(brief(officials(['Về phía khách mời có TS luật học - Ngô Thị Lan, khoa Luật, Trường Đại học Cần Thơ.'])).map((b) => b.split(' | ').slice(0, 2).join(' | ')))
      .toEqual(['Ngô Thị Lan | TS'])
    // A field word with no name after it stays out of the rank.
    expect(brief(officials(['TS Ngô Thị Lan phát biểu.'])).map((b) => b.split(' | ').slice(0, 2).join(' | '))).toEqual(['Ngô Thị Lan | TS'])
  })
  it('"Phó Ban ..." (a Ban\'s deputy head, no Trưởng) is a position; co-chairs listed with it share the predicate (issue 11, round b6)', () => {
    expect(brief(officials([
      'Đồng chí Trịnh Văn Sang, Phó Ban Chỉ đạo Tây Nguyên; Đồng chí Hồ Thị Nga, Phó Chủ tịch UBND tỉnh Kon Tum chủ trì Hội thảo.'
    ]))).toEqual([
      'Trịnh Văn Sang | - | chair | Phó Ban Chỉ đạo Tây Nguyên',
      'Hồ Thị Nga | - | chair | Phó Chủ tịch UBND tỉnh Kon Tum'
    ])
  })
  it('"nhận xét" ends a position and makes a speaker (issue 11, round b5)', () => {
    expect(brief(officials(['TS Đào Minh Hải, Viện Nghiên cứu Gia đình nhận xét: các quy định còn nhiều khoảng trống.'])))
      .toEqual(['Đào Minh Hải | TS | speaker | Viện Nghiên cứu Gia đình'])
  })
  it('co-chairs listed with semicolons share the predicate after the last (issue 11, round b6)', () => {
    expect(brief(officials([
      'Đồng chí Lê Minh Khang, Phó Trưởng Ban Chỉ đạo Tây Bắc; Đồng chí Hà Văn Lực, Phó Chủ tịch UBND tỉnh Sơn La chủ trì Hội thảo.'
    ])).map((b) => b.split(' | ').slice(0, 3).join(' | '))).toEqual(['Lê Minh Khang | - | chair', 'Hà Văn Lực | - | chair'])
  })
  it('a rarer surname (Trang) after ông, and the same word opening a page name is no person (issue 11, round b6)', () => {
    expect(brief(officials([
      'Học viên được nghe ông Trang Minh Lộc, Phó Giám đốc Sở Nội vụ trình bày 3 chuyên đề.',
      'Trang thông tin điện tử của huyện đã đưa tin về lớp học.',
      'Trang Chủ Đề Mới đăng tải nhiều bài viết.'
    ]))).toEqual(['Trang Minh Lộc | - | reporter | Phó Giám đốc Sở Nội vụ'])
  })
  it('a place right before the name, inside one run of capitals', () => {
    expect(brief(officials([
      'Chủ tịch UBND tỉnh Hà Giang Nguyễn Văn Sơn phát biểu khai mạc.',
      'Giám đốc Công an Hà Nội Nguyễn Hải Trung cho biết, năm nay tình hình ổn định.',
      'Phó Chủ tịch UBND tỉnh Bình Dương Võ Văn Minh dự và chỉ đạo hội nghị.'
    ]))).toEqual([
      'Nguyễn Văn Sơn | - | speaker | Chủ tịch UBND tỉnh Hà Giang',
      'Nguyễn Hải Trung | - | speaker | Giám đốc Công an Hà Nội',
      'Võ Văn Minh | - | speaker | Phó Chủ tịch UBND tỉnh Bình Dương'
    ])
  })

  it('"dự và chỉ đạo" (attends and gives directions) makes a speaker, not an attendee (round b14)', () => {
    expect(officials([
      'Thạc sĩ Đoàn Văn Khải, Phó Trưởng ban Nội chính Tỉnh ủy, dự và chỉ đạo buổi tập huấn.',
      'Bà Hà Thị Lụa, Giám đốc Sở Tư pháp, tham dự và chỉ đạo lớp học.',
      'Ông Phan Văn Tới cùng dự.'
    ]).map((o) => `${o.name}:${o.role}`)).toEqual(['Đoàn Văn Khải:speaker', 'Hà Thị Lụa:speaker', 'Phan Văn Tới:attendee'])
  })

  it('given names that are also body words ("Văn Bản", "Trung Tâm", "Thanh Tra")', () => {
    expect(officials([
      'Đồng chí Lưu Văn Bản, Phó Chủ tịch Thường trực UBND tỉnh dự và phát biểu chỉ đạo.',
      'Ông Lê Trung Tâm và bà Nguyễn Thanh Tra cùng dự.'
    ]).map((o) => `${o.name}:${o.role}`)).toEqual(['Lưu Văn Bản:speaker', 'Lê Trung Tâm:attendee', 'Nguyễn Thanh Tra:attendee'])
  })

  it('ethnic-minority names', () => {
    expect(officials(["Đến dự có đồng chí Y Thanh Hà Niê Kđăm, Phó Chủ tịch Quốc hội và bà H'Hen Niê."]).map((o) => o.name)).toEqual([
      'Y Thanh Hà Niê Kđăm',
      "H'Hen Niê"
    ])
  })

  it('Khmer family names and rarer surnames', () => {
    expect(brief(officials([
      'Bà Sơn Thị Mỹ Hạnh, Phó Chủ tịch UBND tỉnh, Trưởng ban Chỉ đạo Nhân quyền tỉnh, phát biểu khai mạc.',
      'Về phía tỉnh có bà Lữ Thị Bích Thủy, Phó Chủ tịch UBND tỉnh Cà Mau.'
    ])).map((b) => b.split(' | ')[0])).toEqual(['Sơn Thị Mỹ Hạnh', 'Lữ Thị Bích Thủy'])
  })
})

describe('issue 11: names from outlets never seen', () => {
  it('rare surnames (Tường) and Khmer names of two syllables (Kiên)', () => {
    expect(brief(officials([
      'Đại biểu nghe PGS,TS Tường Văn Hòa, Viện trưởng Viện Nghiên cứu Pháp luật, trình bày chuyên đề.',
      'Ngày 3/4, Đại tá Kiên Sóc, Giám đốc Công an tỉnh, dự buổi làm việc.'
    ])).map((b) => b.split(' | ').slice(0, 2).join(' | '))).toEqual(['Tường Văn Hòa | PGS.TS', 'Kiên Sóc | Đại tá'])
  })

  it('foreign names in Latin script after ông/bà, joined by "và"', () => {
    expect(officials([
      'Học viên được nghe ông Piet Vandermolen và bà Greta Holmqvist, hai giảng viên của Đại học Uppsala (Thụy Điển), trình bày kinh nghiệm xây dựng chính sách.'
    ]).map((o) => `${o.name}:${o.role}`)).toEqual(['Piet Vandermolen:reporter', 'Greta Holmqvist:reporter'])
  })

  it('an audience that hears someone present makes them a reporter, past a position the parser cuts short', () => {
    expect(officials([
      'Học viên được nghe Đại tá Trần Quốc Hải, Trưởng khoa Luật và quản lý hành chính, an ninh, Học viện Biên phòng, trình bày về luật biên giới.'
    ]).map((o) => `${o.name}:${o.role}`)).toEqual(['Trần Quốc Hải:reporter'])
  })

  it('a misspelt name of a person named rightly elsewhere is that person; a meeting after the name is no affiliation', () => {
    expect(brief(officials([
      'Phát biểu khai mạc, Bộ trưởng Bộ Tư pháp Phan Minh Châu nhấn mạnh vai trò của báo chí.',
      'Theo Bộ trưởng Phan Ming Châu, Hội nghị sẽ được tổ chức định kỳ.'
    ]))).toEqual(['Phan Minh Châu | - | speaker | Bộ trưởng Bộ Tư pháp'])
  })

  it('two real names a letter apart stay two people', () => {
    expect(officials(['Dự hội nghị có ông Lê Văn Minh, Giám đốc Sở Tư pháp và ông Lê Văn Mính, Phó Giám đốc Sở Nội vụ.']).map((o) => o.name))
      .toEqual(['Lê Văn Minh', 'Lê Văn Mính'])
  })

  it('a military rank beside an academic title written "G.S, T.S": the rank is the military one; "PGS, TS" and "GS-TS"', () => {
    expect(brief(officials([
      'Buổi chiều, học viên được nghe Thiếu tướng, G.S, T.S Trần Quốc Hải, Giám đốc Học viện Biên phòng, trình bày về luật biên giới.',
      'PGS, TS Hồ Văn Phúc phát biểu.',
      'GS-TS Hồ Văn An phát biểu.'
    ])).map((b) => b.split(' | ').slice(0, 3).join(' | '))).toEqual([
      'Trần Quốc Hải | Thiếu tướng | reporter', 'Hồ Văn Phúc | PGS.TS | speaker', 'Hồ Văn An | GS.TS | speaker'
    ])
  })

  it('roles: "có sự tham gia của" lists attendees; "phần trình bày chuyên đề của" and "triển khai các chuyên đề" are reporters', () => {
    expect(brief(officials([
      'Buổi gặp mặt có sự tham gia của các đồng chí: Hà Văn Tín, Giám đốc Sở Tư pháp; Đỗ Thị Lan, Chủ tịch Hội Nông dân tỉnh.',
      'Sau đó là phần trình bày chuyên đề của PGS. TS. Mai Văn Tùng - Viện trưởng Viện Nhà nước và Pháp luật, về pháp luật đất đai.',
      'Đồng chí Trịnh Văn Lộc, Trưởng Ban Dân vận Tỉnh ủy triển khai các chuyên đề về công tác dân vận.'
    ])).map((b) => b.split(' | ').slice(0, 3).join(' | '))).toEqual([
      'Hà Văn Tín | - | attendee', 'Đỗ Thị Lan | - | attendee', 'Mai Văn Tùng | PGS.TS | reporter', 'Trịnh Văn Lộc | - | reporter'
    ])
  })

  it('two positions joined by a dash belong to one person, and the predicate after them gives the role', () => {
    expect(brief(officials(['Đ/c Thượng tá Trần Văn Hòa, Trưởng phòng Hậu cần – Phó Trưởng ban Thường trực báo cáo tình hình quý III.'])))
      .toEqual(['Trần Văn Hòa | Thượng tá | speaker | Trưởng phòng Hậu cần // Phó Trưởng ban Thường trực'])
  })

  it('"dự khuyết" and "Ban điều hành Đề án" are parts of a position, not "dự" or "điều hành" as verbs', () => {
    expect(brief(officials([
      'TS Lê Văn Toàn, Giám đốc Thư viện tỉnh, Trưởng Ban điều hành Đề án phát triển văn hóa đọc nhấn mạnh ý nghĩa của ngày hội.',
      'PGS.TS Trần Hải Nam, Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng, Bí thư Tỉnh ủy Lạng Sơn phát biểu.'
    ]))).toEqual([
      'Lê Văn Toàn | TS | speaker | Giám đốc Thư viện tỉnh // Trưởng Ban điều hành Đề án phát triển văn hóa đọc',
      'Trần Hải Nam | PGS.TS | speaker | Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng // Bí thư Tỉnh ủy Lạng Sơn'
    ])
  })

  it('no foreign name without a person title, nor a Vietnamese name written without diacritics', () => {
    expect(officials([
      'Đại diện Tập đoàn Samsung Electronics và Quỹ Ford Foundation dự hội nghị.',
      'Ông Nguyen Van An phát biểu.'
    ]).map((o) => o.name)).toEqual([])
  })
})

describe('roles', () => {
  it('chair through "thừa ủy quyền ... chủ trì hội nghị", outranking the speaker cue', () => {
    expect(brief(officials(['Phát biểu tại Hội nghị, Đại tá Ngô Xuân Phú, Phó Giám đốc Công an tỉnh thừa Ủy quyền của Trưởng ban Chỉ đạo Nhân quyền tỉnh Bình Dương chủ trì hội nghị cho biết, tỉnh đã đạt nhiều kết quả.']))).toEqual([
      'Ngô Xuân Phú | Đại tá | chair | Phó Giám đốc Công an tỉnh'
    ])
  })
  it('the strongest role over the whole story', () => {
    const list = officials([
      'Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an chủ trì Hội nghị.',
      'Thứ trưởng Lê Quốc Hùng cùng các đại biểu dự Hội nghị.',
      'Phát biểu bế mạc Hội nghị, Thiếu tướng Nguyễn Văn Kỷ nhấn mạnh công tác nhân quyền.'
    ])
    expect(list.map((o) => `${o.name}:${o.role}`)).toEqual(['Lê Quốc Hùng:chair', 'Nguyễn Văn Kỷ:speaker'])
  })
  it('reporter for whoever presents the chuyên đề; a speaker named by an affiliation', () => {
    expect(brief(officials([
      'Hội nghị đã nghe đồng chí Nguyễn Văn Kỷ quán triệt các chuyên đề về nhân quyền.',
      'Tại buổi tọa đàm, TS Nguyễn Thanh Tuấn - Viện Quyền con người cho biết, Việt Nam đã tham gia 7/9 công ước.'
    ]))).toEqual([
      'Nguyễn Văn Kỷ | - | reporter | ',
      'Nguyễn Thanh Tuấn | TS | speaker | Viện Quyền con người'
    ])
  })
  it('people joined by "và" share the predicate after the last', () => {
    expect(brief(officials(['Chủ tịch UBND tỉnh Trà Vinh Lê Văn Hẳn và Bí thư Tỉnh ủy Lạng Sơn Hoàng Văn Nghiệm cùng dự.']))).toEqual([
      'Lê Văn Hẳn | - | attendee | Chủ tịch UBND tỉnh Trà Vinh',
      'Hoàng Văn Nghiệm | - | attendee | Bí thư Tỉnh ủy Lạng Sơn'
    ])
  })
  it('a short reference is not taken from a body name ("Thủ tướng Chính phủ")', () => {
    const list = officials(['Đồng chí Phạm Minh Chính, Thủ tướng Chính phủ dự hội nghị. Thủ tướng Chính phủ đánh giá cao kết quả.'])
    expect(brief(list)).toEqual(['Phạm Minh Chính | - | attendee | Thủ tướng Chính phủ'])
  })
  it('looks past an aside in brackets and a dotted abbreviation', () => {
    expect(brief(officials([
      'Đồng chí Nguyễn Văn Nên (thứ hai từ trái sang) trao quà cho các gia đình chính sách.',
      'Giám đốc Công an TP. Hồ Chí Minh Nguyễn Thanh Hưng phát biểu.'
    ]))).toEqual([
      'Nguyễn Văn Nên | - | attendee | ',
      'Nguyễn Thanh Hưng | - | speaker | Giám đốc Công an TP. Hồ Chí Minh'
    ])
  })
  it('attendee from "cùng ... dự", mentioned without a cue', () => {
    expect(officials(['Thứ trưởng Lê Quốc Hùng cùng các đại biểu dự Hội nghị.'])[0]?.role).toBe('attendee')
    expect(officials(['Bộ trưởng Bộ Công an Lương Tam Quang gửi thư khen lực lượng.'])[0]?.role).toBe('mentioned')
  })
})

describe('one person named several ways', () => {
  it('merges full name, short reference, title + given name and a rank alone', () => {
    const list = officials([
      'Đại tá Ngô Xuân Phú, Phó Giám đốc Công an tỉnh phát biểu.',
      'Đại tá Ngô Xuân Phú, Phó Giám đốc Công an tỉnh Bình Dương phát biểu tại Hội nghị.',
      'Đồng chí Ngô Xuân Phú cảm ơn các đại biểu.',
      'Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng phát biểu. Ông Kỷ nhấn mạnh nhiều nội dung.',
      'Đại tá đề nghị các sở, ban ngành nâng cao trách nhiệm.',
      'Phó Giám đốc Phú chủ trì phần thảo luận.'
    ])
    expect(brief(list)).toEqual([
      'Ngô Xuân Phú | Đại tá | chair | Phó Giám đốc Công an tỉnh Bình Dương',
      'Nguyễn Văn Kỷ | Thiếu tướng | speaker | Phó Chánh Văn phòng'
    ])
  })
  it('keeps the first full form of a position and drops shorter repeats', () => {
    const list = officials([
      'Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an chủ trì Hội nghị.',
      'Phát biểu tại Hội nghị, Thứ trưởng Lê Quốc Hùng biểu dương kết quả.'
    ])
    expect(list[0]?.positions).toEqual(['Thứ trưởng Bộ Công an'])
  })
  it('does not attach a short reference that fits two people', () => {
    const list = officials([
      'Đại tá Nguyễn Văn Hùng, Giám đốc Công an tỉnh phát biểu.',
      'Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an dự hội nghị.',
      'Ông Hùng chủ trì phần thảo luận.'
    ])
    expect(list.map((o) => o.role)).toEqual(['speaker', 'attendee'])
  })
})

describe('not people of the story', () => {
  it('leaves out bylines', () => {
    expect(officials(['Anh Khoa - Nguyễn Anh'], ['Anh Khoa', 'Nguyễn Anh'])).toEqual([])
    expect(officials(['Đồng chí Mai Anh phát biểu.'], ['Mai Anh'])).toEqual([])
  })
  it('leaves out photo credits', () => {
    expect(officials(['Quang cảnh hội nghị. (Ảnh: TRẦN HẢI)', 'Toàn cảnh buổi tập huấn. (Ảnh: Trần Hải)'])).toEqual([])
  })
  it('leaves out historical figures, institutions and streets named after people', () => {
    expect(officials([
      'Theo tư tưởng Hồ Chí Minh, Chủ tịch Hồ Chí Minh luôn đặt con người ở vị trí trung tâm.',
      'Hội nghị diễn ra tại Học viện Chính trị Quốc gia Hồ Chí Minh, đường Nguyễn Huệ, thành phố Huế.',
      'Tỉnh ủy Quảng Trị công nhận Trường Chính trị Lê Duẩn đạt chuẩn mức 1.',
      'Đại tướng Võ Nguyên Giáp là tấm gương sáng.',
      'Đoàn viên Đoàn TNCS Hồ Chí Minh tỉnh tham gia tuyên truyền.'
    ])).toEqual([])
  })
  it('leaves out places that start with a surname, and foreign names', () => {
    expect(officials([
      'Hội nghị được tổ chức tại tỉnh Hà Nam và tỉnh Lâm Đồng.',
      'Chủ tịch nước gửi điện mừng đến Nhà vua Maha Vajiralongkorn.',
      'Các đại biểu Thái Lan tham dự hội nghị.'
    ])).toEqual([])
  })
  it('keeps a compound academic title followed by a dot ("GS.TS. Name")', () => {
    expect(brief(officials(['GS.TS. Lê Minh Quân, Phó Chủ tịch Viện Nghiên cứu Pháp luật, phát biểu khai mạc hội thảo.'])).map((b) => b.split(' | ').slice(0, 2).join(' | '))).toEqual(['Lê Minh Quân | GS.TS'])
  })
  it('takes a foreign name after an academic title, abbreviated or spelled out', () => {
    expect(brief(officials([
      'Bà Greta Lindholm và TS. Oskar Brandvik Moen chủ trì hội thảo.',
      'Chuyên gia quốc tế, giáo sư Henrik Saalfeld, Phó Giám đốc Trung tâm Đào tạo tại Salzburg, đã có bài thuyết trình tại hội thảo.'
    ])).map((b) => b.split(' | ').slice(0, 2).join(' | '))).toEqual(['Greta Lindholm | -', 'Oskar Brandvik Moen | TS', 'Henrik Saalfeld | GS'])
  })
  it('never takes a country or a region abroad for a person', () => {
    expect(officials([
      'Tham dự có bà Margot Vissering - Giảng viên Học viện Leiden, Hà Lan cùng đại diện các đơn vị.',
      'Chuyên gia quốc tế, giáo sư Pieter Olsund, Phó Giám đốc Trung tâm Nghiên cứu Châu Âu về Pháp luật tại Leiden, đã có bài trình bày.',
      'Đại diện Thụy Điển và Đan Mạch phát biểu tại hội thảo.'
    ]).map((o) => o.name)).toEqual(['Margot Vissering', 'Pieter Olsund'])
  })
  it('leaves out people only cited ("theo chỉ đạo của Thủ tướng ...")', () => {
    expect(officials(['Thực hiện Chỉ thị của Thủ tướng Chính phủ Phạm Minh Chính, tỉnh đã ban hành kế hoạch.'])).toEqual([])
    expect(officials(['Trước đó, Chủ tịch nước Võ Văn Thưởng đã ký quyết định.']).map((o) => o.role)).toEqual(['mentioned'])
  })
  it('leaves out a bare name with nothing to show it is a person of the story', () => {
    expect(officials(['Nguyễn Văn An và các cộng sự đã hoàn thành dự án.'])).toEqual([])
  })
  it('stops at a teaser heading', () => {
    expect(officials([
      'Thiếu tướng Nguyễn Văn Kỷ phát biểu tại hội nghị.',
      'Có thể bạn quan tâm',
      'Đại tá Nguyễn Thị Thanh Hương, Trưởng Phòng Chuyên đề Nhân quyền phát biểu khai mạc hội thảo',
      'Thủ tướng Chính phủ Phạm Minh Chính phát biểu kết luận cuộc họp. (Ảnh: TRẦN HẢI)'
    ]).map((o) => o.name)).toEqual(['Nguyễn Văn Kỷ'])
  })
})

describe('evidence', () => {
  it('points at the first mention, its rank and its role cue', () => {
    const a = article(
      {kind: 'paragraph', text: 'Ngày 23/7, hội nghị được tổ chức.', line: 3, column: 1},
      {kind: 'paragraph', text: 'Tại hội nghị, Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng khẳng định nhân quyền là công tác chung.', line: 5, column: 1}
    )
    const {evidence} = extractOfficials(a, {file: new VFile(), authors: [], province: null, lead: null})
    expect(evidence['officials.0']).toEqual({line: 5, column: 15, text: 'Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng'})
    expect(evidence['officials.0.rank']).toEqual({line: 5, column: 15, text: 'Thiếu tướng'})
    expect(evidence['officials.0.role']).toEqual({line: 5, column: 62, text: 'khẳng định'})
  })
})

// Their speed on 1 MB is measured by `npm run bench:inputs`, not here.
describe('long lines', () => {
  it('reads a long line of spaces: no one', () => {
    expect(officials(['Tin tức hôm nay' + ' '.repeat(200_000) + 'hết.'])).toEqual([])
  })
  it('reads a long line of one name repeated: one official', () => {
    const line = 'Phó Giám đốc Nguyễn Văn An, '.repeat(3_600).slice(0, 100_000)
    expect(officials([line])).toMatchObject([{name: 'Nguyễn Văn An', positions: ['Phó Giám đốc']}])
  })
})

describe('seeds', () => {
  const expected: Record<string, {authors: string[]; officials: string[]}> = {
    '000_365809ecc03be940.txt': {authors: [], officials: [
      'Nguyễn Văn Kỷ | Thiếu tướng | speaker | Phó Chánh Văn phòng Thường trực về Nhân quyền của Chính phủ',
      'Ngô Xuân Phú | Đại tá | speaker | Phó Giám đốc Công an tỉnh Bình Dương'
    ]},
    '001_723d0a309469e636.txt': {authors: ['Anh Khoa', 'Nguyễn Anh'], officials: [
      'Lê Quốc Hùng | Trung tướng | chair | Ủy viên Trung ương Đảng // Thứ trưởng Bộ Công an // Phó Trưởng ban Thường trực Ban Chỉ đạo Nhân quyền Chính phủ',
      'Lâm Hải Giang | - | attendee | Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Định',
      'Nguyễn Lâm Thành | - | attendee | Phó Chủ nhiệm Hội đồng Dân tộc của Quốc hội',
      'Nguyễn Phương Nga | - | attendee | nguyên Chủ tịch Hội Liên hiệp các tổ chức Hữu nghị Việt Nam',
      'Nguyễn Văn Kỷ | Thiếu tướng | speaker | Phó Chánh Văn phòng Thường trực Ban Chỉ đạo Nhân quyền Chính phủ'
    ]},
    '002_be019099d2e2e91b.txt': {authors: [], officials: [
      'Võ Đức Trong | - | speaker | Phó Chủ tịch Thường trực UBND tỉnh // Trưởng Ban chỉ đạo Nhân quyền tỉnh',
      'Nguyễn Văn Kỷ | Thiếu tướng | speaker | Phó Chánh Văn phòng Thường trực Ban chỉ đạo Nhân quyền Chính phủ'
    ]},
    '003_422f32a2dd28f114.txt': {authors: [], officials: [
      'Ngô Xuân Phú | Đại tá | chair | Phó Giám đốc Công an tỉnh Bình Dương',
      'Nguyễn Văn Kỷ | Thiếu tướng | speaker | Phó Chánh Văn phòng Thường trực về Nhân quyền'
    ]},
    '004_cf6924da87c88e48.txt': {authors: ['Mai Anh'], officials: [
      'Lê Quang Đạo | Đại tá | chair | Phó Giám đốc CATP // Phó trưởng Ban Thường trực Ban Chỉ đạo Nhân quyền TPHCM',
      'Nguyễn Văn Kỷ | Thiếu tướng | reporter | Phó Cục trưởng Cục Đối ngoại, Bộ Công an // Phó Chánh Văn phòng Thường trực Ban Chỉ đạo Nhân quyền Chính phủ',
      'Nguyễn Thị Thanh Hải | PGS.TS | reporter | Phó Viện trưởng Viện Quyền con người, Học viện Chính trị Quốc gia Hồ Chí Minh'
    ]}
  }
  it.each(Object.entries(expected))('%s', (name, want) => {
    const loaded = loadFile(SEEDS, name)
    const result = extractOfficials(loaded.article, {file: loaded.file, authors: want.authors, province: null, lead: null})
    expect(brief(result.officials)).toEqual(want.officials)
    // Every evidence points at its words in the source.
    for (const [key, ev] of Object.entries(result.evidence)) {
      if (!('line' in ev)) continue
      // Never empty: a name printed after its positions once gave "" (seed 002).
      expect(ev.text, key).not.toBe('')
      expect(textAt(loaded.source, ev.line, ev.column, ev.text.length)).toBe(ev.text)
    }
  })
})

describe('short references that name nobody', () => {
  const warnings = (...paragraphs: string[]) =>
    extractOfficials(article(...paragraphs), {file: new VFile(), authors: [], province: null, lead: null}).warnings.map((w) => w.ruleId)

  it('are reported when no person found has that given name', () => {
    expect(warnings('Đại tá Lê Quang Đạo, Phó Giám đốc CATP chủ trì hội nghị.', 'Theo ông Bình, công tác này cần đẩy mạnh.')).toEqual(['official-unresolved'])
  })

  it('are not confused with "đồng chí" + a rank before a full name (regression)', () => {
    expect(
      warnings('Tại hội nghị, đồng chí Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực Ban chỉ đạo Nhân quyền Chính phủ đề nghị tỉnh chủ động tham mưu.')
    ).toEqual([])
  })
})

describe('academic titles glued to the name', () => {
  it('splits "TS.Nguyễn" and "PGS.TS.Trần", not "PGS.TS", "TP.HCM" or "Th.S"', async () => {
    const {gluedTitle, tokenize} = await import('../../src/stages/extract/words.js')
    expect(gluedTitle('TS.Nguyễn')).toBe(2)
    expect(gluedTitle('PGS.TS.Trần')).toBe(6)
    for (const w of ['PGS.TS', 'TP.HCM', 'Th.S', 'TS.', 'VOV.VN', 'Ths.nguyễn']) expect(gluedTitle(w), w).toBe(0)
    expect(tokenize('TS.Nguyễn Văn A').map((t) => t.text)).toEqual(['TS', '.', 'Nguyễn', 'Văn', 'A'])
  })
})

describe('where a position was written', () => {
  it('quotes the later mention that completes a position the first mention leaves short (a province is never added silently)', () => {
    const paragraphs = [
      'Phát biểu tại Hội nghị, Đại tá Ngô Xuân Phú, Phó Giám đốc Công an tỉnh cho biết nhiều kết quả.',
      'Đại tá Ngô Xuân Phú, Phó Giám đốc Công an tỉnh Bình Dương phát biểu tại Hội nghị.'
    ]
    const result = extractOfficials(article(...paragraphs), {file: new VFile(), authors: [], province: null, lead: null})
    expect(result.officials[0]!.positions).toEqual(['Phó Giám đốc Công an tỉnh Bình Dương'])
    const quote = result.evidence['officials.0.positions']
    expect(quote && 'text' in quote ? quote.text : null).toContain('Công an tỉnh Bình Dương')
    expect(quote && 'line' in quote ? quote.line : null).toBe(2)
  })
})

describe('cues in the middle of a sentence and lists of papers', () => {
  it('"X chủ trì và có sự tham gia của bà Y, ... và ông Z": Y and Z attended', () => {
    const found = officials(['Lớp học do ông Đỗ Minh Quân, Vụ trưởng Vụ Pháp chế chủ trì và có sự tham gia của bà Anna Keller, chuyên gia UNDP và ông Lý Văn Tâm, Giám đốc Sở Tư pháp.'])
    expect(found.map((o) => [o.name, o.role])).toEqual([['Đỗ Minh Quân', 'chair'], ['Anna Keller', 'attendee'], ['Lý Văn Tâm', 'attendee']])
  })
  it('"nghe các tham luận của A; B và C": everyone listed presented, rank spelt "Tiến sỹ"', () => {
    const found = officials(['Hội nghị đã nghe các tham luận của Tiến sỹ Hà Minh Đức, Vụ trưởng Vụ Luật pháp; Đại tá Võ Thành Nam, Phó Cục trưởng Cục C11 và ông Kiều Văn Lâm, Viện trưởng Viện Khoa học.'])
    expect(found.map((o) => [o.name, o.rank, o.role])).toEqual([['Hà Minh Đức', 'TS', 'reporter'], ['Võ Thành Nam', 'Đại tá', 'reporter'], ['Kiều Văn Lâm', null, 'reporter']])
  })
  it('"do <position> X dẫn đầu": the head of the team chairs; a paired term\'s comma stays in the body', () => {
    const found = officials(['Đoàn kiểm tra do Phó Vụ trưởng Vụ Phổ biến, giáo dục pháp luật Đàm Quang Vinh dẫn đầu đã làm việc tại huyện.'])
    expect(found.map((o) => [o.name, o.positions, o.role])).toEqual([['Đàm Quang Vinh', ['Phó Vụ trưởng Vụ Phổ biến, giáo dục pháp luật'], 'chair']])
  })
  it('"<Name><predicate>" glued by a lost space: the name, then the predicate', () => {
    const found = officials(['Hội thảo do ông Mai Tiến Hùng, Vụ trưởng Vụ Hợp tác quốc tế và Vụ trưởng Vụ Pháp luật quốc tế Tô Quốc Anđồng chủ trì.'])
    expect(found.map((o) => [o.name, o.role])).toEqual([['Mai Tiến Hùng', 'chair'], ['Tô Quốc An', 'chair']])
  })
})

describe('round b9 (issue 11): religions, lower-case middle names, bodies and roles', () => {
  it('a religion or the word for religion is never a name, so a capitalised body keeps its whole name', () => {
    expect(brief(officials(['Dự buổi gặp mặt có: Bà Lò Thị Hạnh - Vụ trưởng Vụ Kinh tế biển Cục Tôn Giáo Miền Bắc; Ông Hà Văn Tùng - Chuyên viên Phòng Tôn Giáo Huyện Bảo Yên; tín đồ của Phật Giáo, Cao Đài, Hòa Hảo.']))).toEqual([
      'Lò Thị Hạnh | - | attendee | Vụ trưởng Vụ Kinh tế biển Cục Tôn Giáo Miền Bắc',
      'Hà Văn Tùng | - | attendee | Chuyên viên Phòng Tôn Giáo Huyện Bảo Yên'
    ])
  })
  it('a middle name printed in lower case (`văn`, `thị`) is part of the name, with its rank', () => {
    expect(brief(officials(['Tới dự có PGS.TS Đỗ văn Khang, Trưởng khoa Luật, Học viện Tư pháp và TS Hà thị Mơ.']))).toEqual([
      'Đỗ văn Khang | PGS.TS | attendee | Trưởng khoa Luật, Học viện Tư pháp',
      'Hà thị Mơ | TS | attendee | '
    ])
  })
  it('a body after "và" closed by an abbreviation, a foreign official after a dash, co-chairs of an opening', () => {
    expect(brief(officials(['Thượng tá Đỗ Văn Khang, Phó Cục trưởng Cục Điều tra buôn lậu và gian lận thương mại BĐBP và bà Anna Keller, Trưởng ban nhập cư, di cư - Vụ Kinh tế biển, Bộ Tư pháp Cộng hòa Pháp (thường trực ở Lãnh sự quán Pháp) đồng chủ trì phiên khai mạc.']))).toEqual([
      'Đỗ Văn Khang | Thượng tá | chair | Phó Cục trưởng Cục Điều tra buôn lậu và gian lận thương mại BĐBP',
      'Anna Keller | - | chair | Trưởng ban nhập cư, di cư - Vụ Kinh tế biển, Bộ Tư pháp Cộng hòa Pháp'
    ])
    expect(officials(['Ông Peter Novak, Trưởng Bộ phận thị thực - Vụ Lãnh sự, Bộ Ngoại giao Ba Lan phát biểu.'])[0]?.positions).toEqual([
      'Trưởng Bộ phận thị thực - Vụ Lãnh sự, Bộ Ngoại giao Ba Lan'
    ])
    // Lower-case words after "và" with no abbreviation to close them are not the body's.
    expect(officials(['Ông Đỗ Văn Khang, Giám đốc Sở Xây dựng và đại diện UBND tỉnh cùng dự.'])[0]?.positions).toEqual(['Giám đốc Sở Xây dựng'])
  })
  it('"(Bộ VH&TT)" closes a position, and an adverb before the predicate ends one', () => {
    expect(brief(officials(['Học viên nghe hai báo cáo viên: Đỗ Văn Khang - Cục trưởng Cục Xuất bản (Bộ VH&TT) và Lò Thị Hạnh - Phó Vụ trưởng Vụ Lễ tân - Bộ Nôi vụ trực tiếp giảng dạy kỹ năng.']))).toEqual([
      'Đỗ Văn Khang | - | reporter | Cục trưởng Cục Xuất bản (Bộ VH&TT)',
      'Lò Thị Hạnh | - | reporter | Phó Vụ trưởng Vụ Lễ tân - Bộ Nôi vụ'
    ])
  })
  it('"Quyền Giám đốc" is an acting office; co-chairs joined by "và" chair', () => {
    expect(brief(officials(['TS Đỗ Văn Khang - Quyền Giám đốc HVCT và TS Lò Thị Hạnh, Phó Giám đốc HVCT đồng chủ trì Tọa đàm.']))).toEqual([
      'Đỗ Văn Khang | TS | chair | Quyền Giám đốc HVCT',
      'Lò Thị Hạnh | TS | chair | Phó Giám đốc HVCT'
    ])
  })
  it('two dissemination verbs in a row, or after "đại diện <body>", present the content', () => {
    expect(brief(officials(['Tại lớp học, đồng chí Đỗ Văn Khang quán triệt, phổ biến nội dung Chỉ thị mới.']))).toEqual(['Đỗ Văn Khang | - | reporter | '])
    expect(brief(officials(['Sau phần khai mạc, Bà Lò Thị Hạnh đại diện Hội Cựu chiến binh tỉnh triển khai, tuyên truyền quy định mới về đất đai.']))).toEqual([
      'Lò Thị Hạnh | - | reporter | '
    ])
  })
  it('"Theo ông X, đại diện Cục Y, Bộ Z, ...": X is quoted (speaker) and the representative is a position', () => {
    expect(brief(officials(['Còn theo ông Đỗ Văn Khang, đại diện Cục Bảo mật thông tin, Bộ Công an, để phòng ngừa cháy rừng cần nhiều biện pháp.']))).toEqual([
      'Đỗ Văn Khang | - | speaker | đại diện Cục Bảo mật thông tin, Bộ Công an'
    ])
    // "theo" not right before the person quotes nobody.
    expect(brief(officials(['Theo kế hoạch của Sở, ông Đỗ Văn Khang sẽ dự lớp học.']))).toEqual(['Đỗ Văn Khang | - | attendee | '])
  })
  it('a talk that opens the programme presents; an opening speech stays a speech', () => {
    expect(brief(officials(['Mở đầu Tọa đàm, thạc sĩ Lò Thị Hạnh – Trưởng Ban Pháp chế Hội Nông dân huyện cũng có những chia sẻ xoay quanh Luật Đất đai.']))).toEqual([
      'Lò Thị Hạnh | - | reporter | Trưởng Ban Pháp chế Hội Nông dân huyện'
    ])
    expect(brief(officials(['Mở đầu buổi học, ông Đỗ Văn Khang, Giám đốc Sở Công Thương phát biểu khai mạc.']))).toEqual([
      'Đỗ Văn Khang | - | speaker | Giám đốc Sở Công Thương'
    ])
  })
  it('a list of fields inside a body\'s name, a lower-case body head after a comma, "chuyên gia" as an office', () => {
    expect(brief(officials(['Ông Đỗ Văn Khang, Giám đốc Sở Nông nghiệp, Lâm nghiệp và Thủy sản tỉnh Lào Cai phát biểu.']))).toEqual([
      'Đỗ Văn Khang | - | speaker | Giám đốc Sở Nông nghiệp, Lâm nghiệp và Thủy sản tỉnh Lào Cai'
    ])
    expect(brief(officials(['Dự có TS Lò Thị Hạnh, Trưởng khoa Xã hội học, Học viện Báo chí, viện Hàn lâm Nông nghiệp Lào; ông Peter Novak, chuyên gia nước sạch của UNDP, và đại biểu các xã.']))).toEqual([
      'Lò Thị Hạnh | TS | attendee | Trưởng khoa Xã hội học, Học viện Báo chí, viện Hàn lâm Nông nghiệp Lào',
      'Peter Novak | - | attendee | chuyên gia nước sạch của UNDP'
    ])
  })
})

describe('round b10 (issue 11): clergy, given-name places, professions and long offices', () => {
  it('keeps a Catholic baptismal name with the name, and a parish is never a person', () => {
    expect(brief(officials(['Nhờ sự giúp đỡ của Linh mục Phêrô Tạ Quang Lộc, nhóm thiện nguyện đã tổ chức buổi học cho thiếu nhi.']))).toEqual([
      'Phêrô Tạ Quang Lộc | - | mentioned | Linh mục'
    ])
    expect(officials(['Đến dự có hơn 80 em thiếu nhi của giáo xứ Hà Lộc và giáo họ Mai Trang.'])).toEqual([])
  })
  it('a host thanked is kept, a directive cited is not', () => {
    expect(officials(['Triển khai văn bản chỉ đạo của Chủ tịch Tạ Quang Lộc, các xã đã mở lớp.'])).toEqual([])
  })
  it('a place that is also a pair of given names may end a name (Trung tướng ... Phương Nam)', () => {
    expect(brief(officials(['Thiếu tướng Tạ Phương Nam, Phó Tổng Tham mưu trưởng Quân đội, dự lễ khai giảng.']))).toEqual([
      'Tạ Phương Nam | Thiếu tướng | attendee | Phó Tổng Tham mưu trưởng Quân đội'
    ])
    expect(brief(officials(['Bà Lạc Thị Hoàng Mai, Giám đốc Sở Xây dựng, phát biểu bên lề buổi họp.']))[0]).toBe(
      'Lạc Thị Hoàng Mai | - | speaker | Giám đốc Sở Xây dựng'
    )
  })
  it('a name right after "thành phố" (not a street)', () => {
    expect(brief(officials(['Kết thúc khóa học, Hiệu trưởng Trường Cao đẳng thành phố Tào Văn Lực đề nghị học viên vận dụng kiến thức.']))).toEqual([
      'Tào Văn Lực | - | speaker | Hiệu trưởng Trường Cao đẳng thành phố'
    ])
    expect(officials(['Lớp học diễn ra ở số 12 phố Tào Văn Lực.'])).toEqual([])
  })
  it('a physician, engineer or lawyer title shows a name but is not a rank', () => {
    expect(brief(officials(['Ông Lạc Minh Khang chủ trì; BS Tào Thị Hạnh và KS Tạ Văn Bình tham dự.']))).toEqual([
      'Lạc Minh Khang | - | chair | ',
      'Tào Thị Hạnh | - | attendee | ',
      'Tạ Văn Bình | - | attendee | '
    ])
    expect(brief(officials(['PGS.TS.BS Tào Thị Hạnh trình bày chuyên đề về sức khỏe.']))[0]).toBe('Tào Thị Hạnh | PGS.TS | reporter | ')
  })
  it('heard providing knowledge, with an office whose field a dashed body closes', () => {
    expect(brief(officials(['Các em chăm chú nghe bác sĩ Tào Thị Hạnh, chuyên gia về dinh dưỡng trẻ em vùng cao - Bộ Giáo dục cung cấp nhiều mẹo bổ ích.']))).toEqual([
      'Tào Thị Hạnh | - | reporter | chuyên gia về dinh dưỡng trẻ em vùng cao - Bộ Giáo dục'
    ])
  })
  it('a former office in parentheses is a second position; a branch campus continues the office', () => {
    expect(brief(officials(['Lớp học do TS Lạc Minh Khang - Giảng viên chính, Học viện Tư pháp (nguyên Phó Viện trưởng Viện Sử học) trực tiếp giảng dạy.']))).toEqual([
      'Lạc Minh Khang | TS | reporter | Giảng viên chính, Học viện Tư pháp // nguyên Phó Viện trưởng Viện Sử học'
    ])
    expect(brief(officials(['Sau đó, bà Tào Thị Hạnh, Trưởng khoa Luật, Phân hiệu Đại học Mở trình bày chuyên đề.']))).toEqual([
      'Tào Thị Hạnh | - | reporter | Trưởng khoa Luật, Phân hiệu Đại học Mở'
    ])
  })
  it('the abbreviation of Central Committee membership is an office; a role noun after a dash', () => {
    expect(brief(officials(['Tới dự lễ ra mắt có ông Lạc Minh Khang, UVTW Đảng, Bí thư Huyện ủy.']))).toEqual([
      'Lạc Minh Khang | - | attendee | UVTW Đảng // Bí thư Huyện ủy'
    ])
    expect(brief(officials(['Thượng tá Tạ Văn Bình, Giảng viên Trường Đại học Cảnh sát - báo cáo viên khóa học đã nêu các tình huống.']))).toEqual([
      'Tạ Văn Bình | Thượng tá | reporter | Giảng viên Trường Đại học Cảnh sát'
    ])
  })
})

describe('round b11 (issue 11): children, teachers and chairs', () => {
  it('a child or pupil named in a sentence that lists participants is not an official', () => {
    expect(officials(['Lần đầu dự trại hè của tỉnh, em Trần Ngọc Bảo Châu, học sinh huyện Tân Phú rất vui.'])).toEqual([])
    // An adult in the same kind of sentence still is.
    expect(brief(officials(['Đến dự hội trại có ông Trần Văn Hưng, Giám đốc Sở Giáo dục.'])).map((l) => l.split(' | ')[0])).toEqual(['Trần Văn Hưng'])
  })
  it('"thầy giáo X" / "cô giáo Y" introduce a person, as "ông" and "bà" do', () => {
    expect(officials(['Trong giờ chào cờ, thầy giáo Hà Văn Sơn đã giới thiệu cách nhận ra tin nhắn giả mạo.']).map((o) => o.name)).toEqual(['Hà Văn Sơn'])
  })
  it('"dự và chủ trì" chairs, and outranks a later keynote report', () => {
    const list = officials([
      'PGS.TS Đinh Văn Hòa, Giám đốc Trường Cán bộ Y, dự và chủ trì buổi tọa đàm.',
      'Phát biểu đề dẫn tọa đàm, PGS.TS Đinh Văn Hòa nêu rõ yêu cầu đổi mới đào tạo.'
    ])
    expect(list.map((o) => o.role)).toEqual(['chair'])
  })
  it('a sentence that opens with "Chủ trì ..." makes its people chairs', () => {
    const list = officials([
      'Chủ trì buổi làm việc ở huyện có ông Giám đốc Sở Xây dựng Vũ Đức Mạnh.',
      'Cuối buổi, ông Vũ Đức Mạnh đề nghị các phòng chuyên môn sớm hoàn thành hồ sơ.'
    ])
    expect(list.map((o) => [o.name, o.role])).toEqual([['Vũ Đức Mạnh', 'chair']])
  })
})

describe('round b12 (issue 11): places, reporters, offices and organisers', () => {
  it('wards listed in brackets or after a plural unit word are places, not people of a participant list', () => {
    const bracket = 'Khóa học thu hút sự tham gia của 40 học viên từ Hội Cựu chiến binh, Đoàn Thanh niên và UBND các địa phương hưởng lợi (Tân An, Lê Lợi, Hồng Phong - huyện Kim Sơn).'
    expect(officials([bracket])).toEqual([])
    expect(officials(['Dự lớp học có cán bộ đến từ các xã Đông Hải, Lê Lợi và Hồng Phong.'])).toEqual([])
    // A name after "tỉnh X," in a participant list is still a person.
    expect(officials(['Tham dự có Phó Trưởng Ban Nội chính tỉnh Nam Định, Đào Minh Khải; lãnh đạo các sở ngành.']).map((o) => o.name)).toEqual([
      'Đào Minh Khải'
    ])
  })
  it('"Đ/c" introduces a person; "UVBTV" is an office of its own before the next', () => {
    expect(brief(officials(['Tại buổi sinh hoạt, Đ/c Lưu Quang Vinh – UVBTV, Trưởng Ban Tổ chức Huyện ủy báo cáo viên đã giải thích với đoàn viên.']))).toEqual([
      'Lưu Quang Vinh | - | reporter | UVBTV // Trưởng Ban Tổ chức Huyện ủy'
    ])
    expect(brief(officials(['Ba mươi hội viên được nghe bà Tô Thị Hạnh - UVBTV - Phó Chủ tịch Hội Nông dân tỉnh Hà Nam truyền thông các kiến thức cơ bản của hòa giải.']))).toEqual([
      'Tô Thị Hạnh | - | reporter | UVBTV // Phó Chủ tịch Hội Nông dân tỉnh Hà Nam'
    ])
  })
  it('a unit named in sentence case runs to its parent body, and the name after it is anchored', () => {
    expect(brief(officials(['Trưởng phòng kiểm soát thủ tục đăng ký hộ tịch Sở Tư pháp tỉnh Hà Nam Lý Thị Thu Hà, báo cáo viên tại buổi học']))).toEqual([
      'Lý Thị Thu Hà | - | reporter | Trưởng phòng kiểm soát thủ tục đăng ký hộ tịch Sở Tư pháp tỉnh Hà Nam'
    ])
  })
  it('"tối cao" is part of the supreme procuracy\'s name; a UN agency closes an expert\'s office', () => {
    const list = officials([
      'Ở điểm cầu chính, TS. Lâm Thị Bích Ngân, Thẩm phán TAND tối cao, Phó Vụ trưởng Vụ Giám sát án dân sự (Vụ 9) TAND tối cao và bà Quách Thị Tâm, chuyên gia dinh dưỡng, UNFPA Lào Cai đồng chủ trì lớp học.'
    ])
    expect(brief(list)).toEqual([
      'Lâm Thị Bích Ngân | TS | chair | Thẩm phán TAND tối cao // Phó Vụ trưởng Vụ Giám sát án dân sự (Vụ 9) TAND tối cao',
      'Quách Thị Tâm | - | chair | chuyên gia dinh dưỡng, UNFPA Lào Cai'
    ])
  })
  it('a body named in lower case joins its fields with "và" up to a place; pupils and students are one public', () => {
    expect(brief(officials(['Lớp học được đồng chí Mạc Văn Lộc – Phó trưởng phòng – Ban chính sách dân số – Sở y tế và dân số Ninh Bình truyền đạt về chính sách trợ giúp.']))).toEqual([
      'Mạc Văn Lộc | - | reporter | Phó trưởng phòng – Ban chính sách dân số – Sở y tế và dân số Ninh Bình'
    ])
    expect(brief(officials(['Mở đầu buổi học, bà Khổng Thị Duyên, Giám đốc Trung tâm Hỗ trợ học sinh, sinh viên, Bộ GDĐT phát biểu.']))).toEqual([
      'Khổng Thị Duyên | - | speaker | Giám đốc Trung tâm Hỗ trợ học sinh, sinh viên, Bộ GDĐT'
    ])
  })
  it('"Tham gia giảng dạy ... có" makes the people it lists reporters', () => {
    expect(officials(['Tham gia giảng dạy khóa học này có bà Anna Berg và bà Lena Holm, hai cố vấn nước ngoài của UNDP.']).map((o) => [o.name, o.role])).toEqual([
      ['Anna Berg', 'reporter'],
      ['Lena Holm', 'reporter']
    ])
  })
})

describe('a foreign name right after a position (issue 11, round b18)', () => {
  const names = (text: string): string[] => officials([text]).map((o) => o.name)
  it('is a person when the position opens with an office', () => {
    expect(names('Đoàn còn có Đại sứ Lao động Quốc tế Gareth Whitlock và Cố vấn Cấp cao Naomi Price.')).toEqual(['Gareth Whitlock', 'Naomi Price'])
  })
  it('is a body or a place when one of its words names a body, or it is a foreign place', () => {
    expect(names('Giám đốc Quỹ Ford Foundation phát biểu tại buổi gặp.')).toEqual([])
    expect(names('Đại diện Tổ chức Human Rights Watch tham dự.')).toEqual([])
    expect(names('Đại sứ quán tại New Zealand gửi thư chúc mừng.')).toEqual([])
  })
  it('needs an office before it: Latin capitals alone name nobody', () => {
    expect(names('Các bạn trẻ đến từ Gareth Whitlock tham dự.')).toEqual([])
  })
})
