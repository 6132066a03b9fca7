/**
 * schema.org JSON-LD for the pages of events (`Event`), officials
 * (`Person`) and provinces (`Place`); the article page has its own
 * `NewsArticle` (`view/article.ts`). Serialized with `scriptJson`, so no
 * value can close the `<script>` it sits in.
 */
import type {EventRecord, OfficialEntry, ProvinceEntry} from '../types.js'
import {scriptJson} from './json.js'
import type {Site} from './site.js'

/** The roles that make a person a performer of the event (they speak); the rest attend. */
const PERFORMING: ReadonlySet<string> = new Set(['chair', 'speaker', 'reporter'])

function person(site: Site, o: {slug: string; name: string; rank: string | null; positions: readonly string[]}): Record<string, unknown> {
  const data: Record<string, unknown> = {'@type': 'Person', name: o.name}
  if (site.officials.has(o.slug)) data.url = site.absolute(site.href('official', o.slug))
  if (o.rank) data.honorificPrefix = o.rank
  if (o.positions[0]) data.jobTitle = o.positions[0]
  return data
}

/** An event: its place, organizers, performers and attendees, and `startDate` at the precision known (`2024`, `2024-05`, `2024-05-29`). */
export function eventJsonLd(site: Site, event: EventRecord): string {
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.name,
    url: site.absolute(site.href('event', event.id)),
    inLanguage: 'vi',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode'
  }
  if (event.date) data.startDate = event.date.value
  const address: Record<string, unknown> = {'@type': 'PostalAddress', addressCountry: 'VN'}
  if (event.province) address.addressRegion = event.province.name
  if (event.city) address.addressLocality = event.city
  if (event.venue || event.city || event.province) {
    data.location = {'@type': 'Place', name: event.venue ?? event.city ?? event.province?.name, address}
  }
  if (event.organizers.length) data.organizer = event.organizers.map((name) => ({'@type': 'Organization', name}))
  const performers = event.officials.filter((o) => PERFORMING.has(o.role))
  const attendees = event.officials.filter((o) => !PERFORMING.has(o.role) && o.role !== 'mentioned')
  if (performers.length) data.performer = performers.map((o) => person(site, o))
  if (attendees.length) data.attendee = attendees.map((o) => person(site, o))
  if (event.attendance !== null) data.maximumAttendeeCapacity = event.attendance
  data.subjectOf = event.articles.map((id) => ({'@type': 'NewsArticle', url: site.absolute(site.href('article', id))}))
  return scriptJson(data)
}

/** An official: name, latest rank and position, the places they were seen. */
export function personJsonLd(site: Site, official: OfficialEntry): string {
  const latest = [...official.appearances].reverse().find((a) => a.positions.length)
  const data: Record<string, unknown> = {
    '@context': 'https://schema.org',
    ...person(site, {slug: official.slug, name: official.name, rank: official.rank, positions: latest?.positions ?? []}),
    url: site.absolute(site.href('official', official.slug))
  }
  data.subjectOf = official.articles.map((id) => ({'@type': 'NewsArticle', url: site.absolute(site.href('article', id))}))
  return scriptJson(data)
}

/** A province or centrally governed city, in Vietnam. */
export function placeJsonLd(site: Site, province: ProvinceEntry): string {
  return scriptJson({
    '@context': 'https://schema.org',
    '@type': 'Place',
    name: province.name,
    url: site.absolute(site.href('province', province.slug)),
    address: {'@type': 'PostalAddress', addressRegion: province.name, addressCountry: 'VN'},
    containedInPlace: {'@type': 'Country', name: 'Việt Nam'}
  })
}
