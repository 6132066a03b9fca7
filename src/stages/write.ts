/**
 * The write stage: put the built site on disk, all or nothing.
 *
 *   1. Remove temporary folders left by killed builds (and, if a build was
 *      killed mid-swap, put its previous output back).
 *   2. Write every file into a fresh sibling folder `.<name>-tmp-<pid>-<hex>`,
 *      one at a time as the render stage yields them (render, write, drop).
 *      Unsafe paths and colliding paths are reported and skipped.
 *   3. Swap the folder in: the old output is renamed to `.<name>-trash-…`,
 *      the new one renamed into place, and the trash removed.
 *
 * A build that throws or is killed before step 3 leaves the previous output
 * untouched. With `read.ts`, the only stage that touches the disk. This
 * module imports nothing of the project at run time (its tests run it in a
 * child process that is killed midway).
 */
import {randomBytes} from 'node:crypto'
import {lstat, mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {RuleId} from '../messages.js'
import {escapeRegExp} from '../text/pattern.js'
import type {OutputFile} from '../types.js'

/**
 * Temporary folders older than this are removed even when their process
 * id is alive again: a pid can be reused, and no build takes a day.
 */
export const STALE_AFTER_MS = 24 * 60 * 60 * 1000

/** Characters never allowed in an output path: C0 controls (NUL included) and `\`. */
const FORBIDDEN = /[\u0000-\u001f\\]/

/** A Windows drive prefix such as `C:`, absolute on that system. */
const DRIVE = /^[A-Za-z]:/

/** How the write stage reports a problem (the CLI puts it on the build's vfile). */
export type WriteReport = (ruleId: RuleId, params: Record<string, string | number>) => void

/** Several files that claimed one path (or a path and a folder above it). */
export interface PathCollision {
  /** The contested path, as the first file to claim it (or the file under a folder's path) gave it. */
  path: string
  /** Every claimant's `origin`, the first (written) one first. */
  origins: string[]
}

/** What `writeSite` did. */
export interface WriteResult {
  /** Files written. */
  written: number
  /** Every collision, in the order the paths were first claimed. */
  collisions: PathCollision[]
  /** Paths refused by `isSafeOutputPath` (or resolving outside the folder). */
  unsafe: string[]
}

/**
 * Whether `p` is a path we may write inside the output folder: relative,
 * `/`-separated, no empty, `.` or `..` segment, no NUL or other control
 * character, no backslash, no drive letter. Pure; for every stage to use.
 */
export function isSafeOutputPath(p: string): boolean {
  if (typeof p !== 'string' || p === '') return false
  if (FORBIDDEN.test(p) || p.startsWith('/') || DRIVE.test(p)) return false
  return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')
}

/**
 * Write `files` as the site in `outDir`, replacing what was there only once
 * every file is written. Files are written as the iterable yields them and
 * not kept. Unsafe paths are reported (`unsafe-path`) and skipped; when
 * several files claim one path (compared ignoring case and Unicode
 * normalisation, as macOS and Windows do) only the first is written and
 * every collision is reported (`path-collision`) at the end.
 *
 * Throws (leaving the previous `outDir` intact) if the iterable throws or
 * the disk fails.
 */
export async function writeSite(
  outDir: string,
  files: Iterable<OutputFile> | AsyncIterable<OutputFile>,
  report: WriteReport
): Promise<WriteResult> {
  const target = path.resolve(outDir)
  await mkdir(path.dirname(target), {recursive: true})
  await cleanStale(target)
  const tmp = await makeTemp(target)
  let result: WriteResult
  try {
    result = await writeAll(tmp, files, report)
  } catch (error) {
    await rm(tmp, {recursive: true, force: true})
    throw error
  }
  await swapIn(tmp, target)
  return result
}

/** `.<name>-<kind>-<pid>-<random>` next to `target`. */
function siblingName(target: string, kind: 'tmp' | 'trash'): string {
  const random = randomBytes(6).toString('hex')
  return path.join(path.dirname(target), `.${path.basename(target)}-${kind}-${process.pid}-${random}`)
}

async function makeTemp(target: string): Promise<string> {
  const tmp = siblingName(target, 'tmp')
  await mkdir(tmp) // not recursive: fails rather than reuse an existing folder
  return tmp
}

/** The claims so far, keyed by folded path. */
interface Claims {
  files: Map<string, PathCollision>
  /** Folders made for the files written so far, with the first file's claim. */
  folders: Map<string, PathCollision>
  made: Set<string>
}

/** Paths that a case- or normalisation-insensitive file system treats as one. */
function foldPath(p: string): string {
  return p.normalize('NFC').toLowerCase()
}

async function writeAll(
  tmp: string,
  files: Iterable<OutputFile> | AsyncIterable<OutputFile>,
  report: WriteReport
): Promise<WriteResult> {
  const result: WriteResult = {written: 0, collisions: [], unsafe: []}
  const claims: Claims = {files: new Map(), folders: new Map(), made: new Set()}
  for await (const file of files) {
    const full = path.resolve(tmp, file.path)
    if (!isSafeOutputPath(file.path) || !full.startsWith(tmp + path.sep)) {
      result.unsafe.push(file.path)
      report('unsafe-path', {path: visible(file.path)})
      continue
    }
    if (collides(claims, file, result)) continue
    await writeOne(claims, full, file.contents)
    result.written++
  }
  for (const collision of result.collisions) {
    report('path-collision', {pages: collision.origins.join(', '), path: collision.path})
  }
  return result
}

/** Record the claim; true when an earlier file holds the path or a folder above it. */
function collides(claims: Claims, file: OutputFile, result: WriteResult): boolean {
  const key = foldPath(file.path)
  const segments = key.split('/')
  const ancestors = segments.slice(0, -1).map((_, i) => segments.slice(0, i + 1).join('/'))
  const holder =
    claims.files.get(key) ??
    ancestors.map((a) => claims.files.get(a)).find((claim) => claim !== undefined) ??
    folderHolder(claims, key, file.path)
  if (holder) {
    if (holder.origins.length === 1) result.collisions.push(holder)
    holder.origins.push(file.origin)
    return true
  }
  const claim: PathCollision = {path: file.path, origins: [file.origin]}
  claims.files.set(key, claim)
  for (const folder of ancestors) if (!claims.folders.has(folder)) claims.folders.set(folder, claim)
  return false
}

/**
 * A file where an earlier file made a folder: the collision is at this
 * path, claimed first by that earlier file (and by later claimants too).
 */
function folderHolder(claims: Claims, key: string, p: string): PathCollision | undefined {
  const owner = claims.folders.get(key)
  if (!owner) return undefined
  const claim: PathCollision = {path: p, origins: owner.origins.slice(0, 1)}
  claims.files.set(key, claim)
  return claim
}

async function writeOne(claims: Claims, full: string, contents: string | Uint8Array): Promise<void> {
  const folder = path.dirname(full)
  if (!claims.made.has(folder)) {
    await mkdir(folder, {recursive: true})
    claims.made.add(folder)
  }
  await writeFile(full, contents, {flag: 'wx'}) // never overwrite: a collision we missed fails loudly
}

/** A path with control characters escaped, for messages. */
function visible(p: string): string {
  return JSON.stringify(String(p)).slice(1, -1)
}

/** Rename the old output away, the new one in, and remove the old. */
async function swapIn(tmp: string, target: string): Promise<void> {
  const hadOld = await exists(target)
  const trash = siblingName(target, 'trash')
  if (hadOld) await rename(target, trash)
  try {
    await rename(tmp, target)
  } catch (error) {
    if (hadOld) await rename(trash, target)
    await rm(tmp, {recursive: true, force: true})
    throw error
  }
  if (hadOld) await rm(trash, {recursive: true, force: true})
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false
    throw error
  }
}

/**
 * Remove the `tmp` and `trash` folders of builds that are gone (their
 * process is dead, or they are older than `STALE_AFTER_MS`). If the output
 * folder is missing because a build died between its two renames, its trash
 * is the previous output: put it back.
 */
async function cleanStale(target: string): Promise<void> {
  const parent = path.dirname(target)
  const escaped = escapeRegExp(path.basename(target))
  const pattern = new RegExp(`^\\.${escaped}-(tmp|trash)-(\\d+)-[0-9a-f]+$`)
  for (const name of (await readdir(parent)).sort()) {
    const match = pattern.exec(name)
    if (!match || !(await isStale(path.join(parent, name), Number(match[2])))) continue
    const full = path.join(parent, name)
    if (match[1] === 'trash' && !(await exists(target))) await rename(full, target)
    else await rm(full, {recursive: true, force: true})
  }
}

async function isStale(full: string, pid: number): Promise<boolean> {
  const info = await lstat(full).catch(() => undefined)
  if (!info) return false
  if (Date.now() - info.mtimeMs > STALE_AFTER_MS) return true
  return pid !== process.pid && !isAlive(pid)
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
