/** An event page's view data. */
import type {ArticleRecord, EventRecord} from '../../types.js'
import {compareOldest} from '../dates.js'
import type {Site} from '../site.js'
import type {EventView, Link} from './types.js'

export function eventView(site: Site, event: EventRecord): EventView {
  const articles = event.articles
    .map((id) => site.articles.get(id))
    .filter((a): a is ArticleRecord => a !== undefined)
    .sort(compareOldest)
  return {
    name: event.name,
    nameDerived: event.nameDerived,
    date: site.date(event.date),
    province: site.provinceLink(event.province),
    city: event.city,
    venue: event.venue,
    types: event.types,
    organizers: event.organizers,
    attendance: event.attendance,
    people: site.people(event.officials),
    topics: event.topics.map((slug) => site.topicLink(slug)).filter((l): l is Link => l !== null),
    articles: articles.map((a) => site.articleSummary(a))
  }
}
