/**
 * Every message the build can give, as data: what happened, why it matters,
 * what to do. Rule ids never change once published (people filter on them).
 * (Over 400 lines: it is the catalogue, one entry per rule; the code is the
 * few functions at the end.)
 *
 * Stages report through `report()`, which puts the message on the article's
 * vfile with its place (`path:line:column`), rule id and source, so the CLI
 * can summarise by rule and print details with `--verbose`.
 */
import type {VFile} from 'vfile'
import {FRONT_MATTER_KEYS} from './fields.js'
import type {Point} from './types.js'

type Stage = 'read' | 'front-matter' | 'clean' | 'extract' | 'archive' | 'render' | 'write'

export interface RuleDef {
  source: Stage
  /** What happened; `{name}` placeholders are filled from the report's params. */
  what: string
  /** Why it matters, or what the build did about it. */
  why: string
  /** What the person running the build can do. */
  fix: string
  /** `error` skips the file; `warning` keeps it; `info` says what the build did (never fails `--strict`). */
  severity: 'warning' | 'error' | 'info'
  /**
   * The same message for the site's readers, in Vietnamese (what happened,
   * and what it means for the record), with the same placeholders.
   */
  vi: string
}

export const RULES = {
  // read ------------------------------------------------------------------
  'empty-file': {
    source: 'read', severity: 'error',
    what: 'The file is empty or holds only white space',
    why: 'there is no article to read, so it was skipped',
    fix: 'delete the file or paste the article into it',
    vi: 'Tệp trống; đã bỏ qua. Hãy dán bài báo vào tệp hoặc xóa tệp.'
  },
  'binary-file': {
    source: 'read', severity: 'error',
    what: 'The file is not text (it holds {reason})',
    why: 'only UTF-8 or UTF-16 text articles can be read, so it was skipped',
    fix: 'save the article as UTF-8 text (.txt or .md)',
    vi: 'Tệp không phải văn bản ({reason}); đã bỏ qua. Hãy lưu bài báo dưới dạng văn bản UTF-8.'
  },
  'invalid-utf8': {
    source: 'read', severity: 'warning',
    what: 'The file has {count} byte sequence(s) that are not valid UTF-8',
    why: 'they were replaced with U+FFFD, so some letters may be missing',
    fix: 'save the file as UTF-8 from the program it came from',
    vi: 'Tệp có {count} chuỗi byte không hợp lệ theo UTF-8; một số chữ có thể bị mất. Hãy lưu lại tệp bằng UTF-8.'
  },
  'invalid-utf16': {
    source: 'read', severity: 'warning',
    what: 'The file has {count} broken UTF-16 character(s) (unpaired surrogates or a stray last byte)',
    why: 'they were replaced with U+FFFD, so some letters may be missing',
    fix: 'save the file as UTF-8 from the program it came from',
    vi: 'Tệp có {count} đơn vị UTF-16 không hợp lệ; một số chữ có thể bị mất. Hãy lưu lại tệp bằng UTF-8.'
  },
  'replacement-character': {
    source: 'read', severity: 'warning',
    what: 'The text contains U+FFFD (�), a character lost before the file was saved',
    why: 'a word around it is damaged and may not be recognised',
    fix: 'copy the article again from its source',
    vi: 'Văn bản có ký tự hỏng (�); từ quanh đó có thể không được nhận ra. Hãy sao chép lại bài từ nguồn.'
  },
  'file-too-large': {
    source: 'read', severity: 'error',
    what: 'The file is {size} bytes, more than the limit of {limit}',
    why: 'an article is never that long; the file is probably not an article',
    fix: 'split the file into articles, or remove it from the input folder',
    vi: 'Tệp quá lớn ({size} byte, giới hạn {limit}); đã bỏ qua. Hãy tách tệp thành từng bài.'
  },
  'duplicate-file': {
    source: 'read', severity: 'warning',
    what: 'The file has the same content as {other}',
    why: 'the same article would be counted twice, so this copy was skipped',
    fix: 'delete one of the two files',
    vi: 'Tệp trùng nội dung với {other}; bản này đã bị bỏ qua. Hãy xóa một trong hai tệp.'
  },
  'unreadable-file': {
    source: 'read', severity: 'error',
    what: 'The file could not be read: {reason}',
    why: 'it was skipped',
    fix: 'check the file’s permissions and that it is a regular file',
    vi: 'Không đọc được tệp: {reason}; đã bỏ qua. Hãy kiểm tra quyền truy cập tệp.'
  },
  // front matter ----------------------------------------------------------
  'front-matter-invalid': {
    source: 'front-matter', severity: 'warning',
    what: 'The front matter is not valid YAML: {reason}',
    why: 'it was ignored and the article was read from its text alone',
    fix: 'correct the YAML between the `---` lines',
    vi: 'Phần front matter không phải YAML hợp lệ ({reason}); đã bỏ qua. Hãy sửa YAML giữa hai dòng ---.'
  },
  'front-matter-engine': {
    source: 'front-matter', severity: 'warning',
    what: 'The front matter is written in `{engine}`, which is never run',
    why: 'front matter may only be YAML; running code from an article is unsafe, so it was ignored',
    fix: 'write the front matter as YAML after a plain `---` line',
    vi: 'Front matter viết bằng {engine} không bao giờ được chạy; đã bỏ qua. Hãy viết front matter bằng YAML.'
  },
  'front-matter-key': {
    source: 'front-matter', severity: 'warning',
    what: 'The front-matter key `{key}` is not known',
    why: 'it was ignored',
    fix: `use one of: ${FRONT_MATTER_KEYS.join(', ')}`,
    vi: 'Khóa front matter {key} không được hỗ trợ; đã bỏ qua.'
  },
  'front-matter-type': {
    source: 'front-matter', severity: 'warning',
    what: 'The front-matter key `{key}` should be {expected}',
    why: 'the value was ignored and extraction decides the field',
    fix: 'write `{key}` as {expected}',
    vi: 'Khóa front matter {key} phải là {expected}; giá trị đã bị bỏ qua.'
  },
  'front-matter-date': {
    source: 'front-matter', severity: 'warning',
    what: 'The front-matter date `{value}` is not a real date',
    why: 'dates must be YYYY, YYYY-MM or YYYY-MM-DD and exist in the calendar; the value was ignored',
    fix: 'write the date as YYYY-MM-DD, e.g. 2024-07-23, in quotes',
    vi: 'Ngày {value} trong front matter không có thật; đã bỏ qua. Hãy viết ngày dạng YYYY-MM-DD.'
  },
  'front-matter-province': {
    source: 'front-matter', severity: 'warning',
    what: 'The front-matter province `{value}` is not a known province or city',
    why: 'the value was ignored and extraction decides the province',
    fix: 'write the province’s name, e.g. `Bình Dương` or `Thành phố Hồ Chí Minh`',
    vi: 'Tỉnh, thành {value} trong front matter không có trong danh mục; đã bỏ qua.'
  },
  'front-matter-url': {
    source: 'front-matter', severity: 'warning',
    what: 'The front-matter url `{value}` is not an http(s) address',
    why: 'only http and https links are shown; the value was ignored',
    fix: 'write the full address, starting with https://',
    vi: 'Địa chỉ {value} trong front matter không phải http(s); đã bỏ qua.'
  },
  // clean -----------------------------------------------------------------
  'truncated-text': {
    source: 'clean', severity: 'warning',
    what: 'The text ends mid-word or with U+FFFD',
    why: 'the article was cut off when it was copied; its last sentence was dropped',
    fix: 'copy the whole article again from its source',
    vi: 'Bài bị cắt giữa chừng khi sao chép; câu cuối đã bị bỏ. Hãy sao chép lại toàn bộ bài.'
  },
  'no-story': {
    source: 'clean', severity: 'warning',
    what: 'No story paragraph was left after removing site furniture',
    why: 'the page is kept but has nothing to extract',
    fix: 'check that the file holds the article and not only a list of headlines',
    vi: 'Sau khi bỏ phần thừa của trang, không còn đoạn nội dung nào.'
  },
  // extract ---------------------------------------------------------------
  'no-title': {
    source: 'extract', severity: 'warning',
    what: 'The article has no headline',
    why: 'a title was derived from the event and place and marked as derived',
    fix: 'add `title:` to the front matter',
    vi: 'Bài không có tiêu đề; tiêu đề hiển thị do hệ thống đặt từ sự kiện và địa điểm.'
  },
  'date-no-year': {
    source: 'extract', severity: 'warning',
    what: 'The date `{text}` has no year, and nothing else in the article gives one',
    why: 'a year is never guessed, so the date is unknown',
    fix: 'add `date: YYYY-MM-DD` to the front matter',
    vi: '“{text}” không ghi năm và bài không cho biết năm; không đoán năm nên ngày diễn ra chưa rõ.'
  },
  'no-date': {
    source: 'extract', severity: 'warning',
    what: 'No date of the event was found',
    why: 'the article is listed with the undated ones',
    fix: 'add `date: YYYY-MM-DD` to the front matter',
    vi: 'Không tìm thấy ngày diễn ra sự kiện; bài được xếp vào mục chưa rõ ngày.'
  },
  'date-invalid': {
    source: 'extract', severity: 'warning',
    what: 'The date `{text}` does not exist in the calendar',
    why: 'it was ignored',
    fix: 'check the date in the source, or set `date:` in the front matter',
    vi: '“{text}” không phải ngày có thật trong lịch; đã bỏ qua.'
  },
  'date-conflict': {
    source: 'extract', severity: 'warning',
    what: 'The lead gives {lead} but the dateline gives {dateline}',
    why: 'the lead’s date was used; the dateline is the publication date',
    fix: 'set `date:` in the front matter if the lead is wrong',
    vi: 'Đoạn mở đầu ghi {lead} nhưng dòng ngày đăng ghi {dateline}; dùng ngày ở đoạn mở đầu.'
  },
  'no-province': {
    source: 'extract', severity: 'warning',
    what: 'The place of the event was not found',
    why: 'the article is not listed under any province',
    fix: 'add `province:` to the front matter',
    vi: 'Không xác định được nơi diễn ra sự kiện; bài không thuộc tỉnh, thành nào.'
  },
  'province-ambiguous': {
    source: 'extract', severity: 'warning',
    what: 'The article names several provinces ({names}) and none is clearly the place of the event',
    why: 'the first in the lead was used',
    fix: 'add `province:` to the front matter',
    vi: 'Bài nêu nhiều tỉnh, thành ({names}) mà không rõ nơi diễn ra; dùng nơi nêu đầu tiên ở đoạn mở đầu.'
  },
  'official-unresolved': {
    source: 'extract', severity: 'warning',
    what: 'The reference `{text}` names none, or more than one, of the people found in the article',
    why: 'it was not counted for anyone, so that person’s role may be missing',
    fix: 'list the official in the front matter (`officials:`) with the role',
    vi: 'Cách gọi {text} không khớp với đúng một người nào trong bài nên không được tính cho ai.'
  },
  // archive ---------------------------------------------------------------
  'internal-error': {
    source: 'archive', severity: 'error',
    what: 'The article could not be processed: {reason}',
    why: 'this is a bug in the build; the article was skipped and the rest of the archive was built',
    fix: 'report the bug with this file attached',
    vi: 'Không xử lý được bài ({reason}); đây là lỗi của chương trình.'
  },
  'input-unreadable': {
    source: 'read', severity: 'error',
    what: 'The input folder `{input}` could not be read: {reason}',
    why: 'there is nothing to build, so the previous output was left as it was',
    fix: 'check the --input path: it should be a folder of .txt or .md articles',
    vi: 'Không đọc được thư mục đầu vào {input}.'
  },
  'nothing-built': {
    source: 'archive', severity: 'error',
    what: 'No article in `{input}` could be read',
    why: 'there is nothing to build, so the previous output was left as it was',
    fix: 'check the input folder: it should hold .txt or .md articles',
    vi: 'Không đọc được bài nào trong {input}.'
  },
  'id-collision': {
    source: 'archive', severity: 'warning',
    what: 'The id `{id}` is claimed by {count} articles',
    why: 'each was given a distinct id ({ids}), so their URLs differ from their file names',
    fix: 'rename one of the files, or set `id:` in its front matter',
    vi: 'Mã {id} bị {count} bài cùng dùng; mỗi bài được cấp mã riêng ({ids}).'
  },
  'slug-collision': {
    source: 'archive', severity: 'warning',
    what: 'The {kind} names {names} make the same slug `{slug}`',
    why: 'they were merged into one page, as they differ only in case, spacing or diacritics',
    fix: 'if they are different, correct one of the names in the front matter',
    vi: 'Các tên {names} tạo cùng một mã {slug} nên được gộp làm một.'
  },
  'confusable-name': {
    source: 'archive', severity: 'warning',
    what: 'The official name “{name}” mixes Latin letters with Cyrillic or Greek look-alikes',
    why: 'it prints like “{skeleton}”, so it was read as that name and shares its page instead of making a second official who looks the same',
    fix: 'retype the name with Latin letters (or set it in the front matter `officials:`)',
    vi: 'Tên “{name}” có chữ Kirin hoặc Hy Lạp trông giống chữ Latinh; đã đọc là “{skeleton}”.'
  },
  'nesting-flattened': {
    source: 'clean', severity: 'warning',
    what: 'The Markdown nests {what} {depth} deep, more than the {limit} a page can show',
    why: 'the extra levels were flattened before parsing, so the article still builds (at most {limit} levels are kept)',
    fix: 'remove the extra `>`, list markers or emphasis marks from the file',
    vi: 'Markdown lồng {what} quá sâu ({depth} cấp); đã giữ tối đa {limit} cấp.'
  },
  'render-failed': {
    source: 'render', severity: 'warning',
    what: 'The article\'s page could not be rendered from its Markdown: {reason}',
    why: 'the page was built with its story as plain text instead; the rest of the site was built',
    fix: 'simplify the Markdown of this file, and report the bug with the file attached',
    vi: 'Không dựng được trang từ Markdown ({reason}); bài được hiển thị dạng văn bản thường.'
  },
  // write -----------------------------------------------------------------
  'path-collision': {
    source: 'write', severity: 'error',
    what: 'The pages {pages} would all be written to `{path}`',
    why: 'only the first was written',
    fix: 'give one of them a different id or name',
    vi: 'Các trang {pages} cùng ghi vào {path}; chỉ trang đầu được ghi.'
  },
  'unsafe-output': {
    source: 'write', severity: 'error',
    what: 'The output folder `{path}` {reason}',
    why: 'a build replaces the whole output folder, so it would have deleted what is there; nothing was written',
    fix: 'give --out a new or empty folder, or one a previous build wrote; move any files of your own out of it first',
    vi: 'Thư mục đầu ra {path} không phải do bản dựng tạo ra; không ghi gì để khỏi xóa mất tệp.'
  },
  'unsafe-path': {
    source: 'write', severity: 'error',
    what: 'The output path `{path}` is outside the output folder',
    why: 'nothing is ever written outside it; the page was skipped',
    fix: 'report this as a bug: ids and slugs should never make such a path',
    vi: 'Đường dẫn {path} nằm ngoài thư mục đầu ra; trang đã bị bỏ qua.'
  },
  'kept-files': {
    source: 'write', severity: 'info',
    what: 'The output folder `{path}` held {count} file(s) or folder(s) a build did not write ({names})',
    why: 'a build only removes what a build wrote, so they were kept in the new output',
    fix: 'nothing, if you put them there; delete them yourself if you do not want them published',
    vi: 'Thư mục đầu ra {path} có {count} tệp không do bản dựng tạo ra ({names}); đã giữ nguyên.'
  },
  'output-locked': {
    source: 'write', severity: 'error',
    what: 'Another build is writing `{path}` (lock `{lock}`, held by {holder}, heartbeat {age} s ago)',
    why: 'two builds into one folder would mix their pages, so this build stopped before reading and the output was left as it was',
    fix: 'wait for the other build to finish and run again; if no build is running, the lock is taken over once its heartbeat is older than {stale} s',
    vi: 'Một bản dựng khác đang ghi vào {path}; bản dựng này dừng lại, không thay đổi gì.'
  },
  'output-incomplete': {
    source: 'write', severity: 'error',
    what: 'Files this build wrote are missing from its temporary folder: {count} of {expected} ({names})',
    why: 'something removed them while the build ran, so the new site would be incomplete; it was not swapped in and the previous output was left whole',
    fix: 'make sure nothing else writes or cleans the folder beside the output, then build again',
    vi: 'Thiếu {count}/{expected} tệp của bản dựng; trang cũ được giữ nguyên.'
  },
  'output-conflict': {
    source: 'write', severity: 'error',
    what: 'The output folder `{path}` holds {count} file(s) of your own where this build now writes a page ({names})',
    why: 'a build never overwrites a file it did not write, so the new site was not swapped in and the previous output was left whole',
    fix: 'move or rename those files, then build again',
    vi: 'Thư mục đầu ra {path} có {count} tệp riêng trùng chỗ với trang mới ({names}); không ghi đè, trang cũ được giữ nguyên.'
  },
  'output-lock-lost': {
    source: 'write', severity: 'error',
    what: 'This build lost the lock `{lock}` of `{path}` while it ran',
    why: 'its heartbeat stopped long enough for another build to take over, so it did not swap in its site; the output is the other build’s',
    fix: 'build again when no other build is running',
    vi: 'Bản dựng mất khóa của {path}; không thay đổi gì.'
  },
  'write-failed': {
    source: 'write', severity: 'error',
    what: 'The site could not be written to `{path}`: {reason} ({code})',
    why: 'the build stopped; its temporary files were removed and the previous output was left whole',
    fix: 'do this, then build again: {action}',
    vi: 'Không ghi được trang vào {path}: {reason}; trang cũ được giữ nguyên.'
  },
  'build-interrupted': {
    source: 'write', severity: 'error',
    what: 'The build was stopped by {signal}',
    why: 'its temporary files and lock were removed and the previous output `{path}` was left whole',
    fix: 'run the build again when you are ready',
    vi: 'Bản dựng bị dừng ({signal}); trang cũ được giữ nguyên.'
  },
  'bad-option': {
    source: 'read', severity: 'error',
    what: 'The option {option} `{value}` {reason}',
    why: 'nothing was read or written',
    fix: 'correct the option ({action}); `--help` lists them all',
    vi: 'Tùy chọn {option} không hợp lệ; không làm gì cả.'
  },
  'config-unreadable': {
    source: 'read', severity: 'error',
    what: 'Cannot read the config file ({reason})',
    why: 'nothing was read or written',
    fix: 'check the path given to --config',
    vi: 'Không đọc được tệp cấu hình; không làm gì cả.'
  },
  'config-invalid-json': {
    source: 'read', severity: 'error',
    what: 'The config is not valid JSON ({reason})',
    why: 'nothing was read or written',
    fix: 'fix the JSON here (no comments, no trailing commas, keys in double quotes)',
    vi: 'Tệp cấu hình không phải JSON hợp lệ; không làm gì cả.'
  },
  'config-not-object': {
    source: 'read', severity: 'error',
    what: 'The config must be a JSON object ({"title": "..."})',
    why: 'nothing was read or written',
    fix: 'wrap the settings in { }',
    vi: 'Tệp cấu hình phải là một đối tượng JSON; không làm gì cả.'
  },
  'config-unknown-key': {
    source: 'read', severity: 'error',
    what: 'Unknown key "{key}"',
    why: 'the config takes only {known}, and a misspelt setting would be ignored silently',
    fix: 'remove it or correct its spelling',
    vi: 'Khóa "{key}" trong tệp cấu hình không được hỗ trợ.'
  },
  'config-wrong-type': {
    source: 'read', severity: 'error',
    what: 'The value of "{key}" must be a string ({what}), not {got}',
    why: 'nothing was read or written',
    fix: 'put the value in double quotes',
    vi: 'Giá trị "{key}" trong tệp cấu hình phải là chuỗi.'
  },
  'config-bad-url': {
    source: 'read', severity: 'error',
    what: 'The value of "{key}" must be an absolute http(s) URL ({what})',
    why: 'canonical links, feeds and the sitemap are built from it',
    fix: 'write it with https:// in front',
    vi: 'Giá trị "{key}" trong tệp cấu hình phải là một địa chỉ http(s) đầy đủ.'
  }
} as const satisfies Record<string, RuleDef>

