import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {clean, looksLikeByline, looksLikeHeadline} from '../src/stages/clean.js'
import {cleanText, fixtures, seeds, splitOf, textAt} from './extract/pipeline.js'

const storyText = (a: ReturnType<typeof cleanText>['article']): string => a.blocks.map((b) => b.text).join('\n')

describe('clean: places', () => {
  it('keeps every block at its real line and column', () => {
    for (const {loaded} of [...seeds(), ...fixtures()]) {
      const {article, source} = loaded
      const all = [...article.blocks, ...article.datelines, ...article.bylines, ...(article.headline ? [article.headline] : [])]
      for (const b of all) expect(textAt(source, b.line, b.column, b.text.length), `${article.path}:${b.line}:${b.column}`).toBe(b.text)
      for (const r of article.removed) expect(textAt(source, r.line, r.column, r.text.length), `${article.path}:${r.line}:${r.column}`).toBe(r.text)
      if (article.scraperDate) expect(textAt(source, article.scraperDate.line, article.scraperDate.column, 7)).toBe(article.scraperDate.text.slice(0, 7))
      if (article.outletMark) expect(textAt(source, article.outletMark.line, article.outletMark.column, article.outletMark.text.length)).toBe(article.outletMark.text)
    }
  })
  it('counts lines after the front matter', () => {
    const split = {...splitOf('Tiêu đề bài viết về nhân quyền\n\nNgày 5/3, hội nghị diễn ra tại tỉnh Bình Dương.'), bodyLine: 5}
    const article = clean(split, new VFile())
    expect(article.headline).toMatchObject({line: 5, column: 1})
    expect(article.blocks[0]).toMatchObject({line: 7, column: 1})
  })
})

describe('clean: headline', () => {
  it('takes the first line that reads as a headline', () => {
    const {article} = cleanText('Tập huấn công tác nhân quyền năm 2024\n\nSáng 29/5, tại TP, hội nghị đã diễn ra.')
    expect(article.headline?.text).toBe('Tập huấn công tác nhân quyền năm 2024')
  })
  it('has none when the file opens with a paragraph', () => {
    const {article} = cleanText('Phát biểu tại Hội nghị, Đại tá Ngô Xuân Phú cho biết tỉnh đã đạt nhiều kết quả.\n\nĐoạn hai của bài.')
    expect(article.headline).toBeNull()
  })
  it('drops the headline printed twice', () => {
    const {article} = cleanText('Nghệ An tăng cường tuyên truyền về nhân quyền\nNghệ An tăng cường tuyên truyền về nhân quyền\n\nNgày 14/3, hội nghị diễn ra.')
    expect(article.headline?.text).toBe('Nghệ An tăng cường tuyên truyền về nhân quyền')
    expect(article.removed.map((r) => r.rule)).toContain('duplicate-headline')
    expect(article.blocks).toHaveLength(1)
  })
  it('drops the headline printed again as a picture\'s text (`<headline> ảnh 1`) and a lone player time', () => {
    const {article} = cleanText('Lạng Sơn bồi dưỡng kiến thức nhân quyền cho cán bộ cơ sở\n\n0:00 / 0:00\n0:00\nNgày 14/3, hội nghị diễn ra.\n\nLạng Sơn bồi dưỡng kiến thức nhân quyền cho cán bộ cơ sở ảnh 1\n\nĐại biểu dự hội nghị. (Ảnh: Minh Trang)\n\nHọc viên thảo luận sôi nổi.')
    expect(article.blocks.map((b) => b.text)).toEqual(['Ngày 14/3, hội nghị diễn ra.', 'Đại biểu dự hội nghị. (Ảnh: Minh Trang)', 'Học viên thảo luận sôi nổi.'])
    expect(article.removed.map((r) => r.rule)).toContain('duplicate-headline')
    // A story line that merely ends with "ảnh" and a number is kept.
    expect(cleanText('Tiêu đề bài viết về nhân quyền\n\nĐoàn công tác đã chụp ảnh 2').article.blocks).toHaveLength(1)
  })
  it('takes a headline with a full stop when the page prints it twice, without the stop', () => {
    const {article} = cleanText('Hội thảo góp ý dự thảo Báo cáo quốc gia về quyền trẻ em (lần 2).\n\nHội thảo góp ý dự thảo Báo cáo quốc gia về quyền trẻ em (lần 2).\n\nNgày 5/6/2023, Bộ Lao động tổ chức hội thảo.')
    expect(article.headline?.text).toBe('Hội thảo góp ý dự thảo Báo cáo quốc gia về quyền trẻ em (lần 2)')
    expect(article.blocks.map((b) => b.text)).toEqual(['Ngày 5/6/2023, Bộ Lao động tổ chức hội thảo.'])
    // Printed once, a sentence with a full stop is not a headline.
    expect(cleanText('Hội thảo góp ý dự thảo Báo cáo quốc gia về quyền trẻ em đã diễn ra.\n\nNgày 5/6/2023, Bộ Lao động tổ chức hội thảo.').article.headline).toBeNull()
  })
  it('drops a section heading ("Chuyên mục ...") and an empty date field ("dd/mm/yyyy") above the headline', () => {
    const {article} = cleanText('dd/mm/yyyy\n\nChuyên mục xã hội\n\nHội thảo chia sẻ kinh nghiệm giáo dục quyền con người\n\nNgày 5/6/2023, hội thảo diễn ra tại Trường Chính trị tỉnh.')
    expect(article.headline?.text).toBe('Hội thảo chia sẻ kinh nghiệm giáo dục quyền con người')
    expect(article.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['section-label', 'date-placeholder']))
  })
  it('splits a labelled dateline glued after the headline (`... Ngày đăng: 23/11/2018`)', () => {
    const {article} = cleanText('Tập huấn kỹ năng bảo vệ quyền trẻ em Ngày đăng: 05/09/2019\n\nNgày 4/9/2019, lớp tập huấn diễn ra.')
    expect(article.headline?.text).toBe('Tập huấn kỹ năng bảo vệ quyền trẻ em')
    expect(article.datelines.map((d) => d.text)).toEqual(['Ngày đăng: 05/09/2019'])
    // A date without a label may be the headline's own.
    expect(cleanText('Kỷ niệm ngày 10/12/2023\n\nNgày 10/12/2023, hội nghị diễn ra.').article.headline?.text).toBe('Kỷ niệm ngày 10/12/2023')
  })
  it('splits it off a breadcrumb', () => {
    const {article} = cleanText('Trang chủ > Thời sự > Hà Tĩnh bồi dưỡng kiến thức về quyền con người\n\nSáng nay (6/11), lớp học khai mạc.')
    expect(article.headline).toMatchObject({text: 'Hà Tĩnh bồi dưỡng kiến thức về quyền con người', column: 23})
    expect(article.removed[0]).toMatchObject({rule: 'breadcrumb', text: 'Trang chủ > Thời sự >'})
  })
  it('drops a whole breadcrumb when its last crumb is a section and the headline follows', () => {
    const {article} = cleanText('Trang chủ / Tin tức - Sự kiện / Hoạt động của Công an tỉnh\n\nTập huấn kiến thức về công tác nhân quyền cho cán bộ, chiến sĩ\n\nSáng 22/8, hội nghị diễn ra.')
    expect(article.headline?.text).toBe('Tập huấn kiến thức về công tác nhân quyền cho cán bộ, chiến sĩ')
    expect(article.removed[0]).toMatchObject({rule: 'breadcrumb', text: 'Trang chủ / Tin tức - Sự kiện / Hoạt động của Công an tỉnh'})
  })
  it('keeps a short headline glued to a breadcrumb when no headline follows', () => {
    const {article} = cleanText('Trang chủ > Thời sự > Đắk Lắk tập huấn nhân quyền\n\n12/06/2024 16:30\n\nNgày 12/6, hội nghị diễn ra.')
    expect(article.headline?.text).toBe('Đắk Lắk tập huấn nhân quyền')
  })
  it('splits a trail of section labels glued after the root crumb', () => {
    const {article} = cleanText('Trang chủ Chính trị Sơ kết công tác nhân quyền 6 tháng đầu năm 2022\n\nChiều ngày 9/8/2022, hội nghị diễn ra.')
    expect(article.headline?.text).toBe('Sơ kết công tác nhân quyền 6 tháng đầu năm 2022')
    expect(article.removed.map((r) => r.text)).toEqual(['Trang chủ', 'Chính trị'])
  })
  it('splits off a glued section label and drops a label line before it', () => {
    const {article} = cleanText('Chính trị\nThời sự Tiếp tục đẩy mạnh tuyên truyền về quyền con người\n\nNgày 5/3, hội nghị diễn ra.')
    expect(article.headline?.text).toBe('Tiếp tục đẩy mạnh tuyên truyền về quyền con người')
    expect(article.removed.map((r) => r.rule)).toEqual(['section-label', 'section-label'])
  })
  it('splits it off a lead glued to it', () => {
    const {article} = cleanText('Phú Yên sơ kết công tác nhân quyền Sáng 14/7, Ban Chỉ đạo Nhân quyền tỉnh Phú Yên tổ chức hội nghị.')
    expect(article.headline?.text).toBe('Phú Yên sơ kết công tác nhân quyền')
    expect(article.blocks[0]).toMatchObject({text: 'Sáng 14/7, Ban Chỉ đạo Nhân quyền tỉnh Phú Yên tổ chức hội nghị.', column: 36})
  })
  it('keeps a headline in capitals as printed', () => {
    const {article} = cleanText('LÂM ĐỒNG: TẬP HUẤN NGHIỆP VỤ CÔNG TÁC NHÂN QUYỀN\n\nChiều ngày 7/8/2023, hội nghị diễn ra.')
    expect(article.headline?.text).toBe('LÂM ĐỒNG: TẬP HUẤN NGHIỆP VỤ CÔNG TÁC NHÂN QUYỀN')
  })
  it('reads what a headline is', () => {
    expect(looksLikeHeadline('TPHCM: Tập huấn về công tác nhân quyền năm 2024')).toBe(true)
    expect(looksLikeHeadline('Thứ Tư, 29/05/2024 11:20')).toBe(false)
    expect(looksLikeHeadline('Hội nghị đã kết thúc tốt đẹp.')).toBe(false)
    expect(looksLikeHeadline('Ngày 5/3, tại Hà Nội')).toBe(false)
    expect(looksLikeHeadline('In')).toBe(false)
  })
})

