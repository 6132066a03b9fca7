/** The all-events and all-articles lists. */
import type {Site} from '../../src/render/site.js'
import type {ArticleListView, ListView} from './types.js'

export function eventsListView(site: Site): ListView {
  return site.eventsOf([...site.events.keys()])
}

export function articlesListView(site: Site): ArticleListView {
  return {
    dated: site.articlesNewest.filter((a) => a.date).map((a) => site.articleSummary(a)),
    undated: site.articlesNewest.filter((a) => !a.date).map((a) => site.articleSummary(a))
  }
}
