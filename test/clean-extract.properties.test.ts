/**
 * Property tests (fast-check) for the clean and extract stages, and the
 * big inputs of issue 5 through both.
 *
 * Whatever the text, `clean()` and `extract()` never throw, every block
 * sits at its real line and column, every message has a rule and a place,
 * every extracted date is null or a real calendar date whose form matches
 * its precision, and every slug is `[a-z0-9]` words joined by single `-`.
 *
 * The generators mix arbitrary strings with fragments of the genre
 * (datelines, ranks and names, places, captions, teaser headers, front
 * matter, U+FFFD) and long runs of one character, which is where
 * backtracking regular expressions go quadratic or worse.
 *
 * The big inputs (long lines, a long file) run in child processes, one
 * at a time (on the project transpiled into a temporary folder, see
 * `transpiled.ts`): a regular expression that backtracks for ever then
 * fails its test at the suite's timeout instead of hanging the whole run,
 * as it would in-process (a synchronous loop cannot be interrupted). They
 * check what comes out, never how long it took: the megabyte-sized runs
 * and their times are in `npm run bench:inputs`.
 */
import {spawn, type ChildProcess} from 'node:child_process'
import {mkdtemp, rm, writeFile} from 'node:fs/promises'
import {readFileSync} from 'node:fs'
import {setPriority, tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {RULES} from '../src/messages.js'
import {clean} from '../src/stages/clean.js'
import {extract} from '../src/stages/extract/index.js'
import {splitFrontMatter} from '../src/stages/frontmatter.js'
import {normalizeText} from '../src/text/normalize.js'
import type {CleanArticle, EventDate, Extraction, FrontMatter, SourceFile, SplitFile} from '../src/types.js'
import {ROOT, transpileProject} from './transpiled.js'
import {propertyRuns} from './property-runs.js'

/** Runs per property: enough to reach the odd corners, fast enough for every `npm test` (FC_NUM_RUNS for a long hunt). */
const RUNS = propertyRuns(200)

/** Longest run of one character in the in-process properties (the megabyte ones run in a child). */
const MAX_RUN = 2000

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Pieces of Vietnamese news copy, and of the furniture around it. */
const FRAGMENTS = [
  'Ngày 5/3', 'Ngày 5/3/2024', 'Sáng 15/11', 'Chiều 7/8/2023,', 'ngày 29/02/2023', 'ngày 31/4/2024', 'ngày 30-2-2024', 'tháng 7/2024', 'năm 2024', 'quý II/2024',
  'Thứ Tư, 29/05/2024 11:20', 'Thứ Hai, 31/02/2024 25:61', ' date 2024-07', 'date 2024-13-45 ', '23/7', '2024-02-30', '99/99/9999',
  'Thiếu tướng Nguyễn Văn A,', 'Đại tá Trần Thị B', 'PGS.TS Lê Văn C', 'đồng chí Tô Lâm,', 'Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an', 'Phó Chủ tịch UBND tỉnh', 'ông', 'bà', 'Nguyễn', 'Văn',
  'tại tỉnh', 'tại tỉnh Bình Dương', 'TPHCM', 'TP.HCM', 'Sài Gòn', 'Hà Nội', 'tỉnh Xứ Sở', 'huyện Châu Thành', 'Hội trường UBND',
  'Hội nghị', 'tập huấn', 'tổng kết công tác nhân quyền', 'Ban Chỉ đạo Nhân quyền', 'hơn 120 đại biểu', 'tọa đàm', 'hội thảo',
  '(Ảnh: X)', '(Ảnh: BAN TỔ CHỨC)', 'Ảnh:', 'Quang cảnh hội nghị.', 'Tin, ảnh: Mai Anh', 'Theo TTXVN', 'PV', '(CAO) -', '(ANTĐ) -',
  'Có thể bạn quan tâm', 'Tin liên quan', 'Xem thêm: ', 'Chia sẻ', 'Bình luận (0)', 'Trang chủ > Thời sự > ', 'In', 'Lên đầu trang',
  '---', '---js', 'title: x', '# ', '* ', '1. ', '[x](javascript:alert(1))', '<script>', '&amp;',
  '\n', '\n\n', '\n\n\n', ' ', '  ', '\t', ',', '.', ':', ';', '…', '|', '/', '-', '–', '(', ')', '"', '“', '”',
  '\uFFFD', '\u0300', 'Hòa', 'Hoà', 'hoa\u0300', 'Đ', 'đ'
] as const

/** Characters whose long runs stress regular expressions (`\s+…$`, `[.:]+$`, `(?:\p{Lu}…)+`). */
const RUN_UNITS = [' ', '\t', '.', ':', '…', '>', '»', '-', '/', '|', '(', ')', ',', 'a', 'A', 'Ả', '1', '\uFFFD', '\n', ' .', '. ', 'Văn ', 'Ngày 1/', '( ', 'a '] as const

const fragment = fc.constantFrom(...FRAGMENTS)
const longRun = fc
  .tuple(fc.constantFrom(...RUN_UNITS), fc.integer({min: 20, max: MAX_RUN}))
  .map(([unit, length]) => unit.repeat(Math.max(1, Math.floor(length / unit.length))))
const joiner = fc.constantFrom(' ', ' ', ' ', '', '\n', '\n\n', ', ', '. ')

/** Text built from genre fragments, odd strings and long runs. */
const genreText = fc
  .array(
    fc.oneof(
      {arbitrary: fragment, weight: 10},
      {arbitrary: fc.string({unit: 'grapheme', maxLength: 8}), weight: 2},
      {arbitrary: fc.string({unit: 'binary', maxLength: 4}), weight: 1},
      {arbitrary: longRun, weight: 1}
    ),
    {maxLength: 60}
  )
  .chain((parts) => fc.array(joiner, {minLength: parts.length, maxLength: parts.length}).map((joins) => parts.map((p, i) => p + joins[i]).join('')))

/** Any UTF-16 code unit, lone surrogates included. */
const utf16Unit = fc.integer({min: 0, max: 0xffff}).map((n) => String.fromCharCode(n))

/** Any text: arbitrary strings (ASCII, full Unicode, graphemes, raw UTF-16 units) and genre text. */
const anyText = fc.oneof(
  fc.string(),
  fc.string({unit: 'binary'}),
  fc.string({unit: 'grapheme'}),
  fc.string({unit: utf16Unit}),
  {arbitrary: genreText, weight: 4}
)

/** Strings that are hostile as lookup keys or names. */
const hostileName = fc.oneof(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', '..', '../../x', 'đ', '\uFFFD', '<script>alert(1)</script>', 'TPHCM', 'Sài Gòn', 'Hà Nội'),
  fc.string({unit: 'grapheme', maxLength: 12})
)

/** Front matter as the front-matter stage could hand it over (validated shapes, any text). */
const frontMatter: fc.Arbitrary<FrontMatter> = fc.record(
  {
    title: fc.option(hostileName),
    date: fc.option(fc.constantFrom('2024', '2024-07', '2024-07-23', '2024-02-29', '1000-01-01')),
    province: fc.option(hostileName),
    officials: fc.array(
      fc.record({name: hostileName, rank: fc.option(hostileName), positions: fc.array(hostileName, {maxLength: 2}), role: fc.constantFrom('chair', 'speaker', 'reporter', 'attendee', 'mentioned')}, {
        requiredKeys: ['name']
      }),
      {maxLength: 3}
    ),
    topics: fc.array(hostileName, {maxLength: 3}),
    authors: fc.array(hostileName, {maxLength: 2}),
    url: fc.option(fc.constantFrom('https://example.com/a', 'http://baochinhphu.vn/x', 'https://cand.com.vn/y')),
    outlet: fc.option(hostileName),
    id: fc.option(hostileName),
    published: fc.option(fc.constantFrom('2024-07-23', '2024-07-23T08:30', '2024-07-23T08:30:00+07:00')),
    city: fc.option(hostileName),
    venue: fc.option(hostileName)
  },
  {requiredKeys: []}
)

function sourceOf(text: string, format: SourceFile['format'] = 'txt'): SourceFile {
  return {path: `p.${format}`, sha256: '', text, format}
}

/** The text at a 1-based line and column of `source`. */
function textAt(source: string, line: number, column: number, length: number): string {
  return (source.split('\n')[line - 1] ?? '').slice(column - 1, column - 1 + length)
}

/** Run clean and extract the way the build does; throws only if a stage throws. */
function pipeline(split: SplitFile, file: VFile): {article: CleanArticle; extraction: Extraction} {
  const article = clean(split, file)
  const extraction = extract(article, split, file)
  return {article, extraction}
}

/** Whether `YYYY-MM-DD` names a real day (years as the extract stage allows them). */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Whether a date's value has the form its precision says, and exists. */
function checkDate(date: EventDate | null, label: string): void {
  if (date === null) return
  const forms = {day: /^(\d{4})-(\d{2})-(\d{2})$/, month: /^(\d{4})-(\d{2})$/, year: /^(\d{4})$/}
  const match = forms[date.precision]?.exec(date.value)
  expect(match, `${label}: ${JSON.stringify(date)}`).toBeTruthy()
  const [, year, month = '01', day = '01'] = match ?? []
  expect(isRealDay(Number(year), Number(month), Number(day)), `${label}: ${date.value} is not in the calendar`).toBe(true)
}

/** A publication date: `YYYY-MM-DD`, optionally with a time, on a real day. */
function checkPublished(value: string | null): void {
  if (value === null) return
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(value)
  expect(match, `published: ${value}`).toBeTruthy()
  expect(isRealDay(Number(match?.[1]), Number(match?.[2]), Number(match?.[3])), `published: ${value}`).toBe(true)
}

/** The invariants every result must keep. */
function checkResult(text: string, file: VFile, article: CleanArticle, x: Extraction): void {
  const lines = text.split('\n').length
  const placed = [...article.blocks, ...article.datelines, ...article.bylines, ...(article.headline ? [article.headline] : [])]
  for (const b of placed) {
    expect(b.line, `block ${JSON.stringify(b)}`).toBeGreaterThanOrEqual(1)
    expect(b.line).toBeLessThanOrEqual(lines)
    expect(b.column).toBeGreaterThanOrEqual(1)
    expect(textAt(text, b.line, b.column, b.text.length), `block at ${b.line}:${b.column}`).toBe(b.text)
  }
  checkDate(x.date, 'date')
  checkPublished(x.published)
  for (const o of x.officials) expect(o.slug, `official ${JSON.stringify(o.name)}`).toMatch(SLUG)
  for (const t of x.topics) expect(t.slug, `topic ${JSON.stringify(t.name)}`).toMatch(SLUG)
  if (x.province) expect(x.province.slug).toMatch(SLUG)
  for (const [key, evidence] of Object.entries(x.evidence)) {
    if ('line' in evidence) {
      expect(evidence.line, `evidence ${key}`).toBeGreaterThanOrEqual(1)
      expect(evidence.column, `evidence ${key}`).toBeGreaterThanOrEqual(1)
    }
  }
  for (const w of x.warnings) {
    expect(Object.hasOwn(RULES, w.ruleId), w.ruleId).toBe(true)
    expect(w.line).toBeGreaterThanOrEqual(1)
    expect(w.column).toBeGreaterThanOrEqual(1)
  }
  for (const m of file.messages) {
    expect(Object.hasOwn(RULES, m.ruleId ?? ''), `rule ${m.ruleId}`).toBe(true)
    expect(m.line, `${m.ruleId} has a line`).toBeGreaterThanOrEqual(1)
    expect(m.column, `${m.ruleId} has a column`).toBeGreaterThanOrEqual(1)
  }
}

describe('clean and extract never throw', () => {
  it('on any normalised text, as the build hands it over (.txt and .md)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom('txt', 'md') as fc.Arbitrary<SourceFile['format']>, (raw, format) => {
        const text = normalizeText(raw)
        const file = new VFile({path: `p.${format}`})
        const split = splitFrontMatter(sourceOf(text, format), file)
        const {article, extraction} = pipeline(split, file)
        checkResult(text, file, article, extraction)
      }),
      {numRuns: RUNS}
    )
  })

  it('on raw strings that were never normalised (lone surrogates, CR, BOM, NUL)', () => {
    fc.assert(
      fc.property(anyText, fc.integer({min: 1, max: 40}), (text, bodyLine) => {
        const file = new VFile({path: 'p.txt'})
        const split: SplitFile = {source: sourceOf(text), data: {}, bodyLine, body: text}
        pipeline(split, file)
      }),
      {numRuns: RUNS}
    )
  })

  it('with any front matter, keeping slugs safe and dates real', () => {
    fc.assert(
      fc.property(genreText, frontMatter, (raw, data) => {
        const text = normalizeText(raw)
        const file = new VFile({path: 'p.md'})
        const split: SplitFile = {source: sourceOf(text, 'md'), data, bodyLine: 1, body: text}
        const {article, extraction} = pipeline(split, file)
        checkResult(text, file, article, extraction)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      {numRuns: RUNS}
    )
  })

  it('on every hostile name as a whole article', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', '..', '\uFFFD', '---', '\n\n', 'Ngày 5/3', '(Ảnh: X)', 'Có thể bạn quan tâm']) {
      const file = new VFile({path: 'p.txt'})
      const text = normalizeText(name)
      const {article, extraction} = pipeline(splitFrontMatter(sourceOf(text), file), file)
      checkResult(text, file, article, extraction)
    }
  })
})