describe('clean: scraper prefix, datelines, outlet mark', () => {
  it('splits the scraper prefix off the first paragraph', () => {
    const {article} = cleanText(' date 2024-07 Phát biểu tại Hội nghị, Đại tá A cho biết tỉnh đạt nhiều kết quả.')
    expect(article.scraperDate).toMatchObject({text: '2024-07', line: 1, column: 7})
    expect(article.blocks[0]).toMatchObject({column: 15, text: 'Phát biểu tại Hội nghị, Đại tá A cho biết tỉnh đạt nhiều kết quả.'})
    expect(article.headline).toBeNull()
  })
  it('reads a prefix with a day on its own line', () => {
    const {article} = cleanText('date 2023-06-13\nTập huấn nhân quyền tại Quảng Ninh\n\nSáng 12-6, hội nghị diễn ra.')
    expect(article.scraperDate?.text).toBe('2023-06-13')
    expect(article.headline?.text).toBe('Tập huấn nhân quyền tại Quảng Ninh')
  })
  it('sets datelines apart, with the byline after "|"', () => {
    const {article} = cleanText('Tiêu đề về tập huấn nhân quyền\n\nThứ Tư, 29/05/2024 11:20 \u00a0|\u00a0 Mai Anh\n\n|\n\n(CAO) Sáng 29/5, tại hội trường Công an TPHCM, hội nghị diễn ra.')
    expect(article.datelines.map((d) => d.text)).toEqual(['Thứ Tư, 29/05/2024 11:20'])
    expect(article.bylines[0]).toMatchObject({text: 'Mai Anh', line: 3})
    expect(article.outletMark).toMatchObject({text: 'CAO', line: 7, column: 2})
    expect(article.blocks[0]).toMatchObject({column: 7})
    expect(article.removed.map((r) => r.rule)).toContain('stray-punctuation')
  })
  it('sets apart an outlet mark printed without brackets before a dash', () => {
    const {article} = cleanText('Tiêu đề bài viết về tập huấn nhân quyền\n\nVOV.VN - Sáng 12-6, tại thành phố Buôn Ma Thuột, hội nghị diễn ra.')
    expect(article.outletMark).toMatchObject({text: 'VOV.VN', line: 3, column: 1})
    expect(article.blocks[0]?.text).toBe('Sáng 12-6, tại thành phố Buôn Ma Thuột, hội nghị diễn ra.')
  })
})

describe('clean: captions', () => {
  it('collapses a caption printed twice, or near-twice, into one caption', () => {
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\n\nThiếu tướng A, Phó Chánh văn phòng phát biểu tại Hội nghị.\n\nThiếu tướng A, Phó Chánh Văn phòng phát biểu tại Hội nghị.\n\nHội nghị kết thúc.')
    expect(article.blocks.map((b) => b.kind)).toEqual(['caption', 'paragraph'])
    expect(article.removed.map((r) => r.rule)).toEqual(['duplicate-caption'])
  })
  it('drops a caption fragment printed before the caption (seed 002)', () => {
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\nCác đại biểu\n\nCác đại biểu tham dự Hội nghị.\n\nHội nghị kết thúc.')
    expect(article.removed.map((r) => r.rule)).toEqual(['caption-fragment'])
    expect(article.blocks[0]).toMatchObject({kind: 'caption', text: 'Các đại biểu tham dự Hội nghị.'})
  })
  it('drops a stray short label but keeps short sentences', () => {
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\n\nĐoạn đầu của bài viết.\n\nChủ tịch\n\nHội nghị kết thúc.\n\nRất đáng mừng!')
    expect(article.removed.map((r) => [r.rule, r.text])).toEqual([['stray-label', 'Chủ tịch']])
    expect(storyText(article)).toContain('Rất đáng mừng!')
  })
})

