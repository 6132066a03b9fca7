/**
 * Long lists split into pages, as Hugo does: page 1 at the list's own path
 * (`events/`), page n at `events/page/n/`. Every page of a list names the
 * total and links to its neighbours and to every page, so nothing is more
 * than one click from the first page.
 */
import type {Site} from '../src/render/site.js'
import type {PagerView} from './view-types.js'

/** Items per page of the events and articles indexes (about 60 KB of HTML). */
export const LIST_PAGE_SIZE = 100
/** Events listed on the first page of a province, topic or official; the rest follow on further pages. */
export const RECORD_LIST_SIZE = 100

/** The site-relative path of page `n` (1-based) of the list at `first`. */
export function pagedPath(first: string, n: number): string {
  return n === 1 ? first : `${first}page/${n}/`
}

/** `items` in pages of `size`; always at least one page (an empty list still has its page). */
export function paginate<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = []
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size))
  return pages.length ? pages : [[]]
}

/** Dated and undated items paginated as one list (dated first), each page split back into the two. */
export function paginateSplit<T>(dated: readonly T[], undated: readonly T[], size: number): {dated: T[]; undated: T[]}[] {
  return paginate([...dated.map((item) => ({item, dated: true})), ...undated.map((item) => ({item, dated: false}))], size).map((page) => ({
    dated: page.filter((p) => p.dated).map((p) => p.item),
    undated: page.filter((p) => !p.dated).map((p) => p.item)
  }))
}

/** The pager of page `n` of `pages`, or null when the list fits on one page. */
export function pagerView(site: Site, first: string, n: number, pages: number): PagerView | null {
  if (pages <= 1) return null
  const href = (k: number): string => site.hrefs.to(pagedPath(first, k))
  return {
    current: n,
    total: pages,
    prev: n > 1 ? href(n - 1) : null,
    next: n < pages ? href(n + 1) : null,
    pages: Array.from({length: pages}, (_, i) => ({href: href(i + 1), text: String(i + 1), current: i + 1 === n}))
  }
}
