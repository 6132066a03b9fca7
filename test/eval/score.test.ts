import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {predictDirectory} from '../../src/eval/run.js'
import {runEval} from '../../src/eval/cli.js'
import {GoldError, readGold} from '../../src/eval/gold.js'
import {formatOutletTable, formatReport, goldEventGroups, MAIN_FIELDS, normTopic, pairsOf, scoreArticles, scoreByOutlet, type GoldArticle, type GoldFile, type PredictedArticle} from '../../src/eval/score.js'
import {FIXTURES, ROOT, SEEDS} from '../extract/pipeline.js'

const gold = (articles: Partial<GoldArticle>[], events?: string[][]): GoldFile => ({
  articles: articles.map((a) => ({file: 'a.txt', title: null, date: null, province: null, officials: [], authors: [], topics: [], ...a})),
  ...(events ? {archive: {events}} : {})
})
const predicted = (p: Partial<PredictedArticle>): PredictedArticle => ({
  file: 'a.txt', title: null, date: null, published: null, province: null, city: null, venue: null, officials: [], authors: [], topics: [], ...p
})

describe('scoreArticles', () => {
  it('compares names after NFC and case folding, provinces by canonical name, topics without quotes', () => {
    const g = gold([{title: 'Tập huấn nhân quyền', province: 'Thành phố Hồ Chí Minh', officials: [{name: 'Nguyễn Văn Kỷ', rank: 'Thiếu tướng'}], topics: ['Công tác nhân quyền trong tình hình mới'], authors: ['Mai Anh']}])
    const p = predicted({title: 'TẬP HUẤN NHÂN QUYỀN', province: 'TPHCM', officials: [{name: 'Nguyễn Văn Kỷ'.normalize('NFD'), rank: 'Thiếu tướng'}], topics: ['“Công tác nhân quyền trong tình hình mới”.'], authors: ['MAI ANH']})
    const r = scoreArticles(g, [p])
    for (const f of ['title', 'province', 'officials', 'ranks', 'topics', 'authors'] as const) expect(r.fields[f].f1, f).toBe(1)
  })
  it('counts a null that matches as right and an invented value as wrong', () => {
    const r = scoreArticles(gold([{date: null}]), [predicted({date: {value: '2024-01-01', precision: 'day'}})])
    expect(r.fields.date).toMatchObject({tp: 0, fp: 1, fn: 0, precision: 0})
    expect(r.misses[0]).toMatchObject({field: 'date', kind: 'spurious'})
    expect(scoreArticles(gold([{date: null}]), [predicted({})]).fields.date).toMatchObject({tp: 1, fp: 0, fn: 0})
  })
  it('compares dates on value and precision', () => {
    const r = scoreArticles(gold([{date: {value: '2024-07', precision: 'month'}}]), [predicted({date: {value: '2024-07', precision: 'day'}})])
    expect(r.fields.date).toMatchObject({tp: 0, fp: 1, fn: 1})
  })
  it('scores same-event pairs and lists people who are not of the story', () => {
    const g = gold([{file: 'a.txt', not_people_of_the_story: ['Mai Anh']}, {file: 'b.txt'}, {file: 'c.txt'}], [['a.txt', 'b.txt'], ['c.txt']])
    const r = scoreArticles(g, [predicted({file: 'a.txt', officials: [{name: 'Mai Anh', rank: null}]}), predicted({file: 'b.txt'}), predicted({file: 'c.txt'})], [['a.txt'], ['b.txt', 'c.txt']])
    expect(r.fields.events).toMatchObject({tp: 0, fp: 1, fn: 1})
    expect(r.forbidden).toEqual([{file: 'a.txt', name: 'Mai Anh'}])
    expect(formatReport(r)).toContain('events missing')
  })
  it('makes pairs', () => {
    expect([...pairsOf([['b', 'a', 'c']])]).toEqual(['a\u0000b', 'a\u0000c', 'b\u0000c'])
    expect(normTopic('“Giới hạn quyền con người”;')).toBe('giới hạn quyền con người')
  })
})

