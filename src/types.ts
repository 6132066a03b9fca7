/**
 * The records that pass between the build's stages:
 * (Over 400 lines on purpose: one place for every record type, so a field is
 * documented once and every stage reads the same definition.)
 *
 *   read → front matter → clean → extract → archive → render → write
 *
 * Every stage is a function of the previous stage's record. This file is
 * the one place where these records are defined; `RECORDS.md` (in the
 * project docs) is the public contract for the JSON written to
 * `dist/data/`, and the types below that end in `Record` follow it.
 */
import type {FrontMatterOf} from './fields.js'

/** A place in a source file, 1-based like editors and vfile. */
export interface Point {
  /** Line in the input file (1-based, counting front-matter lines). */
  line: number
  /** Column in that line (1-based, in UTF-16 code units of the NFC text). */
  column: number
}

/** Where an extracted value came from. */
export type Evidence =
  | (Point & {
      /** The words in the source that support the value (a phrase or sentence). */
      text: string
    })
  | {
      /** The front-matter key that set the value. */
      frontMatter: string
    }

// ---------------------------------------------------------------------------
// read

/** One input file, decoded. Produced by `stages/read.ts`. */
export interface SourceFile {
  /** Path relative to the input folder, with `/` separators. */
  path: string
  /** Lowercase hex SHA-256 of the raw bytes. */
  sha256: string
  /**
   * The decoded text: UTF-8 or UTF-16 (by BOM), BOM removed, CRLF and CR
   * turned into LF, no-break and other odd spaces turned into U+0020,
   * Unicode NFC with Vietnamese tone marks in one placement.
   */
  text: string
  /** `txt` for raw copied text, `md` for Markdown. */
  format: 'txt' | 'md'
}

// ---------------------------------------------------------------------------
// front matter

/**
 * The editor-set fields of a file's front matter, validated. Every field is
 * optional; a field that is present overrides extraction. The keys, their
 * checks and what each overrides are rows of `FIELDS` in `fields.ts`.
 */
export type FrontMatter = FrontMatterOf

export interface FrontMatterOfficial {
  name: string
  /** The official's URL slug, pinned by the editor (made safe by `slug()`). */
  slug?: string
  rank?: string | null
  positions?: string[]
  role?: OfficialRole
}

/** A file split into its front matter and its body. */
export interface SplitFile {
  source: SourceFile
  /** Validated front matter; `{}` when the file has none. */
  data: FrontMatter
  /** The line (1-based) in `source.text` where `body` begins. */
  bodyLine: number
  /** The text after the front matter. */
  body: string
}

// ---------------------------------------------------------------------------
// clean

/** What a line of the source turned out to be. */
export type BlockKind =
  | 'headline'
  | 'dateline'
  | 'scraper-date'
  | 'outlet-mark'
  | 'caption'
  | 'byline'
  | 'paragraph'

/** A line (paragraph) of the source that the clean stage kept. */
export interface Block extends Point {
  kind: BlockKind
  /** The text of the block, trimmed; `line`/`column` are where it starts. */
  text: string
}

/** Something the clean stage removed, kept for the record and for tests. */
export interface Removed extends Point {
  text: string
  /** Why: a stable rule id such as `teaser-block`, `share-label`, `duplicate-caption`. */
  rule: string
}

/** The article with its site furniture removed. Produced by `stages/clean.ts`. */
export interface CleanArticle {
  path: string
  /** The headline as printed, when the file has one. */
  headline: Block | null
  /** The story: paragraphs and captions in reading order, furniture removed. */
  blocks: Block[]
  /** Datelines such as `Thứ Tư, 29/05/2024 11:20` (may hold a byline after `|`). */
  datelines: Block[]
  /** The scraper's ` date 2024-07` prefix, without the word `date`. */
  scraperDate: Block | null
  /** Bylines (author names), as printed. */
  bylines: Block[]
  /** The outlet's mark at the start of the lead, such as `CAO` in `(CAO)`. */
  outletMark: Block | null
  /** Whether the text was cut off (ends in U+FFFD or mid-word). */
  truncated: boolean
  removed: Removed[]
}

// ---------------------------------------------------------------------------
// extract

export type DatePrecision = 'day' | 'month' | 'year'

export interface EventDate {
  /** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, per `precision`. */
  value: string
  precision: DatePrecision
  /** The words or metadata that support the date, in plain language. */
  basis: string
}

export interface ProvinceRef {
  /** Canonical name as it was at the time, e.g. `Thành phố Hồ Chí Minh`, `Bình Dương`. */
  name: string
  /** `ho-chi-minh`, `binh-duong`: no `Tỉnh`/`Thành phố`. */
  slug: string
}

/** How a person takes part in the story. */
export type OfficialRole = 'chair' | 'speaker' | 'reporter' | 'attendee' | 'mentioned'

