/**
 * The title: the headline exactly as printed (capitals kept), without a
 * Markdown `#` or a page-title suffix (` - Báo Bình Dương`). No headline
 * gives null and `no-title`: deriving a display title is the archive's job.
 */
import type {CleanArticle} from '../../types.js'
import {evidenceAt, pending, type Extracted} from './context.js'

/** A page-title suffix naming the site: ` - Báo X`, ` | Cổng thông tin điện tử Y`. */
const SITE_SUFFIX = /\s+[|–—-]\s+(?:báo|tạp chí|cổng thông tin|trang thông tin|đài|tin tức|vnexpress|dân trí|vietnamplus)(?:\s.*)?$/iu

/** The result of title extraction. */
export type TitleResult = Extracted<{title: string | null}>

/** The headline as printed, cleaned of a `#` and a site suffix. */
export function extractTitle(article: CleanArticle): TitleResult {
  const headline = article.headline
  if (!headline) {
    return {title: null, evidence: {}, warnings: [pending('no-title', article.blocks[0] ?? null)]}
  }
  // An empty pair of brackets closing the headline (`... huyện X ()`): a source the page left blank.
  const title = headline.text.replace(/^#{1,6}\s+/u, '').replace(SITE_SUFFIX, '').replace(/\s*\(\s*\)\s*$/u, '').trim()
  return {title, evidence: {title: evidenceAt(headline, 0, title)}, warnings: []}
}

/** Whether a title is printed in capitals (`TẬP HUẤN CÔNG TÁC NHÂN QUYỀN`). */
export {isAllCaps} from '../../text/normalize.js'

/**
 * A capitals headline in sentence case, for display (the record keeps the
 * headline as printed): first letter, and words that follow `:`, upper.
 */
export function sentenceCase(title: string): string {
  const lower = title.toLocaleLowerCase('vi')
  return lower.replace(/(^|[:.!?]\s+)(\p{Ll})/gu, (_, before: string, ch: string) => before + ch.toLocaleUpperCase('vi'))
}
