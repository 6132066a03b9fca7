/**
 * rehype plugin: link the names of officials and provinces in an article's
 * text to their pages.
 *
 * What to link is decided by extraction, not here: the article brings its
 * spans (`StorySpan`, turned into offsets in the story's Markdown with their
 * hrefs) on `file.data.storyLinks`, and this plugin finds each one in the
 * text node whose source holds it (the `position` offsets remark gives every
 * node). Nothing else is linked; no name or province is searched for.
 *
 * The first mention of each page is linked; later mentions stay text, as
 * in an encyclopaedia. Never inside an existing link or code, and never
 * across the edge of a text node (`**Bình** Dương`).
 */
import type {Element, ElementContent, Root, RootContent, Text} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'
import {isAsciiPunctuation} from '../markdown.js'

/** A span of the story's Markdown to link (built by the site from extraction's spans, never from article text). */
export interface StoryLink {
  /** Offsets in the Markdown the file holds, `[start, end)`. */
  start: number
  end: number
  href: string
  kind: 'official' | 'province'
  /** The mention as the story's block writes it: the linked text must read the same. */
  text: string
}

declare module 'vfile' {
  interface DataMap {
    /** What to link in this article's body, sorted by `start`. */
    storyLinks: StoryLink[]
    /** For a `.txt` story, the kind of each top-level paragraph. */
    blockKinds: string[] | null
  }
}

const SKIP = new Set(['a', 'code', 'pre', 'script', 'style'])

/** A character reference (`&amp;`, `&#233;`, `&#xE9;`), tried at one position. */
const REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});/y

const SPACES = /\s+/g
const squashSpaces = (text: string): string => text.replace(SPACES, ' ')

/**
 * Where each code unit of a text node's value begins in its Markdown
 * source, the value being the source with escapes and character references
 * decoded and spaces around line ends trimmed; `at[value.length]` is the
 * source's length. Left to right, never backwards.
 */
function alignToSource(value: string, source: string): Int32Array {
  const at = new Int32Array(value.length + 1)
  let i = 0
  for (let j = 0; j < value.length; j++) {
    const ch = value.charCodeAt(j)
    if (source.charCodeAt(i) === 0x5c && i + 1 < source.length && isAsciiPunctuation(source.charCodeAt(i + 1)) && source.charCodeAt(i + 1) === ch) {
      at[j] = i
      i += 2
      continue
    }
    REFERENCE.lastIndex = i
    const reference = source.charCodeAt(i) === 0x26 ? REFERENCE.exec(source) : null
    if (reference && !value.startsWith(reference[0], j)) {
      at[j] = i
      // A reference to an astral character decodes to two code units.
      if (ch >= 0xd800 && ch <= 0xdbff && j + 1 < value.length) at[++j] = i
      i += reference[0].length
      continue
    }
    const found = source.indexOf(value[j]!, i)
    if (found === -1) {
      at[j] = i
      continue
    }
    at[j] = found
    i = found + 1
  }
  at[value.length] = source.length
  return at
}

/** The first index whose entry is at least `target` (`at` never decreases). */
function firstAtLeast(at: Int32Array, target: number): number {
  let lo = 0
  let hi = at.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (at[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return lo
}

interface State {
  markdown: string
  links: StoryLink[]
  done: Set<string>
}

/** The links whose whole span lies in `[from, to)`, in order. */
function linksWithin(links: readonly StoryLink[], from: number, to: number): StoryLink[] {
  let lo = 0
  let hi = links.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (links[mid]!.start < from) lo = mid + 1
    else hi = mid
  }
  const out: StoryLink[] = []
  for (let k = lo; k < links.length && links[k]!.start < to; k++) if (links[k]!.end <= to) out.push(links[k]!)
  return out
}

function linkText(node: Text, state: State): ElementContent[] | null {
  const from = node.position?.start.offset
  const to = node.position?.end.offset
  if (from === undefined || to === undefined) return null
  const candidates = linksWithin(state.links, from, to)
  if (candidates.length === 0) return null
  const {value} = node
  const at = alignToSource(value, state.markdown.slice(from, to))
  const out: ElementContent[] = []
  let last = 0
  for (const link of candidates) {
    if (state.done.has(link.href)) continue
    const start = firstAtLeast(at, link.start - from)
    const end = firstAtLeast(at, link.end - from)
    if (start < last || start >= end || squashSpaces(value.slice(start, end)) !== squashSpaces(link.text)) continue
    state.done.add(link.href)
    if (start > last) out.push({type: 'text', value: value.slice(last, start)})
    out.push({
      type: 'element',
      tagName: 'a',
      properties: {href: link.href, className: ['name-link', `name-link--${link.kind}`]},
      children: [{type: 'text', value: value.slice(start, end)}]
    })
    last = end
  }
  if (last === 0) return null
  if (last < value.length) out.push({type: 'text', value: value.slice(last)})
  return out
}

function walk(parent: Root | Element, state: State): void {
  const next: RootContent[] = []
  for (const child of parent.children) {
    if (child.type === 'text') {
      const replaced = linkText(child, state)
      if (replaced) next.push(...replaced)
      else next.push(child)
      continue
    }
    if (child.type === 'element' && !SKIP.has(child.tagName)) walk(child, state)
    next.push(child)
  }
  // An element's children never hold a doctype: only its own nodes and new text and links are in `next`.
  ;(parent as Root).children = next
}

export const rehypeLinkNames: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    const links = file.data.storyLinks ?? []
    if (links.length === 0) return
    walk(tree, {markdown: String(file.value), links, done: new Set()})
  }
}

/** rehype plugin: mark the captions of a `.txt` story (`file.data.blockKinds`) with a class. */
export const rehypeBlockKinds: Plugin<[], Root> = function () {
  return (tree: Root, file: VFile) => {
    const kinds = file.data.blockKinds
    if (!kinds) return
    let index = 0
    for (const child of tree.children) {
      if (child.type !== 'element') continue
      const kind = kinds[index++]
      if (kind === 'caption') child.properties.className = ['caption']
    }
  }
}
