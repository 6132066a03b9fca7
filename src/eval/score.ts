/**
 * Scoring extraction against a gold (the format of
 * `test/fixtures/gold-seeds.json`): per-field precision and recall, and
 * every miss. Pure functions, so a test can pin floors.
 *
 * Matching rules (the gold file's `about`): names compared after Unicode
 * NFC and case folding; provinces by canonical name (resolved through the
 * gazetteer, so an alias also matches); topics case-insensitively without
 * surrounding quotes and punctuation; dates on value and precision.
 *
 * Single-valued fields (title, date, province, published, city, venue)
 * give one item per article: a match (null with null included) is a true
 * positive; a wrong or invented value is a false positive, and a false
 * negative too when the gold has a value; a missing value is a false
 * negative. List fields (officials, ranks, topics, authors) compare sets
 * per article. Same-event scoring compares the unordered pairs of articles
 * that share an event.
 */
import {resolveProvince} from '../knowledge/provinces.js'
import {normalizeText} from '../text/normalize.js'

/** One article of a gold file. */
export interface GoldArticle {
  file: string
  title: string | null
  date: {value: string; precision: string; basis?: string} | null
  published?: string | null
  /** Canonical name of the province, or null. */
  province: string | null
  city?: string | null
  venue?: string | null
  officials: {name: string; rank: string | null; positions?: string[]; role?: string}[]
  /** The event: organisers, attendance and its qualifier as written ("hơn", "khoảng"), where the gold gives them. */
  event?: {name?: string; types?: string[]; organizers?: string[]; attendance?: number | null; attendance_qualifier?: string | null} | null
  /** The outlet (site) the article comes from, for the per-outlet table. */
  outlet?: string
  /** Names that must not appear among the officials (teasers, bylines, credits). */
  not_people_of_the_story?: string[]
  authors: string[]
  topics: string[]
  same_event_as?: string[]
  [key: string]: unknown
}

/** A gold: a gold file as it is, or a folder of expected records read by `gold.ts`. */
export interface GoldFile {
  about?: string
  articles: GoldArticle[]
  archive?: {events?: string[][]; [key: string]: unknown}
}

/** What the pipeline extracted for one article, in the gold's terms. */
export interface PredictedArticle {
  file: string
  title: string | null
  date: {value: string; precision: string} | null
  published: string | null
  province: string | null
  city: string | null
  venue: string | null
  officials: {name: string; rank: string | null; positions?: string[]; role?: string}[]
  authors: string[]
  topics: string[]
  /** The event's organisers, when known. */
  organizers?: string[]
  /** The number of attendees and the word before it as written, or null. */
  attendance?: {count: number; qualifier: string | null} | null
  /** The outlet the pipeline found, used when the gold names none. */
  outlet?: string | null
}

/** One difference between gold and prediction. */
interface Miss {
  file: string
  field: Field
  /** `missing` (gold has it, prediction not), `spurious` (the reverse), `wrong` (both, different). */
  kind: 'missing' | 'spurious' | 'wrong'
  expected: string | null
  got: string | null
}

/** Counts and rates of one field. */
interface FieldScore {
  field: Field
  tp: number
  fp: number
  fn: number
  precision: number
  recall: number
  f1: number
}

/** The scored fields, in report order. */
export const FIELDS = [
  'title', 'date', 'province', 'officials', 'ranks', 'topics', 'authors', 'events',
  'published', 'city', 'venue', 'positions', 'roles', 'attendance', 'organizers'
] as const
export type Field = (typeof FIELDS)[number]

/** The fields the targets are about (the others are reported for information). */
export const MAIN_FIELDS: readonly Field[] = ['title', 'date', 'province', 'officials', 'ranks', 'topics', 'authors', 'events']

/** The whole report. */
export interface Report {
  fields: Record<Field, FieldScore>
  misses: Miss[]
  /** Predicted officials that the gold lists as not people of the story. */
  forbidden: {file: string; name: string}[]
  /** Gold files with no prediction. */
  unscored: string[]
  /** Gold files that matched a predicted article (0 means the input and the gold do not fit together). */
  matched: number
  /** Mean F1 of `MAIN_FIELDS`. */
  overall: number
}

