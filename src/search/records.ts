/**
 * The search records: what Pagefind indexes, built from the archive by a
 * pure function (no disk, no clock). `index.ts` hands them to Pagefind.
 *
 * What Pagefind 1.6 does by itself with a custom record (tried in a scratch
 * script, `createIndex({forceLanguage: 'vi'})` + `addCustomRecord`, queried
 * through its `pagefind.js` in Node):
 *
 * - It folds tone marks and other combining diacritics: `nguyen van ky`
 *   finds `Nguyễn Văn Kỷ`, `binh duong` finds `Bình Dương`, `hue` finds
 *   `Huế`; and it ranks the exact spelling first (`Nguyễn Văn Kỷ` puts Kỷ
 *   above Kỳ; its `diacriticSimilarity` ranking weight).
 * - It does NOT fold `đ` to `d` (`đ` is a letter, not `d` + a mark): `le
 *   quang dao` misses `Đạo`, although `le quang đao` finds it.
 * - It indexes every `meta` field, not only the title, and weights the
 *   title far above the content (`metaWeights`): a record whose title is
 *   `Nguyễn Văn Kỷ` outranks a story that names him.
 * - It knows nothing of place aliases (`tphcm`, `Sài Gòn`, `Huế` for Thừa
 *   Thiên Huế) or of the 2025 mergers.
 *
 * So each record carries a `keywords` meta field (searched, never shown)
 * with what Pagefind cannot find by itself: the folded form of every word
 * that holds `đ`, and the aliases of the record's province from the
 * gazetteer (`src/knowledge/provinces.ts`), its 2025 unit and, for a 2025
 * unit, the provinces it was made of. An official's, province's or topic's
 * own page has the name as its title, so it ranks first for that name.
 */
import {provinceBySlug, unit2025BySlug} from '../knowledge/provinces.js'
import {fold} from '../text/normalize.js'
import type {Site} from '../render/site.js'
import type {ArticleRecord, EventRecord, OfficialEntry, ProvinceEntry, ProvinceRef, Story, TopicEntry} from '../types.js'

/** The facets, by the names the search page shows them under. */
export type FacetName = 'province' | 'official' | 'topic' | 'year' | 'type'

/** What a result shows besides its title. */
export interface SearchMeta {
  /** The title of the result (the name, for an official, province or topic). */
  title: string
  /** What kind of page: `Bài báo`, `Sự kiện`, `Nhân vật`, `Tỉnh, thành`, `Chuyên đề`. */
  kind: string
  /** The date in words (`29/5/2024`), empty when unknown or not a dated page. */
  date: string
  /** The province's name, empty when none. */
  province: string
  /** Searched but never shown: folded `đ` words and the aliases of the record's province. */
  keywords: string
  /**
   * Searched, weighted like the title, never shown: the other names of an
   * official's, province's or topic's own page (aliases, folded `đ`), so it
   * ranks first for any of them. Empty on articles and events.
   */
  names: string
}

/** One Pagefind custom record (its `CustomRecord`, with typed meta and filters). */
export interface SearchRecord {
  /** The page's href, with the site's base. */
  url: string
  content: string
  language: 'vi'
  meta: SearchMeta & Record<string, string>
  filters: Partial<Record<FacetName, string[]>>
  /** `date`: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, so text order is date order. */
  sort: Record<string, string>
}

/** What every record is built from. */
export interface SearchSource {
  site: Site
  stories: ReadonlyMap<string, Story>
}

/**
 * The most story text a record carries (characters). A result's fragment,
 * downloaded to show it, holds the whole content: a 5 MB paste (the hostile
 * corpus has one) would cost every visitor who sees it in a result list.
 * 60,000 characters is about ten times the longest seed story.
 */
export const MAX_CONTENT = 60_000

