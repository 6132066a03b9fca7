/**
 * Which articles report the same event.
 *
 * Two articles are one event when everything they say is compatible and
 * something ties them: the same province, dates that can be the same day
 * (a day inside the other's month, or days at most `MAX_DAY_GAP` apart), and
 * a shared official or an event name that is nearly the same. A shared name
 * alone never merges: "Hội nghị tập huấn nhân quyền toàn quốc năm 2023" is
 * held in several provinces, and those stay apart because their provinces
 * differ. An article with no date or no province is never merged: nothing
 * shows it is compatible.
 */
import {DEFAULT_NAMING_HEAD, NAMING_HEADS} from '../knowledge/event-types.js'
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
  // Index each dated, placed article under (province, date bucket, tie).
  const index = new Map<string, number[]>()
  articles.forEach((article, i) => {
    if (!article.province || !article.date) return
    for (const bucket of storedKeys(article.date)) {
      for (const tie of ties[i]!) {
        const key = `${article.province.slug}\u0000${bucket}\u0000${tie}`
        const list = index.get(key)
        if (list) list.push(i)
        else index.set(key, [i])
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
      for (const tie of ties[i]!) {
        for (const j of index.get(`${article.province.slug}\u0000${bucket}\u0000${tie}`) ?? []) {
          if (j <= i || seen.has(j)) continue
          seen.add(j)
          stats.comparisons++
          if (sameEvent(article, articles[j]!)) parent[find(j)] = find(i)
        }
      }
    }
  })
  const groups = new Map<number, ArticleRecord[]>()
  articles.forEach((article, i) => {
    const root = find(i)
    groups.set(root, [...(groups.get(root) ?? []), article])
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
  if (![...presentOfficials(a)].some((slug) => present.has(slug))) return false
  const types = new Set(b.event.types.map(fold))
  return a.event.types.some((t) => types.has(fold(t)))
}

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
    return [
      ...new Set(article.officials.map((o) => `o:${o.slug}`)),
      ...list.slice(0, Math.max(prefix, 0)).map((w) => `n:${w}`)
    ]
  })
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether two articles report one event (see the module comment). */
export function sameEvent(a: ArticleRecord, b: ArticleRecord): boolean {
  if (!a.province || !b.province || a.province.slug !== b.province.slug) return false
  if (!a.date || !b.date) return undatedTie(a, b)
  if (!datesCompatible(a.date, b.date)) return false
  const sharedOfficial = a.officials.some((x) => b.officials.some((y) => y.slug === x.slug))
  const sameName = !!a.event.name && !!b.event.name && nameSimilarity(a.event.name, b.event.name) >= NAME_SIMILARITY
  const sharedType = a.event.types.some((t) => b.event.types.includes(t))
  const typesCompatible = sharedType || a.event.types.length === 0 || b.event.types.length === 0
  return typesCompatible && (sharedOfficial || sameName)
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
