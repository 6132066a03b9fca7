/**
 * A content-addressed cache of per-article results (front matter, clean,
 * extract). An entry's key is the SHA-256 of the source's path and hash and
 * of the code that made it: the compiled stages and knowledge files, hashed
 * once per process, so editing the extractor or its word lists misses every
 * entry. Entries live where tools keep caches: `$XDG_CACHE_HOME/<package>`
 * when set, else `node_modules/.cache/<package>/` of the working folder.
 *
 * An entry is never trusted: one that does not parse, has the wrong shape
 * or embeds another key is ignored (and rewritten after recomputing).
 */
import {createHash} from 'node:crypto'
import {mkdirSync, readFileSync, renameSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {SourceFile} from '../types.js'
import type {ArticleResult} from './article.js'
import {codeTreeHash} from './code-hash.js'

/** The package's name: the cache folder's name. */
const CACHE_NAME = 'tin-nhan-quyen-archive'
/** Bumped when the entry format changes. */
const FORMAT = 2

/** The default cache folder. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  const xdg = env.XDG_CACHE_HOME
  return xdg && path.isAbsolute(xdg) ? path.join(xdg, CACHE_NAME) : path.join(cwd, 'node_modules', '.cache', CACHE_NAME)
}

let codeHash: string | undefined

/**
 * The hash of the code and data that per-article results depend on: every
 * file under the stages and knowledge folders next to this module's own
 * folder (compiled `.js` when running from `lib/`, `.ts` under vitest),
 * plus the text helpers and message catalogue. Computed once per process.
 */
function extractionCodeHash(): string {
  codeHash ??= codeTreeHash({
    root: path.dirname(path.dirname(fileURLToPath(import.meta.url))),
    folders: ['stages', 'knowledge', 'text', 'pipeline'],
    modules: ['messages', 'types'],
    files: /\.(?:js|ts)$/,
    format: FORMAT
  }, 'hex')
  return codeHash
}

/** The key of one source's entry. */
export function entryKey(source: Pick<SourceFile, 'path' | 'sha256'>, code = extractionCodeHash()): string {
  return createHash('sha256').update(`${code}\n${source.path}\n${source.sha256}`).digest('hex')
}

function entryPath(dir: string, key: string): string {
  return path.join(dir, key.slice(0, 2), `${key}.json`)
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Whether `value` has the shape of a result of `source` (the checks a foreign or hand-edited entry fails). */
function isResultOf(value: unknown, source: Pick<SourceFile, 'path' | 'sha256' | 'format'>): value is ArticleResult {
  if (!isObject(value)) return false
  if (value.path !== source.path || value.sha256 !== source.sha256 || value.format !== source.format) return false
  if (!isObject(value.data) || typeof value.bodyLine !== 'number') return false
  if (!Array.isArray(value.blocks) || !Array.isArray(value.messages)) return false
  if (value.failure !== null) return false
  const x = value.extraction
  if (!isObject(x) || !Array.isArray(x.officials) || !Array.isArray(x.topics) || !Array.isArray(x.warnings) || !Array.isArray(x.spans) || !isObject(x.event)) return false
  return value.messages.every((m) => isObject(m) && typeof m.reason === 'string')
}

/** The cached result of `source`, or null when there is none or it cannot be trusted. */
export function readEntry(dir: string, source: SourceFile): ArticleResult | null {
  const key = entryKey(source)
  let parsed: unknown
  try {
    parsed = JSON.parse(readFileSync(entryPath(dir, key), 'utf8'))
  } catch {
    return null
  }
  if (!isObject(parsed) || parsed.key !== key) return null
  return isResultOf(parsed.result, source) ? parsed.result : null
}

/** Store a result; results of a stage that threw are not stored. Failing to write is not an error. */
export function writeEntry(dir: string, source: SourceFile, result: ArticleResult): void {
  if (result.failure !== null) return
  const key = entryKey(source)
  const target = entryPath(dir, key)
  try {
    mkdirSync(path.dirname(target), {recursive: true})
    const temporary = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
    writeFileSync(temporary, JSON.stringify({key, result}))
    renameSync(temporary, target)
  } catch {
    // A read-only or full disk makes the build slower, never wrong.
  }
}
