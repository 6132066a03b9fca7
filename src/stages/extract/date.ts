/**
 * The event's date and the publication date. (About 400 lines: one cascade
 * and its guards; the calendar rules themselves are in `text/dates.ts`.)
 *
 * The cascade:
 *
 * 1. `published` from the first dateline (`Thứ Tư, 29/05/2024 11:20` →
 *    `2024-05-29T11:20`; `03/10/2024` → `2024-10-03`; seconds when printed).
 * 2. The event date from the lead: the first date in the first
 *    `LEAD_SEARCH_BLOCKS` paragraphs that is anchored by a time of day or
 *    `Ngày` (`Ngày 5/3`, `Sáng 12-6`, `sáng nay (4/11)`, `Chiều ngày
 *    7/8/2023`, `Trong hai ngày 4-5/12`), skipping dates of documents
 *    (`Kế hoạch số 12/KH-UBND ngày 5/3/2024`), of earlier events
 *    (`Trước đó, ngày ...`) and of reported work (`Theo báo cáo, ngày
 *    ...`). Once the lead tells the event without a date (`vừa tổ chức
 *    hội nghị`), a later date counts only in a sentence naming the event.
 *    `sáng nay`, `hôm qua` without a date count
 *    from the dateline.
 * 3. A day and month without a year take it from: the same date printed
 *    with a year elsewhere in the story; the dateline; the scraper's prefix
 *    (both allowing for a year's turn); the event's own name (`Hội nghị tập
 *    huấn ... năm 2024`, `sơ kết 6 tháng đầu năm 2024`), but never from a
 *    period under review (`tổng kết công tác năm 2023`) or a plan
 *    (`nhiệm vụ năm 2024`). Nothing else: with no year, the date is null
 *    and `date-no-year` is raised.
 * 4. With no date in the text, the scraper's prefix gives the date at its
 *    own precision; otherwise null and `no-date`.
 */
import {
  DOCUMENT_NOUNS,
  EARLIER_DATE_WORDS,
  HORIZON_WORDS,
  MONTH_WORDS,
  NOT_DOCUMENT_PHRASES,
  PERIOD_OR_PLAN_WORDS,
  RELATIVE_DAY_WORDS,
  TIMES_OF_DAY,
  WEEKDAY_NAMES,
  WEEKDAY_NUMBERS
} from '../../knowledge/calendar.js'
import {EVENT_NOUNS, YEAR_NAMING_NOUNS} from '../../knowledge/event-types.js'
import {daysInMonth, isCalendarDay} from '../../text/dates.js'
import {sentenceSpans} from '../../text/sentences.js'
import {alternation} from '../../text/pattern.js'
import {matchDateline, unicodeWords} from '../../knowledge/boilerplate.js'
import type {Block, CleanArticle, DatePrecision, EventDate, Evidence} from '../../types.js'
import {evidenceAt, pending, type Extracted, type PendingWarning} from './context.js'

/** How many story paragraphs the lead's date is looked for in (seed 000's is the second). */
export const LEAD_SEARCH_BLOCKS = 3
/**
 * An event may be reported before it happens (`sẽ diễn ra ngày 5/3`), but
 * not this many days after the publication date: past it, the day and
 * month belong to the year before (an event of 30/12 reported on 2/1).
 */
const FUTURE_SLACK_DAYS = 60
/** A lead date this many days away from the dateline's date raises `date-conflict`. */
const DATE_CONFLICT_DAYS = 31
/** How far back, in characters, a document word makes a date a document's. */
const DOCUMENT_LOOKBACK = 70

/**
 * A full date in the lead more than this many years before the page's year
 * (the dateline's, the prefix's, or else the latest year the text names)
 * is a historical reference, not the event.
 */
const HISTORY_YEARS = 1

/**
 * A year printed in the story, unless it is a horizon: the end of a range
 * (`giai đoạn 2017-2025`) or after `đến năm`, `tầm nhìn` (`HORIZON_WORDS`).
 * A programme's horizon lies after the page was written.
 */
const PRINTED_YEAR = unicodeWords(
  new RegExp(String.raw`(?<!\d\s{0,2}[-–]\s{0,2})(?<!\b(?:${alternation(HORIZON_WORDS)})\s{1,2})(?<!\d)(?:19|20)\d{2}(?!\d)`, 'giu')
)