/**
 * As the pipeline reads text (NFC, one placement of tone marks: a gold
 * "Uỷ ban" and an extracted "Ủy ban" are one word), case-folded, spaces
 * collapsed.
 */
export function normName(text: string): string {
  return normalizeText(text).toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim()
}

/** A topic's key: `normName` without surrounding quotes and punctuation. */
export function normTopic(text: string): string {
  return normName(text).replace(/^[\s"“”'‘’«»„.,;:!?()[\]\-–—]+|[\s"“”'‘’«»„.,;:!?()[\]\-–—]+$/gu, '')
}

/** A province's key: its slug when the gazetteer knows it, else its normalised name. */
function normProvince(text: string): string {
  return resolveProvince(text)?.slug ?? normName(text)
}

function rates(field: Field, tp: number, fp: number, fn: number): FieldScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp)
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn)
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  return {field, tp, fp, fn, precision, recall, f1}
}

interface Counter {
  tp: number
  fp: number
  fn: number
}

function single(counter: Counter, misses: Miss[], file: string, field: Field, expected: string | null, got: string | null, key: (s: string) => string): void {
  const e = expected === null || expected === undefined ? null : key(expected)
  const g = got === null || got === undefined ? null : key(got)
  if (e === g) {
    counter.tp++
    return
  }
  if (g !== null) counter.fp++
  if (e !== null) counter.fn++
  misses.push({file, field, kind: e === null ? 'spurious' : g === null ? 'missing' : 'wrong', expected: expected ?? null, got: got ?? null})
}

function sets(counter: Counter, misses: Miss[], file: string, field: Field, expected: string[], got: string[], key: (s: string) => string): void {
  const e = new Map(expected.map((x) => [key(x), x]))
  const g = new Map(got.map((x) => [key(x), x]))
  for (const [k, x] of g) {
    if (e.has(k)) counter.tp++
    else {
      counter.fp++
      misses.push({file, field, kind: 'spurious', expected: null, got: x})
    }
  }
  for (const [k, x] of e) {
    if (!g.has(k)) {
      counter.fn++
      misses.push({file, field, kind: 'missing', expected: x, got: null})
    }
  }
}

/**
 * The information fields: positions and roles of the officials the gold
 * describes (each as `name: value`), the organisers, and attendance with
 * its qualifier ("hơn 350" is not "khoảng 350"). Scored only where the
 * gold gives them, so an older gold file without them scores nothing.
 */
function scoreDetails(counters: Record<Field, Counter>, misses: Miss[], g: GoldArticle, p: PredictedArticle): void {
  const f = g.file
  const predictedBy = new Map(p.officials.map((o) => [normName(o.name), o]))
  const described = g.officials.filter((o) => predictedBy.has(normName(o.name)))
  const positions = (o: {name: string; positions?: string[]}): string[] => (o.positions ?? []).map((x) => `${o.name}: ${x}`)
  const withPositions = described.filter((o) => o.positions !== undefined)
  sets(counters.positions, misses, f, 'positions', withPositions.flatMap(positions), withPositions.flatMap((o) => positions(predictedBy.get(normName(o.name)) ?? o)), normName)
  for (const o of described.filter((x) => x.role !== undefined)) {
    const got = predictedBy.get(normName(o.name))?.role ?? null
    single(counters.roles, misses, f, 'roles', `${o.name}: ${o.role}`, got === null ? null : `${o.name}: ${got}`, normName)
  }
  const event = g.event
  if (!event) return
  if (event.organizers !== undefined) sets(counters.organizers, misses, f, 'organizers', event.organizers, p.organizers ?? [], normName)
  if (event.attendance !== undefined) {
    const written = (count: number | null | undefined, qualifier: string | null | undefined): string | null =>
      count === null || count === undefined ? null : `${qualifier ? qualifier + ' ' : ''}${count}`
    // A gold file that does not give the qualifier scores the count alone.
    const qualified = 'attendance_qualifier' in event
    const got = p.attendance ? written(p.attendance.count, qualified ? p.attendance.qualifier : null) : null
    single(counters.attendance, misses, f, 'attendance', written(event.attendance, event.attendance_qualifier), got, normName)
  }
}

