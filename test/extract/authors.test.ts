import {describe, expect, it} from 'vitest'
import {bylineNames, extractAuthors, titleCaseName} from '../../src/stages/extract/authors.js'
import {cleanText, fixtures, seeds} from './pipeline.js'

describe('bylines to authors', () => {
  it.each([
    ['Anh Khoa - Nguyễn Anh', ['Anh Khoa', 'Nguyễn Anh']],
    ['Mai Anh', ['Mai Anh']],
    ['Bài và ảnh: Minh Châu', ['Minh Châu']],
    ['Thu Hà, Minh Đức và Quang Vinh', ['Thu Hà', 'Minh Đức', 'Quang Vinh']],
    ['Ngọc Hân (TTXVN)', ['Ngọc Hân']],
    ['Quang Nhật/VOV-Tây Nguyên', ['Quang Nhật']],
    ['Minh Hằng - Quốc Việt/VTV.vn', ['Minh Hằng', 'Quốc Việt']],
    ['Nhóm PV', []],
    ["H'Xíu - Minh Thuận", ["H'Xíu", 'Minh Thuận']],
    ['BÀI VÀ ẢNH: NGUYỄN VĂN NAM', ['NGUYỄN VĂN NAM']],
    ['Theo TTXVN', []],
    ['Trần Thu Giang Nhà báo', ['Trần Thu Giang']],
    ['Lê Hoài Phương PV', ['Lê Hoài Phương']],
    ['Tác giả bài viết: Hồng Quân', ['Hồng Quân']],
    ['Thư mời', []],
    // A contributor's signature with their job after a dash, and a dated note in brackets (issue 11, round b7).
    ['Lò Thị Quyên – Chuyên viên Phòng Văn hóa huyện', ['Lò Thị Quyên']],
    ['Hứa Văn Lực - Thanh tra', ['Hứa Văn Lực']],
    ['Diệu Linh (Cập nhật ngày 03-09-2021)', ['Diệu Linh']],
    ['THANH BÌNH |', ['THANH BÌNH']],
    // A writer signed with a title and their unit's abbreviation (issue 11, round b7).
    ['Tác giả: Thầy giáo Lương Văn Khải - GVCN', ['Lương Văn Khải']],
    ['Tác giả: ThS. Đinh Thu Trà', ['Đinh Thu Trà']],
    ['Bài: Nhà báo Vi Hải Yến', ['Vi Hải Yến']],
    // Without a title, a dash between two signatures still names both.
    ['Mai Anh - TL', ['Mai Anh', 'TL']]
  ])('%s', (text, names) => {
    expect(bylineNames(text).map((n) => n.name)).toEqual(names)
  })
  it('takes a writer\'s initials on the last line as the author, not a desk or an agency (issue 11)', () => {
    const story = 'Hội thảo về quyền của người khuyết tật ở vùng cao\n\nNgày 4/5/2022, hội thảo diễn ra tại Hà Nội.\n\nCác đại biểu đã thảo luận về dự thảo báo cáo.'
    expect(extractAuthors(cleanText(`${story}\n\nHKT`).article).authors).toEqual(['HKT'])
    expect(extractAuthors(cleanText(`${story}\n\nN.H`).article).authors).toEqual(['N.H'])
    expect(extractAuthors(cleanText(`${story}\n\nPV`).article).authors).toEqual([])
    expect(extractAuthors(cleanText(`${story}\n\nTTXVN`).article).authors).toEqual([])
  })
  it('writes names in capitals in title case', () => {
    expect(titleCaseName('HOÀNG ANH')).toBe('Hoàng Anh')
    expect(titleCaseName('Mai Anh')).toBe('Mai Anh')
  })
  it('collects the dateline\'s and the end\'s bylines without repeats', () => {
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\n\nThứ Tư, 29/05/2024 11:20 | Mai Anh\n\nSáng 29/5, hội nghị diễn ra.\n\nMAI ANH')
    const r = extractAuthors(article)
    expect(r.authors).toEqual(['Mai Anh'])
    expect(r.evidence['authors.0']).toMatchObject({line: 3})
  })
})