export type RuleId = keyof typeof RULES

/**
 * Characters that act on a terminal or hide text, rather than show: C0 and
 * C1 controls (ESC, BEL, CR, LF, …), DEL, and the bidirectional overrides
 * and isolates. Tab is kept.
 */
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g

/**
 * `text` with every terminal control shown as a `\u001b`-style escape, so a
 * file name or front-matter value can neither drive the terminal nor forge
 * a line. Applied to everything the CLI prints, line by line.
 */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

/** Fill `{name}` placeholders. */
export function format(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => (key in params ? String(params[key]) : all))
}

/** The whole sentence for a rule: what happened; why; what to do. */
export function describe(ruleId: RuleId, params: Record<string, string | number> = {}): string {
  const rule: RuleDef = RULES[ruleId]
  return `${format(rule.what, params)}: ${format(rule.why, params)}. To fix: ${format(rule.fix, params)}.`
}

/** The Vietnamese sentence for a rule, as shown on the site's pages and in the records. */
export function describeVi(ruleId: RuleId, params: Record<string, string | number> = {}): string {
  const rule: RuleDef = RULES[ruleId]
  return format(rule.vi, params)
}

/**
 * Report a problem on a file. The message carries the place, the rule id
 * and the stage, so `path:line:column` and the rule show in every listing.
 */
export function report(
  file: VFile,
  ruleId: RuleId,
  place?: Point,
  params: Record<string, string | number> = {}
): ReturnType<VFile['message']> {
  const rule: RuleDef = RULES[ruleId]
  const message = file.message(describe(ruleId, params), {
    place: place ? {line: place.line, column: place.column} : undefined,
    ruleId,
    source: rule.source
  })
  // vfile's levels: true is an error, false a warning, undefined an info.
  message.fatal = rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined
  return message
}
