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
import {h} from 'hastscript'
import type {Link, Page, PagerView, Share} from '../../templates/view-types.js'
import {APPEARANCE_COLUMNS, ARTICLE_COLUMNS, appearanceRows, toCsv} from '../render/csv.js'
import {yearOf} from '../render/dates.js'
import {atomFeed} from '../render/feeds.js'
import {eventJsonLd, personJsonLd, placeJsonLd} from '../render/jsonld.js'
import {robotsTxt, sitemapFiles} from '../render/sitemap.js'
import {dataPageView} from '../../templates/data/view.js'
import {dataPage} from '../../templates/data/page.js'
import {templateAsset} from '../render/assets.js'
import {dataJson} from '../render/json.js'
import {INDEX_LABEL, NAV_KINDS} from '../render/labels.js'
import {indexPath, outputFile, pagePath, type IndexKind} from '../render/paths.js'
import {stringify} from '../render/processor.js'
import {viewDigest} from '../render/view-digest.js'
import {Site} from '../render/site.js'
import {articleBody, articleViewParts, type ArticleViewParts} from '../../templates/article/view.js'
import {eventView} from '../../templates/event/view.js'
import {homeView} from '../../templates/home/view.js'
import {articlesListView, eventsListView} from '../../templates/lists/view.js'
import {searchPageView} from '../../templates/search/view.js'
import {LIST_PAGE_SIZE, pagedPath, paginate, paginateSplit, pagerView, RECORD_LIST_SIZE} from '../../templates/pager-view.js'
import {officialView, officialsIndexView} from '../../templates/officials/view.js'
import {provinceView, provincesIndexView} from '../../templates/provinces/view.js'
import {topicView, topicsIndexView} from '../../templates/topics/view.js'
import {eventsByYear, splitYear, yearView, yearsIndexView} from '../../templates/years/view.js'
import type {ArticleRecord, OutputFile, RenderInput} from '../types.js'
import {articlePage} from '../../templates/article/page.js'
import {eventPage} from '../../templates/event/page.js'
import {favicon} from '../../templates/favicon.js'
import {mapBackground} from '../../templates/charts.js'
import {BASE} from '../render/map-data.js'
import {homePage} from '../../templates/home/page.js'
import {layout} from '../../templates/layout.js'
import {articlesPage, eventsPage} from '../../templates/lists/page.js'
import {searchPage} from '../../templates/search/page.js'
import {notFoundPage} from '../../templates/not-found.js'
import {officialPage} from '../../templates/officials/page.js'
import {officialsPage} from '../../templates/officials/index-page.js'
import {provincePage} from '../../templates/provinces/page.js'
import {redirectPage} from '../../templates/redirect.js'
import {provincesPage} from '../../templates/provinces/index-page.js'
import {topicPage} from '../../templates/topics/page.js'
import {topicsPage} from '../../templates/topics/index-page.js'
import {yearPage} from '../../templates/years/page.js'
import {yearsPage} from '../../templates/years/index-page.js'

/**
 * The names at the top of the output folder that `renderSite` can write
 * (files and folders). The build replaces an existing output folder only
 * when it holds nothing else, so a folder of someone's own files is never
 * deleted by a build pointed at it by mistake. Keep in step with the
 * files yielded below (the robustness test checks it).
 */
export const SITE_ENTRIES: ReadonlySet<string> = new Set([
  'style.css', 'search.js', 'favicon.svg', 'map.svg', 'index.html', '404.html',
  'articles', 'events', 'provinces', 'officials', 'topics', 'years', 'search', 'data',
  'feed.xml', 'sitemap.xml', 'sitemaps', 'robots.txt',
  'pagefind' // the search index, added by the build after the rendered files (src/search/)
])

/** What a page adds to sharing: its own feed (the articles it follows), its JSON-LD, its Open Graph type. */
interface Extra {
  feed?: {title: string; articles: Iterable<string>}
  jsonLd?: string
  ogType?: Share['ogType']
}

