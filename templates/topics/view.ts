/** The topics index and a topic's page. */
import type {ArticleRecord, TopicEntry} from '../../src/types.js'
import {compareNewest} from '../../src/render/dates.js'
import type {Site} from '../../src/render/site.js'
import type {Link} from '../view-types.js'
import type {TopicView, TopicsIndexView} from './types.js'

export function topicsIndexView(site: Site): TopicsIndexView {
  return {
    topics: site.counted(
      [...site.topics.values()].map((t): [Link, number] => [{href: site.href('topic', t.slug), text: t.name}, t.events.length]),
      'sự kiện'
    )
  }
}

export function topicView(site: Site, topic: TopicEntry): TopicView {
  const {dated, undated} = site.eventsOf(topic.events)
  const provinces = new Map<string, number>()
  for (const id of topic.events) {
    const p = site.events.get(id)?.province
    if (p) provinces.set(p.slug, (provinces.get(p.slug) ?? 0) + 1)
  }
  return {
    name: topic.name,
    events: dated,
    undated,
    articles: topic.articles
      .map((id) => site.articles.get(id))
      .filter((a): a is ArticleRecord => a !== undefined)
      .sort(compareNewest)
      .map((a) => site.articleSummary(a)),
    provinces: site.counted(
      [...provinces].flatMap(([s, n]): [Link, number][] => {
        const link = site.provinceLink(site.provinces.get(s) ?? null)
        return link ? [[link, n]] : []
      }),
      'sự kiện'
    )
  }
}
