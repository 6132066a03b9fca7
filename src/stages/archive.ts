/**
 * The archive stage: turn each article's extraction into its public record,
 * group the articles that report one event, and index officials, provinces
 * and topics by key. Pure: no disk, no clock.
 * (Over 400 lines: records, ids and slugs that never move, and the entity
 * indexes are one pass over the articles; event grouping is in
 * `src/archive/events.ts`.)
 *
 * Order is stable everywhere: articles by source path, events by date then
 * id, entities by slug, so two builds of one input give the same bytes.
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {provinceBySlug, since2025, unit2025BySlug} from '../knowledge/provinces.js'
import {hasLookAlike, skeleton} from '../knowledge/confusables.js'
import {compareDates} from '../text/dates.js'
import {compareVi, nameKey} from '../text/normalize.js'
import {slug, SlugRegistry} from '../text/slug.js'
import type {
  Appearance,
  Archive,
  ArticleRecord,
  EventRecord,
  Extraction,
  OfficialEntry,
  ProvinceEntry,
  ProvinceRef,
  PublishedSlugs,
  Redirect,
  SlugMap,
  SplitFile,
  TopicEntry
} from '../types.js'
import {describeTypes, groupEvents} from '../archive/events.js'

/** One article as the archive stage receives it. */
export interface ArchiveItem {
  split: SplitFile
  extraction: Extraction
  /** The article's vfile: collisions are reported on it. */
  file: VFile
}

/** What the archive stage knows besides the articles. */
export interface ArchiveOptions {
  /**
   * The URLs the previous build published (its `data/slugs.json`, read by the
   * read stage), or null for a first build. Pages keep these URLs.
   */
  published?: PublishedSlugs | null
}

/** Build the archive from the articles, in any order. */
export function buildArchive(items: readonly ArchiveItem[], options: ArchiveOptions = {}): Archive {
  const sorted = [...items].sort((a, b) => byCodePoint(a.split.source.path, b.split.source.path))
  const articleIds = assignIds(sorted, options.published?.articles)
  const articles = articleIds.map(({item, id}) => toRecord(item, id))
  const files = new Map(sorted.map((item, index) => [articles[index]!.id, item.file]))
  const officialSlugs = assignOfficialSlugs(articles, sorted, files, options.published?.officials)
  const articleSlugs = keepPublished(
    new Map(articleIds.map(({item, id}) => [item.split.source.path, id])),
    options.published?.articles
  )

  const events = groupEvents(articles)
  const byId = new Map(articles.map((a) => [a.id, a]))
  for (const event of events) {
    for (const articleId of event.articles) {
      const article = byId.get(articleId)
      if (article) article.event.id = event.id
    }
  }

  return {
    articles,
    events,
    officials: indexOfficials(articles, files),
    provinces: indexProvinces(articles, events),
    topics: indexTopics(articles, files),
    redirects: [
      ...articleSlugs.redirects.map((r): Redirect => ({kind: 'article', ...r})),
      ...officialSlugs.redirects.map((r): Redirect => ({kind: 'official', ...r}))
    ],
    published: {version: 1, officials: officialSlugs.map, articles: articleSlugs.map}
  }
}

/**
 * The URL map of this build, and the redirects it owes: every slug the
 * previous build published (as a page or an alias) whose identity is still
 * here under another slug, and which no page now holds, leads to its new
 * place. Those old slugs stay in the map as aliases, so the redirect
 * outlives the next build too.
 */
