/** The view data of the data pages, built by `view.ts` from the archive and read by the page templates beside it. */
import type {Link} from '../view-types.js'

/** One downloadable data file, described for the data page. */
export interface DataFileView {
  link: Link
  format: 'JSON' | 'CSV'
  description: string
  /** The columns of a CSV file; empty for JSON (see the records contract). */
  columns: {name: string; description: string}[]
}

export interface DataPageView {
  files: DataFileView[]
  license: string
  /** The records contract in the project, for the JSON's fields. */
  feed: Link
}