// ---------------------------------------------------------------------------
// Big inputs, in a child process

/**
 * The size of each long line: big enough that a quadratic regex takes
 * minutes (and meets the suite's timeout), small enough that linear code
 * takes a fraction of a second even on a busy machine. The long file is
 * five times this.
 */
const BIG = 128 * 1024

let work: string
const children = new Set<ChildProcess>()

/**
 * Reads one file as the build does and prints what clean and extract made
 * of it. It runs in the work folder, on the transpiled project.
 */
const RUNNER = `
import {readFileSync} from 'node:fs'
import {VFile} from 'vfile'
import {decode} from './src/stages/read.js'
import {splitFrontMatter} from './src/stages/frontmatter.js'
import {clean} from './src/stages/clean.js'
import {extract} from './src/stages/extract/index.js'
const input = process.argv[2]
const file = new VFile({path: 'big.txt'})
const source = decode('big.txt', readFileSync(input), file)
if (!source) throw new Error('not decoded: ' + file.messages.map(String).join('; '))
const split = splitFrontMatter(source, file)
const article = clean(split, file)
const x = extract(article, split, file)
process.stdout.write(JSON.stringify({
  blocks: article.blocks.length,
  date: x.date,
  slugs: [...x.officials.map((o) => o.slug), ...x.topics.map((t) => t.slug)],
  messages: file.messages.map((m) => ({ruleId: m.ruleId, line: m.line, column: m.column}))
}))
`

