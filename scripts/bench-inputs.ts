/**
 * Speed checks on hostile input: `npm run bench:inputs`.
 *
 * Tests never assert a duration (a busy machine makes them fail and teaches
 * nothing); the speed of reading long lines lives here instead. Each case
 * runs one stage or knowledge function on about a megabyte of the text that
 * once made it slow (a quadratic regex, a rescan per match) and prints how
 * long it took. The budget of each is generous on an idle 2-core machine;
 * a case over it is printed as SLOW and the script exits 1, so CI can run
 * it on a quiet runner. The tests keep the same inputs at a smaller size and
 * check what comes out.
 */
import {performance} from 'node:perf_hooks'
import {VFile} from 'vfile'
import {BREADCRUMB_SEPARATOR, findPhotoCredit, matchSectionLabel, matchSiteLabel} from '../src/knowledge/boilerplate.js'
import {findProvinceMentions} from '../src/knowledge/provinces.js'
import {clean} from '../src/stages/clean.js'
import {extractDate, findDateMentions} from '../src/stages/extract/date.js'
import {extractEvent} from '../src/stages/extract/event.js'
import {extract} from '../src/stages/extract/index.js'
import {extractOfficials} from '../src/stages/extract/people/index.js'
import {extractPlace} from '../src/stages/extract/place.js'
import {extractTopics} from '../src/stages/extract/topics.js'
import {normalizeText} from '../src/text/normalize.js'
import type {Block, CleanArticle} from '../src/types.js'

const MB = 1_000_000
const head = 'Tiêu đề bài viết về tập huấn nhân quyền\n\n'

/** One paragraph per string, as the clean stage would give them. */
function article(...paragraphs: string[]): CleanArticle {
  const blocks: Block[] = paragraphs.map((p, i) => ({kind: 'paragraph', text: normalizeText(p), line: i + 1, column: 1}))
  return {path: 'bench.txt', headline: null, blocks, datelines: [], scraperDate: null, bylines: [], outletMark: null, truncated: false, removed: []}
}

/** A raw text through the clean stage. */
function cleaned(text: string): CleanArticle {
  const body = normalizeText(text)
  return clean({source: {path: 'bench.txt', sha256: '', text: body, format: 'txt'}, data: {}, bodyLine: 1, body}, new VFile({path: 'bench.txt'}))
}

/** A raw text through clean and extract, as the build reads an article. */
function pipeline(text: string): unknown {
  const body = normalizeText(text)
  const split = {source: {path: 'bench.txt', sha256: '', text: body, format: 'txt' as const}, data: {}, bodyLine: 1, body}
  const file = new VFile({path: 'bench.txt'})
  return extract(clean(split, file), split, file)
}

/** `unit` repeated to `size`, on one line between some words (as in the clean-extract property test). */
const longLine = (unit: string, size = MB): string => `Tin tức hôm nay ${unit.repeat(Math.ceil(size / unit.length)).slice(0, size)} hết.\n`

/** Unit words, half names and look-alikes (as in the provinces test). */
const NEAR_MENTIONS = [
  'Thành phố Thành phố TP. TP tỉnh tỉnh ', 'Bà Rịa - Bà Rịa - Vũng ', 'Long Anh Long Anh ', 'hòa bình hòa bình ',
  'tỉnh Bình Dương ', 'aaaaaaaaaaaaaaaaaaaa ', 'Học viện Chính trị quốc gia Hồ Chí Minh '
].join('')

const ctx = () => ({file: new VFile(), authors: [] as string[], province: null, lead: null})

interface Case {
  name: string
  /** Milliseconds on an idle 2-core machine, with a wide margin. */
  budget: number
  run(): unknown
}

