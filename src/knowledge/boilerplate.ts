/**
 * Site furniture of Vietnamese news pages, as data: what the clean stage
 * removes (teaser blocks, share/print/comment labels, audio players,
 * section labels), what it recognises and keeps apart (datelines, photo
 * captions and credits, outlet marks, bylines).
 *
 * Every marker matches a whole line (trimmed, spaces collapsed), never a
 * phrase inside a sentence: a paragraph that starts with "Tin" or says
 * "chia sẻ kinh nghiệm" is story, not furniture. Each marker carries a
 * note saying where it comes from; `test/knowledge/boilerplate.test.ts`
 * pins what each must match and what it must not.
 *
 * (Over 400 lines: it is a catalogue, one marker per entry with its note;
 * its length grows with the outlets covered, not with logic.)
 */
import {alternation, escapeRegExp} from '../text/pattern.js'
import {ONSETS} from '../text/syllable.js'
import {ENGLISH_MONTHS, TIME_OF_DAY_HEADS} from './calendar.js'
import {PERSON_TITLES} from './mentions.js'
import {BODIES, JOB_ABBREVIATIONS, OFFICE_HEADS, PREDICATES} from './offices.js'

/** A word boundary that knows Vietnamese letters (JavaScript's `\\b` only knows ASCII ones). */
const WORD_BOUNDARY = String.raw`(?:(?<![\p{L}\p{M}\p{N}])(?=[\p{L}\p{M}\p{N}])|(?<=[\p{L}\p{M}\p{N}])(?![\p{L}\p{M}\p{N}]))`

/** Rebuild a pattern so that its `\\b` is `WORD_BOUNDARY`. */
export function unicodeWords(pattern: RegExp): RegExp {
  return new RegExp(pattern.source.replaceAll('\\b', WORD_BOUNDARY), pattern.flags)
}

/** A line that opens with the verb is a paragraph (`Phát biểu tại Hội nghị, X cho biết`). */
const VERB_FIRST = unicodeWords(/^(?:phát biểu|trình bày|báo cáo|chủ trì|tham dự|dự|trao|tặng)\b/iu)

/** A furniture marker: a whole-line pattern with the rule id of its removal. */
export interface Marker {
  /** Stable rule id, used as `Removed.rule`. */
  rule: string
  /** Matched against the whole trimmed line (anchored, case-insensitive). */
  pattern: RegExp
  /** Where the marker is seen, and why it is safe. */
  note: string
}

/** Optional decoration around a label: `>>`, `»`, bullets before; `:`, `>`, `»` after. */
const PRE = String.raw`^(?:[>»•·*#|\-–]+\s*)?`
const POST = String.raw`\s*[:>»]*\s*$`

/** Each line marker's own alternatives, without the decoration around them, by rule. */
const LINE_BODIES = new Map<string, string>()

function line(rule: string, body: string, note: string): Marker {
  LINE_BODIES.set(rule, body)
  return {rule, pattern: new RegExp(PRE + `(?:${body})` + POST, 'iu'), note}
}

/**
 * Headers that open a block of teasers (links to other articles). The
 * clean stage drops everything from such a header to the end of the file,
 * unless the story clearly resumes after it (see `CONTINUATION_OPENERS`).
 */
export const TEASER_HEADERS: readonly Marker[] = [
  line('teaser-block', 'có thể bạn quan tâm|có thể bạn chưa đọc|có thể bạn muốn xem', 'Nhân Dân, Báo Tin tức and many provincial papers, below the story'),
  line('teaser-block', '(?:tin |bài )?đọc nhiều(?: nhất)?(?: trong (?:tuần|ngày|tháng))?', '"Tin đọc nhiều trong tuần" on police and ministry portals (seed 001)'),
  line('teaser-block', 'tin (?:tức )?mới cập nhật|tin mới(?: nhất)?|mới nhất|tin mới đăng', '"Tin tức mới cập nhật" (seed 001), "Mới nhất" (seed 002)'),
  line('teaser-block', '(?:các )?(?:tin|bài|tin bài|bài viết)(?: có)? liên quan', '"Tin liên quan": may sit in the middle of the story'),
  line('teaser-block', '(?:tin|bài|tin bài|bài viết|tin tức)(?: cùng| khác)? (?:chuyên mục|chủ đề|danh mục|sự kiện)|cùng chuyên mục', '"Tin cùng chuyên mục", "Bài viết cùng chuyên mục" (QĐND, CAND, provincial papers)'),
  line('teaser-block', '(?:các )?(?:tin|bài|tin bài|bài viết) (?:khác|đã đưa)', '"Các tin khác" (seed 002), "Các tin đã đưa", "Các bài viết khác"'),
  line('teaser-block', 'xem thêm|đọc thêm|xem tiếp', 'a bare "Xem thêm" line opens a list of links; "Xem thêm: headline" on one line is `RELATED_LINK`'),
  line('teaser-block', '(?:tin )?xem nhiều(?: nhất)?|được quan tâm(?: nhất)?|quan tâm nhiều(?: nhất)?|tin nổi bật|nổi bật|tiêu điểm|tin tiêu điểm|đừng bỏ lỡ|tin nên đọc|bạn đọc quan tâm|tin hot', '"Xem nhiều nhất" (seed 002) and its variants'),
  line('teaser-block', 'tin (?:ảnh|video) (?:liên quan|khác)|video (?:liên quan|khác)|video xem nhiều', 'multimedia teaser lists')
]

/**
 * One-line links to another article: `Xem thêm: headline`, `>> Đọc thêm: ...`,
 * `Tin liên quan: ...`. Only that line is removed.
 */
const RELATED_LINK: Marker = {
  rule: 'related-link',
  pattern: /^(?:[>»•·*]+\s*)?(?:xem thêm|đọc thêm|tin liên quan|bài liên quan|xem tiếp|mời xem)\s*[:>»]+\s*\S.*$|^(?:>>|»)\s*[^\s>»].{0,200}$/iu,
  note: 'an inline link to another story, printed between paragraphs: "Xem thêm: headline", or a headline after ">>" or "»" (a story paragraph never opens with these)'
}

/**
 * One cell of a visitor counter: the counter's label and a number. The
 * labels are those of provincial and departmental portals' side columns.
 */
const VISITOR_COUNTER_CELL = String.raw`(?:đang online|đang truy cập|trực tuyến|online|hôm nay|hôm qua|tuần này|tuần trước|trong tuần|tháng này|tháng trước|trong tháng|năm nay|tổng(?: số)?(?: lượt)?(?: truy cập)?|lượt truy cập|truy cập|visitors?|số người truy cập)\s*:\s*[\d.,]+`

/** A visitor counter's cells, one or more on a line, after whatever precedes them (a department's name). */
export const VISITOR_COUNTERS = new RegExp(String.raw`(?:${VISITOR_COUNTER_CELL})(?:\s*[|·•,]?\s*(?:${VISITOR_COUNTER_CELL}))*\s*$`, 'iu')

/** Accessibility links of portal software, printed before the page (and sometimes glued to the headline). */
const PORTAL_CHROME_WORDS = 'skip ribbon commands|skip to main content|skip navigation|turn (?:on|off) more accessible mode|bỏ qua (?:đến )?nội dung chính|chuyển đến nội dung chính|đi đến nội dung chính|your website title|your site title|site title|an official website of the united states government|here\'s how you know'

/** The portal chrome glued at the start of a line (`Skip Ribbon CommandsSkip to main contentHeadline`): its length, or 0. */
export function portalChromePrefix(text: string): number {
  const m = new RegExp(String.raw`^(?:\s*(?:${PORTAL_CHROME_WORDS}))+\s*`, 'iu').exec(text)
  return m ? m[0].length : 0
}

/**
 * Where a visitor counter glued to a line starts (`Phòng Tham mưu Đang
 * online: 6 Hôm nay: 1937`), or -1. The line before it is a department's
 * or site's name, not a headline.
 */
export function visitorCounterAt(text: string): number {
  if (text.length > 300) return -1
  const m = VISITOR_COUNTERS.exec(text)
  return m ? m.index : -1
}

/**
 * The words a page prints after a repeated headline to make it a
 * picture's text: `<headline> ảnh 1` (Tiền Phong's image captions). Such a
 * line is the headline again, not story. Matched on a line whose spaces
 * are collapsed (one space between words, none at the ends).
 */
export const PICTURE_NUMBER_SUFFIX = / (?:ảnh|hình|hình ảnh|photo) \d{1,2}$/iu

/**
 * A section's heading above the headline: `Chuyên mục pháp luật`,
 * `Chuyên trang Nhân quyền`, a word for "section" and at most five words of
 * its name. Taken for a label only when a headline follows.
 */
