/** The search page: where the index is, and the ways to browse without JavaScript. */
import {SEARCH_FOLDER} from '../../src/search/index.js'
import type {Site} from '../../src/render/site.js'
import type {Link} from '../view-types.js'
import {eventsByYear} from '../years/view.js'

export interface SearchPageView {
  /** The folder of Pagefind's files (`pagefind.js`, the index), with the site's base: `/pagefind/`. */
  bundle: string
  /** The site's base, for result URLs. */
  base: string
  /** Ways in without JavaScript: provinces, officials, topics, years. */
  browse: Link[]
  years: Link[]
}

export function searchPageView(site: Site): SearchPageView {
  return {
    bundle: site.hrefs.to(`${SEARCH_FOLDER}/`),
    base: site.hrefs.base,
    browse: [
      {href: site.index('provinces'), text: 'Tỉnh, thành'},
      {href: site.index('officials'), text: 'Nhân vật'},
      {href: site.index('topics'), text: 'Chuyên đề'},
      {href: site.index('years'), text: 'Theo năm'},
      {href: site.index('events'), text: 'Mọi sự kiện'},
      {href: site.index('articles'), text: 'Mọi bài báo'}
    ],
    years: [...eventsByYear(site).keys()].map((year) => ({href: site.href('year', year), text: year}))
  }
}
