/**
 * Which articles report the same event.
 *
 * Two articles are one event when everything they say is compatible and
 * something ties them: the same province, dates that can be the same day
 * (a day inside the other's month, or days at most `MAX_DAY_GAP` apart), and
 * a shared official or an event name that is nearly the same. A shared name
 * alone never merges: "Hội nghị tập huấn nhân quyền toàn quốc năm 2023" is
 * held in several provinces, and those stay apart because their provinces
 * differ. An article with no province joins one only on the same day and
 * month, one kind, and a long name nearly the same or an official present
 * at both (`placelessTie`).
 *
 * An article without a year (`date` null) joins another of its province and
 * kind on what survives a different headline and date precision: an
 * official present at both, or the same day and month (`dayWithoutYear`
 * against the other's day) together with a shared official, organiser or a
 * name that mostly overlaps. Names that number the event differently
 * (`chu kỳ III` / `chu kỳ IV`, `năm 2023` / `năm 2024`) are never one event,
 * nor are reports whose publication years rule the other's date out.
 */
import {DEFAULT_NAMING_HEAD, GENERIC_EVENT_TYPE, NAMING_HEADS} from '../knowledge/event-types.js'
import {ROLE_RANK} from '../knowledge/offices.js'
import {compareDates} from '../text/dates.js'
import {compareVi, fold} from '../text/normalize.js'
import {slug, SlugRegistry} from '../text/slug.js'
import type {ArticleRecord, EventDate, EventRecord} from '../types.js'

/**
 * How many days apart two day-precise reports of one event may be: a
 * two-day conference reported on its first and its last day. Tuned on the
 * genre: trainings run one or two days; three would start to merge a
 * province's back-to-back meetings.
 */
const MAX_DAY_GAP = 1

/**
 * How alike two event names must be (share of word tokens in common, Dice
 * coefficient on folded words) to count as "the same name". 0.8 keeps
 * "Hội nghị tập huấn công tác nhân quyền năm 2024" and the same with
 * "Hội nghị tập huấn nhân quyền năm 2024" together while "sơ kết" vs
 * "tổng kết" meetings differ.
 */
const NAME_SIMILARITY = 0.8

/**
 * How much of the shorter name's words the longer must hold (overlap
 * coefficient on folded words) to tie two same-day reports whose headlines
 * differ in length: "Hội thảo tham vấn về hồ sơ bảo vệ Báo cáo" and the
 * same with "... quốc gia lần thứ nhất ... về chống tra tấn" share 0.77.
 * Only used with a matching day and month, province and kind.
 */
const NAME_OVERLAP = 0.7

/**
 * The fewest words a name needs before its overlap ties anything: a bare
 * "Hội thảo" or "Hội nghị tập huấn" is held in every one of it.
 */
const MIN_OVERLAP_WORDS = 6

/**
 * How much of the shorter of two headlines the other must hold, and the
 * fewest distinct words the shorter needs, for the headlines to tie two
 * reports: outlets that print the event's theme as their headline
 * ("Bảo đảm quyền được học tập của trẻ em ở vùng X") share nearly all
 * of it; a short or stock headline ties nothing.
 */
const TITLE_OVERLAP = 0.9
const MIN_TITLE_WORDS = 8

/** Work done by `groupEvents`, for tests that prove it grows linearly. */
export interface GroupingStats {
  /** Pairs of articles compared with `sameEvent`. */
  comparisons: number
}

/**
 * Group articles into events; returns events sorted by date, then id.
 *
 * Only pairs that could be one event are compared: same province, dates
 * that can name the same day (`candidateKeys`), and a tie (a shared
 * official, or a name word from the rare end of both names, see
 * `nameTies`). Every pair `sameEvent` accepts is among them, so the groups
 * are those of comparing all pairs, at a cost that grows with the articles
 * a day can hold, not with the square of the archive.
 */
