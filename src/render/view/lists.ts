/** The all-events and all-articles lists, and the search page's entries. */
import {fold} from '../../text/normalize.js'
import {compareVi} from '../../text/normalize.js'
import {count} from '../labels.js'
import {compareByGivenName} from '../names.js'
import type {Site} from '../site.js'
import type {ArticleListView, Link, ListView, SearchEntry, SearchView} from './types.js'

export function eventsListView(site: Site): ListView {
  return site.eventsOf([...site.events.keys()])
}

export function articlesListView(site: Site): ArticleListView {
  return {
    dated: site.articlesNewest.filter((a) => a.date).map((a) => site.articleSummary(a)),
    undated: site.articlesNewest.filter((a) => !a.date).map((a) => site.articleSummary(a))
  }
}

function entry(href: string, text: string, kind: string, detail: string, extra: string[] = []): SearchEntry {
  return {link: {href, text}, kind, detail, key: fold([text, detail, ...extra].join(' '))}
}

/**
 * The most entries of one group on the search page: at 10,000 articles the
 * full list was 8 MB of HTML. Capped groups link to their full index. (A
 * search index that does not ship every name in one page replaces this.)
 */
export const SEARCH_GROUP_MAX = 300

/** Every page worth finding (up to `SEARCH_GROUP_MAX` per group), as a list that works without JavaScript and that `search.js` filters. */
export function searchView(site: Site): SearchView {
  const full = searchGroups(site)
  const more: Record<string, Link> = {
    'Quan chức': {href: site.index('officials'), text: 'Tất cả quan chức'},
    'Sự kiện': {href: site.index('events'), text: 'Tất cả sự kiện'},
    'Bài báo': {href: site.index('articles'), text: 'Tất cả bài báo'},
    'Tỉnh, thành phố': {href: site.index('provinces'), text: 'Tất cả tỉnh, thành'},
    'Chuyên đề': {href: site.index('topics'), text: 'Tất cả chuyên đề'}
  }
  return {
    groups: full.map((g) =>
      g.entries.length <= SEARCH_GROUP_MAX
        ? g
        : {name: g.name, entries: g.entries.slice(0, SEARCH_GROUP_MAX), total: g.entries.length, more: more[g.name] ?? null}
    )
  }
}

function searchGroups(site: Site): {name: string; entries: SearchEntry[]}[] {
  const byName = (a: SearchEntry, b: SearchEntry) => compareVi(a.link.text, b.link.text) || (a.link.href < b.link.href ? -1 : 1)
  return [
      {
        name: 'Nhân vật',
        entries: [...site.officials.values()]
          .sort((a, b) => compareByGivenName(a.name, b.name))
          .map((o) => entry(site.href('official', o.slug), o.name, 'nhân vật', [o.rank, count(o.events.length, 'sự kiện')].filter(Boolean).join(' · '), o.appearances.flatMap((a) => a.positions)))
      },
      {
        name: 'Tỉnh, thành phố',
        entries: [...site.provinces.values()]
          .map((p) => entry(site.href('province', p.slug), p.name, 'tỉnh, thành', `${p.region} · ${count(p.events.length, 'sự kiện')}`))
          .sort(byName)
      },
      {
        name: 'Chuyên đề',
        entries: [...site.topics.values()]
          .map((t) => entry(site.href('topic', t.slug), t.name, 'chuyên đề', count(t.events.length, 'sự kiện')))
          .sort(byName)
      },
      {
        name: 'Sự kiện',
        entries: site.eventsNewest.map((e) =>
          entry(site.href('event', e.id), e.name, 'sự kiện', [site.date(e.date).text, e.province?.name].filter(Boolean).join(' · '), e.organizers)
        )
      },
      {
        name: 'Bài báo',
        entries: site.articlesNewest.map((a) =>
          entry(site.href('article', a.id), a.displayTitle, 'bài báo', [site.date(a.date).text, a.source.outlet].filter(Boolean).join(' · '), a.authors)
        )
      }
    ]
}
