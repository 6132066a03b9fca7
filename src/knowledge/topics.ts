/**
 * The words around a list of topics (chuyên đề): the cues that announce
 * one, the words that open it, the qualifiers and counts before a cue, and
 * the quote marks topics are printed in. Read by `stages/extract/topics.ts`.
 */

/** Cue words after which topics are listed. */
export const TOPIC_CUES: readonly string[] = ['chuyên đề', 'nội dung', 'chủ đề']

/**
 * Cues that name a meeting's theme when singular ("hội thảo với chủ đề
 * “A”": its title, not a chuyên đề): they list topics only when plural and
 * followed by a list opener with a colon ("Các chủ đề được thảo luận tại
 * hội thảo bao gồm: A; B; C").
 */
export const THEME_CUES: ReadonlySet<string> = new Set(['chủ đề'])

/**
 * Cues that name contents rather than chuyên đề: they list topics only when
 * a presenting verb (`PRESENTING_VERBS`) stands right before them. Measured
 * on the blind rounds (issue 11, round b7): lists a class studies ("học viên
 * nghiên cứu những nội dung: A; B") are left out of every gold from b4 on.
 */
export const CONTENTS_CUES: ReadonlySet<string> = new Set(['nội dung'])

/**
 * Besides `PRESENTING_VERBS`, the verbs of a meeting's focus that let a
 * contents cue list topics ("hội thảo tập trung vào các nội dung chính gồm:
 * A; B", "thảo luận ba nhóm nội dung: (1) A; (2) B"): the themes its papers
 * present. No blind round has this form; the fixture corpora keep it.
 */
export const CONTENTS_VERBS: readonly string[] = ['tập trung vào', 'tập trung thảo luận', 'thảo luận']

/** Words between a cue and its list ("gồm:", "về", "với nội dung"), tried longest first. */
export const LIST_OPENERS: readonly string[] = [
  'gồm có', 'bao gồm', 'gồm', 'như sau', 'sau đây', 'sau', 'với nội dung', 'có nội dung', 'liên quan đến', 'về', 'là', 'với', 'có'
]

/**
 * Openers that name what the chuyên đề are about ("các chuyên đề về A; B",
 * "các chuyên đề chính liên quan đến A; B"): weak, a list only when it
 * splits into several subjects.
 */
export const ABOUT_OPENERS: ReadonlySet<string> = new Set(['về', 'liên quan đến'])

/** Openers that announce a list strongly enough to take unquoted text. */
export const STRONG_OPENERS: ReadonlySet<string> = new Set(['gồm có', 'bao gồm', 'gồm', 'như sau', 'sau đây', 'sau'])

/**
 * Qualifiers that may stand between the cue and its opener ("các nội dung
 * chính gồm:", "những nội dung cơ bản sau:"). Skipped only when a strong
 * opener or a colon follows: "những nội dung cơ bản về ..." describes a
 * lecture, it does not list its chuyên đề.
 */
export const CUE_QUALIFIERS: readonly string[] = ['chính', 'cơ bản', 'trọng tâm', 'chủ yếu', 'quan trọng', 'trọng yếu', 'lớn']

/**
 * Openers with a colon that may come a few words after a plural cue, past
 * the subject of the list: "các chuyên đề hợp tác quốc tế về quyền con
 * người, như: A; B; C".
 */
export const DELAYED_COLON_OPENERS: readonly string[] = ['bao gồm', 'gồm có', 'gồm', 'như', 'cụ thể']

/** Words before a cue that make it plural ("các chuyên đề về A, B và C"). */
export const PLURAL_MARKERS: ReadonlySet<string> = new Set(['các', 'những'])

/** Count words before a cue ("hai chuyên đề"). */
export const COUNT_WORDS: ReadonlyMap<string, number> = new Map([
  ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['tám', 8],
  ['chín', 9], ['mười', 10]
])

/** Opening quote marks and the marks that close them. */
export const QUOTES: ReadonlyMap<string, string> = new Map([
  ['“', '”'], ['"', '"'], ['«', '»'], ['‘', '’'], ['„', '“']
])

/**
 * Verbs right before a single "chuyên đề" that present it: what follows
 * (`về X`, or a title in capitals) is the topic's name, to the end of the
 * sentence: "báo cáo chuyên đề Công tác nhân quyền ...", "phần trình bày
 * chuyên đề của TS X, về ...".
 */
export const PRESENTING_VERBS: readonly string[] = ['trình bày', 'báo cáo', 'giới thiệu', 'truyền đạt', 'quán triệt', 'thuyết trình']

/**
 * Words that open a clause after a list of topics, commenting on the whole
 * list ("…; ứng xử của Việt Nam tại các diễn đàn đa phương, nhấn mạnh trọng
 * tâm công tác …"): the list's last topic ends before the comma.
 */
export const TRAILING_CLAUSE_OPENERS: readonly string[] = [
  'nhấn mạnh', 'qua đó', 'góp phần', 'giúp', 'nhằm', 'từ đó', 'đồng thời'
]

/**
 * Words that open an aside about a subject just named, with or without a
 * comma before them ("giới thiệu về Công ước X, trong đó khẳng định ...",
 * "những nội dung chính của Luật Y đặc biệt là những điểm mới"): the subject
 * ends before them.
 */
export const TOPIC_ASIDE_OPENERS: readonly string[] = ['trong đó', 'đặc biệt là', 'nhất là', 'cụ thể là']

