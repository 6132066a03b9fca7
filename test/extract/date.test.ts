import {describe, expect, it} from 'vitest'
import {boundedGaps, eventNameYear, extractDate, findDateMentions} from '../../src/stages/extract/date.js'
import {isCalendarDay} from '../../src/text/dates.js'
import type {Block} from '../../src/types.js'
import {cleanText, fixtures, seeds, textAt} from './pipeline.js'

const block = (text: string): Block => ({kind: 'paragraph', line: 1, column: 1, text})
const dateOf = (text: string) => extractDate(cleanText(text).article)

describe('date mentions', () => {

  it('reads two days joined by a comma and a range after "từ" mid-sentence: the first day (issue 11, round b7)', () => {
    expect(dateOf('Tập huấn về bình đẳng giới\n\nNgày 8,9/4/2022, Hội Phụ nữ xã tổ chức tập huấn về bình đẳng giới.').date).toMatchObject({value: '2022-04-08', precision: 'day'})
    expect(dateOf('Phổ biến pháp luật cho đồng bào\n\nĐể nâng cao hiểu biết pháp luật, trong 3 ngày, từ 6-8/11/2019, Phòng Dân tộc huyện tổ chức hội nghị phổ biến pháp luật.').date).toMatchObject({value: '2019-11-06', precision: 'day'})
    // "từ" before one number is no date (a count, a share): only a range of days is anchored by it.
    expect(findDateMentions(block('Để nâng cao hiểu biết pháp luật, từ 6/11 học viên sẽ được cấp tài liệu.'))).toEqual([])
  })
  it.each([
    ['Ngày 5/3, Ban Chỉ đạo tổ chức hội nghị.', 5, 3, null],
    ['Sáng 12-6, tại Hà Nội, hội nghị khai mạc.', 12, 6, null],
    ['(CAO) Sáng 29/5, tại hội trường.', 29, 5, null],
    ['Chiều ngày 7/8/2023, tại thành phố Đà Lạt.', 7, 8, 2023],
    ['Sáng nay (4/11), tại Hà Tĩnh.', 4, 11, null],
    ['Chiều nay, 12/9, tại Cao Bằng, hội nghị khai mạc.', 12, 9, null],
    ['Sáng ngày 21.10.2019, Hội Luật gia tổ chức lớp tập huấn.', 21, 10, 2019],
    ['Sáng thứ Năm (4/11), tại Hà Tĩnh.', 4, 11, null],
    ['Trong hai ngày 4-5/12, Đại hội diễn ra.', 4, 12, null],
    ['Ngày 03/10/2024, Ban Chỉ đạo tổ chức.', 3, 10, 2024],
    ['Ngày 5 tháng 3 năm 2023, hội nghị diễn ra.', 5, 3, 2023],
    ['Trong 2 ngày 9 và 10 tháng 11 năm 2016, tại Huế, hội thảo diễn ra.', 9, 11, 2016],
    ['Hội thảo được tổ chức vào ngày 4 và 5 tháng ba năm 2012 tại Hà Nội.', 4, 3, 2012],
    ['Ngày 20 tháng mười một năm 2019, lớp học khai giảng.', 20, 11, 2019],
    ['Trong 2 ngày 15 và 16/10 tại Hà Nội, hội thảo diễn ra.', 15, 10, null]
  ])('reads %s', (text, day, month, year) => {
    expect(findDateMentions(block(text))[0]).toMatchObject({day, month, year})
  })
  it.each([
    'Thực hiện Kế hoạch số 45/KH-BCĐ ngày 10/02/2023 của Ban Chỉ đạo, hội nghị được tổ chức.',
    'Theo Quyết định số 102/QĐ-UBND ngày 15/1/2023, tỉnh tổ chức 3 hội nghị.',
    'Luật có hiệu lực từ ngày 1/7/2024.',
    'Tỉnh đạt 7/7 chỉ tiêu năm 2023.',
    'Báo cáo được Chính phủ phê duyệt ngày 2/9/2019 và nộp lên Hội đồng Nhân quyền ngày 12/9/2019.'
  ])('skips the date of a document or a score: %s', (text) => {
    expect(findDateMentions(block(text))).toEqual([])
  })
})

