import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {buildArchive, deriveTitle, type ArchiveItem} from '../src/stages/archive.js'
import {datesCompatible, describeTypes, groupEvents, nameOverlap, nameSimilarity, numbersConflict, sameEvent} from '../src/archive/events.js'
import {slug} from '../src/text/slug.js'
import type {ArticleRecord, EventDate, Extraction, OfficialRecord} from '../src/types.js'

const day = (value: string): EventDate => ({value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', basis: 'test'})
const person = (name: string, role: OfficialRecord['role'] = 'speaker'): OfficialRecord => ({name, slug: slug(name), rank: null, positions: [], role})
const province = (name: string) => ({name, slug: slug(name.replace(/^Thành phố /, ''))})

function extraction(over: Partial<Extraction> = {}): Extraction {
  return {
    title: 'Tiêu đề', date: null, published: null, dayWithoutYear: null, province: null, city: null, venue: null,
    officials: [], authors: [], topics: [],
    event: {name: null, types: ['tập huấn'], organizers: [], attendance: null, attendanceQualifier: null},
    outlet: null, url: null, evidence: {}, warnings: [], spans: [], ...over
  }
}

function item(path: string, over: Partial<Extraction> = {}, data: ArchiveItem['split']['data'] = {}): ArchiveItem {
  return {
    split: {source: {path, sha256: 'x', text: '', format: 'txt'}, data, bodyLine: 1, body: ''},
    extraction: extraction(over),
    file: new VFile({path})
  }
}

function record(id: string, over: Partial<Extraction>): ArticleRecord {
  return buildArchive([item(`${id}.txt`, over)]).articles[0]!
}

describe('datesCompatible', () => {
  it('accepts a day inside a month and days one apart', () => {
    expect(datesCompatible(day('2024-07-23'), day('2024-07'))).toBe(true)
    expect(datesCompatible(day('2024-07-23'), day('2024-07-24'))).toBe(true)
    expect(datesCompatible(day('2024'), day('2024-07-23'))).toBe(true)
  })
  it('rejects other months and days further apart', () => {
    expect(datesCompatible(day('2024-07-23'), day('2024-08'))).toBe(false)
    expect(datesCompatible(day('2024-07-23'), day('2024-07-27'))).toBe(false)
  })
})

describe('sameEvent', () => {
  const kỷ = person('Nguyễn Văn Kỷ')
  const base = {province: province('Bình Dương'), date: day('2024-07-23'), officials: [kỷ]}
  it('merges two reports with one place, compatible dates and a shared official', () => {
    expect(sameEvent(record('a', base), record('b', {...base, date: day('2024-07')}))).toBe(true)
  })
  it('merges two reports of one day and one kind that share an organiser, with no person named (issue 11, round b12)', () => {
    const event = (organizers: string[]) => ({name: null, types: ['tập huấn'], organizers, attendance: null, attendanceQualifier: null})
    const a = record('a', {province: province('Sơn La'), date: day('2021-11-04'), event: event(['Sở Tư pháp tỉnh Sơn La', 'Hội Luật gia tỉnh'])})
    const b = record('b', {province: province('Sơn La'), date: day('2021-11-04'), event: event(['Sở Tư pháp'])})
    expect(sameEvent(a, b)).toBe(true)
    // Another day, or a day against a month, is not enough with an organiser alone.
    expect(sameEvent(a, record('c', {province: province('Sơn La'), date: day('2021-11-18'), event: event(['Sở Tư pháp'])}))).toBe(false)
    expect(sameEvent(a, record('d', {province: province('Sơn La'), date: day('2021-11'), event: event(['Sở Tư pháp'])}))).toBe(false)
  })
  it('keeps apart one name held in two provinces', () => {
    const name = 'Hội nghị tập huấn nhân quyền toàn quốc năm 2023'
    const a = record('a', {...base, event: {name, types: ['tập huấn'], organizers: [], attendance: null, attendanceQualifier: null}})
    const b = record('b', {...base, province: province('Bình Định'), event: {name, types: ['tập huấn'], organizers: [], attendance: null, attendanceQualifier: null}})
    expect(sameEvent(a, b)).toBe(false)
  })
  it('merges an undated report on a shared official present at both and the same kind of event', () => {
    expect(sameEvent(record('a', base), record('b', {...base, date: null}))).toBe(true)
    expect(sameEvent(record('a', {...base, date: null}), record('b', {...base, date: null}))).toBe(true)
  })
  it('does not merge an undated report on a shared name alone, a person only mentioned, another kind or another province', () => {
    const event = {name: 'Hội nghị tập huấn công tác nhân quyền năm 2024', types: ['tập huấn'], organizers: [], attendance: null, attendanceQualifier: null}
    const a = record('a', {...base, event})
    expect(sameEvent(a, record('b', {...base, date: null, event, officials: [person('Trần Văn B')]}))).toBe(false)
    expect(sameEvent(a, record('b', {...base, date: null, officials: [person('Nguyễn Văn Kỷ', 'mentioned')]}))).toBe(false)
    expect(sameEvent(a, record('b', {...base, date: null, event: {...event, types: ['tổng kết']}}))).toBe(false)
    expect(sameEvent(a, record('b', {...base, date: null, province: province('Bình Định')}))).toBe(false)
  })
  it('needs a shared person or name, not only place and date', () => {
    expect(sameEvent(record('a', base), record('b', {...base, officials: [person('Trần Văn B')]}))).toBe(false)
  })
  it('keeps apart meetings of different kinds', () => {
    const a = record('a', {...base, event: {name: null, types: ['tổng kết'], organizers: [], attendance: null, attendanceQualifier: null}})
    expect(sameEvent(a, record('b', base))).toBe(false)
  })
})

describe('sameEvent without a year (issue 11: two outlets, one meeting)', () => {
  const place = province('Hà Nội')
  const ev = (name: string | null, organizers: string[] = [], types = ['hội thảo']) =>
    ({name, types, organizers, attendance: null, attendanceQualifier: null})
  const consult = 'Hội thảo góp ý về dự thảo Báo cáo thực thi Công ước chống phân biệt chủng tộc'
  const consultLong = 'Hội thảo góp ý về dự thảo Báo cáo quốc gia lần đầu của Việt Nam về thực thi Công ước quốc tế chống phân biệt chủng tộc'
  it('merges two undated reports of one day and month with the same name', () => {
    const a = record('a', {province: place, dayWithoutYear: '--05-14', event: ev(consult)})
    const b = record('b', {province: place, dayWithoutYear: '--05-14', event: ev(consult)})
    expect(sameEvent(a, b)).toBe(true)
  })
  it('merges a dated report with one that gives the day and month only, on a name that mostly overlaps', () => {
    const a = record('a', {province: place, date: day('2021-05-14'), event: ev(consult)})
    const b = record('b', {province: place, dayWithoutYear: '--05-15', event: ev(consultLong)})
    expect(nameOverlap(consult, consultLong)).toBeGreaterThanOrEqual(0.7)
    expect(sameEvent(a, b)).toBe(true)
  })
  it('merges on a shared organiser written with its partner', () => {
    const a = record('a', {province: place, date: day('2021-05-14'), event: ev('Hội thảo quốc tế', ['Bộ Tư pháp'])})
    const b = record('b', {province: place, dayWithoutYear: '--05-14', event: ev('Hội thảo chuyên gia', ['Bộ Tư pháp phối hợp với Quỹ Nhi đồng'])})
    expect(sameEvent(a, b)).toBe(true)
  })
  it('keeps apart another day, another kind, another province, or a bare name with nothing else in common', () => {
    const a = record('a', {province: place, date: day('2021-05-14'), event: ev(consult)})
    expect(sameEvent(a, record('b', {province: place, dayWithoutYear: '--05-20', event: ev(consult)}))).toBe(false)
    expect(sameEvent(a, record('b', {province: place, dayWithoutYear: '--05-14', event: ev(consult, [], ['tập huấn'])}))).toBe(false)
    expect(sameEvent(a, record('b', {province: province('Cần Thơ'), dayWithoutYear: '--05-14', event: ev(consult)}))).toBe(false)
    const bare = record('c', {province: place, date: day('2021-05-14'), event: ev('Hội thảo')})
    expect(sameEvent(bare, record('d', {province: place, dayWithoutYear: '--05-14', event: ev('Hội thảo')}))).toBe(false)
  })
  it('merges a report that names no province with one that does, on the same day and one long name', () => {
    const a = record('a', {province: null, date: day('2022-10-10'), event: ev(consultLong)})
    const b = record('b', {province: province('Lai Châu'), dayWithoutYear: '--10-10', event: ev(consultLong)})
    expect(sameEvent(a, b)).toBe(true)
    expect(sameEvent(b, a)).toBe(true)
  })
  it('keeps a report with no province apart on another day, a short name, another kind or another name', () => {
    const a = record('a', {province: null, date: day('2022-10-10'), event: ev(consultLong)})
    expect(sameEvent(a, record('b', {province: place, dayWithoutYear: '--10-11', event: ev(consultLong)}))).toBe(false)
    expect(sameEvent(record('c', {province: null, date: day('2022-10-10'), event: ev('Hội thảo tham vấn')}), record('d', {province: place, date: day('2022-10-10'), event: ev('Hội thảo tham vấn')}))).toBe(false)
    expect(sameEvent(a, record('b', {province: place, date: day('2022-10-10'), event: ev(consultLong, [], ['tập huấn'])}))).toBe(false)
    expect(sameEvent(a, record('b', {province: place, date: day('2022-10-10'), event: ev('Hội thảo về kinh nghiệm bảo vệ quyền trẻ em trong môi trường mạng xã hội')}))).toBe(false)
  })
  it('merges a report that names no province with one that does on the same day, one kind and an official present at both', () => {
    const a = record('a', {province: province('Lâm Đồng'), date: day('2021-04-20'), officials: [person('Phạm Thị Lan')], event: ev('Lớp tập huấn kỹ năng viết về quyền con người', [], ['tập huấn'])})
    const b = record('b', {province: null, dayWithoutYear: '--04-20', officials: [person('Phạm Thị Lan')], event: ev('Khóa bồi dưỡng cho phóng viên', [], ['tập huấn'])})
    expect(sameEvent(a, b)).toBe(true)
    expect(sameEvent(b, a)).toBe(true)
    // Not when that person is only mentioned, on another day, or at another kind of event.
    expect(sameEvent(a, record('c', {...b, officials: [person('Phạm Thị Lan', 'mentioned')]}))).toBe(false)
    expect(sameEvent(a, record('d', {...b, dayWithoutYear: '--04-21'}))).toBe(false)
    expect(sameEvent(a, record('e', {...b, event: ev('Khóa bồi dưỡng cho phóng viên', [], ['tổng kết'])}))).toBe(false)
  })
  it('merges a report with no province on the same day and kind when both headline the same long theme', () => {
    const theme = 'Bảo đảm quyền được học tập của trẻ em khuyết tật ở vùng Tây Bắc hiện nay'
    const a = record('a', {title: `Hội thảo khoa học: “${theme}”`, province: province('Sơn La'), date: day('2023-03-09'), event: ev('Hội thảo khoa học cấp trường')})
    const b = record('b', {title: theme.replace(' hiện nay', ''), province: null, dayWithoutYear: '--03-09', event: ev('Hội thảo')})
    expect(sameEvent(a, b)).toBe(true)
    // Not on another day, another kind, or a short or different headline.
    expect(sameEvent(a, record('c', {...b, dayWithoutYear: '--03-10'}))).toBe(false)
    expect(sameEvent(a, record('d', {...b, event: ev('Hội thảo', [], ['tập huấn'])}))).toBe(false)
    expect(sameEvent(record('e', {...a, title: 'Hội thảo về quyền trẻ em'}), record('f', {...b, title: 'Hội thảo về quyền trẻ em'}))).toBe(false)
    expect(sameEvent(a, record('g', {...b, title: 'Bảo đảm quyền được chăm sóc sức khỏe của người cao tuổi ở vùng Tây Bắc'}))).toBe(false)
  })
  it('merges an undated report whose kind is unknown ("Hội nghị" alone) on an official present at both, whatever the other\'s kind', () => {
    const chair = [person('Đoàn Minh Tâm', 'chair')]
    const a = record('a', {province: place, dayWithoutYear: '--11-19', officials: chair, event: ev('Hội nghị tổng kết thi hành Công ước', [], ['tổng kết'])})
    const b = record('b', {province: place, officials: chair, event: ev('Hội nghị', [], ['hội nghị'])})
    expect(sameEvent(a, b)).toBe(true)
    // Not two known kinds that differ, nor another province.
    expect(sameEvent(a, record('c', {...b, event: ev('Lớp tập huấn', [], ['tập huấn'])}))).toBe(false)
    expect(sameEvent(a, record('d', {...b, province: province('Cần Thơ')}))).toBe(false)
  })
  it('keeps apart two events of one series numbered differently', () => {
    expect(numbersConflict('Hội thảo về báo cáo UPR chu kỳ III', 'Hội thảo về báo cáo UPR chu kỳ IV')).toBe(true)
    expect(numbersConflict('Hội thảo về báo cáo UPR chu kỳ IV', 'Hội thảo về báo cáo UPR')).toBe(false)
    // A Roman numeral and its digits are one number (issue 11, round b6).
    expect(numbersConflict('Diễn đàn thanh niên toàn quốc lần thứ IX', 'Diễn đàn thanh niên toàn quốc lần thứ 9')).toBe(false)
    expect(numbersConflict('Diễn đàn thanh niên toàn quốc lần thứ IX', 'Diễn đàn thanh niên toàn quốc lần thứ 11')).toBe(true)
    expect(numbersConflict('Hội nghị lần thứ 04', 'Hội nghị lần thứ IV')).toBe(false)
    const a = record('a', {province: place, dayWithoutYear: '--12-10', event: ev('Hội nghị kỷ niệm 70 năm Ngày Nhân quyền thế giới')})
    const b = record('b', {province: place, dayWithoutYear: '--12-10', event: ev('Hội nghị kỷ niệm 71 năm Ngày Nhân quyền thế giới')})
    expect(sameEvent(a, b)).toBe(false)
  })
  it('keeps apart an undated report published years after the dated one (an annual day)', () => {
    const name = 'Hội nghị kỷ niệm Ngày Nhân quyền thế giới tại thủ đô'
    const a = record('a', {province: place, date: day('2019-12-10'), event: ev(name, [], ['hội nghị'])})
    const b = record('b', {province: place, published: '2022-12-11', dayWithoutYear: '--12-10', event: ev(name, [], ['hội nghị'])})
    expect(sameEvent(a, b)).toBe(false)
    expect(sameEvent(a, record('c', {...b, published: '2019-12-11'}))).toBe(true)
  })
  it('groups such a pair into one event in the archive, and only that pair', () => {
    const archive = buildArchive([
      item('x.txt', {province: place, date: day('2021-05-14'), event: ev(consult)}),
      item('y.txt', {province: place, dayWithoutYear: '--05-14', event: ev(consultLong)}),
      item('z.txt', {province: province('Cần Thơ'), dayWithoutYear: '--05-14', event: ev(consultLong)})
    ])
    expect(archive.events.map((e) => e.articles.length).sort()).toEqual([1, 2])
  })
})

describe('nameSimilarity', () => {
  it('scores near-identical names high', () => {
    expect(nameSimilarity('Hội nghị tập huấn công tác nhân quyền năm 2024', 'Hội nghị tập huấn công tác nhân quyền năm 2024')).toBe(1)
    expect(nameSimilarity('Hội nghị sơ kết', 'Lễ khai giảng')).toBe(0)
  })
})

describe('buildArchive', () => {
  const kỷ = person('Nguyễn Văn Kỷ')
  const archive = buildArchive([
    item('b.txt', {province: province('Bình Dương'), date: day('2024-07'), officials: [kỷ], title: null,
      event: {name: null, types: ['sơ kết', 'tập huấn'], organizers: [], attendance: null, attendanceQualifier: null}}),
    item('a.txt', {province: province('Bình Dương'), date: day('2024-07-23'), officials: [person('Nguyễn Văn Kỷ', 'chair')],
      topics: [{name: 'Công tác nhân quyền', slug: 'cong-tac-nhan-quyen'}],
      event: {name: 'Hội nghị sơ kết', types: ['sơ kết'], organizers: ['Ban Chỉ đạo'], attendance: 120, attendanceQualifier: null}}),
    item('c.txt', {province: province('Tây Ninh'), officials: [kỷ]})
  ])
  it('orders articles by source path and gives ids from file names', () => {
    expect(archive.articles.map((a) => a.id)).toEqual(['a', 'b', 'c'])
  })
  it('shares one event id between reports of one event', () => {
    const [a, b, c] = archive.articles
    expect(a!.event.id).toBe(b!.event.id)
    expect(c!.event.id).not.toBe(a!.event.id)
    const event = archive.events.find((e) => e.id === a!.event.id)!
    expect(event).toMatchObject({name: 'Hội nghị sơ kết', date: {value: '2024-07-23'}, attendance: 120, articles: ['a', 'b']})
    expect(event.officials[0]).toMatchObject({slug: 'nguyen-van-ky', role: 'chair'})
  })
  it('lists undated events last', () => {
    expect(archive.events.at(-1)!.date).toBeNull()
  })
  it('derives and marks a title when none was printed', () => {
    const b = archive.articles[1]!
    expect(b.title).toBeNull()
    expect(b.titleDerived).toBe(true)
    expect(b.displayTitle).toBe('Hội nghị sơ kết, tập huấn tại Bình Dương')
  })
  it('indexes one official across events and provinces', () => {
    expect(archive.officials).toHaveLength(1)
    expect(archive.officials[0]).toMatchObject({slug: 'nguyen-van-ky', articles: ['a', 'b', 'c'], provinces: ['binh-duong', 'tay-ninh']})
    expect(archive.officials[0]!.events).toHaveLength(2)
  })
  it('indexes provinces with what they became in 2025', () => {
    expect(archive.provinces.map((p) => p.slug)).toEqual(['binh-duong', 'tay-ninh'])
    expect(archive.provinces[0]!.since2025?.name).toBe('Thành phố Hồ Chí Minh')
  })
  it('indexes topics', () => {
    expect(archive.topics).toEqual([{slug: 'cong-tac-nhan-quyen', name: 'Công tác nhân quyền', articles: ['a'], events: [archive.articles[0]!.event.id]}])
  })
  it('keeps ids distinct and reports the collision on each file', () => {
    const one = item('a b.txt')
    const two = item('a-b.txt')
    const built = buildArchive([one, two])
    expect(new Set(built.articles.map((a) => a.id)).size).toBe(2)
    expect(one.file.messages.map((m) => m.ruleId)).toContain('id-collision')
    expect(two.file.messages.map((m) => m.ruleId)).toContain('id-collision')
  })
  it('makes ids that look like paths safe', () => {
    const built = buildArchive([item('a.txt', {}, {id: '../../x'})])
    expect(built.articles[0]!.id).toBe('x')
  })
  it('gives the same archive whatever the input order', () => {
    const items = () => [item('b.txt', {province: province('Bình Dương'), date: day('2024-07'), officials: [kỷ]}), item('a.txt', {province: province('Bình Dương'), date: day('2024-07-23'), officials: [kỷ]})]
    const one = buildArchive(items())
    const two = buildArchive(items().reverse())
    expect(JSON.stringify(two)).toBe(JSON.stringify(one))
  })
})

describe('deriveTitle', () => {
  it('uses the event name, or its kinds, and the place', () => {
    expect(deriveTitle({event: {name: 'Hội nghị tập huấn', types: [], organizers: [], attendance: null, attendanceQualifier: null}, province: null})).toBe('Hội nghị tập huấn')
    expect(deriveTitle({event: {name: null, types: [], organizers: [], attendance: null, attendanceQualifier: null}, province: null})).toBeNull()
  })
})

describe('groupEvents', () => {
  it('returns nothing for no articles', () => expect(groupEvents([])).toEqual([]))
})

describe('spellings and ids (regressions)', () => {
  it('reports an article whose id was already given out to settle another collision', () => {
    const a = item('a.md', {}, {id: 'same'})
    const b = item('b.md', {}, {id: 'same'})
    const z = item('z.md', {}, {id: 'same-2'})
    const built = buildArchive([a, b, z])
    expect(built.articles.map((r) => r.id)).toEqual(['same', 'same-2', 'same-2-2'])
    expect(z.file.messages.map((m) => m.ruleId)).toEqual(['id-collision'])
    expect(b.file.messages.map((m) => m.ruleId)).toEqual(['id-collision', 'id-collision'])
  })

  it('shows the accented spelling and reports the article that spells a name without accents', () => {
    const topic = (name: string) => ({topics: [{name, slug: slug(name)}]})
    const one = item('1.txt', topic('Hòa giải cơ sở'))
    const two = item('2.txt', topic('Hoa giai co so'))
    const three = item('3.txt', topic('HÒA GIẢI CƠ SỞ'))
    const built = buildArchive([one, two, three])
    expect(built.topics.map((t) => t.name)).toEqual(['Hòa giải cơ sở'])
    expect(two.file.messages.map((m) => m.ruleId)).toEqual(['slug-collision'])
    expect([...one.file.messages, ...three.file.messages]).toEqual([])
  })
})

describe('describeTypes', () => {
  it('puts the kind under the head word the genre uses', () => {
    expect(describeTypes(['sơ kết', 'tập huấn'])).toBe('Hội nghị sơ kết, tập huấn')
    expect(describeTypes(['hội thảo'])).toBe('Hội thảo')
    expect(describeTypes(['khai giảng'])).toBe('Lễ khai giảng')
    expect(describeTypes([])).toBeNull()
  })
})

describe('one person, one slug', () => {
  it('keeps apart people whose names differ in diacritics, and merges a spelling without any', () => {
    const hùng = item('1.txt', {officials: [person('Nguyễn Văn Hùng'), person('Nguyễn Văn Hưng')]})
    const plain = item('2.txt', {officials: [person('Nguyen Van Hung')]})
    const built = buildArchive([hùng, item('3.txt', {officials: [person('Trần Thị Hoa')]}), item('4.txt', {officials: [person('Trần Thị Hòa')]})])
    expect(built.officials.map((o) => [o.slug, o.name])).toEqual([
      ['nguyen-van-hung', 'Nguyễn Văn Hùng'],
      ['nguyen-van-hung-2', 'Nguyễn Văn Hưng'],
      ['tran-thi-hoa', 'Trần Thị Hoa'],
      ['tran-thi-hoa-2', 'Trần Thị Hòa']
    ])
    expect(built.articles[0]!.officials.map((o) => o.slug)).toEqual(['nguyen-van-hung', 'nguyen-van-hung-2'])
    const withPlain = buildArchive([item('1.txt', {officials: [person('Nguyễn Văn An')]}), item('2.txt', {officials: [person('Nguyen Van An')]}), item('5.txt', {officials: [person('NGUYỄN VĂN AN')]})])
    expect(withPlain.officials.map((o) => [o.slug, o.name, o.articles.length])).toEqual([['nguyen-van-an', 'Nguyễn Văn An', 3]])
    // An unaccented spelling that fits two people is kept apart, after them.
    const ambiguous = buildArchive([hùng, plain])
    expect(ambiguous.officials.map((o) => [o.slug, o.name])).toEqual([
      ['nguyen-van-hung', 'Nguyễn Văn Hùng'],
      ['nguyen-van-hung-2', 'Nguyễn Văn Hưng'],
      ['nguyen-van-hung-3', 'Nguyen Van Hung']
    ])
  })
})
