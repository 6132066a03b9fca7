/**
 * The site's configuration file, `archive.config.json`: JSON only, because
 * no configuration may run code. Paths in it are relative to the file's own
 * folder. Unknown keys and values of the wrong type are errors that name
 * the file, the line and column of the key, and what to do.
 *
 * `parseConfig` is pure (text in, settings or errors out); `loadConfig`
 * reads the file. Command-line flags override what the file says (see
 * `src/cli.ts`).
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import type {Point} from './types.js'
import {describe, type RuleId} from './messages.js'

/** The file looked for in the working folder when `--config` is not given. */
const CONFIG_FILE = 'archive.config.json'

/** The licence line shown on the data page when the config names none. */
export const DEFAULT_LICENSE = 'Dữ liệu được chia sẻ theo giấy phép CC BY 4.0: được dùng lại, kể cả cho mục đích thương mại, nếu ghi rõ nguồn.'

/** What the config file may hold. Every key is optional. */
export interface ArchiveConfig {
  /** The site's title, shown in the header and in feeds. */
  title?: string
  /** One sentence about the archive, for the home page's description and the feeds. */
  description?: string
  /** The site's public URL (`https://example.org/luu-tru/`), for canonical links, feeds and the sitemap. */
  url?: string
  /** The path the site is served under; derived from `url` when not given. */
  base?: string
  /** Folder of articles, relative to the config file. */
  input?: string
  /** Folder to write the site into, relative to the config file. */
  out?: string
  /** Folder of files copied into the site as they are, relative to the config file. */
  static?: string
  /** The licence line of the data, shown on the data page. */
  license?: string
}

type Key = keyof ArchiveConfig

/** Every key, with what kind of value it takes. */
const KEYS: Record<Key, {kind: 'text' | 'path' | 'url'; what: string}> = {
  title: {kind: 'text', what: 'the site title'},
  description: {kind: 'text', what: 'a sentence about the archive'},
  url: {kind: 'url', what: 'the public URL, e.g. "https://example.org/luu-tru/"'},
  base: {kind: 'text', what: 'the path served under, e.g. "/luu-tru/"'},
  input: {kind: 'path', what: 'a folder of articles'},
  out: {kind: 'path', what: 'the output folder'},
  static: {kind: 'path', what: 'a folder of files to copy'},
  license: {kind: 'text', what: 'the licence line of the data'}
}

/** A problem in the config file, at a place in it: a rule of the message catalogue and its parameters. */
interface ConfigProblem {
  place: Point
  ruleId: ConfigRule
  params?: Record<string, string | number>
}

type ConfigRule = Extract<RuleId, `config-${string}`>

/** The config cannot be used: every problem, each worded by the catalogue (`src/messages.ts`) as `file:line:column  error  …  [rule]`. */
export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(readonly file: string, readonly problems: ConfigProblem[]) {
    super(problems.map((p) => `${file}:${p.place.line}:${p.place.column}  error  ${describe(p.ruleId, p.params)}  [${p.ruleId}]`).join('\n'))
  }
}

/** Line and column (1-based) of an offset in `text`. */
export function pointAt(text: string, offset: number): Point {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)))
  const lines = before.split('\n')
  return {line: lines.length, column: (lines.at(-1)?.length ?? 0) + 1}
}

/**
 * The offset of each top-level key of a JSON object text, by a small
 * scan that skips strings and nested values; the first occurrence wins.
 */
export function topLevelKeyOffsets(text: string): Map<string, number> {
  const offsets = new Map<string, number>()
  let depth = 0
  let expectKey = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '"') {
      const start = i
      i++
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1
      if (depth === 1 && expectKey) {
        const key = JSON.parse(text.slice(start, i + 1)) as string
        if (!offsets.has(key)) offsets.set(key, start)
        expectKey = false
      }
    } else if (c === '{' || c === '[') {
      depth++
      expectKey = depth === 1 && c === '{'
    } else if (c === '}' || c === ']') {
      depth--
    } else if (c === ',' && depth === 1) {
      expectKey = true
    }
  }
  return offsets
}

