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
    ['Theo TTXVN', []]
  ])('%s', (text, names) => {
    expect(bylineNames(text).map((n) => n.name)).toEqual(names)
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

describe('authors of the seeds and fixtures', () => {
  it.each([...seeds(), ...fixtures()].map((x) => [x.name, x] as const))('%s', (_, {expected, loaded}) => {
    expect(extractAuthors(loaded.article).authors).toEqual(expected.authors)
  })
})