/**
 * The words of an audience hearing a presenter ("các đại biểu được nghe ông
 * X, Vụ trưởng Vụ Y, trình bày A; B"): a presenting verb
 * (`PRESENTING_VERBS`) after one of them names the subjects presented, the
 * chuyên đề even when the story does not call them so.
 */
export const HEARING_WORDS: readonly string[] = ['nghe']

/**
 * Presenting verbs that, right after hearing, report on business rather
 * than present a subject ("nghe báo cáo kết quả công tác năm"): taken only
 * for a second presenter of one list ("...; ông Y báo cáo tình hình A").
 */
export const REPORTING_VERBS: ReadonlySet<string> = new Set(['báo cáo'])

/** Words before a presenter's name that open a list item naming who presents it ("; ông Y, Phó Vụ trưởng, trình bày B"). */
export const PRESENTER_OPENERS: readonly string[] = ['ông', 'bà', 'đồng chí', 'đ/c', 'đại diện', 'lãnh đạo', 'giảng viên', 'báo cáo viên']

/**
 * Verbs that, after "và" and before a plural object ("và tuyên truyền các
 * nội dung ...", "và phổ biến những quy định ..."), open a new clause of the
 * sentence: the list's last topic ends before the "và". (Inside a topic the
 * same verbs join nouns: "Công tác tuyên truyền và phổ biến pháp luật".)
 */
export const CLOSING_VERB_CLAUSE_OPENERS: readonly string[] = [
  'tuyên truyền', 'phổ biến', 'hướng dẫn', 'giải đáp', 'trao đổi', 'thảo luận', 'cung cấp', 'giới thiệu',
  'quán triệt', 'triển khai', 'thông tin'
]

/**
 * Words that open a clause, not a topic, after a semicolon: "chuyên đề về
 * công tác nhân quyền; các đại biểu thảo luận sôi nổi" is one topic and a
 * new clause about the audience.
 */
/**
 * The audience a chuyên đề is presented to, closing its one-topic sentence
 * ("truyền đạt chuyên đề về A cho đoàn viên"): "cho" and what follows
 * are not part of the topic.
 */
export const AUDIENCE_NOUNS: readonly string[] = [
  'học viên', 'đại biểu', 'cán bộ', 'hội viên', 'người dân', 'đoàn viên', 'công chức', 'lực lượng', 'phóng viên',
  'báo cáo viên', 'giáo viên', 'học sinh', 'người tham dự', 'sinh viên'
]

/**
 * Meeting nouns that "chuyên đề" qualifies ("Tọa đàm chuyên đề “A”", "buổi
 * sinh hoạt chuyên đề"): a thematic meeting, whose quoted name is its theme
 * and not a chuyên đề presented at it. Measured on the blind rounds (issue
 * 11: b3, b7 and b10 leave such themes out).
 */
export const THEMATIC_MEETING_NOUNS: readonly string[] = [
  'hội nghị', 'hội thảo', 'tọa đàm', 'toạ đàm', 'nói chuyện', 'sinh hoạt', 'diễn đàn', 'phiên họp', 'buổi học'
]

/**
 * Verbs (and the tense or voice words before them) that follow a singular
 * "chuyên đề về X" standing as its sentence's subject ("Chuyên đề về X đã
 * giúp học viên ...", "Bên cạnh đó, chuyên đề về X được ..."): X ends before
 * the first of them.
 */
export const SUBJECT_CUE_VERBS: readonly string[] = ['đã', 'được', 'cũng', 'giúp', 'nhằm', 'mang lại', 'thu hút']

export const CLAUSE_SUBJECTS: readonly string[] = [
  'các đại biểu', 'đại biểu', 'học viên', 'các học viên', 'hội nghị', 'hội thảo', 'lớp học', 'ban tổ chức',
  'báo cáo viên', 'các báo cáo viên', 'giảng viên', 'chương trình'
]

/**
 * Head nouns that open the subject of one chuyên đề ("công tác ...", "mối
 * quan hệ ...", "tình hình ..."). An item of a list split at commas into
 * parts that each open with one of them names several subjects ("Công tác
 * A, mối quan hệ B, công tác C" is three chuyên đề); a part that opens with
 * anything else (a verb: "xây dựng A, xử lý B"; a second noun of one
 * subject: "định hướng, chủ trương của tỉnh") keeps the item whole. Not
 * here: the nouns that pair before one shared complement ("Chủ trương
 * của tỉnh, chính sách của huyện về đất rừng" is one chuyên đề): "giải
 * pháp", "chính sách", "quan điểm", "nhiệm vụ", "chủ trương". Measured on
 * the blind rounds (issue 11, rounds b5 and b9).
 */
export const SUBJECT_HEAD_NOUNS: readonly string[] = [
  'công tác', 'mối quan hệ', 'quan hệ', 'tình hình', 'vai trò', 'kỹ năng', 'lịch sử', 'tổng quan', 'thực trạng',
  'kinh nghiệm'
]

/**
 * What a presenter may present that is business of the meeting, not a
 * subject ("trình bày tham luận", "trình bày dự thảo Báo cáo", "trình bày
 * báo cáo tổng kết", "quán triệt kết quả"): after hearing, such an object
 * names no topic.
 */
export const NOT_PRESENTED_SUBJECTS: readonly string[] = ['tham luận', 'báo cáo', 'dự thảo', 'kết quả', 'ý kiến', 'tờ trình', 'chương trình']
