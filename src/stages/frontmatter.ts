/**
 * The front-matter stage: split a source into its YAML front matter and its
 * body, and validate the front matter into a `FrontMatter` record.
 *
 * gray-matter is used here and nowhere else, behind three guards:
 *
 * 1. It evaluates `---js` / `---javascript` front matter as code
 *    (CVE-2022-25863), and matches the language case-insensitively through
 *    an alias table. We read the language word ourselves and hand gray-matter
 *    only YAML; every other engine it knows is replaced by one that throws.
 * 2. Called without options it caches results and shares them between calls:
 *    we always pass a fresh options object and never mutate what it returns.
 * 3. Its YAML engine turns `2024-07-23` into a Date (a UTC timestamp that
 *    prints as the day before west of UTC): we parse with js-yaml's CORE
 *    schema, which has no timestamps, so dates stay strings.
 *
 * Provinces are not resolved here; the extract stage does that.
 */
import {createRequire} from 'node:module'
import matter from 'gray-matter'
import type {VFile} from 'vfile'
import {FRONT_MATTER, type CheckKind, type CheckValue} from '../fields.js'
import {report} from '../messages.js'
import {normalizeText, squash} from '../text/normalize.js'
import {slug} from '../text/slug.js'
import {DATE_TIME, isCalendarDate} from '../text/dates.js'
import type {FrontMatter, FrontMatterOfficial, OfficialRole, Point, SourceFile, SplitFile} from '../types.js'

/** The part of js-yaml 3 (gray-matter's own YAML parser) that we use. */
interface JsYaml {
  safeLoad(text: string, options: {schema: unknown; json: boolean}): unknown
  CORE_SCHEMA: unknown
}

/**
 * js-yaml is gray-matter's dependency, not ours: resolve it from
 * gray-matter's folder so we get the very copy gray-matter uses.
 */
const yaml = (() => {
  const requireHere = createRequire(import.meta.url)
  return createRequire(requireHere.resolve('gray-matter'))('js-yaml') as JsYaml
})()

/** The only front-matter languages we parse (`''` is a plain `---`). */
const YAML_LANGUAGES: ReadonlySet<string> = new Set(['', 'yaml', 'yml'])

/**
 * A word after the opening `---` that can name a language. Anything else
 * (`--- Tin nóng ---`) means the `---` line is part of the text, not front matter.
 */
const LANGUAGE_WORD = /^[A-Za-z_$][\w$+.-]*$/

/** The engines gray-matter ships with (and their aliases), all refused. */
const REFUSED_ENGINES = ['js', 'javascript', 'json', 'coffee', 'coffeescript', 'cson', 'toml'] as const

/** The keys of an entry of `officials`. */
const OFFICIAL_KEYS: ReadonlySet<string> = new Set(['name', 'rank', 'positions', 'role', 'slug'])

const ROLES: ReadonlySet<OfficialRole> = new Set<OfficialRole>(['chair', 'speaker', 'reporter', 'attendee', 'mentioned'])

/** Thrown by a refused engine; never caught as a YAML error. */
class RefusedEngineError extends Error {}

/** The boxed result of our YAML engine, so gray-matter never touches the parsed value. */
interface Parsed {
  parsed: unknown
}

function loadYaml(text: string): Parsed {
  return {parsed: yaml.safeLoad(text, {schema: yaml.CORE_SCHEMA, json: false})}
}

function refuse(name: string): {parse: () => never} {
  return {
    parse() {
      throw new RefusedEngineError(`the ${name} front-matter engine is disabled`)
    }
  }
}

/** A fresh options object per call: gray-matter caches only when given none. */
function matterOptions() {
  const engines: Record<string, {parse: (input: string) => object}> = {yaml: {parse: loadYaml}, yml: {parse: loadYaml}}
  for (const name of REFUSED_ENGINES) engines[name] = refuse(name)
  return {language: 'yaml', excerpt: false, engines}
}

/** Where the front matter is in the text, mirroring gray-matter's own rules. */
interface Block {
  /** The word after the opening `---`, trimmed (`''` for a plain `---`). */
  language: string
  /** Column (1-based) of that word on line 1. */
  languageColumn: number
  /** The raw front matter, from the end of line 1 to the closing `---` (its line 0 is line 1 of the file). */
  raw: string
  /** Offset in the text where the body begins, or -1 when `---` is never closed. */
  bodyStart: number
}

