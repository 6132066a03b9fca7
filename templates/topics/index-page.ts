/** All topics (chuyên đề) with the number of events that presented each. */
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {TopicsIndexView} from './types.js'
import {countedList, flat} from '../components.js'

export function topicsPage(view: TopicsIndexView, crumbs: Link[]): Page {
  return {
    title: 'Chuyên đề',
    description: `${view.topics.length} chuyên đề được trình bày tại các hội nghị.`,
    section: 'topics',
    crumbs,
    main: flat([
      h('h1', 'Chuyên đề'),
      h('p', {className: ['lede']}, 'Các chuyên đề do báo cáo viên trình bày tại hội nghị, tập huấn; nhiều sự kiện nhất trước.'),
      countedList(view.topics, 'Chưa có chuyên đề nào.', 'counted counted--wide')
    ])
  }
}