describe('clean: bylines', () => {
  it('takes the last line of names', () => {
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\n\nHội nghị kết thúc.\n\nAnh Khoa - Nguyễn Anh\n\nIn\nChia sẻFacebook')
    expect(article.bylines.map((b) => b.text)).toEqual(['Anh Khoa - Nguyễn Anh'])
    expect(storyText(article)).not.toContain('Anh Khoa')
  })
  it('reads byline forms', () => {
    for (const b of ['Mai Anh', 'Anh Khoa - Nguyễn Anh', 'HOÀNG ANH - THU HÀ', 'Bài và ảnh: Minh Châu', 'Nhóm PV', 'Theo TTXVN', 'Ngọc Hân (TTXVN)', 'Thu Hà, Minh Đức và Quang Vinh', 'Theo Báo Phú Yên', 'Quang Nhật/VOV-Tây Nguyên', 'Ngọc Hà/TTXVN', "H'Xíu - Minh Thuận", "K'Brơi Hùng"]) {
      expect(looksLikeByline(b), b).toBe(true)
    }
    for (const b of ['Chủ tịch', 'Quang cảnh Hội nghị.', 'Thiếu tướng Nguyễn Văn Kỷ', 'Hội nghị kết thúc.', 'Theo báo cáo, tỉnh đã tổ chức 12 lớp.']) {
      expect(looksLikeByline(b), b).toBe(false)
    }
  })
  it('takes no sentence cut after its first words for a signature (`Tại H`, issue 11 round b6)', () => {
    for (const b of ['Tại H', 'Trong K', 'Với Hội']) expect(looksLikeByline(b), b).toBe(false)
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\n\nNgày 4/5, hội nghị tập huấn đã diễn ra tại tỉnh Hòa Lâm với nhiều đại biểu.\n\nTại H')
    expect(article.bylines).toEqual([])
  })
})

describe('clean: comments and attributions', () => {
  it('drops readers\' comments after their header and finds the byline above them', () => {
    const text = [
      'Tiêu đề bài viết về nhân quyền', '', 'Sáng 11/9, hội nghị tập huấn đã diễn ra tại tỉnh.', '', 'Chí Thanh', '', 'Tags: nhân quyền', '',
      'Ý kiến bạn đọc (2)', '', 'Nguyễn Văn Tâm', 'Bài viết rất thiết thực, mong tỉnh tổ chức thêm nhiều lớp tập huấn như thế này cho cán bộ cơ sở.', 'Trả lời · Thích'
    ].join('\n')
    const {article} = cleanText(text)
    expect(storyText(article)).toBe('Sáng 11/9, hội nghị tập huấn đã diễn ra tại tỉnh.')
    expect(article.bylines.map((b) => b.text)).toEqual(['Chí Thanh'])
  })
  it('keeps the story after a comment button above it', () => {
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\n\nBình luận (0)\n\nSáng 11/9, hội nghị tập huấn đã diễn ra tại tỉnh.')
    expect(storyText(article)).toBe('Sáng 11/9, hội nghị tập huấn đã diễn ra tại tỉnh.')
  })
  it('takes "Nguồn: Báo X" for an attribution', () => {
    expect(looksLikeByline('Nguồn: Báo Quảng Ngãi')).toBe(true)
    expect(looksLikeByline('Nguồn: theo báo cáo, tỉnh đã tổ chức 12 lớp.')).toBe(false)
  })
  it('drops a whole ">>" breadcrumb above the headline', () => {
    const {article} = cleanText('Trang chủ >> Thời sự >> Xây dựng Đảng\nTập huấn kiến thức pháp luật về quyền con người tại Quảng Ngãi\nSáng 6/11, hội nghị diễn ra.')
    expect(article.headline?.text).toBe('Tập huấn kiến thức pháp luật về quyền con người tại Quảng Ngãi')
  })
})

describe('clean: teasers', () => {
  it('drops everything from a teaser header to the end', () => {
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\n\nHội nghị kết thúc.\n\nCó thể bạn quan tâm\n\nTin khác về hội nghị ở tỉnh khác\n\nNgày 5/12, tỉnh X tổ chức hội nghị hiệp thương.')
    expect(storyText(article)).toBe('Hội nghị kết thúc.')
    expect(article.removed.map((r) => r.rule)).toEqual(['teaser-header', 'teaser-block', 'teaser-block'])
  })
  it('resumes the story after a mid-body teaser block when a paragraph refers back to the event', () => {
    const text = [
      'Gia Lai đối thoại về quyền con người', '',
      'Ngày 16/5, Ban Chỉ đạo Nhân quyền tỉnh Gia Lai tổ chức hội nghị đối thoại.', '',
      'Tin liên quan', '', 'Gia Lai: Hơn 2.000 hộ dân được hỗ trợ nhà ở', '', 'Gia Lai: Hơn 2.000 hộ dân được hỗ trợ nhà ở', '',
      'Tại hội nghị, người có uy tín đã nêu nhiều ý kiến về chính sách đất đai, tín ngưỡng, tôn giáo của đồng bào.'
    ].join('\n')
    const {article} = cleanText(text)
    expect(storyText(article)).toContain('Tại hội nghị, người có uy tín')
    expect(storyText(article)).not.toContain('2.000 hộ dân')
  })
  it('resumes after a short list of bare links when a full paragraph follows', () => {
    const text = [
      'Tọa đàm về quyền của người lao động nhập cư', '',
      'Sáng nay (4/11), Ban Chỉ đạo Nhân quyền TP.HCM tổ chức tọa đàm.', '',
      'Đọc thêm', '', 'TP.HCM: Tập huấn về công tác nhân quyền năm 2024', '', 'Bình Dương: Hơn 1,6 triệu lao động có việc làm ổn định', '',
      'Các chính sách an sinh xã hội, giảm nghèo, hỗ trợ người lao động được thực hiện đầy đủ, kịp thời.', '',
      'NGUYỄN HÀ'
    ].join('\n')
    const {article} = cleanText(text)
    expect(storyText(article)).toContain('Các chính sách an sinh xã hội')
    expect(storyText(article)).not.toContain('Bình Dương: Hơn 1,6 triệu')
    expect(article.bylines.map((b) => b.text)).toEqual(['NGUYỄN HÀ'])
  })
  it('does not resume on a headline printed twice, nor after a list with summaries', () => {
    const twice = 'Công an tỉnh khởi tố 41 đối tượng về các tội danh cưỡng đoạt tài sản và tổ chức xuất cảnh trái phép.'
    const text = [
      'Tiêu đề bài viết về nhân quyền', '', 'Hội nghị kết thúc.', '', 'Tin mới', '', 'Dự thảo Nghị quyết thí điểm đào tạo thực hành', '',
      twice, '', twice, '', 'Lãnh đạo Bộ gửi Thư khen Công an tỉnh Nghệ An', '',
      'Ban Thường trực Ủy ban Mặt trận tổ quốc tỉnh tổ chức các hội nghị hiệp thương lần thứ nhất trong tuần.'
    ].join('\n')
    expect(storyText(cleanText(text).article)).toBe('Hội nghị kết thúc.')
  })
  it('does not resume on a teaser summary that opens with its own date', () => {
    const text = [
      'Tiêu đề bài viết về nhân quyền', '', 'Hội nghị kết thúc.', '', 'Tin cùng chuyên mục', '',
      'Hưng Yên hiệp thương lần thứ nhất', '',
      'Chiều 5/12, Ban Thường trực Ủy ban Mặt trận tổ quốc tỉnh Hưng Yên tổ chức các hội nghị hiệp thương lần thứ nhất.'
    ].join('\n')
    expect(storyText(cleanText(text).article)).toBe('Hội nghị kết thúc.')
  })
  it('drops a one-line related link and site labels, and keeps sentences with those words', () => {
    const text = [
      'Tiêu đề bài viết về nhân quyền', '', 'Nghe bài viết', '00:00 / 03:25', '',
      'Hội nghị diễn ra.', '', 'Xem thêm: Tập huấn nhân quyền tại Huế', '',
      'Chia sẻ với học viên, ông A đề nghị các địa phương quan tâm.', '', 'Tin tưởng vào kết quả, tỉnh sẽ tiếp tục.', '',
      'Chia sẻ', 'In bài', 'Theo dõi Báo X trên Google News', 'Bình luận (0)', 'Lên đầu trang'
    ].join('\n')
    const {article} = cleanText(text)
    expect(article.blocks.map((b) => b.text)).toEqual(['Hội nghị diễn ra.', 'Chia sẻ với học viên, ông A đề nghị các địa phương quan tâm.', 'Tin tưởng vào kết quả, tỉnh sẽ tiếp tục.'])
  })
})