export interface OfficialRecord {
  /** Full name in NFC, Vietnamese order (surname first), as written. */
  name: string
  slug: string
  /** Military, police or academic rank (`Thiếu tướng`, `Đại tá`, `PGS.TS`), or null. */
  rank: string | null
  /** Offices as written in the article, in order. */
  positions: string[]
  role: OfficialRole
}

export interface TopicRef {
  /** Sentence case, no quote marks. */
  name: string
  slug: string
}

export interface EventInfo {
  /** The event id shared by every article reporting it (set by the archive stage). */
  id: string
  /** The event's name as written (`Hội nghị tập huấn ...`), or null when the text gives none. */
  name: string | null
  /** Kinds such as `tập huấn`, `sơ kết`, `tổng kết`, `hội thảo`, `tọa đàm`. */
  types: string[]
  /** Organising bodies as written. */
  organizers: string[]
  /** Number of participants when the text gives one. */
  attendance: number | null
  /**
   * The word before that number as written (`hơn`, `gần`, `khoảng`, `trên`,
   * `hàng`, `gần như`); null when the number is given plainly or not at all.
   */
  attendanceQualifier: string | null
}

export interface Warning extends Point {
  message: string
  /** Stable id of the rule that raised it (see `messages.ts`). */
  ruleId: string
}

/** The facts of one article that extraction finds and the public record keeps as they are. */
export interface ArticleFacts {
  /** The headline as the source gives it; null when the source has none. */
  title: string | null
  /** The date of the event, at the precision the text supports; null when nothing supports one. */
  date: EventDate | null
  /** The publication date or date-time from a dateline (ISO 8601), or null. */
  published: string | null
  /**
   * `--MM-DD` (ISO 8601 without a year): the event's day and month when the
   * text gives them but no year, so `date` is null. Never a date on its own;
   * it lets two reports of one event be matched (`archive/events.ts`).
   */
  dayWithoutYear: string | null
  /** Where the event took place (the province or centrally governed city as it was then), or null. */
  province: ProvinceRef | null
  /** A city or district the text names as the place, or null. */
  city: string | null
  /** A hall or building the text names as the place, or null. */
  venue: string | null
  /** The people of the story, in order of first appearance. */
  officials: OfficialRecord[]
  /** The byline's names. */
  authors: string[]
  /** The subjects presented (chuyên đề). */
  topics: TopicRef[]
}

/**
 * What extraction found in one article, each value with its evidence.
 * Produced by `stages/extract/index.ts`; the archive stage turns it into
 * an `ArticleRecord`.
 */
export interface Extraction extends ArticleFacts {
  /** The event as this article reports it; the archive stage gives it an id. */
  event: Omit<EventInfo, 'id'>
  outlet: string | null
  url: string | null
  /** Keyed by field (`title`, `date`, `province`, `officials.0`, `topics.1`, ...). */
  evidence: Record<string, Evidence>
  warnings: Warning[]
  /** Where the story names a province or one of `officials`, for the links of the article page. */
  spans: StorySpan[]
}

/**
 * A mention in the story that the article page links to a page: a province
 * or one of the article's officials. Offsets are UTF-16 code units into the
 * text of one block of the clean story (`Block.text` of `blocks[block]`,
 * the blocks the render stage receives as `Story.blocks`), so they survive
 * the cache and a worker boundary as plain numbers. Within an article, spans
 * never overlap and are sorted by block, then start.
 */
export interface StorySpan {
  kind: 'province' | 'official'
  /** The province's slug, or the official's name as in `officials`. */
  key: string
  /** Index of the block in the story's blocks. */
  block: number
  /** First code unit of the mention in the block's text. */
  start: number
  /** Just after the mention's last code unit (`start < end <= text.length`). */
  end: number
}

// ---------------------------------------------------------------------------
// archive (the public records, as RECORDS.md defines them)

export interface ArticleRecord extends ArticleFacts {
  /** Stable URL-safe id; `/articles/<id>/` is its page. */
  id: string
  source: {
    /** The input file's path, relative to the input folder. */
    file: string
    /** SHA-256 of the file's bytes. */
    sha256: string
    outlet: string | null
    url: string | null
  }
  /** `title`, or a title derived from the event and place; never empty. */
  displayTitle: string
  /** Whether `displayTitle` was derived rather than printed. */
  titleDerived: boolean
  /** The event this article reports; articles about one event share `event.id`. */
  event: EventInfo
  /** What extraction could not settle, with its place in the source (message in Vietnamese). */
  warnings: {message: string; line: number; column: number; ruleId: string}[]
  /** For each extracted value, where it came from. */
  evidence: Record<string, Evidence>
}

export interface EventRecord {
  id: string
  name: string
  /** Whether `name` was derived (no article printed one). */
  nameDerived: boolean
  types: string[]
  organizers: string[]
  attendance: number | null
  /** The word before `attendance` as written (`hơn`, `khoảng`), or null. */
  attendanceQualifier: string | null
  /** The most precise date the articles agree on, or null. */
  date: EventDate | null
  province: ProvinceRef | null
  city: string | null
  venue: string | null
  /** Article ids, in archive order. */
  articles: string[]
  /** Official slugs with their role at this event. */
  officials: {slug: string; name: string; role: OfficialRole; rank: string | null; positions: string[]}[]
  topics: string[]
}

