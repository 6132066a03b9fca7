/**
 * The clean stage: from a file's body to the story, with the site furniture
 * removed and the parts that are not story (headline, datelines, bylines,
 * the scraper's date, the outlet's mark) set apart.
 * (Over 400 lines: one ordered cascade of furniture rules whose order
 * matters; the markers themselves are data in `knowledge/boilerplate.ts`.)
 *
 * The cascade, in order:
 *
 * 1. split the body into lines, each with its real line and column;
 * 2. the scraper's ` date YYYY-MM(-DD)` prefix (alone or glued to the first
 *    paragraph);
 * 3. navigation before the headline: section labels and breadcrumbs;
 * 4. the headline: the first line when it reads as one, split off a
 *    breadcrumb or glued section label, or off a lead glued to it; its
 *    repeats are dropped;
 * 5. a pass over the lines: datelines (with a byline after `|`), teaser
 *    blocks (to the end, unless the story clearly resumes), one-line
 *    related links, site labels, section labels, bare photo credits;
 * 6. a pass over what is left: caption fragments, duplicated lines, stray
 *    short labels, bylines (at the end, or right under the headline),
 *    captions, and the outlet's mark at the start of the lead;
 * 7. a text cut off at the end: the broken sentence is dropped.
 *
 * Every line that is dropped is recorded in `removed` with a rule id. The
 * stage is pure except for the messages it puts on the vfile.
 */
import {RELATIVE_DAY_WORDS, TIMES_OF_DAY} from '../knowledge/calendar.js'
import {alternation} from '../text/pattern.js'
import {COMMUNE_UNIT_WORDS, DISTRICT_UNIT_WORDS, PROVINCE_UNIT_WORDS} from '../knowledge/provinces-data.js'
import type {VFile} from 'vfile'
import {report} from '../messages.js'
import {fold, isAllCaps, squash} from '../text/normalize.js'
import {isVietnameseSyllable} from '../text/syllable.js'
import type {Block, BlockKind, CleanArticle, Removed, SplitFile} from '../types.js'
import {
  ATTRIBUTION,
  BREADCRUMB_SEPARATOR,
  BYLINE_DESK,
  splitAffiliation,
  BYLINE_LABEL_AFTER,
  BYLINE_PREFIX,
  CAPTION_OPENERS,
  CONTINUATION_OPENERS,
  DATE_LEAD,
  GENERIC_BYLINES,
  isFooterField,
  GLUED_DATELINE_LABEL,
  isSignatureInitials,
  IMAGE_URL,
  PICTURE_NUMBER_SUFFIX,
  BRIEFS_HEAD,
  SECTION_HEAD,
  OUTLET_HEAD_WORDS,
  PHOTO_CREDIT_LINE,
  findPhotoCredit,
  gluedSectionLabel,
  isCommentSection,
  isRelatedLink,
  looksLikeCaption,
  matchDateline,
  matchOutletMark,
  matchSectionLabel,
  matchSiteLabel,
  TAG_LABEL_ALONE,
  stripBylineHonorific,
  AUTHOR_LABEL,
  isSectionCompound,
  matchTeaserHeader,
  portalChromePrefix,
  SENTENCE_OPENING_WORDS,
  avatarByline,
  visitorCounterAt
} from '../knowledge/boilerplate.js'

// ---------------------------------------------------------------------------
// Thresholds (tuned on the seeds and the fixtures in test/fixtures/articles)

/** A headline has at most this many words (the seeds' have 9–16; long ones reach ~30). */
const HEADLINE_MAX_WORDS = 40
/** ... and at least this many (a 2-word line is a label). */
const HEADLINE_MIN_WORDS = 3
/** A line of at most this many words, without a final period, is a label when nothing else claims it. */
const STRAY_MAX_WORDS = 3
/** A caption fragment (a caption's first words printed alone, seed 002) has at most this many words. */
const FRAGMENT_MAX_WORDS = 6
/** A paragraph that resumes the story after a mid-body teaser block has at least this many words. */
const RESUME_MIN_WORDS = 12
/**
 * A teaser block of at most this many bare headline links (no summaries) may
 * sit in the middle of the story: a full paragraph after it resumes the story.
 */
const TEASER_LINKS_MAX = 8
/** A paragraph that ends without punctuation is cut off only when it has at least this many words. */
const TRUNCATED_MIN_WORDS = 20
/** A crumb of a breadcrumb trail (before the last) has at most this many words, unless it is a known section. */
const CRUMB_MAX_WORDS = 4
/** The last crumb is a section, not the headline, when it has at most this many words and the headline follows. */
const LAST_CRUMB_MAX_WORDS = 6
/** A closing byline has at most this many lines of furniture (tags, print, copyright, a comment form) below it. */
const CLOSING_FURNITURE_MAX = 12
/** A site's name printed above its breadcrumb trail has at most this many words. */
const MASTHEAD_MAX_WORDS = 6
/**
 * A site's or department's name above the headline (a banner in capitals,
 * a name before a visitor counter, a logo's address) has at most this many
 * words; departments of provincial police run to about ten.
 */
const SITE_NAME_MAX_WORDS = 12
/** A byline line has at most this many characters. */
const BYLINE_MAX_CHARS = 70
/** A byline names at most this many people. */
const BYLINE_MAX_NAMES = 4

// ---------------------------------------------------------------------------

/** A non-empty line of the body, trimmed, with its place in the source. */
interface Line {
  line: number
  column: number
  text: string
}

const SENTENCE_END = /[.!?…]["”’»)\]]*$/u
/** A lead's opening: an outlet mark, then a part of the day or `Ngày` (capitalised: a sentence start) and a date. */
const LEAD_START = new RegExp(
  String.raw`(?:\(\s*[^()]{2,20}\s*\)\s*[-–—:]?\s*)?(?:(?:${alternation(TIMES_OF_DAY, true)})(?:\s+(?:${alternation([...RELATIVE_DAY_WORDS, 'hôm nay', 'hôm qua'])}))?(?:\s+ngày)?|Ngày|Hôm nay|Hôm qua)\s*\(?\d{1,2}\s*[/-]\s*\d{1,2}`,
  'u'
)
const SCRAPER_DATE = /^date\s+(\d{4}-\d{2}(?:-\d{2})?)(?![\d-])\s*/u
const MARKDOWN_HEADING = /^#{1,6}\s+/u

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length
}

