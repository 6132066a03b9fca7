/**
 * A page that moved (Hugo's `aliases`): a small document at the old URL that
 * sends browsers on with a meta refresh, tells search engines the new URL
 * with a canonical link, and shows a plain link for everyone else.
 */
import type {Root} from 'hast'
import {h} from 'hastscript'

export function redirectPage(href: string, title: string): Root {
  return {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: 'vi'}, [
        h('head', [
          h('meta', {charSet: 'utf-8'}),
          h('title', `Đã chuyển: ${title}`),
          h('link', {rel: 'canonical', href}),
          h('meta', {name: 'robots', content: 'noindex'}),
          h('meta', {httpEquiv: 'refresh', content: `0; url=${href}`})
        ]),
        h('body', [h('p', ['Trang này đã chuyển tới ', h('a', {href}, title), '.'])])
      ])
    ]
  }
}
