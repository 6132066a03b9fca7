/** One topic: the events that presented it, and the articles. */
import {h} from 'hastscript'
import {pager} from '../pager.js'
import type {Link, Page} from '../view-types.js'
import type {TopicView} from './types.js'
import {articleList, countedList, eventList, flat, section} from '../components.js'

export function topicPage(view: TopicView, crumbs: Link[]): Page {
  return {
    title: view.name,
    description: `Chuyên đề “${view.name}”: ${(view.total ?? view.events.length + view.undated.length)} sự kiện.`,
    section: 'topics',
    crumbs,
    main: flat([
      h('header', {className: ['page-head']}, [h('p', {className: ['kicker']}, 'Chuyên đề'), h('h1', view.name)]),
      h('div', {className: ['split']}, [
        h('div', flat([
          section('su-kien', 'Sự kiện', eventList(view.events, 'Chưa có sự kiện có ngày.')),
          view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', eventList(view.undated)) : null
        ])),
        h('div', [
          section('tinh-thanh', 'Tỉnh, thành', countedList(view.provinces)),
          section('bai-bao', 'Bài báo', articleList(view.articles))
        ])
      ]),
      pager(view.pager)
    ])
  }
}