/** Words of a crumb, not counting punctuation (`Tin tức - Sự kiện` has four). */
function crumbWords(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
}

/**
 * Keys of the article being cleaned: the passes below compare each line's
 * key with its neighbours' again and again, so each is computed once.
 * Emptied at the start and end of every `clean()` call.
 */
const keys = new Map<string, string>()

/** A comparison key: folded, letters and digits only. */
function key(text: string): string {
  let k = keys.get(text)
  if (k === undefined) {
    k = fold(text).replace(/[^\p{L}\p{N}]+/gu, '')
    keys.set(text, k)
  }
  return k
}

/** The key of a caption without its photo credit. */
function captionKey(text: string): string {
  const credit = findPhotoCredit(text)
  return key(credit ? text.slice(0, credit.index) : text)
}

/** Drop `n` characters from the start of a line and the spaces after them. */
function shift(line: Line, n: number): Line {
  const rest = line.text.slice(n)
  const lead = rest.length - rest.trimStart().length
  return {line: line.line, column: line.column + n + lead, text: rest.trim()}
}

function toLines(split: SplitFile): Line[] {
  const out: Line[] = []
  split.body.split('\n').forEach((raw, i) => {
    const text = raw.trim()
    if (!text) return
    out.push({line: split.bodyLine + i, column: raw.length - raw.trimStart().length + 1, text})
  })
  return out
}

/**
 * Whether a paragraph opens the way another article's lead does: a date
 * ("Chiều 5/12, ...", "Trong hai ngày 4-5/12"), or a place and a colon
 * ("Gia Lai: ..."). A teaser's summary does; the story going on does not.
 */
function opensOwnLead(text: string): boolean {
  return opensWithDate(text) || PLACE_COLON.test(text)
}

/** A place's name and a colon opening a line (`Gia Lai: ...`), as headlines and leads of a roundup do. */
const PLACE_COLON = /^[\p{Lu}][\p{L}\p{M}]*(?: [\p{Lu}][\p{L}\p{M}]*){0,3}:\s/u

/** Whether a paragraph opens with a date, as a lead does (a headline may open with its place and a colon). */
function opensWithDate(text: string): boolean {
  return LEAD_START.exec(text)?.index === 0 || DATE_LEAD.test(text)
}

/** A summary cut short: a comma or a word, then `…` or `...` (a sentence's own end has its full stop first). */
const CUT_SUMMARY_END = /(?:[,;]|[\p{L}\p{M}])\s*(?:…|\.{3})$/u

/** `...` or `…` closing a line cut short. */
const TRAILING_ELLIPSIS = /(?:\.{3}|…)$/u

/** Whether `whole` starts with what `cut` kept before its ellipsis, and goes on. */
function continuesCut(cut: string, whole: string): boolean {
  const kept = fold(cut.replace(TRAILING_ELLIPSIS, '')).trim()
  const full = fold(whole)
  return kept.length > 0 && full.length > kept.length && full.startsWith(kept)
}

/**
 * Whether a headline of more than `words` words follows the first line,
 * after any datelines and site labels (`Theo dõi X trên`), with a paragraph
 * under it.
 */
function longerHeadlineBelow(lines: readonly Line[], words: number): boolean {
  let k = 1
  while (lines[k] && (matchDateline(lines[k]!.text) || matchSiteLabel(lines[k]!.text))) k++
  const below = lines[k]
  return below !== undefined && lines[k + 1] !== undefined && looksLikeHeadline(below.text) && wordCount(below.text) > words
}

/** Whether a headline follows the first line, after any datelines. */
function headlineBelow(lines: readonly Line[]): boolean {
  let k = 1
  while (lines[k] && matchDateline(lines[k]!.text)) k++
  const below = lines[k]
  return below !== undefined && looksLikeHeadline(below.text)
}

/** How many chrome lines may stand above a headline that sits on its dateline. */
const CHROME_ABOVE_DATELINE_MAX = 4

/**
 * Where the headline is when it is not the first line but sits right above
 * the dateline, with only short unpunctuated lines (`SITE_NAME_MAX_WORDS`
 * words at most, none on a dateline) above it: its index, or 0.
 */
function headlineOnDateline(lines: readonly Line[]): number {
  if (lines[1] && matchDateline(lines[1].text)) return 0
  for (let k = 1; k <= CHROME_ABOVE_DATELINE_MAX; k++) {
    const above = lines[k - 1]
    const l = lines[k]
    const below = lines[k + 1]
    if (!above || !l || !below) return 0
    if (wordCount(above.text) > SITE_NAME_MAX_WORDS || /[.!?…:;,]$/u.test(above.text) || matchDateline(above.text)) return 0
    if (looksLikeHeadline(l.text) && matchDateline(below.text) && wordCount(l.text) > wordCount(above.text)) return k
  }
  return 0
}

/**
 * Whether the line after the headline below the first line (datelines
 * skipped) is a full paragraph that opens like a lead (`Ngày 7/12, ...`):
 * the story itself, not a teaser's headline and summary.
 */
function leadAfterHeadline(lines: readonly Line[]): boolean {
  let k = 1
  while (lines[k] && matchDateline(lines[k]!.text)) k++
  k++
  while (lines[k] && matchDateline(lines[k]!.text)) k++
  const lead = lines[k]
  return lead !== undefined && wordCount(lead.text) >= RESUME_MIN_WORDS && opensOwnLead(lead.text)
}

