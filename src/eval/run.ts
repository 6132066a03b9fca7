/**
 * Run the pipeline on a folder and put its records in the scorer's terms.
 * Uses the build's own phases 1–5 (`collect`), so the eval scores exactly
 * what the site shows, same-event grouping included.
 */
import {collect} from '../build.js'
import type {Archive} from '../types.js'
import type {PredictedArticle} from './score.js'

/** The records of an archive as predictions, and its events as groups of files. */
function predictionsOf(archive: Archive): {predicted: PredictedArticle[]; events: string[][]} {
  const fileById = new Map(archive.articles.map((a) => [a.id, a.source.file]))
  const predicted = archive.articles.map((a) => ({
    file: a.source.file,
    title: a.title,
    date: a.date ? {value: a.date.value, precision: a.date.precision} : null,
    published: a.published,
    province: a.province?.name ?? null,
    city: a.city,
    venue: a.venue,
    officials: a.officials.map((o) => ({name: o.name, rank: o.rank, positions: o.positions, role: o.role})),
    authors: a.authors,
    topics: a.topics.map((t) => t.name),
    organizers: a.event.organizers,
    attendance: a.event.attendance === null ? null : {count: a.event.attendance, qualifier: a.event.attendanceQualifier},
    outlet: a.source.outlet
  }))
  const events = archive.events.map((e) => e.articles.map((id) => fileById.get(id) ?? id))
  return {predicted, events}
}

/** Build the archive of `inputDir` in memory and return its predictions. */
export async function predictDirectory(inputDir: string): Promise<{predicted: PredictedArticle[]; events: string[][]}> {
  const {archive} = await collect(inputDir)
  return predictionsOf(archive)
}
