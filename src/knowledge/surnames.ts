/**
 * Vietnamese personal names as data: the surnames a full name starts with,
 * the first words of ethnic-minority names, and the capitalised phrases that
 * look like names but are not people of a story (historical figures, places
 * and institutions named after them).
 *
 * A name here is written surname first, as Vietnamese text prints it:
 * `Nguyễn Văn Kỷ`, `Nguyễn Thị Thanh Hải`, `Ksor Phước Hà`, `H'Hen Niê`.
 */
import {FOREIGN_PLACE_PHRASES} from './countries.js'
import {BODIES, OFFICE_HEADS, PREDICATES} from './offices.js'
import {MILITARY_RANKS, NAVAL_RANKS} from './ranks.js'
import {RELIGION_WORDS, RELIGIONS} from './religions.js'

/**
 * Kinh surnames, the common ones first. Left out on purpose: `Văn` (rare as
 * a surname, and the first word of "Văn phòng", "Văn hóa" everywhere), `Phó`
 * and `Quang` (the deputy prefix; a common middle name), `Cung`, `Đông`.
 */
export const SURNAMES: readonly string[] = [
  'Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi',
  'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lâm', 'Đào', 'Đoàn', 'Vương', 'Trịnh', 'Trương',
  'Đinh', 'Mai', 'Lưu', 'Tạ', 'Cao', 'Hà', 'Tô', 'Thái', 'Chu', 'Kiều', 'Quách', 'Tăng',
  'Lương', 'Triệu', 'Châu', 'La', 'Diệp', 'Mạc', 'Khúc', 'Lại', 'Thân', 'Tôn', 'Giang',
  'Ông', 'Phùng', 'Từ', 'Nông', 'Đàm', 'Lã', 'Hứa', 'Khổng', 'Nghiêm', 'Doãn', 'Âu',
  'Kim', 'Lục', 'Mẫn', 'Ninh', 'Phí', 'Quan', 'Tiêu', 'Tống', 'Trình', 'Ứng', 'Viên', 'Vi',
  'Yên', 'Lều', 'Lường', 'Hầu', 'Đồng', 'Bạch', 'Biện', 'Cù', 'Đậu', 'Giáp',
  'Hàn', 'Hồng', 'Kha', 'Khương', 'Lạc', 'Lò', 'Mã', 'Nhữ', 'Phương',
  'Sầm', 'Tào', 'Thạch', 'Thiều', 'Trà', 'Vòng', 'Xa',
  // less common Kinh and Hoa surnames seen in officials' names
  'Lữ', 'Dư', 'Đới', 'Ôn', 'Trầm', 'Hán', 'Tiết', 'Đổng', 'Lô', 'Chế', 'Tường', 'Trang'
]

/**
 * First words of ethnic-minority names (Central Highlands, northern
 * mountains, Khmer): `Y Moan Niê`, `H'Hen Niê` (the `H'` prefix is checked by
 * shape), `Ksor Phước Hà`, `Rơ Châm Long`, `Giàng A Chu`, `Thạch Phước Bình`.
 */
const ETHNIC_NAME_STARTS: readonly string[] = [
  'Y', 'Ksor', 'Siu', 'Nay', 'Rơ', 'Rmah', 'Rah', 'Kpă', 'Niê', 'Êban', 'Byă', 'Mlô',
  'Ayun', 'Hđơk', 'Kpuih', 'Đinh', 'Bế', 'Lò', 'Lường', 'Quàng', 'Cầm', 'Tòng', 'Điêu',
  'Sùng', 'Giàng', 'Thào', 'Vàng', 'Mùa', 'Lầu', 'Vừ', 'Tráng', 'Sình', 'Chảo', 'Tẩn',
  'Bàn', 'Phàn', 'Điểu', 'Thạch', 'Danh', 'Liêng', 'Ma',
  // Hmong, Dao, Nùng and Khơ Mú family names of the northern mountains
  // (`Ly Mí Sính`, `Hạng A Tủa`, `Lù Văn Que`, `Sần Chỉn Mẩy`, `Lìu Mạnh Hùng`, `Nịnh Văn Tâm`);
  // `Ly` is the Hmong spelling of `Lý`
  'Ly', 'Hạng', 'Lù', 'Sần', 'Lìu', 'Nịnh', 'Cứ',
  // Khmer family names of the Mekong provinces (`Sơn Thị Mỹ Hạnh`, `Chau Ly`)
  'Sơn', 'Chau', 'Néang', 'Kiên'
]

