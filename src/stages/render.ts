/**
 * The render stage: the archive in, the site's files out, one at a time.
 *
 * Every page is built as hast by a template from view data, serialized
 * once by the shared unified processor, yielded and dropped: the stage
 * never holds more than one page, so archives of any size fit in memory.
 *
 * Files, in this order: assets (`style.css`, `search.js`, `favicon.svg`),
 * the home page, articles, events, provinces, officials, topics, years,
 * the lists (all events, all articles, search), `404.html`, and
 * `data/{articles,events,officials,provinces,topics}.json`.
 *
 * Links are root-relative under `options.base` (see `render/paths.ts`).
 * Same input, same bytes: everything is iterated in the archive's order or
 * sorted, and nothing reads the clock.
 */
import type {Link, Page} from '../render/view/types.js'
import {templateAsset} from '../render/assets.js'
import {dataJson} from '../render/json.js'
import {indexPath, outputFile, pagePath, type IndexKind} from '../render/paths.js'
import {stringify} from '../render/processor.js'
import {Site} from '../render/site.js'
import {articleView} from '../render/view/article.js'
import {eventView} from '../render/view/event.js'
import {homeView} from '../render/view/home.js'
import {articlesListView, eventsListView} from '../render/view/lists.js'
import {searchPageView} from '../render/view/search.js'
import {officialView, officialsIndexView} from '../render/view/officials.js'
import {provinceView, provincesIndexView} from '../render/view/provinces.js'
import {topicView, topicsIndexView} from '../render/view/topics.js'
import {eventsByYear, yearView, yearsIndexView} from '../render/view/years.js'
import type {OutputFile, RenderInput} from '../types.js'
import {articlePage} from '../../templates/article.js'
import {eventPage} from '../../templates/event.js'
import {favicon} from '../../templates/favicon.js'
import {homePage} from '../../templates/home.js'
import {layout} from '../../templates/layout.js'
import {articlesPage, eventsPage} from '../../templates/lists.js'
import {searchPage} from '../../templates/search-page.js'
import {notFoundPage} from '../../templates/not-found.js'
import {officialPage} from '../../templates/official.js'
import {officialsPage} from '../../templates/officials.js'
import {provincePage} from '../../templates/province.js'
import {provincesPage} from '../../templates/provinces.js'
import {topicPage} from '../../templates/topic.js'
import {topicsPage} from '../../templates/topics.js'
import {yearPage} from '../../templates/year.js'
import {yearsPage} from '../../templates/years.js'

/** The names of the index pages, for breadcrumbs. */
const INDEX_NAME: Record<Exclude<IndexKind, 'home'>, string> = {
  articles: 'Bài báo',
  events: 'Sự kiện',
  provinces: 'Tỉnh, thành',
  officials: 'Quan chức',
  topics: 'Chuyên đề',
  years: 'Theo năm',
  search: 'Tìm kiếm'
}

/**
 * The names at the top of the output folder that `renderSite` can write
 * (files and folders). The build replaces an existing output folder only
 * when it holds nothing else, so a folder of someone's own files is never
 * deleted by a build pointed at it by mistake. Keep in step with the
 * files yielded below (the robustness test checks it).
 */
export const SITE_ENTRIES: ReadonlySet<string> = new Set([
  'style.css', 'search.js', 'favicon.svg', 'index.html', '404.html',
  'articles', 'events', 'provinces', 'officials', 'topics', 'years', 'search', 'data',
  'pagefind' // the search index, added by the build after the rendered files (src/search/)
])

/** Render the whole site, yielding one file at a time. */
export function* renderSite(input: RenderInput): Generator<OutputFile> {
  const site = new Site(input)
  const chrome = site.chrome()
  const home: Link = {href: site.index('home'), text: 'Trang chủ'}
  const crumbs = (kind?: Exclude<IndexKind, 'home'>): Link[] => (kind ? [home, {href: site.index(kind), text: INDEX_NAME[kind]}] : [home])
  const html = (path: string, origin: string, page: Page): OutputFile => ({
    path: outputFile(path),
    contents: stringify(layout(chrome, page)),
    origin
  })

  yield {path: 'style.css', contents: templateAsset('style.css'), origin: 'asset'}
  yield {path: 'search.js', contents: templateAsset('search.js'), origin: 'asset'}
  yield {path: 'favicon.svg', contents: `${stringify(favicon())}\n`, origin: 'asset'}

  yield html(indexPath('home'), 'home', homePage(homeView(site), site.options.title))

  for (const article of input.archive.articles) {
    yield html(pagePath('article', article.id), `article:${article.id}`, articlePage(articleView(site, article), crumbs('articles')))
  }
  for (const event of input.archive.events) {
    yield html(pagePath('event', event.id), `event:${event.id}`, eventPage(eventView(site, event), crumbs('events')))
  }

  yield html(indexPath('provinces'), 'provinces', provincesPage(provincesIndexView(site), crumbs()))
  for (const province of input.archive.provinces) {
    yield html(pagePath('province', province.slug), `province:${province.slug}`, provincePage(provinceView(site, province), crumbs('provinces')))
  }

  yield html(indexPath('officials'), 'officials', officialsPage(officialsIndexView(site), crumbs()))
  for (const official of input.archive.officials) {
    yield html(pagePath('official', official.slug), `official:${official.slug}`, officialPage(officialView(site, official), crumbs('officials')))
  }

  yield html(indexPath('topics'), 'topics', topicsPage(topicsIndexView(site), crumbs()))
  for (const topic of input.archive.topics) {
    yield html(pagePath('topic', topic.slug), `topic:${topic.slug}`, topicPage(topicView(site, topic), crumbs('topics')))
  }

  yield html(indexPath('years'), 'years', yearsPage(yearsIndexView(site), crumbs()))
  const years = eventsByYear(site)
  const yearKeys = [...years.keys()]
  for (const [year, events] of years) {
    yield html(pagePath('year', year), `year:${year}`, yearPage(yearView(site, year, events, yearKeys), crumbs('years')))
  }

  yield html(indexPath('events'), 'events', eventsPage(eventsListView(site), crumbs()))
  yield html(indexPath('articles'), 'articles', articlesPage(articlesListView(site), crumbs()))
  yield html(indexPath('search'), 'search', searchPage(searchPageView(site), crumbs()))
  yield html(
    '404.html',
    '404',
    notFoundPage([home, ...(['events', 'provinces', 'officials', 'topics', 'years', 'search'] as const).map((k) => ({href: site.index(k), text: INDEX_NAME[k]}))])
  )

  const {archive} = input
  yield {path: 'data/articles.json', contents: dataJson(archive.articles), origin: 'data'}
  yield {path: 'data/events.json', contents: dataJson(archive.events), origin: 'data'}
  yield {path: 'data/officials.json', contents: dataJson(archive.officials), origin: 'data'}
  yield {path: 'data/provinces.json', contents: dataJson(archive.provinces), origin: 'data'}
  yield {path: 'data/topics.json', contents: dataJson(archive.topics), origin: 'data'}
}
