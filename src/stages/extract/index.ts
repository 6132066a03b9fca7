/**
 * The extract stage: from a clean article to an `Extraction`, each value
 * with its evidence.
 *
 * The order, because later extractors use earlier results:
 *
 * 1. authors (bylines), so people extraction can leave them out;
 * 2. title, date and published, place (province, city, venue);
 * 3. the context, with the province after front matter;
 * 4. officials, topics and the event;
 * 5. outlet and url;
 * 6. front-matter overrides: a key that is present replaces the extracted
 *    value (and its warnings), with evidence `{frontMatter: key}`.
 *
 * Warnings of the extractors of this folder are reported here, once the
 * front matter has had its say; a value an editor set raises none.
 */
import type {VFile} from 'vfile'
import {provinceAt, provinceBySlug, provinceRef, resolveProvince} from '../../knowledge/provinces.js'
import type {RuleId} from '../../messages.js'
import {slug} from '../../text/slug.js'
import type {
  CleanArticle,
  DatePrecision,
  EventDate,
  Evidence,
  Extraction,
  FrontMatter,
  OfficialRecord,
  Point,
  SplitFile,
  TopicRef,
  Warning
} from '../../types.js'
import {extractAuthors} from './authors.js'
import {warningAt, type ExtractContext, type PendingWarning} from './context.js'
import {extractDate} from './date.js'
import {extractEvent} from './event.js'
import {extractOutlet} from './outlet.js'
import {extractOfficials} from './people/index.js'
import {extractPlace} from './place.js'
import {extractTitle} from './title.js'
import {extractTopics} from './topics.js'

export type {ExtractContext} from './context.js'

/** Which extracted fields a pending warning is about, so front matter can silence it. */
const WARNING_FIELD: Partial<Record<RuleId, keyof FrontMatter>> = {
  'no-title': 'title',
  'date-no-year': 'date',
  'no-date': 'date',
  'date-invalid': 'date',
  'date-conflict': 'date',
  'no-province': 'province',
  'province-ambiguous': 'province'
}

/** The line of a front-matter key in the source, for the place of its warnings. */
export function frontMatterPlace(split: SplitFile, key: string): Point {
  const lines = split.source.text.split('\n').slice(0, Math.max(split.bodyLine - 1, 0))
  const index = lines.findIndex((l) => new RegExp(`^${key}\\s*:`).test(l))
  return index >= 0 ? {line: index + 1, column: 1} : {line: 1, column: 1}
}

/** A front-matter date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, already validated) as an `EventDate`. */
export function frontMatterDate(value: string): EventDate | null {
  const precision: DatePrecision | undefined = ({4: 'year', 7: 'month', 10: 'day'} as const)[value.length as 4 | 7 | 10]
  if (!precision || !/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/.test(value)) return null
  return {value, precision, basis: 'khóa date trong front matter'}
}

function has(data: FrontMatter, key: keyof FrontMatter): boolean {
  return Object.prototype.hasOwnProperty.call(data, key) && data[key] !== undefined
}

/** Drop the evidence of a field and of its items (`officials`, `officials.0`, ...). */
function dropEvidence(evidence: Record<string, Evidence>, field: string): void {
  for (const key of Object.keys(evidence)) {
    if (key === field || key.startsWith(field + '.')) delete evidence[key]
  }
}

/**
 * Extract the record of one article. `split` gives the front matter, whose
 * fields override extraction; messages go to `file`.
 */
