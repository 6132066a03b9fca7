/**
 * Issue 8, item 5: quadratic growth. One article naming 2,000 officials
 * wrote every official's page with everyone they appeared with (505 MB);
 * 20,000 front-matter keys were each found by rescanning the file; event
 * grouping compared every pair of articles in a province. Each is shown
 * linear by counting work, never by timing.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {Site} from '../src/render/site.js'
import {MAX_COMPANIONS, officialView} from '../templates/officials/view.js'
import {buildArchive, type ArchiveItem} from '../src/stages/archive.js'
import {groupEvents, sameEvent, type GroupingStats} from '../src/archive/events.js'
import {KeyLines, splitFrontMatter} from '../src/stages/frontmatter.js'
import {slug} from '../src/text/slug.js'
import type {ArticleRecord, EventDate, Extraction, OfficialRecord} from '../src/types.js'
import {propertyRuns} from './property-runs.js'

const date = (value: string): EventDate => ({value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : 'year', basis: 'test'})
const person = (name: string): OfficialRecord => ({name, slug: slug(name), rank: null, positions: [], role: 'speaker'})
const binhDuong = {name: 'Bình Dương', slug: 'binh-duong'}

function item(path: string, over: Partial<Extraction> = {}): ArchiveItem {
  return {
    split: {source: {path, sha256: 'x', text: '', format: 'txt'}, data: {}, bodyLine: 1, body: ''},
    extraction: {
      title: 'Tiêu đề', date: null, published: null, dayWithoutYear: null, province: binhDuong, city: null, venue: null,
      officials: [], authors: [], topics: [],
      event: {name: null, types: ['tập huấn'], organizers: [], attendance: null, attendanceQualifier: null},
      outlet: null, url: null, evidence: {}, warnings: [], spans: [], ...over
    },
    file: new VFile({path})
  }
}

/** A day `n` days after 2020-01-01. */
function nthDay(n: number): string {
  return new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
}

describe('officials who appeared with many others (issue 8: 505 MB)', () => {
  it('lists at most MAX_COMPANIONS people on each page and counts the rest', () => {
    const names = Array.from({length: 600}, (_, i) => `Nguyễn Văn Người${i}`)
    const archive = buildArchive([item('a.txt', {date: date('2024-05-29'), officials: names.map(person)})])
    const site = new Site({archive, stories: new Map(), options: {title: 't', base: '/'}})
    for (const official of archive.officials) {
      const view = officialView(site, official)
      expect(view.companions).toHaveLength(MAX_COMPANIONS)
      expect(view.companionsMore).toBe(599 - MAX_COMPANIONS)
    }
  })
  it('lists the people sharing the most events first', () => {
    const [a, b, c] = ['Trần Văn An', 'Lê Văn Bình', 'Phạm Văn Cường'].map(person)
    const archive = buildArchive([
      item('1.txt', {date: date('2024-01-01'), officials: [a!, b!, c!]}),
      item('2.txt', {date: date('2024-03-01'), officials: [a!, c!]})
    ])
    const site = new Site({archive, stories: new Map(), options: {title: 't', base: '/'}})
    const view = officialView(site, archive.officials.find((o) => o.name === 'Trần Văn An')!)
    expect(view.companions.map((c) => [c.link.text, c.count])).toEqual([['Phạm Văn Cường', 2], ['Lê Văn Bình', 1]])
    expect(view.companionsMore).toBe(0)
  })
})

describe('front matter with many keys (issue 8: 3 minutes for 20,000 keys)', () => {
  it('finds every key line from one index, scanning no line per key', () => {
    const raw = ['---', ...Array.from({length: 20_000}, (_, i) => `khoa${i}: giá trị`)].join('\n')
    const lines = new KeyLines(raw)
    expect(lines.place('khoa0')).toEqual({line: 2, column: 1})
    expect(lines.place('khoa19999')).toEqual({line: 20_001, column: 1})
    for (let i = 0; i < 20_000; i++) lines.place(`khoa${i}`)
    expect(lines.scanned).toBe(0)
  })
  it('still reports each unknown key at its own line', () => {
    const text = `---\ntitle: "A"\n${Array.from({length: 300}, (_, i) => `la${i}: x`).join('\n')}\n---\nThân bài.\n`
    const file = new VFile({path: 'a.md'})
    splitFrontMatter({path: 'a.md', sha256: 'x', text, format: 'md'}, file)
    const unknown = file.messages.filter((m) => m.ruleId === 'front-matter-key')
    expect(unknown).toHaveLength(300)
    expect(unknown.map((m) => m.line)).toEqual(Array.from({length: 300}, (_, i) => i + 3))
  })
})