/** The page's year: the dateline's, the scraper prefix's, or the latest year printed in the story (horizons left out). */
function recentYear(article: CleanArticle, published: string | null): number | null {
  if (published) return Number(published.slice(0, 4))
  if (article.scraperDate) return Number(article.scraperDate.text.slice(0, 4))
  let latest: number | null = null
  for (const block of [article.headline, ...article.blocks]) {
    for (const m of block?.text.matchAll(PRINTED_YEAR) ?? []) latest = Math.max(latest ?? 0, Number(m[0]))
  }
  return latest
}

/** The result of date extraction. */
export type DateResult = Extracted<{date: EventDate | null; published: string | null; dayWithoutYear: string | null}>

/** A day and month, maybe with a year, found in a block. */
export interface DateMention {
  day: number
  month: number
  year: number | null
  /** Days from the dateline: `nay` 0, `qua` -1, a weekday alone (`Sáng thứ Năm`) 0 to -6; null for a written date. */
  relative: number | null
  block: Block
  index: number
  text: string
}

const TIME_OF_DAY = `(?:${alternation([...TIMES_OF_DAY, 'hôm'])})`
const WEEKDAY = String.raw`(?:(?:thứ\s+(?:${alternation(WEEKDAY_NAMES)}|[2-7])|chủ\s+nhật)\s*,?\s*)`
const RELATIVE = alternation(RELATIVE_DAY_WORDS)
/**
 * A day and month, maybe a range or a list of days (`13-15/10`, `21,22/3`,
 * `9; 14-15/6`: the first is the date), or a range with both
 * months, `12/9-14/9/2023`: the year after the range's end is the first
 * day's), and the year.
 */
const DAY_MONTH = String.raw`\(?\s*(\d{1,2})(?:\s*(?:[-–,;]|và|đến(?:\s+ngày)?)\s*\d{1,2}){0,3}\s*[/.\-]\s*(\d{1,2})(?:\s*(?:[-–]|đến(?:\s+ngày)?)\s*\d{1,2}\s*[/.]\s*\d{1,2}(?=\s*[/.\-]\s*\d{4}))?(?:\s*[/.\-]\s*(\d{4}))?(?!\d)\s*\)?`
const DAY_MONTH_WORDS = String.raw`(\d{1,2})(?:\s*(?:[-–,]|và|đến(?:\s+ngày)?)\s*\d{1,2})?\s+tháng\s+(\d{1,2}|${alternation([...MONTH_WORDS.keys()])})(?![\p{L}\p{N}])(?:\s+năm\s+(\d{4}))?`

/** Most spaces between two words of a date phrase. */
const MAX_GAP = 4

/**
 * A pattern with every `\s*` and `\s+` bounded to `MAX_GAP`: adjacent
 * unbounded runs (`nay\s*` then `\(?\s*`) would let the engine try every
 * split of a long run of spaces, quadratic on a 1 MB line; bounded, each
 * start costs a constant.
 */
export function boundedGaps(source: string): string {
  return source.replaceAll(String.raw`\s*`, String.raw`\s{0,${MAX_GAP}}`).replaceAll(String.raw`\s+`, String.raw`\s{1,${MAX_GAP}}`)
}

/**
 * An anchored date: a time of day (with `nay`/`qua`, a weekday, `ngày`)
 * or `ngày`, `vào ngày`, `trong hai ngày`, `từ ngày` before a day and month;
 * `từ` alone before a range of days (`từ 13-15/10/2016`). Two days may be
 * joined by `-`, `,`, `và` or `đến` (`Ngày 21,22/3/2023`): the first is the date.
 */
const ANCHORED_DATE = new RegExp(
  boundedGaps(String.raw`(?<![\p{L}\p{N}/])(?:${TIME_OF_DAY}\s+(?:(?:${RELATIVE})\s*,?\s*)?${WEEKDAY}?(?:ngày\s+)?|(?:(?:vào|trong)\s+(?:(?:hai|ba|2|3|các)\s+)?|từ\s+)?ngày\s+(?:từ\s+)?|từ\s+(?=\d{1,2}\s*[-–]\s*\d{1,2}\s*[/.])|hôm\s+nay\s*,?\s*|hôm\s+qua\s*,?\s*)(?:${DAY_MONTH}|${DAY_MONTH_WORDS})`),
  'giu'
)