/**
 * A column of news briefs named above its items (`Tin vắn`, `Tin vắn tôn
 * giáo`, `Tin ngắn địa phương`): a section, never a headline, whatever
 * follows it.
 */
export const BRIEFS_HEAD = unicodeWords(/^(?:tin vắn|tin ngắn|điểm tin|tin tóm tắt)(?:\s+[\p{L}\p{M}&-]+){0,4}$/iu)

export const SECTION_HEAD = unicodeWords(/^(?:chuyên mục|chuyên trang|danh mục)(?:\s+[\p{L}\p{M}&-]+){1,5}$/iu)

/** An image address anywhere in a short line: a logo's URL glued to the site's name. */
export const IMAGE_URL = /https?:\/\/\S{1,300}?\.(?:jpe?g|png|gif|webp|svg|bmp)(?:\?\S*)?/iu

/** A phone line of a paper's header: `HOTLINE Quảng cáo: 0912.000.111` (up to three words between the label and the colon). */
const HOTLINE_CELL = String.raw`(?:hotline|đường dây nóng)(?: [\p{L}\p{M}]+){0,3}\s*:\s*\d[\d. ]{5,14}\d`

/** Labels a dateline may open with: `Ngày đăng: 02/06/2020`, `Cập nhật lúc 10:20 ...`. */
export const DATELINE_LABELS: readonly string[] = [
  'ngày cập nhật', 'ngày đăng', 'đăng ngày', 'đăng tải', 'cập nhật', 'đăng', 'xuất bản', 'thời gian', 'published', 'updated',
  // A content system's field name printed as the label: `cms-publish-date 21/05/2019 | 14:05`.
  'cms-publish-date', 'publish-date', 'publish date'
]

/**
 * Fields of a site's footer (`Giấy phép số: 45/GP-BTTTT ...`, `Tổng biên
 * tập: X`, `Tòa soạn: ...`). Two such lines in a row (or the outlet's name
 * right above one) open the footer: everything from there to the end is
 * the site's, and its dates, names and addresses are not the story's.
 */
export const FOOTER_FIELDS: readonly string[] = [
  'giấy phép', 'giấy phép số', 'giấy phép hoạt động', 'giấy phép xuất bản', 'giấy phép thiết lập',
  'cơ quan chủ quản', 'cơ quan xuất bản', 'chịu trách nhiệm', 'chịu trách nhiệm nội dung', 'chịu trách nhiệm xuất bản', 'chịu trách nhiệm chính',
  'tổng biên tập', 'phó tổng biên tập', 'thư ký tòa soạn', 'trưởng ban biên tập', 'phó trưởng ban biên tập',
  'tòa soạn', 'toà soạn', 'trụ sở', 'địa chỉ', 'điện thoại', 'đt', 'email', 'e-mail', 'fax', 'website'
]

const FOOTER_FIELD = new RegExp(String.raw`^(?:${alternation(FOOTER_FIELDS)})\s*(?:số\s*)?:`, 'iu')

/** Whether a line is a field of a site's footer (see `FOOTER_FIELDS`). */
export function isFooterField(text: string): boolean {
  return FOOTER_FIELD.test(text.trim())
}

/** The labels of a tag list under the story ("Từ khóa:", "Tags:"); "Chủ đề:" is not one, a story may say it. */
const TAG_LABELS = 'tags?|từ khóa|từ khoá|keywords?'

/** A tag list's label alone on its line ("Từ khóa :"), its tags printed on the next. */
export const TAG_LABEL_ALONE = new RegExp(String.raw`^(?:${TAG_LABELS})\s*:\s*$`, 'iu')

/**
 * Labels of the page around the story: share, print, comment, back-to-top,
 * follow, audio player, download. Removed wherever they are.
 */
export const SITE_LABELS: readonly Marker[] = [
  line('comment-label', 'phản hồi|gửi phản hồi|ý kiến(?: bạn đọc)?(?: \\(\\d+\\))?|bình luận(?: \\(\\d+\\))?|viết bình luận|gửi bình luận|gửi ý kiến(?: của bạn)?|ý kiến của bạn|xem (?:thêm|tất cả|toàn bộ) (?:\\d+ )?(?:bình luận|ý kiến)', '"Phản hồi" (seed 002), "Bình luận (0)" (seed 004), "Xem thêm bình luận" (Tuổi Trẻ)'),
  line('comment-form', 'họ (?:và )?tên|địa chỉ email|số điện thoại|mã xác nhận|nhập mã|bình luận của bạn', 'the fields of a comment form under the story'),
  line('top-label', '(?:lên|về|trở lên|trở về) đầu trang|đầu trang|top|(?:về|quay lại|quay về|trở về|trở lại) trang trước', '"Lên đầu trang" (seed 004), "Về trang trước"'),
  line('print-label', 'in|in bài|in bài viết|in trang|bản in|print', '"In" alone on a line (seed 001)'),
  line('share-label', '(?:chia sẻ|share|chia sẻ bài viết|chia sẻ bài)(?:\\s*(?:facebook|zalo|twitter|x|email|linkedin|messenger|telegram))*|facebook|zalo|twitter|email|tweet|thích|like|copy link|sao chép(?: liên kết| link)?|g(?:ử|ở)i email|g(?:ử|ở)i bài(?: viết)?', '"Chia sẻFacebook" (seed 001): the label glued to the button name; "Gởi bài viết", the southern spelling of "gửi", on a print-and-send row'),
  line('ticker-label', '(?:breaking|latest|hot|top) news|tin nóng|tin khẩn', 'the label of a news ticker in the page header, "Breaking News" above the headline: two capitalised words, so not to be read as a byline'),
  line('follow-label', 'theo dõi .{1,60} trên(?: (?:google news|zalo|facebook|youtube|tiktok))?|theo dõi chúng tôi.{0,40}', '"Theo dõi Báo X trên Google News" under many stories; a copy may lose the button\'s name ("Theo dõi x.vn trên")'),
  line('online-widget', 'truy cập hiện tại|đang có [\\d.,]+ khách(?: và (?:[\\d.,]+|không) thành viên)? đang (?:online|truy cập|trực tuyến)', 'a portal\'s who-is-online box: "Truy cập hiện tại", "Đang có 57 khách và không thành viên đang online"'),
  line('page-label', 'chi tiết(?: tin(?: tức)?| bài viết)?(?:\\s*[-–|]\\s*[^.!?]{1,60})?', 'a portal\'s page title naming the page kind and the site: "Chi tiết - Ban Dân tộc", "Chi tiết tin"'),
  line('audio-player', 'nghe bài viết|nghe bài|nghe đọc bài|nghe audio|nghe tin|đọc bài|lắng nghe|dừng nghe|dừng|tạm dừng|(?:giọng|giọng đọc) ?:? ?(?:nam|nữ)(?: miền (?:bắc|trung|nam))?|giọng đọc|tốc độ(?: đọc)?(?: ?:? ?\\d+(?:[.,]\\d+)?x)?|\\d{1,2}:\\d{2}(?::\\d{2})?(?:\\s*/\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?|\\d+(?:[.,]\\d+)?x', 'text of the audio player: "Nghe bài viết", "00:00 / 03:25", a lone "0:00", "1.25x", "Giọng đọc: Nữ miền Nam", "Tốc độ: 1x", "Lắng nghe"'),
  line('date-placeholder', '(?:dd|mm|yyyy|yy|hh)(?:\\s*[/:.-]\\s*(?:dd|mm|yyyy|yy|hh|ss))+', 'a date field of the page template left empty: "dd/mm/yyyy"'),
  line('download-label', 'tải xuống|tải về|download|tải file|tải văn bản', '"Tải xuống" of players and attachments'),
  line('save-label', 'lưu|lưu bài(?: viết)?|lưu tin|đã lưu|quay lại|trở về|trở lại|cỡ chữ(?: a[-+]?)*|a[-+]?|aa|a a a', 'bookmarking and font-size buttons: "Cỡ chữ A- A+" (CAND)'),
  line('back-label', '(?:trở lại|quay lại|quay về|trở về) [\\p{L}\\p{M}]+(?: [\\p{L}\\p{M}]+){0,3}', '"Trở lại Thời sự" under VnExpress stories: the verb and a section name, nothing else'),
  line('hotline', `${HOTLINE_CELL}(?:\\s*[-–|]\\s*(?:${HOTLINE_CELL}|đặt mua báo|quảng cáo|liên hệ quảng cáo))*`, 'the paper\'s phone lines in its page header: "HOTLINE: 0912.000.111 - HOTLINE Quảng cáo: 0988.000.222 - ĐẶT MUA BÁO" (a number of at least seven digits right after the colon: a story\'s "Đường dây nóng: 111" is kept)'),
  line('avatar-label', '(?:icon )?(?:no )?avatar(?: [^\\s.!?]+){0,8}', 'the alt text of a writer\'s avatar widget with the site\'s and the writer\'s names: "Icon No Avatar <site> <writer>"; `avatarByline` reads the writer first'),
  line('source-link', '\\(?\\s*(?:nguồn\\s*:\\s*)?(?:https?://|www\\.)[^\\s()]{2,200}\\s*\\)?', 'a bare web address in brackets under the story, naming the source it was copied from: "(http://tinbao.example.vn/)"'),
  line('subscribe-label', 'đặt mua báo(?: in| điện tử)?|đăng ký (?:nhận|mua) báo', 'subscription buttons in a paper\'s header'),
  line('view-count', '(?:lượt xem|lượt đọc|số lượt (?:xem|đọc)|lượt truy cập|(?:cms-)?view[- ]count|views?)\\s*:?\\s*[\\d.,]+|[\\d.,]+\\s*(?:lượt xem|lượt đọc)', '"Lượt xem: 1.024" on provincial portals, "74 lượt xem", a content system\'s "cms-view-count: 1024"'),
  line('stray-punctuation', '[|/\\\\•·*_=~—–\\-,;<>]+(?:\\s+[|/\\\\•·*_=~—–\\-,;<>]+)*', 'a lone "|" left by a dateline (seed 004), a lone "," left where a widget was'),
  line('visitor-counter', VISITOR_COUNTER_CELL, 'a portal\'s visitor counter in its side column: "Đang online: 6", "Hôm nay: 1937" (the number is a count, not a year), "Tổng truy cập: 120.345"'),
  line('portal-chrome', PORTAL_CHROME_WORDS, 'accessibility links of portal software (SharePoint\'s "Skip Ribbon Commands", "Skip to main content") printed above the page, a government site\'s banner ("An official website of the United States government", "Here\'s how you know"), and a site template\'s placeholder title left in ("Your Website Title")'),
  {rule: 'date-ticker', pattern: /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\s+\S.{0,200}$/iu, note: 'a header ticker: today\'s date in English and another story\'s headline on one line ("Monday, May 6 <headline of a teaser>")'},
  {rule: 'submitted-by', pattern: /^submitted by\s.{1,60}?\son\s.{4,40}$/iu, note: 'a content system\'s post line above the story ("Submitted by Tổ biên tập on 3 June 2021"): the poster\'s account and the posting date, neither a headline nor a byline'},
  {rule: 'image-file', pattern: /^\S{0,200}\.(?:jpe?g|png|gif|webp|svg|bmp)(?:\?\S*)?$/iu, note: 'an image\'s file name or address left where the picture was ("111.jpg", "https://x.vn/logo.png")'},
  {rule: 'image-placeholder', pattern: /^\d{1,3}$/u, note: 'a bare number where a picture or a slide counter was ("1" above a caption): a story line always has words'},
  {rule: 'dateline-label', pattern: new RegExp(String.raw`^(?:${alternation(DATELINE_LABELS)})\s*:$`, 'iu'), note: 'a dateline\'s label alone on its line, its date printed on the next ("Ngày đăng:" above "Monday, September 25, 2017")'},
  {rule: 'tag-line', pattern: new RegExp(String.raw`^(?:${TAG_LABELS})\s*:.*$`, 'iu'), note: 'tag lists under the story; "Chủ đề:" is not here because a story may say it'},
  {rule: 'copyright', pattern: /^(?:©|\(c\)|copyright\b)\s*.{0,120}$|^bản quyền (?:thuộc về|©|\(c\)|của)\s.{1,120}$/iu, note: '"© Bản quyền thuộc về Báo X" and "Copyright © ..." in the page footer'}
]

