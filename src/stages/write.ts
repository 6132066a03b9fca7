/**
 * The write stage: put the built site on disk, all or nothing, deleting
 * only what a build wrote.
 * (Over 400 lines: the all-or-nothing swap, the carry-over of files no build
 * wrote and the clean-up on every exit path are one protocol; the lock and
 * the manifest are already in `lock.ts` and `keep.ts`.)
 *
 *   1. Take the output's lock (`lock.ts`): one build at a time, even across
 *      containers; a second build refuses.
 *   2. Remove temporary folders left by killed builds (and, if a build was
 *      killed mid-swap, put its previous output back). Only the lock's
 *      holder does this, so a live build's folder is never touched.
 *   3. Write every file into a fresh sibling folder `.<name>-tmp-<pid>-<hex>`,
 *      one at a time as the render stage yields them (render, write, drop).
 *      Unsafe paths and colliding paths are reported and skipped. A file
 *      whose bytes the previous build wrote at the same path (same hash in
 *      its manifest, same size on disk) is hard-linked from the previous
 *      output instead of written: a rebuild after one edit writes only what
 *      changed, and the previous output is never modified. A page the render
 *      stage did not render (`reuse`: the same view digest as last time,
 *      kept in the manifest) is linked the same way.
 *   4. Check that every file written is there; carry over every file of the
 *      old output that no build wrote (`keep.ts`); write the manifest.
 *   5. Swap the folder in: the old output is renamed to `.<name>-trash-…`,
 *      the new one renamed into place, and the trash removed.
 *
 * A build that throws or is killed before step 5 leaves the previous output
 * untouched. With `read.ts`, the only stage that touches the disk. This
 * module imports nothing of the project at run time (its tests run it in a
 * child process that is killed midway).
 */
import {randomBytes} from 'node:crypto'
import {existsSync, linkSync, lstatSync, mkdirSync, renameSync, rmSync} from 'node:fs'
import {lstat, mkdir, readdir, rename, rm, writeFile} from 'node:fs/promises'
import path from 'node:path'
import type {RuleId} from '../messages.js'
import {escapeRegExp} from '../text/pattern.js'
import type {OutputFile} from '../types.js'
import {carryOver, contentHash, MANIFEST, manifestText, planKeep, readManifestHashes} from './keep.js'
import {acquireLock, releaseAllLocks, type Lock, type LockOptions} from './lock.js'

/** Characters never allowed in an output path: C0 controls (NUL included) and `\`. */
const FORBIDDEN = /[\u0000-\u001f\\]/

/** A Windows drive prefix such as `C:`, absolute on that system. */
const DRIVE = /^[A-Za-z]:/

/** How the write stage reports a problem (the CLI puts it on the build's vfile). */
type WriteReport = (ruleId: RuleId, params: Record<string, string | number>) => void

/** Several files that claimed one path (or a path and a folder above it). */
interface PathCollision {
  /** The contested path, as the first file to claim it (or the file under a folder's path) gave it. */
  path: string
  /** Every claimant's `origin`, the first (written) one first. */
  origins: string[]
}

/** What `writeSite` did. */
export interface WriteResult {
  /** Files the build put in the output (written or linked). */
  written: number
  /** Of `written`, the files whose bytes the previous build had written: hard-linked from it, not written again. */
  unchanged: number
  /** Of `unchanged`, the files not even made: pages not rendered, search shards not indexed, made as the previous build's were (`OutputFile.reuse`). */
  reused: number
  /** Every collision, in the order the paths were first claimed. */
  collisions: PathCollision[]
  /** Paths refused by `isSafeOutputPath` (or resolving outside the folder). */
  unsafe: string[]
  /** Files and folders of the old output that no build wrote, carried into the new one. */
  kept: string[]
}

/**
 * The write stage stopped, leaving the previous output whole, for a reason
 * the catalogue names (`output-incomplete`, `output-conflict`,
 * `output-lock-lost`).
 */
export class WriteStageError extends Error {
  constructor(readonly ruleId: RuleId, readonly params: Record<string, string | number>) {
    super(`${ruleId}: ${JSON.stringify(params)}`)
  }
}

