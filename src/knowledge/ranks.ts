/**
 * Ranks that stand before a person's name: military and police ranks, naval
 * ranks, and academic titles and degrees.
 *
 * RECORDS.md: `rank` is one string or null. When an article gives both a
 * military (or police) rank and an academic title ("Đại tá, PGS.TS Nguyễn
 * Văn A"), the record keeps the military one: it is the rank the person
 * holds in the organisation the story is about, and the academic title is
 * still in the evidence text. A combined string such as "Đại tá, PGS.TS"
 * would break the contract's examples (`Thiếu tướng`, `PGS.TS`), so it is
 * never made.
 *
 * Academic titles are written in one canonical, compact form whatever the
 * source's spelling: `PGS. TS`, `PGS-TS`, `Phó Giáo sư, Tiến sĩ` → `PGS.TS`;
 * `Th.S` → `ThS`; `Tiến sĩ` → `TS`. The archive lists an official's ranks over
 * time, and one spelling per title keeps that list honest.
 *
 * All forms are in NFC with old-style tone placement (`úy`, not `uý`), which
 * is what `normalizeText` produces.
 */

/** Military and police ranks, highest first (the police use the army's names). */
export const MILITARY_RANKS: readonly string[] = [
  'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng',
  'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá',
  'Đại úy', 'Thượng úy', 'Trung úy', 'Thiếu úy',
  'Thượng sĩ', 'Trung sĩ', 'Hạ sĩ'
]

/** Naval flag ranks (the navy's names for the general officers). */
export const NAVAL_RANKS: readonly string[] = ['Đô đốc', 'Phó Đô đốc', 'Chuẩn Đô đốc']

/**
 * Academic titles and degrees written as abbreviations, by their lower-case
 * form, with the canonical spelling. A compound such as `PGS.TS` is split at
 * its dots and each part looked up here.
 */
const ACADEMIC_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['gs', 'GS'],
  ['pgs', 'PGS'],
  ['ts', 'TS'],
  ['tskh', 'TSKH'],
  ['ths', 'ThS'],
  ['th.s', 'ThS'],
  ['bs', 'BS'],
  ['bscki', 'BSCKI'],
  ['bsckii', 'BSCKII'],
  // Professions printed short before a name: kỹ sư, dược sĩ, luật sư.
  ['ks', 'KS'],
  ['ds', 'DS'],
  ['ls', 'LS']
])

/** Academic titles written out, with the abbreviation they are recorded as. */
export const ACADEMIC_SPELLED: ReadonlyMap<string, string> = new Map([
  ['Giáo sư', 'GS'],
  ['Phó Giáo sư', 'PGS'],
  ['Tiến sĩ khoa học', 'TSKH'],
  ['Tiến sĩ', 'TS'],
  ['Thạc sĩ', 'ThS'],
  ['Bác sĩ', 'BS'],
  // The older spelling with y, still printed by many papers: `Tiến sỹ`.
  ['Tiến sỹ khoa học', 'TSKH'],
  ['Tiến sỹ', 'TS'],
  ['Thạc sỹ', 'ThS'],
  ['Bác sỹ', 'BS'],
  ['Kỹ sư', 'KS'],
  ['Dược sĩ', 'DS'],
  ['Dược sỹ', 'DS']
])

/**
 * Fields of a doctorate printed after the title (`TS triết học - X`,
 * `Tiến sĩ luật học X`): part of the title, never of the name.
 */
export const ACADEMIC_FIELDS: readonly string[] = [
  'triết học', 'luật học', 'luật', 'kinh tế', 'kinh tế học', 'sử học', 'lịch sử', 'văn học', 'ngữ văn', 'xã hội học',
  'chính trị học', 'tâm lý học', 'giáo dục học', 'y học', 'khoa học', 'nhân học', 'quản lý', 'tâm lý'
]

/**
 * Degrees and professions that show a name follows but are not recorded as
 * a rank: a master's degree (`ThS`, `Thạc sĩ`) is an education, and a
 * physician's, engineer's, pharmacist's or lawyer's title (`BS`, `bác sĩ`,
 * `BSCKII`, `KS`, `DS`, `LS`) a profession, not a title the person holds in
 * the story's organisation (the blind sets' gold, rounds b5, b6 and b10,
 * agree). `ThS.BS` records nothing; `PGS.TS.BS` records `PGS.TS`.
 */
export const DEGREES_NOT_RANKS: ReadonlySet<string> = new Set(['ThS', 'BS', 'BSCKI', 'BSCKII', 'KS', 'DS', 'LS'])