/** `sáng nay`, `chiều qua`, `hôm nay`: today or yesterday, counted from the dateline. */
const RELATIVE_DAY = new RegExp(boundedGaps(String.raw`(?<![\p{L}])(?:${TIME_OF_DAY}\s+(${RELATIVE})|hôm\s+(${RELATIVE}))(?![\p{L}])(?!\s*\(?\s*\d)`), 'iu')

/**
 * Words before a date that make it the date of a document or of an earlier
 * event; a document's number may be followed by a comma before its day
 * (`Kế hoạch số 12/KH-UBND, ngày 5/3/2024`).
 */
const DOCUMENT_CONTEXT = unicodeWords(
  new RegExp(
    String.raw`(?:\b(?:${alternation(DOCUMENT_NOUNS)})\b[^,;.()]*|số\s*\d+\s*[/-][^,;.\s]*(?:,\s*)?[^,;.]*|\b(?:${alternation(EARLIER_DATE_WORDS)})\b[^,;.]{0,25})$`,
    'iu'
  )
)

/**
 * Words before a date that make it part of a report of past work: "Theo
 * báo cáo, ngày 15/8, Ban Chỉ đạo đã tổ chức đoàn kiểm tra ...".
 */
const REPORTED_CONTEXT = unicodeWords(/\b(?:theo báo cáo|báo cáo (?:cho biết|nêu rõ|cho thấy)|từ đầu năm(?: đến nay)?)\b[^.;!?]{0,50}$/iu)

/**
 * An event told without a date: "vừa tổ chức", "vừa diễn ra", "Vừa qua,
 * ... tổ chức", "Mới đây, ..." (not "thời gian vừa qua", a period).
 */
const RECENTLY = unicodeWords(/(?<!\b(?:thời gian|năm|tháng|tuần|quý|những ngày|dịp|đợt) )\b(?:vừa (?:qua|tổ chức|diễn ra|khai mạc|khai giảng|phối hợp|mở|bế mạc)|mới đây)\b/iu)

/** Nouns that name an event of the genre. */
const EVENT_NOUN = unicodeWords(new RegExp(String.raw`\b(?:${alternation(EVENT_NOUNS)})\b`, 'iu'))

/**
 * The sentences of a text, each asked once whether it names an event:
 * `at(index)` answers for the sentence holding `index`. Indexes must come
 * in increasing order (the dates of a block do), so the whole is linear.
 */
function eventSentences(text: string): {at: (index: number) => boolean} {
  const spans = sentenceSpans(text)
  const memo = new Map<number, boolean>()
  let k = 0
  return {
    at(index: number): boolean {
      while (k < spans.length - 1 && spans[k]![1] <= index) k++
      let known = memo.get(k)
      if (known === undefined) {
        const [start, end] = spans[k] ?? [0, text.length]
        known = EVENT_NOUN.test(text.slice(start, end))
        memo.set(k, known)
      }
      return known
    }
  }
}

/**
 * Where the sentence that tells the event without a date is in `text`
 * ("Ban Chỉ đạo ... vừa tổ chức hội nghị sơ kết ..."), or null: it names
 * the event and has no anchored date.
 */
function undatedEventAt(text: string): number | null {
  const m = RECENTLY.exec(text)
  if (!m) return null
  const span = sentenceSpans(text).find(([, end]) => end > m.index)
  const sentence = span ? text.slice(span[0], span[1]) : text
  if (!EVENT_NOUN.test(sentence) || findDateMentions({kind: 'paragraph', line: 1, column: 1, text: sentence}).length > 0) return null
  return m.index
}

/** A subheading has at most this many words (the leads of the seeds have 25 and more). */
const SUBHEADING_MAX_WORDS = 20

/**
 * Whether a paragraph is a subheading between the sapo and the lead
 * (`Xây dựng kế hoạch thực hiện các kiến nghị`): short, no final
 * punctuation, no date. It takes no place among the lead's paragraphs.
 */