/**
 * The header of the readers' comments under a story: `Ý kiến bạn đọc (2)`,
 * `Bình luận (3)`, `5 bình luận`. What follows it is readers' names and
 * words, not story. (A form's buttons, `Gửi bình luận`, are not headers.)
 */
const COMMENT_SECTION = /^(?:ý kiến bạn đọc|ý kiến|bình luận|bình luận của bạn đọc|phản hồi)(?: \(\d+\))?\s*:?$|^\d+ (?:bình luận|ý kiến)$/iu

/** Whether a line heads the readers' comments. */
export function isCommentSection(text: string): boolean {
  return COMMENT_SECTION.test(lineKey(text))
}

/** A section label (a page's navigation) that may head the file or end it. */
export interface SectionLabel {
  label: string
  /**
   * Whether the label may be split off when it is glued to the headline
   * (`Thời sự Headline`): only labels that no headline would start with.
   */
  glueSafe: boolean
  /** Whether the label is the root of a breadcrumb trail: section labels glued after it are crumbs too. */
  root?: boolean
  note: string
}

/** Section names of the genre's outlets, compared after folding case. */
const SECTION_LABELS: readonly SectionLabel[] = [
  {label: 'Trang chủ', glueSafe: true, root: true, note: 'first crumb of every breadcrumb'},
  {label: 'Thời sự', glueSafe: true, note: 'news section of most papers'},
  {label: 'Tin tức', glueSafe: true, note: ''},
  {label: 'Tin tức - Sự kiện', glueSafe: true, note: 'provincial portals'},
  {label: 'Tin hoạt động', glueSafe: true, note: 'ministry portals'},
  {label: 'Tin địa phương', glueSafe: true, note: ''},
  {label: 'Tin trong nước', glueSafe: true, note: ''},
  {label: 'Chính trị', glueSafe: false, note: '"Chính trị ..." can start a headline'},
  {label: 'Xã hội', glueSafe: false, note: ''},
  {label: 'Chính trị - Xã hội', glueSafe: true, note: ''},
  {label: 'Pháp luật', glueSafe: false, note: '"Pháp luật về ..." can start a headline'},
  {label: 'Nhân quyền', glueSafe: false, note: ''},
  {label: 'Quốc phòng - An ninh', glueSafe: true, note: ''},
  {label: 'An ninh - Trật tự', glueSafe: true, note: ''},
  {label: 'Xây dựng Đảng', glueSafe: false, note: ''},
  {label: 'Chỉ đạo điều hành', glueSafe: false, note: 'the next page\'s section at the end of seed 001'},
  {label: 'Bộ với công dân', glueSafe: false, note: 'police ministry portal menu (seed 001)'},
  {label: 'Hoạt động của lãnh đạo', glueSafe: false, note: ''},
  {label: 'Đối ngoại', glueSafe: false, note: ''},
  {label: 'Nội chính', glueSafe: false, note: ''},
  {label: 'Địa phương', glueSafe: false, note: ''},
  {label: 'Sự kiện', glueSafe: false, note: ''},
  {label: 'Multimedia', glueSafe: true, note: ''},
  {label: 'News', glueSafe: true, note: 'English section name of bilingual portals, in a trail glued without spaces ("Trang chủNewsNhân quyền")'},
  {label: 'Video', glueSafe: false, note: ''},
  {label: 'Liên kết website', glueSafe: true, note: 'heading of a portal\'s link list above the story (a ministry\'s law-education portal)'},
  {label: 'Liên kết web', glueSafe: true, note: ''},
  {label: 'Liên kết', glueSafe: false, note: ''}
]

/**
 * Nouns of news sections (a paper's menu categories). A line made only of
 * two to four of them (`Văn hóa đời sống`, `Quốc phòng an ninh`, `Kinh tế -
 * Đời sống`) is the category the page files the story under, printed above
 * the headline; a headline always says what happened, never only which
 * sections it belongs to. Single nouns are `SECTION_LABELS` (or the lone
 * short line rule of the clean stage).
 */
export const SECTION_NOUNS: readonly string[] = [
  'thời sự', 'chính trị', 'xã hội', 'kinh tế', 'văn hóa', 'văn hoá', 'giáo dục', 'gia đình', 'pháp luật',
  'sức khỏe', 'sức khoẻ', 'y tế', 'thể thao', 'đời sống', 'quốc tế', 'thế giới', 'du lịch', 'khoa học',
  'công nghệ', 'an ninh', 'trật tự', 'quốc phòng', 'nhân quyền', 'đối ngoại', 'môi trường', 'giải trí',
  'bạn đọc', 'địa phương', 'sự kiện', 'tin tức', 'nội chính', 'xây dựng đảng', 'dân tộc', 'tôn giáo',
  'lao động', 'việc làm', 'nông nghiệp', 'nông thôn', 'đô thị', 'phụ nữ', 'thanh niên', 'an sinh'
]

