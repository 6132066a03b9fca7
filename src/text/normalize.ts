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
/**
 * Invisible characters that carry no meaning in an article: every
 * default-ignorable code point (zero-width spaces and joiners, U+034F,
 * bidi marks and isolates, invisible operators, U+180E, variation
 * selectors, tag characters, U+3164, soft hyphen, BOM) and the C0 controls
 * other than tab and line feed (NUL, ESC, BEL). Left in a name, any of them
 * makes a second official who looks exactly like the first.
 */
const INVISIBLES = /[\p{Default_Ignorable_Code_Point}\x00-\x08\x0B-\x1F\x7F]/gu
/**
 * Compatibility forms that print as plain letters and digits: full-width
 * ASCII (`Ｎｇｕｙễｎ`), half-width forms and the mathematical bold/italic
 * alphabets (`𝐍𝐠𝐮𝐲𝐞𝐧`). Folded with NFKC one character at a time: NFKC
 * on the whole text would also rewrite `…`, `²` and `½`, which the
 * story keeps as printed. Vietnamese letters have no compatibility form,
 * so they stay NFC.
 */
const COMPATIBILITY_FORMS = /[\uFF01-\uFFEE\u{1D400}-\u{1D7FF}]/gu
/**
 * An HTML line-break tag a copy of a page left in its text (`<br>`, `<br/>`,
 * `<BR />`), with the spaces around it: layout inside a caption or a
 * sentence ("Ông A, Giám đốc Sở B, <br>phát biểu"), read as one space so it
 * never parts a name from its position or a subject from its verb.
 */
const LINE_BREAK_TAG = /<br\s*\/?>/giu

/** Whether a character is a space or a tab (the blanks around a tag that the tag's space replaces). */
const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t'

/**
 * Replace line-break tags and the blanks around them by one space, until
 * none is left (`<br<br>>` leaves a tag behind after one pass). The blanks
 * are trimmed by hand: a pattern opening with `[ \t]*` retries at every
 * blank of a long run, quadratic on a pasted layout of spaces.
 */
function dropLineBreakTags(text: string): string {
  let out = text
  for (let before = ''; before !== out && /<br/iu.test(out); ) {
    before = out
    const parts = out.split(LINE_BREAK_TAG)
    out = parts
      .map((part, i) => {
        let start = 0
        let end = part.length
        if (i > 0) while (start < end && isBlank(part[start])) start++
        if (i < parts.length - 1) while (end > start && isBlank(part[end - 1])) end--
        return part.slice(start, end)
      })
      .join(' ')
  }
  return out
}

/**
 * Normalise a decoded text: LF line ends, no BOM, no invisible characters,
 * compatibility forms folded, plain spaces, no `<br>` tags, NFC, old-style tone placement.
 * Idempotent.
 */
export function normalizeText(text: string): string {
  return oldStylePlacement(
    dropLineBreakTags(text
      .replace(/\r\n?/g, '\n')
      .replace(INVISIBLES, '')
      .replace(COMPATIBILITY_FORMS, (ch) => ch.normalize('NFKC'))
      // U+2044 FRACTION SLASH and U+2215 DIVISION SLASH in dates: `23⁄11⁄2018`.
      .replace(/[\u2044\u2215]/gu, '/')
      .replace(ODD_SPACES, ' ')
      .normalize('NFC'))
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

/** Whether a line is printed in capitals (`TẬP HUẤN CÔNG TÁC NHÂN QUYỀN`): at least six letters, none lower case. */
export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '')
  return letters.length >= 6 && letters === letters.toLocaleUpperCase('vi') && letters !== letters.toLocaleLowerCase('vi')
}