/** Find the front matter: `---[lang]` on line 1, up to the next line starting `---`. */
function locate(text: string): Block | null {
  if (!text.startsWith('---') || text[3] === '-') return null
  const lineEnd = text.indexOf('\n')
  if (lineEnd === -1) return null
  const rawLanguage = text.slice(3, lineEnd)
  const language = rawLanguage.trim()
  if (language && !LANGUAGE_WORD.test(language)) return null
  const languageColumn = 4 + rawLanguage.length - rawLanguage.trimStart().length
  const close = text.indexOf('\n---', lineEnd)
  if (close === -1) return {language, languageColumn, raw: text.slice(lineEnd), bodyStart: -1}
  let bodyStart = close + 4
  if (text[bodyStart] === '\n') bodyStart++
  return {language, languageColumn, raw: text.slice(lineEnd, close), bodyStart}
}

/**
 * Split a source into front matter and body, and validate the front matter.
 * Pure: every problem goes to `file` with the line and column of the key.
 *
 * - No front matter: `data` is `{}`, the body is the whole text.
 * - A language other than YAML (`---js`, `---json`, ...) → `front-matter-engine`;
 *   nothing is parsed or run, the body is kept.
 * - Malformed YAML, or `---` never closed → `front-matter-invalid` at the error;
 *   the front matter is ignored, the body is kept.
 * - Unknown keys (`__proto__` included) → `front-matter-key`; values of the
 *   wrong type → `front-matter-type`; impossible dates → `front-matter-date`;
 *   non-http(s) urls → `front-matter-url`. Each is dropped, the rest kept.
 *
 * `data` only ever holds the known keys, so hostile keys pollute nothing.
 */
export function splitFrontMatter(source: SourceFile, file: VFile): SplitFile {
  const text = source.text
  const block = locate(text)
  const whole: SplitFile = {source, data: {}, bodyLine: 1, body: text}
  if (!block) return whole
  if (!YAML_LANGUAGES.has(block.language.toLowerCase())) {
    report(file, 'front-matter-engine', {line: 1, column: block.languageColumn}, {engine: block.language})
    return block.bodyStart < 0 ? whole : split(source, {}, block.bodyStart)
  }
  if (block.bodyStart < 0) {
    report(file, 'front-matter-invalid', {line: 1, column: 1}, {reason: 'the `---` on line 1 is never closed by another `---` line'})
    return whole
  }
  const parsed = parseYaml(text, file)
  return split(source, parsed === undefined ? {} : validate(parsed, block.raw, file), block.bodyStart)
}

function split(source: SourceFile, data: FrontMatter, bodyStart: number): SplitFile {
  return {source, data, bodyLine: lineAt(source.text, bodyStart), body: source.text.slice(bodyStart)}
}

/** The 1-based line of an offset. */
function lineAt(text: string, offset: number): number {
  let line = 1
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++
  return line
}

/** Run gray-matter with YAML only; `undefined` (and a message) when the YAML is bad. */
function parseYaml(text: string, file: VFile): Record<string, unknown> | undefined {
  let data: unknown
  try {
    data = matter(text, matterOptions()).data
  } catch (error) {
    reportYamlError(error, file)
    return undefined
  }
  // Only comments or nothing between the `---` lines: gray-matter skips the engine.
  const parsed = isRecord(data) && Object.hasOwn(data, 'parsed') ? (data as unknown as Parsed).parsed : null
  if (parsed === null || parsed === undefined) return {}
  if (isRecord(parsed)) return parsed
  const reason = 'it must be `key: value` lines, such as `title: …`'
  report(file, 'front-matter-invalid', {line: 2, column: 1}, {reason})
  return undefined
}