describe('a day without a year (issue 11)', () => {
  it('keeps the day and month for matching reports, with no date', () => {
    const r = dateOf('Hội thảo quốc tế về báo cáo quốc gia\n\nSáng nay (27/4), tại Hà Nội, hội thảo quốc tế diễn ra.')
    expect(r.date).toBeNull()
    expect(r.dayWithoutYear).toBe('--04-27')
  })
  it('keeps none when the date has its year, or the day does not exist', () => {
    expect(dateOf('Hội thảo quốc tế về báo cáo quốc gia\n\nNgày 27/4/2023, tại Hà Nội, hội thảo diễn ra.').dayWithoutYear).toBeNull()
    expect(dateOf('Hội thảo quốc tế về báo cáo quốc gia\n\nNgày 31/4, tại Hà Nội, hội thảo diễn ra.').dayWithoutYear).toBeNull()
  })
})

describe('long lines', () => {
  // Their speed on 1 MB is measured by `npm run bench:inputs`, not here.
  it('reads a long run of spaces after "hôm nay": no date', () => {
    expect(findDateMentions(block('Tin tức hôm nay ' + ' '.repeat(200_000) + ' hết.'))).toEqual([])
    expect(dateOf('Tiêu đề bài viết về nhân quyền\n\nTin tức hôm nay ' + ' '.repeat(200_000) + ' hết.').date).toBeNull()
  })
  it('still reads a date with a few spaces inside', () => {
    expect(findDateMentions(block('Sáng nay  ( 4/11 ), tại Hà Tĩnh.'))[0]).toMatchObject({day: 4, month: 11})
    expect(boundedGaps(String.raw`a\s*b\s+c`)).toBe(String.raw`a\s{0,4}b\s{1,4}c`)
  })
})

describe('the year of an event name', () => {
  it.each([
    ['Hội nghị tập huấn công tác nhân quyền năm 2024', 2024],
    ['Hội nghị Sơ kết công tác nhân quyền 6 tháng đầu năm 2024 và tập huấn', 2024],
    ['Hội nghị tập huấn nhân quyền toàn quốc đợt 2 năm 2024', 2024],
    ['Tập huấn về công tác nhân quyền năm 2024', 2024]
  ])('reads %s', (text, year) => {
    expect(eventNameYear(text)?.year).toBe(year)
  })
  it.each([
    'Hội nghị tổng kết công tác nhân quyền năm 2023 và triển khai nhiệm vụ năm 2024',
    'Hội nghị triển khai kế hoạch năm 2024',
    'Hội nghị đánh giá kết quả thực hiện năm 2023',
    'chỉ tiêu văn hóa - xã hội đạt 7/7 chỉ tiêu năm 2023'
  ])('gives no year for a period or a plan: %s', (text) => {
    expect(eventNameYear(text)).toBeNull()
  })
})

