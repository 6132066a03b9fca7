/**
 * The outlet: from the mark at the start of the lead (`(CAO)` → `Công an
 * TPHCM`), else from the `url` front matter's domain, else from a source
 * attribution (`Theo TTXVN`). Unknown marks are kept as printed.
 */
import {ATTRIBUTION, outletForMark, outletForUrl} from '../../knowledge/boilerplate.js'
import type {CleanArticle} from '../../types.js'
import {evidenceAt, type Extracted} from './context.js'

/** The result of outlet extraction (it raises no warnings). */
export type OutletResult = Extracted<{outlet: string | null}>

/** The outlet of an article, from its mark, its url or its attribution. */
export function extractOutlet(article: CleanArticle, url: string | null): OutletResult {
  const mark = article.outletMark
  if (mark) return {outlet: outletForMark(mark.text) ?? mark.text, evidence: {outlet: evidenceAt(mark, 0, mark.text)}, warnings: []}
  if (url) {
    const outlet = outletForUrl(url)
    if (outlet) return {outlet, evidence: {outlet: {frontMatter: 'url'}}, warnings: []}
  }
  for (const block of article.bylines) {
    const m = ATTRIBUTION.exec(block.text.trim())
    if (m && m[1]) {
      const name = m[1].trim()
      return {outlet: outletForMark(name) ?? name, evidence: {outlet: evidenceAt(block, block.text.indexOf(name), name)}, warnings: []}
    }
  }
  return {outlet: null, evidence: {}, warnings: []}
}