describe('clean: truncation', () => {
  it('drops the broken last sentence of a text ending in U+FFFD', () => {
    const {article, file} = cleanText('Tiêu đề bài viết về nhân quyền\n\nHội nghị đã nghe báo cáo. Các đại biểu thống nhất tiếp tục nâng cao hiệu quả công tác bảo đảm quy\uFFFD')
    expect(article.truncated).toBe(true)
    expect(article.blocks.at(-1)?.text).toBe('Hội nghị đã nghe báo cáo.')
    expect(file.messages.map((m) => m.ruleId)).toContain('truncated-text')
    expect(file.messages.find((m) => m.ruleId === 'truncated-text')).toMatchObject({line: 3, column: 27})
  })
  it('keeps the whole words of a long last paragraph cut mid-word with no full sentence', () => {
    const words = 'Hội nghị đã thống nhất các giải pháp trọng tâm nhằm nâng cao hiệu quả công tác bảo đảm quyền con người trên địa bàn trong thời gian tới, trong đó chú trọng công tác tuyên truyền đối ng'
    const {article} = cleanText(`Tiêu đề bài viết về nhân quyền\n\nĐoạn đầu đầy đủ.\n\n${words}`)
    expect(article.truncated).toBe(true)
    expect(article.blocks.map((b) => b.text)).toEqual(['Đoạn đầu đầy đủ.', words.slice(0, -' ng'.length)])
  })
  it('keeps the person a cut-off one-sentence paragraph names, not a name cut short', () => {
    const said = 'Phát biểu bế mạc, Thứ trưởng Bộ Nội vụ Lục Minh Quế ghi nhận cố gắng của nhiều đơn vị khi triển khai các khuyến nghị và giao ông Hoàng Văn T'
    const {article} = cleanText(`Tiêu đề bài viết về nhân quyền\n\nĐoạn đầu đầy đủ.\n\n${said}`)
    expect(article.blocks.at(-1)?.text).toBe(said.slice(0, said.indexOf(' Hoàng Văn T')))
    expect(article.removed.at(-1)).toMatchObject({rule: 'truncated-sentence', text: 'Hoàng Văn T'})
  })
  it('does not take a short caption without a period for a cut', () => {
    const {article} = cleanText('Tiêu đề bài viết về nhân quyền\n\nĐoạn đầu đầy đủ.\n\nĐại biểu tham dự hội nghị')
    expect(article.truncated).toBe(false)
  })
})

describe('clean: no story', () => {
  it('reports a page of headlines only', () => {
    const {article, file} = cleanText('Tin mới nhất\n\nTin một\n\nTin hai')
    expect(article.blocks).toEqual([])
    expect(file.messages.map((m) => m.ruleId)).toContain('no-story')
  })
})

describe('clean: seeds and fixtures', () => {
  it('keeps the seeds\' stories and drops their furniture', () => {
    const byName = new Map(seeds().map((s) => [s.name.slice(0, 3), s.loaded.article]))
    const s000 = byName.get('000')!
    expect(s000.blocks.map((b) => b.text).join('\n')).not.toMatch(/Phạm Minh Chính|Lương Cường|Có thể bạn quan tâm/)
    expect(s000.blocks.filter((b) => b.kind === 'caption')).toHaveLength(3)
    const s001 = byName.get('001')!
    expect(s001.bylines.map((b) => b.text)).toEqual(['Anh Khoa - Nguyễn Anh'])
    expect(s001.blocks.map((b) => b.text).join('\n')).not.toMatch(/Lương Tam Quang|Chỉ đạo điều hành|Chia sẻ/)
    const s002 = byName.get('002')!
    expect(s002.blocks.map((b) => b.text)).not.toContain('Các đại biểu')
    expect(s002.blocks.map((b) => b.text)).not.toContain('Chủ tịch')
    const s003 = byName.get('003')!
    expect(s003.headline).toBeNull()
    expect(s003.scraperDate?.text).toBe('2024-07')
    const s004 = byName.get('004')!
    expect(s004.outletMark?.text).toBe('CAO')
    expect(s004.bylines.map((b) => b.text)).toEqual(['Mai Anh'])
    expect(s004.blocks.at(-1)?.text).toMatch(/^Thông qua buổi tập huấn/)
  })
  it.each(fixtures().map((f) => [f.name, f] as const))('%s keeps what it must and drops what it must not', (_, f) => {
    const story = f.loaded.article.blocks.map((b) => b.text).join('\n')
    for (const text of f.expected.keep ?? []) expect(story).toContain(text)
    for (const text of f.expected.drop ?? []) expect(story).not.toContain(text)
    expect(f.loaded.article.truncated).toBe((f.expected.warnings ?? []).includes('truncated-text'))
  })
})

describe('clean: more layouts', () => {
  it('reads a dateline printed above the headline', () => {
    const {article} = cleanText('Thứ Hai, 06/11/2023 08:15\n\nHà Tĩnh bồi dưỡng kiến thức về quyền con người\n\nSáng nay (6/11), lớp học khai mạc.')
    expect(article.headline?.text).toBe('Hà Tĩnh bồi dưỡng kiến thức về quyền con người')
    expect(article.datelines.map((d) => d.text)).toEqual(['Thứ Hai, 06/11/2023 08:15'])
  })
  it('reads a byline printed before the dateline', () => {
    const {article, source} = cleanText('Tiêu đề bài viết về nhân quyền\n\nMai Anh | Thứ Tư, 29/05/2024 11:20\n\nSáng 29/5, hội nghị diễn ra.')
    expect(article.bylines.map((b) => b.text)).toEqual(['Mai Anh'])
    const d = article.datelines[0]!
    expect(textAt(source, d.line, d.column, d.text.length)).toBe('Thứ Tư, 29/05/2024 11:20')
  })
  it('does not take a caption opener for a headline', () => {
    expect(cleanText('Quang cảnh hội nghị tập huấn\n\nSáng 5/3, hội nghị diễn ra.').article.headline).toBeNull()
  })
  it('drops a run of headlines printed twice even without a header', () => {
    const text = [
      'Tiêu đề bài viết về nhân quyền', '', 'Hội nghị kết thúc.', '',
      'Công an Đắk Lắk dựng nhà cho nhân dân vùng lũ', '', 'Công an Đắk Lắk dựng nhà cho nhân dân vùng lũ', '',
      'Công bố 14 luật và 1 pháp lệnh', '', 'Công bố 14 luật và 1 pháp lệnh'
    ].join('\n')
    const {article} = cleanText(text)
    expect(article.blocks.map((b) => b.text)).toEqual(['Hội nghị kết thúc.'])
  })
  it('keeps a caption printed twice, twice in a row', () => {
    const text = ['Tiêu đề bài viết về nhân quyền', '', 'Quang cảnh hội nghị.', 'Quang cảnh hội nghị.', 'Đại biểu tham dự hội nghị', 'Đại biểu tham dự hội nghị', '', 'Hội nghị kết thúc.'].join('\n')
    expect(cleanText(text).article.blocks.map((b) => b.kind)).toEqual(['caption', 'caption', 'paragraph'])
  })
})