export function extract(article: CleanArticle, split: SplitFile, file: VFile): Extraction {
  const data = split.data
  const evidence: Record<string, Evidence> = {}
  const pendings: PendingWarning[] = []
  const warnings: Warning[] = []

  // 1. Authors.
  const authorsResult = extractAuthors(article)
  let authors = authorsResult.authors
  Object.assign(evidence, authorsResult.evidence)
  if (has(data, 'authors') && data.authors) {
    dropEvidence(evidence, 'authors')
    authors = [...data.authors]
    evidence.authors = {frontMatter: 'authors'}
  }

  // 2. Title, date, place.
  const titleResult = extractTitle(article)
  let title = titleResult.title
  Object.assign(evidence, titleResult.evidence)
  pendings.push(...titleResult.warnings)
  if (has(data, 'title')) {
    title = data.title ?? null
    evidence.title = {frontMatter: 'title'}
  }

  const dateResult = extractDate(article)
  let date = dateResult.date
  let published = dateResult.published
  Object.assign(evidence, dateResult.evidence)
  pendings.push(...dateResult.warnings)
  if (has(data, 'date')) {
    date = data.date ? frontMatterDate(data.date) : null
    evidence.date = {frontMatter: 'date'}
  }
  if (has(data, 'published')) {
    published = data.published ?? null
    evidence.published = {frontMatter: 'published'}
  }

  const placeResult = extractPlace(article)
  let province = placeResult.province
  let city = placeResult.city
  let venue = placeResult.venue
  Object.assign(evidence, placeResult.evidence)
  let provinceOverridden = false
  if (has(data, 'province')) {
    if (data.province === null) {
      province = null
      provinceOverridden = true
      evidence.province = {frontMatter: 'province'}
    } else if (data.province) {
      const resolved = resolveProvince(data.province)
      if (resolved) {
        province = provinceRef(resolved)
        provinceOverridden = true
        evidence.province = {frontMatter: 'province'}
      } else {
        warnings.push(warningAt(file, 'front-matter-province', frontMatterPlace(split, 'province'), {value: data.province}))
      }
    }
  }
  // The place as it was on the event's day: after the 2025 changes, the new unit.
  if (province && !provinceOverridden) {
    const known = provinceBySlug(province.slug)
    if (known) province = provinceAt(known, date?.value)
  }
  if (has(data, 'city')) {
    city = data.city ?? null
    evidence.city = {frontMatter: 'city'}
  }
  if (has(data, 'venue')) {
    venue = data.venue ?? null
    evidence.venue = {frontMatter: 'venue'}
  }

  // Report the warnings of fields the front matter left to extraction.
  for (const p of pendings) {
    const field = WARNING_FIELD[p.ruleId]
    if (field === 'province' && provinceOverridden) continue
    if (field && field !== 'province' && has(data, field)) continue
    warnings.push(warningAt(file, p.ruleId, p.place, p.params))
  }

  // 3. The context for the colleague extractors.
  const ctx: ExtractContext = {
    file,
    authors,
    province,
    lead: article.blocks.find((b) => b.kind === 'paragraph') ?? null
  }

  // 4. Officials, topics, event.
  const people = extractOfficials(article, ctx)
  let officials: OfficialRecord[] = people.officials
  Object.assign(evidence, people.evidence)
  warnings.push(...people.warnings)
  if (has(data, 'officials') && data.officials) {
    dropEvidence(evidence, 'officials')
    officials = data.officials.map((o) => ({
      name: o.name,
      slug: slug(o.name),
      rank: o.rank ?? null,
      positions: o.positions ? [...o.positions] : [],
      role: o.role ?? 'mentioned'
    }))
    officials.forEach((_, i) => (evidence[`officials.${i}`] = {frontMatter: 'officials'}))
  }

  const topicsResult = extractTopics(article, ctx)
  let topics: TopicRef[] = topicsResult.topics
  Object.assign(evidence, topicsResult.evidence)
  warnings.push(...topicsResult.warnings)
  if (has(data, 'topics') && data.topics) {
    dropEvidence(evidence, 'topics')
    topics = data.topics.map((name) => ({name, slug: slug(name)}))
    topics.forEach((_, i) => (evidence[`topics.${i}`] = {frontMatter: 'topics'}))
  }

  const eventResult = extractEvent(article, ctx)
  Object.assign(evidence, eventResult.evidence)
  warnings.push(...eventResult.warnings)

  // 5. Outlet and url.
  const url = has(data, 'url') ? (data.url ?? null) : null
  if (url) evidence.url = {frontMatter: 'url'}
  const outletResult = extractOutlet(article, url)
  let outlet = outletResult.outlet
  Object.assign(evidence, outletResult.evidence)
  if (has(data, 'outlet')) {
    outlet = data.outlet ?? null
    evidence.outlet = {frontMatter: 'outlet'}
  }

  return {
    title,
    date,
    published,
    province,
    city,
    venue,
    officials,
    authors,
    topics,
    event: eventResult.event,
    outlet,
    url,
    evidence,
    warnings
  }
}