const SECTION_NOUN = `(?:${alternation(SECTION_NOUNS)})`
const SECTION_COMPOUND = new RegExp(String.raw`^${SECTION_NOUN}(?:\s*(?:[-–,&/]|\svà\s)?\s*${SECTION_NOUN}){1,3}$`, 'iu')

/** Whether a whole line is a compound section name: two to four section nouns and nothing else. */
export function isSectionCompound(text: string): boolean {
  const t = lineKey(text)
  return t.length <= 80 && SECTION_COMPOUND.test(t)
}

/**
 * Separators of a breadcrumb trail: `Trang chủ > Thời sự > Headline`, `>>`. The
 * match starts only where a run of spaces starts, so a long run of spaces
 * is tried once, not once per space.
 */
export const BREADCRUMB_SEPARATOR = /(?<!\s)\s+(?:>>?|»|›|\/|\|)\s+/u

/** Lines that are a photo credit or a "photo for illustration" note alone. */
export const PHOTO_CREDIT_LINE = /^\(?\s*(?:ảnh(?: minh họa| minh hoạ)?|nguồn ảnh|photo|video|clip|đồ họa|đồ hoạ|infographic)\s*(?::\s*[^()]{1,60})?\)?\.?$/iu

/** Openers of a photo caption (the words describe a picture, not an event). */
export const CAPTION_OPENERS = unicodeWords(/^(?:quang cảnh|toàn cảnh|cảnh|một góc|các đại biểu (?:tham )?dự|đại biểu (?:tham )?dự|các đại biểu (?:chụp|tham quan)|đại biểu (?:chụp|tham quan)|lãnh đạo [^,.]{0,80} chụp ảnh|ban tổ chức (?:trao|tặng)|hình ảnh|ảnh minh họa|ảnh minh hoạ)\b/iu)

/**
 * A caption's closing verb phrase: `X phát biểu tại Hội nghị`, `X cùng các
 * đại biểu dự Hội nghị`, `X trao giấy khen cho ...`. The verb must follow a
 * subject, so `Phát biểu tại Hội nghị, X cho biết ...` (a paragraph) is not one.
 * Verbs that stories use as often as captions (`chủ trì`, `trình bày`,
 * `báo cáo`) are left out: a story sentence taken for a caption would be
 * weak evidence for people and topics, a worse error than the reverse.
 */
const CAPTION_PREDICATE =
  unicodeWords(/\s(?:phát biểu|phát biểu (?:ý kiến|khai mạc|bế mạc|chỉ đạo|kết luận|tổng kết|tham luận|chào mừng)|dự|tham dự|trao|tặng|chụp ảnh|tặng quà)\b[^.;:!?]{0,120}\b(?:hội nghị|hội thảo|tọa đàm|toạ đàm|tập huấn|lớp|buổi|sự kiện|chương trình|đại hội|cuộc họp|diễn đàn|lễ|khóa|khoá|chuyên đề|bằng khen|giấy khen|kỷ niệm chương|đối thoại|hội thi|cuộc thi)\b[^.;:!?]{0,60}\.?$/iu)

/** Words of reported speech and narrative tense: a line with them is a paragraph, not a caption. */
const SPEECH_VERBS = unicodeWords(/\b(?:đã|đang|sẽ|được nghe|cho biết|nhấn mạnh|khẳng định|đề nghị|yêu cầu|cho rằng|đánh giá|đề xuất|lưu ý|nêu rõ|chỉ rõ|chỉ đạo các|kiến nghị|mong muốn|tin tưởng|thông báo|ghi nhận)\b/iu)

/**
 * Openers of a name-and-office label under a photo, printed without a
 * verb or a final period: `Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng ...`.
 */
const CAPTION_LABEL_OPENERS = /^(?:(?:thượng|trung|thiếu|đại) (?:tướng|tá|úy|uý)|đồng chí|ông|bà|pgs\.?\s?ts\.?|gs\.?\s?ts\.?|ts\.?|ths\.?|(?:phó )?(?:bộ trưởng|thứ trưởng|chủ tịch|bí thư|giám đốc|trưởng ban|viện trưởng|cục trưởng))\s/iu

/**
 * The mark at the start of a lead naming the outlet or agency: `(CAO)`,
 * `(TTXVN)`, `(ĐCSVN)`, `(Chinhphu.vn)`, `(PLO)-`. A short all-caps token,
 * a `*.vn` domain, or a name from `OUTLET_MARKS`. Without brackets the mark
 * must be a known one, a domain, or `X Online`, followed by a dash:
 * `VOV.VN - `, `VTV.vn - `, `QĐND Online - `, `NDO - `, `TTO - `. Group 1
 * (bracketed) or group 2 (bare) is the mark.
 */
function outletMarkPattern(): RegExp {
  const known = OUTLET_MARKS.map((o) => escapeRegExp(o.mark)).join('|')
  const domain = String.raw`[A-Za-zĐđ]+\.(?:[vV][nN]|com\.vn|gov\.vn)`
  return new RegExp(
    String.raw`^(?:\(\s*((?:[A-ZĐ][A-ZĐ0-9]{1,9}(?:[/.][A-ZĐ0-9]{1,6})?O?)|(?:${domain})|${known})\s*\)\s*[-–—:]?\s*|((?:${known}|${domain}|[A-ZĐ]{2,8} Online))\s*[-–—]\s+)`,
    'u'
  )
}

/** A known outlet mark and the outlet's name. */
export interface OutletMark {
  mark: string
  outlet: string
  note?: string
}

/**
 * Marks printed at the start of leads, and web domains, mapped to the
 * outlet's name. Unknown all-caps marks are kept as printed.
 */
const OUTLET_MARKS: readonly OutletMark[] = [
  {mark: 'CAO', outlet: 'Công an TPHCM', note: 'Công an Thành phố Hồ Chí Minh newspaper (seed 004)'},
  {mark: 'TTXVN', outlet: 'TTXVN'},
  {mark: 'TTXVN/VNA', outlet: 'TTXVN'},
  {mark: 'VNA', outlet: 'TTXVN'},
  {mark: 'ĐCSVN', outlet: 'Báo điện tử Đảng Cộng sản Việt Nam'},
  {mark: 'Chinhphu.vn', outlet: 'Báo điện tử Chính phủ'},
  {mark: 'PLO', outlet: 'Pháp Luật TPHCM'},
  {mark: 'NLĐO', outlet: 'Người Lao Động'},
  {mark: 'SGGP', outlet: 'Sài Gòn Giải Phóng'},
  {mark: 'SGGPO', outlet: 'Sài Gòn Giải Phóng'},
  {mark: 'HNMO', outlet: 'Hà Nội Mới'},
  {mark: 'QĐND', outlet: 'Quân đội nhân dân'},
  {mark: 'CAND', outlet: 'Công an nhân dân'},
  {mark: 'ANTĐ', outlet: 'An ninh Thủ đô'},
  {mark: 'TTO', outlet: 'Tuổi Trẻ'},
  {mark: 'VOV', outlet: 'VOV'},
  {mark: 'VTV', outlet: 'VTV'},
  {mark: 'BNEWS', outlet: 'BNEWS'},
  {mark: 'Dân trí', outlet: 'Dân trí'},
  {mark: 'Baotintuc.vn', outlet: 'Báo Tin tức'},
  {mark: 'LĐO', outlet: 'Lao Động'},
  {mark: 'BDG', outlet: 'Báo Bình Dương'},
  {mark: 'NDO', outlet: 'Nhân Dân', note: 'Nhân Dân online, "NDO - " before the lead'},
  {mark: 'QĐND Online', outlet: 'Quân đội nhân dân'},
  {mark: 'VOV.VN', outlet: 'VOV'},
  {mark: 'VTV.vn', outlet: 'VTV'},
  {mark: 'CMO', outlet: 'Báo Cà Mau'},
  {mark: 'GLO', outlet: 'Báo Gia Lai'},
  {mark: 'BĐN', outlet: 'Báo Đồng Nai'},
  {mark: 'TNV', outlet: 'Thanh niên Việt', note: 'Thanh niên Việt, "TNV - " before the lead'}
]