describe('clean: site chrome above the headline (issue 11)', () => {
  it('drops a short banner in capitals above a headline in sentence case', () => {
    const {article} = cleanText('SỞ TƯ PHÁP MIỀN ĐÔNG\nĐoàn công tác kiểm tra việc bảo đảm quyền con người tại tỉnh Hòa Lạc\nCập nhật ngày: 02-03-2021 | 09:15:00 GMT +7\nNgày 1/3/2021, đoàn công tác làm việc với tỉnh.')
    expect(article.headline?.text).toBe('Đoàn công tác kiểm tra việc bảo đảm quyền con người tại tỉnh Hòa Lạc')
    expect(article.removed[0]).toMatchObject({rule: 'masthead', text: 'SỞ TƯ PHÁP MIỀN ĐÔNG'})
  })
  it('keeps a headline in capitals that a sapo follows', () => {
    const {article} = cleanText('TẬP HUẤN NHÂN QUYỀN CHO CÁN BỘ\nSáng 3/4, lớp tập huấn khai mạc tại hội trường.')
    expect(article.headline?.text).toBe('TẬP HUẤN NHÂN QUYỀN CHO CÁN BỘ')
  })
  it('drops portal accessibility links, alone or glued to the headline', () => {
    const {article} = cleanText('Skip Ribbon Commands\nSkip to main contentHội thảo về quyền của người khuyết tật ở vùng cao\nNgày 4/5/2022, hội thảo diễn ra.')
    expect(article.headline?.text).toBe('Hội thảo về quyền của người khuyết tật ở vùng cao')
    expect(article.removed.map((r) => r.rule)).toEqual(['portal-chrome', 'portal-chrome'])
  })
  it('drops a department name and its visitor counter; 1937 is a count, not a year', () => {
    const {article} = cleanText('Phòng Tham mưu Công an tỉnh Sông Bạc\nĐang online: 6\nHôm nay: 1937\nTọa đàm về công tác nhân quyền trong lực lượng công an\nNgày 8/9/2020, tọa đàm diễn ra.')
    expect(article.headline?.text).toBe('Tọa đàm về công tác nhân quyền trong lực lượng công an')
    expect(article.removed.map((r) => r.rule)).toEqual(['masthead', 'visitor-counter', 'visitor-counter'])
  })
  it('drops a counter glued to the name on one line', () => {
    const {article} = cleanText('Văn phòng Ban Chỉ đạo tỉnh Đông Sơn Đang online: 12 Hôm nay: 2024\nHội nghị quán triệt chỉ thị về nhân quyền\nNgày 8/9/2020, hội nghị diễn ra.')
    expect(article.headline?.text).toBe('Hội nghị quán triệt chỉ thị về nhân quyền')
  })
  it('drops a site name with its logo address glued on, and a bare image file in the body', () => {
    const {article} = cleanText('Cổng thông tin điện tử huyện Núi Xanhhttps://nuixanh.example.vn/images/logo.png\nHuyện Núi Xanh tuyên truyền công ước quốc tế về quyền trẻ em\nNgày 2/6/2021, hội nghị diễn ra.\n222.jpg\nQuang cảnh hội nghị.')
    expect(article.headline?.text).toBe('Huyện Núi Xanh tuyên truyền công ước quốc tế về quyền trẻ em')
    expect(article.blocks.map((b) => b.text)).not.toContain('222.jpg')
  })
  it('sets a byline with its label above the headline apart', () => {
    const {article} = cleanText('Trần Thu Giang Nhà báo\nBồi dưỡng kiến thức nhân quyền cho phóng viên trẻ\nNgày 2/6/2021, lớp học khai mạc.')
    expect(article.headline?.text).toBe('Bồi dưỡng kiến thức nhân quyền cho phóng viên trẻ')
    expect(article.bylines.map((b) => b.text)).toEqual(['Trần Thu Giang Nhà báo'])
  })
  it('keeps a photo caption above the headline as a caption', () => {
    const {article} = cleanText('Quang cảnh buổi tọa đàm. Ảnh: Minh Khôi\nTọa đàm về quyền của người cao tuổi ở nông thôn\nNgày 2/6/2021, tọa đàm diễn ra.')
    expect(article.headline?.text).toBe('Tọa đàm về quyền của người cao tuổi ở nông thôn')
    expect(article.blocks.find((b) => b.kind === 'caption')?.text).toBe('Quang cảnh buổi tọa đàm. Ảnh: Minh Khôi')
  })
  it('splits a breadcrumb glued without spaces', () => {
    const {article} = cleanText('Trang chủNewsNhân quyềnTập huấn về quyền con người cho cán bộ xã\nNgày 2/6/2021, lớp học khai mạc.')
    expect(article.headline?.text).toBe('Tập huấn về quyền con người cho cán bộ xã')
  })
  it('takes the whole headline when a trail ends in it cut short with an ellipsis', () => {
    const {article} = cleanText('Trang chủNewsNhân quyềnTọa đàm khu vực về quyền của người lao động di cư theo...\nTọa đàm khu vực về quyền của người lao động di cư theo Công ước của Tổ chức Lao động quốc tế\nNgày 9/6, tọa đàm diễn ra.')
    expect(article.headline?.text).toBe('Tọa đàm khu vực về quyền của người lao động di cư theo Công ước của Tổ chức Lao động quốc tế')
    expect(article.removed.map((r) => r.rule)).toContain('truncated-headline')
  })
  it('keeps a headline with an ellipsis when the next line does not complete it', () => {
    const {article} = cleanText('Quyền trẻ em: từ chính sách đến...\nNgày 9/6/2021, tọa đàm diễn ra tại hội trường.')
    expect(article.headline?.text).toBe('Quyền trẻ em: từ chính sách đến...')
  })
  it('drops a lone word above a dateline and the headline, and a portal link-list heading', () => {
    const lone = cleanText('Tracker\nThứ Hai, ngày 02 tháng 03 năm 2020, 10:15:00\nHội nghị chuyên đề về quyền của người cao tuổi\nNgày 1/3/2020, hội nghị diễn ra.').article
    expect(lone.headline?.text).toBe('Hội nghị chuyên đề về quyền của người cao tuổi')
    const links = cleanText('Liên kết website\nTập huấn Công ước về quyền của người khuyết tật tại huyện đảo\n12/05/2023\nNgày 10/5/2023, lớp tập huấn khai mạc.').article
    expect(links.headline?.text).toBe('Tập huấn Công ước về quyền của người khuyết tật tại huyện đảo')
  })
  it('reads a byline with the time and date on one line', () => {
    const {article} = cleanText('Tập huấn về quyền con người cho cán bộ xã\nLê Hoài Phương 10:35, 12/05/2024\nNgày 11/5, lớp học khai mạc.')
    expect(article.bylines.map((b) => b.text)).toEqual(['Lê Hoài Phương'])
    expect(article.datelines.map((b) => b.text)).toEqual(['10:35, 12/05/2024'])
  })
  it('reads a dateline whose zone is in square brackets', () => {
    const {article} = cleanText('Tập huấn về quyền con người cho cán bộ xã\nThứ Ba, 03/10/2023, 08:40 [GMT+7]\nSáng 2/10, lớp học khai mạc.')
    expect(article.datelines.map((b) => b.text)).toEqual(['Thứ Ba, 03/10/2023, 08:40 [GMT+7]'])
  })
})