const CASES: Case[] = [
  {name: 'event: 1 MB line of event words', budget: 10_000, run: () => extractEvent(article('tổ chức Hội nghị tập huấn, cho hơn '.repeat(30_000).slice(0, MB)), ctx())},
  {name: 'place: "tại" and 500 KB of spaces', budget: 3_000, run: () => extractPlace(cleaned(head + 'Hội nghị tổ chức tại ' + ' '.repeat(500_000) + 'x.'))},
  {name: 'people: 1 MB line of spaces', budget: 5_000, run: () => extractOfficials(article('Tin tức hôm nay' + ' '.repeat(MB) + 'hết.'), ctx())},
  {name: 'people: 1 MB of capitals and commas', budget: 20_000, run: () => extractOfficials(article('Phó Giám đốc Nguyễn Văn An, '.repeat(36_000).slice(0, MB)), ctx())},
  {name: 'date: 1 MB of spaces after "hôm nay"', budget: 3_000, run: () => findDateMentions({kind: 'paragraph', line: 1, column: 1, text: 'Tin tức hôm nay ' + ' '.repeat(MB) + ' hết.'})},
  {name: 'date: 1 MB line of dates after an undated event', budget: 10_000, run: () => extractDate(cleaned(head + 'Ban Chỉ đạo vừa tổ chức hội nghị. ' + 'ngày 5/3 '.repeat(110_000)))},
  {name: 'clean: 1 MB line of spaces between words', budget: 5_000, run: () => cleaned('Tin tức hôm nay' + ' '.repeat(MB) + 'hết.')},
  {name: 'topics: 600 lists padded with runs of spaces', budget: 20_000, run: () => extractTopics(article(('các chuyên đề về Luật A; Luật B' + ' '.repeat(1400) + 'và x. ').repeat(600)), ctx())},
  {name: 'topics: 1 MB line of open quotes', budget: 10_000, run: () => extractTopics(article('chuyên đề gồm: “x và '.repeat(60_000).slice(0, MB)), ctx())},
  {name: 'boilerplate: site label and 200 KB of spaces', budget: 1_000, run: () => matchSiteLabel('Chia sẻ' + ' '.repeat(200_000) + 'x')},
  {name: 'boilerplate: section label and 1 MB of ">"', budget: 1_000, run: () => matchSectionLabel('Thời sự' + '>'.repeat(MB) + ' x')},
  {name: 'boilerplate: breadcrumb and 1 MB of spaces', budget: 1_000, run: () => ('Trang chủ' + ' '.repeat(MB) + 'x').split(BREADCRUMB_SEPARATOR)},
  {name: 'boilerplate: photo credit after 1 MB of spaces', budget: 1_000, run: () => findPhotoCredit('Quang cảnh hội nghị' + ' '.repeat(MB) + 'x. Ảnh: Hoài Thu')},
  {name: 'provinces: 1 MB of near-mentions', budget: 2_000, run: () => findProvinceMentions(NEAR_MENTIONS.repeat(Math.ceil(MB / NEAR_MENTIONS.length)))},
  {name: 'clean + extract: 1 MB line of one letter', budget: 10_000, run: () => pipeline(longLine('a'))},
  {name: 'clean + extract: 1 MB line of spaces', budget: 10_000, run: () => pipeline(longLine(' '))},
  {name: 'clean + extract: 1 MB line of dots', budget: 10_000, run: () => pipeline(longLine('.'))},
  {name: 'clean + extract: 1 MB line of ">"', budget: 10_000, run: () => pipeline(longLine('>'))},
  {name: 'clean + extract: 5 MB file of news text', budget: 20_000, run: () => pipeline('Hội nghị tập huấn công tác nhân quyền\n\nNgày 23/7/2024, tại Thanh Hóa, Ban Chỉ đạo tổ chức hội nghị cho 120 đại biểu.\n\n'.repeat(40_000))},
  {name: 'provinces: 2 MB of spaces between unit words', budget: 2_000, run: () => findProvinceMentions(`tỉnh${' '.repeat(MB)}x Bà Rịa${' '.repeat(MB)}y`)}
]

let slow = 0
for (const c of CASES) {
  const started = performance.now()
  c.run()
  const ms = performance.now() - started
  const over = ms > c.budget
  if (over) slow++
  console.log(`${over ? 'SLOW' : 'ok  '}  ${String(Math.round(ms)).padStart(6)} ms  (budget ${c.budget} ms)  ${c.name}`)
}
if (slow > 0) {
  console.log(`${slow} case(s) over budget: some function is no longer linear in its input.`)
  process.exitCode = 1
}
