/**
 * The words of dates in this genre's leads, as data: parts of the day
 * ("Sáng 5/3", "Chiều tối 7/8"), the words that count from the dateline
 * ("sáng nay", "chiều qua") and weekday names ("thứ Hai"). The clean stage
 * uses them to tell a lead from a headline, the boilerplate markers to tell
 * a lead from a caption, and the date extractor to read the date.
 */

/** Parts of the day a lead's date may start with. */
export const TIMES_OF_DAY: readonly string[] = ['sáng sớm', 'chiều tối', 'tối muộn', 'sáng', 'chiều', 'tối', 'trưa', 'đêm']

/** After a part of the day, the words that mean "today" and "yesterday" ("sáng nay", "chiều qua"). */
export const RELATIVE_DAY_WORDS: readonly string[] = ['nay', 'qua']

/** Weekday names after `thứ` (`thứ Hai` … `thứ Bảy`, also written with digits, and the old `bẩy`). */
export const WEEKDAY_NAMES: readonly string[] = ['hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'bẩy']

/**
 * The day of the week each weekday word names, as JavaScript counts them
 * (Sunday 0): `thứ Hai` (or `thứ 2`) is Monday, `chủ nhật` Sunday.
 */
export const WEEKDAY_NUMBERS: ReadonlyMap<string, number> = new Map([
  ['hai', 1], ['ba', 2], ['tư', 3], ['năm', 4], ['sáu', 5], ['bảy', 6], ['bẩy', 6],
  ['2', 1], ['3', 2], ['4', 3], ['5', 4], ['6', 5], ['7', 6], ['chủ nhật', 0]
])

/** The first word of each part of the day (`sáng`, `chiều`, ...), for patterns that match word by word. */
export const TIME_OF_DAY_HEADS: readonly string[] = [...new Set(TIMES_OF_DAY.map((w) => w.split(' ')[0]!))]

/** Documents whose date is not the event's (`kế hoạch số 12 ngày 5/3`). */
export const DOCUMENT_NOUNS: readonly string[] = [
  'kế hoạch', 'quyết định', 'nghị quyết', 'chỉ thị', 'công văn', 'thông tư', 'nghị định', 'thông báo', 'văn bản',
  'hướng dẫn', 'kết luận số', 'luật', 'hiến pháp', 'công điện', 'tờ trình', 'báo cáo số', 'tuyên ngôn', 'công ước',
  'hiệp định', 'nghị định thư'
]

/**
 * Common nouns that contain a document's noun but name no document
 * (`tập huấn pháp luật`, law in general): a year after them is not a
 * document's year (`... PHÁP LUẬT ... NĂM 2025` in a capitalised headline).
 */
export const NOT_DOCUMENT_PHRASES: readonly string[] = ['pháp luật']

/** Words shortly before a date that make it a document's or an earlier event's (`ban hành ngày ...`). */
export const EARLIER_DATE_WORDS: readonly string[] = [
  'ban hành', 'ký', 'có hiệu lực', 'thành lập', 'phê duyệt', 'trước đó', 'hồi', 'từ năm', 'năm ngoái',
  // a report handed in earlier ("nộp lên Hội đồng Nhân quyền ngày 22/10/2018")
  'nộp', 'đệ trình'
]

/** Months written as words after `tháng` (`ngày 2 tháng ba năm 2011`), with their numbers. */
export const MONTH_WORDS: ReadonlyMap<string, number> = new Map([
  ['giêng', 1], ['một', 1], ['hai', 2], ['ba', 3], ['tư', 4], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7],
  ['tám', 8], ['chín', 9], ['mười', 10], ['mười một', 11], ['mười hai', 12], ['chạp', 12]
])

/**
 * Month names of English datelines (`3 March 2021`, `March 3, 2021`), as
 * some portals print them in their page template, with their numbers; the
 * three-letter forms too (`20 Jul 2023`).
 */
export const ENGLISH_MONTHS: ReadonlyMap<string, number> = new Map(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap(
    (name, i) => [[name, i + 1], ...(name.length > 3 ? [[name.slice(0, 3), i + 1] as const] : [])] as [string, number][]
  )
)

/** Words between an event's noun and its `năm YYYY` that make the year a period or a plan. */
export const PERIOD_OR_PLAN_WORDS: readonly string[] = [
  'tổng kết', 'đánh giá', 'nhiệm vụ', 'phương hướng', 'kế hoạch', 'giai đoạn', 'triển khai', 'kết quả', 'chỉ tiêu', 'cuối năm'
]

/**
 * Words before a year that make it a horizon, not a time the page was
 * written in: "đến năm 2030", "tầm nhìn 2045". (The end of a range,
 * "giai đoạn 2017-2025", is one too: see `stages/extract/date.ts`.)
 */
export const HORIZON_WORDS: readonly string[] = ['đến năm', 'tới năm', 'đến', 'tới', 'tầm nhìn', 'tầm nhìn đến năm']