/** Unordered pairs of files that share a group, as `a\u0000b` keys (a < b). */
export function pairsOf(groups: string[][], only?: Set<string>): Set<string> {
  const out = new Set<string>()
  for (const group of groups) {
    const files = [...new Set(group)].filter((f) => !only || only.has(f)).sort()
    for (let i = 0; i < files.length; i++) for (let j = i + 1; j < files.length; j++) out.add(`${files[i]}\u0000${files[j]}`)
  }
  return out
}

/**
 * The gold's event groups: `archive.events`, or else joined from each
 * article's `same_event_as` (a names b and b names c: a, b and c are one
 * event), so a folder of expected records needs no separate list.
 */
export function goldEventGroups(gold: GoldFile): string[][] {
  if (gold.archive?.events) return gold.archive.events
  const groupOf = new Map<string, Set<string>>()
  for (const a of gold.articles) {
    const group = new Set([a.file])
    for (const file of [a.file, ...(a.same_event_as ?? [])]) {
      for (const other of groupOf.get(file) ?? [file]) group.add(other)
    }
    for (const file of group) groupOf.set(file, group)
  }
  return [...new Set(groupOf.values())].map((g) => [...g].sort())
}

/**
 * Score predictions against a gold file. `events` are the predicted event
 * groups (files that share an event id); without them, same-event scoring
 * counts every gold pair as missed.
 */
export function scoreArticles(gold: GoldFile, predicted: PredictedArticle[], events: string[][] = []): Report {
  const byFile = new Map(predicted.map((p) => [p.file, p]))
  const counters = Object.fromEntries(FIELDS.map((f) => [f, {tp: 0, fp: 0, fn: 0}])) as Record<Field, Counter>
  const misses: Miss[] = []
  const forbidden: {file: string; name: string}[] = []
  const unscored: string[] = []
  const scored = new Set<string>()

  for (const g of gold.articles) {
    const p = byFile.get(g.file)
    if (!p) {
      unscored.push(g.file)
      continue
    }
    scored.add(g.file)
    const f = g.file
    single(counters.title, misses, f, 'title', g.title, p.title, normName)
    const dateKey = (d: {value: string; precision: string} | null): string | null => (d ? `${d.value} (${d.precision})` : null)
    single(counters.date, misses, f, 'date', dateKey(g.date), dateKey(p.date), (s) => s)
    single(counters.province, misses, f, 'province', g.province, p.province, normProvince)
    if ('published' in g) single(counters.published, misses, f, 'published', g.published ?? null, p.published, (s) => s)
    if ('city' in g) single(counters.city, misses, f, 'city', g.city ?? null, p.city, normName)
    if ('venue' in g) single(counters.venue, misses, f, 'venue', g.venue ?? null, p.venue, normName)
    sets(counters.officials, misses, f, 'officials', g.officials.map((o) => o.name), p.officials.map((o) => o.name), normName)
    const rankItems = (list: {name: string; rank: string | null}[]): string[] => list.filter((o) => o.rank).map((o) => `${o.name}: ${o.rank}`)
    sets(counters.ranks, misses, f, 'ranks', rankItems(g.officials), rankItems(p.officials), normName)
    sets(counters.topics, misses, f, 'topics', g.topics, p.topics, normTopic)
    sets(counters.authors, misses, f, 'authors', g.authors, p.authors, normName)
    scoreDetails(counters, misses, g, p)
    const notPeople = new Set((g.not_people_of_the_story ?? []).map(normName))
    for (const o of p.officials) if (notPeople.has(normName(o.name))) forbidden.push({file: f, name: o.name})
  }

  const goldPairs = pairsOf(goldEventGroups(gold), scored)
  const predictedPairs = pairsOf(events, scored)
  const counter = counters.events
  for (const pair of predictedPairs) {
    const [a = '', b = ''] = pair.split('\u0000')
    if (goldPairs.has(pair)) counter.tp++
    else {
      counter.fp++
      misses.push({file: a, field: 'events', kind: 'spurious', expected: null, got: `same event as ${b}`})
    }
  }
  for (const pair of goldPairs) {
    if (predictedPairs.has(pair)) continue
    const [a = '', b = ''] = pair.split('\u0000')
    counter.fn++
    misses.push({file: a, field: 'events', kind: 'missing', expected: `same event as ${b}`, got: null})
  }

  const fields = Object.fromEntries(FIELDS.map((f) => [f, rates(f, counters[f].tp, counters[f].fp, counters[f].fn)])) as Record<Field, FieldScore>
  const overall = MAIN_FIELDS.reduce((sum, f) => sum + fields[f].f1, 0) / MAIN_FIELDS.length
  return {fields, misses, forbidden, unscored, matched: scored.size, overall}
}