/**
 * Capitalised phrases that start like a name but are never a person of the
 * story: historical figures (honoured in institution and street names, quoted
 * as authorities) and places whose name begins with a surname.
 */
export const NOT_PERSON_NAMES: readonly string[] = [
  // historical figures
  'Hồ Chí Minh', 'Nguyễn Ái Quốc', 'Nguyễn Tất Thành', 'Tôn Đức Thắng', 'Lê Duẩn',
  'Trường Chinh', 'Phạm Văn Đồng', 'Võ Nguyên Giáp', 'Lê Hồng Phong', 'Trần Phú',
  'Hà Huy Tập', 'Nguyễn Văn Cừ', 'Nguyễn Thị Minh Khai', 'Võ Thị Sáu', 'Lê Văn Tám',
  'Nguyễn Văn Trỗi', 'Nguyễn Văn Linh', 'Lê Đức Thọ', 'Võ Văn Kiệt', 'Đỗ Mười',
  'Lê Khả Phiêu', 'Nông Đức Mạnh', 'Nguyễn Huệ', 'Trần Hưng Đạo', 'Lý Thường Kiệt',
  'Lý Thái Tổ', 'Lý Công Uẩn', 'Nguyễn Trãi', 'Lê Lợi', 'Lê Thánh Tông', 'Ngô Quyền',
  'Đinh Tiên Hoàng', 'Đinh Bộ Lĩnh', 'Hai Bà Trưng', 'Bà Triệu', 'Nguyễn Du',
  'Nguyễn Đình Chiểu', 'Phan Bội Châu', 'Phan Châu Trinh', 'Huỳnh Thúc Kháng',
  'Nguyễn Thái Học', 'Hoàng Văn Thụ', 'Lê Quý Đôn', 'Chu Văn An', 'Tô Hiến Thành',
  'Trần Quốc Toản', 'Trần Nhân Tông', 'Nguyễn Chí Thanh', 'Lê Trọng Tấn',
  'Hoàng Quốc Việt', 'Trần Quốc Hoàn', 'Mạc Đĩnh Chi', 'Lương Thế Vinh',
  // places that start with a surname
  'Hà Nội', 'Hà Nam', 'Hà Giang', 'Hà Tĩnh', 'Hà Đông', 'Hà Tiên', 'Hà Long', 'Lâm Đồng',
  'Lâm Hà', 'Cao Bằng', 'Cao Lãnh', 'Thái Bình', 'Thái Nguyên', 'Thái Lan', 'Châu Đốc',
  'Châu Thành', 'Châu Phú', 'Hoàng Mai', 'Hoàng Sa', 'Lê Chân', 'Giang Thành', 'Mai Sơn',
  'Mai Châu', 'Kim Bảng', 'Kim Sơn', 'Kim Động', 'Đồng Nai', 'Đồng Tháp', 'Đồng Hới',
  'Đồng Xoài', 'Đồng Văn', 'Lý Sơn', 'Phan Thiết', 'Phan Rang', 'Hồ Gươm', 'Hồ Tây',
  'Trà Vinh', 'Trà Bồng', 'Ninh Bình', 'Ninh Thuận', 'Ninh Kiều', 'Hồng Bàng', 'Lào Cai',
  'Đinh Lập', 'Võ Nhai', 'Vũ Thư', 'Quan Hóa', 'Quan Sơn', 'Kiều Liêu', 'Dương Minh Châu',
  'Tô Lịch', 'Cù Lao Chàm', 'Phú Quốc', 'Lạc Dương', 'Lạc Sơn', 'Hàn Quốc', 'Triều Tiên',
  'Trung Quốc', 'Mỹ Tho', 'Yên Bái', 'Yên Bình', 'Yên Lạc', 'Yên Mỹ', 'Yên Phong',
  'Ninh Hòa', 'Ninh Giang', 'Phương Nam', 'Sầm Sơn', 'Xa Mát',
  // places that start with a Khmer family name (`Sơn`)
  'Sơn La', 'Sơn Tây', 'Sơn Trà', 'Sơn Tịnh', 'Sơn Hà', 'Sơn Hòa', 'Sơn Động', 'Sơn Dương',
  // countries, continents and regions abroad (`Hà Lan`, `Châu Âu`, `Thụy Điển`)
  ...FOREIGN_PLACE_PHRASES
]

