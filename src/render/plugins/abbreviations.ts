/**
 * rehype plugin: give each abbreviation readers elsewhere may not know
 * (`UBND`, `CATP`) its full form in an `<abbr title>`, on first use in the
 * story. Never inside a link, code or an existing `abbr`.
 */
import type {Element, ElementContent, Root} from 'hast'
import type {Plugin} from 'unified'
import {splitAbbreviations} from '../abbr.js'

const SKIP = new Set(['a', 'abbr', 'code', 'pre', 'script', 'style'])

function walk(node: Root | Element, seen: Set<string>): void {
  const children: ElementContent[] = []
  for (const child of node.children as ElementContent[]) {
    if (child.type === 'text') {
      for (const s of splitAbbreviations(child.value, seen)) {
        children.push(s.full ? {type: 'element', tagName: 'abbr', properties: {title: s.full}, children: [{type: 'text', value: s.text}]} : {type: 'text', value: s.text})
      }
    } else {
      if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child, seen)
      children.push(child)
    }
  }
  node.children = children
}

export const rehypeAbbreviations: Plugin<[], Root> = () => (tree) => {
  walk(tree, new Set())
}
