/**
 * Authors: the names in the bylines (`Anh Khoa - Nguyễn Anh`, `Bài và ảnh:
 * X`, the `| Mai Anh` of a dateline, `Quang Nhật/VOV-Tây Nguyên` without
 * its desk). Desks (`PV`, `Nhóm PV`) and source attributions (`Theo
 * TTXVN`) name no author. Names printed in capitals are
 * written in title case; the people extractor leaves these names out.
 */
import {ATTRIBUTION, BYLINE_DESK, BYLINE_LABEL_AFTER, BYLINE_PREFIX, GENERIC_BYLINES, isSignatureInitials, splitAffiliation, stripBylineHonorific} from '../../knowledge/boilerplate.js'
import type {CleanArticle, Evidence} from '../../types.js'
import {evidenceAt, type Extracted} from './context.js'

/** The result of author extraction (bylines raise no warnings). */
export type AuthorsResult = Extracted<{authors: string[]}>

/** `MAI ANH` → `Mai Anh`; names in mixed case, and initials (`TLL`), are kept as printed. */
export function titleCaseName(name: string): string {
  if (name !== name.toLocaleUpperCase('vi') || isSignatureInitials(name)) return name
  return name
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => (w ? w[0]!.toLocaleUpperCase('vi') + w.slice(1) : w))
    .join(' ')
}

/** The names of one byline, with their offsets in it. */
export function bylineNames(text: string): {name: string; index: number}[] {
  if (GENERIC_BYLINES.test(text.trim()) || ATTRIBUTION.test(text.trim())) return []
  const prefix = BYLINE_PREFIX.exec(text)
  const start = prefix ? prefix[0].length : 0
  const out: {name: string; index: number}[] = []
  const re = /[^-–—,;&/|]+/gu
  // Brackets (`(Cập nhật ngày 11-06-2018)`) and a signature's job (`Name – Chuyên viên ...`) name no one: blanked, offsets kept.
  let body = text.slice(start).replace(BYLINE_LABEL_AFTER, '').replace(BYLINE_DESK, '').replace(/\([^()]*\)/gu, (m) => ' '.repeat(m.length))
  // A writer's title after a label (`Tác giả: Cô giáo X - GVCN`): blanked, offsets kept; the unit after it dropped.
  const titled = stripBylineHonorific(body)
  if (prefix && titled.index > 0) body = ' '.repeat(titled.index) + titled.text
  const signed = splitAffiliation(body)
  if (signed) body = body.slice(0, body.indexOf(signed.name) + signed.name.length)
  for (let m = re.exec(body); m; m = re.exec(body)) {
    for (const part of m[0].split(/\svà\s/u)) {
      const name = part.replace(/\([^()]*\)/gu, '').replace(/[.:]+$/u, '').trim()
      if (!name || GENERIC_BYLINES.test(name) || !/\p{Lu}/u.test(name)) continue
      out.push({name, index: start + m.index + m[0].indexOf(name)})
    }
  }
  return out
}

/** The article's authors, in byline order, without repeats. */
export function extractAuthors(article: CleanArticle): AuthorsResult {
  const authors: string[] = []
  const evidence: Record<string, Evidence> = {}
  for (const block of article.bylines) {
    for (const {name, index} of bylineNames(block.text)) {
      const display = titleCaseName(name)
      if (authors.some((a) => a.toLocaleLowerCase('vi') === display.toLocaleLowerCase('vi'))) continue
      evidence[`authors.${authors.length}`] = evidenceAt(block, index, name)
      authors.push(display)
    }
  }
  return {authors, evidence, warnings: []}
}