/**
 * Places of `NOT_PERSON_NAMES` whose two words are also a common pair of
 * given names (`Nguyễn Phương Nam`, `Trần Hoàng Mai`, `Lê Kim Sơn`): a name
 * never starts with one, but one may end a name after its surname.
 */
export const PLACES_ALSO_GIVEN_NAMES: readonly string[] = ['Phương Nam', 'Hoàng Mai', 'Kim Sơn', 'Yên Bình', 'Mai Sơn']

/**
 * Words that, right before a capitalised run, show that the run names a
 * street, a school or a monument rather than a person:
 * "đường Nguyễn Huệ", "Trường Chính trị Lê Duẩn".
 */
export const NAME_BLOCKERS_BEFORE: readonly string[] = [
  'đường', 'phố', 'Đường', 'Phố', 'Trường', 'trường', 'Học viện', 'Đại học', 'Quỹ',
  'Giải thưởng', 'giải thưởng', 'tư tưởng', 'Tư tưởng', 'Bác', 'bác', 'Bệnh viện', 'Cầu',
  'cầu', 'Chợ', 'chợ', 'Công viên', 'công viên', 'Bảo tàng', 'bảo tàng', 'Nhà văn hóa',
  'Sân vận động', 'Tượng đài', 'tượng đài', 'Lăng', 'lăng', 'Đền', 'đền', 'Chùa', 'chùa',
  'tàu', 'Tàu', 'Khu di tích', 'khu di tích', 'Di tích', 'di tích', 'Quảng trường',
  'quảng trường', 'Nhà thi đấu', 'Hội trường', 'hội trường', 'Kênh', 'kênh', 'Sông', 'sông',
  'Trạm', 'Bến', 'bến', 'Cảng', 'cảng', 'Thị trấn', 'Xã', 'Phường', 'Huyện', 'Quận',
  'Làng', 'làng', 'Đảo', 'đảo', 'Đèo', 'đèo', 'Núi', 'núi', 'Giải', 'giải',
  // industrial and economic zones named after a place ("Khu công nghiệp Trà Kha")
  'Khu công nghiệp', 'khu công nghiệp', 'Cụm công nghiệp', 'cụm công nghiệp', 'KCN', 'CCN',
  'Khu kinh tế', 'khu kinh tế', 'Khu chế xuất', 'khu chế xuất', 'Khu đô thị', 'khu đô thị',
  // Catholic parishes, dioceses and churches are named after their village ("giáo xứ Hà Lộc")
  'Giáo xứ', 'giáo xứ', 'Giáo họ', 'giáo họ', 'Giáo phận', 'giáo phận', 'Nhà thờ', 'nhà thờ',
  'Thánh đường', 'Thánh Đường', 'thánh đường', 'Tu viện', 'tu viện', 'Dòng'
]

/**
 * Middle words some outlets print in lower case inside a full name
 * (`Lê văn Tấn`, `Trần thị Mai`): right after a surname and before a
 * capitalised given name, they are part of the name.
 */
export const LOWER_MIDDLE_NAMES: readonly string[] = ['văn', 'thị']

/** Most syllables in a name we accept (`Nguyễn Thị Thanh Hải` has four). */
export const MAX_NAME_SYLLABLES = 5
/** Fewest syllables: a given name alone (`ông Kỷ`) is a short reference, not a name. */
export const MIN_NAME_SYLLABLES = 2
/**
 * Longest syllable, in letters. Vietnamese syllables have at most seven
 * (`nghiêng`); longer words are foreign (`Vajiralongkorn`).
 */
const MAX_SYLLABLE_LETTERS = 7

const SURNAME_SET = new Set(SURNAMES.map((s) => s.toLowerCase()))
const ETHNIC_SET = new Set(ETHNIC_NAME_STARTS.map((s) => s.toLowerCase()))

