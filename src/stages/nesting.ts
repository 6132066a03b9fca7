/**
 * A step of the clean stage for Markdown stories: nesting deeper than
 * `MAX_NESTING` is flattened before anything parses it (see
 * `text/nesting.ts`), with a `nesting-flattened` warning at the line.
 * Plain-text stories are escaped when rendered and never nest.
 */
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {flattenNesting, MAX_NESTING} from '../text/nesting.js'
import type {Block, CleanArticle, SourceFile} from '../types.js'

/** The article with each Markdown block's nesting capped; the same article for `.txt`. */
export function flattenStory(article: CleanArticle, format: SourceFile['format'], file: VFile): CleanArticle {
  if (format !== 'md') return article
  const flatten = (block: Block): Block => {
    const {text, found} = flattenNesting(block.text)
    for (const f of found) {
      const place = {line: block.line + f.line, column: f.line === 0 ? block.column : 1}
      report(file, 'nesting-flattened', place, {what: f.what, depth: f.depth, limit: MAX_NESTING})
    }
    return found.length === 0 ? block : {...block, text}
  }
  return {...article, blocks: article.blocks.map(flatten), headline: article.headline && flatten(article.headline)}
}