/** What separates words, for the `đ` words: spaces, punctuation, brackets, slashes, dashes. */
const WORD_BREAKS = /[\s.,;:!?()"“”'‘’…/\\[\]{}«»–—-]+/u
const PUNCTUATION = /[.\-\s]+/g

function unique(items: Iterable<string>): string[] {
  return [...new Set([...items].filter((s) => s !== ''))]
}

/** The folded forms of the words that hold `đ` (Pagefind folds tones, not `đ`). */
export function foldedDWords(text: string): string[] {
  // Split, then keep the words with `đ`: one pass over the text. (A single
  // `[^breaks]*[đĐ][^breaks]*` regex retried its run at every position of a
  // long word without `đ`: quadratic, 20 s for a 60,000-character pasted line.)
  return unique(text.split(WORD_BREAKS).filter((w) => w.includes('đ') || w.includes('Đ')).map(fold))
}

/** A province's own aliases (also without dots, dashes and spaces, `TP.HCM` → `TPHCM`), its name first. */
export function provinceNames(ref: {slug: string; name: string} | null): string[] {
  if (!ref) return []
  const out: string[] = [ref.name]
  for (const alias of provinceBySlug(ref.slug)?.aliases ?? []) out.push(alias, alias.replace(PUNCTUATION, ''))
  return unique(out)
}

/**
 * The names a province goes by across the 2025 mergers: the 2025 unit a
 * 2024 province became and, for a 2025 unit, the 2024 provinces it was
 * made of (`Bình Dương` → `Thành phố Hồ Chí Minh`, and the reverse).
 */
export function provinceRelatives(ref: {slug: string; name: string} | null): string[] {
  if (!ref) return []
  const out: string[] = []
  const province = provinceBySlug(ref.slug)
  const became = province ? unit2025BySlug(province.since2025) : undefined
  if (became && became.slug !== ref.slug) out.push(became.name)
  const unit = unit2025BySlug(ref.slug)
  if (unit) for (const from of unit.mergedFrom) if (from !== ref.slug) out.push(provinceBySlug(from)?.name ?? '')
  return unique(out)
}

/** Every name of a province: its own aliases, then the relatives across the mergers. */
export function provinceAliases(ref: {slug: string; name: string} | null): string[] {
  return unique([...provinceNames(ref), ...provinceRelatives(ref)])
}

function keywords(text: string, province: {slug: string; name: string} | null): string {
  return unique([...provinceAliases(province), ...foldedDWords(text)]).join(' · ')
}

function year(date: {value: string} | null): string[] {
  return date ? [date.value.slice(0, 4)] : []
}

/** The names an entity page ranks first for: its title's aliases and folded `đ` words. */
function names(title: string, province: ProvinceEntry | null): string {
  return unique([...provinceNames(province), ...foldedDWords(title)].filter((n) => n !== title)).join(' · ')
}

function record(url: string, meta: Omit<SearchMeta, 'keywords' | 'names'>, content: string, filters: SearchRecord['filters'], province: ProvinceRef | null, date?: string): SearchRecord {
  const text = [meta.title, content.slice(0, MAX_CONTENT)].join('\n')
  return {
    url,
    content: content.length > MAX_CONTENT ? content.slice(0, MAX_CONTENT) : content,
    language: 'vi',
    meta: {...meta, keywords: keywords(text, province), names: ''},
    filters,
    sort: date ? {date} : {}
  }
}

function lines(parts: (string | null | undefined | false)[]): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join('\n')
}

function officialNames(site: Site, slugs: readonly string[]): string[] {
  return unique(slugs.map((s) => site.officials.get(s)?.name ?? ''))
}

function articleRecord(source: SearchSource, article: ArticleRecord): SearchRecord {
  const {site} = source
  const story = source.stories.get(article.id)
  const people = article.officials.map((o) => [o.rank, o.name, ...o.positions].filter(Boolean).join(' '))
  const content = lines([
    story?.blocks.map((b) => b.text).join('\n'),
    people.join('\n'),
    article.province?.name,
    article.city,
    article.venue,
    article.topics.map((t) => t.name).join('\n'),
    article.event.name,
    article.event.types.join(', '),
    article.event.organizers.join('\n'),
    article.source.outlet,
    article.authors.join(', ')
  ])
  return record(
    site.href('article', article.id),
    {title: article.displayTitle, kind: 'Bài báo', date: article.date ? site.date(article.date).text : '', province: article.province?.name ?? ''},
    content,
    {
      province: article.province ? [article.province.name] : [],
      official: officialNames(site, article.officials.map((o) => o.slug)),
      topic: unique(article.topics.map((t) => t.name)),
      year: year(article.date),
      type: unique(article.event.types)
    },
    article.province,
    article.date?.value
  )
}