describe('extractDate', () => {
  const head = 'Tiêu đề bài viết về tập huấn nhân quyền\n\n'
  it('takes no later date once the lead tells the event without one', () => {
    const text = ' date 2024-09 Quảng Trị: Sơ kết công tác nhân quyền 9 tháng\n\nBan Chỉ đạo Nhân quyền tỉnh vừa tổ chức hội nghị sơ kết công tác nhân quyền 9 tháng đầu năm 2024.\n\nTheo báo cáo, ngày 15/8, Ban Chỉ đạo đã tổ chức đoàn kiểm tra tại huyện Hướng Hóa. Ngày 20/8, tỉnh đã cử đoàn công tác đi Lào.'
    expect(dateOf(text).date).toMatchObject({value: '2024-09', precision: 'month'})
  })
  it('takes a later date that names the event again', () => {
    const text = head + 'Ban Chỉ đạo Nhân quyền tỉnh vừa tổ chức hội nghị tập huấn. Hội nghị diễn ra ngày 5/3/2024 tại thành phố Vinh.'
    expect(dateOf(text).date).toMatchObject({value: '2024-03-05', precision: 'day'})
  })
  it('still takes the date of "Vừa qua, ngày 5/3, ..." and is not stopped by "thời gian vừa qua"', () => {
    expect(dateOf(head + 'Vừa qua, ngày 5/3/2024, Ban Chỉ đạo tổ chức hội nghị tập huấn.').date?.value).toBe('2024-03-05')
    expect(dateOf(head + 'Thời gian vừa qua, tỉnh đã tổ chức nhiều hội nghị tập huấn.\n\nSáng 12/6/2024, tại Hà Nội, hội nghị khai mạc.').date?.value).toBe('2024-06-12')
  })
  it('treats "Mới đây, ..." like "vừa tổ chức"', () => {
    const text = head + 'Mới đây, Ban Chỉ đạo Nhân quyền tỉnh tổ chức hội nghị tập huấn cho cán bộ cơ sở.\n\nNgày 20/8/2024, tỉnh đã cử đoàn kiểm tra tại huyện Hướng Hóa.'
    expect(dateOf(text).date).toBeNull()
  })
  it('skips the date of reported work', () => {
    expect(findDateMentions(block('Theo báo cáo, ngày 15/8, Ban Chỉ đạo đã tổ chức đoàn kiểm tra.'))).toEqual([])
  })
  it('reads a long line of dates after an undated event: no date', () => {
    const text = head + 'Ban Chỉ đạo vừa tổ chức hội nghị. ' + 'ngày 5/3 '.repeat(11_000)
    expect(dateOf(text).date).toBeNull()
  })
  it('takes a full date from the lead', () => {
    expect(dateOf(head + 'Ngày 03/10/2024, Ban Chỉ đạo tổ chức hội nghị.').date).toMatchObject({value: '2024-10-03', precision: 'day'})
  })
  it('takes the year from the dateline, allowing for a year\'s turn', () => {
    expect(dateOf(head + 'Thứ Tư, 29/05/2024 11:20\n\nSáng 29/5, hội nghị diễn ra.').date?.value).toBe('2024-05-29')
    expect(dateOf(head + 'Thứ Ba, 02/01/2024 09:00\n\nNgày 28/12, hội nghị diễn ra.').date?.value).toBe('2023-12-28')
    expect(dateOf(head + '10:00 | 20/02/2024\n\nNgày 5/3, hội nghị sẽ diễn ra.').date?.value).toBe('2024-03-05')
  })
  it('does not take a programme\'s horizon for the page\'s year: a full lead date stays the event\'s', () => {
    expect(dateOf(head + 'Sáng ngày 21/10/2019, Trường Chính trị tổ chức hội thảo về giáo dục quyền con người.\n\nĐề án giai đoạn 2017-2025 đặt mục tiêu đến năm 2030 đưa nội dung này vào mọi trường.').date)
      .toMatchObject({value: '2019-10-21', precision: 'day'})
    // A year of history well before the page's printed years is still history.
    expect(dateOf(head + 'Ngày 10/12/1948, Liên hợp quốc thông qua Tuyên ngôn.\n\nNăm 2023, tỉnh tổ chức hội nghị.').date).toBeNull()
  })
  it('takes the year from a caption that names the event with its year and prints the same day', () => {
    const text = head + 'Ngày 9/10, Ban Chỉ đạo tổ chức hội nghị tập huấn cho cán bộ các tỉnh.\n\nĐại biểu nghe báo cáo.\n\nHọc viên thảo luận.\n\nBan tổ chức tổng kết.\n\nĐại biểu phát biểu.\n\nHội nghị tập huấn công tác nhân quyền năm 2023 diễn ra ngày 9/10 tại Lào Cai. (Ảnh: Minh Đức)\n\nCông tác tuyên truyền được đẩy mạnh.'
    expect(dateOf(text).date).toMatchObject({value: '2023-10-09', precision: 'day'})
  })
  it('gives published with and without a time', () => {
    expect(dateOf(head + 'Thứ Tư, 29/05/2024 11:20 | Mai Anh\n\nSáng 29/5, hội nghị.').published).toBe('2024-05-29T11:20')
    expect(dateOf(head + 'Ngày 3/10/2024, hội nghị.\n\n03/10/2024').published).toBe('2024-10-03')
  })
  it('counts "sáng nay" and "hôm qua" from the dateline', () => {
    expect(dateOf(head + '09:12 | 16/05/2025\n\nChiều qua, tại Đồng Tháp, hội nghị diễn ra.').date?.value).toBe('2025-05-15')
    expect(dateOf(head + '09:12 | 16/05/2025\n\nSáng nay, tại Đồng Tháp, hội nghị diễn ra.').date?.value).toBe('2025-05-16')
  })
  it('takes the year from the scraper prefix, and the month alone when the text has no date', () => {
    expect(dateOf(' date 2023-06-13 Sáng 12-6, hội nghị diễn ra tại Quảng Ninh.').date).toMatchObject({value: '2023-06-12', precision: 'day'})
    expect(dateOf(' date 2024-07 Phát biểu tại Hội nghị, ông A cho biết.').date).toMatchObject({value: '2024-07', precision: 'month'})
    expect(dateOf(' date 2024-07-22 Phát biểu tại Hội nghị, ông A cho biết.').date).toMatchObject({value: '2024-07-22', precision: 'day'})
  })
  it('takes the year from the same date printed with one later', () => {
    expect(dateOf(head + 'Ngày 5/3, hội nghị diễn ra.\n\nHội nghị ngày 5/3/2023 là lần thứ hai.').date?.value).toBe('2023-03-05')
  })
  it('never guesses a year', () => {
    const r = dateOf(head + 'Ngày 5/3, Ban Chỉ đạo tổ chức hội nghị.')
    expect(r.date).toBeNull()
    expect(r.warnings.map((w) => w.ruleId)).toEqual(['date-no-year'])
    expect(r.warnings[0]).toMatchObject({place: {line: 3, column: 1}, params: {text: 'Ngày 5/3'}})
  })
  it('does not take the year of a period under review', () => {
    const r = dateOf(head + 'Ngày 18/1, Ban Chỉ đạo tổ chức Hội nghị tổng kết công tác nhân quyền năm 2023.')
    expect(r.date).toBeNull()
    expect(r.warnings.map((w) => w.ruleId)).toEqual(['date-no-year'])
  })
  it('rejects a day that does not exist', () => {
    const r = dateOf(head + 'Ngày 31/2/2024, hội nghị diễn ra.')
    expect(r.date).toBeNull()
    expect(r.warnings.map((w) => w.ruleId)).toEqual(['date-invalid'])
  })
  it('warns when the lead and the dateline are far apart', () => {
    const r = dateOf(head + '10:00 | 20/09/2024\n\nNgày 5/3/2024, hội nghị diễn ra.')
    expect(r.date?.value).toBe('2024-03-05')
    expect(r.warnings.map((w) => w.ruleId)).toEqual(['date-conflict'])
  })
  it('gives null and no-date with nothing', () => {
    const r = dateOf(head + 'Hội nghị diễn ra sôi nổi.')
    expect(r.date).toBeNull()
    expect(r.warnings.map((w) => w.ruleId)).toEqual(['no-date'])
  })
  it('knows the calendar', () => {
    expect(isCalendarDay(2024, 2, 29)).toBe(true)
    expect(isCalendarDay(2023, 2, 29)).toBe(false)
    expect(isCalendarDay(2024, 13, 1)).toBe(false)
  })
})

