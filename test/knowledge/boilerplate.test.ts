import {describe, expect, it} from 'vitest'
import {
  portalChromePrefix,
  BREADCRUMB_SEPARATOR,
  BYLINE_DESK,
  PHOTO_CREDIT_LINE,
  findPhotoCredit,
  isCommentSection,
  isSectionCompound,
  gluedSectionLabel,
  isRelatedLink,
  looksLikeCaption,
  matchDateline,
  matchOutletMark,
  matchSectionLabel,
  matchSiteLabel,
  matchTeaserHeader,
  outletForMark,
  outletForUrl,
  CONTINUATION_OPENERS,
  GLUED_DATELINE_LABEL,
  SITE_LABELS,
  TEASER_HEADERS
} from '../../src/knowledge/boilerplate.js'

describe('teaser headers', () => {
  it.each([
    'Có thể bạn quan tâm', 'CÓ THỂ BẠN QUAN TÂM', 'Tin đọc nhiều trong tuần', 'Tin tức mới cập nhật', 'Tin liên quan',
    'Tin cùng chuyên mục', 'Các tin khác', 'Xem thêm', 'Đọc thêm:', 'Tin mới nhất', 'Mới nhất', 'Xem nhiều nhất',
    'Bài viết liên quan', '>> Tin liên quan', 'Tin khác', 'Đọc nhiều', 'Tin bài liên quan',
    'Bài viết cùng chuyên mục', 'Tin tức cùng chuyên mục'
  ])('matches %s', (line) => {
    expect(matchTeaserHeader(line)).not.toBeNull()
  })
  it.each([
    'Tin vui cho người lao động: lương tăng từ tháng 7',
    'Tin liên quan đến vụ việc đã được cơ quan chức năng xác minh.',
    'Xem thêm các quy định của Luật Tín ngưỡng, tôn giáo năm 2016.',
    'Mới nhất, tỉnh đã ban hành kế hoạch thực hiện.',
    'Các tin khác nhau được lan truyền trên mạng xã hội.'
  ])('keeps the sentence %s', (line) => {
    expect(matchTeaserHeader(line)).toBeNull()
  })
  it('has a note on every marker', () => {
    for (const m of [...TEASER_HEADERS, ...SITE_LABELS]) expect(m.note.length).toBeGreaterThan(0)
  })
})

describe('site labels', () => {
  it.each([
    ['Chia sẻ   In bài   Theo dõi Báo Nghệ An trên Google News', 'share-label'],
    ['Nghe bài viết    Dừng', 'audio-player'],
    ['In\tChia sẻ', 'print-label'],
    ['Chia sẻ | Zalo | In bài', 'share-label']
  ])('reads a row of labels on one line: %s', (text, rule) => {
    expect(matchSiteLabel(text)?.rule).toBe(rule)
  })
  it.each(['Chia sẻ   kinh nghiệm trong công tác nhân quyền', 'In bài    Hội nghị đã thành công', 'Dừng  lại'])('keeps a row with story words: %s', (text) => {
    expect(matchSiteLabel(text)).toBeNull()
  })
  // Speed on long lines is measured by `npm run bench:inputs`, not here.
  it('reads a long run of spaces: the label, once', () => {
    expect(matchSiteLabel('Chia sẻ' + ' '.repeat(200_000) + 'x')).toMatchObject({rule: 'share-label'})
  })
  it.each([
    ['Phản hồi', 'comment-label'], ['Bình luận (0)', 'comment-label'], ['Lên đầu trang', 'top-label'], ['In', 'print-label'],
    ['In bài', 'print-label'], ['Chia sẻ', 'share-label'], ['Chia sẻFacebook', 'share-label'], ['Chia sẻ Facebook Zalo', 'share-label'],
    ['Theo dõi Báo Nhân Dân trên Google News', 'follow-label'], ['Nghe bài viết', 'audio-player'], ['00:00 / 03:25', 'audio-player'],
    ['1.25x', 'audio-player'], ['Giọng nữ miền Bắc', 'audio-player'], ['Tải xuống', 'download-label'], ['|', 'stray-punctuation'],
    ['Từ khóa: nhân quyền, tập huấn', 'tag-line'],
    ['Cỡ chữ  A-  A+', 'save-label'], ['Trở lại Thời sự', 'back-label'], ['Lượt xem: 1.024', 'view-count'],
    ['Xem thêm bình luận', 'comment-label'], ['Họ và tên', 'comment-form'],
    ['Giọng đọc: Nữ miền Nam', 'audio-player'], ['Tốc độ: 1x', 'audio-player'], ['Lắng nghe', 'audio-player']
  ])('matches %s as %s', (line, rule) => {
    expect(matchSiteLabel(line)?.rule).toBe(rule)
  })
  it.each([
    'Chia sẻ tại hội nghị, ông Nguyễn Văn A cho biết tỉnh đã tổ chức 12 lớp tập huấn.',
    'In ấn tài liệu tuyên truyền được thực hiện kịp thời.',
    'Phản hồi ý kiến của cử tri, lãnh đạo tỉnh cho biết sẽ sớm giải quyết.',
    'Bình luận về kết quả này, ông B nhấn mạnh vai trò của cơ sở.',
    'Nghe báo cáo chuyên đề, các đại biểu đã trao đổi sôi nổi.',
    'Chủ đề: “Bảo đảm quyền con người trong kỷ nguyên số”',
    'Trở lại với hội nghị, ông A cho biết tỉnh sẽ tiếp tục tập huấn.',
    'Lượt xem của chương trình trên mạng xã hội tăng mạnh.'
  ])('keeps the sentence %s', (line) => {
    expect(matchSiteLabel(line)).toBeNull()
  })
})

