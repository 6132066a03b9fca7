/**
 * The read stage: find the input files, read their bytes and decode them
 * into `SourceFile` records. With `write.ts`, the only stage that touches
 * the disk (the modules around the stages that do too are listed in
 * `build.ts`). It also reads what a build needs of the disk besides the
 * articles: the previous build's published slugs and the static files.
 * (Over 400 lines: decoding untrusted bytes — encodings, BOMs, binary and
 * oversize files — with a message for each, plus the two other reads the
 * build makes of its own output and static folder.)
 *
 *   listInputFiles(dir)  → sorted relative paths of `.txt` / `.md` files
 *   decode(path, bytes)  → a `SourceFile`, or null (and a message) when the
 *                          bytes are not an article
 *   readInput(dir)       → both, for every file, plus duplicate detection
 *
 * A bad file is reported on its own vfile and skipped; nothing here throws
 * because of a file's contents or permissions.
 */
import {createHash} from 'node:crypto'
import {readdir, readFile, stat} from 'node:fs/promises'
import path from 'node:path'
import {VFile} from 'vfile'
import {report} from '../messages.js'
import {normalizeText} from '../text/normalize.js'
import type {OutputFile, Point, PublishedSlugs, SlugMap, SourceFile} from '../types.js'

/**
 * The largest input file we read, in bytes. The longest Vietnamese news
 * articles (full speeches, reports) are a few hundred kB of UTF-8; 8 MiB
 * leaves room for several-MB pastes while refusing disk images and dumps.
 */
export const MAX_FILE_BYTES = 8 * 1024 * 1024

/**
 * The share of C0 control characters (other than tab, LF, FF and CR) above
 * which a file counts as binary. Copied articles have none or a stray few;
 * random bytes have about 11% (28 of 256 values), and binary formats without
 * a known signature usually more. 5% keeps a margin on both sides.
 */
const MAX_CONTROL_SHARE = 0.05

/** Input file extensions (lower case) and the format each means. */
const FORMATS: ReadonlyMap<string, SourceFile['format']> = new Map([
  ['.txt', 'txt'],
  ['.md', 'md']
])

/** File signatures of common non-text formats, tried in order. */
const SIGNATURES: ReadonlyArray<{reason: string; bytes: readonly number[]}> = [
  {reason: 'a PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]},
  {reason: 'a PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d]},
  {reason: 'a ZIP archive, such as a .docx', bytes: [0x50, 0x4b, 0x03, 0x04]},
  {reason: 'a ZIP archive, such as a .docx', bytes: [0x50, 0x4b, 0x05, 0x06]},
  {reason: 'a ZIP archive, such as a .docx', bytes: [0x50, 0x4b, 0x07, 0x08]},
  {reason: 'a Word 97–2003 document', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]},
  {reason: 'a JPEG image', bytes: [0xff, 0xd8, 0xff]},
  {reason: 'a GIF image', bytes: [0x47, 0x49, 0x46, 0x38]},
  {reason: 'a gzip archive', bytes: [0x1f, 0x8b]},
  {reason: 'a program (ELF)', bytes: [0x7f, 0x45, 0x4c, 0x46]}
]

/** Control characters that never occur in an article (tab, LF, FF, CR excluded). */
const CONTROL = /[\x01-\x08\x0B\x0E-\x1F\x7F]/g

type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be'

/** What a scan of the raw bytes found, as byte offsets (-1 when none). */
export interface Scan {
  /** Number of invalid sequences (each became one or more U+FFFD). */
  invalid: number
  /** Byte offset of the first invalid sequence. */
  firstInvalid: number
  /** Byte offset of the first U+FFFD that is encoded in the file itself. */
  firstLiteral: number
}

/** Compare strings by Unicode code point (not UTF-16 code unit), for a stable order. */
function compareCodePoints(a: string, b: string): number {
  const x = [...a]
  const y = [...b]
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0)
    if (d !== 0) return d
  }
  return x.length - y.length
}

/** Called for a subfolder that cannot be listed (its relative path, and why). */
export type ListError = (relative: string, error: unknown) => void

/**
 * The relative paths (with `/`) of the `.txt` and `.md` files under `dir`,
 * recursively, sorted by code point so the order never changes between
 * runs or machines. Dot-files, dot-folders and symbolic links are skipped
 * (a link could lead outside the input folder, or loop). A subfolder that
 * cannot be listed goes to `onError` (default: ignored) and is skipped;
 * only `dir` itself failing throws.
 */
export async function listInputFiles(dir: string, onError: ListError = () => {}): Promise<string[]> {
  const found: string[] = []
  await walk(dir, '', found, onError)
  return found.sort(compareCodePoints)
}

