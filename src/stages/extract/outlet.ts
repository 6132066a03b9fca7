/**
 * The outlet: from the mark at the start of the lead (`(CAO)` → `Công an
 * TPHCM`), else from the `url` front matter's domain, else from a source
 * attribution (`Theo TTXVN`). Unknown marks are kept as printed.
 */
import {ATTRIBUTION, outletForMark, outletForUrl} from '../../knowledge/boilerplate.js'
import type {CleanArticle, Evidence} from '../../types.js'
import {evidenceAt} from './context.js'

/** The result of outlet extraction. */
export interface OutletResult {
  outlet: string | null
  evidence: Record<string, Evidence>
}

/** The outlet of an article, from its mark, its url or its attribution. */
export function extractOutlet(article: CleanArticle, url: string | null): OutletResult {
  const mark = article.outletMark
  if (mark) return {outlet: outletForMark(mark.text) ?? mark.text, evidence: {outlet: evidenceAt(mark, 0, mark.text)}}
  if (url) {
    const outlet = outletForUrl(url)
    if (outlet) return {outlet, evidence: {outlet: {frontMatter: 'url'}}}
  }
  for (const block of article.bylines) {
    const m = ATTRIBUTION.exec(block.text.trim())
    if (m && m[1]) {
      const name = m[1].trim()
      return {outlet: outletForMark(name) ?? name, evidence: {outlet: evidenceAt(block, block.text.indexOf(name), name)}}
    }
  }
  return {outlet: null, evidence: {}}
}