describe('a gold folder', () => {
  it('is the fixtures\' expected records, one per article, each naming its own file', () => {
    const {gold: g, folder} = readGold(FIXTURES)
    expect(folder).toBe(true)
    const articles = readdirSync(FIXTURES).filter((n) => /\.(txt|md)$/.test(n)).sort()
    expect(g.articles.map((a) => a.file).sort()).toEqual(articles)
    for (const a of g.articles) {
      const own = JSON.parse(readFileSync(path.join(FIXTURES, a.file.replace(/\.(txt|md)$/, '.expected.json')), 'utf8')) as GoldArticle
      expect(own).toEqual(a)
    }
  })
  it('joins same_event_as into event groups, across links', () => {
    const g = gold([{file: 'a.txt', same_event_as: ['b.txt']}, {file: 'b.txt', same_event_as: ['c.txt']}, {file: 'c.txt'}, {file: 'd.txt'}])
    expect(goldEventGroups(g).sort()).toEqual([['a.txt', 'b.txt', 'c.txt'], ['d.txt']])
    expect(goldEventGroups(gold([{file: 'x.txt'}], [['x.txt', 'y.txt']]))).toEqual([['x.txt', 'y.txt']])
  })
  it('reads a gold file as it is, and refuses one without articles', () => {
    const {gold: g, folder} = readGold(path.join(ROOT, 'test/fixtures/gold-seeds.json'))
    expect(folder).toBe(false)
    expect(g.articles).toHaveLength(5)
    expect(() => readGold(path.join(ROOT, 'package.json'))).toThrow(GoldError)
    expect(() => readGold(path.join(ROOT, 'no-such-gold'))).toThrow(/Cannot read the gold/)
  })
})

/**
 * Floors: the scores extraction must not drop below. Seeds: the issue's
 * target (0.97) on every main field. Fixtures: the scores when pinned, a
 * little lower for the fields still short of 1 (see the eval's misses).
 */
const SEED_FLOOR = 0.97
const FIXTURE_FLOORS: Record<string, number> = {title: 1, date: 1, province: 1, authors: 1, ranks: 0.95, officials: 0.95, topics: 0.8, events: 1}

describe('extraction floors', () => {
  it('holds on the seeds', async () => {
    const g = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/gold-seeds.json'), 'utf8')) as GoldFile
    const {predicted: p, events} = await predictDirectory(SEEDS)
    const r = scoreArticles(g, p, events)
    for (const f of MAIN_FIELDS) expect(r.fields[f].f1, `${f}\n${formatReport(r)}`).toBeGreaterThanOrEqual(SEED_FLOOR)
    expect(r.forbidden).toEqual([])
  })
  it('holds on the fixtures', async () => {
    const g = readGold(FIXTURES).gold
    const {predicted: p, events} = await predictDirectory(FIXTURES)
    const r = scoreArticles(g, p, events)
    for (const f of MAIN_FIELDS) expect(r.fields[f].f1, `${f}\n${formatReport(r)}`).toBeGreaterThanOrEqual(FIXTURE_FLOORS[f] ?? 1)
    expect(r.forbidden).toEqual([])
  })
})

