/**
 * General rules of furniture, names, dates and topics, first met in the
 * corpus `test/fixtures/mountain-and-mekong-ranks`: copyright and `>>` link
 * furniture, a byline after a short list of links, a masthead above a
 * breadcrumb, an outlet mark before a dateline, outlet names that are no
 * byline, names that differ only in tone, place names after "Khu công
 * nghiệp", a weekday-only lead, topics listed one per line under a cue, and
 * "chuyên đề về A; chuyên đề về B".
 */
import {describe, expect, it} from 'vitest'
import {VFile} from 'vfile'
import {isRelatedLink, matchDateline, matchSiteLabel} from '../src/knowledge/boilerplate.js'
import {WEEKDAY_NUMBERS} from '../src/knowledge/calendar.js'
import {looksLikeByline} from '../src/stages/clean.js'
import {extractDate} from '../src/stages/extract/date.js'
import {extractOfficials} from '../src/stages/extract/people/index.js'
import {extractTopics} from '../src/stages/extract/topics.js'
import {nameKey, normalizeText} from '../src/text/normalize.js'
import type {Block, CleanArticle} from '../src/types.js'
import {cleanText} from './extract/pipeline.js'

function article(...paragraphs: string[]): CleanArticle {
  const blocks: Block[] = paragraphs.map((p, i) => ({kind: 'paragraph', text: normalizeText(p), line: i + 1, column: 1}))
  return {path: 't.txt', headline: null, blocks, datelines: [], scraperDate: null, bylines: [], outletMark: null, truncated: false, removed: []}
}
const ctx = () => ({file: new VFile(), authors: [], province: null, lead: null})
const topics = (...p: string[]): string[] => extractTopics(article(...p), ctx()).topics.map((t) => t.name)
const names = (...p: string[]): string[] => extractOfficials(article(...p), ctx()).officials.map((o) => `${o.name} | ${o.rank ?? '-'}`)

describe('furniture', () => {
  it('copyright lines are site labels; a sentence about copyright is not', () => {
    expect(matchSiteLabel('© Bản quyền thuộc về Báo Cao Bằng')?.rule).toBe('copyright')
    expect(matchSiteLabel('Copyright © 2023 Báo Sóc Trăng')?.rule).toBe('copyright')
    expect(matchSiteLabel('Bản quyền tác giả được pháp luật bảo hộ theo quy định hiện hành.')).toBeNull()
  })
  it('a headline after ">>" or "»" is a related link; a sentence with ">" inside is not', () => {
    expect(isRelatedLink('>> Đồn Biên phòng Phó Bảng ra quân tuần tra song phương')).toBe(true)
    expect(isRelatedLink('» Quân khu 2 tổng kết công tác dân vận năm 2022')).toBe(true)
    expect(isRelatedLink('Tỷ lệ hộ nghèo giảm từ 20% xuống > 15% trong năm.')).toBe(false)
  })
  it('reads a dateline after the outlet mark', () => {
    expect(matchDateline('QĐND - Thứ Tư, 06/07/2022, 14:02')).toMatchObject({day: 6, month: 7, year: 2022, hour: 14, minute: 2})
  })
  it('an outlet name is no byline', () => {
    expect(looksLikeByline('Báo Cao Bằng')).toBe(false)
    expect(looksLikeByline('Tạp chí Nhân quyền')).toBe(false)
    expect(looksLikeByline('Lăng Nguyệt - Minh Hiền')).toBe(true)
  })
  it('keeps the byline printed after a short list of links, above tags and copyright', () => {
    const {article: a} = cleanText('Tiêu đề bài viết về tập huấn nhân quyền cho cán bộ\n\nSáng 5/3/2024, tại thành phố Vinh, Ban Chỉ đạo tổ chức hội nghị tập huấn cho cán bộ cơ sở.\n\nTin liên quan\n\nNghệ An tổ chức đối thoại với người có uy tín năm 2024\n\nNgọc Hà (Báo Nghệ An)\n\nTừ khóa: nhân quyền\n\n© Bản quyền thuộc về Báo Nghệ An')
    expect(a.bylines.map((b) => b.text)).toEqual(['Ngọc Hà (Báo Nghệ An)'])
  })
  it('drops the masthead above a breadcrumb trail', () => {
    const {article: a} = cleanText('Công an nhân dân\nTrang chủ › Tin tức › An ninh trật tự\nNâng cao nhận thức về nhân quyền cho cán bộ chủ chốt\n\nNgày 14/11/2023, Ban Chỉ đạo tổ chức hội nghị tập huấn cho cán bộ chủ chốt.')
    expect(a.headline?.text).toBe('Nâng cao nhận thức về nhân quyền cho cán bộ chủ chốt')
  })
})