/** Web domains of the genre's outlets, for the `url` front matter. */
const OUTLET_DOMAINS: readonly {domain: string; outlet: string}[] = [
  {domain: 'congan.com.vn', outlet: 'Công an TPHCM'},
  {domain: 'cand.com.vn', outlet: 'Công an nhân dân'},
  {domain: 'bocongan.gov.vn', outlet: 'Cổng Thông tin điện tử Bộ Công an'},
  {domain: 'nhandan.vn', outlet: 'Nhân Dân'},
  {domain: 'baotintuc.vn', outlet: 'Báo Tin tức'},
  {domain: 'dangcongsan.vn', outlet: 'Báo điện tử Đảng Cộng sản Việt Nam'},
  {domain: 'baochinhphu.vn', outlet: 'Báo điện tử Chính phủ'},
  {domain: 'chinhphu.vn', outlet: 'Báo điện tử Chính phủ'},
  {domain: 'qdnd.vn', outlet: 'Quân đội nhân dân'},
  {domain: 'vietnamplus.vn', outlet: 'VietnamPlus'},
  {domain: 'plo.vn', outlet: 'Pháp Luật TPHCM'},
  {domain: 'nld.com.vn', outlet: 'Người Lao Động'},
  {domain: 'tuoitre.vn', outlet: 'Tuổi Trẻ'},
  {domain: 'thanhnien.vn', outlet: 'Thanh Niên'},
  {domain: 'sggp.org.vn', outlet: 'Sài Gòn Giải Phóng'},
  {domain: 'baobinhduong.vn', outlet: 'Báo Bình Dương'},
  {domain: 'baobinhdinh.vn', outlet: 'Báo Bình Định'},
  {domain: 'baotayninh.vn', outlet: 'Báo Tây Ninh'},
  {domain: 'vov.vn', outlet: 'VOV'},
  {domain: 'vtv.vn', outlet: 'VTV'}
]

/**
 * Openers of a paragraph that continues the story after a teaser block in
 * the middle of the body: they refer back to the event ("Tại hội nghị",
 * "Phát biểu bế mạc hội nghị") or join to what came before ("Bên cạnh đó",
 * "Tuy nhiên"). A teaser's summary is the lead of another article, which
 * opens with its own date or place, never with these.
 */
export const CONTINUATION_OPENERS =
  unicodeWords(/^(?:tại (?:hội nghị|hội thảo|tọa đàm|toạ đàm|buổi|lớp|chương trình|diễn đàn|đại hội)|cũng tại|phát biểu (?:tại|khai mạc|bế mạc|kết luận|chỉ đạo|tổng kết)|kết luận (?:hội nghị|hội thảo|buổi)|kết thúc|bế mạc|thông qua (?:hội nghị|hội thảo|buổi|lớp|đợt)|(?:hội nghị|hội thảo|tọa đàm|toạ đàm|buổi tập huấn|lớp tập huấn|lớp bồi dưỡng|đợt tập huấn) (?:đã|cũng|lần này|này|nhằm|diễn ra|được|là)|các (?:đại biểu|báo cáo viên|chuyên đề)|đại biểu|báo cáo viên|bên cạnh đó|ngoài ra|đồng thời|tuy nhiên|do đó|do vậy|vì vậy|theo đó|qua đó|trên cơ sở đó|trong khuôn khổ|dịp này|nhân dịp này|trước đó|sau đó|cùng ngày|theo báo cáo|theo ban tổ chức)\b/iu)

/**
 * Prefixes of a byline line: `Bài và ảnh: X`, `Tin, ảnh: X`, `Tác giả: X`,
 * `Nhóm PV`. Group 1 (optional) is the names that follow.
 */
export const BYLINE_PREFIX = /^(?:(?:bài|tin|bài viết)(?:\s*(?:và|,|&|\+)\s*ảnh)?|ảnh|tác giả(?: bài viết)?|phóng viên|pv|nhóm pv|nhóm phóng viên|thực hiện|nhóm thực hiện|bài, ảnh|tin, ảnh|tin và ảnh|bài và ảnh)\s*:\s*/iu

/**
 * A line that names its writer with an explicit author label (`Tác giả:
 * X`, `Người viết: X`): a byline wherever it stands, even mid-story (school
 * and portal pages print it under the lead, above the photos). `Ảnh:` and
 * `Bài, ảnh:` are not here: a photo credit under a picture is no byline.
 */
export const AUTHOR_LABEL = /^(?:tác giả(?: bài viết)?|người viết)\s*:\s*/iu

/**
 * Titles a writer signs with before the name (`Tác giả: Cô giáo X`,
 * `Bài: Nhà báo X`, `Tác giả: ThS. X`): the job or degree, not the name.
 * Read only after a byline label (`BYLINE_PREFIX`): a bare `Tiến sĩ X`
 * line under a photo names a speaker, not a writer. Matched
 * case-insensitively, followed by a space (or nothing after a dot) and a capital.
 */
export const BYLINE_HONORIFICS: readonly string[] = [
  'cô giáo', 'thầy giáo', 'giáo viên', 'cô', 'thầy', 'nhà báo', 'phóng viên', 'luật sư', 'bác sĩ', 'bác sỹ',
  'thạc sĩ', 'thạc sỹ', 'tiến sĩ', 'tiến sỹ', 'ths.', 'ths', 'th.s', 'ts.', 'ts', 'cn.', 'đ/c', 'đồng chí'
]

const BYLINE_HONORIFIC = new RegExp(String.raw`^(?:${alternation(BYLINE_HONORIFICS)})(?:\s+|(?<=\.))(?=\p{Lu})`, 'iu')

/**
 * The unit a titled writer signs with after a dash, as an abbreviation in
 * capitals (`Cô giáo X - GVCN`, `Thầy giáo Y - BT`): read only after an
 * honorific, where the line presents one writer by their job; a bare
 * `Mai Anh - TL` may be two signatures and is left alone.
 */
const BYLINE_UNIT_ABBREVIATION = /\s+[-–—]\s+\p{Lu}{2,8}\.?$/u

/** A byline's name without the title it is signed with: the offset where the name starts, and the name's part of the text. */
export function stripBylineHonorific(text: string): {index: number; text: string} {
  const m = BYLINE_HONORIFIC.exec(text)
  if (!m) return {index: 0, text}
  const rest = text.slice(m[0].length)
  return {index: m[0].length, text: rest.replace(BYLINE_UNIT_ABBREVIATION, '')}
}

/**
 * The desk or agency after a reporter's name: `Quang Nhật/VOV-Tây Nguyên`,
 * `Ngọc Hà/TTXVN`, `Minh Hằng/VTV.vn`. An acronym (optionally a domain),
 * then optionally a region after a dash. Removed before reading the names.
 */
export const BYLINE_DESK = /\s*\/\s*(?:[A-ZĐ][A-ZĐ0-9+]{1,11}(?:\.[A-Za-z]{2,3})?|Vietnam\+|VietnamPlus)(?:\s*[-–]\s*\p{Lu}[\p{L}\p{M}]*(?: \p{Lu}[\p{L}\p{M}]*){0,3})?\s*$/u

/**
 * Head words of an outlet's name (`Báo Cao Bằng`, `Tạp chí Nhân quyền`,
 * `Đài PT-TH tỉnh`, `Cổng TTĐT tỉnh`): a masthead or a source line, never a
 * reporter's name, though it is capitalised like one.
 */
/**
 * Words that open a sentence and never a person's name: a line such as
 * `Tại H` (a paragraph cut after its first words by a truncated copy) is
 * not a signature. Prepositions and conjunctions only; none is a surname.
 */
export const SENTENCE_OPENING_WORDS = /^(?:tại|trong|với|sau|để|về|ngoài|nhằm|qua|khi|trước|cùng|do|bởi|nhưng|và|các|những|đây)(?![\p{L}\p{M}])/iu

export const OUTLET_HEAD_WORDS = /^(?:báo|tạp chí|đài|cổng|trang|kênh|truyền hình|thông tấn xã)(?![\p{L}\p{M}])/iu

/**
 * A byline's label printed after the name (`Nguyễn Minh Hà Nhà báo`,
 * `Lê Anh PV`): the profile box of some papers. Removed before reading the name.
 * The match starts only where a run of spaces starts, so a long run of
 * spaces is tried once, not once per space (that was quadratic: a pasted
 * line of 128 K spaces took a minute).
 */
export const BYLINE_LABEL_AFTER = /(?<!\s)\s+(?:nhà báo|phóng viên|biên tập viên|cộng tác viên|pv|btv|ctv)\.?$/iu

/**
 * A contributor's signature with their job after a dash, at the end of a
 * portal's story: `Nguyễn Văn A – Chuyên viên Phòng Tư pháp`, `Trần Thị B -
 * Thanh tra`, `Lê Văn C – CB. Văn phòng`. What follows the dash opens with
 * an office, a body or a job written short (the word lists of
 * `offices.ts`), never with another name.
 */
const AFFILIATION = new RegExp(`^(.+?)\\s+[-–—]\\s+((?:${alternation([...OFFICE_HEADS, ...BODIES])}|(?:${alternation(JOB_ABBREVIATIONS)})\\.)(?=\\s|$)[^.;:!?]{0,80})$`, 'u')