function keepPublished(
  current: Map<string, string>,
  previous: SlugMap | undefined
): {map: SlugMap; redirects: {from: string; to: string}[]} {
  const pages: Record<string, string> = {}
  const taken = new Set<string>()
  for (const [key, slugOf] of [...current].sort(([a], [b]) => byCodePoint(a, b))) {
    pages[key] = slugOf
    taken.add(slugOf)
  }
  const aliases: Record<string, string> = {}
  const redirects: {from: string; to: string}[] = []
  const old = [
    ...Object.entries(previous?.pages ?? {}).map(([key, from]) => [from, key] as const),
    ...Object.entries(previous?.aliases ?? {})
  ].sort(([a], [b]) => byCodePoint(a, b))
  for (const [from, key] of old) {
    const to = current.get(key)
    if (to === undefined || to === from || taken.has(from) || Object.hasOwn(aliases, from)) continue
    aliases[from] = key
    redirects.push({from, to})
  }
  return {map: {pages, aliases}, redirects}
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The id an article asks for: front-matter `id`, else its file name without extension. */
function wantedId(item: ArchiveItem): string {
  const fromFrontMatter = item.split.data.id
  const stem = item.split.source.path.replace(/\.[^./]*$/, '')
  return slug(fromFrontMatter ?? stem, 'article')
}

/** Give every article a distinct id; every collision is reported on each file involved. */
function assignIds(items: ArchiveItem[], published: SlugMap | undefined): {item: ArchiveItem; id: string}[] {
  const registry = new SlugRegistry()
  // An id the previous build published stays with its file, as long as the file still asks for it.
  for (const item of items) {
    const path = item.split.source.path
    const id = Object.hasOwn(published?.pages ?? {}, path) ? published!.pages[path]! : undefined
    if (id !== undefined && (id === wantedId(item) || id.startsWith(`${wantedId(item)}-`))) registry.reserve(path, id)
  }
  const claimed = items.map((item) => {
    const base = wantedId(item)
    return {item, base, id: registry.claim(item.split.source.path, base)}
  })
  // Every article that did not get the id it asked for is reported, with
  // the article holding that id: two files wanting one id, and a file whose
  // id was already given out to settle another collision (`x-2`).
  const holder = new Map(claimed.map((c) => [c.id, c]))
  const involved = new Map<string, Set<(typeof claimed)[number]>>()
  for (const c of claimed) {
    if (c.id === c.base) continue
    const group = involved.get(c.base) ?? new Set()
    group.add(c)
    const owner = holder.get(c.base)
    if (owner) group.add(owner)
    involved.set(c.base, group)
  }
  for (const [base, group] of involved) {
    const members = [...group].sort((a, b) => byCodePoint(a.item.split.source.path, b.item.split.source.path))
    for (const {item} of members) {
      report(item.file, 'id-collision', {line: 1, column: 1}, {
        id: base,
        count: members.length,
        ids: members.map((g) => g.id).join(', ')
      })
    }
  }
  return claimed
}

/** The public record of one article (RECORDS.md). */
function toRecord(item: ArchiveItem, id: string): ArticleRecord {
  const {extraction: x, split} = item
  const derived = x.title ? null : deriveTitle(x)
  return {
    id,
    source: {
      file: split.source.path,
      sha256: split.source.sha256,
      outlet: x.outlet,
      url: x.url
    },
    title: x.title,
    displayTitle: x.title ?? derived ?? `Bài viết ${split.source.path}`,
    titleDerived: !x.title,
    date: x.date,
    published: x.published,
    dayWithoutYear: x.dayWithoutYear,
    province: x.province,
    city: x.city,
    venue: x.venue,
    officials: x.officials.map((o) => ({...o, positions: [...o.positions]})),
    authors: x.authors,
    topics: x.topics,
    event: {id: '', ...x.event},
    warnings: x.warnings.map((w) => ({message: w.message, line: w.line, column: w.column, ruleId: w.ruleId})),
    evidence: x.evidence
  }
}

/**
 * A title for an article that printed none: its event's name, or its kinds,
 * and the place. `Hội nghị sơ kết, tập huấn tại Bình Dương`.
 */
export function deriveTitle(x: Pick<Extraction, 'event' | 'province'>): string | null {
  const what = x.event.name ?? describeTypes(x.event.types)
  if (!what) return null
  return x.province ? `${what} tại ${x.province.name}` : what
}

// ---------------------------------------------------------------------------
// officials

/** Whether a name is written without any diacritics (`Nguyen Van An`). */
function plainAscii(name: string): boolean {
  return /^[\x20-\x7E]*$/.test(name)
}

/**
 * The identity of an official's name: its look-alike letters read as the
 * Latin ones they imitate (`Кỷ` is `Kỷ`), then lower case and spaces
 * collapsed, diacritics kept.
 */
function officialKey(name: string): string {
  let key = officialKeys.get(name)
  if (key === undefined) {
    key = nameKey(skeleton(name))
    if (officialKeys.size >= OFFICIAL_KEYS_KEPT) officialKeys.clear()
    officialKeys.set(name, key)
  }
  return key
}

/**
 * `officialKey` of the names seen lately: a name is keyed several times per
 * build (once per article that names it, twice in `assignOfficialSlugs`),
 * and folding it was a fifth of the archive stage. Bounded, so a dev server
 * that runs for days does not keep every name it ever saw.
 */
const officialKeys = new Map<string, string>()
const OFFICIAL_KEYS_KEPT = 200_000

/**
 * One person, one slug. Names that share a slug are one person when they
 * differ only in case, spacing, tone-mark placement or look-alike letters,
 * or when one is written without any diacritics and exactly one accented
 * spelling shares its slug. Names whose diacritics differ (`Nguyễn Văn
 * Hùng`, `Nguyễn Văn Hưng`) are different people.
 *
 * Who gets which slug, in this order: a `slug:` pinned in front matter; the
 * slug the previous build published for that person (`published`); then
 * the rest, accented names first, in Vietnamese order: the first keeps the
 * bare slug, the others get `-2`, `-3`. So a newcomer never takes a
 * published URL. Rewrites each official's `slug` in place.
 */
function assignOfficialSlugs(
  articles: ArticleRecord[],
  items: readonly ArchiveItem[],
  files: Map<string, VFile>,
  published: SlugMap | undefined
): {map: SlugMap; redirects: {from: string; to: string}[]} {
  for (const article of articles) {
    for (const o of article.officials) {
      if (!hasLookAlike(o.name)) continue
      const file = files.get(article.id)
      const place = evidencePlace(article, o)
      if (file) report(file, 'confusable-name', place, {name: o.name, skeleton: skeleton(o.name)})
      o.slug = slug(skeleton(o.name), o.slug)
    }
  }
  const accented = new Map<string, Set<string>>()
  for (const article of articles) {
    for (const o of article.officials) {
      if (plainAscii(o.name)) continue
      const keys = accented.get(o.slug) ?? new Set<string>()
      keys.add(officialKey(o.name))
      accented.set(o.slug, keys)
    }
  }
  const identity = (o: {name: string; slug: string}): string => {
    const keys = accented.get(o.slug)
    if (plainAscii(o.name) && keys?.size === 1) return [...keys][0]!
    return officialKey(o.name)
  }
  const registry = new SlugRegistry()
  const identities = new Map<string, string>()
  for (const article of articles) for (const o of article.officials) identities.set(identity(o), o.slug)
  // 1. Pinned in front matter (files in path order, entries in order).
  for (const item of items) {
    for (const entry of item.split.data.officials ?? []) {
      if (entry.slug === undefined) continue
      const key = identity({name: entry.name, slug: slug(skeleton(entry.name), 'official')})
      if (identities.has(key)) registry.reserve(key, slug(entry.slug, 'official'))
    }
  }
  // 2. Published by the previous build.
  for (const [key, slugOf] of Object.entries(published?.pages ?? {}).sort(([a], [b]) => byCodePoint(a, b))) {
    if (identities.has(key)) registry.reserve(key, slugOf)
  }
  // 3. The rest: accented names claim first (an unaccented name that fits several is the odd one out), then Vietnamese order.
  const order = ([a]: [string, string], [b]: [string, string]): number => Number(plainAscii(a)) - Number(plainAscii(b)) || compareVi(a, b)
  for (const [key, base] of [...identities].sort(order)) registry.claim(key, base)
  const current = new Map<string, string>()
  for (const article of articles) {
    for (const o of article.officials) {
      const key = identity(o)
      o.slug = registry.claim(key, identities.get(key) ?? o.slug)
      current.set(key, o.slug)
    }
  }
  return keepPublished(current, published)
}

/** Where an article names an official, for messages: its evidence, else the file's start. */
function evidencePlace(article: ArticleRecord, official: {name: string}): {line: number; column: number} {
  const index = article.officials.findIndex((o) => o.name === official.name)
  const evidence = article.evidence[`officials.${index}`]
  return evidence && 'line' in evidence ? {line: evidence.line, column: evidence.column} : {line: 1, column: 1}
}

function indexOfficials(articles: ArticleRecord[], files: Map<string, VFile>): OfficialEntry[] {
  const entries = new Map<string, OfficialEntry & {names: Map<string, string[]>}>()
  for (const article of articles) {
    for (const official of article.officials) {
      let entry = entries.get(official.slug)
      if (!entry) {
        entry = {slug: official.slug, name: official.name, rank: null, articles: [], events: [], provinces: [], appearances: [], names: new Map()}
        entries.set(official.slug, entry)
      }
      entry.names.set(official.name, [...(entry.names.get(official.name) ?? []), article.id])
      pushUnique(entry.articles, article.id)
      pushUnique(entry.events, article.event.id)
      if (article.province) pushUnique(entry.provinces, article.province.slug)
      const appearance: Appearance = {
        article: article.id,
        event: article.event.id,
        date: article.date,
        province: article.province?.slug ?? null,
        rank: official.rank,
        positions: official.positions,
        role: official.role
      }
      entry.appearances.push(appearance)
    }
  }
  const result: OfficialEntry[] = []
  for (const entry of entries.values()) {
    const {names, ...rest} = entry
    rest.name = preferredSpelling(names)
    reportSpellings('official', rest.slug, rest.name, names, files)
    rest.appearances.sort(byAppearance)
    rest.rank = [...rest.appearances].reverse().find((a) => a.rank)?.rank ?? null
    rest.provinces.sort()
    result.push(rest)
  }
  return result.sort((a, b) => byCodePoint(a.slug, b.slug))
}

function byAppearance(a: Appearance, b: Appearance): number {
  return compareDates(a.date, b.date) || byCodePoint(a.article, b.article)
}

/** A spelling's key ignoring case, spacing and punctuation, but not diacritics. */
function spellingKey(name: string): string {
  return skeleton(name).toLocaleLowerCase('vi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

/** Letters with a diacritic (or đ): a spelling with more of them says more. */
function diacritics(name: string): number {
  return [...name].filter((ch) => /\p{L}/u.test(ch) && ch.normalize('NFD').length > 1 || ch === 'đ' || ch === 'Đ').length
}

/**
 * The spelling to show for names that share a slug: the one most articles
 * use; on a tie the one with more diacritics (`Nguyễn Văn An` over
 * `Nguyen Van An`), then one not in capitals, then Vietnamese order.
 */
function preferredSpelling(uses: Map<string, string[]>): string {
  const shouted = (name: string): number => (name === name.toLocaleUpperCase('vi') ? 1 : 0)
  const ranked = [...uses].sort(
    ([a, x], [b, y]) => Number(hasLookAlike(a)) - Number(hasLookAlike(b)) || y.length - x.length || diacritics(b) - diacritics(a) || shouted(a) - shouted(b) || compareVi(a, b)
  )
  return ranked[0]?.[0] ?? ''
}

/**
 * Names that differ in diacritics (not only in case, spacing or
 * punctuation) share a slug and so a page: say so on each article that
 * spells it differently from the name shown.
 */
function reportSpellings(kind: string, key: string, shown: string, uses: Map<string, string[]>, files: Map<string, VFile>): void {
  const shownKey = spellingKey(shown)
  const differing = [...uses].filter(([name]) => spellingKey(name) !== shownKey)
  if (differing.length === 0) return
  const names = [shown, ...[...uses.keys()].filter((n) => n !== shown)].map((n) => `“${n}”`).join(', ')
  const articles = new Set(differing.flatMap(([, ids]) => ids))
  for (const id of [...articles].sort()) {
    const file = files.get(id)
    if (file) report(file, 'slug-collision', {line: 1, column: 1}, {kind, names, slug: key})
  }
}

function pushUnique<T>(list: T[], value: T): void {
  if (!list.includes(value)) list.push(value)
}

// ---------------------------------------------------------------------------
// provinces

function indexProvinces(articles: ArticleRecord[], events: EventRecord[]): ProvinceEntry[] {
  const entries = new Map<string, ProvinceEntry>()
  const entryFor = (ref: ProvinceRef): ProvinceEntry => {
    let entry = entries.get(ref.slug)
    if (!entry) {
      entry = provinceEntry(ref)
      entries.set(ref.slug, entry)
    }
    return entry
  }
  for (const article of articles) if (article.province) pushUnique(entryFor(article.province).articles, article.id)
  for (const event of events) if (event.province) pushUnique(entryFor(event.province).events, event.id)
  return [...entries.values()].sort((a, b) => byCodePoint(a.slug, b.slug))
}

function provinceEntry(ref: ProvinceRef): ProvinceEntry {
  const known = provinceBySlug(ref.slug)
  if (!known) return unitEntry(ref)
  const after = since2025(known)
  return {
    slug: known.slug,
    name: known.name,
    kind: known.kind,
    region: known.region,
    since2025: {
      slug: after.unit.slug,
      name: after.unit.name,
      mergedWith: after.mergedWith.map((p) => p.name)
    },
    articles: [],
    events: []
  }
}

/** A unit that exists only since 2025 (the city of Huế), or an unknown one. */
function unitEntry(ref: ProvinceRef): ProvinceEntry {
  const unit = unit2025BySlug(ref.slug)
  const region = provinceBySlug(unit?.mergedFrom[0] ?? '')?.region ?? ''
  return {
    slug: ref.slug,
    name: unit?.name ?? ref.name,
    kind: unit?.kind ?? 'tỉnh',
    region,
    since2025: unit ? {slug: unit.slug, name: unit.name, mergedWith: []} : null,
    articles: [],
    events: []
  }
}

// ---------------------------------------------------------------------------
// topics

function indexTopics(articles: ArticleRecord[], files: Map<string, VFile>): TopicEntry[] {
  const entries = new Map<string, TopicEntry & {names: Map<string, string[]>}>()
  for (const article of articles) {
    for (const topic of article.topics) {
      let entry = entries.get(topic.slug)
      if (!entry) {
        entry = {slug: topic.slug, name: topic.name, articles: [], events: [], names: new Map()}
        entries.set(topic.slug, entry)
      }
      entry.names.set(topic.name, [...(entry.names.get(topic.name) ?? []), article.id])
      pushUnique(entry.articles, article.id)
      pushUnique(entry.events, article.event.id)
    }
  }
  const result: TopicEntry[] = []
  for (const {names, ...entry} of entries.values()) {
    entry.name = preferredSpelling(names)
    reportSpellings('topic', entry.slug, entry.name, names, files)
    result.push(entry)
  }
  return result.sort((a, b) => byCodePoint(a.slug, b.slug))
}