export function groupEvents(articles: readonly ArticleRecord[], stats: GroupingStats = {comparisons: 0}): EventRecord[] {
  const parent = articles.map((_, i) => i)
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const ties = articleTies(articles)
  // Index each dated, placed article under (province, date bucket), then tie:
  // most (province, day) buckets a date looks at hold nothing, and then
  // none of its ties is looked up.
  const index = new Map<string, Map<string, number[]>>()
  articles.forEach((article, i) => {
    if (!article.province || !article.date) return
    for (const bucket of storedKeys(article.date)) {
      const where = `${article.province.slug}\u0000${bucket}`
      let byTie = index.get(where)
      if (!byTie) index.set(where, (byTie = new Map()))
      for (const tie of ties[i]!) {
        const list = byTie.get(tie)
        if (list) list.push(i)
        else byTie.set(tie, [i])
      }
    }
  })
  groupUndated(articles, stats, (i, j) => {
    parent[find(j)] = find(i)
  })
  articles.forEach((article, i) => {
    if (!article.province || !article.date) return
    const seen = new Set<number>()
    for (const bucket of candidateKeys(article.date)) {
      const byTie = index.get(`${article.province.slug}\u0000${bucket}`)
      if (!byTie) continue
      for (const tie of ties[i]!) {
        for (const j of byTie.get(tie) ?? []) {
          if (j <= i || seen.has(j)) continue
          seen.add(j)
          stats.comparisons++
          if (sameEvent(article, articles[j]!)) parent[find(j)] = find(i)
        }
      }
    }
  })
  groupPlaceless(articles, ties, stats, (i, j) => {
    parent[find(j)] = find(i)
  })
  const groups = new Map<number, ArticleRecord[]>()
  articles.forEach((article, i) => {
    const root = find(i)
    const members = groups.get(root)
    if (members) members.push(article)
    else groups.set(root, [article])
  })

  const registry = new SlugRegistry()
  const events = [...groups.values()]
    .map((members) => ({members, base: eventBase(members)}))
    .sort((a, b) => compareStrings(a.base, b.base) || compareStrings(a.members[0]!.id, b.members[0]!.id))
    .map(({members, base}) => toEvent(members, registry.claim(members[0]!.id, base)))
  return events.sort(
    (a, b) => compareDates(a.date, b.date) || compareStrings(a.id, b.id)
  )
}

/**
 * Join each undated article to the articles it shares a bucket of
 * `undatedKeys` with. Every pair with an undated member that `sameEvent`
 * accepts shares such a bucket, and within a bucket the first undated
 * article is accepted with every other, so comparing it with each member
 * gives the groups of all pairs at one comparison per bucket entry.
 */
function groupUndated(articles: readonly ArticleRecord[], stats: GroupingStats, join: (i: number, j: number) => void): void {
  const buckets = new Map<string, number[]>()
  articles.forEach((article, i) => {
    for (const key of undatedKeys(article)) {
      const list = buckets.get(key)
      if (list) list.push(i)
      else buckets.set(key, [i])
    }
  })
  for (const list of buckets.values()) {
    const first = list.find((i) => !articles[i]!.date)
    if (first === undefined) continue
    for (const j of list) {
      if (j === first) continue
      stats.comparisons++
      if (sameEvent(articles[first]!, articles[j]!)) join(first, j)
    }
  }
  // A report of unknown kind (`kindUnknown`) ties to any kind on an official
  // present at both: it is compared with each article of its province that
  // shares one, when either is undated (two unknowns once).
  const byOfficial = new Map<string, number[]>()
  articles.forEach((article, i) => {
    if (!article.province) return
    for (const slug of presentOfficials(article)) {
      const key = `${article.province.slug}\u0000${slug}`
      const list = byOfficial.get(key)
      if (list) list.push(i)
      else byOfficial.set(key, [i])
    }
  })
  articles.forEach((article, i) => {
    if (!article.province || !kindUnknown(article)) return
    const seen = new Set<number>()
    for (const slug of presentOfficials(article)) {
      for (const j of byOfficial.get(`${article.province.slug}\u0000${slug}`) ?? []) {
        const other = articles[j]!
        if (j === i || seen.has(j) || (article.date && other.date) || (kindUnknown(other) && j < i)) continue
        seen.add(j)
        stats.comparisons++
        if (sameEvent(article, other)) join(i, j)
      }
    }
  })
  // Same day and month (`sameDayTie`): an undated article is compared with
  // each article of its province and kind stored under its day or the days
  // `MAX_DAY_GAP` around it. Not every pair of such a bucket is accepted, so
  // each is compared; a bucket holds the reports one day can have.
  const days = new Map<string, number[]>()
  articles.forEach((article, i) => {
    const day = monthDay(article)
    if (!day || !article.province) return
    for (const type of article.event.types) {
      const key = `${article.province.slug}\u0000${day}\u0000${fold(type)}`
      const list = days.get(key)
      if (list) list.push(i)
      else days.set(key, [i])
    }
  })
  articles.forEach((article, i) => {
    const day = monthDay(article)
    if (article.date || !day || !article.province) return
    const seen = new Set<number>()
    for (const near of nearDays(day)) {
      for (const type of article.event.types) {
        for (const j of days.get(`${article.province.slug}\u0000${near}\u0000${fold(type)}`) ?? []) {
          if (j === i || seen.has(j) || (!articles[j]!.date && j < i)) continue
          seen.add(j)
          stats.comparisons++
          if (sameEvent(article, articles[j]!)) join(i, j)
        }
      }
    }
  })
}