/** The offset of a JSON.parse error, from the messages Node gives (`at position 12`, `line 2 column 5`). */
function errorOffset(text: string, error: Error): number {
  const position = /position (\d+)/.exec(error.message)
  if (position) return Number(position[1])
  const lineColumn = /line (\d+) column (\d+)/.exec(error.message)
  if (lineColumn) {
    const lines = text.split('\n').slice(0, Number(lineColumn[1]) - 1)
    return lines.reduce((sum, l) => sum + l.length + 1, 0) + Number(lineColumn[2]) - 1
  }
  return text.length
}

/**
 * Parse the config text. Paths are resolved against `dir` (the config
 * file's folder). Throws `ConfigError` listing every problem.
 */
export function parseConfig(text: string, file: string, dir: string): ArchiveConfig {
  const clean = text.replace(/^\uFEFF/, '')
  let data: unknown
  try {
    data = JSON.parse(clean)
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error))
    throw new ConfigError(file, [{place: pointAt(clean, errorOffset(clean, err)), ruleId: 'config-invalid-json', params: {reason: err.message}}])
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError(file, [{place: {line: 1, column: 1}, ruleId: 'config-not-object'}])
  }
  const offsets = topLevelKeyOffsets(clean)
  const at = (key: string): Point => pointAt(clean, offsets.get(key) ?? 0)
  const problems: ConfigProblem[] = []
  const config: ArchiveConfig = {}
  const known = Object.keys(KEYS).join(', ')
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!Object.hasOwn(KEYS, key)) {
      problems.push({place: at(key), ruleId: 'config-unknown-key', params: {key, known}})
      continue
    }
    const spec = KEYS[key as Key]
    if (typeof value !== 'string') {
      const got = value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value
      problems.push({place: at(key), ruleId: 'config-wrong-type', params: {key, what: spec.what, got}})
      continue
    }
    if (spec.kind === 'url' && !isHttpUrl(value)) {
      problems.push({place: at(key), ruleId: 'config-bad-url', params: {key, what: spec.what}})
      continue
    }
    config[key as Key] = spec.kind === 'path' ? path.resolve(dir, value) : value
  }
  if (problems.length) throw new ConfigError(file, problems)
  return config
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}

/**
 * Read the config: `explicit` (from `--config`, an error when missing), or
 * `archive.config.json` in `cwd` when present, or none (an empty config
 * whose folder is `cwd`).
 */
export async function loadConfig(explicit: string | undefined, cwd: string): Promise<{config: ArchiveConfig; dir: string; file: string | null}> {
  const file = explicit ? path.resolve(cwd, explicit) : path.join(cwd, CONFIG_FILE)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (!explicit && (error as NodeJS.ErrnoException).code === 'ENOENT') return {config: {}, dir: cwd, file: null}
    const reason = error instanceof Error ? error.message : String(error)
    throw new ConfigError(explicit ?? CONFIG_FILE, [{place: {line: 1, column: 1}, ruleId: 'config-unreadable', params: {reason}}])
  }
  const shown = explicit ?? CONFIG_FILE
  return {config: parseConfig(text, shown, path.dirname(file)), dir: path.dirname(file), file}
}

/**
 * The base path of a site served at `url`: `https://x.github.io/luu-tru/` → `/luu-tru/`.
 */
export function baseOfUrl(url: string): string {
  const pathname = new URL(url).pathname
  return pathname.endsWith('/') ? pathname : `${pathname}/`
}

/** The site's public URL with exactly one trailing slash, or null. */
export function siteUrl(url: string | undefined): string | null {
  if (!url) return null
  const parsed = new URL(url)
  parsed.search = ''
  parsed.hash = ''
  if (!parsed.pathname.endsWith('/')) parsed.pathname += '/'
  return parsed.href
}