describe('clean: a list cut off by a truncated copy (issue 11)', () => {
  it('keeps the whole items before the broken one', () => {
    const {article} = cleanText('Tập huấn về quyền con người cho cán bộ xã\nNgày 2/6/2021, lớp học khai mạc.\nHọc viên nghiên cứu 4 chuyên đề gồm: Chuyên đề về quyền của người khuyết tật; chuyên đề về bình đẳng giới; chuyên đề về bảo đảm quyền của người dân tộc thiểu số trong hoạt động của các tổ chức theo')
    expect(article.truncated).toBe(true)
    expect(article.blocks[article.blocks.length - 1]?.text).toBe('Học viên nghiên cứu 4 chuyên đề gồm: Chuyên đề về quyền của người khuyết tật; chuyên đề về bình đẳng giới;')
  })
})

describe('clean: links to other stories around the story (issue 11, round b6)', () => {
  it('drops a "Tin mới" menu item above the headline when a lead follows, and keeps the story', () => {
    const {article} = cleanText('Tin mới\n\nBồi dưỡng kỹ năng tuyên truyền về quyền con người\n\n(Báo Xứ Đoài) - Ngày 9/11, Hội nghị tập huấn kỹ năng tuyên truyền về quyền con người đã diễn ra tại tỉnh Phú Thọ.\n\nĐại biểu các sở, ngành của tỉnh đã tham dự hội nghị tập huấn.')
    expect(article.headline?.text).toBe('Bồi dưỡng kỹ năng tuyên truyền về quyền con người')
    expect(article.blocks).toHaveLength(2)
    // Below the story, the same header still opens a block of teasers.
    const below = cleanText('Bồi dưỡng kỹ năng tuyên truyền\n\nNgày 9/11, hội nghị đã diễn ra tại tỉnh Phú Thọ với nhiều đại biểu tham dự.\n\nTin mới\n\nMột tin khác về chủ đề khác hẳn\n\nNgày 8/11, một sự kiện khác đã diễn ra ở tỉnh khác với rất nhiều người.').article
    expect(below.blocks.map((b) => b.text)).toEqual(['Ngày 9/11, hội nghị đã diễn ra tại tỉnh Phú Thọ với nhiều đại biểu tham dự.'])
  })
  it('drops three headlines in a row printed between two paragraphs, and keeps a list the story introduces', () => {
    const story = 'Ngày 9/11, hội nghị tập huấn đã diễn ra tại tỉnh Phú Thọ với nhiều đại biểu tham dự.'
    const after = 'Đại biểu các sở, ngành của tỉnh và các cơ quan báo chí đã tham dự hội nghị tập huấn này.'
    const links = 'Thủ tướng Lê Văn An thăm và làm việc tại tỉnh Yên Bình\n\nBộ trưởng Trần Thị Bích chủ trì họp báo thường kỳ quý III\n\nKhai trương tuyến đường mới nối hai huyện miền núi'
    const {article} = cleanText(`Bồi dưỡng kỹ năng tuyên truyền\n\n${story}\n\n${links}\n\n${after}`)
    expect(article.blocks.map((b) => b.text)).toEqual([story, after])
    expect(article.removed.filter((r) => r.rule === 'teaser-block')).toHaveLength(3)
    const list = 'Học viên được phổ biến các nội dung:\n\nQuyền và nghĩa vụ của người lao động theo Bộ luật\n\nQuyền tham gia bảo hiểm xã hội của công nhân\n\nVai trò của công đoàn trong bảo vệ người lao động'
    expect(cleanText(`Bồi dưỡng kỹ năng tuyên truyền\n\n${story}\n\n${list}\n\n${after}`).article.blocks).toHaveLength(6)
    // Two such lines are two captions, not links.
    expect(cleanText(`Bồi dưỡng kỹ năng tuyên truyền\n\n${story}\n\nKhai trương tuyến đường mới nối hai huyện miền núi\n\nBộ trưởng Trần Thị Bích chủ trì họp báo thường kỳ quý III\n\n${after}`).article.blocks).toHaveLength(4)
  })
})

describe('clean: a paper\'s header above the headline (issue 11, round b6)', () => {
  it('drops the phone lines after the scraper date and a two-word section name; the name under the headline is the byline', () => {
    const {article} = cleanText(' date 2024-06-02 HOTLINE: 0912.345.678 - HOTLINE Quảng cáo: 0988.111.222 - ĐẶT MUA BÁO\nNhịp sống\n\nHỗ trợ người cao tuổi tiếp cận dịch vụ công\n\nMinh Khuê\n\n(ABC) - Ngày 1/6, tọa đàm về quyền của người cao tuổi đã diễn ra tại Nhà Văn hóa phường.')
    expect(article.headline?.text).toBe('Hỗ trợ người cao tuổi tiếp cận dịch vụ công')
    expect(article.bylines.map((b) => b.text)).toEqual(['Minh Khuê'])
    expect(article.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['hotline', 'masthead']))
    // A story's own hotline number is story.
    expect(cleanText('Tiêu đề bài viết về quyền trẻ em\n\nĐường dây nóng: 111\n\nNgày 1/6, hội nghị diễn ra.').article.blocks.map((b) => b.text)).toContain('Đường dây nóng: 111')
  })
})

describe('clean: a lead printed twice (issue 11, round b6)', () => {
  it('stays the lead, not a caption, when it opens with its days in words', () => {
    const lead = 'Trong 2 ngày 14 và 15 tháng 5 năm 2019, tại Sa Pa (Lào Cai) Hội Phụ nữ ngành đã tổ chức lớp tập huấn về bình đẳng giới.'
    const {article} = cleanText(`Tập huấn về bình đẳng giới\n\n17/05/2019\n${lead}\n\n${lead}\n\nBà Lê Thị Hoa phát biểu khai mạc lớp tập huấn.`)
    expect(article.blocks[0]).toMatchObject({kind: 'paragraph', text: lead})
    expect(article.blocks.filter((b) => b.text === lead)).toHaveLength(1)
  })
})

