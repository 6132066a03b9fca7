/** All events and all articles. */
import {h} from 'hastscript'
import type {ArticleListView, Link, ListView, Page} from '../src/render/view/types.js'
import {articleList, eventList, flat, section} from './components.js'

export function eventsPage(view: ListView, crumbs: Link[]): Page {
  const total = view.dated.length + view.undated.length
  return {
    title: 'Sự kiện',
    description: `${total} sự kiện, mới nhất trước.`,
    section: 'events',
    crumbs,
    main: flat([
      h('h1', 'Sự kiện'),
      h('p', {className: ['lede']}, `${total} sự kiện, mới nhất trước. Các bài báo về cùng một sự kiện được gộp lại.`),
      eventList(view.dated),
      view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', eventList(view.undated)) : null
    ])
  }
}

export function articlesPage(view: ArticleListView, crumbs: Link[]): Page {
  const total = view.dated.length + view.undated.length
  return {
    title: 'Bài báo',
    description: `${total} bài báo, mới nhất trước.`,
    section: 'articles',
    crumbs,
    main: flat([
      h('h1', 'Bài báo'),
      h('p', {className: ['lede']}, `${total} bài báo, theo ngày diễn ra sự kiện, mới nhất trước.`),
      articleList(view.dated),
      view.undated.length ? section('chua-ro-ngay', 'Chưa rõ ngày', articleList(view.undated)) : null
    ])
  }
}
