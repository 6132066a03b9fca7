/**
 * Text normalisation shared by every stage.
 *
 * Vietnamese text arrives in NFC or NFD, and with tone marks in the "old"
 * (`hòa`, `thủy`) or "new" (`hoà`, `thuỷ`) placement. Everything inside the
 * build is NFC with the old placement, which is what most outlets print and
 * what the government's style guide accepted for proper names.
 */

/** Tone marks on a bare vowel, by vowel: `[grave, acute, hook, tilde, dot]`. */
const TONED: Record<string, string> = {
  a: 'àáảãạ', e: 'èéẻẽẹ', y: 'ỳýỷỹỵ', o: 'òóỏõọ', u: 'ùúủũụ',
  A: 'ÀÁẢÃẠ', E: 'ÈÉẺẼẸ', Y: 'ỲÝỶỸỴ', O: 'ÒÓỎÕỌ', U: 'ÙÚỦŨỤ'
}

/** The tone (0–4) and base vowel of a toned vowel, for the five vowels above. */
const TONE_OF = new Map<string, {base: string; tone: number}>()
for (const [base, toned] of Object.entries(TONED)) {
  ;[...toned].forEach((ch, tone) => TONE_OF.set(ch, {base, tone}))
}

/**
 * New-style placement puts the mark on the second vowel of `oa`, `oe`, `uy`
 * at the end of a syllable (`hoà`, `khoẻ`, `thuỷ`); move it to the first
 * (`hòa`, `khỏe`, `thủy`). `qu` + `y` is not a diphthong (`quý`): left alone.
 */
const NEW_STYLE_TONED =
  /(?<first>[oOuU])(?<second>[àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}\p{M}])/gu

function oldStylePlacement(text: string): string {
  return text.replace(NEW_STYLE_TONED, (match, first: string, second: string, offset: number, whole: string) => {
    const before = offset > 0 ? whole[offset - 1] : ''
    if (before === 'q' || before === 'Q') return match
    const info = TONE_OF.get(second)
    if (!info) return match
    const pair = first.toLowerCase() + info.base.toLowerCase()
    if (pair !== 'oa' && pair !== 'oe' && pair !== 'uy') return match
    const tonedFirst = TONED[first]?.[info.tone]
    return tonedFirst ? tonedFirst + info.base : match
  })
}

/** Space-like characters that copy-paste leaves in text, turned into U+0020. */
const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g
/** Invisible characters that carry no meaning in an article. */
const INVISIBLES = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g

/**
 * Normalise a decoded text: LF line ends, no BOM, plain spaces, NFC, old-style
 * tone placement. Idempotent.
 */
export function normalizeText(text: string): string {
  return oldStylePlacement(
    text
      .replace(/\r\n?/g, '\n')
      .replace(INVISIBLES, '')
      .replace(ODD_SPACES, ' ')
      .normalize('NFC')
  ).normalize('NFC')
}

/** Collapse runs of white space and trim. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Fold for comparison and search: NFD, marks removed, `đ` → `d`, lower case,
 * spaces collapsed. `Nguyễn Văn Kỷ` → `nguyen van ky`.
 */
export function fold(text: string): string {
  return squash(
    text
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
  )
}

/**
 * A key for a person's name: lower case and spaces collapsed, but tone
 * marks and `đ` kept (in old-style placement), since Vietnamese names
 * that differ only in tone are different names: `Nguyễn Văn Hùng` and
 * `Nguyễn Văn Hưng`, `Trần Thị Hoa` and `Trần Thị Hòa`.
 */
export function nameKey(text: string): string {
  return squash(normalizeText(text).toLocaleLowerCase('vi'))
}

/** Vietnamese collation, for every sorted list a person reads. */
export const collator = new Intl.Collator('vi', {sensitivity: 'base', numeric: true})

/** Compare two strings the way a Vietnamese reader expects, ties broken by code point. */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0)
}