async function walk(root: string, relative: string, found: string[], onError: ListError): Promise<void> {
  let entries
  try {
    entries = await readdir(path.join(root, relative), {withFileTypes: true})
  } catch (error) {
    if (relative === '') throw error
    onError(relative, error)
    return
  }
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.isSymbolicLink()) continue
    const child = relative ? `${relative}/${entry.name}` : entry.name
    if (entry.isDirectory()) await walk(root, child, found, onError)
    else if (entry.isFile() && formatOf(entry.name)) found.push(child)
  }
}

/** The format of a file by its extension (case-insensitive), or undefined. */
function formatOf(name: string): SourceFile['format'] | undefined {
  return FORMATS.get(path.extname(name).toLowerCase())
}

/**
 * Decode one file's bytes into a `SourceFile`. Pure: problems go to `file`.
 *
 * - UTF-8 with or without BOM; UTF-16 LE or BE with a BOM.
 * - Not text (a known signature such as PNG, PDF or ZIP; NUL characters; or
 *   more than `MAX_CONTROL_SHARE` control characters) → `binary-file`, null.
 * - Invalid sequences are replaced with U+FFFD → `invalid-utf8` (or
 *   `invalid-utf16`) with their count, at the first one.
 * - U+FFFD saved in the file itself → `replacement-character` at the first.
 * - Empty or white space only → `empty-file`, null.
 * - More than `MAX_FILE_BYTES` → `file-too-large`, null.
 *
 * The text is normalised with `normalizeText` (NFC, LF, no BOM, plain
 * spaces, old-style tone marks); `sha256` is of the raw bytes.
 */
export function decode(filePath: string, bytes: Uint8Array, file: VFile): SourceFile | null {
  if (bytes.byteLength > MAX_FILE_BYTES) {
    reportTooLarge(file, bytes.byteLength)
    return null
  }
  const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes))
  if (signature) return binary(file, signature.reason)
  const encoding = sniffEncoding(bytes)
  const raw = decodeBytes(bytes, encoding)
  if (raw.includes('\0')) return binary(file, 'NUL bytes')
  if (controlShare(raw) > MAX_CONTROL_SHARE) return binary(file, 'many control characters')
  const text = normalizeText(raw)
  if (text.trim() === '') {
    report(file, 'empty-file')
    return null
  }
  reportDamage(file, bytes, encoding)
  return {path: filePath, sha256: sha256(bytes), text, format: formatOf(filePath) ?? 'txt'}
}

function reportTooLarge(file: VFile, size: number): void {
  report(file, 'file-too-large', undefined, {size, limit: MAX_FILE_BYTES})
}

function binary(file: VFile, reason: string): null {
  report(file, 'binary-file', undefined, {reason})
  return null
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.byteLength >= prefix.length && prefix.every((b, i) => bytes[i] === b)
}

/** UTF-16 only with a byte-order mark; everything else is read as UTF-8. */
function sniffEncoding(bytes: Uint8Array): Encoding {
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be'
  return 'utf-8'
}

/** Decode with replacement; a leading BOM is dropped by the decoder. */
function decodeBytes(bytes: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding, {fatal: false, ignoreBOM: false}).decode(bytes)
}

