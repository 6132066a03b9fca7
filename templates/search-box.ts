/**
 * The search box in every page's header: a plain GET form to the search
 * page (`?q=`), so it works without JavaScript; the search page runs the
 * query.
 */
import type {Element} from 'hast'
import {h} from 'hastscript'
import type {Chrome} from './view-types.js'

export function searchBox(chrome: Chrome): Element | null {
  const action = chrome.nav.find((item) => item.key === 'search')?.href
  if (!action) return null
  return h('form', {className: ['header-search'], role: 'search', ariaLabel: 'Tìm trong kho', action, method: 'get'}, [
    h('label', {htmlFor: 'tim-nhanh', className: ['visually-hidden']}, 'Tìm nhân vật, tỉnh thành, sự kiện, bài báo'),
    h('input', {id: 'tim-nhanh', name: 'q', type: 'search', autoComplete: 'off', spellCheck: 'false', placeholder: 'Tìm (có dấu hay không dấu)'}),
    h('button', {type: 'submit'}, 'Tìm')
  ])
}
