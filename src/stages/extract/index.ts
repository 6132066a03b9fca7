/**
 * The extract stage: from a clean article to an `Extraction`, each value
 * with its evidence.
 *
 * An ordered cascade of extractors (`CASCADE`), each returning its fields,
 * their evidence and its pending warnings (`Extracted`). After each step the
 * front matter has its say on the fields that step found (the rows of
 * `FIELDS` in `fields.ts`): a key that is present replaces the value and its
 * evidence, with evidence `{frontMatter: key}`. Later steps read the draft
 * as overridden, so an editor's `province:` or `authors:` is what the people
 * extractor sees. Once every step has run, the pending warnings are reported,
 * except those of fields an editor set, and the story's mentions of
 * provinces and of the final officials become the spans the article page
 * links (`spans.ts`).
 */
import type {VFile} from 'vfile'
import {FRONT_MATTER, type Draft, type FieldDef, type FrontMatterRule} from '../../fields.js'
import {provinceAt, provinceBySlug} from '../../knowledge/provinces.js'
import type {RuleId} from '../../messages.js'
import type {CleanArticle, Evidence, Extraction, Point, SplitFile, Warning} from '../../types.js'
import {extractAuthors} from './authors.js'
import {warningAt, type ExtractContext, type Extracted, type PendingWarning} from './context.js'
import {extractDate} from './date.js'
import {extractEvent} from './event.js'
import {extractOutlet} from './outlet.js'
import {extractOfficials} from './people/index.js'
import {extractPlace} from './place.js'
import {storySpans} from './spans.js'
import {extractTitle} from './title.js'
import {extractTopics} from './topics.js'

export type {ExtractContext} from './context.js'
export {frontMatterDate} from '../../fields.js'

/** One step of the cascade: the article and the draft so far (front matter applied) in, fields out. */
type Step = (article: CleanArticle, draft: Draft, ctx: ExtractContext) => Extracted<Partial<Draft>>

/**
 * The cascade, in order, because later steps read earlier results:
 *
 * 1. authors (bylines), so people extraction can leave them out;
 * 2. title; date and published; place (province, city, venue), the province
 *    as it was on the event's day (after the 2025 changes, the new unit);
 * 3. officials, topics and the event, with the context (authors, province,
 *    lead) as front matter left it;
 * 4. url (only front matter gives one), then the outlet, which may come from it.
 */
const CASCADE: readonly Step[] = [
  (article) => extractAuthors(article),
  (article) => extractTitle(article),
  (article) => extractDate(article),
  (article, draft) => {
    const place = extractPlace(article)
    const known = place.province ? provinceBySlug(place.province.slug) : undefined
    return known ? {...place, province: provinceAt(known, draft.date?.value)} : place
  },
  (article, _draft, ctx) => extractOfficials(article, ctx),
  (article, _draft, ctx) => extractTopics(article, ctx),
  (article, _draft, ctx) => extractEvent(article, ctx),
  () => ({url: null, evidence: {}, warnings: []}),
  (article, draft) => extractOutlet(article, draft.url)
]

/** The values before any step has run. */
function emptyDraft(): Draft {
  return {
    title: null,
    date: null,
    published: null,
    dayWithoutYear: null,
    province: null,
    city: null,
    venue: null,
    officials: [],
    authors: [],
    topics: [],
    event: {name: null, types: [], organizers: [], attendance: null, attendanceQualifier: null},
    outlet: null,
    url: null
  }
}

/** The line of a front-matter key in the source, for the place of its warnings. */
function frontMatterPlace(split: SplitFile, key: string): Point {
  const lines = split.source.text.split('\n').slice(0, Math.max(split.bodyLine - 1, 0))
  const index = lines.findIndex((l) => l.startsWith(key) && /^\s*:/.test(l.slice(key.length)))
  return index >= 0 ? {line: index + 1, column: 1} : {line: 1, column: 1}
}

/** Drop the evidence of a field and of its items (`officials`, `officials.0`, ...). */
function dropEvidence(evidence: Record<string, Evidence>, field: string): void {
  for (const key of Object.keys(evidence)) {
    if (key === field || key.startsWith(field + '.')) delete evidence[key]
  }
}

/** The top-level record field a field path belongs to (`event.attendanceQualifier` → `event`). */
const topField = (path: string): string => path.split('.')[0] ?? path

/**
 * Extract the record of one article. `split` gives the front matter, whose
 * fields override extraction; messages go to `file`.
 */
export function extract(article: CleanArticle, split: SplitFile, file: VFile): Extraction {
  const data = split.data as Record<string, unknown>
  const draft = emptyDraft()
  const evidence: Record<string, Evidence> = {}
  const pendings: PendingWarning[] = []
  const warnings: Warning[] = []
  const silenced = new Set<RuleId>()
  const ctx: ExtractContext = {file, authors: [], province: null, lead: article.blocks.find((b) => b.kind === 'paragraph') ?? null}

  for (const step of CASCADE) {
    const {evidence: found, warnings: raised, ...fields} = step(article, draft, {...ctx, authors: draft.authors, province: draft.province})
    Object.assign(draft, fields)
    Object.assign(evidence, found)
    pendings.push(...raised)
    const produced = new Set(Object.keys(fields))
    for (const {field, rule} of FRONT_MATTER) {
      if (!produced.has(topField(field.path)) || !Object.hasOwn(data, rule.key) || data[rule.key] === undefined) continue
      const result = rule.override?.(data[rule.key] as never, draft)
      if (!result) continue
      if ('refused' in result) {
        warnings.push(warningAt(file, result.refused, frontMatterPlace(split, rule.key), result.params))
        continue
      }
      Object.assign(draft, result.set)
      setEvidence(field, rule, draft, evidence)
      for (const id of rule.silences) silenced.add(id)
    }
  }

  for (const p of pendings) {
    if (!silenced.has(p.ruleId)) warnings.push(warningAt(file, p.ruleId, p.place, p.params))
  }
  return {...draft, evidence, warnings, spans: storySpans(article.blocks, draft.officials)}
}

/** Replace a field's evidence with its front-matter key: one for the whole value, or one per item. */
function setEvidence(field: FieldDef, rule: FrontMatterRule, draft: Draft, evidence: Record<string, Evidence>): void {
  dropEvidence(evidence, field.path)
  if (rule.evidence === 'whole') {
    evidence[field.path] = {frontMatter: rule.key}
    return
  }
  const items: unknown = (draft as unknown as Record<string, unknown>)[field.path]
  if (Array.isArray(items)) items.forEach((_, i) => (evidence[`${field.path}.${i}`] = {frontMatter: rule.key}))
}
