/**
 * rehype plugin: link the names of officials and provinces in an article's
 * text to their pages.
 *
 * - Officials: the article's own people, on `file.data.nameLinks` (the
 *   processor is built once; each article brings its names). A name
 *   matches only as whole words, longest first.
 * - Provinces: found by the `findPlaces` option (the gazetteer's matcher),
 *   linked when `file.data.placeHrefs` has a page for the slug.
 *
 * The first mention of each page is linked; later mentions stay text, as
 * in an encyclopaedia. Never inside an existing link or code.
 */
import type {Element, ElementContent, Root, RootContent} from 'hast'
import type {Plugin} from 'unified'
import type {VFile} from 'vfile'

/** A name to link, with its href (built by the site, never from article text). */
export interface NameLink {
  text: string
  href: string
}

/** A place found in text by the gazetteer. */
export interface PlaceMatch {
  index: number
  length: number
  slug: string
}

export interface LinkNamesOptions {
  /** Finds provinces in a text; none linked when absent. */
  findPlaces?: (text: string) => PlaceMatch[]
}

declare module 'vfile' {
  interface DataMap {
    /** Officials' names to link in this article's body. */
    nameLinks: NameLink[]
    /** Province pages by slug: the provinces that may be linked. */
    placeHrefs: Record<string, string>
    /** For a `.txt` story, the kind of each top-level paragraph. */
    blockKinds: string[] | null
  }
}

const SKIP = new Set(['a', 'code', 'pre', 'script', 'style'])

interface Hit {
  index: number
  length: number
  href: string
  kind: 'official' | 'province'
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u

/** Whether the code point ending just before `index` is a letter, mark or digit. */
function wordBefore(value: string, index: number): boolean {
  if (index === 0) return false
  const low = value.charCodeAt(index - 1)
  const start = low >= 0xdc00 && low <= 0xdfff && index >= 2 ? index - 2 : index - 1
  return WORD_CHAR.test(String.fromCodePoint(value.codePointAt(start)!))
}

/** Whether the code point starting at `index` is a letter, mark or digit. */
function wordAt(value: string, index: number): boolean {
  return index < value.length && WORD_CHAR.test(String.fromCodePoint(value.codePointAt(index)!))
}

/** The names to look for: distinct, NFC, longest first (so a full name wins over a part of it). */
function nameList(links: readonly NameLink[]): string[] {
  const names = [...new Set(links.map((l) => l.text.normalize('NFC')).filter((t) => t.trim() !== ''))]
  return names.sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
}

/**
 * Whole-word occurrences of `names` in `value`, left to right, never
 * overlapping; at one position the longest name wins. This is what one
 * alternation regex of the names would find, without compiling a regex per
 * article (the names differ in every article; compiling cost more than
 * rendering the story).
 */
function nameHits(value: string, names: readonly string[]): {index: number; text: string}[] {
  const all: {index: number; text: string}[] = []
  for (const name of names) {
    for (let at = value.indexOf(name); at !== -1; at = value.indexOf(name, at + 1)) {
      if (!wordBefore(value, at) && !wordAt(value, at + name.length)) all.push({index: at, text: name})
    }
  }
  if (all.length < 2) return all
  all.sort((a, b) => a.index - b.index || b.text.length - a.text.length)
  const kept: {index: number; text: string}[] = []
  let end = 0
  for (const hit of all) {
    if (hit.index < end) continue
    kept.push(hit)
    end = hit.index + hit.text.length
  }
  return kept
}

interface State {
  names: string[]
  byText: Map<string, string>
  findPlaces: ((text: string) => PlaceMatch[]) | undefined
  placeHrefs: Record<string, string>
  done: Set<string>
}

function hits(value: string, state: State): Hit[] {
  const found: Hit[] = []
  for (const match of nameHits(value, state.names)) {
    const href = state.byText.get(match.text)
    if (href) found.push({index: match.index, length: match.text.length, href, kind: 'official'})
  }
  if (state.findPlaces) {
    for (const place of state.findPlaces(value)) {
      const href = Object.hasOwn(state.placeHrefs, place.slug) ? state.placeHrefs[place.slug] : undefined
      if (href) found.push({index: place.index, length: place.length, href, kind: 'province'})
    }
  }
  return found.sort((a, b) => a.index - b.index || b.length - a.length)
}

function linkText(value: string, state: State): ElementContent[] | null {
  const out: ElementContent[] = []
  let last = 0
  for (const hit of hits(value, state)) {
    if (hit.index < last || state.done.has(hit.href)) continue
    state.done.add(hit.href)
    if (hit.index > last) out.push({type: 'text', value: value.slice(last, hit.index)})
    out.push({
      type: 'element',
      tagName: 'a',
      properties: {href: hit.href, className: ['name-link', `name-link--${hit.kind}`]},
      children: [{type: 'text', value: value.slice(hit.index, hit.index + hit.length)}]
    })
    last = hit.index + hit.length
  }
  if (last === 0) return null
  if (last < value.length) out.push({type: 'text', value: value.slice(last)})
  return out
}

function walk(parent: Root | Element, state: State): void {
  const next: RootContent[] = []
  for (const child of parent.children) {
    if (child.type === 'text') {
      const replaced = linkText(child.value, state)
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

export const rehypeLinkNames: Plugin<[LinkNamesOptions?], Root> = function (options = {}) {
  return (tree: Root, file: VFile) => {
    const links = file.data.nameLinks ?? []
    const byText = new Map<string, string>()
    for (const link of links) {
      const text = link.text.normalize('NFC')
      if (!byText.has(text)) byText.set(text, link.href)
    }
    walk(tree, {names: nameList(links), byText, findPlaces: options.findPlaces, placeHrefs: file.data.placeHrefs ?? {}, done: new Set()})
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