function controlShare(text: string): number {
  if (text.length === 0) return 0
  return (text.match(CONTROL)?.length ?? 0) / text.length
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Report invalid sequences and saved U+FFFD characters, each at its first place. */
function reportDamage(file: VFile, bytes: Uint8Array, encoding: Encoding): void {
  const scan = encoding === 'utf-8' ? scanUtf8(bytes) : scanUtf16(bytes, encoding === 'utf-16le')
  if (scan.invalid > 0) {
    const rule = encoding === 'utf-8' ? 'invalid-utf8' : 'invalid-utf16'
    report(file, rule, placeAt(bytes, scan.firstInvalid, encoding), {count: scan.invalid})
  }
  if (scan.firstLiteral >= 0) {
    report(file, 'replacement-character', placeAt(bytes, scan.firstLiteral, encoding))
  }
}

/**
 * The line and column, in the normalised text, of the character that starts
 * at byte `offset`. Normalising the text before it gives the same result as
 * normalising the whole text, as U+FFFD and invalid bytes never combine.
 */
function placeAt(bytes: Uint8Array, offset: number, encoding: Encoding): Point {
  const before = normalizeText(decodeBytes(bytes.subarray(0, offset), encoding))
  const lastBreak = before.lastIndexOf('\n')
  let line = 1
  for (let i = before.indexOf('\n'); i !== -1; i = before.indexOf('\n', i + 1)) line++
  return {line, column: before.length - lastBreak}
}

/**
 * Find invalid UTF-8 the way the WHATWG decoder (and so `TextDecoder`)
 * does, one error per maximal invalid subpart, and the first U+FFFD that is
 * encoded as such (EF BF BD).
 */
export function scanUtf8(bytes: Uint8Array): Scan {
  const scan: Scan = {invalid: 0, firstInvalid: -1, firstLiteral: -1}
  const fail = (at: number): void => {
    scan.invalid++
    if (scan.firstInvalid < 0) scan.firstInvalid = at
  }
  let needed = 0
  let seen = 0
  let lower = 0x80
  let upper = 0xbf
  let start = 0
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] ?? 0
    if (needed === 0) {
      start = i
      if (b <= 0x7f) continue
      if (b >= 0xc2 && b <= 0xdf) needed = 1
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0
        if (b === 0xed) upper = 0x9f
        needed = 2
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90
        if (b === 0xf4) upper = 0x8f
        needed = 3
      } else fail(i)
      continue
    }
    if (b < lower || b > upper) {
      fail(start)
      needed = seen = 0
      lower = 0x80
      upper = 0xbf
      i-- // the byte starts over as a sequence of its own
      continue
    }
    lower = 0x80
    upper = 0xbf
    if (++seen < needed) continue
    if (needed === 2 && bytes[start] === 0xef && bytes[start + 1] === 0xbf && b === 0xbd && scan.firstLiteral < 0) {
      scan.firstLiteral = start
    }
    needed = seen = 0
  }
  if (needed > 0) fail(start)
  return scan
}

/** Find lone surrogates, a dangling odd byte and the first U+FFFD in UTF-16. */
function scanUtf16(bytes: Uint8Array, littleEndian: boolean): Scan {
  const scan: Scan = {invalid: 0, firstInvalid: -1, firstLiteral: -1}
  const fail = (at: number): void => {
    scan.invalid++
    if (scan.firstInvalid < 0) scan.firstInvalid = at
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const end = bytes.byteLength - (bytes.byteLength % 2)
  for (let i = 2; i < end; i += 2) {
    const unit = view.getUint16(i, littleEndian)
    if (unit === 0xfffd && scan.firstLiteral < 0) scan.firstLiteral = i
    if (unit >= 0xdc00 && unit <= 0xdfff) fail(i)
    if (unit < 0xd800 || unit > 0xdbff) continue
    const next = i + 2 < end ? view.getUint16(i + 2, littleEndian) : 0
    if (next >= 0xdc00 && next <= 0xdfff) i += 2
    else fail(i)
  }
  if (end < bytes.byteLength) fail(end)
  return scan
}

/** The result of `readInput`. */
export interface ReadResult {
  /**
   * One vfile per input file, in `listInputFiles` order, including the files
   * that were skipped (their messages say why). Paths are relative to the
   * input folder (`cwd` is the folder), so messages read `a/b.txt:3:1`.
   */
  files: VFile[]
  /**
   * The decoded articles, in the same order; skipped and duplicate files are
   * left out. Each one's vfile (in `byPath`) has the text as its `value`.
   */
  sources: SourceFile[]
  /** The vfile of each path (files and unreadable folders), to report on a source in later stages. */
  byPath: Map<string, VFile>
}

/**
 * Read and decode every input file under `dir`. Files whose raw bytes are
 * the same as an earlier file's get a `duplicate-file` warning naming the
 * earlier one and are left out of `sources`. Files, and subfolders, that
 * cannot be read get `unreadable-file` (a subfolder gets a vfile of its own,
 * listed after the files). Throws only when `dir` itself cannot be listed.
 *
 * Files are read one at a time, so memory holds one file's raw bytes at most.
 */
export async function readInput(dir: string): Promise<ReadResult> {
  const result: ReadResult = {files: [], sources: [], byPath: new Map()}
  const firstBySha = new Map<string, string>()
  const badFolders: VFile[] = []
  const list = await listInputFiles(dir, (relative, error) => {
    const folder = new VFile({path: relative, cwd: dir})
    report(folder, 'unreadable-file', undefined, {reason: reasonOf(error, dir)})
    badFolders.push(folder)
    result.byPath.set(relative, folder)
  })
  for (const relative of list) {
    const file = new VFile({path: relative, cwd: dir})
    result.files.push(file)
    result.byPath.set(relative, file)
    const source = await readOne(dir, relative, file)
    if (!source) continue
    const earlier = firstBySha.get(source.sha256)
    if (earlier !== undefined) {
      report(file, 'duplicate-file', undefined, {other: earlier})
      continue
    }
    firstBySha.set(source.sha256, relative)
    file.value = source.text
    result.sources.push(source)
  }
  result.files.push(...badFolders)
  return result
}

/** Read one file; a file over the limit is refused before its bytes are loaded. */
export async function readOne(dir: string, relative: string, file: VFile): Promise<SourceFile | null> {
  const full = path.join(dir, relative)
  try {
    const info = await stat(full)
    if (!info.isFile()) throw new Error('it is not a regular file')
    if (info.size > MAX_FILE_BYTES) {
      reportTooLarge(file, info.size)
      return null
    }
    return decode(relative, await readFile(full), file)
  } catch (error) {
    report(file, 'unreadable-file', undefined, {reason: reasonOf(error, dir)})
    return null
  }
}

/** The error's message, with the input folder's absolute path left out. */
function reasonOf(error: unknown, dir: string): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.split(path.resolve(dir) + path.sep).join('').split(dir + path.sep).join('')
}