describe('dates of the seeds and fixtures', () => {
  it.each([...seeds(), ...fixtures()].map((x) => [x.name, x] as const))('%s', (_, {expected, loaded}) => {
    const r = extractDate(loaded.article)
    expect(r.date ? {value: r.date.value, precision: r.date.precision} : null).toEqual(expected.date ? {value: expected.date.value, precision: expected.date.precision} : null)
    if ('published' in expected) expect(r.published).toBe(expected.published ?? null)
    const ev = r.evidence.date
    if (ev && 'line' in ev) expect(textAt(loaded.source, ev.line, ev.column, ev.text.length)).toBe(ev.text)
    const want = (('warnings' in expected ? (expected.warnings as string[]) : []) ?? []).filter((w) => w.startsWith('date'))
    expect(r.warnings.map((w) => w.ruleId).filter((w) => w.startsWith('date'))).toEqual(want)
  })
})

describe('history in the lead', () => {
  it('skips a historical date and a treaty\'s date', () => {
    const head = 'Tiêu đề bài viết về nhân quyền\n\n'
    const r = extractDate(cleanText(head + 'Ngày 10/12/1948, Liên hợp quốc thông qua Tuyên ngôn.\n\nSáng 9/12/2023, tỉnh tổ chức tọa đàm kỷ niệm 75 năm Ngày Quốc tế Nhân quyền.').article)
    expect(r.date?.value).toBe('2023-12-09')
    expect(findDateMentions({kind: 'paragraph', line: 1, column: 1, text: 'Thực hiện Công ước ngày 10/12/1984 của Liên hợp quốc.'})).toEqual([])
  })
})