/**
 * Join each article that names no province to the articles of its exact day
 * that share a rare word of its name or an official (`articleTies`): every
 * pair `placelessTie` accepts has names similar enough to share one, or a
 * person present at both, so the groups are those of comparing all pairs.
 */
function groupPlaceless(articles: readonly ArticleRecord[], ties: readonly string[][], stats: GroupingStats, join: (i: number, j: number) => void): void {
  const usable = (article: ArticleRecord, tie: string): boolean => tie.startsWith('o:') || tie.startsWith('t:') || (tie.startsWith('n:') && !!article.event.name)
  const byDay = new Map<string, number[]>()
  articles.forEach((article, i) => {
    const day = monthDay(article)
    if (!day) return
    for (const tie of ties[i]!) {
      if (!usable(article, tie)) continue
      const key = `${day}\u0000${tie}`
      const list = byDay.get(key)
      if (list) list.push(i)
      else byDay.set(key, [i])
    }
  })
  articles.forEach((article, i) => {
    const day = monthDay(article)
    if (article.province || !day) return
    const seen = new Set<number>()
    for (const tie of ties[i]!) {
      if (!usable(article, tie)) continue
      for (const j of byDay.get(`${day}\u0000${tie}`) ?? []) {
        if (j === i || seen.has(j) || (!articles[j]!.province && j < i)) continue
        seen.add(j)
        stats.comparisons++
        if (sameEvent(article, articles[j]!)) join(i, j)
      }
    }
  })
}

/** `MM-DD` of an article's day: its date at day precision, or its day without a year. */
function monthDay(article: ArticleRecord): string | null {
  if (article.date) return article.date.precision === 'day' ? article.date.value.slice(5) : null
  return article.dayWithoutYear?.slice(2) ?? null
}

/** `MM-DD` and the days `MAX_DAY_GAP` around it (counted in a leap year, so 29/2 has neighbours). */
function nearDays(day: string): string[] {
  const at = Date.parse(`2000-${day}T00:00:00Z`)
  if (Number.isNaN(at)) return [day]
  const out: string[] = []
  for (let d = -MAX_DAY_GAP; d <= MAX_DAY_GAP; d++) out.push(new Date(at + d * 86_400_000).toISOString().slice(5, 10))
  return out
}

/** (province, official present, kind) for each official present and each kind the article names. */
function undatedKeys(article: ArticleRecord): string[] {
  if (!article.province) return []
  const keys: string[] = []
  for (const slug of presentOfficials(article)) {
    for (const type of article.event.types) keys.push(`${article.province.slug}\u0000${slug}\u0000${fold(type)}`)
  }
  return keys
}

/** The slugs of the officials who were at the event (not only mentioned). */
function presentOfficials(article: ArticleRecord): Set<string> {
  return new Set(article.officials.filter((o) => o.role !== 'mentioned').map((o) => o.slug))
}

/**
 * Whether two articles of one province, one of them undated, share an
 * official present at both and a kind of event.
 */