describe('clean: previous and next links under the story (issue 11, round b6)', () => {
  it('drops them, so the signature above them is the byline', () => {
    const {article} = cleanText('Tuyên truyền pháp luật về tôn giáo tại xã\n\nNgày 3/9, đoàn công tác đã tuyên truyền pháp luật về tín ngưỡng, tôn giáo cho người dân hai xã./.\n\nLương Văn Toàn\n\nBài trướcTHÔNG BÁO Về việc tuyển dụng viên chức năm 2022\nBài tiếp theoHuyện Na Rì: Khai mạc giải bóng chuyền')
    expect(article.bylines.map((b) => b.text)).toEqual(['Lương Văn Toàn'])
    expect(article.removed.filter((r) => r.rule === 'related-link')).toHaveLength(2)
    // A sentence opening with the same words is story.
    expect(cleanText('Tiêu đề bài viết về nhân quyền\n\nNgày 3/9, hội nghị diễn ra.\n\nBài trước đó đã nêu những khó khăn của xã.').article.blocks).toHaveLength(2)
  })
})

describe('clean: a source address and "Các bài viết khác" under the story (issue 11, round b5)', () => {
  it('drops both, so the signature above them is the byline', () => {
    const {article} = cleanText('Hội thảo về quyền người cao tuổi tại Vĩnh Long\n\nNgày 7/9, tại TP Vĩnh Long, hội thảo về quyền người cao tuổi đã diễn ra với nhiều đại biểu.\n\nPhạm Thu Trang\n\n(http://tinbao.example.vn/)\n\nCác bài viết khác\n\nMột bài khác về chủ đề khác hẳn')
    expect(article.bylines.map((b) => b.text)).toEqual(['Phạm Thu Trang'])
    expect(article.removed.map((r) => r.rule)).toEqual(expect.arrayContaining(['source-link', 'teaser-header']))
  })
})

describe('clean: the headline sits on the dateline (issue 11, round b5)', () => {
  it('takes a headline with a full stop right above the dateline', () => {
    const {article} = cleanText('Hội thảo khoa học: Quyền của người cao tuổi trong bối cảnh già hóa dân số.\n\n15/06/2022\n\nNgày 14 tháng 6 năm 2022, Viện Nghiên cứu Gia đình đã tổ chức hội thảo khoa học.')
    expect(article.headline?.text).toBe('Hội thảo khoa học: Quyền của người cao tuổi trong bối cảnh già hóa dân số')
    // Without the dateline under it, a sentence with a full stop is no headline.
    expect(cleanText('Hội thảo khoa học về quyền của người cao tuổi đã diễn ra thành công.\n\nNgày 14/6, Viện tổ chức hội thảo.').article.headline).toBeNull()
  })
  it('drops the site\'s name and its sections above the headline that sits on the dateline, and reads "PV - time, date"', () => {
    const {article} = cleanText('Báo Miền Núi Ngày Nay\nChuyên trang\n\nVăn hóa các dân tộc với sự phát triển\n\nTin tức\n\nTọa đàm: Bảo tồn tiếng nói của đồng bào các dân tộc\n\nPV - 09:15, 12/05/2019\n\nNgày 11/5, tại Hà Nội, tọa đàm về bảo tồn tiếng nói của đồng bào các dân tộc đã diễn ra.')
    expect(article.headline?.text).toBe('Tọa đàm: Bảo tồn tiếng nói của đồng bào các dân tộc')
    expect(article.datelines.map((d) => d.text)).toEqual(['09:15, 12/05/2019'])
    expect(article.removed.filter((r) => r.rule === 'masthead')).toHaveLength(4)
  })
})

describe('clean: an avatar widget under the headline (issue 11, round b5)', () => {
  it('reads the writer after the site\'s name printed without diacritics, at its place', () => {
    const text = 'Trẻ em góp ý kế hoạch hành động vì trẻ em\n\nIcon No Avatar Bao Mau Xanh Lê Thu Hà\n\nNgày 2/6, tại Hà Nội, diễn đàn trẻ em đã diễn ra với nhiều hoạt động.'
    const {article, source} = cleanText(text)
    expect(article.bylines.map((b) => b.text)).toEqual(['Lê Thu Hà'])
    const b = article.bylines[0]!
    expect(textAt(source, b.line, b.column, b.text.length)).toBe('Lê Thu Hà')
    // With no word carrying a Vietnamese letter, which words are the writer's is not known.
    expect(cleanText(text.replace('Lê Thu Hà', 'Minh Anh')).article.bylines).toEqual([])
  })
})

describe('clean: furniture and signatures (issue 11, round b9)', () => {
  it('drops a print-and-send row spelt "Gởi" and a "Breaking News" ticker above the headline', () => {
    const a = cleanText('Bản in     Gởi bài viết\nHội thảo về quyền trẻ em ở Bến Tre\n\nNgày 3-4, Sở Tư pháp tổ chức hội thảo.').article
    expect(a.headline?.text).toBe('Hội thảo về quyền trẻ em ở Bến Tre')
    const b = cleanText('12/03/2021 lúc 08:15 (GMT+7)\nBreaking News\n\nPhú Thọ bồi dưỡng kiến thức nhân quyền năm 2021\n\nNgày 10/3, Ban Tuyên giáo tổ chức lớp bồi dưỡng.').article
    expect(b.headline?.text).toBe('Phú Thọ bồi dưỡng kiến thức nhân quyền năm 2021')
    expect(b.bylines).toEqual([])
  })
  it('takes a headline with a full stop right above a lead that opens with its day', () => {
    const a = cleanText('Bến Tre: Hội nghị phổ biến pháp luật cho người có uy tín.\n\nSáng ngày 12/4/2021, Sở Tư pháp tổ chức hội nghị.').article
    expect(a.headline?.text).toBe('Bến Tre: Hội nghị phổ biến pháp luật cho người có uy tín')
    // A lead above another lead is still a paragraph.
    const b = cleanText('Sáng 12/4, Sở Tư pháp tổ chức hội nghị.\nChiều 12/4, các đại biểu thảo luận.').article
    expect(b.headline).toBeNull()
  })
  it('reads a one-syllable pen name and initials with a two-letter onset on the last line', () => {
    const story = 'Ngày 3/6, Hội Luật gia tỉnh tổ chức tập huấn cho 60 hội viên.\n\nLớp học giúp hội viên nắm vững kiến thức.\n'
    expect(cleanText(story + '\nHà').article.bylines.map((b) => b.text)).toEqual(['Hà'])
    expect(cleanText(story + '\nTh.N').article.bylines.map((b) => b.text)).toEqual(['Th.N'])
    // A copy cut inside a word, or right after one (its space kept), is the story going on.
    expect(cleanText(story + '\nViệ').article.bylines).toEqual([])
    expect(cleanText(story + '\nTham ').article.bylines).toEqual([])
    expect(cleanText(story + '\nCác').article.bylines).toEqual([])
  })
  it('does not read a police unit that sent the story as its writer', () => {
    expect(looksLikeByline('CATP Vĩnh Yên')).toBe(false)
    expect(looksLikeByline('TƯỜNG VY')).toBe(true)
  })
  it('reads a signature whose job is written short, and drops a glued row of view count and page links', () => {
    const story = 'Ngày 3/6, Hội Luật gia tỉnh tổ chức tập huấn cho 60 hội viên.\n\nNguyễn Thị Lan – CB. Văn phòng Đảng ủy\n\nSố lượt đọc: 120 Về trang trước Về đầu trang'
    expect(cleanText(story).article.bylines.map((b) => b.text)).toEqual(['Nguyễn Thị Lan – CB. Văn phòng Đảng ủy'])
  })
})

