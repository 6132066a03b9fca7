/** An article: the clean story, and its record beside it. */
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Link, Page} from '../view-types.js'
import type {ArticleView, EvidenceRow} from './types.js'
import {a, articleList, type Child, badge, DERIVED_TITLE, facts, flat, join, peopleList, section, time} from '../components.js'

function source(view: ArticleView): Element {
  return facts(
    [
      ['Cơ quan báo chí', view.outlet],
      ['Bài gốc', view.source.url ? h('a', {href: view.source.url, rel: ['nofollow', 'noopener', 'noreferrer'], className: ['url']}, view.source.url) : null],
      ['Tệp nguồn', h('code', view.source.file)],
      ['SHA-256', h('code', {className: ['hash']}, view.source.sha256)]
    ],
    'facts facts--small'
  )
}

/** The quote of an evidence row; the value itself (and where it was set) when there is no quote, never a bare dash. */
function evidenceQuote(row: EvidenceRow): Child {
  if (row.text) return h('q', row.text)
  if (row.value) return [h('q', row.value), row.fromFrontMatter ? h('small', ' (ghi trong front matter)') : null]
  return row.fromFrontMatter ? 'ghi trong front matter' : 'không có trích đoạn'
}

/** Extraction warnings are for editors: kept on the page, folded away at its end. */
function warnings(view: ArticleView): Element | null {
  if (!view.warnings.length) return null
  return h('details', {className: ['warnings-box'], dataPagefindIgnore: ''}, [
    h('summary', `Ghi chú cho người biên tập (${view.warnings.length} cảnh báo khi trích xuất)`),
    h('ul', {className: ['warnings']}, view.warnings.map((w) => h('li', [h('span', {className: ['place']}, w.place), ': ', w.message])))
  ])
}

export function articlePage(view: ArticleView, crumbs: Link[]): Page {
  const record = h('aside', {className: ['record'], ariaLabelledBy: 'ho-so'}, flat([
    h('h2', {id: 'ho-so'}, 'Hồ sơ bài báo'),
    facts([
      ['Ngày diễn ra', [time(view.date), view.dateBasis ? h('span', {className: ['basis']}, ` (căn cứ: ${view.dateBasis})`) : null]],
      ['Ngày đăng', view.published ? time(view.published) : null],
      ['Tỉnh, thành phố', view.province ? a(view.province) : 'Chưa rõ'],
      ['Thành phố, quận, huyện', view.city],
      ['Địa điểm', view.venue],
      ['Sự kiện', [a(view.event), view.eventTypes.length ? h('span', {className: ['basis']}, ` (${view.eventTypes.join(', ')})`) : null]],
      ['Chuyên đề', view.topics.length ? h('ul', {className: ['inline-list']}, view.topics.map((t) => h('li', a(t)))) : null],
      ['Tác giả', view.authors.length ? view.authors.join(', ') : null]
    ]),
    h('h3', 'Người tham gia'),
    peopleList(view.people),
    h('h3', 'Nguồn'),
    source(view),
    view.evidence.length
      ? h('details', {className: ['evidence'], dataPagefindIgnore: ''}, [
          h('summary', 'Căn cứ của từng giá trị'),
          h('table', [
            h('caption', 'Vị trí trong tệp nguồn của các giá trị đã trích'),
            h('thead', h('tr', [h('th', {scope: 'col'}, 'Giá trị'), h('th', {scope: 'col'}, 'Vị trí'), h('th', {scope: 'col'}, 'Trích đoạn')])),
            h(
              'tbody',
              view.evidence.map((row) =>
                h('tr', [
                  h('th', {scope: 'row'}, row.detail ? [row.label, h('br'), h('small', row.detail)] : row.label),
                  h('td', {className: ['place']}, row.place),
                  h('td', flat([evidenceQuote(row)]))
                ])
              )
            )
          ])
        ])
      : null,
    h('p', {className: ['more']}, ['Toàn bộ hồ sơ: ', a(view.data)])
  ]))

  return {
    title: view.title,
    description: [view.date.text, view.province?.text, view.event.text].filter(Boolean).join(' · '),
    section: 'articles',
    crumbs,
    head: [h('script', {type: 'application/ld+json'}, view.jsonLd)],
    main: flat([
      h('article', {className: ['article-layout']}, [
        h('header', {className: ['article-head']}, flat([
          h('p', {className: ['kicker']}, join([time(view.date), view.province ? a(view.province) : null, view.outlet].filter(Boolean) as (Element | string)[], ' · ')),
          h('h1', view.title),
          h('p', {className: ['jump']}, h('a', {href: '#ho-so'}, 'Xem hồ sơ bài báo: ngày, nơi, nhân vật ↓')),
          view.titleDerived ? h('p', badge(DERIVED_TITLE)) : null,
          view.titleDerived ? h('p', {className: ['note']}, 'Bài gốc không có tiêu đề; tiêu đề này được đặt từ sự kiện và địa điểm.') : null,
          view.date.iso === null ? h('p', {className: ['note']}, 'Bài báo không cho biết ngày diễn ra sự kiện.') : null
        ])),
        h('div', {className: ['story']}, view.body.length ? view.body : [h('p', {className: ['empty']}, 'Không còn nội dung sau khi làm sạch.')]),
        record
      ]),
      warnings(view),
      view.alsoReported.length ? section('cung-dua-tin', 'Cùng đưa tin', h('p', ['Các bài khác về ', a(view.event), ':']), articleList(view.alsoReported)) : null
    ])
  }
}