function undatedTie(a: ArticleRecord, b: ArticleRecord): boolean {
  const present = presentOfficials(b)
  return [...presentOfficials(a)].some((slug) => present.has(slug)) && (sharesKind(a, b) || kindUnknown(a) || kindUnknown(b))
}

/**
 * Whether an article names no kind of event but the container
 * (`GENERIC_EVENT_TYPE`, "Hội nghị" with nothing after it) or none: its kind
 * is unknown, and any kind the other report names fits it.
 */
function kindUnknown(article: ArticleRecord): boolean {
  return article.event.types.every((t) => fold(t) === GENERIC_KIND)
}
const GENERIC_KIND = fold(GENERIC_EVENT_TYPE)

/**
 * The buckets an article's date is stored under: its own value, and for a
 * day or month the month and year that hold it (`in:` keys).
 */
function storedKeys(date: EventDate): string[] {
  const v = date.value
  if (date.precision === 'day') return [v, `in:${v.slice(0, 7)}`, `in:${v.slice(0, 4)}`]
  if (date.precision === 'month') return [v, `in:${v.slice(0, 4)}`]
  return [v]
}

/**
 * The buckets that hold every date `datesCompatible` accepts with this one:
 * a day looks at the day before, itself and the day after (`MAX_DAY_GAP`),
 * its month and its year; a month at itself, the days in it and its year;
 * a year at everything in it.
 */
function candidateKeys(date: EventDate): string[] {
  const v = date.value
  if (date.precision === 'day') {
    const at = Date.parse(`${v}T00:00:00Z`)
    if (Number.isNaN(at)) return [v, v.slice(0, 7), v.slice(0, 4)]
    const days: string[] = []
    for (let d = -MAX_DAY_GAP; d <= MAX_DAY_GAP; d++) days.push(new Date(at + d * 86_400_000).toISOString().slice(0, 10))
    return [...days, v.slice(0, 7), v.slice(0, 4)]
  }
  if (date.precision === 'month') return [v, `in:${v}`, v.slice(0, 4)]
  return [v, `in:${v}`]
}

/** Name words, folded and unique. */
function nameWords(name: string | null): string[] {
  return name ? [...new Set(fold(name).split(/[^a-z0-9]+/).filter(Boolean))] : []
}

/**
 * What can tie each article to another: its officials' slugs, and the
 * rarest words of its event name. Two names with a Dice coefficient of at
 * least `NAME_SIMILARITY` share at least `t·n/(2−t)` of the n words of
 * each, so ordering every name's words from rarest to most common, they
 * share a word among the first `n − ⌈t·n/(2−t)⌉ + 1` of each (prefix
 * filtering, as in similarity joins).
 */