describe('information fields', () => {
  const official = {name: 'Nguyễn Văn Kỷ', rank: 'Thiếu tướng', positions: ['Phó Chánh Văn phòng'], role: 'reporter'}
  it('scores positions and roles of the officials both sides name', () => {
    const g = gold([{officials: [official, {name: 'Lê Văn A', rank: null, role: 'chair'}]}])
    const p = predicted({officials: [{...official, positions: ['Phó Chánh Văn phòng', 'Ủy viên'], role: 'speaker'}]})
    const r = scoreArticles(g, [p])
    expect(r.fields.positions).toMatchObject({tp: 1, fp: 1, fn: 0})
    // Lê Văn A is missed as an official; his role is not scored a second time.
    expect(r.fields.roles).toMatchObject({tp: 0, fp: 1, fn: 1})
  })
  it('keeps the attendance qualifier: "hơn 350" is not "khoảng 350"', () => {
    const g = gold([{event: {attendance: 350, attendance_qualifier: 'hơn'}}])
    expect(scoreArticles(g, [predicted({attendance: {count: 350, qualifier: 'hơn'}})]).fields.attendance.f1).toBe(1)
    expect(scoreArticles(g, [predicted({attendance: {count: 350, qualifier: 'khoảng'}})]).fields.attendance.f1).toBe(0)
    expect(scoreArticles(g, [predicted({attendance: null})]).fields.attendance).toMatchObject({fn: 1})
    // A gold file that gives no qualifier compares the count alone.
    expect(scoreArticles(gold([{event: {attendance: 350}}]), [predicted({attendance: {count: 350, qualifier: 'hơn'}})]).fields.attendance.f1).toBe(1)
  })
  it('scores organisers as a set and leaves fields the gold does not give unscored', () => {
    const g = gold([{event: {organizers: ['Ban Chỉ đạo Nhân quyền tỉnh', 'Công an tỉnh']}}])
    const r = scoreArticles(g, [predicted({organizers: ['Ban chỉ đạo nhân quyền tỉnh']})])
    expect(r.fields.organizers).toMatchObject({tp: 1, fp: 0, fn: 1})
    expect(scoreArticles(gold([{}]), [predicted({organizers: ['X']})]).fields.organizers).toMatchObject({tp: 0, fp: 0, fn: 0})
  })
  it('scores each outlet alone', () => {
    const g = gold([{file: 'a.txt', title: 'A', outlet: 'one.vn'}, {file: 'b.txt', title: 'B'}])
    const rows = scoreByOutlet(g, [predicted({file: 'a.txt', title: 'A'}), predicted({file: 'b.txt', title: 'X', outlet: 'two.vn'})])
    expect(rows.map((r) => [r.outlet, r.articles, r.report.fields.title.f1])).toEqual([['one.vn', 1, 1], ['two.vn', 1, 0]])
    expect(formatOutletTable(rows)).toContain('two.vn')
  })
})

describe('the eval command', () => {
  const runCli = async (args: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = await runEval(args, (l) => out.push(l), (l) => err.push(l))
    return {code, out: out.join('\n'), err: err.join('\n')}
  }
  it('prints help', async () => {
    const r = await runCli(['--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('--gold <path>')
  })
  it('refuses an unknown option in one line', async () => {
    const r = await runCli(['--nope'])
    expect(r.code).toBe(2)
    expect(r.err.split('\n')).toHaveLength(1)
  })
  it('fails loudly when no gold article matches the input', async () => {
    const r = await runCli(['--gold', path.join(ROOT, 'test/fixtures/gold-seeds.json'), '--input', FIXTURES])
    expect(r.code).toBe(1)
    expect(r.err).toContain('nothing was measured')
  })
  it('scores a folder of expected records against the articles beside them', async () => {
    const r = await runCli(['--gold', FIXTURES])
    expect(r.code).toBe(0)
    // The pair of reports of one event is found through same_event_as alone.
    expect(r.out).toMatch(/^events +1\.000 +1\.000 +1\.000 +[1-9]/m)
  })
  it('says which gold it cannot read', async () => {
    const r = await runCli(['--gold', path.join(ROOT, 'no-such-gold')])
    expect(r.code).toBe(2)
    expect(r.err).toContain('no-such-gold')
  })
  it('scores the seeds with a table per outlet', async () => {
    const r = await runCli(['--gold', path.join(ROOT, 'test/fixtures/gold-seeds.json'), '--input', SEEDS])
    expect(r.code).toBe(0)
    expect(r.out).toContain('per outlet (F1)')
    expect(r.out).toMatch(/overall \(mean F1 of main fields\): 1\.000/)
  })
})