interface BigResult {
  blocks: number
  date: EventDate | null
  slugs: string[]
  messages: {ruleId: string; line: number; column: number}[]
}

/** Run clean and extract on `bytes` in a child; rejects if the child fails. */
async function runBig(name: string, bytes: Uint8Array | string): Promise<BigResult> {
  const input = path.join(work, name)
  await writeFile(input, bytes)
  const child = spawn(process.execPath, [path.join(work, 'runner.mjs'), input], {stdio: ['ignore', 'pipe', 'pipe']})
  children.add(child)
  // Lower priority: a child stuck in a backtracking regex must not starve the other test files.
  if (child.pid !== undefined) setPriority(child.pid, 10)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  children.delete(child)
  if (code !== 0) throw new Error(`clean/extract failed on ${name} (exit ${code}):\n${stderr}`)
  return JSON.parse(stdout) as BigResult
}

function checkBig(result: BigResult): void {
  checkDate(result.date, 'date')
  for (const s of result.slugs) expect(s).toMatch(SLUG)
  for (const m of result.messages) {
    expect(Object.hasOwn(RULES, m.ruleId)).toBe(true)
    expect(m.line).toBeGreaterThanOrEqual(1)
    expect(m.column).toBeGreaterThanOrEqual(1)
  }
}

/** A seed article (an ordinary story of the genre). */
const SEED = readFileSync(path.join(ROOT, 'seeds/000_365809ecc03be940.txt'), 'utf8')