/** Whether a line reads as a headline: short, no final period, not a dateline or a lead. */
export function looksLikeHeadline(text: string): boolean {
  const words = wordCount(text)
  if (words < HEADLINE_MIN_WORDS || words > HEADLINE_MAX_WORDS) return false
  if (/[.,;:]$/u.test(text) && !/\.\.\.$|…$/u.test(text)) return false
  // A row of links closed by a bar (`Tin A Tin B |`): a menu, never a headline.
  if (/\s\|$/u.test(text)) return false
  if (matchDateline(text)) return false
  if (matchOutletMark(text)) return false
  if (LEAD_START.exec(text)?.index === 0) return false
  if (findPhotoCredit(text) || CAPTION_OPENERS.test(text)) return false
  return true
}

/** A capitalised syllable, in title case or capitals; ethnic names may open with a letter and an apostrophe (`H'Xíu`, `K'Brơi`). */
const NAME_SYLLABLE = /^(?:\p{Lu}['’])?(?:\p{Lu}[\p{Ll}\p{M}]*|\p{Lu}[\p{Lu}\p{M}]+)\.?$/u

/** Whether a string is a person's name in shape: 1–5 capitalised syllables. */
function nameShaped(text: string, minSyllables: number): boolean {
  const syllables = text.split(/\s+/).filter(Boolean)
  // `H'Xíu`: the prefix before the apostrophe is a syllable of its own (a one-word Ê Đê name).
  const count = syllables.length + syllables.filter((w) => /^\p{Lu}['’]\p{Lu}/u.test(w)).length
  if (count < minSyllables || syllables.length > 5) return false
  return syllables.every((s) => NAME_SYLLABLE.test(s))
}

/**
 * Whether a part of a byline opens with a body's abbreviation and goes on
 * (`CATP Hà Tĩnh`, `UBND Xã Y`): capitals that are no Vietnamese syllable,
 * so no name's. The unit that sent the story, not a writer.
 */
function opensWithUnitAbbreviation(part: string): boolean {
  const [first, ...rest] = part.split(/\s+/u)
  return rest.length > 0 && first !== undefined && /^\p{Lu}{3,}$/u.test(first) && !isVietnameseSyllable(first)
}

/**
 * Whether a line is a byline: names separated by ` - `, `,`, `và`;
 * `Bài và ảnh: X`; `Theo TTXVN`; `Nhóm PV`.
 */
export function looksLikeByline(text: string): boolean {
  if (text.length > BYLINE_MAX_CHARS) return false
  if (GENERIC_BYLINES.test(text)) return true
  const attribution = ATTRIBUTION.exec(text)
  if (attribution && !/[.,;:]\s/u.test(attribution[1] ?? '')) return nameShaped((attribution[1] ?? '').replace(/[()]/g, ''), 1) || /\.vn$|^báo\s/iu.test(attribution[1] ?? '')
  const prefix = BYLINE_PREFIX.exec(text)
  // A final period is tolerated (`Mai Anh.`); other sentence ends are not.
  // A writer's title (`Tác giả: Cô giáo X`) is read only after a label: a bare `Tiến sĩ X` line is a caption's name.
  const body = (prefix ? stripBylineHonorific(text.slice(prefix[0].length)).text : text)
    .replace(BYLINE_LABEL_AFTER, '')
    .replace(BYLINE_DESK, '')
    .replace(/\s*\([^()]{1,30}\)\s*$/u, '')
    // `HỒNG ANH |`: the bar of a dateline whose date is printed elsewhere.
    .replace(/\s*\|\s*$/u, '')
    .trim()
    .replace(/\.$/u, '')
  if (!body || SENTENCE_END.test(body)) return false
  // `Name – Chuyên viên Phòng X`: one writer and their job.
  const signed = splitAffiliation(body)
  if (signed) return !/\s[-–—]\s/u.test(signed.name) && nameShaped(signed.name, 2)
  const parts = body.split(/\s*(?:[-–—,;&/]|\svà\s)\s*/u).filter(Boolean)
  if (parts.length === 0 || parts.length > BYLINE_MAX_NAMES) return false
  if (parts.some((p) => OUTLET_HEAD_WORDS.test(p) || SENTENCE_OPENING_WORDS.test(p) || opensWithUnitAbbreviation(p))) return false
  return parts.every((p) => nameShaped(p, prefix ? 1 : 2))
}

/**
 * Whether the story's last line is a pen name of one syllable (`Hà`): a
 * capitalised word that is a whole Vietnamese syllable, not a sentence's
 * opening word, under a paragraph that ends a sentence. A copy cut off
 * at a word's end (`...\nPhát ` with its space kept) or inside one
 * (`Việ`) is a story going on, not a signature.
 */
function oneSyllableSignature(kept: readonly {line: Line}[], body: string): boolean {
  const last = kept[kept.length - 1]?.line.text ?? ''
  const above = kept[kept.length - 2]?.line.text ?? ''
  if (!/^\p{Lu}[\p{L}\p{M}]*$/u.test(last) || !SENTENCE_END.test(above)) return false
  if (/[ \t]$/u.test(body.replace(/\n+$/u, ''))) return false
  return isVietnameseSyllable(last) && !SENTENCE_OPENING_WORDS.test(last) && !GENERIC_BYLINES.test(last) && !matchSiteLabel(last)
}

/**
 * Whether the site's footer starts at line `i`: two footer fields in a row
 * (`Giấy phép số: ...`, then `Tổng biên tập: ...`), or the outlet's name
 * right above them (`BÁO X ĐIỆN TỬ`). One field alone may be the story's
 * (a hotline it gives).
 */
function opensFooter(lines: readonly Line[], i: number): boolean {
  const at = (k: number): string => lines[k]?.text ?? ''
  if (isFooterField(at(i))) return isFooterField(at(i + 1))
  return OUTLET_HEAD_WORDS.test(at(i)) && wordCount(at(i)) <= MASTHEAD_MAX_WORDS && !SENTENCE_END.test(at(i)) && isFooterField(at(i + 1)) && isFooterField(at(i + 2))
}

interface State {
  removed: Removed[]
  datelines: Block[]
  bylines: Block[]
}

function drop(state: State, line: Line, rule: string): void {
  state.removed.push({line: line.line, column: line.column, text: line.text, rule})
}

function block(line: Line, kind: BlockKind): Block {
  return {kind, line: line.line, column: line.column, text: line.text}
}

/**
 * Clean one article: remove the site furniture, keep the story's
 * paragraphs and captions in reading order, set apart the headline,
 * datelines, bylines, scraper date and outlet mark. Pure but for the
 * `truncated-text` and `no-story` messages it puts on `file`.
 */
export function clean(split: SplitFile, file: VFile): CleanArticle {
  keys.clear()
  try {
    return cleanLines(split, file)
  } finally {
    keys.clear()
  }
}

function cleanLines(split: SplitFile, file: VFile): CleanArticle {
  const state: State = {removed: [], datelines: [], bylines: []}
  let lines = toLines(split)
  let scraperDate: Block | null = null
  let headline: Block | null = null

  // 2. The scraper's date prefix.
  const first = lines[0]
  if (first) {
    const m = SCRAPER_DATE.exec(first.text)
    if (m && m[1]) {
      scraperDate = {kind: 'scraper-date', line: first.line, column: first.column + m[0].indexOf(m[1]), text: m[1]}
      const rest = shift(first, m[0].length)
      lines = rest.text ? [rest, ...lines.slice(1)] : lines.slice(1)
    }
  }

  // 3. Navigation before the headline; datelines and site labels printed
  // above it are set aside for pass 5.
  const aboveHeadline: Line[] = []
  while (lines[0]) {
    const top = lines[0]
    const chrome = portalChromePrefix(top.text)
    if (chrome > 0) {
      drop(state, {...top, text: top.text.slice(0, chrome).trim()}, 'portal-chrome')
      const rest = shift(top, chrome)
      lines = rest.text ? [rest, ...lines.slice(1)] : lines.slice(1)
      continue
    }
    // A body's letterhead in capitals, its place on the second line
    // (`ỦY BAN MẶT TRẬN ...` / `QUẬN 5 - THÀNH PHỐ ...`), above the headline:
    // the page's owner, not the story.
    if (isLetterhead(lines)) {
      drop(state, top, 'masthead')
      drop(state, lines[1]!, 'masthead')
      lines = lines.slice(2)
      continue
    }
    if (isSiteChrome(lines)) {
      drop(state, top, visitorCounterAt(top.text) >= 0 ? 'visitor-counter' : 'masthead')
      lines = lines.slice(1)
      continue
    }
    // A reporter's profile box above the headline: `Nguyễn Minh Hà Nhà báo`.
    if (BYLINE_LABEL_AFTER.test(top.text) && looksLikeByline(top.text)) {
      state.bylines.push(block(top, 'byline'))
      lines = lines.slice(1)
      continue
    }
    // A photo's caption printed above the headline: kept as a caption, the headline follows.
    const next = lines[1]
    if (next && (findPhotoCredit(top.text) || CAPTION_OPENERS.test(top.text)) && looksLikeHeadline(next.text) && !findPhotoCredit(next.text)) {
      aboveHeadline.push(top)
      lines = lines.slice(1)
      continue
    }
    if (matchDateline(top.text) || matchSiteLabel(top.text) || PHOTO_CREDIT_LINE.test(top.text)) {
      aboveHeadline.push(top)
      lines = lines.slice(1)
      continue
    }
    // Site chrome above the headline (the site's name, a section and its
    // name): short lines, none followed by a dateline, above a headline
    // that is (`Báo X / Chuyên trang / <section name> / Tin tức / Headline
    // / PV - 08:27, 30/10/2018`).
    const onDateline = headlineOnDateline(lines)
    if (onDateline > 0) {
      for (const l of lines.slice(0, onDateline)) drop(state, l, 'masthead')
      lines = lines.slice(onDateline)
      continue
    }
    // A teaser header printed above the headline (`Tin mới`, the page's menu
    // item) opens no block when the headline and a full lead follow it: the
    // story starts below it.
    if (matchTeaserHeader(top.text) && headlineBelow(lines) && leadAfterHeadline(lines)) {
      drop(state, top, 'section-label')
      lines = lines.slice(1)
      continue
    }
    // A section's heading (`Chuyên mục X`) or a compound category name
    // (`Văn hóa đời sống`) above a longer headline.
    const sectionHead = SECTION_HEAD.test(top.text) || (isSectionCompound(top.text) && wordCount(next?.text ?? '') > wordCount(top.text))
    if (matchSectionLabel(top.text) || BRIEFS_HEAD.test(top.text) || (next && sectionHead && looksLikeHeadline(next.text))) {
      drop(state, top, 'section-label')
      lines = lines.slice(1)
      continue
    }
    // A lone word or two above the headline, maybe with datelines between:
    // the name of a widget, a tracker left by the scraper (`Analytic`) or
    // the section (`Lao động`), never a headline (those have
    // `HEADLINE_MIN_WORDS`); two capitalised words may be a byline, kept.
    const few = wordCount(top.text)
    if ((few === 1 || (few < HEADLINE_MIN_WORDS && !looksLikeByline(top.text))) && !/\p{N}/u.test(top.text) && headlineBelow(lines)) {
      drop(state, top, 'masthead')
      lines = lines.slice(1)
      continue
    }
    // The site's name printed above a breadcrumb trail (`Công an nhân dân`,
    // then `Trang chủ › Tin tức › ...`): a masthead, not the headline.
    const below = lines[1]
    if (below && wordCount(top.text) <= MASTHEAD_MAX_WORDS && !SENTENCE_END.test(top.text) && isRootTrail(below.text)) {
      drop(state, top, 'masthead')
      lines = lines.slice(1)
      continue
    }
    const crumbs = top.text.split(BREADCRUMB_SEPARATOR)
    const isCrumb = (c: string): boolean => crumbWords(c) <= CRUMB_MAX_WORDS || matchSectionLabel(c) !== null
    if (crumbs.length > 1 && crumbs.slice(0, -1).every(isCrumb) && (matchSectionLabel(crumbs[0] ?? '') || crumbs.length > 2)) {
      const last = crumbs[crumbs.length - 1] ?? ''
      // The last crumb is a section too ("... / Hoạt động của Công an tỉnh")
      // when it is short and the headline follows on the next line.
      const next = lines[1]
      if (next && (matchSectionLabel(last) || crumbWords(last) <= LAST_CRUMB_MAX_WORDS) && looksLikeHeadline(next.text) && crumbWords(next.text) > crumbWords(last)) {
        drop(state, top, 'breadcrumb')
        lines = lines.slice(1)
        continue
      }
      const at = top.text.lastIndexOf(last)
      drop(state, {...top, text: top.text.slice(0, at).trim()}, 'breadcrumb')
      const rest = shift(top, at)
      lines = rest.text ? [rest, ...lines.slice(1)] : lines.slice(1)
      continue
    }
    // Section labels glued to the headline: one glue-safe label, or a
    // trail of labels after the root crumb ("Trang chủ Chính trị Headline").
    let glued = gluedSectionLabel(top.text)
    if (glued > 0) {
      const root = matchSectionLabel(top.text.slice(0, glued))?.root === true
      // `Trang chủ <sections we do not know>`, then datelines or labels,
      // then a longer headline: the whole line is the trail.
      if (root && !TRAILING_ELLIPSIS.test(top.text) && longerHeadlineBelow(lines, wordCount(top.text) - wordCount(top.text.slice(0, glued)))) {
        drop(state, top, 'breadcrumb')
        lines = lines.slice(1)
        continue
      }
      let cur = shift(top, glued)
      drop(state, {...top, text: top.text.slice(0, glued)}, 'section-label')
      while (root && (glued = gluedSectionLabel(cur.text, true)) > 0) {
        drop(state, {...cur, text: cur.text.slice(0, glued)}, 'section-label')
        cur = shift(cur, glued)
      }
      lines = [cur, ...lines.slice(1)]
    }
    break
  }

  // 4. The headline.
  let top = lines[0]
  if (top) {
    const md = MARKDOWN_HEADING.exec(top.text)
    if (md) top = shift(top, md[0].length)
    // `<headline> Ngày đăng: 23/11/2018`: the dateline glued after the headline.
    const glued = GLUED_DATELINE_LABEL.exec(top.text)
    if (glued && glued.index > 0 && matchDateline(top.text.slice(glued.index).trim())) {
      const at = glued.index + glued[0].length
      state.datelines.push(block(shift(top, at), 'dateline'))
      top = {...top, text: top.text.slice(0, glued.index)}
    }
    const again = lines[1]
    const unstopped = top.text.replace(/\.$/u, '')
    if (looksLikeHeadline(top.text)) {
      headline = block(top, 'headline')
      lines = lines.slice(1)
      // A trail's last crumb cut short (`Hội thảo quốc tế về ... theo...`)
      // with the whole headline on the next line: the whole one is the headline.
      const whole = lines[0]
      if (whole && TRAILING_ELLIPSIS.test(top.text) && continuesCut(top.text, whole.text) && looksLikeHeadline(whole.text)) {
        drop(state, top, 'truncated-headline')
        headline = block(whole, 'headline')
        lines = lines.slice(1)
      }
    } else if (again && unstopped !== top.text && matchDateline(again.text) && looksLikeHeadline(unstopped) && !/[.!?]\s/u.test(unstopped)) {
      // The headline with a full stop, right above the dateline: a story's
      // sentence is never followed by one.
      headline = {kind: 'headline', line: top.line, column: top.column, text: unstopped}
      lines = lines.slice(1)
    } else if (again && unstopped !== top.text && opensOwnLead(again.text) && PLACE_COLON.test(top.text) && !opensWithDate(top.text) && looksLikeHeadline(unstopped) && !/[.!?]\s/u.test(unstopped)) {
      // The headline with a full stop, right above a lead that opens with
      // its date (`Sáng 6/10, ...`), when it has a headline's form: its
      // place and a colon (`Bến Tre: Hội nghị ...`). A sentence with a full
      // stop is otherwise no headline.
      headline = {kind: 'headline', line: top.line, column: top.column, text: unstopped}
      lines = lines.slice(1)
    } else if (again && unstopped !== top.text && key(again.text) === key(top.text) && looksLikeHeadline(unstopped)) {
      // The headline with a full stop, printed twice (once as the page's
      // title, once above the story): the repeat makes it the headline.
      headline = {kind: 'headline', line: top.line, column: top.column, text: unstopped}
      lines = lines.slice(1)
    } else {
      // A headline glued to the lead: `Headline Sáng 29/5, tại ...`.
      const lead = LEAD_START.exec(top.text)
      if (lead && lead.index > 0) {
        const head = top.text.slice(0, lead.index).trim()
        if (looksLikeHeadline(head) && /[\p{L}\p{N}"”)]$/u.test(head)) {
          headline = {kind: 'headline', line: top.line, column: top.column, text: head}
          lines = [shift(top, lead.index), ...lines.slice(1)]
        }
      }
    }
  }
  lines = [...aboveHeadline, ...lines]
  if (headline) {
    const hk = key(headline.text)
    lines = lines.filter((l) => {
      // The headline again as a picture's text: `<headline> ảnh 1`.
      if (key(l.text) !== hk && key(squash(l.text).replace(PICTURE_NUMBER_SUFFIX, '')) !== hk) return true
      drop(state, l, 'duplicate-headline')
      return false
    })
  }

  // 5. Furniture that a line is by itself, and teaser blocks.
  const content: Line[] = []
  let inTeasers = false
  // Whether the teaser block so far holds only headline links (no summaries), and how many lines.
  let linksOnly = true
  let teaserLines = 0
  const openTeasers = (first: number): void => {
    inTeasers = true
    linksOnly = true
    teaserLines = first
  }
  let inFooter = false
  lines.forEach((l, i) => {
    if (!inFooter && content.length > 0 && opensFooter(lines, i)) inFooter = true
    if (inFooter) return drop(state, l, 'site-footer')
    if (inTeasers) {
      const next = lines[i + 1]
      const prev = lines[i - 1]
      const printedTwice = (next && key(next.text) === key(l.text)) || (prev && key(prev.text) === key(l.text))
      // A teaser's summary cut short (`... nở rộ mạnh mẽ,…`) is no paragraph of the story.
      const paragraph = SENTENCE_END.test(l.text) && !CUT_SUMMARY_END.test(l.text) && wordCount(l.text) >= RESUME_MIN_WORDS && !printedTwice
      const resumes =
        paragraph &&
        (CONTINUATION_OPENERS.test(l.text) ||
          // After a short list of bare links, a full paragraph that does not
          // open like another article's lead is the story going on.
          (linksOnly && teaserLines > 0 && teaserLines <= TEASER_LINKS_MAX && !opensOwnLead(l.text)))
      // The story's own byline printed after a short list of links, with
      // only page furniture below it: it closes the links, it is not one.
      if (!resumes && linksOnly && isClosingByline(lines, i)) {
        inTeasers = false
        content.push(l)
        return
      }
      if (!resumes) {
        const header = matchTeaserHeader(l.text)
        if (!header) {
          teaserLines++
          if (!looksLikeHeadline(l.text)) linksOnly = false
        }
        drop(state, l, header ? 'teaser-header' : 'teaser-block')
        return
      }
      inTeasers = false
    }
    const dateline = matchDateline(l.text)
    if (dateline) {
      if (dateline.byline) {
        const text = dateline.byline.text
        const bylineFirst = dateline.byline.index < dateline.index
        // After the bar (`Mai Anh | Thứ Tư, ...`), or right after the name (`Mai Anh 11:20, ...`).
        const bar = l.text.indexOf('|', dateline.byline.index + text.length)
        // `PV - 08:27, ...`: past the name, and the dash after it.
        const after = bar >= 0 ? bar + 1 : dateline.byline.index + text.length
        const date = bylineFirst
          ? shift(l, after + (/^\s*[-–]?/u.exec(l.text.slice(after))?.[0].length ?? 0))
          : {...l, text: l.text.slice(0, dateline.byline.index).replace(/[\s|·•]+$/u, '')}
        state.datelines.push(block(date, 'dateline'))
        state.bylines.push({kind: 'byline', line: l.line, column: l.column + dateline.byline.index, text})
      } else {
        state.datelines.push(block(l, 'dateline'))
      }
      return
    }
    if (matchTeaserHeader(l.text)) {
      drop(state, l, 'teaser-header')
      openTeasers(0)
      return
    }
    // Readers' comments under the story: names and words, to the end (a
    // "Bình luận" button above the story opens nothing).
    if (content.length > 0 && isCommentSection(l.text)) {
      drop(state, l, 'comment-label')
      openTeasers(0)
      linksOnly = false
      return
    }
    if (opensTeaserRun(lines, i)) {
      drop(state, l, 'teaser-block')
      openTeasers(1)
      return
    }
    if (content.length > 0 && inHeadlineRun(lines, i)) return drop(state, l, 'teaser-block')
    if (isRelatedLink(l.text)) return drop(state, l, 'related-link')
    // `Icon No Avatar <site> <writer>`: the writer is a byline, the rest is furniture.
    const avatar = avatarByline(l.text)
    if (avatar && looksLikeByline(avatar.text)) {
      drop(state, {...l, text: l.text.slice(0, avatar.index).trim()}, 'avatar-label')
      state.bylines.push({kind: 'byline', line: l.line, column: l.column + avatar.index, text: avatar.text})
      return
    }
    const label = matchSiteLabel(l.text)
    if (label) return drop(state, l, label.rule)
    // "Từ khóa :" alone, its tags on the next line ("A , B , C"): the tags are furniture too.
    if (i > 0 && TAG_LABEL_ALONE.test(lines[i - 1]!.text) && isTagList(l.text)) return drop(state, l, 'tag-line')
    if (matchSectionLabel(l.text)) return drop(state, l, 'section-label')
    if (PHOTO_CREDIT_LINE.test(l.text)) return drop(state, l, 'photo-credit')
    content.push(l)
  })

  // 6. What is left: fragments, duplicates, labels, bylines, captions.
  const kept: {line: Line; kind: BlockKind}[] = []
  const seen = new Map<string, number>()
  content.forEach((l, i) => {
    const k = captionKey(l.text)
    const next = content[i + 1]
    const words = wordCount(l.text)
    if (next && words <= FRAGMENT_MAX_WORDS && !SENTENCE_END.test(l.text)) {
      const nk = key(next.text)
      const lk = key(l.text)
      if (lk.length > 0 && nk.length > lk.length && nk.startsWith(lk)) return drop(state, l, 'caption-fragment')
    }
    const earlier = seen.get(k)
    if (earlier !== undefined && k.length > 0) {
      const original = kept[earlier]
      const adjacent = earlier === kept.length - 1
      // A lead printed twice (the sapo again) stays the lead.
      if (original && adjacent && wordCount(original.line.text) <= CAPTION_MAX_DUPLICATE_WORDS && !DATE_LEAD.test(original.line.text)) original.kind = 'caption'
      // The writer's name printed above the story and again under it ("Mai Anh" ... "Mai Anh"): a byline.
      if (!adjacent && looksLikeByline(l.text) && !state.bylines.some((b) => b.text === l.text)) {
        state.bylines.push(block(l, 'byline'))
        return
      }
      return drop(state, l, adjacent ? 'duplicate-caption' : 'duplicate-line')
    }
    // `Tác giả: X` signs the story wherever it stands.
    if (AUTHOR_LABEL.test(l.text) && looksLikeByline(l.text)) {
      state.bylines.push(block(l, 'byline'))
      return
    }
    seen.set(k, kept.length)
    kept.push({line: l, kind: looksLikeCaption(l.text) ? 'caption' : 'paragraph'})
  })

  // Bylines: at the end of the story (up to two lines), or right under the headline.
  for (let n = 0; n < 2; n++) {
    const last = kept[kept.length - 1]
    // The writer's initials alone on the last line (`TLL`, `Th.N`), or a
    // pen name of one syllable (`Hà`), sign the story too.
    const signature = n === 0 && (isSignatureInitials(last?.line.text ?? '') || oneSyllableSignature(kept, split.body))
    if (!last || !(looksLikeByline(last.line.text) || signature)) break
    state.bylines.push(block(last.line, 'byline'))
    kept.pop()
  }
  state.bylines.sort((a, b) => a.line - b.line)
  const firstKept = kept[0]
  if (firstKept && kept.length > 1 && wordCount(firstKept.line.text) <= 8 && looksLikeByline(firstKept.line.text)) {
    state.bylines.unshift(block(firstKept.line, 'byline'))
    kept.shift()
  }

  // Stray short labels ("Chủ tịch", "Các đại biểu"): not a sentence, not a caption.
  const story = kept.filter(({line, kind}) => {
    const stray = kind === 'paragraph' && wordCount(line.text) <= STRAY_MAX_WORDS && !SENTENCE_END.test(line.text) && !/\d/u.test(line.text)
    if (stray) drop(state, line, 'stray-label')
    return !stray
  })

  // The outlet's mark at the start of the lead.
  let outletMark: Block | null = null
  const blocks: Block[] = story.map(({line, kind}) => block(line, kind))
  const leadIndex = blocks.findIndex((b) => b.kind === 'paragraph')
  const lead = blocks[leadIndex]
  if (lead) {
    const mark = matchOutletMark(lead.text)
    if (mark) {
      outletMark = {kind: 'outlet-mark', line: lead.line, column: lead.column + mark.index, text: mark.mark}
      const rest = shift(lead, mark.length)
      blocks[leadIndex] = {...lead, column: rest.column, text: rest.text}
    }
  }

  // 7. A text cut off at the end.
  const truncated = cutOff(blocks, state, file)

  state.removed.sort((a, b) => a.line - b.line || a.column - b.column)
  if (!blocks.some((b) => b.kind === 'paragraph')) {
    report(file, 'no-story', {line: split.bodyLine, column: 1})
  }
  return {
    path: split.source.path,
    headline,
    blocks,
    datelines: state.datelines,
    scraperDate,
    bylines: state.bylines,
    outletMark,
    truncated,
    removed: state.removed
  }
}

/**
 * Whether the first line is the site's chrome rather than the headline: a
 * visitor counter (`Đang online: 6`, `Hôm nay: 1937`), a name with a counter
 * or a logo's address glued on, a name right above a counter, or a short
 * banner in capitals (`CÔNG AN TỈNH X`) above a longer headline in
 * sentence case. A name is taken for chrome only when a headline follows.
 */
/** A letterhead's line has at most this many words (a body's full name: `BAN CHỈ ĐẠO CÔNG TÁC ... TỈNH`). */
const LETTERHEAD_MAX_WORDS = 12

/** A place's unit word opening a line: `QUẬN 5`, `HUYỆN X`, `TỈNH Y`, `PHƯỜNG 3`. */
const UNIT_OPENING = new RegExp(String.raw`^(?:${alternation([...new Set([...PROVINCE_UNIT_WORDS, ...DISTRICT_UNIT_WORDS, ...COMMUNE_UNIT_WORDS])])})(?![\p{L}\p{M}])`, 'iu')

/**
 * Whether the file opens with a letterhead: two lines in capitals, the
 * second a place (`QUẬN 5 - THÀNH PHỐ X`), then a headline with a story
 * under it.
 */
function isLetterhead(lines: readonly Line[]): boolean {
  const [first, second, third, fourth] = lines
  if (!first || !second || !third || !fourth) return false
  return (
    isAllCaps(first.text) && isAllCaps(second.text) && !first.text.includes(':') &&
    wordCount(first.text) <= LETTERHEAD_MAX_WORDS && wordCount(second.text) <= LETTERHEAD_MAX_WORDS &&
    UNIT_OPENING.test(second.text) && looksLikeHeadline(third.text)
  )
}

function isSiteChrome(lines: Line[]): boolean {
  const top = lines[0]
  if (!top) return false
  const text = top.text
  const counter = visitorCounterAt(text)
  if (counter === 0) return true
  // The first line after the run of counters must read as a headline.
  let k = 1
  while (lines[k] && visitorCounterAt(lines[k]!.text) === 0) k++
  const after = lines[k]
  const headlineFollows = after !== undefined && looksLikeHeadline(after.text)
  if (!headlineFollows || SENTENCE_END.test(text)) return false
  const name = (at: number): boolean => wordCount(text.slice(0, at)) <= SITE_NAME_MAX_WORDS
  if (counter > 0) return name(counter)
  if (k > 1) return name(text.length)
  const image = IMAGE_URL.exec(text)
  if (image) return name(image.index)
  const below = lines[1]
  return (
    below !== undefined &&
    isAllCaps(text) &&
    !isAllCaps(below.text) &&
    wordCount(text) <= MASTHEAD_MAX_WORDS &&
    wordCount(below.text) > wordCount(text) &&
    !text.includes(':')
  )
}

/** A run of this many headlines, each printed twice, is a teaser block even without a header. */
const TEASER_RUN_PAIRS = 2

/**
 * Whether a teaser block with no header starts at `i`: `TEASER_RUN_PAIRS`
 * headlines in a row, each printed twice (seed 001's lists), that are not
 * captions (a photo's caption printed twice is story furniture, kept once).
 */
/** Whether a line is a breadcrumb trail that starts at the root crumb (`Trang chủ > ...`). */
function isRootTrail(text: string): boolean {
  const crumbs = text.split(BREADCRUMB_SEPARATOR)
  return crumbs.length > 1 && matchSectionLabel(crumbs[0] ?? '')?.root === true
}

/**
 * Whether line `i` is a byline with nothing but page furniture after it
 * (site labels, tag lines, copyright, a comment form): the story's last line.
 */
function isClosingByline(lines: Line[], i: number): boolean {
  const l = lines[i]
  if (!l || !looksLikeByline(l.text) || GENERIC_BYLINES.test(l.text)) return false
  if (lines.length - i - 1 > CLOSING_FURNITURE_MAX) return false
  return lines.slice(i + 1).every((n) => matchSiteLabel(n.text) !== null || isCommentSection(n.text) || wordCount(n.text) <= STRAY_MAX_WORDS && !/\d/u.test(n.text))
}

/** Bare links to other stories printed between two paragraphs without a header: at least this many headlines in a row. */
const HEADLINE_RUN_MIN = 3

/** Whether a line reads as a bare link to another story: a headline, not a caption with its credit. */
function isBareLink(l: Line | undefined): boolean {
  return l !== undefined && looksLikeHeadline(l.text) && !SENTENCE_END.test(l.text) && !matchTeaserHeader(l.text) && !LIST_ITEM.test(l.text)
}

/** A list item's mark: `+`, `-`, `•`, `a)`, `1.` (the items of a list the story introduces). */
const LIST_ITEM = /^(?:[+\-–•*]|\p{L}\)|\d{1,2}[.)])\s/u

/**
 * Whether line `i` is inside a run of `HEADLINE_RUN_MIN` or more headlines
 * in a row, with a full paragraph after the run (the story going on): links
 * to other stories printed inside the story with no header. A photo's
 * caption stands alone between paragraphs; three headlines in a row do not.
 */
function inHeadlineRun(lines: Line[], i: number): boolean {
  if (!isBareLink(lines[i])) return false
  let from = i
  while (from > 0 && isBareLink(lines[from - 1])) from--
  let to = i
  while (isBareLink(lines[to + 1])) to++
  if (to - from + 1 < HEADLINE_RUN_MIN) return false
  // A list the story introduces (`... với các nội dung:`) is story.
  if (/:$/u.test(lines[from - 1]?.text ?? '')) return false
  const after = lines[to + 1]
  return after !== undefined && SENTENCE_END.test(after.text) && wordCount(after.text) >= RESUME_MIN_WORDS
}

function opensTeaserRun(lines: Line[], i: number): boolean {
  for (let pair = 0; pair < TEASER_RUN_PAIRS; pair++) {
    const a = lines[i + 2 * pair]
    const b = lines[i + 2 * pair + 1]
    if (!a || !b || key(a.text) !== key(b.text)) return false
    if (SENTENCE_END.test(a.text) || looksLikeCaption(a.text) || !looksLikeHeadline(a.text)) return false
  }
  return true
}

/** A duplicated line becomes a caption when it is this short (seed captions: 3–35 words). */
const CAPTION_MAX_DUPLICATE_WORDS = 45

/**
 * Whether the story's last paragraph was cut off: it ends in U+FFFD, or a
 * long paragraph ends in a letter with no punctuation. What the cut broke
 * is dropped: the broken sentence after the last complete one, or a list's
 * broken item (after its last `; `). A paragraph with no complete sentence
 * loses only its broken word and the capitalised words before it (a name or
 * a body may be cut short: `ông Nguyễn Văn H`): its whole words stay, with
 * the people it names (`Phát biểu tại Hội thảo, Thứ trưởng X đã đánh giá ...`).
 */
/**
 * Where the broken end of a cut-off text starts: the broken last word and
 * the capitalised words and punctuation right before it; -1 when no
 * lower-case word is left to end on.
 */
function wholeWordsEnd(text: string): number {
  const words = [...text.matchAll(/[^\s]+/gu)]
  let k = words.length - 2
  while (k >= 0 && !/^\p{Ll}[\p{L}\p{M}]*$/u.test(words[k]![0])) k--
  if (k < 0) return -1
  // The start of the first dropped word: the kept text is trimmed at its end.
  return words[k + 1]!.index
}

/** Most words in one tag. */
const TAG_MAX_WORDS = 6

/** Whether a line is a list of tags: two or more short parts set apart by commas, and no sentence. */
function isTagList(text: string): boolean {
  const parts = text.split(',').map((p) => p.trim()).filter(Boolean)
  return parts.length >= 2 && !SENTENCE_END.test(text) && parts.every((p) => wordCount(p) <= TAG_MAX_WORDS)
}

function cutOff(blocks: Block[], state: State, file: VFile): boolean {
  const index = blocks.length - 1
  const last = blocks[index]
  if (!last) return false
  const text = last.text
  const replacement = /\uFFFD[\p{L}\p{M}]*$/u.test(text)
  const midWord = last.kind === 'paragraph' && wordCount(text) >= TRUNCATED_MIN_WORDS && /[\p{L}\p{M}]$/u.test(text)
  if (!replacement && !midWord) return false
  let cut = -1
  const ends = /[.!?…]["”’)]*\s+/gu
  for (let m = ends.exec(text); m; m = ends.exec(text)) cut = m.index + m[0].length
  // A list cut off after its last complete item (`gồm: A; B; C cut`): the
  // broken item goes, the whole items stay (their `;` kept to show the list goes on).
  const item = text.lastIndexOf('; ')
  if (item + 1 > cut && item > 0) cut = item + 2
  // A paragraph with no complete sentence keeps its whole words.
  if (cut <= 0) cut = wholeWordsEnd(text)
  const place = {line: last.line, column: last.column + Math.max(cut, 0)}
  state.removed.push({...place, text: cut > 0 ? text.slice(cut) : text, rule: 'truncated-sentence'})
  if (cut > 0) blocks[index] = {...last, text: text.slice(0, cut).trimEnd()}
  else blocks.pop()
  report(file, 'truncated-text', place)
  return true
}