describe('grouping events (issue 8: every pair in a province compared)', () => {
  it('compares a number of pairs that grows linearly with the articles of one province', () => {
    const counts = [500, 2_000].map((n) => {
      const items = Array.from({length: n}, (_, i) =>
        item(`${String(i).padStart(5, '0')}.txt`, {
          date: date(nthDay(Math.floor(i / 2))),
          officials: [person('Nguyễn Văn Kỷ'), person(`Trần Văn Người${i % 50}`)],
          event: {name: `Hội nghị tập huấn nhân quyền số ${i}`, types: ['tập huấn'], organizers: [], attendance: null, attendanceQualifier: null}
        })
      )
      const articles = buildArchive(items).articles
      const stats: GroupingStats = {comparisons: 0}
      groupEvents(articles, stats)
      return stats.comparisons
    })
    // All pairs would be n²/2: 125,000 and 2,000,000.
    expect(counts[0]).toBeLessThanOrEqual(5 * 500)
    expect(counts[1]).toBeLessThanOrEqual(5 * 2_000)
  })

  it('compares undated articles once per shared official and kind, not with each other', () => {
    const articles = buildArchive(
      Array.from({length: 500}, (_, i) => item(`${i}.txt`, {officials: [person('Nguyễn Văn Kỷ'), person(`Trần Văn Người${i}`)]}))
    ).articles
    const stats: GroupingStats = {comparisons: 0}
    expect(groupEvents(articles, stats)).toHaveLength(1)
    expect(stats.comparisons).toBeLessThan(500)
  })

  it('groups exactly as comparing every pair would (property)', () => {
    const names = ['Nguyễn Văn Kỷ', 'Trần Văn An', 'Lê Thị Hoa', 'Phạm Văn Bình']
    const eventNames = [null, 'Hội nghị tập huấn công tác nhân quyền năm 2024', 'Hội nghị tập huấn nhân quyền năm 2024', 'Hội nghị sơ kết công tác nhân quyền', 'Tọa đàm về quyền con người']
    const titles = [null, 'Tập huấn nhân quyền', 'Bảo đảm quyền được học tập của trẻ em khuyết tật ở vùng Tây Bắc', 'Hội thảo: Bảo đảm quyền được học tập của trẻ em khuyết tật ở vùng Tây Bắc hiện nay', 'Bảo đảm quyền được chăm sóc sức khỏe của người cao tuổi ở vùng Tây Bắc']
    const dates = [null, '2024', '2024-07', '2024-06', '2024-07-22', '2024-07-23', '2024-07-24', '2024-07-31', '2024-08-01', '2023-07-23']
    const article = fc.record({
      date: fc.constantFrom(...dates),
      province: fc.constantFrom('binh-duong', 'tay-ninh', null),
      officials: fc.subarray(names, {maxLength: 2}),
      firstMentioned: fc.boolean(),
      name: fc.constantFrom(...eventNames),
      type: fc.constantFrom('tập huấn', 'sơ kết', 'hội nghị'),
      title: fc.constantFrom(...titles)
    })
    fc.assert(
      fc.property(fc.array(article, {maxLength: 14}), (specs) => {
        const articles = buildArchive(
          specs.map((s, i) =>
            item(`${String(i).padStart(2, '0')}.txt`, {
              date: s.date ? date(s.date) : null,
              province: s.province ? {name: s.province, slug: s.province} : null,
              officials: s.officials.map((name, k) => ({...person(name), role: k === 0 && s.firstMentioned ? 'mentioned' as const : 'speaker' as const})),
              event: {name: s.name, types: [s.type], organizers: [], attendance: null, attendanceQualifier: null},
              title: s.title
            })
          )
        ).articles
        expect(partition(groupEvents(articles).map((e) => e.articles))).toEqual(partition(allPairs(articles)))
      }),
      {numRuns: propertyRuns(200)}
    )
  })
})

/** The groups that comparing every pair gives (the old algorithm). */
function allPairs(articles: readonly ArticleRecord[]): string[][] {
  const parent = articles.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  for (let i = 0; i < articles.length; i++) {
    for (let j = i + 1; j < articles.length; j++) if (sameEvent(articles[i]!, articles[j]!)) parent[find(j)] = find(i)
  }
  const groups = new Map<number, string[]>()
  articles.forEach((a, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), a.id]))
  return [...groups.values()]
}

function partition(groups: string[][]): string[] {
  return groups.map((g) => [...g].sort().join(',')).sort()
}