/** A signature's name is bare (no `ông`, `bà`, `đồng chí`) and its job says nothing done (`phát biểu`): a caption's would. */
const NOT_SIGNATURE = new RegExp(`^(?:${alternation(PERSON_TITLES)})\\s|\\s(?:${alternation(PREDICATES.filter((p) => p.endsPosition).map((p) => p.phrase))})(?=\\s|$)`, 'iu')

/** The name and the job of a signature `Name – job`, or null. */
export function splitAffiliation(text: string): {name: string; affiliation: string} | null {
  const m = AFFILIATION.exec(text.trim())
  if (!m || NOT_SIGNATURE.test(m[1]!) || NOT_SIGNATURE.test(` ${m[2]!}`)) return null
  return {name: m[1]!, affiliation: m[2]!}
}

/** Bylines that name no person: a desk, a team, an agency. */
export const GENERIC_BYLINES = /^(?:pv|ptv|btv|ctv|nhóm pv|nhóm phóng viên|phóng viên|nhóm ptv|ban biên tập|bbt|ban thời sự|tổ phóng viên|thư mời)\.?$/iu

/**
 * A dateline glued after the headline on one line: `Tập huấn về ... Ngày
 * đăng: 23/11/2018`. Where its label starts (a label is required: a bare
 * date may belong to the headline). The match starts only where a run of
 * spaces starts: tried at every space of a run, it was quadratic (a line
 * of 100 K spaces took 19 s to clean).
 */
export const GLUED_DATELINE_LABEL = new RegExp(String.raw`(?<!\s)\s+(?=(?:${alternation(DATELINE_LABELS)})\s*(?:lúc|ngày|vào)?\s*:?\s*\d)`, 'iu')

/**
 * A writer's initials signing the story on its last line (`TLL`, `N.H`,
 * `Th.N`): two to four initials, maybe with dots; an initial is a capital
 * or a Vietnamese onset of two letters written with a lower-case second
 * (`Nh`, `Th`, `Tr`). Only at the very end, and never a
 * desk (`GENERIC_BYLINES`) nor an agency or outlet (`AGENCY_INITIALS`).
 */
export const SIGNATURE_INITIALS = new RegExp(String.raw`^(?:(?:${alternation(ONSETS.filter((o) => o.length > 1), true)}|\p{Lu})\.?){2,4}$`, 'u')

/** Agencies and outlets whose initials end a story as its source, not its writer. */
export const AGENCY_INITIALS: ReadonlySet<string> = new Set(['TTXVN', 'VNA', 'VOV', 'VTV', 'TTO', 'TN', 'CAND', 'QĐND', 'QDND', 'ND', 'SGGP', 'HNM', 'PLO', 'VTC'])

/** Whether a story's last line is a writer's initials (see `SIGNATURE_INITIALS`). */
export function isSignatureInitials(text: string): boolean {
  const t = text.trim()
  return SIGNATURE_INITIALS.test(t) && !GENERIC_BYLINES.test(t) && !AGENCY_INITIALS.has(t.replace(/\.$/u, ''))
}

/** Source attribution lines at the end of a story: `Theo TTXVN`, `Nguồn: Báo Bình Dương`. */
export const ATTRIBUTION = /^(?:\(?\s*(?:theo|nguồn)\s*:?\s+)([^()]{2,60}?)\s*\)?\.?$/iu

// ---------------------------------------------------------------------------
// Helpers

/** Trim and collapse spaces, for whole-line matching. */
function lineKey(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** The teaser header a line is, or null. */
export function matchTeaserHeader(text: string): Marker | null {
  const key = lineKey(text)
  if (key.length > 60) return null
  return TEASER_HEADERS.find((m) => m.pattern.test(key)) ?? null
}

/** The site label a line is (share, print, comment, audio...), or null. */
export function matchSiteLabel(text: string): Marker | null {
  const key = lineKey(text)
  if (key.length > 90) return null
  const whole = SITE_LABELS.find((m) => m.pattern.test(key))
  if (whole) return whole
  // A row of buttons copied as one line, the labels apart by runs of
  // spaces, tabs or bars ("Chia sẻ   In bài   Theo dõi Báo X trên Google
  // News", "Nghe bài viết    Dừng"): a label row when every cell is a label.
  const cells = text.replace(/\t/g, '  ').split(LABEL_ROW_GAP).map(lineKey).filter(Boolean)
  if (cells.length < 2) {
    if (!GLUED_LABEL_ROW.test(key)) return null
    // The rule of the row's first label.
    return SITE_LABELS.find((m) => ROW_LABEL_RULES.has(m.rule) && new RegExp(String.raw`^(?:${LINE_BODIES.get(m.rule)})(?:\s|:)`, 'iu').test(key)) ?? null
  }
  const first = SITE_LABELS.find((m) => m.pattern.test(cells[0]!))
  return first && cells.every((c) => SITE_LABELS.some((m) => m.pattern.test(c))) ? first : null
}

/**
 * Labels that a page prints in one row of buttons, and that a copy may glue
 * with single spaces (`Số lượt đọc: 1.203 Về trang trước Về đầu trang`).
 * Only labels of a fixed wording: a label that takes any words after it
 * (`back-label`'s section name) would swallow a sentence.
 */
const ROW_LABEL_RULES: ReadonlySet<string> = new Set(['print-label', 'share-label', 'top-label', 'view-count', 'save-label', 'download-label'])

const ROW_CELL = [...ROW_LABEL_RULES].map((rule) => LINE_BODIES.get(rule)).join('|')

/** A row of at least two fixed labels glued by single spaces, each maybe closed by a colon. */
const GLUED_LABEL_ROW = new RegExp(String.raw`^(?:${ROW_CELL})(?:\s*:)?(?:\s+(?:${ROW_CELL})(?:\s*:)?)+$`, 'iu')

/**
 * The gap between the cells of a row of labels (tabs already made spaces):
 * two or more spaces, or a bar. No part can rescan a run of spaces, so a
 * long run splits in linear time.
 */
const LABEL_ROW_GAP = / {2,}| ?[|·•] ?/u

/** Whether a line is a one-line link to another article (`Xem thêm: ...`). */
/** An avatar widget's alt text: the label, then the site's name and the writer's. */
const AVATAR_LINE = /^(?:icon )?(?:no )?avatar\s+(\S.{0,80})$/iu

/**
 * The writer named at the end of an avatar widget's alt text (`Icon No
 * Avatar Bao Mau Xanh Lê Thu Hà`): the site's name is printed there without
 * its diacritics, as an image's alt text or slug is, so the writer's name
 * starts at the first word with a Vietnamese letter. Null when no word has
 * one (which words are the writer's is then not known).
 */
export function avatarByline(text: string): {index: number; text: string} | null {
  const m = AVATAR_LINE.exec(text)
  if (!m || m[1] === undefined) return null
  const rest = m[1]
  const first = /(?:^|\s)(\S*[^\x00-\x7F]\S*)/u.exec(rest)
  if (!first) return null
  const at = first.index + first[0].indexOf(first[1]!)
  return {index: m[0].length - rest.length + at, text: rest.slice(at).trim()}
}

export function isRelatedLink(text: string): boolean {
  const key = lineKey(text)
  return RELATED_LINK.pattern.test(key) || PREVIOUS_NEXT_LINK.test(key)
}

/**
 * The previous and next story's links under a story, the label glued to
 * the headline: `Bài trướcTHÔNG BÁO Về việc ...`, `Bài tiếp theo: Huyện X
 * khai mạc ...`. The label is followed by a capital (a headline), so a
 * sentence (`Bài trước đó đã nêu ...`) is kept. Case-sensitive on purpose.
 */
const PREVIOUS_NEXT_LINK = /^(?:[>»•·*]+\s*)?(?:[Bb]ài|[Tt]in) ?(?:trước|tiếp theo|tiếp|sau|kế tiếp)(?:\s*[:>»]\s*|\s?)\p{Lu}.{0,300}$/u

function foldCase(text: string): string {
  return lineKey(text).toLocaleLowerCase('vi')
}

const SECTION_KEYS = new Map(SECTION_LABELS.map((s) => [foldCase(s.label), s]))

/** Longest section label, in characters: a longer line is no label (and costs nothing to reject). */
const SECTION_MAX_CHARS = Math.max(...SECTION_LABELS.map((s) => s.label.length)) + 8

/** The section label a whole line is, or null. */
export function matchSectionLabel(text: string): SectionLabel | null {
  if (text.length > SECTION_MAX_CHARS * 2) return null
  return SECTION_KEYS.get(foldCase(text).replace(/[:>»]+$/u, '').trim()) ?? null
}

/**
 * A glue-safe section label at the start of a line followed by a capital
 * (`Thời sự Tiếp tục ...`): the label's length, or 0. In a breadcrumb
 * trail (`inTrail`, after `Trang chủ`) any section label is taken.
 */
export function gluedSectionLabel(text: string, inTrail = false): number {
  for (const s of SECTION_LABELS) {
    if (!s.glueSafe && !inTrail) continue
    const head = text.slice(0, s.label.length)
    const next = text.slice(s.label.length)
    // The root crumb and crumbs after it may be glued without a space ("Trang chủNewsNhân quyền").
    const glue = s.root === true || inTrail ? /^\s*\p{Lu}/u : /^\s+\p{Lu}/u
    if (foldCase(head) === foldCase(s.label) && glue.test(next)) return s.label.length
  }
  return 0
}

/** The photo credit at the end of a line: where it starts and who it names. */
export function findPhotoCredit(text: string): {index: number; credit: string | null} | null {
  // A credit closes the line and is short: look at the tail only, so a long
  // line (a run of spaces) costs no more than a short one.
  const offset = Math.max(0, text.length - CREDIT_TAIL_CHARS)
  const tail = text.slice(offset)
  // A credit needs the word "Ảnh" with a colon, or the parenthesised form.
  const m = /[-–—]?\s*\(\s*(?:ảnh|ảnh minh họa|ảnh minh hoạ|nguồn ảnh|photo)\s*(?::\s*([^()]{1,60}?))?\s*\)\s*\.?\s*$|[-–—.]?\s*(?:ảnh|nguồn ảnh|photo)\s*:\s*([^().:]{1,60}?)\s*\.?\s*$/iu.exec(tail)
  if (!m) return null
  const index = offset + m.index
  // "Ảnh: X" without parentheses must follow a sentence end or a dash.
  if (m[2] !== undefined && index > 0 && !/[.\-–—)]\s*$/u.test(text.slice(Math.max(0, index - CREDIT_TAIL_CHARS), index + 1)) && !/^[-–—.]/u.test(m[0])) return null
  return {index, credit: (m[1] ?? m[2] ?? '').trim() || null}
}