describe('dates of real pages (issue 11)', () => {
  it('takes the first day of a range "từ ngày X đến ngày Y"', () => {
    expect(findDateMentions(block('Lớp học diễn ra từ ngày 09 đến ngày 11-11-2022 tại hội trường.'))[0]).toMatchObject({day: 9, month: 11, year: 2022})
    expect(findDateMentions(block('Từ ngày 17 đến 27-12, lớp bồi dưỡng diễn ra.'))[0]).toMatchObject({day: 17, month: 12})
  })
  it('takes the year from a later sentence naming the event when the lead gives none', () => {
    const r = dateOf('Bồi dưỡng nghiệp vụ thông tin đối ngoại\n\nTrong 2 ngày (9 - 10/11), tại tỉnh Sông Bạc diễn ra Hội nghị tập huấn thông tin đối ngoại.\n\nQuang cảnh hội nghị.\n\nHội nghị do Bộ Văn hóa tổ chức.\n\nĐại biểu trao đổi ý kiến về nhiều nội dung.\n\nCác tỉnh bạn cử đoàn tham dự.\n\nĐây là hội nghị tập huấn thứ 2 trong năm 2022 trên cả nước.')
    expect(r.date).toMatchObject({value: '2022-11-09', precision: 'day'})
  })
  it('takes the month a monthly meeting is named after, at month precision, when the text gives no day (issue 11, round b16)', () => {
    const r = dateOf('Giao ban báo chí\n\nTại hội nghị giao ban công tác báo chí tháng 3/2022 do Ban Tuyên giáo tỉnh Sông Bạc tổ chức, các phóng viên nêu nhiều kiến nghị.\n\nĐại biểu được phổ biến định hướng tuyên truyền năm 2023.')
    expect(r.date).toMatchObject({value: '2022-03', precision: 'month'})
    // A month under review is not the meeting's.
    expect(dateOf('Giao ban báo chí\n\nHội nghị tổng kết công tác tháng 3/2022 của Ban Tuyên giáo tỉnh Sông Bạc đã diễn ra.').date?.precision).not.toBe('month')
  })
  it('takes the headline\'s year at year precision when the text gives no day', () => {
    const r = dateOf('Tăng cường tuyên truyền pháp luật về quyền trẻ em năm 2023\n\nCác đại biểu được phổ biến nhiều nội dung mới.')
    expect(r.date).toMatchObject({value: '2023', precision: 'year'})
  })
  it('does not take the year of a document named in the headline', () => {
    const r = dateOf('Huyện Núi Xanh tuyên truyền Công ước quốc tế về quyền trẻ em năm 1989\n\nCác đại biểu được phổ biến nhiều nội dung mới.')
    expect(r.date).toBeNull()
  })
  it('keeps the seconds a dateline prints in published', () => {
    const r = dateOf('Kiểm tra công tác nhân quyền tại tỉnh Sông Bạc\n\nCập nhật ngày: 05-03-2020 | 08:15:30 GMT +7\n\nNgày 3/3/2020, đoàn công tác làm việc với tỉnh.')
    expect(r.published).toBe('2020-03-05T08:15:30')
    expect(r.date).toMatchObject({value: '2020-03-03', precision: 'day'})
  })
})

