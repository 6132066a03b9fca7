/**
 * A tiny XML builder for feeds and sitemaps: elements are data, text and
 * attribute values are escaped when serialized, so no value can open a tag
 * (escaped by construction, as hast is for pages). Characters XML 1.0 does
 * not allow (C0 controls other than tab and newlines, lone surrogates,
 * U+FFFE/U+FFFF) are dropped, so the output is always well-formed.
 */

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: XmlChild[]
}

export type XmlChild = XmlElement | string

/** An element: `x('link', {href: '…'})`, `x('title', {}, 'text')`. Null children are left out. */
export function x(name: string, attributes: Record<string, string | null | undefined> = {}, ...children: (XmlChild | null | undefined | XmlChild[])[]): XmlElement {
  const attrs: Record<string, string> = {}
  for (const [key, value] of Object.entries(attributes)) if (value !== null && value !== undefined) attrs[key] = value
  return {name, attributes: attrs, children: children.flat().filter((c): c is XmlChild => c !== null && c !== undefined)}
}

// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

function text(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

function attribute(value: string): string {
  return text(value).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;')
}

function serialize(node: XmlChild, indent: string): string {
  if (typeof node === 'string') return text(node)
  const attrs = Object.entries(node.attributes).map(([k, v]) => ` ${k}="${attribute(v)}"`).join('')
  if (node.children.length === 0) return `${indent}<${node.name}${attrs}/>`
  if (node.children.every((c) => typeof c === 'string')) return `${indent}<${node.name}${attrs}>${node.children.map((c) => serialize(c, '')).join('')}</${node.name}>`
  const inner = node.children.map((c) => (typeof c === 'string' ? indent + '  ' + text(c) : serialize(c, indent + '  '))).join('\n')
  return `${indent}<${node.name}${attrs}>\n${inner}\n${indent}</${node.name}>`
}

/** The document: declaration, root, final newline. */
export function toXml(root: XmlElement): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${serialize(root, '')}\n`
}