function isSubheading(block: Block): boolean {
  const text = block.text.trim()
  return !/[.!?…:;"”)]$/u.test(text) && text.split(/\s+/u).length <= SUBHEADING_MAX_WORDS && findDateMentions(block).length === 0 && !RELATIVE_DAY.test(text)
}

/** A dateline's date and time as ISO: `2024-05-29T11:20` or `2024-10-03`. */
function publishedFrom(article: CleanArticle): {iso: string; block: Block; date: string} | null {
  for (const block of article.datelines) {
    const m = matchDateline(block.text)
    if (!m || !isCalendarDay(m.year, m.month, m.day)) continue
    const date = isoDay(m.year, m.month, m.day)
    // Seconds are kept when the dateline prints them (`07:37:00` → `T07:37:00`).
    const second = m.second !== undefined && m.second !== null && m.second < 60 ? `:${pad(m.second)}` : ''
    const time = m.hour !== null && m.minute !== null && m.hour < 24 && m.minute < 60 ? `T${pad(m.hour)}:${pad(m.minute)}${second}` : ''
    return {iso: date + time, block, date}
  }
  return null
}

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`
}


function dayNumber(iso: string): number {
  return Date.parse(iso.slice(0, 10) + 'T00:00:00Z') / 86_400_000
}

/** A month's number from its digits or its word (`ba` → 3, `mười một` → 11); 0 when neither. */
function monthNumber(text: string): number {
  return /^\d+$/u.test(text) ? Number(text) : MONTH_WORDS.get(text.toLocaleLowerCase('vi').replace(/\s+/gu, ' ')) ?? 0
}

/** The anchored dates of a block, in order, without documents' dates. */
export function findDateMentions(block: Block): DateMention[] {
  const out: DateMention[] = []
  ANCHORED_DATE.lastIndex = 0
  for (let m = ANCHORED_DATE.exec(block.text); m; m = ANCHORED_DATE.exec(block.text)) {
    const before = block.text.slice(Math.max(0, m.index - DOCUMENT_LOOKBACK), m.index)
    if (DOCUMENT_CONTEXT.test(before) || REPORTED_CONTEXT.test(before)) continue
    const day = Number(m[1] ?? m[4])
    const month = monthNumber(m[2] ?? m[5] ?? '')
    const yearText = m[3] ?? m[6]
    out.push({day, month, year: yearText ? Number(yearText) : null, relative: null, block, index: m.index, text: m[0].trim()})
  }
  return out
}

/** A `sáng nay` / `hôm qua` with no date after it. */
function findRelative(block: Block): DateMention | null {
  const m = RELATIVE_DAY.exec(block.text)
  if (!m) return null
  const which = (m[1] ?? m[2] ?? '').toLowerCase()
  return {day: 0, month: 0, year: null, relative: which === 'qua' ? -1 : 0, block, index: m.index, text: m[0]}
}

/**
 * `Sáng thứ Năm, tại ...`: a part of the day and a weekday with no date
 * after it. Group 1 is the weekday word (`năm`, `5`, `chủ nhật`).
 */
const WEEKDAY_ONLY = new RegExp(
  boundedGaps(String.raw`(?<![\p{L}])${TIME_OF_DAY}\s+(?:nay\s*,?\s*)?(?:thứ\s+(${alternation(WEEKDAY_NAMES)}|[2-7])|(chủ\s+nhật))(?![\p{L}\p{N}])(?!\s*,?\s*(?:ngày\s+)?\(?\s*\d)`),
  'iu'
)

/**
 * A part of the day and a weekday alone (`Sáng thứ Năm`): the latest such
 * weekday on or before the dateline's date (`published`), as a day offset
 * from it. Within a week of the dateline a weekday names one day.
 */
function findWeekday(block: Block, published: string): DateMention | null {
  const m = WEEKDAY_ONLY.exec(block.text)
  if (!m) return null
  const word = (m[1] ?? 'chủ nhật').toLowerCase()
  const target = WEEKDAY_NUMBERS.get(word)
  if (target === undefined) return null
  const dow = new Date(published.slice(0, 10) + 'T00:00:00Z').getUTCDay()
  return {day: 0, month: 0, year: null, relative: -((dow - target + 7) % 7), block, index: m.index, text: m[0]}
}

const EVENT_WITH_YEAR = unicodeWords(
  new RegExp(String.raw`\b(?:${alternation(YEAR_NAMING_NOUNS)}|đợt \d+)\b[^.;:!?]{0,120}?\bnăm (\d{4})\b`, 'giu')
)
/** An event's noun and, in its name, the month it is held in: `hội nghị giao ban ... tháng 12/2019`, `tháng 5 năm 2021`. */
const EVENT_WITH_MONTH = unicodeWords(
  new RegExp(String.raw`\b(?:${alternation(YEAR_NAMING_NOUNS)})\b[^.;:!?]{0,120}?\btháng (\d{1,2})\s*(?:/|-|năm)\s*(\d{4})\b`, 'giu')
)

/**
 * The month an event's own name gives (`Hội nghị cung cấp thông tin cho
 * báo chí tháng 12/2019`): a monthly meeting named after its month. Not a
 * month under review (`sơ kết công tác tháng 11`, see `PERIOD_OR_PLAN_WORDS`).
 */
function eventNameMonth(text: string): {value: string; index: number; text: string} | null {
  EVENT_WITH_MONTH.lastIndex = 0
  for (let m = EVENT_WITH_MONTH.exec(text); m; m = EVENT_WITH_MONTH.exec(text)) {
    const month = Number(m[1])
    if (PERIOD_OR_PLAN.test(m[0]) || month < 1 || month > 12) continue
    return {value: `${m[2]}-${pad(month)}`, index: m.index, text: m[0]}
  }
  return null
}

/** Words between an event's noun and its `năm YYYY` that make the year a period or a plan. */
const PERIOD_OR_PLAN = unicodeWords(new RegExp(String.raw`\b(?:${alternation(PERIOD_OR_PLAN_WORDS)})\b`, 'iu'))

/**
 * The year an event's own name gives: `Hội nghị tập huấn ... năm 2024`,
 * `Hội nghị sơ kết ... 6 tháng đầu năm 2024`. Not a year under review
 * (`tổng kết công tác năm 2023`) nor a plan's (`nhiệm vụ năm 2024`), nor a
 * document's named before the year (`hội thảo về Hiến pháp năm 2013`).
 */
export function eventNameYear(text: string): {year: number; index: number; text: string} | null {
  EVENT_WITH_YEAR.lastIndex = 0
  for (let m = EVENT_WITH_YEAR.exec(text); m; m = EVENT_WITH_YEAR.exec(text)) {
    if (PERIOD_OR_PLAN.test(m[0])) continue
    // "ở tọa đàm, nhiều ý kiến cho rằng Luật Đất đai năm 2013 ...": a document named between the event and the year owns the year.
    if (DOCUMENT_NOUN.test(m[0].replace(NOT_DOCUMENT, ' '))) continue
    return {year: Number(m[1]), index: m.index, text: m[0]}
  }
  return null
}

/** A place and a comma before a date that opens a paragraph (`Washington, ngày `, `Hà Nội, `), and a dash after it. */
const LEAD_DATELINE_BEFORE = /^\s*\p{Lu}[\p{L}\p{M}.]*(?:\s+\p{Lu}[\p{L}\p{M}.]*){0,3}\s*,\s*(?:ngày\s+)?$/iu
const LEAD_DATELINE_AFTER = /^\s*(?:\([^()]{1,20}\)\s*)?[–—-]\s/u

/** Whether a date mention is a dateline glued to the start of a paragraph: `<Place>, <date> – ...`. */
function leadDateline(text: string, mention: DateMention): boolean {
  return LEAD_DATELINE_BEFORE.test(text.slice(0, mention.index)) && LEAD_DATELINE_AFTER.test(text.slice(mention.index + mention.text.length, mention.index + mention.text.length + 30))
}

/** The year a sentence puts the body's activity in (`Năm 2022, Hội X tiếp tục tổ chức hội nghị ...`), or null. */
function activityYear(text: string): {year: number; index: number; text: string} | null {
  const opening = YEAR_OPENS_ACTIVITY.exec(text)
  if (!opening || !opening[1] || PERIOD_OR_PLAN.test(opening[0])) return null
  const start = opening[0].search(/năm/iu)
  return {year: Number(opening[1]), index: opening.index + start, text: opening[0].slice(start)}
}

/**
 * A sentence that opens with the year and says the body held the event in
 * it (`Năm 2022, Hội X tiếp tục tổ chức hội nghị tập huấn ...`): the
 * year of a story whose lead says only `Vừa qua`.
 */
const YEAR_OPENS_ACTIVITY = unicodeWords(
  new RegExp(String.raw`(?:^|[.!?]\s+)Năm ((?:19|20)\d{2})\s*,[^.;:!?]{0,80}?\btổ chức\b[^.;:!?]{0,30}?\b(?:${alternation(YEAR_NAMING_NOUNS)})\b`, 'iu')
)

function quote(text: string): string {
  return `'${text}'`
}

/**
 * Find the event's date and the publication date of a clean article.
 * Warnings (`date-no-year`, `date-invalid`, `date-conflict`, `no-date`) are
 * returned, not reported: the assembler reports them.
 */
export function extractDate(article: CleanArticle): DateResult {
  const evidence: Record<string, Evidence> = {}
  const warnings: PendingWarning[] = []
  let published = publishedFrom(article)
  // A date line with no time that the lead's `Chiều nay (14/6)` contradicts
  // is the site's display of the day it was copied, not the page's date.
  if (published && todayDisplay(published, article)) published = null
  if (published) evidence.published = evidenceAt(published.block, 0, published.block.text)

  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph')
  const leadBlocks = paragraphs.filter((b) => !isSubheading(b)).slice(0, LEAD_SEARCH_BLOCKS)
  const recent = recentYear(article, published?.date ?? null)
  let mention: DateMention | null = null
  // Once the lead has told the event without a date ("Ban Chỉ đạo vừa tổ
  // chức hội nghị ..."), a later date is the event's only in a sentence
  // that names the event again; otherwise it dates something else.
  let undated = false
  for (const block of leadBlocks) {
    // A full date years before the page's is history (`Ngày 10/12/1948, ...`), not the event.
    let dates = findDateMentions(block).filter((d) => d.year === null || recent === null || d.year >= recent - HISTORY_YEARS)
    const told = undatedEventAt(block.text)
    if (undated || told !== null) {
      const from = undated ? 0 : told!
      const sentences = eventSentences(block.text)
      dates = dates.filter((d) => d.index < from || sentences.at(d.index))
    }
    undated ||= told !== null
    const relative = findRelative(block) ?? (published ? findWeekday(block, published.date) : null)
    // "Washington, ngày 31/10/2022 – Đối thoại ... sẽ diễn ra vào ngày 2/11": a
    // dateline opening the lead dates the filing; a later date of the lead is the event's.
    if (dates.length > 1 && leadDateline(block.text, dates[0]!)) {
      const filed = dates[0]!
      // With no dateline line of its own, the page was published on the day it was filed.
      if (!published && filed.year !== null && isCalendarDay(filed.year, filed.month, filed.day)) {
        const iso = isoDay(filed.year, filed.month, filed.day)
        published = {iso, date: iso, block: {...block, text: block.text.slice(0, filed.index + filed.text.length)}}
        evidence.published = evidenceAt(block, filed.index, filed.text)
      }
      dates = dates.slice(1)
    }
    const firstDate = dates[0]
    if (relative && published && (!firstDate || relative.index < firstDate.index)) mention = relative
    else if (firstDate) mention = firstDate
    if (mention) break
  }

  const scraper = article.scraperDate
  const done = (date: EventDate | null, dayWithoutYear: string | null = null): DateResult => ({date, published: published?.iso ?? null, dayWithoutYear, evidence, warnings})

  if (mention && mention.relative !== null && published) {
    const base = Date.parse(published.date + 'T00:00:00Z') + mention.relative * 86_400_000
    const value = new Date(base).toISOString().slice(0, 10)
    evidence.date = evidenceAt(mention.block, mention.index, mention.text)
    return done({value, precision: 'day', basis: `${quote(mention.text)} ở đoạn mở đầu, tính từ dòng ngày đăng ${quote(published.block.text)}`})
  }

  if (mention) {
    const basis = `${quote(mention.text)} ở đoạn mở đầu`
    let year = mention.year
    let yearBasis = ''
    if (year === null) {
      const resolved = resolveYear(mention, article, published, scraper)
      if (resolved) {
        year = resolved.year
        yearBasis = `; năm lấy từ ${resolved.basis}`
      }
    }
    if (year === null) {
      warnings.push(pending('date-no-year', {line: mention.block.line, column: mention.block.column + mention.index}, {text: mention.text}))
      // 29/2 exists in some year, so a leap year checks the day.
      const known = isCalendarDay(2000, mention.month, mention.day)
      if (known) evidence.dayWithoutYear = evidenceAt(mention.block, mention.index, mention.text)
      return done(null, known ? `--${pad(mention.month)}-${pad(mention.day)}` : null)
    }
    if (!isCalendarDay(year, mention.month, mention.day)) {
      warnings.push(pending('date-invalid', {line: mention.block.line, column: mention.block.column + mention.index}, {text: mention.text}))
      return done(null)
    }
    const value = isoDay(year, mention.month, mention.day)
    evidence.date = evidenceAt(mention.block, mention.index, mention.text)
    if (published && Math.abs(dayNumber(value) - dayNumber(published.date)) > DATE_CONFLICT_DAYS) {
      warnings.push(pending('date-conflict', {line: mention.block.line, column: mention.block.column + mention.index}, {lead: value, dateline: published.date}))
    }
    const withDateline = published && published.date === value && mention.year !== null ? ` và dòng ngày đăng ${quote(published.block.text)}` : ''
    return done({value, precision: 'day', basis: basis + withDateline + yearBasis})
  }

  if (scraper) {
    const value = scraper.text
    const precision: DatePrecision = value.length === 10 ? 'day' : 'month'
    const valid = precision === 'day' ? isCalendarDay(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10))) : Number(value.slice(5, 7)) >= 1 && Number(value.slice(5, 7)) <= 12
    if (valid) {
      evidence.date = evidenceAt(scraper, 0, scraper.text)
      return done({value, precision, basis: `tiền tố ' date ${value}' của trình thu thập; bản thân bài không ghi ${precision === 'day' ? 'ngày' : 'ngày cụ thể'}`})
    }
    warnings.push(pending('date-invalid', scraper, {text: value}))
  }

  // No day in the text: the month the lead names the event after (`hội
  // nghị giao ban ... tháng 12/2019`), at month precision.
  for (const block of leadBlocks) {
    const named = eventNameMonth(block.text)
    if (!named) continue
    evidence.date = evidenceAt(block, named.index, named.text)
    return done({value: named.value, precision: 'month', basis: `tên sự kiện ${quote(named.text)} ở đoạn mở đầu; bài không ghi ngày`})
  }
  // Or the year the headline gives the story ("... về
  // quyền con người năm 2024"), at year precision; not a period under
  // review nor a plan's year.
  const headline = article.headline
  const year = headline ? HEADLINE_YEAR.exec(headline.text) : null
  // A year after a document's noun in the same clause is the document's (`Công ước ... năm 1979`).
  const clause = headline && year ? headline.text.slice(0, year.index).split(/[,;:]/u).pop() ?? '' : ''
  if (headline && year && year[1] && !PERIOD_OR_PLAN.test(headline.text) && !DOCUMENT_NOUN.test(clause.replace(NOT_DOCUMENT, ' '))) {
    evidence.date = evidenceAt(headline, year.index, year[0])
    return done({value: year[1], precision: 'year', basis: `${quote(year[0])} trong tiêu đề; bài không ghi ngày`})
  }
  // Or the year the lead gives the event's own name (`TX. X vừa tổ chức
  // diễn đàn trẻ em năm 2019`, `đợt tập huấn đầu năm 2025`).
  for (const block of leadBlocks) {
    const named = eventNameYear(block.text)
    if (!named) continue
    evidence.date = evidenceAt(block, named.index, named.text)
    return done({value: String(named.year), precision: 'year', basis: `tên sự kiện ${quote(named.text)} ở đoạn mở đầu; bài không ghi ngày`})
  }
  // Or, for an event told without a date (`Vừa qua, ...`), the year a
  // sentence of the lead puts the activity in (`Năm 2022, Hội X tiếp tục
  // tổ chức hội nghị tập huấn ...`); a lead with a day of its own, or a
  // report of a year's work, is not such a story.
  if (leadBlocks.some((b) => undatedEventAt(b.text) !== null)) {
    for (const block of leadBlocks) {
      const placed = activityYear(block.text)
      if (!placed) continue
      evidence.date = evidenceAt(block, placed.index, placed.text)
      return done({value: String(placed.year), precision: 'year', basis: `${quote(placed.text)} ở đoạn mở đầu; bài chỉ ghi 'vừa qua'`})
    }
  }

  warnings.push(pending('no-date', article.headline ?? article.blocks[0] ?? null))
  return done(null)
}

/**
 * A document's name in a headline, capitalised (`Công ước ...`, `Luật ...`,
 * `NGHỊ QUYẾT ...`); a common noun (`pháp luật`, `kế hoạch`) names none.
 */
const DOCUMENT_NOUN = unicodeWords(new RegExp(String.raw`\b(?:${alternation(DOCUMENT_NOUNS, true)}|${alternation(DOCUMENT_NOUNS.map((n) => n.toLocaleUpperCase('vi')))})\b`, 'u'))

/** Common nouns that hold a document's noun (`pháp luật`, law in general): no document's name. */
const NOT_DOCUMENT = unicodeWords(new RegExp(String.raw`\b(?:${alternation(NOT_DOCUMENT_PHRASES)})\b`, 'giu'))

/** `năm 2024` in a headline: the story's year when nothing else dates it. */
const HEADLINE_YEAR = unicodeWords(/\bnăm ((?:19|20)\d{2})\b/iu)

/** `nay` or `qua` with the day and month after it: `Chiều nay (14/6)`, `sáng qua, 13/6`. */
const RELATIVE_WITH_DATE = new RegExp(
  boundedGaps(String.raw`(?<![\p{L}])(?:${TIME_OF_DAY}\s+|hôm\s+)(${RELATIVE})\s*,?\s*(?:ngày\s+)?\(?\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?!\d)`),
  'iu'
)

/**
 * Whether a date line printed without a time is the site's display of
 * today (`Thứ hai, 04/12/2023` at the top of every page): the lead says
 * `Chiều nay (14/6)` or `hôm qua (13/6)` of a day that is not the line's
 * day (or the day before it). A page's own date line agrees with the
 * story's `nay`.
 */
function todayDisplay(published: {iso: string; date: string}, article: CleanArticle): boolean {
  if (published.iso.length !== 10) return false
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph').slice(0, LEAD_SEARCH_BLOCKS)
  for (const block of paragraphs) {
    const m = RELATIVE_WITH_DATE.exec(block.text)
    if (!m) continue
    const offset = (m[1] ?? '').toLowerCase() === 'qua' ? -1 : 0
    const said = new Date((dayNumber(published.date) + offset) * 86_400_000)
    return said.getUTCDate() !== Number(m[2]) || said.getUTCMonth() + 1 !== Number(m[3])
  }
  return false
}

/** Where a day and month's year comes from, in order of trust. */
function resolveYear(
  mention: DateMention,
  article: CleanArticle,
  published: {date: string; block: Block} | null,
  scraper: Block | null
): {year: number; basis: string} | null {
  // The same day and month printed with a year elsewhere in the story.
  for (const block of article.blocks) {
    for (const other of findDateMentions(block)) {
      if (other.year !== null && other.day === mention.day && other.month === mention.month) {
        return {year: other.year, basis: quote(other.text)}
      }
    }
  }
  // The dateline, then the scraper's prefix: the year of the page, or the one before at a year's turn.
  const pageDates: {date: string; basis: string}[] = []
  if (published) pageDates.push({date: published.date, basis: `dòng ngày đăng ${quote(published.block.text)}`})
  if (scraper) {
    const v = scraper.text
    const date = v.length === 10 ? v : `${v}-${pad(daysInMonth(Number(v.slice(0, 4)), Number(v.slice(5, 7))))}`
    pageDates.push({date, basis: `tiền tố ' date ${v}' của trình thu thập`})
  }
  for (const page of pageDates) {
    const pageYear = Number(page.date.slice(0, 4))
    for (const year of [pageYear, pageYear - 1]) {
      if (!isCalendarDay(year, mention.month, mention.day)) continue
      if (dayNumber(isoDay(year, mention.month, mention.day)) - dayNumber(page.date) <= FUTURE_SLACK_DAYS) return {year, basis: page.basis}
    }
  }
  // The event's own name, in the headline or the lead, then in a later
  // paragraph that names it again ("Đây là hội nghị tập huấn thứ 3 trong năm
  // 2023"), or in a caption that prints the same day ("Hội nghị ... năm 2024
  // diễn ra ngày 7/8 tại ...").
  const texts = [article.headline, ...article.blocks.slice(0, LEAD_SEARCH_BLOCKS + 2)].filter((b): b is Block => b !== null)
  const later = article.blocks.slice(LEAD_SEARCH_BLOCKS + 2).filter((b) =>
    b.kind === 'paragraph' ||
    (b.kind === 'caption' && findDateMentions(b).some((d) => d.day === mention.day && d.month === mention.month)))
  const own = mention.block
  for (const block of [own, ...texts.filter((b) => b !== own), ...later]) {
    const named = eventNameYear(block.text)
    if (named) return {year: named.year, basis: `tên sự kiện ${quote(named.text)}`}
  }
  return null
}