describe('a subheading between the sapo and the lead (issue 11, round b5)', () => {
  it('takes no place among the lead\'s paragraphs', () => {
    const text = 'Trao đổi kinh nghiệm bảo vệ trẻ em\n\n10:05 12/04/2022\n\nDiễn đàn của các tổ chức xã hội đã chia sẻ nhiều kinh nghiệm bảo vệ trẻ em trong năm qua.\n\nHoàn thiện kế hoạch hành động của các tổ chức\n\nMột đoạn văn ngắn đã giới thiệu chương trình của diễn đàn.\n\nNgày 11/4, tại Hà Nội, Hội Bảo vệ trẻ em đã tổ chức diễn đàn các tổ chức xã hội.'
    expect(dateOf(text).date).toMatchObject({value: '2022-04-11', precision: 'day'})
    // A fourth full paragraph is still past the lead.
    expect(dateOf(text.replace('Hoàn thiện kế hoạch hành động của các tổ chức', 'Các tổ chức đã hoàn thiện kế hoạch hành động của mình.')).date?.value).not.toBe('2022-04-11')
  })
})

describe('round b8: the site\'s today display, years from the event\'s name, a bracketed caption (issue 11)', () => {
  it('drops a date line with no time that the lead\'s "Sáng nay (d/m)" contradicts, and its year', () => {
    const r = dateOf('Thứ ba,  17/03/2020\n\nHơn 80 đại biểu dự tập huấn kỹ năng phát ngôn\n\nHTO-Sáng nay (2/2), tại thành phố Sông Mây, Sở Tư pháp tổ chức tập huấn kỹ năng phát ngôn cho cán bộ các sở, ngành.')
    expect(r.published).toBeNull()
    expect(r.date).toBeNull()
    expect(r.dayWithoutYear).toBe('--02-02')
  })
  it('keeps a date line that agrees with "Sáng nay" or "hôm qua", and one that prints a time', () => {
    const today = dateOf('Thứ ba,  02/02/2021\n\nHơn 80 đại biểu dự tập huấn kỹ năng phát ngôn\n\nSáng nay (2/2), tại thành phố Sông Mây, Sở Tư pháp tổ chức tập huấn.')
    expect(today.published).toBe('2021-02-02')
    expect(today.date).toMatchObject({value: '2021-02-02', precision: 'day'})
    expect(dateOf('03/02/2021\n\nTập huấn kỹ năng phát ngôn\n\nChiều qua (2/2), Sở Tư pháp tổ chức tập huấn.').published).toBe('2021-02-03')
    // An update line with a time is the page's, even days after the event.
    expect(dateOf('Cập nhật 09:15 ngày 06/02/2021\n\nTập huấn kỹ năng phát ngôn\n\nSáng nay (2/2), Sở Tư pháp tổ chức tập huấn.').published).toBe('2021-02-06T09:15')
  })
  it('takes the year of the event\'s name in the lead when the text gives no day', () => {
    const r = dateOf('Nhằm nâng cao kỹ năng cho các em, TX. Hồ Xanh vừa tổ chức diễn đàn thiếu nhi năm 2017.\n\nCác em được nghe nói chuyện về an toàn trên mạng.')
    expect(r.date).toMatchObject({value: '2017', precision: 'year'})
    // A plan's year is not the event's.
    expect(dateOf('Huyện Hồ Xanh triển khai nhiệm vụ năm 2017 về công tác thiếu nhi.\n\nCác em được nghe nói chuyện về an toàn trên mạng.').date).toBeNull()
  })
  it('takes a capitalised headline\'s year though it holds "PHÁP LUẬT", a common noun', () => {
    const r = dateOf('XÃ HỒ XANH TẬP HUẤN PHÁP LUẬT CHO NGƯỜI DÂN NĂM 2023\n\nTrong đợt tập huấn, người dân được nghe phổ biến pháp luật về giao thông.')
    expect(r.date).toMatchObject({value: '2023', precision: 'year'})
    // A law's own name still keeps its year.
    expect(dateOf('Tuyên truyền Luật Trẻ em năm 2016 cho học sinh\n\nHọc sinh được nghe giới thiệu luật.').date).toBeNull()
  })
  it('reads a caption wholly in brackets as a caption, not the lead\'s first paragraph', () => {
    const r = dateOf('Truyền thông về quyền trẻ em\n\n14/12/2020\n\n(Toàn cảnh buổi truyền thông)\n\nTrẻ em cần được bảo vệ ở mọi nơi, mọi lúc, trong gia đình và ngoài xã hội.\n\nNhằm nâng cao nhận thức của các bậc cha mẹ về quyền trẻ em và trách nhiệm của mỗi người.\n\nSáng ngày 10/11/2020, UBND xã tổ chức truyền thông cho 60 phụ huynh.')
    expect(r.date).toMatchObject({value: '2020-11-10', precision: 'day'})
  })
})