describe('clean: furniture of blind round b10 (issue 11)', () => {
  it('drops a dateline label printed alone above its date, so the signature above it is the byline', () => {
    const a = cleanText('Hội nghị phổ biến luật\n\nNgày 9/10/2019, Sở Tư pháp tổ chức hội nghị cho 120 đại biểu.\n\nTin, ảnh: Minh Thu\n\nNgày đăng: \nThursday, October 10, 2019').article
    expect(a.bylines.map((b) => b.text)).toEqual(['Tin, ảnh: Minh Thu'])
  })
  it('drops a column name of news briefs ("Tin vắn ...") above the story: no headline', () => {
    const a = cleanText('Tin vắn pháp luật\n\nThực hiện kế hoạch của UBND tỉnh, Sở Tư pháp tổ chức hội nghị phổ biến luật cho 120 đại biểu.').article
    expect(a.headline).toBeNull()
  })
  it('drops the site footer from two of its fields, with the outlet\'s name above them', () => {
    const a = cleanText('Hội thi tìm hiểu về bình đẳng giới\n\nVừa qua, Liên đoàn Lao động tỉnh tổ chức hội thi cho công nhân.\n\nThu Trang\n\nBÁO TỈNH ĐIỆN TỬ\n\nGiấy phép số: 12/GP-BTTTT cấp ngày 4/5/2021.\n\nTổng biên tập: Lê Văn Hùng\n\nTòa soạn: Số 1 đường Lê Lợi').article
    expect(a.bylines.map((b) => b.text)).toEqual(['Thu Trang'])
    expect(a.blocks.map((b) => b.text)).toEqual(['Vừa qua, Liên đoàn Lao động tỉnh tổ chức hội thi cho công nhân.'])
    // One such field alone is the story's.
    const b = cleanText('Hội nghị tư vấn pháp luật\n\nNgày 9/10/2019, Trung tâm trợ giúp pháp lý tổ chức hội nghị.\n\nĐiện thoại: 0210.3800.000 là số của trung tâm.\n\nNgười dân được tư vấn miễn phí.').article
    expect(b.blocks).toHaveLength(3)
  })
})

describe('clean: furniture of blind round b11 (issue 11)', () => {
  it('drops a who-is-online box, a page-kind title and stray arrows above the headline', () => {
    const a = cleanText('--> -->\nTruy cập hiện tại\n\nĐang có 57 khách và không thành viên đang online\n\nHội Nông dân tập huấn về bình đẳng giới\n\nNgày 2/5, Hội Nông dân tỉnh tổ chức tập huấn.').article
    expect(a.headline?.text).toBe('Hội Nông dân tập huấn về bình đẳng giới')
    const b = cleanText('Chi tiết - Sở Tư pháp\n\nNhằm phổ biến pháp luật, ngày 2/5/2021, Sở Tư pháp tổ chức hội nghị cho 80 đại biểu.').article
    expect(b.headline).toBeNull()
  })
  it('takes no row of links closed by a bar as the headline', () => {
    const a = cleanText('Tin một về kiểm toán Tin hai về thống kê dân số |\nBộ Tư pháp phối hợp với một tổ chức quốc tế tổ chức hội thảo về báo cáo quốc gia.').article
    expect(a.headline).toBeNull()
  })
  it('drops a root crumb and sections it does not know, above a dateline, a follow label and the headline', () => {
    const a = cleanText('Trang chủ Quyền trẻ em - Đời sống Chuyên trang\n11:05 | 03/08/2021 GMT+7\nTheo dõi tinbao.example.vn trên\n\nHai trăm em nhỏ dự diễn đàn trẻ em của thành phố năm 2021\n\nMới đây, Hội đồng trẻ em thành phố tổ chức diễn đàn.').article
    expect(a.headline?.text).toBe('Hai trăm em nhỏ dự diễn đàn trẻ em của thành phố năm 2021')
  })
  it('does not take a teaser\'s summary cut short for the story going on', () => {
    const a = cleanText('Tập huấn kỹ năng phát ngôn\n\nNgày 10/10, Sở tổ chức tập huấn cho cán bộ các quận, huyện.\n\nTin khác\n\nLễ hội đường phố ở thành phố biển\n\nNhững năm gần đây, lễ hội đường phố ở thành phố biển phát triển mạnh,…\n\n05/12/2025').article
    expect(a.blocks.map((b) => b.text)).toEqual(['Ngày 10/10, Sở tổ chức tập huấn cho cán bộ các quận, huyện.'])
    expect(a.datelines).toEqual([])
  })
})

describe('clean: a body\'s letterhead and a view count after the bar (issue 11, round b12)', () => {
  it('drops a letterhead of two lines in capitals, its place on the second, above a headline in capitals', () => {
    const a = cleanText('HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM\nHUYỆN AN LÃO - TỈNH BÌNH ĐỊNH\n\nTẬP HUẤN KỸ NĂNG TRUYỀN THÔNG VỀ BÌNH ĐẲNG GIỚI NĂM 2022\n\nSáng ngày 4/4/2022, Hội tổ chức tập huấn.').article
    expect(a.headline?.text).toBe('TẬP HUẤN KỸ NĂNG TRUYỀN THÔNG VỀ BÌNH ĐẲNG GIỚI NĂM 2022')
    expect(a.removed.filter((r) => r.rule === 'masthead')).toHaveLength(2)
  })
  it('reads no writer from a "View count" cell after the dateline\'s bar', () => {
    const a = cleanText('Tập huấn kỹ năng hòa giải\n\nNgày đăng 12/09/2019 | 08:10  | View count: 310\n\nSáng ngày 11/9, Hội tổ chức tập huấn.').article
    expect(a.bylines).toEqual([])
  })
})

describe('bylines and tags of round b18 (issue 11)', () => {
  const story = 'Phát ngôn viên trả lời về đối thoại nhân quyền\n\nThế giới\n\nLâm Thu Trang\n\nTrả lời câu hỏi của phóng viên, người phát ngôn cho biết hai bên sẽ trao đổi nhiều vấn đề cùng quan tâm.\n\nĐối thoại là kênh trao đổi thẳng thắn và cởi mở giữa hai bên.\n\nLâm Thu Trang\n\nTừ khóa :\n\nĐối thoại , Liên minh châu Âu , quyền con người\n'
  it('reads a name printed above the story and again under it as the byline', () => {
    const {article} = cleanText(story)
    expect(article.bylines.map((b) => b.text)).toEqual(['Lâm Thu Trang'])
    expect(storyText(article)).not.toContain('Lâm Thu Trang')
  })
  it('drops the tags printed on the line under a bare "Từ khóa :" label', () => {
    const {article} = cleanText(story)
    expect(storyText(article)).not.toContain('Liên minh châu Âu')
    // A sentence after such a label stays.
    expect(storyText(cleanText('Tiêu đề về đối thoại nhân quyền\n\nHai bên trao đổi nhiều vấn đề cùng quan tâm trong phiên họp kéo dài cả ngày.\n\nTừ khóa :\n\nPhiên họp kết thúc lúc 17 giờ, hai bên hẹn gặp lại vào năm sau.\n').article)).toContain('Phiên họp kết thúc')
  })
})
