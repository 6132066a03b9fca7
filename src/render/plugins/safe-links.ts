/**
 * rehype plugin: keep only links and images whose URL is `http(s)` or
 * relative. An unsafe link is unwrapped (its text stays); an unsafe image
 * is replaced by its `alt` text. Elements that could run code (`script`,
 * `iframe`, ...), event-handler properties and raw nodes are removed,
 * whatever produced them.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Plugin} from 'unified'
import {isSafeBodyUrl} from '../url.js'

/** Elements never kept in an article body. */
const DROP = new Set(['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'form', 'input', 'button', 'textarea', 'select', 'base', 'link', 'meta', 'svg', 'math'])

/** Properties that hold a URL. */
const URL_PROPERTIES = ['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'background', 'ping', 'xLinkHref']

function clean(children: (RootContent | ElementContent)[]): ElementContent[] {
  const out: ElementContent[] = []
  for (const node of children) {
    if (node.type === 'text' || node.type === 'comment') {
      if (node.type === 'text') out.push(node)
      continue
    }
    if (node.type !== 'element') continue // raw, doctype: never in a body
    out.push(...cleanElement(node))
  }
  return out
}

function cleanElement(node: Element): ElementContent[] {
  if (DROP.has(node.tagName)) return []
  for (const key of Object.keys(node.properties)) {
    if (/^on/i.test(key)) delete node.properties[key]
  }
  if (node.tagName === 'a' && node.properties.href !== undefined && !isSafeBodyUrl(node.properties.href)) {
    return clean(node.children)
  }
  if (node.tagName === 'img' && !isSafeBodyUrl(node.properties.src)) {
    const alt = node.properties.alt
    return typeof alt === 'string' && alt ? [{type: 'text', value: alt}] : []
  }
  for (const key of URL_PROPERTIES) {
    if (key === 'href' && node.tagName === 'a') continue
    if (key === 'src' && node.tagName === 'img') continue
    if (node.properties[key] !== undefined && !isSafeBodyUrl(node.properties[key])) delete node.properties[key]
  }
  if (node.tagName === 'a' && typeof node.properties.href === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(node.properties.href)) {
    node.properties.rel = ['nofollow', 'noopener', 'noreferrer']
  }
  node.children = clean(node.children)
  return [node]
}

export const rehypeSafeLinks: Plugin<[], Root> = function () {
  return (tree: Root) => {
    const kept = clean(tree.children)
    tree.children = kept
  }
}
