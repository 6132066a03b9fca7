/**
 * The event an article reports: name, types, organisers, attendance; what is
 * not an event's name; and the seeds.
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {typesIn} from '../../src/knowledge/event-types.js'
import {extractEvent} from '../../src/stages/extract/event.js'
import {normalizeText} from '../../src/text/normalize.js'
import type {Block, CleanArticle, EventInfo} from '../../src/types.js'
import {SEEDS, loadFile, textAt} from './pipeline.js'

function article(...paragraphs: (string | Block)[]): CleanArticle {
  const blocks: Block[] = paragraphs.map((p, i) =>
    typeof p === 'string' ? {kind: 'paragraph', text: normalizeText(p), line: i + 1, column: 1} : p
  )
  return {path: 't.txt', headline: null, blocks, datelines: [], scraperDate: null, bylines: [], outletMark: null, truncated: false, removed: []}
}
const ctx = () => ({file: new VFile(), authors: [], province: null, lead: null})
const event = (...paragraphs: (string | Block)[]): Omit<EventInfo, 'id'> => extractEvent(article(...paragraphs), ctx()).event

describe('name', () => {
  it('"Ngày 10/10, <name> diễn ra tại ...": the subject after the opening day, whatever follows its head', () => {
    expect(event('Ngày 12/9, Hội thảo góp ý dự thảo Báo cáo quốc gia về thực thi Công ước quyền trẻ em (lần 2) diễn ra tại Điện Biên.').name)
      .toBe('Hội thảo góp ý dự thảo Báo cáo quốc gia về thực thi Công ước quyền trẻ em')
    expect(event('Ngày 12/9, Hội thảo đã thu hút đông đảo đại biểu.').name).toBeNull()
  })
  it('"<name> diễn ra từ ngày ...": a lead that opens with the name as its subject (issue 11, round b6)', () => {
    expect(event('Diễn đàn Thanh niên Quốc gia lần thứ IX diễn ra từ ngày 3-6/9, tại Đà Nẵng, với 200 đại biểu.').name).toBe('Diễn đàn Thanh niên Quốc gia lần thứ IX')
    expect(event('Diễn đàn Thanh niên Quốc gia lần thứ IX diễn ra từ ngày 3-6/9.').types).toEqual(['diễn đàn'])
    // Not without the verb of taking place, nor a bare head.
    expect(event('Diễn đàn Thanh niên Quốc gia là nơi các em nói lên ý kiến.').name).toBeNull()
    expect(event('Hội thảo diễn ra trong một ngày.').name).toBeNull()
  })
  it('not a name cut short by the end of a cut-off copy', () => {
    const cut = {...article('Ngày 12/9, Hội thảo góp ý dự thảo Báo cáo quốc gia về quyền trẻ em diễn ra tại Điện Biên.', 'Hội thảo do Bộ Tư pháp tổ chức Hội thảo góp ý dự thảo Báo cáo'), truncated: true}
    expect(extractEvent(cut, ctx()).event.name).toBe('Hội thảo góp ý dự thảo Báo cáo quốc gia về quyền trẻ em')
  })
  it('"X tổ chức <name>" up to the full stop, the place or the audience', () => {
    expect(event('Ngày 23/7, tại Bình Dương, Văn phòng Thường trực về Nhân quyền của Chính phủ phối hợp Ban chỉ đạo về Nhân quyền tỉnh Bình Dương tổ chức Hội nghị Sơ kết công tác nhân quyền 6 tháng đầu năm 2024 và tập huấn công tác nhân quyền năm 2024.').name)
      .toBe('Hội nghị Sơ kết công tác nhân quyền 6 tháng đầu năm 2024 và tập huấn công tác nhân quyền năm 2024')
    expect(event('Ngày 03/10/2024, Ban Chỉ đạo Nhân quyền Chính phủ phối hợp với Ban Chỉ đạo về Nhân quyền tỉnh Bình Định tổ chức Hội nghị tập huấn nhân quyền toàn quốc đợt 2 năm 2024 tại thành phố Quy Nhơn, tỉnh Bình Định.').name)
      .toBe('Hội nghị tập huấn nhân quyền toàn quốc đợt 2 năm 2024')
    expect(event('Sáng 29/5, Ban Chỉ đạo Nhân quyền TP đã tổ chức Hội nghị tập huấn công tác nhân quyền năm 2024 cho 200 đồng chí là lãnh đạo các sở.').name)
      .toBe('Hội nghị tập huấn công tác nhân quyền năm 2024')
  })
  it('keeps a quoted title whole, commas and dashes included', () => {
    expect(event('Ngày 5/12, Viện Quyền con người tổ chức Hội thảo khoa học “Quyền con người trong kỷ nguyên số, lý luận và thực tiễn” tại Hà Nội.').name)
      .toBe('Hội thảo khoa học “Quyền con người trong kỷ nguyên số, lý luận và thực tiễn”')
  })
  it('a name used as the subject of a sentence', () => {
    expect(event('Các đại biểu tham dự.', 'Hội nghị tập huấn công tác nhân quyền đã quán triệt những vấn đề mới.').name)
      .toBe('Hội nghị tập huấn công tác nhân quyền')
  })
  it('"diễn ra <name>", a lower-case head, a comma after the name', () => {
    expect(event('Sáng 12/6, tại thành phố Vinh đã diễn ra Hội nghị triển khai công tác nhân quyền năm 2023, với sự tham dự của 150 đại biểu.').name)
      .toBe('Hội nghị triển khai công tác nhân quyền năm 2023')
    expect(event('Sở Tư pháp tổ chức lớp tập huấn kiến thức về quyền con người cho cán bộ cấp xã.').name)
      .toBe('Lớp tập huấn kiến thức về quyền con người')
  })
  it('a caption when the text names no event', () => {
    expect(event({kind: 'caption', text: 'Quang cảnh Hội nghị sơ kết công tác nhân quyền tại Bình Dương.', line: 1, column: 1}).name)
      .toBe('Hội nghị sơ kết công tác nhân quyền')
  })
  it('is null when the event is only "hội nghị"', () => {
    expect(event('Phát biểu tại Hội nghị, Đại tá Ngô Xuân Phú cho biết tình hình ổn định.', 'Hội nghị đã đánh giá đầy đủ thực trạng tình hình.').name).toBeNull()
  })
})

describe('types', () => {
  it('from the name, in its order', () => {
    expect(typesIn('Hội nghị Sơ kết công tác nhân quyền 6 tháng đầu năm 2024 và tập huấn công tác nhân quyền năm 2024')).toEqual(['sơ kết', 'tập huấn'])
    expect(typesIn('Hội thảo khoa học “Quyền con người”')).toEqual(['hội thảo'])
    expect(typesIn('Tọa đàm kỷ niệm Ngày Nhân quyền')).toEqual(['tọa đàm'])
  })
  it('"hội nghị" only when the name shows no other kind', () => {
    expect(event('UBND tỉnh tổ chức Hội nghị Ban Chỉ đạo Nhân quyền tỉnh.').types).toEqual(['hội nghị'])
  })
  it('from the text when there is no name', () => {
    expect(event(
      'Phát biểu tại Hội nghị, Đại tá Ngô Xuân Phú cho biết tình hình ổn định.',
      'Các đại biểu đã nghe các báo cáo viên trình bày hai chuyên đề gồm: “A b” và “C d”.',
      'Hội nghị đã đánh giá đầy đủ, toàn diện thực trạng tình hình, kết quả công tác trong 06 tháng đầu năm.'
    ).types).toEqual(['sơ kết', 'tập huấn'])
    expect(event('Hội nghị đã đánh giá tình hình.').types).toEqual([])
  })
})

describe('issue 11: organisers and attendance from unseen outlets', () => {
  it('drops an abbreviation in brackets from an organiser\'s name', () => {
    expect(event('Ngày 5/6/2024, Ban Chỉ đạo (BCĐ) phòng chống thiên tai tỉnh Sóc Trăng tổ chức Hội nghị tổng kết năm.').organizers)
      .toEqual(['Ban Chỉ đạo phòng chống thiên tai tỉnh Sóc Trăng'])
  })
  it('leaves a generic companion phrase out of the organisers; a ceremony word before the head', () => {
    expect(event('Hôm qua, Sở Nội vụ và Sở Tư pháp cùng các huyện, thị xã tổ chức Hội nghị tập huấn nghiệp vụ văn thư.').organizers)
      .toEqual(['Sở Nội vụ', 'Sở Tư pháp'])
    const e = event('Sáng 9/10, Sở Tư pháp tổ chức khai giảng Khóa bồi dưỡng nghiệp vụ hòa giải ở cơ sở.')
    expect([e.name, e.organizers]).toEqual(['Khóa bồi dưỡng nghiệp vụ hòa giải ở cơ sở', ['Sở Tư pháp']])
  })
  it('finds "<Head> do X, Y phối hợp Z tổ chức" when the name came without organisers', () => {
    expect(event(
      'Ngày 4/5, Lớp bồi dưỡng nghiệp vụ công chứng năm 2024 đã khai giảng tại tỉnh Yên Bái.',
      'Lớp bồi dưỡng do Sở Tư pháp, Hội Công chứng viên phối hợp UBND huyện Văn Yên tổ chức trong năm ngày.'
    ).organizers).toEqual(['Sở Tư pháp', 'Hội Công chứng viên', 'UBND huyện Văn Yên'])
  })
  it('splits "X phối hợp với Chi cục Y" into two organisers, and takes the subject of "mở lớp" (issue 11, round b7)', () => {
    expect(event('Ngày 3/4/2021, Hội Nông dân huyện Mỹ Lâm phối hợp với Chi cục Thủy sản tỉnh tổ chức lớp tập huấn kỹ thuật nuôi cá lồng.').organizers)
      .toEqual(['Hội Nông dân huyện Mỹ Lâm', 'Chi cục Thủy sản tỉnh'])
    const e = event('Ngày 4/8, Trung tâm Chính trị (Huyện ủy Yên Lạc) mở lớp bồi dưỡng nghiệp vụ văn thư cho cán bộ xã.')
    expect(e.organizers).toEqual(['Trung tâm Chính trị (Huyện ủy Yên Lạc)'])
  })
  it('an adverb before "tổ chức" is not part of the organiser (issue 11, round b10)', () => {
    expect(event('Năm 2023, Hội Cựu chiến binh huyện Mỹ Lâm tiếp tục tổ chức Lớp học nuôi ong mật cho hai xã.').organizers)
      .toEqual(['Hội Cựu chiến binh huyện Mỹ Lâm'])
  })
  it('takes the organisers of an unnamed activity in the lead: "X phối hợp với Y tổ chức hoạt động tuyên truyền" (issue 11, round b7)', () => {
    expect(event('Cuối tuần qua, Đoàn Thanh niên xã Hòa Mỹ phối hợp với Hội Chữ thập đỏ xã tổ chức buổi tuyên truyền về phòng chống sốt xuất huyết cho người dân.').organizers)
      .toEqual(['Đoàn Thanh niên xã Hòa Mỹ', 'Hội Chữ thập đỏ xã'])
    // "tổ chức" of something else (carrying out a plan) names no organiser.
    expect(event('Vừa qua, UBND huyện tổ chức thực hiện kế hoạch phát triển kinh tế năm 2024.').organizers).toEqual([])
  })
  it('counts "có sự tham gia của N đại biểu", exact', () => {
    const e = event('Buổi tọa đàm thu hút sự tham gia của 145 đại biểu.')
    expect([e.attendance, e.attendanceQualifier]).toEqual([145, null])
  })
})

describe('organizers', () => {
  it('bodies joined by "phối hợp (với)"', () => {
    expect(event('Ngày 03/10/2024, Ban Chỉ đạo Nhân quyền Chính phủ phối hợp với Ban Chỉ đạo về Nhân quyền tỉnh Bình Định tổ chức Hội nghị tập huấn nhân quyền toàn quốc.').organizers)
      .toEqual(['Ban Chỉ đạo Nhân quyền Chính phủ', 'Ban Chỉ đạo về Nhân quyền tỉnh Bình Định'])
  })
  it('a unit and the body it belongs to, joined by a comma, are one organiser (issue 11, round b6)', () => {
    expect(event('Hội thảo do Cục Cảnh sát hình sự, Bộ Công an phối hợp với Trung tâm Tư vấn pháp luật, Hội Liên hiệp Phụ nữ Việt Nam tổ chức ngày 4/8.').organizers)
      .toEqual(['Cục Cảnh sát hình sự, Bộ Công an', 'Trung tâm Tư vấn pháp luật, Hội Liên hiệp Phụ nữ Việt Nam'])
    // Two bodies of their own stay two.
    expect(event('Ngày 4/8, Viện Nghiên cứu Con người, Bộ Tư pháp tổ chức Hội thảo về quyền con người.').organizers)
      .toEqual(['Viện Nghiên cứu Con người', 'Bộ Tư pháp'])
  })
  it('the UN Development Programme is a body, and an abbreviation closing a body\'s name is kept (issue 11, round b6)', () => {
    expect(event('Ngày 9/12, Bộ Tư pháp (BTP) và Chương trình Phát triển Liên hợp quốc (UNDP) tổ chức Hội thảo về quyền của người khuyết tật.').organizers)
      .toEqual(['Bộ Tư pháp (BTP)', 'Chương trình Phát triển Liên hợp quốc (UNDP)'])
    expect(event('Ngày 9/12, Ban Chỉ đạo (BCĐ) Nhân quyền tỉnh tổ chức Hội thảo về quyền của người khuyết tật.').organizers)
      .toEqual(['Ban Chỉ đạo Nhân quyền tỉnh'])
  })
  it('after adverbials and before "đã"', () => {
    expect(event('(CAO) Sáng 29/5, tại hội trường Công an TPHCM, được sự phân công của lãnh đạo UBND TP, Ban Chỉ đạo Nhân quyền TP đã tổ chức Hội nghị tập huấn công tác nhân quyền năm 2024 cho 200 đồng chí.').organizers)
      .toEqual(['Ban Chỉ đạo Nhân quyền TP'])
  })
  it('a list with commas and "và", keeping "và" inside a body name', () => {
    expect(event('Ngày 10/12, Bộ Ngoại giao, Ban Tuyên giáo và Dân vận Trung ương và Viện Quyền con người tổ chức Tọa đàm kỷ niệm Ngày Nhân quyền.').organizers)
      .toEqual(['Bộ Ngoại giao', 'Ban Tuyên giáo và Dân vận Trung ương', 'Viện Quyền con người'])
  })
  it('"do X tổ chức"', () => {
    expect(event('Hội nghị do Sở Tư pháp phối hợp với Hội Luật gia tỉnh tổ chức Hội nghị tuyên truyền pháp luật.').organizers)
      .toEqual(['Sở Tư pháp', 'Hội Luật gia tỉnh'])
  })
  it('none when the subject is not a body', () => {
    expect(event('Sáng 5/3, tổ chức Hội nghị tập huấn nhân quyền.').organizers).toEqual([])
    expect(event('Hội nghị tập huấn công tác nhân quyền đã quán triệt những vấn đề mới.').organizers).toEqual([])
  })
})

describe('attendance', () => {
  it('"hơn N đại biểu", "cho N đồng chí", "N học viên"', () => {
    expect(event('Cùng dự có hơn 350 đại biểu đại diện các bộ, ban, ngành thành viên Ban Chỉ đạo Nhân quyền của 35 tỉnh, thành phố.').attendance).toBe(350)
    expect(event('Ban Chỉ đạo tổ chức Hội nghị tập huấn cho 200 đồng chí là lãnh đạo các sở.').attendance).toBe(200)
    expect(event('Lớp học thu hút 1.200 học viên tham gia.').attendance).toBe(1200)
  })
  it('pupils and dignitaries, a count glued to its noun, and a count that is its sentence\'s subject (issue 11, round b7)', () => {
    const e = (text: string) => {
      const r = event(text)
      return [r.attendance, r.attendanceQualifier]
    }
    expect(e('Sáng thứ Hai, gần 600 em học sinh khối 8 được nghe tuyên truyền về phòng, chống ma túy.')).toEqual([600, 'gần'])
    expect(e('Hội Nông dân xã khai giảng khóa học nghề cho 85học viên đến từ các thôn.')).toEqual([85, null])
    expect(e('Buổi gặp mặt thu hút 140 vị chức sắc của các hệ phái.')).toEqual([140, null])
    expect(e('Tại Nhà văn hóa thôn Đồng Lư, 60 hội viên nông dân được hướng dẫn kỹ thuật chăm sóc cây chè.')).toEqual([60, null])
    expect(e('Hội Phụ nữ huyện tổ chức tập huấn. 45 người của các tổ hòa giải đã được cấp tài liệu hỏi đáp pháp luật.')).toEqual([45, null])
  })
  it('is no count of people where the noun is another word, or the sentence says nothing of attending', () => {
    expect(event('Hội nghị có 12 vị trí được bầu lại trong nhiệm kỳ.').attendance).toBeNull()
    expect(event('Tại huyện, 300 học sinh bỏ học trong năm qua vì hoàn cảnh khó khăn.').attendance).toBeNull()
  })
  it('is null without a number of people, or for a delegation', () => {
    expect(event('Đại diện 35 tỉnh, thành phố tham dự hội nghị.').attendance).toBeNull()
    expect(event('Tham dự có 2 đồng chí Phó Chủ tịch UBND tỉnh.').attendance).toBeNull()
    expect(event('Tham dự hội nghị có các đại biểu là thành viên Ban Chỉ đạo.').attendance).toBeNull()
  })
})

describe('evidence and long lines', () => {
  it('points at the name, organisers and attendance', () => {
    const text = 'Ngày 5/3, Sở Tư pháp tổ chức Hội nghị tập huấn nhân quyền cho 120 cán bộ.'
    const column = (words: string) => text.indexOf(words) + 1
    const result = extractEvent(article(text), ctx())
    expect(result.evidence['event.name']).toEqual({line: 1, column: column('Hội nghị'), text: 'Hội nghị tập huấn nhân quyền'})
    expect(result.evidence['event.organizers.0']).toEqual({line: 1, column: column('Sở'), text: 'Sở Tư pháp'})
    expect(result.evidence['event.attendance']).toEqual({line: 1, column: column('cho 120'), text: 'cho 120 cán bộ'})
  })
  // Its speed on 1 MB is measured by `npm run bench:inputs`, not here.
  it('reads a long line of event words: one event, no attendance made up', () => {
    const line = 'tổ chức Hội nghị tập huấn, cho hơn '.repeat(3_000).slice(0, 100_000)
    expect(event(line)).toEqual({name: 'Hội nghị tập huấn', types: ['tập huấn'], organizers: [], attendance: null, attendanceQualifier: null})
  })
})

describe('seeds', () => {
  const expected: Record<string, Omit<EventInfo, 'id'>> = {
    '000_365809ecc03be940.txt': {
      name: 'Hội nghị Sơ kết công tác nhân quyền 6 tháng đầu năm 2024 và tập huấn công tác nhân quyền năm 2024',
      types: ['sơ kết', 'tập huấn'],
      organizers: ['Văn phòng Thường trực về Nhân quyền của Chính phủ', 'Ban chỉ đạo về Nhân quyền tỉnh Bình Dương'],
      attendance: null,
      attendanceQualifier: null
    },
    '001_723d0a309469e636.txt': {
      name: 'Hội nghị tập huấn nhân quyền toàn quốc đợt 2 năm 2024',
      types: ['tập huấn'],
      organizers: ['Ban Chỉ đạo Nhân quyền Chính phủ', 'Ban Chỉ đạo về Nhân quyền tỉnh Bình Định'],
      attendance: 350,
      attendanceQualifier: 'hơn'
    },
    '002_be019099d2e2e91b.txt': {name: 'Hội nghị tập huấn công tác nhân quyền', types: ['tập huấn'], organizers: [], attendance: null, attendanceQualifier: null},
    '003_422f32a2dd28f114.txt': {name: null, types: ['sơ kết', 'tập huấn'], organizers: [], attendance: null, attendanceQualifier: null},
    '004_cf6924da87c88e48.txt': {
      name: 'Hội nghị tập huấn công tác nhân quyền năm 2024',
      types: ['tập huấn'],
      organizers: ['Ban Chỉ đạo Nhân quyền TP'],
      attendance: 200,
      attendanceQualifier: null
    }
  }
  it.each(Object.entries(expected))('%s', (name, want) => {
    const loaded = loadFile(SEEDS, name)
    const result = extractEvent(loaded.article, {file: loaded.file, authors: [], province: null, lead: null})
    expect(result.event).toEqual(want)
    for (const ev of Object.values(result.evidence)) {
      if ('line' in ev) expect(textAt(loaded.source, ev.line, ev.column, ev.text.length)).toBe(ev.text)
    }
  })
})

describe('organisers of round b9 (issue 11)', () => {
  it('a count before the activity: "X tổ chức 3 lớp tập huấn"', () => {
    expect(event('Vừa qua, Phòng Kinh tế huyện tổ chức 3 lớp tập huấn kỹ thuật trồng chè.').organizers).toEqual(['Phòng Kinh tế huyện'])
  })
  it('a launched programme, an international organisation and an embassy', () => {
    expect(event('Ngày 4/3, Tổ chức Lao động quốc tế (ILO) phối hợp cùng Tổng Lãnh sự quán Úc ra mắt dự án "An toàn việc làm" cho thanh niên.').organizers)
      .toEqual(['Tổ chức Lao động quốc tế (ILO)', 'Tổng Lãnh sự quán Úc'])
  })
  it('"Hoạt động lần này do X tổ chức" names the organiser of an unnamed activity', () => {
    expect(event('Hoạt động lần này do Cục Bảo vệ rừng tổ chức, nhân tuần lễ xanh, tại Huế.').organizers).toEqual(['Cục Bảo vệ rừng'])
  })
  it('a union of organisations is a body: "X cùng với Liên hiệp ..." gives two', () => {
    expect(event('Ngày 2-3, Hội Nông dân huyện cùng với Liên hiệp hội khoa học huyện tổ chức lớp học kỹ năng nghề.').organizers)
      .toEqual(['Hội Nông dân huyện', 'Liên hiệp hội khoa học huyện'])
  })
  it('a comma inside a body\'s name, and a bracketed body in the middle of a name ends it', () => {
    expect(event('Ngày 5/3/2021, Viện Khảo sát Biển, Đảo và Thủy văn cùng Sở Xây dựng (Phòng Quy hoạch) tỉnh Yên Bái tổ chức Tọa đàm về quy hoạch.').organizers)
      .toEqual(['Viện Khảo sát Biển, Đảo và Thủy văn', 'Sở Xây dựng'])
    // A bracket closing the name stays, as printed.
    expect(event('Ngày 4/8, Phòng Quy hoạch (Sở Xây dựng) tổ chức Tọa đàm về quy hoạch.').organizers).toEqual(['Phòng Quy hoạch (Sở Xây dựng)'])
  })
  it('a body\'s head word alone refers back to a body named before: no organiser', () => {
    expect(event('Tại xã đảo, Ban vừa tổ chức 4 hội nghị về phòng cháy rừng.').organizers).toEqual([])
  })
})

describe('organisers of rounds b10 and b11 (issue 11)', () => {
  const withHeadline = (headline: string, ...paragraphs: string[]): Omit<EventInfo, 'id'> =>
    extractEvent({...article(...paragraphs), headline: {kind: 'headline', text: normalizeText(headline), line: 1, column: 1}}, ctx()).event
  it('a lead with no opening phrase: the organiser starts the block', () => {
    expect(event('Sở Y tế chủ trì, cùng với Quỹ Nhi đồng Liên hợp quốc (UNICEF) tổ chức Hội thảo dinh dưỡng học đường.').organizers)
      .toEqual(['Sở Y tế', 'Quỹ Nhi đồng Liên hợp quốc (UNICEF)'])
  })
  it('a branch and its department after a comma is one organiser', () => {
    expect(event('Ngày 2.4.2021, tại xã Tân Phú, Chi cục Thủy lợi, Sở NN-PTNT tỉnh tổ chức tập huấn phòng chống lụt bão cho nông dân.').organizers)
      .toEqual(['Chi cục Thủy lợi, Sở NN-PTNT tỉnh'])
  })
  it('"X giao phòng Y phối hợp Z tổ chức": the assigned office and its partner, not the one assigning', () => {
    expect(event('Ngày 4/5/2021, UBND huyện Tam Nông giao phòng Kinh tế hạ tầng huyện phối hợp Đoàn Thanh niên huyện tổ chức Hội nghị phổ biến quy định an toàn điện cho 90 người.').organizers)
      .toEqual(['phòng Kinh tế hạ tầng huyện', 'Đoàn Thanh niên huyện'])
  })
  it('a comma before "tổ chức" ends a list of partners', () => {
    expect(event('Ngày 8-9-2022, Phòng Văn hóa huyện cùng với Ủy ban MTTQ Việt Nam huyện, Bệnh viện huyện và UBND xã Pa Tần, tổ chức Hội nghị tuyên truyền phòng chống dịch bệnh tại bản Nậm Pồ.').organizers)
      .toEqual(['Phòng Văn hóa huyện', 'Ủy ban MTTQ Việt Nam huyện', 'Bệnh viện huyện', 'UBND xã Pa Tần'])
  })
  it('a partner in lower case: kept when it carries a proper name, left out when it only points back', () => {
    expect(event('Ngày 3/4/2024, Trường THCS Nà Hỳ cùng với tổ chức thanh niên Cánh Buồm tổ chức sinh hoạt ngoại khóa về kỹ năng sống.').organizers)
      .toEqual(['Trường THCS Nà Hỳ', 'tổ chức thanh niên Cánh Buồm'])
    expect(event('Ngày 7/5, Sở Tư pháp Hà Tĩnh cùng với công an huyện nhà, tổ chức lớp học cho hòa giải viên.').organizers)
      .toEqual(['Sở Tư pháp Hà Tĩnh'])
  })
  it('"X đã chủ trì, phối hợp Y": the lead verb is no part of a name', () => {
    expect(event('Ngày 14-3, tại Cần Thơ, Cục Đường thủy (Bộ Giao thông vận tải) chủ trì, phối hợp Sở Giao thông vận tải TP Cần Thơ và các hợp tác xã vận tải tổ chức Hội thảo về bến khách ngang sông.').organizers)
      .toEqual(['Cục Đường thủy (Bộ Giao thông vận tải)', 'Sở Giao thông vận tải TP Cần Thơ'])
  })
  it('a class of bodies ("UBND các xã ...") is not an organiser; a union of organisations is', () => {
    expect(event('Từ ngày 2/9/2022 đến ngày 9/9/2022, Ban Tôn giáo cùng với UBND các phường của 2 quận nội thành tổ chức 6 Hội thi tìm hiểu pháp luật.').organizers)
      .toEqual(['Ban Tôn giáo'])
    expect(event('Ngày 2/5, Hội Cựu chiến binh huyện cùng với Liên hiệp các hội khoa học kỹ thuật huyện tổ chức hội nghị chuyên đề.').organizers)
      .toEqual(['Hội Cựu chiến binh huyện', 'Liên hiệp các hội khoa học kỹ thuật huyện'])
  })
  it('a lead-in with no comma before the organiser ("Sáng ngày ...", "tại <place> ...")', () => {
    expect(event('Để đoàn viên nắm rõ quyền của mình, Chiều ngày 5/4/2023 Đoàn xã Phước Hòa tổ chức triển khai Luật Thanh niên cho 60 đoàn viên.').organizers)
      .toEqual(['Đoàn xã Phước Hòa'])
    expect(event('Mới đây, tại nhà văn hóa Hòa Bình (KCN Phố Nối - Hưng Yên) Hiệp hội doanh nghiệp nhỏ Hải Dương cùng với Hội Nông dân Hưng Yên đã cùng tổ chức Ngày hội thể thao cho công nhân.').organizers)
      .toEqual(['Hiệp hội doanh nghiệp nhỏ Hải Dương', 'Hội Nông dân Hưng Yên'])
    // A comma closes the venue: the body inside it is where, not who.
    expect(event('Sáng ngày 4/6, tại Hội trường Huyện ủy, Phòng Nội vụ huyện mở lớp tập huấn công tác văn thư.').organizers).toEqual(['Phòng Nội vụ huyện'])
  })
  it('a lead paragraph below labels and links is still searched', () => {
    expect(event('Tuổi trẻ Tân Châu', 'https://example.vn/bai-viet-1.html', 'Ban biên tập', 'Luật Thanh niên năm 2020 có hiệu lực từ ngày 1/1/2021 với nhiều điểm mới quan trọng.', 'Sáng 2/3/2023, Đoàn xã Tân Hòa tổ chức tuyên truyền về Luật Thanh niên cho đoàn viên.').organizers)
      .toEqual(['Đoàn xã Tân Hòa'])
  })
  it('a bare repeat of a body beside the same body with its place, and a short name in brackets, are left out', () => {
    expect(event('Ngày 3/10, Hội Làm vườn Đắk Nông cùng với Hội Làm vườn, Phòng Nông nghiệp huyện Krông Nô tổ chức lớp tập huấn trồng cà phê.').organizers)
      .toEqual(['Hội Làm vườn Đắk Nông', 'Phòng Nông nghiệp huyện Krông Nô'])
    expect(event('Ngày 6/6, Ban Điều hành Chương trình nước sạch nông thôn, Bộ Nông nghiệp (Chương trình) cùng với Sở Y tế mở lớp tập huấn vệ sinh môi trường.').organizers)
      .toEqual(['Ban Điều hành Chương trình nước sạch nông thôn, Bộ Nông nghiệp', 'Sở Y tế'])
  })
  it('a headline with a body as its subject, when the story names no organiser', () => {
    expect(withHeadline('Hội Cựu chiến binh tỉnh Long An Tập huấn về pháp luật cho hội viên', 'Trong lớp học, hội viên được phổ biến các quy định mới.').organizers)
      .toEqual(['Hội Cựu chiến binh tỉnh Long An'])
    expect(withHeadline('Hội nghị tập huấn về pháp luật cho hội viên', 'Các hội viên đã được nghe giới thiệu những điểm mới.').organizers).toEqual([])
  })
})

describe('attendance of rounds b10 and b11 (issue 11)', () => {
  it('contestants, young people, workers and counted participations', () => {
    expect(event('Sáng 4/5, Hội Cựu chiến binh huyện mở hội thi tìm hiểu pháp luật, thu hút 36 thí sinh của 5 xã.').attendance).toBe(36)
    expect(event('Buổi gặp mặt có hơn 120 bạn trẻ của giáo xứ tham dự.').attendance).toBe(120)
    expect(event('Buổi giao lưu có trên 150 công nhân ở khu chế xuất.').attendance).toBe(150)
    expect(event('Buổi nói chuyện ở bản Pá Khoang thu hút 58 lượt người dự.').attendance).toBe(58)
  })
  it('a count that discusses as its sentence\'s subject', () => {
    expect(event('Tại trại hè, 140 trẻ em từ nhiều tỉnh đã thảo luận sôi nổi về an toàn trên mạng.').attendance).toBe(140)
  })
})

describe('organisers of round b12 (issue 11)', () => {
  it('the comma before a joiner word is not part of the first organiser\'s name', () => {
    expect(event('Sáng 12/4/2023, Hội Cựu chiến binh xã Tân Phú, phối hợp cùng Đoàn Thanh niên xã tổ chức buổi tuyên truyền pháp luật.').organizers)
      .toEqual(['Hội Cựu chiến binh xã Tân Phú', 'Đoàn Thanh niên xã'])
  })
  it('a sponsor\'s clause "do X tài trợ," before the subject does not make X the organiser', () => {
    expect(event('Nằm trong chương trình giúp phụ nữ di cư do tổ chức Plan International tài trợ, hôm 5/6/2021, ở thị xã Cửa Lò, Hội Cựu chiến binh huyện cùng Phòng Tư pháp huyện tổ chức buổi nói chuyện pháp luật.').organizers)
      .toEqual(['Hội Cựu chiến binh huyện', 'Phòng Tư pháp huyện'])
    // Without the clause's comma, "do X tổ chức" still names X.
    expect(event('Lớp tập huấn do Sở Tư pháp tỉnh tổ chức.').organizers).toEqual(['Sở Tư pháp tỉnh'])
  })
  it('a "tổ chức" used as a noun early in the lead is passed over for the verb later on; "các cuộc" is a filler', () => {
    expect(event('Căn cứ chương trình năm của Hội Cựu chiến binh về tổ chức tọa đàm pháp luật ở 5 xã, trong tháng 4/2023, Hội Cựu chiến binh huyện vừa tổ chức các cuộc tọa đàm ở vùng cao.').organizers)
      .toEqual(['Hội Cựu chiến binh huyện'])
  })
  it('bare place names after a body continue its name, past a lead-in with "Vào"', () => {
    expect(event('Vào các ngày 3; 8-9/6/2022 Sở Y tế cùng Phòng Y tế huyện Lộc Ninh, Bù Gia Mập, Hớn Quản, tổ chức lớp bồi dưỡng kiến thức vệ sinh bếp ăn.').organizers)
      .toEqual(['Sở Y tế', 'Phòng Y tế huyện Lộc Ninh, Bù Gia Mập, Hớn Quản'])
  })
  it('a project named after a partner joiner is an organiser beside the body', () => {
    expect(event('Ngày 2/3/2023, TAND tối cao phối hợp với Dự án BRIDGE tổ chức tập huấn cho thẩm phán về xét xử án gia đình.').organizers)
      .toEqual(['TAND tối cao', 'Dự án BRIDGE'])
  })
  it('a paired term\'s comma stays inside one organiser\'s name ("Trường Đào tạo, bồi dưỡng nghiệp vụ ...")', () => {
    expect(event('Mới đây, Trung tâm Văn hóa tỉnh cùng Trường Đào tạo, bồi dưỡng nghiệp vụ Tư pháp đã tổ chức lớp tập huấn về quyền trẻ em.').organizers)
      .toEqual(['Trung tâm Văn hóa tỉnh', 'Trường Đào tạo, bồi dưỡng nghiệp vụ Tư pháp'])
  })
  it('"đã" after the comma that closes the organisers\' list belongs to the verb', () => {
    expect(event('Hôm 4/5/2021, tại Khách sạn Bến Thuyền, Viện Chính sách công cùng với Đại sứ quán Phần Lan tại Việt Nam, phối hợp với Trường Đại học Luật Vinh, đã tổ chức hội thảo về quyền người khuyết tật.').organizers)
      .toEqual(['Viện Chính sách công', 'Đại sứ quán Phần Lan tại Việt Nam', 'Trường Đại học Luật Vinh'])
  })
  it('an acronym in brackets closes a faculty\'s name, so the school after its comma is another organiser', () => {
    expect(event('Ngày 9/9/2020, Khoa Luật Đại học Đà Lạt (DLU), Trường Đại học Luật Huế và Viện Nhân quyền Na Uy (NCHR) tổ chức tọa đàm về quyền phụ nữ.').organizers)
      .toEqual(['Khoa Luật Đại học Đà Lạt (DLU)', 'Trường Đại học Luật Huế', 'Viện Nhân quyền Na Uy (NCHR)'])
    // Without the acronym, a faculty followed by its school is one organiser.
    expect(event('Ngày 9/9/2020, Khoa Luật, Trường Đại học Đà Lạt tổ chức tọa đàm về quyền phụ nữ.').organizers)
      .toEqual(['Khoa Luật, Trường Đại học Đà Lạt'])
  })
  it('reads a name printed in quotes after the verb, and a subject past an abbreviation\'s dot (issue 11, round b15)', () => {
    const e = event('Ngày 4/9, UBND TP. Sông Bạc vừa tổ chức “Tọa đàm khu vực về quyền của người cao tuổi”.')
    expect(e.name).toBe('Tọa đàm khu vực về quyền của người cao tuổi')
    expect(e.organizers).toEqual(['UBND TP. Sông Bạc'])
    // A real full stop still ends the sentence before the subject.
    expect(event('Trời mưa to. Sở Tư pháp tổ chức hội nghị tập huấn về hòa giải.').organizers).toEqual(['Sở Tư pháp'])
  })
})