describe('one-line related links', () => {
  it('matches "Xem thêm: headline"', () => {
    expect(isRelatedLink('Xem thêm: Gia Lai tăng cường tuyên truyền phòng, chống tin giả')).toBe(true)
    expect(isRelatedLink('>> Đọc thêm: Tập huấn nhân quyền tại Huế')).toBe(true)
  })
  it('keeps a sentence with "xem thêm" inside', () => {
    expect(isRelatedLink('Người dân có thể xem thêm: các văn bản đã được đăng tải.')).toBe(false)
  })
})

describe('section labels', () => {
  it('matches whole-line labels, case-insensitively', () => {
    expect(matchSectionLabel('Chỉ đạo điều hành')).not.toBeNull()
    expect(matchSectionLabel('BỘ VỚI CÔNG DÂN')).not.toBeNull()
    expect(matchSectionLabel('Thời sự')).not.toBeNull()
  })
  it('keeps a sentence that starts with a label', () => {
    expect(matchSectionLabel('Thời sự trong tuần có nhiều điểm đáng chú ý.')).toBeNull()
  })
  it('splits only glue-safe labels off a headline', () => {
    expect(gluedSectionLabel('Thời sự Tiếp tục đẩy mạnh tuyên truyền')).toBe('Thời sự'.length)
    expect(gluedSectionLabel('Pháp luật Việt Nam về quyền con người')).toBe(0)
    expect(gluedSectionLabel('Thời sự nóng trong tuần')).toBe(0)
  })
  it('splits any label inside a breadcrumb trail', () => {
    expect(gluedSectionLabel('Chính trị Sơ kết công tác nhân quyền')).toBe(0)
    expect(gluedSectionLabel('Chính trị Sơ kết công tác nhân quyền', true)).toBe('Chính trị'.length)
  })
  it('knows a category name made of section nouns only (issue 11, round b7)', () => {
    for (const l of ['Văn hóa xã hội', 'KINH TẾ - ĐỜI SỐNG', 'Pháp luật và đời sống', 'Quốc phòng, an ninh', 'Giáo dục sức khỏe']) expect(isSectionCompound(l)).toBe(true)
    for (const l of ['Xã hội', 'Văn hóa xã hội huyện Tân Lập', 'Tập huấn pháp luật', 'Giáo dục pháp luật cho trẻ em', 'Sức khỏe gia đình là trên hết']) expect(isSectionCompound(l)).toBe(false)
  })
  it('rejects a long line at once', () => {
    const line = 'Thời sự' + '>'.repeat(1_000_000) + ' x'
    expect(matchSectionLabel(line)).toBeNull()
  })
  it('splits a breadcrumb, and not a long run of spaces', () => {
    const line = 'Trang chủ' + ' '.repeat(200_000) + 'x'
    expect(line.split(BREADCRUMB_SEPARATOR)).toHaveLength(1)
    expect('Trang chủ > Thời sự > Tin'.split(BREADCRUMB_SEPARATOR)).toEqual(['Trang chủ', 'Thời sự', 'Tin'])
  })
})

