import {describe, expect, it} from 'vitest'
import {isAllCaps, sentenceCase, extractTitle} from '../../src/stages/extract/title.js'
import {cleanText, fixtures, seeds} from './pipeline.js'

describe('extractTitle', () => {
  it('takes the headline as printed', () => {
    expect(extractTitle(cleanText('TPHCM: Tập huấn về công tác nhân quyền năm 2024\n\nSáng 29/5, hội nghị.').article).title).toBe('TPHCM: Tập huấn về công tác nhân quyền năm 2024')
  })
  it('skips a site template\'s placeholder title left above the headline (issue 11, round b7)', () => {
    expect(extractTitle(cleanText('Your Website Title\nHội Cựu chiến binh tỉnh tọa đàm về tuyên truyền pháp luật\nMới đây, hội tổ chức tọa đàm tại huyện.').article).title).toBe('Hội Cựu chiến binh tỉnh tọa đàm về tuyên truyền pháp luật')
  })
  it('skips a category name of section nouns printed above the headline (issue 11, round b7)', () => {
    expect(extractTitle(cleanText('Văn hóa đời sống\nNói chuyện về phòng chống bạo lực gia đình cho 300 hội viên phụ nữ\nSáng 12/3, tại xã Hòa Lộc, hội tổ chức buổi nói chuyện.').article).title).toBe('Nói chuyện về phòng chống bạo lực gia đình cho 300 hội viên phụ nữ')
    // A short headline whose words are not all section nouns stays the headline.
    expect(extractTitle(cleanText('Giáo dục pháp luật cho trẻ em\nNgày 3/4, tại xã Hòa Lộc, hội tổ chức buổi nói chuyện về phòng chống bạo lực gia đình cho 300 hội viên.').article).title).toBe('Giáo dục pháp luật cho trẻ em')
  })
  it('drops an empty pair of brackets closing the headline (issue 11, round b7)', () => {
    expect(extractTitle(cleanText('Tuyên truyền pháp luật cho đồng bào vùng cao huyện Mường Khoa ()\n\nTrong 2 ngày, huyện tổ chức hội nghị.').article).title).toBe('Tuyên truyền pháp luật cho đồng bào vùng cao huyện Mường Khoa')
  })
  it('drops a Markdown heading mark and a site suffix', () => {
    expect(extractTitle(cleanText('# Tập huấn công tác nhân quyền năm 2024\n\nSáng 29/5, hội nghị.').article).title).toBe('Tập huấn công tác nhân quyền năm 2024')
    expect(extractTitle(cleanText('Tập huấn công tác nhân quyền năm 2024 - Báo Bình Dương\n\nSáng 29/5, hội nghị.').article).title).toBe('Tập huấn công tác nhân quyền năm 2024')
  })
  it('keeps a hyphen that belongs to the headline', () => {
    expect(extractTitle(cleanText('Bảo vệ dữ liệu cá nhân - Quyền và trách nhiệm trong kỷ nguyên số\n\nSáng 29/5, hội nghị.').article).title).toBe('Bảo vệ dữ liệu cá nhân - Quyền và trách nhiệm trong kỷ nguyên số')
  })
  it('gives null and no-title without a headline', () => {
    const r = extractTitle(cleanText(' date 2024-07 Phát biểu tại Hội nghị, ông A cho biết tỉnh đạt nhiều kết quả.').article)
    expect(r.title).toBeNull()
    expect(r.warnings.map((w) => w.ruleId)).toEqual(['no-title'])
  })
  it('tells capitals and makes sentence case for display', () => {
    expect(isAllCaps('LÂM ĐỒNG: TẬP HUẤN NGHIỆP VỤ')).toBe(true)
    expect(isAllCaps('TPHCM: Tập huấn')).toBe(false)
    expect(sentenceCase('LÂM ĐỒNG: TẬP HUẤN NGHIỆP VỤ')).toBe('Lâm đồng: Tập huấn nghiệp vụ')
  })
})

describe('titles of the seeds and fixtures', () => {
  it.each([...seeds(), ...fixtures()].map((x) => [x.name, x] as const))('%s', (_, {expected, loaded}) => {
    expect(extractTitle(loaded.article).title).toBe(expected.title)
  })
})