/** A js-yaml error has a `mark` (0-based line and column in the raw block) and a `reason`. */
function reportYamlError(error: unknown, file: VFile): void {
  if (error instanceof RefusedEngineError) {
    // Only if gray-matter ever read the language differently from locate(): still nothing ran.
    report(file, 'front-matter-engine', {line: 1, column: 4}, {engine: 'unknown'})
    return
  }
  const mark = isRecord(error) && isRecord(error.mark) ? error.mark : undefined
  const line = typeof mark?.line === 'number' ? mark.line + 1 : 1
  const column = typeof mark?.column === 'number' ? mark.column + 1 : 1
  const reason = isRecord(error) && typeof error.reason === 'string' ? error.reason : String(error)
  report(file, 'front-matter-invalid', {line, column}, {reason})
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

// ---------------------------------------------------------------------------
// validation

/** Returned by a check when the value is dropped (the check has reported why). */
const DROP: unique symbol = Symbol('drop')
type Checked<T> = T | typeof DROP

/** Where a key is, and the file to report on. */
interface Context {
  file: VFile
  key: string
  place: Point
}

type Check = (value: unknown, context: Context) => Checked<unknown>

/** How each kind of value in `fields.ts` is checked. */
const CHECK_OF: {[C in CheckKind]: (value: unknown, context: Context) => Checked<CheckValue[C]>} = {
  text: checkText,
  id: checkId,
  list: checkList,
  officials: checkOfficials,
  date: checkDate,
  published: checkPublished,
  url: checkUrl
}

/** The known keys (the front-matter rows of `FIELDS`) and how each is checked. A Map, so `constructor` and friends are not found. */
const CHECKS: ReadonlyMap<string, Check> = new Map(FRONT_MATTER.map(({rule}) => [rule.key, CHECK_OF[rule.check]] as const))

/** Validate each key; only known keys with valid values reach the result. */
function validate(parsed: Record<string, unknown>, raw: string, file: VFile): FrontMatter {
  const data: Record<string, unknown> = {}
  const keyLines = new KeyLines(raw)
  for (const key of Object.keys(parsed)) {
    const context: Context = {file, key, place: keyLines.place(key)}
    const check = CHECKS.get(key)
    if (!check) {
      report(file, 'front-matter-key', context.place, {key})
      continue
    }
    const value = check(Object.getOwnPropertyDescriptor(parsed, key)?.value, context)
    if (value !== DROP) data[key] = value
  }
  return data as FrontMatter
}

/** A top-level `key:` line, the key unquoted or in matching quotes. */
const KEY_LINE = /^(['"]?)([^'"\s:#][^'":]*?)\1[ \t]*:/

/**
 * The places of the top-level keys in the raw front matter (whose line 0 is
 * the file's line 1), indexed in one pass: the first unindented `key:` line,
 * else the first line that mentions the key, else line 2. The lines are
 * split once per file, not once per key: 20,000 keys cost 20,000 lookups.
 */
export class KeyLines {
  readonly #lines: string[]
  readonly #first = new Map<string, number>()
  /** Lines compared against a key while searching for it (for tests that count work). */
  scanned = 0

  constructor(raw: string) {
    this.#lines = raw.split('\n')
    this.#lines.forEach((line, index) => {
      const key = KEY_LINE.exec(line)?.[2]
      if (key !== undefined && !this.#first.has(key)) this.#first.set(key, index)
    })
  }

  place(key: string): Point {
    const index = this.#first.get(key)
    if (index !== undefined) return {line: index + 1, column: 1}
    // A key not on a line of its own (flow style `{a: 1}`): the first line that mentions it.
    for (let i = 0; i < this.#lines.length; i++) {
      this.scanned++
      const column = this.#lines[i]!.indexOf(key)
      if (column >= 0) return {line: i + 1, column: column + 1}
    }
    return {line: 2, column: 1}
  }
}

function wrongType(context: Context, expected: string): typeof DROP {
  report(context.file, 'front-matter-type', context.place, {key: context.key, expected})
  return DROP
}

/** One line of text, normalised like the article text; empty means null. */
function cleanText(value: string): string | null {
  return squash(normalizeText(value)) || null
}

function checkText(value: unknown, context: Context): Checked<string | null> {
  if (value === null) return null
  if (typeof value !== 'string') return wrongType(context, 'text, in quotes if it looks like a number')
  return cleanText(value)
}

/** Like text, but a whole number is taken as written (`id: 2024` → `'2024'`). */
function checkId(value: unknown, context: Context): Checked<string | null> {
  if (Number.isSafeInteger(value)) return String(value)
  return checkText(value, context)
}