/** `unit` repeated to `size` UTF-16 units, between some words, on one line. */
const line = (unit: string, size = BIG): string => `Tin tức hôm nay ${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)} hết.\n`

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'clean-extract-big-'))
  await transpileProject(work)
  await writeFile(path.join(work, 'runner.mjs'), RUNNER)
})

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  await rm(work, {recursive: true, force: true})
})

describe('clean and extract read big inputs whole, and what they make of them is valid', () => {
  it('a long line of one letter', async () => {
    checkBig(await runBig('letters.txt', line('a')))
  })

  it('a long line of news text (a whole story pasted without line breaks, repeated)', async () => {
    checkBig(await runBig('news-line.txt', line(SEED.replace(/\s+/g, ' ') + ' ')))
  })

  it('a long line of genre fragments', async () => {
    checkBig(await runBig('fragments-line.txt', line(FRAGMENTS.filter((f) => !f.includes('\n')).join(' ') + ' ')))
  })

  it('a long line that is mostly spaces (a pasted layout table)', async () => {
    checkBig(await runBig('spaces-line.txt', line(' ')))
  })

  it('a long line of dots (a leader line)', async () => {
    checkBig(await runBig('dots-line.txt', line('.')))
  })

  it('a long line of ">" (an arrow rule)', async () => {
    checkBig(await runBig('arrows-line.txt', line('>')))
  })

  it('a long file of news text', async () => {
    const result = await runBig('long-file.txt', SEED.repeat(Math.ceil((5 * BIG) / SEED.length)))
    expect(result.blocks).toBeGreaterThan(0)
    checkBig(result)
  })
})