describe('photo credits and captions', () => {
  it('finds credits', () => {
    expect(findPhotoCredit('Quang cảnh Hội nghị. (Ảnh: BAN TỔ CHỨC)')?.credit).toBe('BAN TỔ CHỨC')
    expect(findPhotoCredit('X phát biểu tại hội nghị. Ảnh: Hoài Thu')?.credit).toBe('Hoài Thu')
    expect(findPhotoCredit('Khách tham quan Hoàng cung. (Ảnh minh họa)')).not.toBeNull()
  })
  it('finds a credit at the end of a long line', () => {
    const line = 'Quang cảnh hội nghị' + ' '.repeat(200_000) + 'x. Ảnh: Hoài Thu'
    expect(findPhotoCredit(line)).toMatchObject({index: line.length - '. Ảnh: Hoài Thu'.length, credit: 'Hoài Thu'})
    expect(findPhotoCredit('Quang cảnh' + ' '.repeat(200_000) + 'x')).toBeNull()
  })
  it('does not take "ảnh" inside a sentence for a credit', () => {
    expect(findPhotoCredit('Hội nghị đã trưng bày nhiều hình ảnh: tư liệu quý về quyền con người')).toBeNull()
  })
  it.each([
    'Quang cảnh Hội nghị.',
    'Toàn cảnh Hội nghị.',
    'Các đại biểu tham dự Hội nghị.',
    'Thứ trưởng Lê Quốc Hùng phát biểu tại Hội nghị.',
    'Thứ trưởng Lê Quốc Hùng cùng các đại biểu dự Hội nghị.',
    'Đại tá Lê Quang Đạo - Phó Giám đốc CATP phát biểu tại hội nghị',
    'Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực về Nhân quyền',
    'Thủ tướng Chính phủ Phạm Minh Chính phát biểu kết luận cuộc họp. (Ảnh: TRẦN HẢI)'
  ])('takes %s for a caption', (line) => {
    expect(looksLikeCaption(line)).toBe(true)
  })
  it.each([
    'Phát biểu tại Hội nghị, Đại tá Ngô Xuân Phú cho biết, thời gian qua tỉnh đã đạt nhiều kết quả.',
    'Các đại biểu đã nghe các báo cáo viên trình bày hai chuyên đề gồm: “A” và “B”.',
    'Tại hội nghị, các đại biểu đã thảo luận sôi nổi.',
    'Đại tá Nguyễn Đức Hải, Phó Giám đốc Công an tỉnh chủ trì hội nghị.',
    'Các đại biểu đã được nghe báo cáo viên trình bày chuyên đề “Quyền con người trong Hiến pháp năm 2013”.',
    'Đại tá Lê Quang Đạo - Phó Giám đốc CATP, Phó trưởng Ban chủ trì hội nghị. Báo cáo viên tại Hội nghị có Thiếu tướng Nguyễn Văn Kỷ.'
  ])('keeps %s as a paragraph', (line) => {
    expect(looksLikeCaption(line)).toBe(false)
  })
})