/** The rank recorded for academic parts in canonical form: the degrees of `DEGREES_NOT_RANKS` left out; null when nothing is left. */
export function recordedAcademicRank(parts: readonly string[]): string | null {
  const titles = parts.filter((p) => !DEGREES_NOT_RANKS.has(p))
  return titles.length > 0 ? titles.join('.') : null
}

/**
 * Honorific titles the State confers, that may stand before a name (and so
 * show that a name follows), alone or next to a rank ("PGS.TS. NGƯT. Lê
 * Văn A", "NSND, TS Trần B"), but are neither a rank in the record's sense
 * nor part of the name: Nhà giáo, Thầy thuốc, Nghệ sĩ, Nghệ nhân Ưu tú /
 * Nhân dân, Anh hùng Lao động, Anh hùng LLVTND; abbreviated and spelled out
 * (matched in any case: "Nhà giáo ưu tú").
 */
export const HONORIFICS: readonly string[] = [
  'NGƯT', 'NGND', 'TTƯT', 'TTND', 'NSƯT', 'NSND', 'NNƯT', 'NNND', 'AHLĐ', 'AHLLVTND', 'AHLLVT',
  'Nhà giáo Ưu tú', 'Nhà giáo Nhân dân', 'Thầy thuốc Ưu tú', 'Thầy thuốc Nhân dân',
  'Nghệ sĩ Ưu tú', 'Nghệ sĩ Nhân dân', 'Nghệ sỹ Ưu tú', 'Nghệ sỹ Nhân dân',
  'Nghệ nhân Ưu tú', 'Nghệ nhân Nhân dân', 'Anh hùng Lao động', 'Anh hùng LLVTND',
  'Anh hùng Lực lượng vũ trang nhân dân', 'Anh hùng LLVT'
]

/** Whether a rank string is a military, police or naval rank (not academic). */
export function isMilitaryRank(rank: string): boolean {
  const lower = rank.toLowerCase()
  return [...MILITARY_RANKS, ...NAVAL_RANKS].some((r) => r.toLowerCase() === lower)
}

/**
 * The canonical spelling of a military or naval rank written in any case
 * (`THIẾU TƯỚNG`, `thiếu tướng` → `Thiếu tướng`), or null when it is not one.
 */
export function canonicalMilitaryRank(text: string): string | null {
  const lower = text.replace(/\s+/g, ' ').trim().toLowerCase()
  return [...MILITARY_RANKS, ...NAVAL_RANKS].find((r) => r.toLowerCase() === lower) ?? null
}

/**
 * The canonical academic rank for a list of academic parts, each an
 * abbreviation (`PGS`, `TS`, `Th.S`) or a spelled title (`Phó Giáo sư`).
 * Returns null when a part is not an academic title.
 *
 * `['PGS', 'TS']` → `PGS.TS`; `['Phó Giáo sư', 'Tiến sĩ']` → `PGS.TS`.
 */
export function canonicalAcademicRank(parts: readonly string[]): string | null {
  const out: string[] = []
  for (const part of parts) {
    const canon = academicPart(part)
    if (!canon) return null
    if (!out.includes(canon)) out.push(canon)
  }
  return out.length > 0 ? out.join('.') : null
}

/** One academic part in canonical form, or null. */
export function academicPart(part: string): string | null {
  const trimmed = part.replace(/\s+/g, ' ').trim()
  const abbr = ACADEMIC_ABBREVIATIONS.get(trimmed.toLowerCase())
  if (abbr) return abbr
  // Letters written with dots between them: "G.S", "T.S", "P.G.S".
  if (/^(?:\p{L}\.)+\p{L}$/u.test(trimmed)) {
    const letters = ACADEMIC_ABBREVIATIONS.get(trimmed.replace(/\./g, '').toLowerCase())
    if (letters) return letters
  }
  const lower = trimmed.toLowerCase()
  for (const [spelled, canon] of ACADEMIC_SPELLED) if (spelled.toLowerCase() === lower) return canon
  return null
}

/**
 * Canonicalise a rank as written, whichever kind: `PGS. TS` → `PGS.TS`,
 * `đại tá` → `Đại tá`, `Đại tá, PGS.TS` → `Đại tá` (the military rank wins,
 * see above). Null when the text holds no rank.
 */
export function canonicalRank(text: string): string | null {
  const military = canonicalMilitaryRank(text)
  if (military) return military
  const pieces = text.split(/\s*[,;]\s*/).filter(Boolean)
  for (const piece of pieces) {
    const m = canonicalMilitaryRank(piece)
    if (m) return m
  }
  const parts = text
    .split(/\s*[.,\-–]\s*|\s+(?=[A-ZĐ]{2,})/)
    .map((p) => p.trim())
    .filter(Boolean)
  const academic = canonicalAcademicRank(parts)
  if (academic) return academic
  return canonicalAcademicRank([text])
}