/** A single string becomes a one-item list; an item that is not text drops the whole value. */
function checkList(value: unknown, context: Context): Checked<string[]> {
  if (value === null) return []
  const items = Array.isArray(value) ? value : [value]
  const out: string[] = []
  for (const item of items) {
    const text = typeof item === 'string' ? cleanText(item) : undefined
    if (text === undefined) return wrongType(context, 'a list of names, one `- name` per line')
    if (text !== null) out.push(text)
  }
  return out
}

const OFFICIAL_EXPECTED = 'a list of names, or of entries with `name` and optional `rank`, `positions`, `role`, `slug`'

function checkOfficials(value: unknown, context: Context): Checked<FrontMatterOfficial[]> {
  if (value === null) return []
  const items = Array.isArray(value) ? value : [value]
  const out: FrontMatterOfficial[] = []
  for (const item of items) {
    const official = typeof item === 'string' ? officialOfName(item) : officialOfRecord(item)
    if (official === undefined) return wrongType(context, OFFICIAL_EXPECTED)
    if (official) out.push(official)
  }
  return out
}

function officialOfName(name: string): FrontMatterOfficial | null {
  const clean = cleanText(name)
  return clean ? {name: clean} : null
}

/** An `{name, rank?, positions?, role?}` entry, or undefined when it is not one. */
function officialOfRecord(item: unknown): FrontMatterOfficial | undefined {
  if (!isRecord(item)) return undefined
  const own = (key: string): unknown => Object.getOwnPropertyDescriptor(item, key)?.value
  if (Object.keys(item).some((key) => !OFFICIAL_KEYS.has(key))) return undefined
  const name = own('name')
  const rank = own('rank')
  const positions = own('positions') ?? []
  const role = own('role')
  const pinned = own('slug')
  if (pinned !== undefined && (typeof pinned !== 'string' || !slug(pinned, ''))) return undefined
  if (typeof name !== 'string' || !cleanText(name)) return undefined
  if (rank !== undefined && rank !== null && typeof rank !== 'string') return undefined
  const positionList = Array.isArray(positions) ? positions : [positions]
  if (!positionList.every((p) => typeof p === 'string')) return undefined
  if (role !== undefined && !ROLES.has(role as OfficialRole)) return undefined
  const official: FrontMatterOfficial = {name: cleanText(name) ?? name}
  if (rank !== undefined) official.rank = typeof rank === 'string' ? cleanText(rank) : null
  if (own('positions') !== undefined) official.positions = positionList.map((p) => cleanText(p as string)).filter((p) => p !== null)
  if (role !== undefined) official.role = role as OfficialRole
  if (typeof pinned === 'string') official.slug = slug(pinned, 'official')
  return official
}

/** A Date (should a YAML timestamp ever get through) as its UTC day. */
function utcDay(date: Date): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0')
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`
}

/** The value as date text: a string, a whole-number year, or a Date's UTC day. */
function dateText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim()
  if (Number.isSafeInteger(value)) return String(value)
  if (value instanceof Date && !Number.isNaN(value.getTime())) return utcDay(value)
  return undefined
}

function checkDate(value: unknown, context: Context): Checked<string | null> {
  if (value === null) return null
  const text = dateText(value)
  if (text === undefined) return wrongType(context, 'a date such as "2024-07-23"')
  if (isCalendarDate(text)) return text
  report(context.file, 'front-matter-date', context.place, {value: text})
  return DROP
}

function checkPublished(value: unknown, context: Context): Checked<string | null> {
  if (value === null) return null
  const text = dateText(value)
  if (text === undefined) return wrongType(context, 'a date or date-time such as "2024-07-23T08:30:00+07:00"')
  if (isCalendarDate(text)) return text
  const match = DATE_TIME.exec(text)
  if (match?.groups?.day !== undefined && isCalendarDate(match.groups.day)) return text.replace(' ', 'T')
  report(context.file, 'front-matter-date', context.place, {value: text})
  return DROP
}

function checkUrl(value: unknown, context: Context): Checked<string | null> {
  if (value === null) return null
  if (typeof value !== 'string') return wrongType(context, 'a web address starting with https://')
  const text = value.trim()
  const url = URL.canParse(text) ? new URL(text) : undefined
  if (url && (url.protocol === 'http:' || url.protocol === 'https:')) return url.href
  report(context.file, 'front-matter-url', context.place, {value: text})
  return DROP
}