describe('outlet marks', () => {
  it.each([
    ['(CAO) Sáng 29/5, tại hội trường', 'CAO'],
    ['(TTXVN) - Ngày 5/3', 'TTXVN'],
    ['(ĐCSVN) – Ngày 5/3', 'ĐCSVN'],
    ['(Chinhphu.vn) - Chiều 5/3', 'Chinhphu.vn'],
    ['(PLO)- Sáng 15-8', 'PLO'],
    ['(NLĐO)-Sáng 15-8', 'NLĐO'],
    ['(Dân trí) - Sáng 15-8', 'Dân trí']
  ])('reads %s', (text, mark) => {
    expect(matchOutletMark(text)?.mark).toBe(mark)
  })
  it.each([
    ['VOV.VN - Sáng 12-6, tại thành phố Buôn Ma Thuột', 'VOV.VN', 'VOV'],
    ['VTV.vn - Chiều ngày 9/8/2022, Ban Chỉ đạo', 'VTV.vn', 'VTV'],
    ['QĐND Online - Sáng 13-12, tại Hà Nội', 'QĐND Online', 'Quân đội nhân dân'],
    ['NDO - Sáng 21/9, tại thành phố Hạ Long', 'NDO', 'Nhân Dân'],
    ['TTO - Sáng nay (4/11), Ban Chỉ đạo', 'TTO', 'Tuổi Trẻ'],
    ['CAND - Chiều ngày 14/7/2023, thực hiện', 'CAND', 'Công an nhân dân']
  ])('reads a mark without brackets before a dash: %s', (text, mark, outlet) => {
    expect(matchOutletMark(text)?.mark).toBe(mark)
    expect(outletForMark(mark)).toBe(outlet)
  })
  it('takes no bare capitals for a mark unless the outlet is known', () => {
    expect(matchOutletMark('TPHCM - Sáng 5/3, Ban Chỉ đạo tổ chức hội nghị')).toBeNull()
    expect(matchOutletMark('UBND - tỉnh đã tổ chức')).toBeNull()
    expect(matchOutletMark('CAND tổ chức hội nghị')).toBeNull()
  })
  it('keeps a parenthesis that is not a mark', () => {
    expect(matchOutletMark('(theo báo cáo của Ban Chỉ đạo) tỉnh đã tổ chức')).toBeNull()
    expect(matchOutletMark('Sáng 29/5 (CAO)')).toBeNull()
  })
  it('names known outlets', () => {
    expect(outletForMark('CAO')).toBe('Công an TPHCM')
    expect(outletForMark('XYZ')).toBeNull()
    expect(outletForUrl('https://www.cand.com.vn/chinh-tri/abc')).toBe('Công an nhân dân')
    expect(outletForUrl('not a url')).toBeNull()
  })
})

describe('datelines', () => {
  it('finds a dateline label glued after a headline, at the start of the run of spaces before it (its speed on a long run is in `npm run bench:inputs`)', () => {
    const text = 'Tập huấn kỹ năng hòa giải' + ' '.repeat(5000) + 'Ngày đăng: 23/11/2018'
    expect(GLUED_DATELINE_LABEL.exec(text)?.index).toBe('Tập huấn kỹ năng hòa giải'.length)
    expect(GLUED_DATELINE_LABEL.exec('Tin tức hôm nay' + ' '.repeat(5000) + 'hết.')).toBeNull()
  })
  it.each([
    ['Thứ Tư, 29/05/2024 11:20  | Mai Anh', {day: 29, month: 5, year: 2024, hour: 11, minute: 20}, 'Mai Anh'],
    ['03/10/2024', {day: 3, month: 10, year: 2024, hour: null, minute: null}, null],
    ['10:35 | 15/03/2023', {day: 15, month: 3, year: 2023, hour: 10, minute: 35}, null],
    ['14:20 21/09/2022', {day: 21, month: 9, year: 2022, hour: 14, minute: 20}, null],
    ['Thứ Hai, 12/6/2023 - 09:15 (GMT+7)', {day: 12, month: 6, year: 2023, hour: 9, minute: 15}, null],
    ['Cập nhật: 16:40, 08/08/2023', {day: 8, month: 8, year: 2023, hour: 16, minute: 40}, null],
    ['Chủ nhật, ngày 5 tháng 3 năm 2023', {day: 5, month: 3, year: 2023, hour: null, minute: null}, null],
    ['Cập nhật: 09/10/2025 - 17:20', {day: 9, month: 10, year: 2025, hour: 17, minute: 20}, null],
    ['18:05 - 09/08/2022', {day: 9, month: 8, year: 2022, hour: 18, minute: 5}, null],
    ['Thứ Năm, 20/11/2025, 15:30', {day: 20, month: 11, year: 2025, hour: 15, minute: 30}, null],
    ['Thứ Sáu, 27/10/2023 | 07:30', {day: 27, month: 10, year: 2023, hour: 7, minute: 30}, null],
    ['Hà Nội, 05/12/2023 | 14:20', {day: 5, month: 12, year: 2023, hour: 14, minute: 20}, null],
    ['TP Hồ Chí Minh, Thứ Hai, 12/6/2023 09:15', {day: 12, month: 6, year: 2023, hour: 9, minute: 15}, null],
    // The page's labels after the bar are no byline; a name among them is.
    ['08:40 AM 14/03/2019 |   Lượt xem: 1502 |   In bài viết | ', {day: 14, month: 3, year: 2019, hour: 8, minute: 40}, null],
    ['14/03/2019 08:40 | Lượt xem: 15 | Trần Hạnh', {day: 14, month: 3, year: 2019, hour: 8, minute: 40}, 'Trần Hạnh']
  ])('reads %s', (text, expected, byline) => {
    const m = matchDateline(text)
    expect(m).toMatchObject(expected)
    expect(m?.byline?.text ?? null).toBe(byline)
  })
  it.each(['Ngày 03/10/2024, Ban Chỉ đạo Nhân quyền Chính phủ tổ chức hội nghị.', 'Sáng 29/5', '7/7 chỉ tiêu'])('is not a dateline: %s', (text) => {
    expect(matchDateline(text)).toBeNull()
  })
})

