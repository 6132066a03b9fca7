/**
 * The page shell: `<html lang="vi">`, head, skip link, header with the
 * site's navigation, breadcrumbs, main, footer with the data files.
 */
import type {Root} from 'hast'
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {Chrome, Page} from './view-types.js'
import {a, flat} from './components.js'
import {searchBox} from './search-box.js'

export function layout(chrome: Chrome, page: Page): Root {
  const title = page.section === 'home' ? chrome.siteTitle : `${page.title} · ${chrome.siteTitle}`
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'vi'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
          h('title', title),
          h('meta', {name: 'description', content: page.description}),
          h('meta', {name: 'color-scheme', content: 'light dark'}),
          h('link', {rel: 'stylesheet', href: chrome.css}),
          h('link', {rel: 'icon', href: chrome.favicon, type: 'image/svg+xml'}),
          ...shareHead(chrome, page, title),
          ...(page.head ?? []),
          page.search ? h('script', {src: chrome.searchScript, defer: true}) : null
        ].filter((x) => x !== null)),
        h('body', [
          h('a', {href: '#noi-dung', className: ['skip-link']}, 'Bỏ qua, đến nội dung chính'),
          h('header', {className: ['site-header']}, [
            h('div', {className: ['wrap', 'header-inner']}, [
              h('a', {href: chrome.home, className: ['site-title'], ariaCurrent: page.section === 'home' ? 'page' : undefined}, [
                h('span', {className: ['logo'], ariaHidden: 'true'}, '◆'),
                ' ',
                chrome.siteTitle
              ]),
              h(
                'nav',
                {ariaLabel: 'Mục chính', className: ['site-nav']},
                h(
                  'ul',
                  chrome.nav.map((item) =>
                    h('li', h('a', {href: item.href, ariaCurrent: item.key === page.section ? 'page' : undefined}, item.text))
                  )
                )
              ),
              searchBox(chrome)
            ].filter((x) => x !== null))
          ]),
          // `data-pagefind-*`: lets Pagefind (or any indexer) index the content of real pages only.
          h('main', {id: 'noi-dung', className: ['wrap'], tabIndex: -1, dataPagefindBody: page.section === 'none' || page.section === 'search' ? undefined : ''}, flat([
            page.crumbs.length
              ? h('nav', {ariaLabel: 'Vị trí', className: ['crumbs'], dataPagefindIgnore: ''}, h('ol', page.crumbs.map((c) => h('li', a(c)))))
              : null,
            page.main
          ])),
          h('footer', {className: ['site-footer']}, [
            h('div', {className: ['wrap']}, flat([
              // One line for the data: the JSON files, where the CSV and the columns are described, and the feed.
              h('p', [
                'Dữ liệu tải về (JSON): ',
                ...chrome.data.flatMap((link, i) => (i === 0 ? [a(link)] : [', ', a(link)])),
                ...(page.share
                  ? ['; bản CSV và mô tả các cột: ', a(page.share.dataPage), '. Theo dõi tin mới (Atom): ', a(page.share.feed ?? page.share.siteFeed), '.']
                  : ['.'])
              ]),
              h('p', 'Các giá trị được trích tự động từ bài báo; mỗi bài ghi rõ nguồn và vị trí (dòng, cột) của từng giá trị trong tệp gốc.')
            ]))
          ])
        ])
      ])
    ]
  }
}

/** Canonical link, Open Graph tags and feed links, from `page.share`. */
function shareHead(chrome: Chrome, page: Page, title: string): Element[] {
  const share = page.share
  if (!share) return []
  const feeds = share.feed ? [share.feed, share.siteFeed] : [share.siteFeed]
  return [
    h('link', {rel: 'canonical', href: share.canonical}),
    ...feeds.map((feed) => h('link', {rel: 'alternate', type: 'application/atom+xml', title: feed.text, href: feed.href})),
    h('meta', {property: 'og:type', content: share.ogType}),
    h('meta', {property: 'og:title', content: page.section === 'home' ? chrome.siteTitle : page.title}),
    h('meta', {property: 'og:description', content: page.description}),
    h('meta', {property: 'og:url', content: share.canonical}),
    h('meta', {property: 'og:site_name', content: chrome.siteTitle}),
    h('meta', {property: 'og:locale', content: 'vi_VN'}),
    h('meta', {name: 'twitter:card', content: 'summary'}),
    h('meta', {name: 'twitter:title', content: title})
  ]
}