/** A syllable written with a capital: `Kỷ`, `H'Hen`; not `UBND`, `ThS`, `kỷ`. */
const TITLE_SYLLABLE = /^(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]*$/u

/** Whether a word is one capitalised Vietnamese syllable (a possible part of a name). */
export function isNameSyllable(word: string): boolean {
  if (!TITLE_SYLLABLE.test(word)) return false
  const letters = word.replace(/['’]/g, '')
  if (letters.length > MAX_SYLLABLE_LETTERS) return false
  return /[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]/iu.test(letters)
}

/**
 * Whether a word can start a full name: a surname, an ethnic first word, or
 * a letter and an apostrophe before a capital, as the Central Highlands'
 * names write a prefix (`H'Hen`, `K'Brơi`, `Y'Bhim`, `R'Mah`).
 */
export function isSurname(word: string): boolean {
  const lower = word.toLowerCase()
  return SURNAME_SET.has(lower) || ETHNIC_SET.has(lower) || /^h['’]\p{L}/u.test(lower) || /^\p{L}['’]\p{Lu}/u.test(word)
}

const foldKey = (words: readonly string[]): string => words.join(' ').toLowerCase()

/**
 * Lower-cased phrases that can never be inside a name: historical figures,
 * places, offices and ranks ("... Văn A Hà Nội", "... Phó Chủ tịch").
 */
const NEVER_IN_NAME = new Set<string>(
  [...NOT_PERSON_NAMES, ...OFFICE_HEADS, ...MILITARY_RANKS, ...NAVAL_RANKS]
    .filter((p) => !PLACES_ALSO_GIVEN_NAMES.includes(p))
    .map((p) => p.toLowerCase())
)
/**
 * Lower-cased phrases a name cannot start with: the above, the bodies
 * ("Đoàn Thanh niên", "Văn Phòng") and the religions ("Cao Đài", "Tôn
 * Giáo"). Inside a name, body phrases are given names ("Lê Trung Tâm",
 * "Nguyễn Thanh Tra", "Trần Liên Minh"), so they only count at the start.
 */
const NEVER_STARTS_NAME = new Set<string>(
  [...NEVER_IN_NAME, ...PLACES_ALSO_GIVEN_NAMES, ...BODIES, ...RELIGIONS, ...RELIGION_WORDS].map((b) => b.toLowerCase())
)
/** Longest phrase of both sets, in words. */
const LONGEST_NOT_NAME = Math.max(...[...NEVER_STARTS_NAME].map((p) => p.split(' ').length))

/**
 * Whether a phrase of two or more words that a name cannot hold starts at
 * `tokens[i]`: any such phrase when `inside` is false (the name would start
 * there), only places, figures, offices and ranks when it is true. One-word
 * bodies (`Trường`, `Khoa`, `Hội`, `Đoàn`) are also given names and surnames,
 * so they never disqualify a name on their own.
 */
export function notNameAt(tokens: readonly string[], i: number, inside = false): boolean {
  const phrases = inside ? NEVER_IN_NAME : NEVER_STARTS_NAME
  for (let n = Math.min(LONGEST_NOT_NAME, tokens.length - i); n >= 2; n--) {
    if (phrases.has(foldKey(tokens.slice(i, i + n)))) return true
  }
  return false
}

/**
 * Whether a list of words looks like a Vietnamese full name: 2–5 capitalised
 * syllables, the first a known surname (or an ethnic-name first word), none
 * starting an office, a body or a rank, and not a historical figure or a
 * place. `['Nguyễn', 'Văn', 'Kỷ']` → true; `['Hồ', 'Chí', 'Minh']`,
 * `['Bộ', 'Công']`, `['Maha', 'Vajiralongkorn']` → false.
 */
export function looksLikePersonName(tokens: readonly string[]): boolean {
  if (tokens.length < MIN_NAME_SYLLABLES || tokens.length > MAX_NAME_SYLLABLES) return false
  if (!tokens.every(isNameSyllable)) return false
  if (!isSurname(tokens[0]!)) return false
  for (let i = 0; i < tokens.length; i++) if (notNameAt(tokens, i, i > 0)) return false
  return true
}

/** Whether a name (as words) starts with a phrase that is never a person (`Hồ Chí Minh`, `Hà Nội`). */
export function startsWithNotPerson(tokens: readonly string[]): number {
  for (const phrase of NOT_PERSON_NAMES) {
    const words = phrase.split(' ')
    if (words.length <= tokens.length && foldKey(tokens.slice(0, words.length)) === phrase.toLowerCase()) {
      return words.length
    }
  }
  return 0
}

/** Most words in a foreign name written in Latin script (`Bart Hogeveen`, `Anna Maria de Vries` is cut). */
export const MAX_FOREIGN_NAME_WORDS = 3

/** One Vietnamese syllable, by shape: initial consonant, vowels, final consonant. */
const VIETNAMESE_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]{1,3}(?:ng|nh|ch|[cmnpt])?$/u
/** Whether a word has the shape of one Vietnamese syllable (`minh`, `nguyễn`; not `ming`, `bart`). */
export function isVietnameseSyllableShape(word: string): boolean {
  const w = word.toLowerCase()
  if (!VIETNAMESE_SYLLABLE.test(w)) return false
  const bare = w.normalize('NFD').replace(/[\u0300\u0301\u0303\u0309\u0323]/gu, '').normalize('NFC')
  // "-ng" never follows a lone i or y ("minh", not "ming"); "-nh" and "-ch" follow only a, ê, i, y.
  if (/[iy]ng$/u.test(bare)) return false
  if (/(?:nh|ch)$/u.test(bare) && !/[aêiy](?:nh|ch)$/u.test(bare)) return false
  return true
}

/** The first words of the predicates after a name (`chủ` of "chủ trì", `phát` of "phát biểu"). */
const PREDICATE_FIRST_WORDS: ReadonlySet<string> = new Set(PREDICATES.map((p) => p.phrase.split(' ')[0]!))

/** Letters only Vietnamese writes: a foreign name has none of them. */
const VIETNAMESE_LETTERS = /[ăâđêôơưàáảãạằắẳẵặầấẩẫậèẻẽẹềếểễệìỉĩịòỏõọồốổỗộờớởỡợùủũụừứửữựỳỷỹỵ]/iu

/**
 * Where a capitalised word is two Vietnamese syllables glued by a lost
 * space (`Anđồng` in "Tô Quốc Anđồng chủ trì", a copy's artefact): the
 * index of the second syllable, or 0. Only a word with a letter only
 * Vietnamese writes, that is no syllable itself, and that splits one way
 * only into a capitalised syllable and the first word of a predicate.
 */
export function gluedSyllableSplit(word: string): number {
  // Called for every word of every block: the set lookups come first, the
  // syllable-shape checks (a normalisation each) only for a candidate.
  let found = 0
  // The second half opens a predicate ("đồng chủ trì", "phát biểu"); the
  // first has two letters at least: ethnic names glue a lone vowel (`Êban`, `Ênuôl`).
  for (let j = 2; j < word.length; j++) {
    if (!PREDICATE_FIRST_WORDS.has(word.slice(j))) continue
    if (found) return 0
    found = j
  }
  if (!found || !/^\p{Lu}\p{Ll}+$/u.test(word) || !VIETNAMESE_LETTERS.test(word)) return 0
  return isVietnameseSyllableShape(word.slice(0, found)) && !isVietnameseSyllableShape(word) ? found : 0
}

/**
 * Whether words look like a foreign person's name in Latin script, after
 * "ông", "bà" or "ngài": 2–`MAX_FOREIGN_NAME_WORDS` capitalised words of
 * plain Latin letters, none with a letter only Vietnamese writes, at least
 * one that no Vietnamese syllable could be (`Hogeveen`, `Bart`). Vietnamese
 * names written without diacritics (`Nguyen Van An`) are not: every word
 * is a syllable's shape.
 */
export function looksLikeForeignName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > MAX_FOREIGN_NAME_WORDS) return false
  if (!words.every((w) => /^\p{Lu}[\p{Ll}]+(?:-\p{Lu}?[\p{Ll}]+)?$/u.test(w) && !VIETNAMESE_LETTERS.test(w))) return false
  return words.some((w) => !VIETNAMESE_SYLLABLE.test(w.toLowerCase()))
}