/** The outlet of each gold article: the gold's `outlet`, else the pipeline's, else `unknown`. */
function outletsOf(gold: GoldFile, predicted: PredictedArticle[]): Map<string, string> {
  const found = new Map(predicted.map((p) => [p.file, p.outlet ?? null]))
  return new Map(gold.articles.map((a) => [a.file, a.outlet ?? found.get(a.file) ?? 'unknown']))
}

/** One row of the per-outlet table: the outlet, its article count and its report. */
export interface OutletRow {
  outlet: string
  articles: number
  report: Report
}

/**
 * The report per outlet: each outlet's articles scored alone (same-event
 * pairs only within the outlet), sorted by outlet name.
 */
export function scoreByOutlet(gold: GoldFile, predicted: PredictedArticle[], events: string[][] = []): OutletRow[] {
  const outlets = outletsOf(gold, predicted)
  const names = [...new Set(outlets.values())].sort((a, b) => a.localeCompare(b, 'vi'))
  return names.map((outlet) => {
    const articles = gold.articles.filter((a) => outlets.get(a.file) === outlet)
    return {outlet, articles: articles.length, report: scoreArticles({...gold, articles, archive: undefined}, predicted, events)}
  })
}

/** The per-outlet table as text: overall and the F1 of each main field. */
export function formatOutletTable(rows: OutletRow[]): string {
  const short: Record<string, string> = {title: 'title', date: 'date', province: 'prov', officials: 'offic', ranks: 'ranks', topics: 'topic', authors: 'auth', events: 'event'}
  const width = Math.max(6, ...rows.map((r) => r.outlet.length))
  const head = `${'outlet'.padEnd(width)}  n   overall ${MAIN_FIELDS.map((f) => (short[f] ?? f).padStart(5)).join(' ')}`
  const lines = [head]
  for (const row of rows) {
    const cells = MAIN_FIELDS.map((f) => row.report.fields[f].f1.toFixed(2).padStart(5)).join(' ')
    lines.push(`${row.outlet.padEnd(width)} ${String(row.articles).padStart(2)}   ${row.report.overall.toFixed(3)}   ${cells}`)
  }
  return lines.join('\n')
}

/** The report as text: a table of fields, then every miss by file. */
export function formatReport(report: Report): string {
  const pct = (x: number): string => x.toFixed(3)
  const lines = ['field        P      R      F1     tp  fp  fn']
  for (const f of FIELDS) {
    const s = report.fields[f]
    lines.push(`${f.padEnd(12)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}${MAIN_FIELDS.includes(f) ? '' : '  (info)'}`)
  }
  lines.push(`overall (mean F1 of main fields): ${pct(report.overall)}`)
  if (report.unscored.length > 0) lines.push('', `not found in the input: ${report.unscored.join(', ')}`)
  if (report.forbidden.length > 0) {
    lines.push('', 'officials the gold says are not people of the story:')
    for (const x of report.forbidden) lines.push(`  ${x.file}: ${x.name}`)
  }
  if (report.misses.length > 0) {
    lines.push('', 'misses:')
    const files = [...new Set(report.misses.map((m) => m.file))].sort()
    for (const file of files) {
      lines.push(`  ${file}`)
      for (const m of report.misses.filter((x) => x.file === file)) {
        lines.push(`    ${m.field} ${m.kind}: expected ${JSON.stringify(m.expected)}, got ${JSON.stringify(m.got)}`)
      }
    }
  }
  return lines.join('\n')
}