/** Where a build records the URLs it published, inside the output folder. */
const PUBLISHED_SLUGS_FILE = 'data/slugs.json'

/** A `SlugMap` as parsed JSON, or null when it is not one (only string values are kept). */
function slugMapOf(value: unknown): SlugMap | null {
  const record = (v: unknown): Record<string, string> | null => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return null
    const out: Record<string, string> = {}
    for (const [key, slugOf] of Object.entries(v)) if (typeof slugOf === 'string') out[key] = slugOf
    return out
  }
  if (typeof value !== 'object' || value === null) return null
  const pages = record((value as {pages?: unknown}).pages)
  const aliases = record((value as {aliases?: unknown}).aliases)
  return pages && aliases ? {pages, aliases} : null
}

/**
 * The URLs the previous build into `out` published (`data/slugs.json`), so
 * this build keeps them; null when there is no previous build or its record
 * is unreadable or malformed (the build then assigns URLs from the input alone).
 */
export async function readPublished(out: string): Promise<PublishedSlugs | null> {
  let parsed: unknown
  try {
    parsed = JSON.parse(await readFile(path.join(out, PUBLISHED_SLUGS_FILE), 'utf8'))
  } catch {
    return null
  }
  if (typeof parsed !== 'object' || parsed === null || (parsed as {version?: unknown}).version !== 1) return null
  const officials = slugMapOf((parsed as {officials?: unknown}).officials)
  const articles = slugMapOf((parsed as {articles?: unknown}).articles)
  return officials && articles ? {version: 1, officials, articles} : null
}

/** Dot-names a static folder may hold that hosts read (`.well-known/`, GitHub Pages' `.nojekyll`). */
const STATIC_DOT_NAMES: ReadonlySet<string> = new Set(['.well-known', '.nojekyll'])

/**
 * The relative paths (with `/`) of every file under a static folder,
 * sorted by code point. Dot-files (but `.well-known` and `.nojekyll`) and
 * symbolic links are skipped; a subfolder that cannot be listed goes to
 * `onError`. Throws only when `dir` itself cannot be listed.
 */
export async function listStaticFiles(dir: string, onError: ListError = () => {}): Promise<string[]> {
  const found: string[] = []
  const visit = async (relative: string): Promise<void> => {
    let entries
    try {
      entries = await readdir(path.join(dir, relative), {withFileTypes: true})
    } catch (error) {
      if (relative === '') throw error
      onError(relative, error)
      return
    }
    for (const entry of entries) {
      if ((entry.name.startsWith('.') && !STATIC_DOT_NAMES.has(entry.name)) || entry.isSymbolicLink()) continue
      const child = relative ? `${relative}/${entry.name}` : entry.name
      if (entry.isDirectory()) await visit(child)
      else if (entry.isFile()) found.push(child)
    }
  }
  await visit('')
  return found.sort(compareCodePoints)
}

/**
 * Read the static files one at a time, as the site's output files (bytes as
 * they are, `origin` `static:<path>`), so the write stage copies them
 * without holding them all. A file that cannot be read is reported on
 * `file` (`unreadable-file`) and left out.
 */
export async function* readStaticFiles(dir: string, list: readonly string[], file: VFile): AsyncGenerator<OutputFile> {
  for (const relative of list) {
    try {
      yield {path: relative, contents: new Uint8Array(await readFile(path.join(dir, relative))), origin: `static:${relative}`}
    } catch (error) {
      report(file, 'unreadable-file', undefined, {reason: `${relative}: ${reasonOf(error, dir)}`})
    }
  }
}