/** How far from the end of a line a photo credit may start, in characters (the longest is ~80). */
const CREDIT_TAIL_CHARS = 160

/** `outletMarkPattern()`, compiled once on first use (it is asked for every line of every story). */
let OUTLET_MARK: RegExp | undefined

/** The outlet mark at the start of a lead, with its place in `text`. */
export function matchOutletMark(text: string): {mark: string; index: number; length: number} | null {
  OUTLET_MARK ??= outletMarkPattern()
  const m = OUTLET_MARK.exec(text)
  const mark = m?.[1] ?? m?.[2]
  if (!m || mark === undefined) return null
  return {mark, index: m[0].indexOf(mark), length: m[0].length}
}

/** The outlet's name for a mark, or null when it is not known. */
export function outletForMark(mark: string): string | null {
  const key = mark.toLocaleLowerCase('vi')
  return OUTLET_MARKS.find((o) => o.mark.toLocaleLowerCase('vi') === key)?.outlet ?? null
}

/** The outlet's name for a web address, or null. */
export function outletForUrl(url: string): string | null {
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return null
  }
  host = host.replace(/^www\./, '')
  return OUTLET_DOMAINS.find((d) => host === d.domain || host.endsWith('.' + d.domain))?.outlet ?? null
}

/** The largest number of words a photo caption has (seed captions have 5–35). */
const CAPTION_MAX_WORDS = 45

