/**
 * The words around a list of topics (chuyên đề): the cues that announce
 * one, the words that open it, the qualifiers and counts before a cue, and
 * the quote marks topics are printed in. Read by `stages/extract/topics.ts`.
 */

/** Cue words after which topics are listed. */
export const TOPIC_CUES: readonly string[] = ['chuyên đề', 'nội dung']

/** Words between a cue and its list ("gồm:", "về", "với nội dung"), tried longest first. */
export const LIST_OPENERS: readonly string[] = [
  'gồm có', 'bao gồm', 'gồm', 'như sau', 'sau đây', 'sau', 'với nội dung', 'có nội dung', 'về', 'là', 'với', 'có'
]

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
 * Words that open a clause, not a topic, after a semicolon: "chuyên đề về
 * công tác nhân quyền; các đại biểu thảo luận sôi nổi" is one topic and a
 * new clause about the audience.
 */
export const CLAUSE_SUBJECTS: readonly string[] = [
  'các đại biểu', 'đại biểu', 'học viên', 'các học viên', 'hội nghị', 'hội thảo', 'lớp học', 'ban tổ chức',
  'báo cáo viên', 'các báo cáo viên', 'giảng viên', 'chương trình'
]