function articleTies(articles: readonly ArticleRecord[]): string[][] {
  const words = articles.map((a) => nameWords(a.event.name))
  const frequency = new Map<string, number>()
  for (const list of words) for (const w of list) frequency.set(w, (frequency.get(w) ?? 0) + 1)
  const rarestFirst = (a: string, b: string): number => frequency.get(a)! - frequency.get(b)! || compareStrings(a, b)
  const t = NAME_SIMILARITY
  return articles.map((article, i) => {
    const list = [...words[i]!].sort(rarestFirst)
    const prefix = list.length - Math.ceil((t * list.length) / (2 - t) - 1e-9) + 1
    // Every word of a long headline (`titleTie` takes the overlap with the shorter one, which no prefix of either bounds).
    const title = nameWords(article.title)
    return [
      ...new Set(article.officials.map((o) => `o:${o.slug}`)),
      ...list.slice(0, Math.max(prefix, 0)).map((w) => `n:${w}`),
      ...(title.length >= MIN_TITLE_WORDS ? title.map((w) => `t:${w}`) : [])
    ]
  })
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether two articles report one event (see the module comment). */
export function sameEvent(a: ArticleRecord, b: ArticleRecord): boolean {
  if (a.province && b.province && a.province.slug !== b.province.slug) return false
  if (numbersConflict(a.event.name, b.event.name)) return false
  if (!a.province || !b.province) return placelessTie(a, b)
  if (!a.date || !b.date) return publishedYearsAllow(a, b) && (undatedTie(a, b) || sameDayTie(a, b))
  if (!datesCompatible(a.date, b.date)) return false
  const sharedOfficial = a.officials.some((x) => b.officials.some((y) => y.slug === x.slug))
  const sameName = !!a.event.name && !!b.event.name && nameSimilarity(a.event.name, b.event.name) >= NAME_SIMILARITY
  const sharedType = a.event.types.some((t) => b.event.types.includes(t))
  const typesCompatible = sharedType || a.event.types.length === 0 || b.event.types.length === 0
  // Two reports that give one day (`30-31/10/2020`, each in its own words)
  // and one organiser tell of one meeting, though neither names a person.
  const sameDay = a.date.precision === 'day' && b.date.precision === 'day' && a.date.value === b.date.value
  return typesCompatible && (sharedOfficial || sameName || (sameDay && sharedType && sharedOrganizer(a, b)))
}

/**
 * Whether two articles of one province, one of them without a year, give
 * the same day and month (within `MAX_DAY_GAP`), share a kind, and share an
 * official, an organiser or most of a name of `MIN_OVERLAP_WORDS` or more
 * (identical names overlap fully).
 */
function sameDayTie(a: ArticleRecord, b: ArticleRecord): boolean {
  const da = monthDay(a)
  const db = monthDay(b)
  if (!da || !db || !nearDays(da).includes(db)) return false
  if (!sharesKind(a, b)) return false
  const sharedOfficial = a.officials.some((x) => b.officials.some((y) => y.slug === x.slug))
  // nameOverlap is 0 for a name of a few words ("Hội thảo"), which ties nothing.
  const overlap = a.event.name && b.event.name ? nameOverlap(a.event.name, b.event.name) : 0
  const nameTie = overlap >= NAME_OVERLAP
  return sharedOfficial || nameTie || sharedOrganizer(a, b)
}

/**
 * Whether two articles, one or both naming no province (a national
 * ministry's report that leaves out where, an outlet that copies the story
 * without its place), give the same day and month exactly, share a kind,
 * and either give one long name (`MIN_OVERLAP_WORDS` words or more, Dice at
 * least `NAME_SIMILARITY`: "Hội thảo tham vấn Báo cáo quốc gia lần thứ tư
 * ..." on 10/10 in both), name one person present at both, or print nearly
 * one long headline (`titleTie`: the theme both outlets headline): the evidence
 * that survives when the second report drops the place and words the name
 * its own way. A short or common name ties nothing.
 */
function placelessTie(a: ArticleRecord, b: ArticleRecord): boolean {
  const day = monthDay(a)
  if (!day || day !== monthDay(b)) return false
  if (a.date && b.date && !datesCompatible(a.date, b.date)) return false
  if (!publishedYearsAllow(a, b) || !sharesKind(a, b)) return false
  const present = presentOfficials(b)
  if ([...presentOfficials(a)].some((slug) => present.has(slug)) || titleTie(a, b)) return true
  if (!a.event.name || !b.event.name) return false
  if (Math.min(nameWords(a.event.name).length, nameWords(b.event.name).length) < MIN_OVERLAP_WORDS) return false
  return nameSimilarity(a.event.name, b.event.name) >= NAME_SIMILARITY
}

/** Whether two headlines of `MIN_TITLE_WORDS` words or more are nearly one (`TITLE_OVERLAP` of the shorter's words in the other). */
function titleTie(a: ArticleRecord, b: ArticleRecord): boolean {
  return shorterOverlap(new Set(nameWords(a.title)), new Set(nameWords(b.title)), MIN_TITLE_WORDS) >= TITLE_OVERLAP
}

/** Whether two articles name one kind of event (folded: `Tọa đàm`, `toạ đàm`). */
function sharesKind(a: ArticleRecord, b: ArticleRecord): boolean {
  const types = new Set(b.event.types.map(fold))
  return a.event.types.some((t) => types.has(fold(t)))
}

/** Whether an organiser of one article names one of the other's (folded, one inside the other: `Bộ Công an` in `Bộ Công an phối hợp với ...`). */
function sharedOrganizer(a: ArticleRecord, b: ArticleRecord): boolean {
  const padded = (o: string): string => ` ${words(o).join(' ')} `
  const bs = b.event.organizers.map(padded).filter((y) => y.trim() !== '')
  return a.event.organizers.map(padded).some((x) => x.trim() !== '' && bs.some((y) => x.includes(y) || y.includes(x)))
}

/**
 * Whether the publication years allow one event: a report published in
 * year P tells of an event of P or the year before, so an undated report
 * cannot join a dated one of another year, nor two undated reports
 * published years apart.
 */
function publishedYearsAllow(a: ArticleRecord, b: ArticleRecord): boolean {
  const year = (iso: string | null): number | null => (iso && /^\d{4}/.test(iso) ? Number(iso.slice(0, 4)) : null)
  const pa = year(a.published)
  const pb = year(b.published)
  const fits = (published: number | null, date: EventDate | null): boolean => {
    if (published === null || !date) return true
    const y = Number(date.value.slice(0, 4))
    return y <= published && y >= published - 1
  }
  if (!fits(pa, b.date) || !fits(pb, a.date)) return false
  return pa === null || pb === null || Math.abs(pa - pb) <= 1
}

/** Digits and Roman numerals standing as words (`2024`, `IV`, `70`). */
const NUMBER_WORD = /(?<![\p{L}\p{N}])(?:\p{N}+|[IVXLC]+)(?![\p{L}\p{N}])/gu

/**
 * Whether two names number their events differently: each has numbers
 * (`NUMBER_WORD`, Roman numerals read as their value) and neither holds all
 * of the other's, as two events of one series do (`chu kỳ III` and `chu kỳ
 * IV`, `năm 2023` and `năm 2024`; `lần thứ VII` and `lần thứ 7` agree).
 */
export function numbersConflict(a: string | null, b: string | null): boolean {
  const na = new Set((a?.match(NUMBER_WORD) ?? []).map(numberValue))
  const nb = new Set((b?.match(NUMBER_WORD) ?? []).map(numberValue))
  if (na.size === 0 || nb.size === 0) return false
  const within = (x: Set<string>, y: Set<string>): boolean => [...x].every((n) => y.has(n))
  return !within(na, nb) && !within(nb, na)
}

const ROMAN: Readonly<Record<string, number>> = {I: 1, V: 5, X: 10, L: 50, C: 100}

/** A number word's value as digits: `VII` and `7` are one number (`lần thứ VII`, `lần thứ 7`); digits lose leading zeros. */
function numberValue(word: string): string {
  if (/^\p{N}+$/u.test(word)) return /^\d+$/.test(word) ? String(Number(word)) : word
  let total = 0
  for (let k = 0; k < word.length; k++) {
    const v = ROMAN[word[k]!]!
    const next = ROMAN[word[k + 1] ?? ''] ?? 0
    total += v < next ? -v : v
  }
  return String(total)
}

/** Folded words of a text. */
function words(text: string): string[] {
  return fold(text).split(/[^a-z0-9]+/).filter(Boolean)
}

/**
 * Overlap coefficient on the folded words of two names (common words over
 * the shorter name's), 0 when the shorter has fewer than `MIN_OVERLAP_WORDS`.
 */
export function nameOverlap(a: string, b: string): number {
  return shorterOverlap(new Set(words(a)), new Set(words(b)), MIN_OVERLAP_WORDS)
}

/** The share of the smaller word set found in the other; 0 when it has fewer than `minWords` words. */
function shorterOverlap(wa: ReadonlySet<string>, wb: ReadonlySet<string>, minWords: number): number {
  const shorter = Math.min(wa.size, wb.size)
  if (shorter < minWords) return 0
  let common = 0
  for (const w of wa) if (wb.has(w)) common++
  return common / shorter
}

/** Whether two dates can name the same day. */
export function datesCompatible(a: EventDate, b: EventDate): boolean {
  if (a.precision === 'day' && b.precision === 'day') return dayGap(a.value, b.value) <= MAX_DAY_GAP
  const short = a.value.length <= b.value.length ? a.value : b.value
  const long = short === a.value ? b.value : a.value
  return long.startsWith(short)
}

function dayGap(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000
}

/** Dice coefficient on the folded words of two names. */
export function nameSimilarity(a: string, b: string): number {
  const wa = new Set(fold(a).split(/[^a-z0-9]+/).filter(Boolean))
  const wb = new Set(fold(b).split(/[^a-z0-9]+/).filter(Boolean))
  if (wa.size === 0 || wb.size === 0) return 0
  let common = 0
  for (const w of wa) if (wb.has(w)) common++
  return (2 * common) / (wa.size + wb.size)
}

/** The most precise date the members give; ties go to the earliest article. */
function bestDate(members: readonly ArticleRecord[]): EventDate | null {
  const order = {day: 3, month: 2, year: 1}
  let best: EventDate | null = null
  for (const m of members) {
    if (m.date && (!best || order[m.date.precision] > order[best.precision])) best = m.date
  }
  return best
}

/** The id's words: date, place, kind. Stable while the event's facts are. */
function eventBase(members: readonly ArticleRecord[]): string {
  const date = bestDate(members)
  const province = members.find((m) => m.province)?.province
  const types = members.flatMap((m) => m.event.types)
  const kind = types.length ? [...new Set(types)].join(' ') : 'su kien'
  return slug([date?.value ?? 'chua-ro-ngay', province?.slug ?? '', kind].join(' '), 'su-kien')
}

function longest(values: (string | null)[]): string | null {
  let best: string | null = null
  for (const v of values) if (v && (!best || v.length > best.length)) best = v
  return best
}

function unionBy(values: string[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const v of values) {
    const key = fold(v)
    if (!seen.has(key)) {
      seen.add(key)
      out.push(v)
    }
  }
  return out
}

function toEvent(members: ArticleRecord[], id: string): EventRecord {
  const province = members.find((m) => m.province)?.province ?? null
  const types = unionBy(members.flatMap((m) => m.event.types))
  const printed = longest(members.map((m) => m.event.name))
  const derivedName = describeTypes(types)
  const officials = new Map<string, EventRecord['officials'][number]>()
  for (const m of members) {
    for (const o of m.officials) {
      const known = officials.get(o.slug)
      if (!known) {
        officials.set(o.slug, {slug: o.slug, name: o.name, role: o.role, rank: o.rank, positions: [...o.positions]})
        continue
      }
      if (ROLE_RANK[o.role] > ROLE_RANK[known.role]) known.role = o.role
      known.rank ??= o.rank
      known.positions = unionBy([...known.positions, ...o.positions])
    }
  }
  return {
    id,
    name: printed ?? (derivedName ? (province ? `${derivedName} tại ${province.name}` : derivedName) : 'Sự kiện chưa rõ tên'),
    nameDerived: !printed,
    types,
    organizers: unionBy(members.flatMap((m) => m.event.organizers)),
    ...attendanceOf(members),
    date: bestDate(members),
    province,
    city: members.find((m) => m.city)?.city ?? null,
    venue: members.find((m) => m.venue)?.venue ?? null,
    articles: members.map((m) => m.id),
    officials: [...officials.values()].sort((a, b) => ROLE_RANK[b.role] - ROLE_RANK[a.role] || compareVi(a.name, b.name)),
    topics: unionBy(members.flatMap((m) => m.topics.map((t) => t.slug)))
  }
}

/** The first attendance the articles give, with its qualifier (`hơn 350`). */
function attendanceOf(members: readonly ArticleRecord[]): Pick<EventRecord, 'attendance' | 'attendanceQualifier'> {
  const event = members.find((m) => m.event.attendance !== null)?.event
  return {attendance: event?.attendance ?? null, attendanceQualifier: event?.attendanceQualifier ?? null}
}

/** `['sơ kết', 'tập huấn']` → `Hội nghị sơ kết, tập huấn`: a name for an event whose articles print none. */
export function describeTypes(types: readonly string[]): string | null {
  const [first, ...rest] = types
  if (first === undefined) return null
  const naming = NAMING_HEADS[first] ?? DEFAULT_NAMING_HEAD
  const head = naming ? `${naming} ${first}` : first
  const text = [head, ...rest].join(', ')
  return text.charAt(0).toUpperCase() + text.slice(1)
}