/** Page `n` of a list: its number in the title, so every page's title is its own. */
function numbered(page: Page, n: number): Page {
  return n === 1 ? page : {...page, title: `${page.title} · trang ${n}`, description: `${page.description} Trang ${n}.`}
}

/**
 * The output path that owns `file` for `RenderInput.only`: a list's later
 * pages (`x/page/n/index.html`) and a page's feed (`x/feed.xml`) belong to
 * its first page (`x/index.html`); every other file to itself.
 */
export function ownerOf(file: string): string {
  const paged = /^(.*\/)?page\/\d+\/index\.html$/.exec(file)
  if (paged) return `${paged[1] ?? ''}index.html`
  const feed = /^(.+\/)feed\.xml$/.exec(file)
  if (feed) return `${feed[1]}index.html`
  return file
}

/** Render the whole site (or, with `input.only`, one page's files), yielding one file at a time. */
export function* renderSite(input: RenderInput): Generator<OutputFile> {
  /** Whether the file at this output path (a first page, or a file of its own) is to be rendered. */
  const want = (file: string): boolean => input.only === undefined || input.only === file
  const site = new Site(input)
  const chrome = site.chrome()
  const home: Link = {href: site.index('home'), text: 'Trang chủ'}
  const crumbs = (kind?: Exclude<IndexKind, 'home'>): Link[] => (kind ? [home, {href: site.index(kind), text: INDEX_LABEL[kind]}] : [home])
  const siteFeed: Link = {href: site.hrefs.to('feed.xml'), text: `Tin mới · ${site.options.title}`}
  const dataLink: Link = {href: site.index('data'), text: 'trang Dữ liệu'}
  /** Page paths for the sitemap (strings only; the pages themselves are not kept). */
  const sitemap: string[] = []
  /** The feed written beside the page last yielded, if any. */
  let pendingFeed: OutputFile | null = null
  /** The feed of the page at `path`: the articles it follows. */
  const feedFile = (path: string, origin: string, feed: NonNullable<Extra['feed']>): OutputFile => ({
    path: `${path}feed.xml`,
    contents: atomFeed(site, feed.title, site.hrefs.to(path), site.hrefs.to(`${path}feed.xml`), feed.articles),
    origin: `${origin}:feed`
  })
  const html = (path: string, origin: string, page: Page, extra: Extra = {}): OutputFile => {
    const href = site.hrefs.to(path)
    const feedHref = extra.feed ? site.hrefs.to(`${path}feed.xml`) : null
    pendingFeed = extra.feed ? feedFile(path, origin, extra.feed) : null
    const share: Share = {
      canonical: site.absolute(href),
      ogType: extra.ogType ?? 'website',
      feed: feedHref && extra.feed ? {href: feedHref, text: `Tin mới · ${extra.feed.title}`} : null,
      siteFeed,
      dataPage: dataLink
    }
    const head = extra.jsonLd ? [...(page.head ?? []), h('script', {type: 'application/ld+json'}, extra.jsonLd)] : page.head
    const contents = stringify(layout(chrome, {...page, head, share}))
    // Listed once the page is made: a page that throws (and is retried as plain text) is not listed twice.
    if (path !== '404.html') sitemap.push(site.absolute(href))
    return {path: outputFile(path), contents, origin}
  }
  /** The page, then its feed. */
  function* withFeed(file: OutputFile): Generator<OutputFile> {
    yield file
    if (pendingFeed) yield pendingFeed
    pendingFeed = null
  }

  if (want('style.css')) yield {path: 'style.css', contents: templateAsset('style.css'), origin: 'asset'}
  if (want('search.js')) yield {path: 'search.js', contents: templateAsset('search.js'), origin: 'asset'}
  if (want('favicon.svg')) yield {path: 'favicon.svg', contents: `${stringify(favicon())}\n`, origin: 'asset'}
  if (want('map.svg')) yield {path: 'map.svg', contents: `${stringify(mapBackground(BASE))}\n`, origin: 'asset'}

  /**
   * A record's page whose dated and undated lists are split into pages of
   * RECORD_LIST_SIZE (at least `minPages` pages); page 1 at the record's
   * path, page n at `page/n/` below it.
   */
  function* paged<T>(
    first: string,
    origin: string,
    dated: readonly T[],
    undated: readonly T[],
    make: (dated: T[], undated: T[], pager: PagerView | null, total: number, n: number) => Page,
    minPages = 1,
    extra: Extra = {},
    size = RECORD_LIST_SIZE,
    view?: unknown
  ): Generator<OutputFile> {
    if (!want(outputFile(first))) return
    const pages = paginateSplit(dated, undated, size)
    while (pages.length < minPages) pages.push({dated: [], undated: []})
    const total = dated.length + undated.length
    // Hashed once for all the pages: each shows a slice of it, by its number.
    const whole = input.reusable && view !== undefined ? viewDigest(view) : undefined
    for (const [i, slice] of pages.entries()) {
      const path = pagedPath(first, i + 1)
      const pageOrigin = i === 0 ? origin : `${origin}:page:${i + 1}`
      // Page 1 is the record's page: its feed, JSON-LD and Open Graph type; later pages are plain lists.
      const pageExtra = i === 0 ? extra : {}
      const pager = pagerView(site, first, i + 1, pages.length)
      // A page made from the same view, slice, place in the list and feed as the previous build's is not rendered.
      const feed = pageExtra.feed ? feedFile(path, pageOrigin, pageExtra.feed) : null
      const digest = whole === undefined ? undefined : pageDigest(path, [], origin, whole, size, pager, total, i + 1, feed?.contents ?? null, pageExtra.jsonLd ?? null, pageExtra.ogType ?? null)
      const previous = digest === undefined ? null : reused(path, pageOrigin, digest)
      if (previous) {
        yield previous
        if (feed) yield feed
        continue
      }
      const file = html(path, pageOrigin, numbered(make(slice.dated, slice.undated, pager, total, i + 1), i + 1), pageExtra)
      yield digest === undefined ? file : {...file, view: digest}
      if (pendingFeed) yield pendingFeed
      pendingFeed = null
    }
  }

  if (want(outputFile(indexPath('home')))) yield html(indexPath('home'), 'home', homePage(homeView(site), site.options.title))

  /**
   * The previous build's page at `path` when it was made from the same
   * `digest` (then this page is not rendered), else null. Listed in the
   * sitemap like a rendered page.
   */
  const reused = (path: string, origin: string, digest: string): OutputFile | null => {
    if (!input.reusable?.(outputFile(path), digest)) return null
    sitemap.push(site.absolute(site.hrefs.to(path)))
    return {path: outputFile(path), contents: '', origin, view: digest, reuse: true}
  }
  /** What every page's bytes depend on besides its own view: the chrome, the options, and where the page sits. */
  const pageDigest = (path: string, crumbTrail: Link[], ...parts: unknown[]): string => viewDigest(chrome, site.options, path, crumbTrail, ...parts)

  // Per-article guard: a story that makes the renderer throw costs its own page its Markdown, never the build.
  const articleFile = (article: ArticleRecord, parts: ArticleViewParts, plain: boolean): OutputFile =>
    html(pagePath('article', article.id), `article:${article.id}`, articlePage(articleBody(plain ? articleViewParts(site, article, true) : parts), crumbs('articles')), {ogType: 'article'})
  for (const article of input.archive.articles) {
    const path = pagePath('article', article.id)
    if (!want(outputFile(path))) continue
    const parts = articleViewParts(site, article)
    const digest = input.reusable ? pageDigest(path, crumbs('articles'), parts) : undefined
    const previous = digest === undefined ? null : reused(path, `article:${article.id}`, digest)
    if (previous) {
      yield previous
      continue
    }
    let file: OutputFile | null
    let failed = false
    try {
      file = articleFile(article, parts, false)
    } catch (error) {
      failed = true
      const reason = error instanceof Error ? error.message : String(error)
      try {
        file = articleFile(article, parts, true)
      } catch {
        file = null
      }
      input.onArticleError?.(article.id, reason, file !== null)
    }
    // A page rendered as plain text after a failure is not recorded as made from its view: it is rendered again next time.
    if (file) yield digest !== undefined && !failed ? {...file, view: digest} : file
  }
  for (const event of input.archive.events) {
    const path = pagePath('event', event.id)
    if (!want(outputFile(path))) continue
    const view = eventView(site, event)
    const jsonLd = eventJsonLd(site, event)
    const digest = input.reusable ? pageDigest(path, crumbs('events'), view, jsonLd) : undefined
    const previous = digest === undefined ? null : reused(path, `event:${event.id}`, digest)
    if (previous) {
      yield previous
      continue
    }
    const file = html(path, `event:${event.id}`, eventPage(view, crumbs('events')), {jsonLd})
    yield digest === undefined ? file : {...file, view: digest}
  }

  if (want(outputFile(indexPath('provinces')))) yield html(indexPath('provinces'), 'provinces', provincesPage(provincesIndexView(site), crumbs()))
  for (const province of input.archive.provinces) {
    if (!want(outputFile(pagePath('province', province.slug)))) continue
    const view = provinceView(site, province)
    yield* paged(pagePath('province', province.slug), `province:${province.slug}`, view.events, view.undated, (events, undated, pager, total) =>
      provincePage({...view, events, undated, pager, total}, crumbs('provinces')), 1, {
      feed: {title: province.name, articles: province.articles},
      jsonLd: placeJsonLd(site, province)
    }, RECORD_LIST_SIZE, view)
  }

  if (want(outputFile(indexPath('officials')))) yield html(indexPath('officials'), 'officials', officialsPage(officialsIndexView(site), crumbs()))
  for (const official of input.archive.officials) {
    if (!want(outputFile(pagePath('official', official.slug)))) continue
    const view = officialView(site, official)
    yield* paged(pagePath('official', official.slug), `official:${official.slug}`, view.appearances, view.undated, (appearances, undated, pager, total) =>
      officialPage({...view, appearances, undated, pager, total}, crumbs('officials')), 1, {
      feed: {title: official.name, articles: official.articles},
      jsonLd: personJsonLd(site, official),
      ogType: 'profile'
    }, RECORD_LIST_SIZE, view)
  }

  if (want(outputFile(indexPath('topics')))) yield html(indexPath('topics'), 'topics', topicsPage(topicsIndexView(site), crumbs()))
  for (const topic of input.archive.topics) {
    if (!want(outputFile(pagePath('topic', topic.slug)))) continue
    const view = topicView(site, topic)
    // The topic's articles are paged alongside its events: page n shows the nth slice of each.
    const articles = paginate(view.articles, RECORD_LIST_SIZE)
    yield* paged(pagePath('topic', topic.slug), `topic:${topic.slug}`, view.events, view.undated, (events, undated, pager, total, n) =>
      topicPage({...view, events, undated, articles: articles[n - 1] ?? [], pager, total}, crumbs('topics')),
      articles.length, {feed: {title: topic.name, articles: topic.articles}}, RECORD_LIST_SIZE, view
    )
  }

  if (want(outputFile(indexPath('years')))) yield html(indexPath('years'), 'years', yearsPage(yearsIndexView(site), crumbs()))
  const years = eventsByYear(site)
  const yearKeys = [...years.keys()]
  for (const [year, events] of years) {
    if (!want(outputFile(pagePath('year', year)))) continue
    const articles = input.archive.articles.filter((a) => yearOf(a.date) === year).map((a) => a.id)
    const {byMonth, yearOnly} = splitYear(events)
    // What a year's pages show, for their digests: every event's view (a page shows a slice of them) and the other years.
    const whole = input.reusable ? yearView(site, year, [...byMonth, ...yearOnly], yearKeys) : undefined
    yield* paged(pagePath('year', year), `year:${year}`, byMonth, yearOnly, (dated, undated, pager, total) =>
      yearPage({...yearView(site, year, [...dated, ...undated], yearKeys), pager, total}, crumbs('years')), 1, {
      feed: {title: `Năm ${year}`, articles}
    }, RECORD_LIST_SIZE, whole)
  }

  // The two long indexes, in pages of LIST_PAGE_SIZE: `events/`, `events/page/2/`, …
  if (want(outputFile(indexPath('events')))) {
    const events = eventsListView(site)
    yield* paged(indexPath('events'), 'events', events.dated, events.undated, (dated, undated, pager, total) =>
      eventsPage({dated, undated, total, pager}, crumbs()), 1, {}, LIST_PAGE_SIZE, events)
  }
  if (want(outputFile(indexPath('articles')))) {
    const articles = articlesListView(site)
    yield* paged(indexPath('articles'), 'articles', articles.dated, articles.undated, (dated, undated, pager, total) =>
      articlesPage({dated, undated, total, pager}, crumbs()), 1, {}, LIST_PAGE_SIZE, articles)
  }
  if (want(outputFile(indexPath('search')))) yield html(indexPath('search'), 'search', searchPage(searchPageView(site), crumbs()))
  if (want('404.html')) yield html(
    '404.html',
    '404',
    notFoundPage([home, ...NAV_KINDS.map((k) => ({href: site.index(k), text: INDEX_LABEL[k]}))])
  )

  // Old URLs of pages that moved lead to their new place.
  for (const redirect of input.archive.redirects ?? []) {
    const target = redirect.kind === 'official' ? site.officials.get(redirect.to)?.name : site.articles.get(redirect.to)?.displayTitle
    if (target === undefined || !want(outputFile(pagePath(redirect.kind, redirect.from)))) continue
    yield {
      path: outputFile(pagePath(redirect.kind, redirect.from)),
      contents: stringify(redirectPage(site.href(redirect.kind, redirect.to), target)),
      origin: `redirect:${redirect.kind}:${redirect.from}`
    }
  }

  const {archive} = input
  if (want('data/articles.json')) yield {path: 'data/articles.json', contents: dataJson(archive.articles), origin: 'data'}
  if (want('data/events.json')) yield {path: 'data/events.json', contents: dataJson(archive.events), origin: 'data'}
  if (want('data/officials.json')) yield {path: 'data/officials.json', contents: dataJson(archive.officials), origin: 'data'}
  if (want('data/provinces.json')) yield {path: 'data/provinces.json', contents: dataJson(archive.provinces), origin: 'data'}
  if (want('data/topics.json')) yield {path: 'data/topics.json', contents: dataJson(archive.topics), origin: 'data'}
  // Who holds which URL, read back by the next build so published URLs never move (`readPublished`).
  if (archive.published && want('data/slugs.json')) yield {path: 'data/slugs.json', contents: dataJson(archive.published), origin: 'data'}

  if (want('data/articles.csv')) yield {path: 'data/articles.csv', contents: toCsv(ARTICLE_COLUMNS, archive.articles), origin: 'data'}
  if (want('data/appearances.csv')) yield {path: 'data/appearances.csv', contents: toCsv(APPEARANCE_COLUMNS, appearanceRows(archive.events)), origin: 'data'}
  if (want(outputFile(indexPath('data')))) yield html(indexPath('data'), 'data', dataPage(dataPageView(site), crumbs()))

  if (want('feed.xml')) yield {
    path: 'feed.xml',
    contents: atomFeed(site, site.options.title, site.index('home'), siteFeed.href, archive.articles.map((a) => a.id)),
    origin: 'feed'
  }
  const url = site.options.url
  // The sitemap lists the pages rendered before it: only a whole render writes one.
  if (url && input.only === undefined) for (const file of sitemapFiles(sitemap, url)) yield {...file, origin: 'sitemap'}
  if (!site.options.ownRobots && want('robots.txt')) yield {path: 'robots.txt', contents: robotsTxt(url ? new URL('sitemap.xml', url).href : null), origin: 'robots'}
}
