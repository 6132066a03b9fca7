/**
 * The one unified processor of the render stage, built once:
 *
 *   remark-parse → remark-rehype → rehypeSafeLinks → rehypeLinkNames
 *   → rehypeBlockKinds → rehype-stringify
 *
 * An article body goes through `parse` + `runSync` with a fresh vfile per
 * article (the spans extraction found to link travel on `file.data`, as
 * offsets in the story's Markdown); whole pages, built
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
import type {Story, StorySpan} from '../types.js'
import {markdownRange, storyMarkdown} from './markdown.js'
import {rehypeBlockKinds, rehypeLinkNames, type StoryLink} from './plugins/link-names.js'
import {rehypeSafeLinks} from './plugins/safe-links.js'
import {rehypeAbbreviations} from './plugins/abbreviations.js'

function createProcessor() {
  return unified()
    .use(remarkParse)
    .use(remarkRehype)
    .use(rehypeSafeLinks)
    .use(rehypeLinkNames)
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

/**
 * An article's story as hast, ready to sit inside a page. `hrefOf` gives the
 * page a span of the story links to, or null to leave it as text.
 */
export function storyToHast(story: Story, hrefOf: (span: StorySpan) => string | null): ElementContent[] {
  const md = storyMarkdown(story)
  const links: StoryLink[] = []
  for (const span of story.spans) {
    const href = hrefOf(span)
    const range = href === null ? null : markdownRange(md, story, span)
    if (href === null || range === null) continue
    links.push({start: range[0], end: range[1], href, kind: span.kind, text: story.blocks[span.block]!.text.slice(span.start, span.end)})
  }
  links.sort((a, b) => a.start - b.start || b.end - a.end)
  const file = new VFile({
    value: md.markdown,
    path: `${story.id}.${story.format}`,
    data: {storyLinks: links, blockKinds: md.kinds}
  })
  const proc = processor()
  const tree = proc.runSync(proc.parse(file), file)
  return tree.children.filter((node): node is ElementContent => node.type === 'element' || node.type === 'text')
}

/** Serialize a whole page (or SVG document) once. */
export function stringify(tree: HastRoot): string {
  return processor().stringify(tree)
}