describe('people', () => {
  it('names that differ only in tone marks are two people', () => {
    expect(nameKey('Nguyễn Văn Hùng')).not.toBe(nameKey('Nguyễn Văn Hưng'))
    expect(nameKey('Trần Thị Hoà')).toBe(nameKey('Trần Thị Hòa'))
    expect(names('Chủ trì có Đại tá Nguyễn Văn Hùng, Chính ủy Bộ Chỉ huy BĐBP tỉnh. Cùng dự có Thượng tá Nguyễn Văn Hưng, Phó Chỉ huy trưởng Bộ Chỉ huy BĐBP tỉnh.')).toEqual([
      'Nguyễn Văn Hùng | Đại tá', 'Nguyễn Văn Hưng | Thượng tá'
    ])
  })
  it('a place after "Khu công nghiệp" is no person', () => {
    expect(names('Ngày 20/2/2025, tại Khu công nghiệp Trà Kha, Liên đoàn Lao động tỉnh phối hợp tổ chức hội nghị.')).toEqual([])
  })
})

describe('dates', () => {
  it('weekday numbers follow JavaScript (Sunday 0)', () => {
    expect(WEEKDAY_NUMBERS.get('năm')).toBe(4)
    expect(WEEKDAY_NUMBERS.get('chủ nhật')).toBe(0)
  })
  it('a weekday alone in the lead is the latest such day on or before the dateline', () => {
    const date = (lead: string) => extractDate(cleanText(`Tiêu đề bài viết về bồi dưỡng nhân quyền\nThứ Sáu, 09/12/2022 07:45\n\n${lead}`).article).date
    expect(date('Sáng thứ Năm, tại thành phố Điện Biên Phủ, Bộ Chỉ huy tổ chức hội nghị.')).toMatchObject({value: '2022-12-08', precision: 'day'})
    expect(date('Sáng thứ Sáu, tại thành phố Điện Biên Phủ, Bộ Chỉ huy tổ chức hội nghị.')).toMatchObject({value: '2022-12-09', precision: 'day'})
    expect(date('Sáng thứ Năm (8/12), tại thành phố Điện Biên Phủ, Bộ Chỉ huy tổ chức hội nghị.')).toMatchObject({value: '2022-12-08'})
  })
  it('a weekday alone with no dateline gives no date', () => {
    expect(extractDate(cleanText('Tiêu đề bài viết về bồi dưỡng nhân quyền\n\nSáng thứ Năm, tại thành phố Điện Biên Phủ, Bộ Chỉ huy tổ chức hội nghị.').article).date).toBeNull()
  })
})

describe('topics', () => {
  it('one per line under a cue that ends its paragraph with a colon', () => {
    expect(topics('Hội nghị được nghe giới thiệu với các nội dung:', '- Quyền của người khuyết tật theo pháp luật Việt Nam', '+ Kỹ năng nhận diện thông tin xấu, độc trên mạng xã hội', 'Phát biểu chỉ đạo, bà Hoa yêu cầu các ngành quan tâm.')).toEqual([
      'Quyền của người khuyết tật theo pháp luật Việt Nam', 'Kỹ năng nhận diện thông tin xấu, độc trên mạng xã hội'
    ])
  })
  it('"chuyên đề về A; chuyên đề về B", but not a single "chuyên đề về"', () => {
    expect(topics('Học viên được truyền đạt chuyên đề về quyền con người trong Hiến pháp năm 2013; chuyên đề về kỹ năng trả lời phỏng vấn báo chí nước ngoài.')).toEqual([
      'Quyền con người trong Hiến pháp năm 2013', 'Kỹ năng trả lời phỏng vấn báo chí nước ngoài'
    ])
    expect(topics('Báo cáo viên trình bày chuyên đề về công tác nhân quyền; các đại biểu thảo luận sôi nổi.')).toEqual([])
  })
})
