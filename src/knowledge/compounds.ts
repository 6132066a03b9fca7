import {escapeRegExp} from '../text/pattern.js'

/**
 * Paired terms that Vietnamese writes with a comma inside one phrase:
 * "phòng, chống", "tạm giữ, tạm giam", "tín ngưỡng, tôn giáo". The comma
 * joins two halves of one notion; it never separates two items of a list,
 * so a list of topics is not split there ("các chuyên đề về quyền của người
 * bị tạm giữ, tạm giam và ..."). Pairs that also name two items of a list
 * ("quyền kinh tế, xã hội" read as two rights) are left out.
 */
const COMMA_COMPOUNDS: readonly (readonly [string, string])[] = [
  ['phòng', 'chống'],
  ['tạm giữ', 'tạm giam'],
  // Printed in either order too (`tạm giam, tạm giữ`), in the names of the units that run detention.
  ['tạm giam', 'tạm giữ'],
  // Administrative and judicial as one field (`hành chính, tư pháp` after `cải cách`), in departments' names.
  ['hành chính', 'tư pháp'],
  ['bắt', 'giữ'],
  ['bức cung', 'nhục hình'],
  ['tín ngưỡng', 'tôn giáo'],
  ['dân tộc', 'tôn giáo'],
  ['khiếu nại', 'tố cáo'],
  ['bảo vệ', 'bảo đảm'],
  ['tôn trọng', 'bảo vệ'],
  ['bảo đảm', 'thúc đẩy'],
  ['dân chủ', 'nhân quyền'],
  ['an ninh', 'trật tự'],
  ['tuyên truyền', 'phổ biến'],
  ['phổ biến', 'giáo dục'],
  ['xuyên tạc', 'vu cáo'],
  ['đấu tranh', 'phản bác'],
  ['phát hiện', 'ngăn chặn'],
  ['ngăn chặn', 'xử lý'],
  ['nhập cư', 'di cư'],
  // The ministry's name as papers print it: "Bộ Lao động, Thương binh và Xã hội".
  ['lao động', 'thương binh'],
  // Training and refresher schooling as one activity, in the names of the schools that give it.
  ['đào tạo', 'bồi dưỡng'],
  // Pupils and students as one public of education, in the names of units that serve them.
  ['học sinh', 'sinh viên']
]


/**
 * The first half of a paired term and its comma, where the second half
 * follows (matched as pairs, case-insensitively, on whole words).
 */
const COMMA_COMPOUND_PATTERN = new RegExp(
  `(?<![\\p{L}\\p{M}])(?:${COMMA_COMPOUNDS.map(([a, b]) => `${escapeRegExp(a)},[ \\t]{0,3}(?=${escapeRegExp(b)}(?![\\p{L}\\p{M}]))`).join('|')})`,
  'giu'
)

/** Placeholder for a paired term's comma while a list is split (a private-use character). */
const COMPOUND_COMMA = '\uE000'

/** Hide the commas of paired terms (`phòng, chống` → `phòng\uE000 chống`), keeping the length. */
export function maskCompoundCommas(text: string): string {
  return text.replace(COMMA_COMPOUND_PATTERN, (m) => m.replace(',', COMPOUND_COMMA))
}

/** Restore the commas hidden by `maskCompoundCommas`. */
export function unmaskCompoundCommas(text: string): string {
  return text.replaceAll(COMPOUND_COMMA, ',')
}