describe('date: patterns of blind round b10 (issue 11)', () => {
  it('skips a plan\'s date written with a comma after its number', () => {
    const r = dateOf('Hội nghị phổ biến luật\n\nThực hiện Kế hoạch số 310/KH-UBND, ngày 14/3/2019 của UBND tỉnh về việc triển khai luật.\n\nNgày 9/10/2019, Sở Tư pháp tổ chức hội nghị cho 120 đại biểu.')
    expect(r.date).toMatchObject({value: '2019-10-09', precision: 'day'})
  })
  it('reads a range with both months (`05/8-07/8/2024`): the first day, the year from the end', () => {
    const r = dateOf('Tập huấn cho cán bộ\n\nBan Chỉ đạo đã tổ chức đợt tập huấn kéo dài 03 ngày (từ ngày 12/9-14/9/2023) tại tỉnh Yên Bái.')
    expect(r.date).toMatchObject({value: '2023-09-12', precision: 'day'})
  })
  it('takes the year of a sentence opening "Năm 2021, X tổ chức hội nghị" when the lead says only "Vừa qua"', () => {
    const r = dateOf('Tập huấn cho hội viên\n\nVừa qua, Hội Cựu chiến binh tỉnh tổ chức tập huấn cho 80 hội viên.\n\nNăm 2021, Hội Cựu chiến binh tỉnh còn tổ chức hội nghị tập huấn ở hai huyện.')
    expect(r.date).toMatchObject({value: '2021', precision: 'year'})
    // A year under review opening a sentence is no event's.
    // A lead with its own day (no year) and a report of a year's work: no year from the report.
    expect(dateOf('Tổng kết năm\n\nNgày 18/1, Ban Chỉ đạo tổ chức hội nghị tổng kết.\n\nNăm 2021, Ban Chỉ đạo tổ chức hội nghị tập huấn tại hai huyện.').date).toBeNull()
  })
  it('reads a 12-hour dateline (`04:25:10 PM`) on the 24-hour clock', () => {
    expect(dateOf('Tiêu đề bài viết về hội nghị\n\n 14/03/2021 04:25:10 PM\n\nNgày 13/3/2021, hội nghị diễn ra.').published).toBe('2021-03-14T16:25:10')
    expect(dateOf('Tiêu đề bài viết về hội nghị\n\n 14/03/2021 12:10 AM\n\nNgày 13/3/2021, hội nghị diễn ra.').published).toBe('2021-03-14T00:10')
  })
  it('reads no date from a site footer\'s licence line', () => {
    const r = dateOf('Hội thi tìm hiểu về bình đẳng giới\n\nVừa qua, Liên đoàn Lao động tỉnh tổ chức hội thi cho công nhân.\n\nThu Trang\n\nBÁO TỈNH ĐIỆN TỬ\n\nGiấy phép số: 12/GP-BTTTT cấp ngày 4/5/2021.\n\nTổng biên tập: Lê Văn Hùng\n\nTòa soạn: Số 1 đường Lê Lợi')
    expect(r.date).toBeNull()
  })
})