describe('comment sections and credit lines', () => {
  it.each(['Ý kiến bạn đọc (2)', 'Bình luận (0)', 'Ý kiến', '5 bình luận', 'Phản hồi'])('heads the comments: %s', (line) => {
    expect(isCommentSection(line)).toBe(true)
  })
  it.each(['Gửi bình luận', 'Ý kiến của cử tri được tổng hợp gửi Quốc hội.', 'Bình luận về kết quả này, ông B nhấn mạnh.'])('is no comment header: %s', (line) => {
    expect(isCommentSection(line)).toBe(false)
  })
  it('takes a video or graphics credit alone on a line', () => {
    expect(PHOTO_CREDIT_LINE.test('Video: Đài PT-TH Quảng Ngãi')).toBe(true)
    expect(PHOTO_CREDIT_LINE.test('Đồ họa: Minh Hằng')).toBe(true)
    expect(PHOTO_CREDIT_LINE.test('Video clip ghi lại toàn bộ buổi đối thoại đã được đăng tải.')).toBe(false)
  })
  it('splits a breadcrumb with ">>"', () => {
    expect('Trang chủ >> Thời sự >> Xây dựng Đảng'.split(BREADCRUMB_SEPARATOR)).toEqual(['Trang chủ', 'Thời sự', 'Xây dựng Đảng'])
  })
})

describe('byline desks', () => {
  it.each([
    ['Quang Nhật/VOV-Tây Nguyên', 'Quang Nhật'],
    ['Ngọc Hà/TTXVN', 'Ngọc Hà'],
    ['Minh Hằng/VTV.vn', 'Minh Hằng'],
    ['Thu Trang/Vietnam+', 'Thu Trang']
  ])('strips the desk of %s', (text, name) => {
    expect(text.replace(BYLINE_DESK, '')).toBe(name)
  })
  it('keeps names separated by a slash', () => {
    expect('Hoàng Anh/Minh Đức'.replace(BYLINE_DESK, '')).toBe('Hoàng Anh/Minh Đức')
  })
})

describe('continuation openers', () => {
  it.each(['Tại hội nghị, các đại biểu đã thảo luận.', 'Kết thúc hội nghị, ông A ghi nhận các ý kiến.', 'Bên cạnh đó, tỉnh còn tổ chức 3 lớp.'])('match %s', (t) => {
    expect(CONTINUATION_OPENERS.test(t)).toBe(true)
  })
  it.each(['Ngày 5/12, tại Lào Cai, Ban Chỉ đạo tổ chức hội thảo.', 'Chiều 5/12, Ban Thường trực tổ chức các hội nghị hiệp thương.', 'Nhân dịp kỷ niệm Quốc khánh, ngày 5/12, Chủ tịch nước gửi điện mừng.'])('do not match a teaser lead: %s', (t) => {
    expect(CONTINUATION_OPENERS.test(t)).toBe(false)
  })
})