function eventRecord(source: SearchSource, event: EventRecord): SearchRecord {
  const {site} = source
  const people = event.officials.map((o) => [o.rank, o.name, ...o.positions].filter(Boolean).join(' '))
  const topics = event.topics.map((t) => site.topics.get(t)?.name ?? '')
  const content = lines([
    event.name,
    event.types.join(', '),
    event.province?.name,
    event.city,
    event.venue,
    event.organizers.join('\n'),
    people.join('\n'),
    topics.join('\n'),
    event.articles.map((id) => site.articles.get(id)?.displayTitle ?? '').join('\n')
  ])
  return record(
    site.href('event', event.id),
    {title: event.name, kind: 'Sự kiện', date: event.date ? site.date(event.date).text : '', province: event.province?.name ?? ''},
    content,
    {
      province: event.province ? [event.province.name] : [],
      official: officialNames(site, event.officials.map((o) => o.slug)),
      topic: unique(topics),
      year: year(event.date),
      type: unique(event.types)
    },
    event.province,
    event.date?.value
  )
}

function officialRecord(source: SearchSource, official: OfficialEntry): SearchRecord {
  const {site} = source
  const positions = unique(official.appearances.flatMap((a) => a.positions))
  const provinces = official.provinces.map((s) => site.provinces.get(s)?.name ?? '')
  const content = lines([official.rank, official.name, positions.join('\n'), provinces.join(', ')])
  const out = record(
    site.href('official', official.slug),
    {title: official.name, kind: 'Nhân vật', date: '', province: ''},
    content,
    {official: [official.name], province: unique(provinces)},
    null
  )
  out.meta.names = names(official.name, null)
  return out
}

function provinceRecord(source: SearchSource, province: ProvinceEntry): SearchRecord {
  const {site} = source
  const since = province.since2025 ? `Từ 1/7/2025 thuộc ${province.since2025.name}` : null
  const content = lines([province.name, province.kind, province.region, since])
  const out = record(
    site.href('province', province.slug),
    {title: province.name, kind: 'Tỉnh, thành', date: '', province: province.name},
    content,
    {province: [province.name]},
    null
  )
  out.meta.names = names(province.name, province)
  out.meta.keywords = unique([...provinceRelatives(province), ...foldedDWords(content)]).join(' · ')
  return out
}

function topicRecord(source: SearchSource, topic: TopicEntry): SearchRecord {
  const {site} = source
  const out = record(site.href('topic', topic.slug), {title: topic.name, kind: 'Chuyên đề', date: '', province: ''}, topic.name, {topic: [topic.name]}, null)
  out.meta.names = names(topic.name, null)
  return out
}

/**
 * One record still to be made, with what decides its search shard
 * (`shards.ts`): a record is made (its story text read) only when its
 * shard is indexed, so the records of a large archive are never all in
 * memory at once.
 */
export interface RecordSource {
  url: string
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` for a dated article or event; null for an undated one and for an entity page. */
  date: string | null
  /** An official's, province's or topic's own page. */
  entity: boolean
  make(): SearchRecord
}

/** The record with its empty filter lists left out. */
function clean(r: SearchRecord): SearchRecord {
  return {...r, filters: Object.fromEntries(Object.entries(r.filters).filter(([, v]) => v.length > 0))}
}

/**
 * Every record of the archive, still to be made, in a stable order:
 * articles, events, officials, provinces, topics (each in the archive's
 * order).
 */
export function recordSources(source: SearchSource): RecordSource[] {
  const {site} = source
  const out: RecordSource[] = []
  for (const article of site.articles.values()) {
    out.push({url: site.href('article', article.id), date: article.date?.value ?? null, entity: false, make: () => clean(articleRecord(source, article))})
  }
  for (const event of site.events.values()) {
    out.push({url: site.href('event', event.id), date: event.date?.value ?? null, entity: false, make: () => clean(eventRecord(source, event))})
  }
  for (const official of site.officials.values()) {
    out.push({url: site.href('official', official.slug), date: null, entity: true, make: () => clean(officialRecord(source, official))})
  }
  for (const province of site.provinces.values()) {
    out.push({url: site.href('province', province.slug), date: null, entity: true, make: () => clean(provinceRecord(source, province))})
  }
  for (const topic of site.topics.values()) {
    out.push({url: site.href('topic', topic.slug), date: null, entity: true, make: () => clean(topicRecord(source, topic))})
  }
  return out
}

/**
 * Every record of the archive, in a stable order: articles, events,
 * officials, provinces, topics (each in the archive's order). Empty
 * filter lists are left out.
 */
export function* searchRecords(source: SearchSource): Generator<SearchRecord> {
  for (const record of recordSources(source)) yield record.make()
}
