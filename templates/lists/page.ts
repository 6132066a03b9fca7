/** All events and all articles. */
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {ArticleListView, ListView} from './types.js'
import {articleList, eventList, flat, section} from '../components.js'
import {pager} from '../pager.js'

export function eventsPage(view: ListView, crumbs: Link[]): Page {
  const total = view.total ?? view.dated.length + view.undated.length
  return {
    title: 'Sự kiện',
    description: `${total} sự kiện, xếp từ gần đây nhất.`,
    section: 'events',
    crumbs,
    main: flat([
      h('h1', 'Sự kiện'),
      h('p', {className: ['lede']}, `${total} sự kiện, xếp từ gần đây nhất. Các bài báo về cùng một sự kiện được gộp lại.`),
      view.dated.length || !view.undated.length ? eventList(view.dated) : null,
      view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', eventList(view.undated)) : null,
      pager(view.pager)
    ])
  }
}

export function articlesPage(view: ArticleListView, crumbs: Link[]): Page {
  const total = view.total ?? view.dated.length + view.undated.length
  return {
    title: 'Bài báo',
    description: `${total} bài báo, xếp từ gần đây nhất.`,
    section: 'articles',
    crumbs,
    main: flat([
      h('h1', 'Bài báo'),
      h('p', {className: ['lede']}, `${total} bài báo, theo ngày diễn ra sự kiện, xếp từ gần đây nhất.`),
      view.dated.length || !view.undated.length ? articleList(view.dated) : null,
      view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', articleList(view.undated)) : null,
      pager(view.pager)
    ])
  }
}