describe('more layouts', () => {
  it('reads a weekday before the time', () => {
    expect(matchDateline('Thứ Ba, 08:22, 23/07/2024')).toMatchObject({day: 23, month: 7, year: 2024, hour: 8, minute: 22})
    expect(matchDateline('Thứ Ba, 23-07-2024, 20:15')).toMatchObject({day: 23, month: 7, year: 2024, hour: 20, minute: 15})
    expect(matchDateline('Mai Anh | Thứ Tư, 29/05/2024 11:20')).toMatchObject({day: 29, byline: {index: 0, text: 'Mai Anh'}})
  })
  it('reads a reporter\'s name before the date and then the time, with no bar (issue 11, round b17)', () => {
    expect(matchDateline('Hồng Nhung 04/03/2023 08:45')).toMatchObject({day: 4, month: 3, year: 2023, hour: 8, minute: 45, byline: {index: 0, text: 'Hồng Nhung'}})
    // The time is required: a name and a bare date may be a sentence's end.
    expect(matchDateline('Hồng Nhung 04/03/2023')?.byline ?? null).toBeNull()
  })
  it('takes an avatar widget\'s alt text and a bracketed source address for labels (issue 11, round b5)', () => {
    expect(matchSiteLabel('Icon No Avatar Bao Mau Xanh Minh Khuê')?.rule).toBe('avatar-label')
    expect(matchSiteLabel('(https://tinbao.example.vn/)')?.rule).toBe('source-link')
    expect(matchSiteLabel('Avatar của học sinh được thiết kế đẹp.')).toBeNull()
  })
  it('reads a section or desk name before the bar as no byline, and English month names (issue 11, round b6)', () => {
    expect(matchDateline('Văn hóa, Thể thao | 07:15:00 11/09/2022')).toMatchObject({day: 11, month: 9, year: 2022, hour: 7, minute: 15, second: 0, byline: null})
    expect(matchDateline('Ban thư ký | 3 March 2021')).toMatchObject({day: 3, month: 3, year: 2021, byline: null})
    expect(matchDateline('November 14, 2019')).toMatchObject({day: 14, month: 11, year: 2019})
    expect(matchDateline('14 Nov 2019 10:05')).toMatchObject({day: 14, month: 11, year: 2019, hour: 10})
    // A sentence before the bar is not a section, and a month name alone is no date.
    expect(matchDateline('Hội nghị kết thúc lúc 11 giờ. | 3 March 2021')).toBeNull()
    expect(matchDateline('March 2021')).toBeNull()
  })
  it('reads a bulleted English date, a content system\'s labels, a bare view counter and names glued to the label (issue 11, round b8)', () => {
    expect(matchDateline('• March 4, 2021')).toMatchObject({day: 4, month: 3, year: 2021, hour: null})
    expect(matchDateline('cms-publish-date 21/03/2017 | 14:05  | cms-view-count: 2210')).toMatchObject({day: 21, month: 3, year: 2017, hour: 14, minute: 5, byline: null})
    expect(matchDateline('18/04/2022 08:30 1.205 lượt xem')).toMatchObject({day: 18, month: 4, year: 2022, hour: 8, minute: 30, byline: null})
    expect(matchSiteLabel('cms-view-count: 2210')?.rule).toBe('view-count')
    expect(matchSiteLabel('96 lượt xem')?.rule).toBe('view-count')
    expect(matchDateline('Lê Minh Khoa, Đỗ Thu Hà (KTV2)Cập nhật 07:45 ngày 09/03/2021')).toMatchObject({
      day: 9, month: 3, year: 2021, hour: 7, minute: 45, byline: {index: 0, text: 'Lê Minh Khoa, Đỗ Thu Hà (KTV2)'}
    })
    // Without a label the names and the date are a sentence's end, not a dateline.
    expect(matchDateline('Lê Minh Khoa, Đỗ Thu Hà 09/03/2021')).toBeNull()
    expect(matchDateline('• Hội nghị diễn ra ngày 4/3/2021')).toBeNull()
  })
  it('never takes a lead for a caption', () => {
    expect(looksLikeCaption('Sáng 23/7, đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh dự hội nghị tập huấn công tác nhân quyền.')).toBe(false)
    expect(looksLikeCaption('(CAO) Sáng 29/5, Thiếu tướng A dự hội nghị.')).toBe(false)
  })
})

describe('more page furniture (issue 11, round b18)', () => {
  it('reads a government banner, a content system\'s post line and an English date ticker as labels', () => {
    expect(portalChromePrefix('An official website of the United States government')).toBeGreaterThan(0)
    expect(matchSiteLabel('Submitted by Tổ biên tập on 3 June 2021')?.rule).toBe('submitted-by')
    expect(matchSiteLabel('Friday, June 4 Cách chọn laptop cho sinh viên')?.rule).toBe('date-ticker')
    // A sentence that happens to hold such words is kept.
    expect(matchSiteLabel('Bài viết được submitted by nhóm tác giả vào tuần trước.')).toBeNull()
    expect(matchSiteLabel('Ngày thứ Sáu, 4 tháng 6, hội nghị khai mạc.')).toBeNull()
  })
})
