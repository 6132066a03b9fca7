/**
 * The small words and marks of the mention grammar (`stages/extract/people/`):
 * what introduces a person, what joins people or positions, what makes a
 * mention a citation. Office heads, bodies and predicates live in
 * `offices.ts`, ranks in `ranks.ts`, names in `surnames.ts`.
 *
 * Words are matched in lower case (`Token.lower`), marks as written.
 */

/** Words that introduce a person without a rank: "đồng chí X" (short "Đ/c X"), "ông Y", "bà Z" (matched case-insensitively). */
export const PERSON_TITLES: readonly string[] = ['đồng chí', 'ông', 'bà', 'thầy giáo', 'cô giáo', 'đ/c']

/**
 * Words right before a name that make its bearer a child or a pupil ("em
 * Nguyễn Thị A, đến từ tỉnh X"): a delegate of a children's forum or a
 * pupil quoted, never an official of the story, even in a sentence that
 * lists participants ("Lần đầu dự trại hè, em ...").
 */
export const CHILD_WORDS: readonly string[] = ['em', 'cháu', 'bé']

/**
 * Words right before a mention that make it a citation, not a presence:
 * "của" (of: "theo chỉ đạo của Thủ tướng ..."). A person only ever cited,
 * with no role in the event, is left out: the officials are the people of
 * the story, and an invented participant costs more than a missing one.
 */
export const CITING_WORDS: readonly string[] = ['của']

/**
 * Nouns of a host's favour before "của" ("nhờ sự giúp đỡ của Linh mục X,
 * ..."): the person thanked made the event possible on the spot, so the
 * mention is not a citation (the person is kept, as mentioned).
 */
export const HOSTING_NOUNS: readonly string[] = ['sự quan tâm', 'sự giúp đỡ', 'sự tạo điều kiện', 'sự cho phép']

/**
 * What may stand between two people for the first to share the second's
 * predicate ("A và B chủ trì", "A, B cùng dự"), compared in lower case.
 */
export const PREDICATE_SHARING_GAP: readonly string[] = ['và', ',', ';', 'cùng', 'với']

/**
 * Words that may follow a short reference ("Thứ trưởng Hùng và ..."), besides
 * a predicate, an adverb or punctuation. "Thủ tướng Chính phủ" is no
 * reference: `phủ` is none of these.
 */
export const REFERENCE_END_WORDS: readonly string[] = ['và', 'cùng', 'với']

/** Words that join a position to a second capitalised body ("Sở Lao động và Thương binh ..."). */
export const POSITION_JOINERS: readonly string[] = ['và']

/**
 * Words after a person that open a companion phrase, past which the
 * predicate is still theirs ("X cùng các đại biểu dự ...").
 */
export const COMPANION_OPENERS: readonly string[] = ['cùng']

/**
 * Nouns that make the subject of a speech verb a report presenter when they
 * follow it closely ("trình bày hai chuyên đề", "quán triệt các chuyên đề").
 */
export const REPORT_NOUNS: readonly string[] = ['chuyên đề']

/** Marks between a name and a position that follows it ("X, Giám đốc ...", "X - Viện ...", "X (Sở ...)", "X: ..."). */
export const NAME_POSITION_SEPARATORS: readonly string[] = [',', '-', '–', '(', ':']

/** Marks after a name that may introduce an affiliation starting with a body ("X - Viện Y", "X (Sở Y)"). */
export const AFFILIATION_SEPARATORS: readonly string[] = ['-', '–', '(', ',']

/** Marks joining two ranks or titles of one person ("Đại tá, PGS.TS", "PGS. TS", "PGS-TS"). */
export const RANK_SEPARATORS: readonly string[] = [',', '.', '-', '–']

/** Dashes (and `&`) that continue a position into a capitalised body ("Giám đốc Sở Y tế - Bảo hiểm ...", "Bộ Lao động, Thương binh & Xã hội"). */
export const POSITION_DASHES: readonly string[] = ['-', '–', '&']

/**
 * What may stand between two positions of one chain, joined: nothing, a comma
 * or a dash ("Phó Giám đốc Công an tỉnh - Phó Trưởng ban Thường trực"), or an
 * opening parenthesis before a second office ("Giảng viên Học viện X
 * (nguyên Vụ trưởng Vụ Y)").
 */
export const POSITION_CHAIN_GAPS: readonly string[] = ['', ',', '-', '–', '(']

/**
 * What may stand between two positions of one person when no name follows
 * the second ("X - Phó Giám đốc Học viện A; Ủy viên Ban Chấp hành B đã
 * trình bày"): a semicolon, which elsewhere separates people of a list.
 */
export const POSITION_LIST_GAPS: readonly string[] = [';']

/**
 * Words before a person that make the audience the subject: "các đại biểu
 * được nghe X trình bày về ..." — X presented to the class.
 */
export const LISTENING_WORDS: readonly string[] = ['nghe']

/**
 * Speech predicates that, heard by an audience (`LISTENING_WORDS`), make the
 * speaker a presenter: "được nghe X trao đổi, chia sẻ kinh nghiệm ..." (round b7).
 */
export const PRESENTING_PREDICATES: readonly string[] = [
  'trình bày', 'giới thiệu', 'thông tin', 'trao đổi', 'chia sẻ', 'có những chia sẻ', 'có bài chia sẻ',
  // "được nghe X cung cấp số liệu cho ...": X taught the audience (round b10).
  'cung cấp',
  // "các đại biểu nghe ông A trình bày X; ông B báo cáo tình hình Y": each presents a subject to the room (round b16).
  'báo cáo', 'thuyết trình', 'quán triệt', 'phân tích'
]

/**
 * Words opening a sentence that put its first person's presenting predicate
 * at the start of the programme: "Mở đầu buổi học, X chia sẻ ..." — X
 * presented the opening talk (round b9). Matched on the sentence's first words.
 */
export const OPENING_WORDS: readonly string[] = ['mở đầu']
