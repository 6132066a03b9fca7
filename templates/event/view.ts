/** An event page's view data. */
import type {ArticleRecord, EventRecord} from '../../src/types.js'
import {compareOldest} from '../../src/render/dates.js'
import {ATTENDANCE_QUALIFIERS} from '../../src/knowledge/event-types.js'
import {alternation} from '../../src/text/pattern.js'
import type {Site} from '../../src/render/site.js'
import type {Link} from '../view-types.js'
import type {EventView} from './types.js'

/** The attendance phrase inside extraction's evidence: an optional qualifier, the number, the noun (`hơn 350 đại biểu`). */
const ATTENDANCE_PHRASE = new RegExp(`(?:(?:${alternation(ATTENDANCE_QUALIFIERS)})\\s+)?\\d[\\d.,]*\\s+\\S.*$`, 'iu')

/**
 * The attendance as an article wrote it (`hơn 350 đại biểu`), from the
 * evidence of the first article that gave the number; the bare number
 * with `người` when no article's evidence holds it.
 */
export function attendanceText(site: Site, event: EventRecord): string | null {
  if (event.attendance === null) return null
  for (const id of event.articles) {
    const evidence = site.articles.get(id)?.evidence['event.attendance']
    if (!evidence || 'frontMatter' in evidence) continue
    const phrase = ATTENDANCE_PHRASE.exec(evidence.text)?.[0]
    if (phrase && Number(/\d[\d.,]*/.exec(phrase)![0].replace(/[.,]/g, '')) === event.attendance) return phrase
  }
  return `${event.attendance.toLocaleString('vi-VN')} người`
}

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
    attendance: attendanceText(site, event),
    people: site.people(event.officials),
    topics: event.topics.map((slug) => site.topicLink(slug)).filter((l): l is Link => l !== null),
    articles: articles.map((a) => site.articleSummary(a))
  }
}