interface WriteOptions extends LockOptions {
  /** A lock the caller already holds on this output (the build takes it before reading). */
  lock?: Lock
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

/** A write in progress, for `abortWritesSync`. */
interface Job {
  target: string
  tmp?: string
  trash?: string
}
const active = new Set<Job>()

/** Milliseconds the write loop runs without giving the event loop a turn. */
const YIELD_EVERY_MS = 10
/** Set by `abortWritesSync`: writes in progress stop at their next file. */
let aborting = false

/**
 * Undo every write in progress, synchronously: for a signal handler, just
 * before the process exits. Puts a half-swapped output back, removes the
 * temporary folders, and releases the locks. Never throws; may be called
 * again (after writes in flight have landed) to finish the job.
 */
export function abortWritesSync(): void {
  aborting = true
  for (const job of active) {
    try {
      if (job.trash && existsSync(job.trash)) {
        // Between the two renames the trash is the previous output: put it back. After them, it is garbage.
        if (!existsSync(job.target)) renameSync(job.trash, job.target)
        else rmSync(job.trash, {recursive: true, force: true})
      }
    } catch {}
    // A write still in flight may add a file while the folder is removed (ENOTEMPTY): retry.
    try {
      if (job.tmp) rmSync(job.tmp, {recursive: true, force: true, maxRetries: 5, retryDelay: 10})
    } catch {}
  }
  releaseAllLocks()
}

/**
 * Write `files` as the site in `outDir`, replacing what a build wrote there
 * only once every file is written and checked. Files are written as the
 * iterable yields them and not kept. Unsafe paths are reported
 * (`unsafe-path`) and skipped; when several files claim one path (compared
 * ignoring case and Unicode normalisation, as macOS and Windows do) only the
 * first is written and every collision is reported (`path-collision`) at
 * the end. Files of the old output that no build wrote are kept
 * (`kept-files`).
 *
 * Throws (leaving the previous `outDir` intact, and no temporary folder) if
 * the iterable throws, the disk fails, another build holds the output
 * (`OutputLockedError`), or a check fails (`WriteStageError`).
 */
export async function writeSite(
  outDir: string,
  files: Iterable<OutputFile> | AsyncIterable<OutputFile>,
  report: WriteReport,
  options: WriteOptions = {}
): Promise<WriteResult> {
  const target = path.resolve(outDir)
  await mkdir(path.dirname(target), {recursive: true})
  const lock = options.lock ?? acquireLock(target, options)
  const job: Job = {target}
  active.add(job)
  try {
    await cleanStale(target)
    const tmp = await makeTemp(target)
    job.tmp = tmp
    let result: WriteResult
    try {
      const paths: string[] = []
      const hashes = new Map<string, string>()
      const views = new Map<string, string>()
      const previous = {dir: target, hashes: await readManifestHashes(target)}
      result = await writeAll(tmp, files, report, {paths, hashes, views, previous}, lock)
      await verify(tmp, paths)
      const plan = await planKeep(target, new Set(paths))
      const conflicts = await carryOver(target, tmp, plan)
      if (conflicts.length > 0) throw new WriteStageError('output-conflict', {path: outDir, count: conflicts.length, names: someNames(conflicts)})
      await writeFile(path.join(tmp, MANIFEST), manifestText(paths, hashes, views), {flag: 'wx'})
      result.kept = plan.named
      if (!lock.held()) throw new WriteStageError('output-lock-lost', {path: outDir, lock: lock.path})
    } catch (error) {
      await rm(tmp, {recursive: true, force: true})
      throw error
    }
    await swapIn(tmp, target, job)
    if (result.kept.length > 0) report('kept-files', {path: outDir, count: result.kept.length, names: someNames(result.kept)})
    return result
  } finally {
    active.delete(job)
    if (!options.lock) lock.release()
  }
}

/** Up to five names, then how many more. */
function someNames(names: string[]): string {
  const shown = names.slice(0, 5).map(visible).join(', ')
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown
}

/** Every file the build meant to write is in the temporary folder. */
async function verify(tmp: string, paths: string[]): Promise<void> {
  const present = new Set<string>()
  for (const entry of await readdir(tmp, {recursive: true, withFileTypes: true})) {
    if (entry.isFile()) present.add(path.relative(tmp, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
  }
  const missing = paths.filter((p) => !present.has(p))
  if (missing.length > 0 || present.size !== paths.length) {
    throw new WriteStageError('output-incomplete', {count: missing.length, expected: paths.length, names: someNames(missing)})
  }
}

/**
 * What a disk failure means for the person running the build, or null
 * when the error is not one of the disk's: no space, read-only, no
 * permission, a name too long, too many open files.
 */
export function diskProblem(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'the disk is full'
    case 'EROFS':
      return 'the folder is on a read-only file system'
    case 'EACCES':
    case 'EPERM':
      return 'there is no permission to write there'
    case 'ENAMETOOLONG':
      return 'a file or folder name is longer than the file system allows'
    case 'EMFILE':
    case 'ENFILE':
      return 'too many files are open'
    case 'EIO':
      return 'the disk reported an input/output error'
    default:
      return null
  }
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
  /** Folders made in the temporary folder: each is made once. */
  made: Set<string>
}

/** Paths that a case- or normalisation-insensitive file system treats as one. */
function foldPath(p: string): string {
  return p.normalize('NFC').toLowerCase()
}

/** What `writeAll` records of the files it writes, and what it knows of the previous output. */
interface Ledger {
  /** Filled with the paths written. */
  paths: string[]
  /** Filled with each written file's content hash. */
  hashes: Map<string, string>
  /** Filled with each page's view digest, when the render stage gave one. */
  views: Map<string, string>
  /** The previous output and its manifest's hashes. */
  previous: {dir: string; hashes: ReadonlyMap<string, string>}
}

async function writeAll(
  tmp: string,
  files: Iterable<OutputFile> | AsyncIterable<OutputFile>,
  report: WriteReport,
  ledger: Ledger,
  lock: Lock
): Promise<WriteResult> {
  const result: WriteResult = {written: 0, unchanged: 0, reused: 0, collisions: [], unsafe: [], kept: []}
  const claims: Claims = {files: new Map(), folders: new Map(), made: new Set()}
  let turn = performance.now()
  for await (const file of files) {
    const full = path.resolve(tmp, file.path)
    lock.beat()
    // Linking a reused file is synchronous and awaits nothing: let the event loop run now and then, or
    // what runs alongside (the search index, talking to Pagefind's process) waits for the whole site.
    if (performance.now() - turn > YIELD_EVERY_MS) {
      await new Promise<void>((resolve) => setImmediate(resolve))
      turn = performance.now()
    }
    if (aborting) throw new Error('the build is being stopped')
    if (!isSafeOutputPath(file.path) || file.path === MANIFEST || !full.startsWith(tmp + path.sep)) {
      result.unsafe.push(file.path)
      report('unsafe-path', {path: visible(file.path)})
      continue
    }
    if (collides(claims, file, result)) continue
    if (file.view !== undefined) ledger.views.set(file.path, file.view)
    if (file.reuse) {
      // The render stage checked the previous file was there; gone since, the build stops rather than miss a page.
      const previous = ledger.previous.hashes.get(file.path)
      if (previous === undefined || !linkUnchanged(claims, path.join(ledger.previous.dir, file.path), full, null)) {
        throw new WriteStageError('output-incomplete', {count: 1, expected: result.written + 1, names: visible(file.path)})
      }
      ledger.paths.push(file.path)
      ledger.hashes.set(file.path, previous)
      result.unchanged++
      result.reused++
      result.written++
      continue
    }
    const hash = contentHash(file.contents)
    if (ledger.previous.hashes.get(file.path) === hash && linkUnchanged(claims, path.join(ledger.previous.dir, file.path), full, file.contents)) {
      result.unchanged++
    } else {
      await writeOne(claims, full, file.contents)
    }
    ledger.paths.push(file.path)
    ledger.hashes.set(file.path, hash)
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

/**
 * Hard-link the previous build's file `old` (which its manifest says held
 * these bytes) to `full`; false, having done nothing, when it is gone, is
 * not a plain file, has another size (edited since), or cannot be linked.
 * `contents` null: a page not rendered (`OutputFile.reuse`), no size to compare.
 *
 * Synchronous on purpose: a rebuild links tens of thousands of files, and
 * two metadata calls each cost less than two thread-pool round trips
 * (awaited one by one they took most of a one-edit rebuild).
 */
function linkUnchanged(claims: Claims, old: string, full: string, contents: string | Uint8Array | null): boolean {
  const size = contents === null ? null : typeof contents === 'string' ? Buffer.byteLength(contents) : contents.byteLength
  try {
    const info = lstatSync(old)
    if (!info.isFile() || (size !== null && info.size !== size)) return false
  } catch {
    return false
  }
  const folder = path.dirname(full)
  if (!claims.made.has(folder)) {
    mkdirSync(folder, {recursive: true})
    claims.made.add(folder)
  }
  try {
    linkSync(old, full)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') throw error // a collision we missed fails loudly, as writeOne's would
    return false
  }
}

/** A path with control characters escaped, for messages. */
function visible(p: string): string {
  return JSON.stringify(String(p)).slice(1, -1)
}

/** Rename the old output away, the new one in, and remove the old. */
async function swapIn(tmp: string, target: string, job: Job): Promise<void> {
  const hadOld = await exists(target)
  const trash = siblingName(target, 'trash')
  job.trash = trash
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
 * Remove the `tmp` and `trash` folders of builds that are gone. Called only
 * by the lock's holder: any other build writing this output would hold the
 * lock, so every such folder is a dead build's. If the output folder is
 * missing because a build died between its two renames, its trash is the
 * previous output: put it back.
 */
async function cleanStale(target: string): Promise<void> {
  const parent = path.dirname(target)
  const escaped = escapeRegExp(path.basename(target))
  const pattern = new RegExp(`^\\.${escaped}-(tmp|trash)-(\\d+)-[0-9a-f]+$`)
  for (const name of (await readdir(parent)).sort()) {
    const match = pattern.exec(name)
    if (!match) continue
    const full = path.join(parent, name)
    if (match[1] === 'trash' && !(await exists(target))) await rename(full, target)
    else await rm(full, {recursive: true, force: true})
  }
}