describe('date: a meeting that reviews one year and plans the next (issue 11, round b11)', () => {
  it('takes neither year for a day printed without one', () => {
    const r = dateOf('Phổ biến pháp luật\n\nSáng 20/2, Hội đồng phối hợp tổ chức hội nghị đánh giá việc phổ biến pháp luật năm 2019, triển khai nhiệm vụ năm 2020.')
    expect(r.date).toBeNull()
  })
})

describe('date: lists of days (issue 11, round b12)', () => {
  it('takes the first of several days (`9; 14-15/6/2021`) and of a range after "các ngày từ"', () => {
    expect(dateOf('Lớp bồi dưỡng\n\nVào các ngày 9; 14-15/6/2021, Sở Văn hóa tổ chức ba lớp bồi dưỡng.').date).toMatchObject({value: '2021-06-09', precision: 'day'})
    expect(dateOf('Hội nghị truyền thông\n\nTrong các ngày từ 3/5 đến ngày 7/5/2024, Trung tâm tổ chức hội nghị truyền thông tại 8 xã.').date).toMatchObject({value: '2024-05-03', precision: 'day'})
  })
})

describe('a document\'s year after the event noun (issue 11, round b17)', () => {
  it('is not the event\'s year', () => {
    expect(eventNameYear('Tại buổi tọa đàm, nhiều ý kiến cho rằng Luật Đất đai năm 2013 còn bất cập.')).toBeNull()
    expect(eventNameYear('Các đại biểu tại hội thảo đánh giá Công ước năm 1989 là văn kiện quan trọng.')).toBeNull()
    // The event's own year is still read.
    expect(eventNameYear('Hội thảo khoa học năm 2021 về quyền con người diễn ra tại Huế.')?.year).toBe(2021)
  })
})

describe('a dateline glued to the lead (issue 11, round b18)', () => {
  it('dates the filing; a later date of the lead is the event\'s, its year from the dateline', () => {
    const r = dateOf('Đối thoại về quyền lao động\n\nBrussels, ngày 3 tháng 4 năm 2019 – Phiên đối thoại thường niên sẽ diễn ra vào ngày 9 tháng 4 tại Hà Nội.')
    expect(r.date).toMatchObject({value: '2019-04-09', precision: 'day'})
    expect(r.published).toBe('2019-04-03')
  })
  it('stays the event\'s date when the lead gives no other', () => {
    const r = dateOf('Đối thoại về quyền lao động\n\nBrussels, ngày 3 tháng 4 năm 2019 – Phiên đối thoại thường niên đã diễn ra tại Hà Nội.')
    expect(r.date).toMatchObject({value: '2019-04-03', precision: 'day'})
  })
})