describe('a signature with its job at the end of a portal story (issue 11, round b7)', () => {
  it('is the byline, so the writer is an author and not an official of the story', () => {
    const text = 'Tuyên truyền pháp luật cho phụ nữ vùng cao\n\nNgày 4/5, Hội Phụ nữ xã tổ chức buổi tuyên truyền pháp luật về phòng, chống bạo lực gia đình.\n\nLò Thị Quyên – Chuyên viên Phòng Văn hóa huyện'
    const {article} = cleanText(text)
    expect(article.bylines.map((b) => b.text)).toEqual(['Lò Thị Quyên – Chuyên viên Phòng Văn hóa huyện'])
    expect(extractAuthors(article).authors).toEqual(['Lò Thị Quyên'])
  })
  it('takes an author line under the lead, with the writer\'s title, as the byline (issue 11, round b7)', () => {
    const text = 'Ngày 9/3, nhà trường tổ chức buổi tập huấn kỹ năng phòng, chống xâm hại cho học sinh khối 4 và khối 5.\n\nTác giả: Cô giáo Hà Thị Ngân - GVCN\n\nCác lớp đều được phát tài liệu sau buổi học.'
    const {article} = cleanText(text)
    expect(article.bylines.map((b) => b.text)).toEqual(['Tác giả: Cô giáo Hà Thị Ngân - GVCN'])
    expect(extractAuthors(article).authors).toEqual(['Hà Thị Ngân'])
    // A speaker's name with a degree under a photo is no byline.
    expect(cleanText('Ngày 9/3, nhà trường tổ chức buổi tập huấn kỹ năng phòng, chống xâm hại cho học sinh khối 4 và khối 5.\n\nTiến sĩ Lâm Thu Hòa').article.bylines).toEqual([])
    // A story sentence that mentions an author is no byline.
    expect(cleanText('Ngày 9/3, nhà trường tổ chức buổi tập huấn.\n\nTác giả: cuốn sách được nhiều em học sinh tìm đọc trong thư viện của trường.').article.bylines).toEqual([])
  })
  it('takes a byline under the headline that ends with an empty dateline bar', () => {
    const {article} = cleanText('Tập huấn pháp luật cho nhân dân vùng biên\n\nTHANH BÌNH |\n\nTừ ngày 3 đến 6/9, đồn biên phòng tổ chức tập huấn pháp luật cho nhân dân.')
    expect(extractAuthors(article).authors).toEqual(['Thanh Bình'])
  })
  it('is not a caption naming someone at work', () => {
    const text = 'Tuyên truyền pháp luật cho phụ nữ vùng cao\n\nNgày 4/5, Hội Phụ nữ xã tổ chức buổi tuyên truyền pháp luật về phòng, chống bạo lực gia đình.\n\nBà Lò Thị Quyên – Chuyên viên Phòng Văn hóa huyện phát biểu'
    expect(cleanText(text).article.bylines).toEqual([])
  })
})

describe('bylines in other layouts (issue 11)', () => {
  const authorsOf = (text: string): string[] => extractAuthors(cleanText(text).article).authors
  it('reads the name before the time and date on one line', () => {
    expect(authorsOf('Tập huấn về quyền con người cho cán bộ xã\nLê Hoài Phương 10:35, 12/05/2024\nNgày 11/5, lớp học khai mạc tại hội trường.')).toEqual(['Lê Hoài Phương'])
  })
  it('reads a name with its label above the headline, and a name alone at the end', () => {
    expect(authorsOf('Trần Thu Giang Nhà báo\nBồi dưỡng kiến thức nhân quyền cho phóng viên trẻ\nNgày 2/6/2021, lớp học khai mạc tại hội trường.\nĐinh Gia Bảo')).toEqual(['Trần Thu Giang', 'Đinh Gia Bảo'])
  })
  it('takes no photo credit, desk, source or copyright line for an author', () => {
    expect(authorsOf('Tập huấn về quyền con người cho cán bộ xã\nNgày 2/6/2021, lớp học khai mạc tại hội trường.\nẢnh: Văn Khải - TTXVN\nNhóm PV\nTheo Báo Sông Bạc\n© Bản quyền thuộc về Báo Sông Bạc')).toEqual([])
  })
})

describe('authors of the seeds and fixtures', () => {
  it.each([...seeds(), ...fixtures()].map((x) => [x.name, x] as const))('%s', (_, {expected, loaded}) => {
    expect(extractAuthors(loaded.article).authors).toEqual(expected.authors)
  })
})
