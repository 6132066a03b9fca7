/** The all-events and all-articles lists, and the search page's entries. */
import {fold} from '../../text/normalize.js'
import {compareVi} from '../../text/normalize.js'
import {count} from '../labels.js'
import {compareByGivenName} from '../names.js'
import type {Site} from '../site.js'
import type {ArticleListView, ListView, SearchEntry, SearchView} from './types.js'

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

/** Every page worth finding, as a list that works without JavaScript and that `search.js` filters. */
export function searchView(site: Site): SearchView {
  const byName = (a: SearchEntry, b: SearchEntry) => compareVi(a.link.text, b.link.text) || (a.link.href < b.link.href ? -1 : 1)
  return {
    groups: [
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
}