function words(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** A lead's opening: an outlet mark, then a time of day or `Ngày` and a date (`5/3`, `14 và 15 tháng 5`). A lead is never a caption. */
export const DATE_LEAD = unicodeWords(
  new RegExp(String.raw`^(?:\(\s*[^()]{2,20}\s*\)\s*[-–—:]?\s*)?(?:${alternation([...TIME_OF_DAY_HEADS, 'ngày', 'hôm', 'trong'])})\b[^,.]{0,30}?\d{1,2}\s*(?:[/.-]\s*\d{1,2}|tháng\s+\d{1,2})`, 'iu')
)

/** Sentence ends inside a line (a period followed by a capital). */
const INNER_SENTENCE_END = /[.!?]["”’)]?\s+\p{Lu}/u

/**
 * Whether a line reads as a photo caption: a photo credit; an opener such as
 * `Quang cảnh`, `Toàn cảnh`, `Các đại biểu tham dự`; a single sentence that
 * ends with a caption predicate (`X phát biểu tại Hội nghị.`); or a
 * name-and-office label with no verb and no final period.
 */
export function looksLikeCaption(text: string): boolean {
  // `(Toàn cảnh buổi truyền thông)`: a caption wholly in brackets reads as the bare one.
  const t = lineKey(text).replace(/^\(([^()]+)\)$/u, '$1')
  if (!t) return false
  if (findPhotoCredit(t) || PHOTO_CREDIT_LINE.test(t)) return true
  if (words(t) > CAPTION_MAX_WORDS) return false
  if (INNER_SENTENCE_END.test(t) || /[;:]/u.test(t)) return false
  if (DATE_LEAD.test(t)) return false
  if (SPEECH_VERBS.test(t)) return false
  if (CAPTION_OPENERS.test(t)) return true
  if (CAPTION_PREDICATE.test(t) && !VERB_FIRST.test(t)) return true
  // A name-and-office label: rank or office, a name, no final period.
  if (CAPTION_LABEL_OPENERS.test(t) && !/[.!?…]["”’)]?$/u.test(t) && words(t) <= 30) return true
  return false
}

// ---------------------------------------------------------------------------
// Datelines

/** What a dateline line says: the publication date, the time, a byline after `|`. */
export interface DatelineMatch {
  day: number
  month: number
  year: number
  hour: number | null
  minute: number | null
  /** The seconds, when the time prints them (`07:37:00`). */
  second?: number | null
  /** Where the date starts in the line. */
  index: number
  /** A byline printed after `|` (`Thứ Tư, 29/05/2024 11:20 | Mai Anh`), with its place. */
  byline: {index: number; text: string} | null
}

/** A bullet before the date (`• September 9, 2020`), then the label. */
const DL_PREFIX = String.raw`(?:[•·]\s*)?(?:(?:${alternation(DATELINE_LABELS)})\s*(?:lúc|ngày|vào)?\s*:?\s*)?`
/** A place before the date: `Hà Nội, 05/12/2023 | 14:20` (one to four capitalised words and a comma). */
const DL_PLACE_NAME = String.raw`\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*){0,3}`
const DL_PLACE = String.raw`(?:${DL_PLACE_NAME}\s*,\s*)?`
/** The place a dateline opens with, before its date (`Cần Thơ, 12/11/2019`): group 1. */
export const DATELINE_PLACE = new RegExp(String.raw`^(${DL_PLACE_NAME})\s*,\s*(?=\d)`, 'u')
const DL_WEEKDAY = String.raw`(?:(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật|cn|t[2-7])\s*[,\-–]?\s*)?(?:ngày\s+)?`
const DL_ENGLISH_MONTH = `(${alternation([...ENGLISH_MONTHS.keys()])})\\.?`
/**
 * The date of a dateline: `29/05/2024`, `29 tháng 5, 2024`, `3 March 2021`,
 * `July 20, 2023`; four groups of three (day, month, year), see `dateGroups`.
 */
const DL_DATE = String.raw`(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s*(?:năm|,)\s*(\d{4})|(\d{1,2})\s+${DL_ENGLISH_MONTH}\s*,?\s*(\d{4})|${DL_ENGLISH_MONTH}\s+(\d{1,2})\s*,?\s*(\d{4})`
/** How many groups `DL_DATE` has. */
const DL_DATE_GROUPS = 12

/** Day, month and year of the `DL_DATE` groups starting at `from` in a match (month names read as their number). */
function dateGroups(m: RegExpExecArray, from: number): [string | undefined, string | undefined, string | undefined] {
  const g = (k: number): string | undefined => m[from + k]
  const english = (name: string | undefined): string | undefined => (name === undefined ? undefined : String(ENGLISH_MONTHS.get(name.toLowerCase()) ?? ''))
  return [g(0) ?? g(3) ?? g(6) ?? g(10), g(1) ?? g(4) ?? english(g(7)) ?? english(g(9)), g(2) ?? g(5) ?? g(8) ?? g(11)]
}
const DL_TIME = String.raw`(\d{1,2})\s*[:hg]\s*(\d{2})(?::\d{2})?\s*(?:am|pm|sa|ch)?`
const DL_SEP = String.raw`\s*(?:[,|\-–]\s*)?(?:lúc\s+)?`
const DL_ZONE = String.raw`(?:\s*[([]?\s*(?:gmt|utc)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*[)\]]?)?`
/** A section's name before a dateline's bar (`Văn hóa, Thể thao | 11/09/2022`) has at most this many words. */
const DATELINE_SECTION_MAX_WORDS = 6
/**
 * A reporter's name before the time, with no bar: `Mai Anh 11:20, 29/05/2024`
 * (2–5 capitalised syllables), or before the date and then the time:
 * `Mai Anh 29/05/2024 11:20`. The time is required either way (see `matchDateline`).
 */
const DATELINE_NAME_FIRST = /^((?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)(?:\s(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)){1,4})\s+(?=\d{1,2}\s*[:hg]\s*\d{2}|\d{1,2}\/\d{1,2}\/\d{4}\s*(?:[,|\-–]\s*)?\d{1,2}\s*[:hg]\s*\d{2})/u
/** A reporter's name or a desk, a dash, then the time: `PV - 08:27, 30/10/2018`, `Mai Anh - 11:20 29/05/2024`. */
const DATELINE_NAME_DASH = /^((?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)(?:\s(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)){0,4})\s*[-–]\s*(?=\d{1,2}\s*[:hg]\s*\d{2})/u
/**
 * Names (2–5 capitalised syllables each, joined by commas) and a desk in
 * brackets, glued to a dateline's label: `Mai Anh, Văn Tư (TV5)Cập nhật ...`.
 * The lookahead is the label as printed, capitalised.
 */
const DATELINE_NAMES_BEFORE_LABEL = new RegExp(
  String.raw`^((?:\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){1,4})(?:,\s*\p{Lu}[\p{Ll}\p{M}]*(?:\s\p{Lu}[\p{Ll}\p{M}]*){1,4}){0,3}(?:\s*\([^()]{1,20}\))?)\s*(?=(?:${alternation(DATELINE_LABELS, true)})\s*(?:lúc|ngày|vào)?\s*:?\s*\d)`,
  'u'
)
/** A view counter printed after the time with no bar: `05/10/2023 10:51 74 lượt xem`. */
const DL_VIEWS = String.raw`(?:\s+[\d.,]+\s+(?:lượt xem|lượt đọc))?`
const DL_TAIL = String.raw`${DL_VIEWS}\s*(?:(?:\||·|•)\s*(.{0,60}?))?\s*$`

/** `[weekday,] date [time]` and `time [|] [weekday,] date`, whole line. */
const DATELINE_DATE_FIRST = new RegExp(`^${DL_PREFIX}${DL_PLACE}${DL_WEEKDAY}(?:${DL_DATE})(?:${DL_SEP}(?:${DL_TIME}))?${DL_ZONE}${DL_TAIL}`, 'iu')
const DATELINE_TIME_FIRST = new RegExp(`^${DL_PREFIX}${DL_WEEKDAY}(?:${DL_TIME})${DL_SEP}${DL_WEEKDAY}(?:${DL_DATE})${DL_ZONE}${DL_TAIL}`, 'iu')

function num(value: string | undefined): number | null {
  return value === undefined ? null : Number.parseInt(value, 10)
}

/**
 * Read a dateline: `Thứ Tư, 29/05/2024 11:20 | Mai Anh`, `11:20 | 29/05/2024`,
 * `11:20 29/05/2024`, `03/10/2024`, `Cập nhật: 29/05/2024 - 11:20 (GMT+7)`.
 * The whole line must be a dateline; a sentence with a date is not one.
 */
export function matchDateline(text: string): DatelineMatch | null {
  // `Mai Anh | Thứ Tư, 29/05/2024 11:20`: the byline first.
  const bar = /^([^|]{2,40}?)\s*\|\s*/u.exec(text)
  if (bar && bar[1] && /^(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)(?:\s+(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}+)){1,4}$/u.test(bar[1].trim()) && !/\d/u.test(bar[1])) {
    const rest = matchDateline(text.slice(bar[0].length))
    if (rest && !rest.byline) {
      return {...rest, index: rest.index + bar[0].length, byline: {index: text.indexOf(bar[1]), text: bar[1].trim()}}
    }
  }
  // `Văn hóa, Thể thao | 07:15:00 11/09/2022`, `Ban thư ký | 3 March 2021`: a
  // section's or desk's name before the bar, not a person's.
  if (bar && bar[1] && !/[\d.!?]/u.test(bar[1]) && bar[1].trim().split(/\s+/u).length <= DATELINE_SECTION_MAX_WORDS) {
    const rest = matchDateline(text.slice(bar[0].length))
    if (rest && !rest.byline) return {...rest, index: rest.index + bar[0].length}
  }
  // `Mai Anh 11:20, 29/05/2024`: a name, then the time and the date, no bar;
  // `PV - 08:27, 30/10/2018`: a name or desk and a dash.
  const named = DATELINE_NAME_FIRST.exec(text) ?? DATELINE_NAME_DASH.exec(text)
  if (named && named[1]) {
    const rest = matchDateline(text.slice(named[0].length))
    if (rest && !rest.byline && rest.hour !== null) {
      return {...rest, index: rest.index + named[0].length, byline: {index: 0, text: named[1]}}
    }
  }
  // `Mai Anh, Văn Tư (TV5)Cập nhật 11:51 ngày 12/07/2018`: names glued to a
  // labelled dateline; the label is required (a bare date may end a sentence).
  const glued = DATELINE_NAMES_BEFORE_LABEL.exec(text)
  if (glued && glued[1]) {
    const rest = matchDateline(text.slice(glued[0].length))
    if (rest && !rest.byline) return {...rest, index: rest.index + glued[0].length, byline: {index: 0, text: glued[1].trim()}}
  }
  // `QĐND - Thứ Tư, 06/07/2022, 14:02`: the outlet's mark first.
  const mark = matchOutletMark(text)
  if (mark && mark.length < text.length) {
    const rest = matchDateline(text.slice(mark.length))
    if (rest) return {...rest, index: rest.index + mark.length, byline: rest.byline && {...rest.byline, index: rest.byline.index + mark.length}}
  }
  let m = DATELINE_DATE_FIRST.exec(text)
  let groups: (string | undefined)[]
  if (m) {
    // date groups from 1, then time and byline
    const t = DL_DATE_GROUPS + 1
    groups = [...dateGroups(m, 1), m[t], m[t + 1], m[t + 2]]
  } else {
    m = DATELINE_TIME_FIRST.exec(text)
    if (!m) return null
    const b = DL_DATE_GROUPS + 3
    groups = [...dateGroups(m, 3), m[1], m[2], m[b]]
  }
  const [d, mo, y, h, mi, by] = groups
  const day = num(d)
  const month = num(mo)
  const year = num(y)
  if (day === null || month === null || year === null) return null
  let byline: DatelineMatch['byline'] = null
  // `11:55 AM 29/10/2018 | Lượt xem: 4826 | In bài viết |`: cells of the
  // page's labels after the bar are no byline; a name among them is.
  const bylineText = by?.split(/\s*[|·•]\s*/u).map((c) => c.trim()).filter((c) => c && !matchSiteLabel(c)).join(' | ')
  if (bylineText) {
    const index = text.lastIndexOf(bylineText)
    byline = {index, text: bylineText}
  }
  const dateText = /\d/.exec(text)
  const seconds = h !== undefined ? /(?<!\d)\d{1,2}\s*:\s*\d{2}:(\d{2})(?!\d)/u.exec(text) : null
  return {day, month, year, hour: clockHour(num(h), text), minute: num(mi), second: num(seconds?.[1]), index: dateText ? dateText.index : 0, byline}
}

/** The meridiem after a dateline's time: `04:25:10 PM`, `9:12 SA` (sáng), `3:05 CH` (chiều). */
const MERIDIEM = /(?<!\d)\d{1,2}\s*[:hg]\s*\d{2}(?::\d{2})?\s*(am|pm|sa|ch)(?![\p{L}\p{M}])/iu

/** A dateline's hour on the 24-hour clock: `04:25 PM` is 16, `12:10 AM` is 0. */
function clockHour(hour: number | null, text: string): number | null {
  if (hour === null || hour > 12) return hour
  const meridiem = MERIDIEM.exec(text)?.[1]?.toLowerCase()
  if (meridiem === 'pm' || meridiem === 'ch') return hour === 12 ? 12 : hour + 12
  if (meridiem === 'am' || meridiem === 'sa') return hour === 12 ? 0 : hour
  return hour
}