export interface Appearance {
  article: string
  event: string
  date: EventDate | null
  province: string | null
  rank: string | null
  positions: string[]
  role: OfficialRole
}

export interface OfficialEntry {
  slug: string
  name: string
  /** Latest known rank. */
  rank: string | null
  articles: string[]
  events: string[]
  /** Province slugs, sorted. */
  provinces: string[]
  appearances: Appearance[]
}

export interface ProvinceEntry {
  slug: string
  name: string
  /** `Tỉnh` or `Thành phố` (centrally governed city). */
  kind: 'tỉnh' | 'thành phố'
  region: string
  /** What the province became on 1 July 2025: the slug and name of the new unit. */
  since2025: {slug: string; name: string; mergedWith: string[]} | null
  articles: string[]
  events: string[]
}

export interface TopicEntry {
  slug: string
  name: string
  articles: string[]
  events: string[]
}

/** The whole archive: lists in a stable order (each entry keyed by its id or slug). */
export interface Archive {
  articles: ArticleRecord[]
  events: EventRecord[]
  officials: OfficialEntry[]
  provinces: ProvinceEntry[]
  topics: TopicEntry[]
  /** Old URLs that now lead elsewhere: each gets a redirect page (absent: none). */
  redirects?: Redirect[]
  /** The URLs this archive publishes, for the next build (absent: none kept). */
  published?: PublishedSlugs
}

/** A page that moved: `/<kind>s/<from>/` leads to `/<kind>s/<to>/`. */
export interface Redirect {
  kind: 'official' | 'article'
  from: string
  to: string
}

/** Who holds which URL, for one kind of page. */
export interface SlugMap {
  /** Identity → the slug of its page (officials: the name key; articles: the input path). */
  pages: Record<string, string>
  /** Old slug → the identity it now redirects to. */
  aliases: Record<string, string>
}

/**
 * The URLs a build published, written as `data/slugs.json` and read back by
 * the next build (read stage), so that a published URL keeps its page:
 * newcomers get the suffix, and a page that moves leaves a redirect.
 */
export interface PublishedSlugs {
  version: 1
  officials: SlugMap
  articles: SlugMap
}

// ---------------------------------------------------------------------------
// render and write

/** What the render stage needs of one article besides its record. */
export interface Story {
  /** The article's id (its record's `id`). */
  id: string
  format: SourceFile['format']
  /** The clean story's blocks in reading order (paragraphs and captions). */
  blocks: Block[]
  /** What extraction found to link in `blocks` (`Extraction.spans`). */
  spans: StorySpan[]
}

/** Everything the render stage reads. */
export interface RenderInput {
  archive: Archive
  /** Keyed by article id. */
  stories: Map<string, Story>
  /** The site's title and base path. */
  options: SiteOptions
  /**
   * Told when an article's page could not be rendered (its Markdown made the
   * renderer throw): the page is rendered with its story as plain text, or
   * left out when even that fails (`rendered: false`).
   */
  onArticleError?: (id: string, reason: string, rendered: boolean) => void
  /**
   * Render only the files of one page (the dev server renders lazily): the
   * output path of its first page (`provinces/x/index.html`); its later
   * pages (`page/n/`) and its feed come with it. Unset: every file.
   */
  only?: string
  /**
   * Whether the previous build's file at this output path was made from a
   * view with this digest and is still there to be linked: the page is then
   * not rendered but yielded as `reuse`. Unset: every page is rendered.
   */
  reusable?: (file: string, view: string) => boolean
}

export interface SiteOptions {
  /** The site's title, shown in the header. */
  title: string
  /** A path prefix when `dist/` is served below a folder; `/` by default. */
  base: string
  /** One sentence about the archive (home page description, feeds). */
  description?: string
  /** The site's public URL with a trailing slash, for canonical links, feeds and the sitemap; null when unknown. */
  url?: string | null
  /** The licence line of the data, shown on the data page. */
  license?: string
  /** Whether the static folder holds a `robots.txt` of the user's own (then none is generated). */
  ownRobots?: boolean
}

/** One file of the built site. */
export interface OutputFile {
  /** Path inside the output folder, with `/` separators, e.g. `articles/abc/index.html`. */
  path: string
  contents: string | Uint8Array
  /** What made this file (an article id, `home`, ...), for collision reports. */
  origin: string
  /**
   * A digest of everything the file was made from (its page's view data,
   * the site's chrome and the render code), when the render stage knows
   * one; the manifest keeps it, so the next build can tell the page would
   * come out the same without rendering it.
   */
  view?: string
  /**
   * Not rendered: the previous build's file at this path was made from the
   * same `view`, so the write stage links it (`contents` is empty).
   */
  reuse?: true
}
