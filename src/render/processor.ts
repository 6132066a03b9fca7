/**
 * The one unified processor of the render stage, built once:
 *
 *   remark-parse → remark-rehype → rehypeSafeLinks → rehypeLinkNames
 *   → rehypeBlockKinds → rehype-stringify
 *
 * An article body goes through `parse` + `runSync` with a fresh vfile per
 * article (its names to link travel on `file.data`); whole pages, built
 * as hast by the templates, go through the same processor's `stringify`.
 * No `allowDangerousHtml` anywhere: raw HTML in Markdown is dropped, and
 * text is escaped when serialized.
 */
import type {ElementContent, Root as HastRoot} from 'hast'
import rehypeStringify from 'rehype-stringify'
import remarkParse from 'remark-parse'
import remarkRehype from 'remark-rehype'
import {unified} from 'unified'
import {VFile} from 'vfile'
import type {Story} from '../types.js'
import {storyMarkdown} from './markdown.js'
import {findPlaces} from './places.js'
import {rehypeBlockKinds, rehypeLinkNames, type NameLink} from './plugins/link-names.js'
import {rehypeSafeLinks} from './plugins/safe-links.js'
import {rehypeAbbreviations} from './plugins/abbreviations.js'

function createProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSafeLinks)
    .use(rehypeLinkNames, {findPlaces})
    .use(rehypeBlockKinds)
    .use(rehypeAbbreviations)
    .use(rehypeStringify, {upperDoctype: true})
    .freeze()
}

export type Processor = ReturnType<typeof createProcessor>

let shared: Processor | undefined

/** The processor, built on first use and reused for every file. */
export function processor(): Processor {
  shared ??= createProcessor()
  return shared
}

/** An article's story as hast, ready to sit inside a page. */
export function storyToHast(story: Story, links: {names: NameLink[]; places: Record<string, string>}): ElementContent[] {
  const {markdown, kinds} = storyMarkdown(story)
  const file = new VFile({
    value: markdown,
    path: `${story.id}.${story.format}`,
    data: {nameLinks: links.names, placeHrefs: links.places, blockKinds: kinds}
  })
  const proc = processor()
  const tree = proc.runSync(proc.parse(file), file)
  return tree.children.filter((node): node is ElementContent => node.type === 'element' || node.type === 'text')
}

/** Serialize a whole page (or SVG document) once. */
export function stringify(tree: HastRoot): string {
  return processor().stringify(tree)
}
