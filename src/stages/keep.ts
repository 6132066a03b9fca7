/**
 * What a build wrote, and what it must keep.
 *
 * Every build leaves a manifest, `.archive-build.json`, at the top of its
 * output: the sorted list of the files it wrote. The next build removes
 * only those; any other file in the old output (a `CNAME`, a
 * `data/survey.csv`, a `.git`) is carried into the new output before the
 * swap. An old output without a manifest (from an earlier version) has
 * every file the new build does not write carried over. A file of someone's
 * own at a path the new build now writes stops the swap: nothing is lost.
 *
 * Files are carried by hard link (instant, no extra space), or copied when
 * the file system cannot link; until the swap the old output still holds
 * them, so a build killed at any moment loses nothing.
 *
 * Imports nothing of the project at run time.
 */
import {createHash} from 'node:crypto'
import {copyFile, link, mkdir, readdir, readFile, readlink, symlink} from 'node:fs/promises'
import path from 'node:path'

/** The manifest's name at the top of the output. A dotfile: static hosts and the preview server do not list it. */
export const MANIFEST = '.archive-build.json'

/** Files that operating systems drop into folders a person opened: carried over, never named. */
const SYSTEM_JUNK: ReadonlySet<string> = new Set(['.DS_Store', 'Thumbs.db', 'desktop.ini'])

/** What the manifest holds. */
interface Manifest {
  generator: 'archive-build'
  /** Every file the build wrote, `/`-separated, sorted. */
  files: string[]
  /**
   * Each file's content hash (`contentHash`), by path: the next build links
   * a file it would write with the same bytes instead of writing it again.
   * Missing in manifests of earlier versions (then every file is written).
   */
  hashes?: Record<string, string>
  /**
   * The digest of the view data each page was made from (`OutputFile.view`),
   * by path: the next build does not render a page whose digest is the same.
   */
  views?: Record<string, string>
}

/** The hash the manifest records of a file's bytes: SHA-256, base64url. */
export function contentHash(contents: string | Uint8Array): string {
  return createHash('sha256').update(contents).digest('base64url')
}

/** The manifest's text for the files written, with their hashes when known. */
export function manifestText(written: Iterable<string>, hashes?: ReadonlyMap<string, string>, views?: ReadonlyMap<string, string>): string {
  const files = [...written].sort()
  const manifest: Manifest = {generator: 'archive-build', files}
  const pick = (map: ReadonlyMap<string, string>): Record<string, string> => {
    const out: Record<string, string> = {}
    for (const file of files) {
      const value = map.get(file)
      if (value !== undefined) out[file] = value
    }
    return out
  }
  if (hashes) manifest.hashes = pick(hashes)
  if (views && views.size > 0) manifest.views = pick(views)
  return JSON.stringify(manifest, null, 1) + '\n'
}

/** The previous build's hash of each file it wrote (empty when it recorded none). */
export async function readManifestHashes(target: string): Promise<Map<string, string>> {
  return (await readManifestRecords(target)).hashes
}

/**
 * What the previous build recorded of each file it wrote: its content hash
 * and, for a page, the digest of the view it was made from (empty maps when
 * there is no readable manifest or it recorded none).
 */
export async function readManifestRecords(target: string): Promise<{hashes: Map<string, string>; views: Map<string, string>}> {
  const hashes = new Map<string, string>()
  const views = new Map<string, string>()
  try {
    const value = JSON.parse(await readFile(path.join(target, MANIFEST), 'utf8')) as Partial<Manifest>
    if (value.generator !== 'archive-build' || !Array.isArray(value.files)) return {hashes, views}
    const files = new Set(value.files)
    const read = (recorded: unknown, into: Map<string, string>): void => {
      if (typeof recorded !== 'object' || recorded === null) return
      for (const [file, text] of Object.entries(recorded)) if (typeof text === 'string' && files.has(file)) into.set(file, text)
    }
    read(value.hashes, hashes)
    read(value.views, views)
  } catch {}
  return {hashes, views}
}

/** The files the previous build wrote, or null when the folder has no (readable) manifest. */
export async function readManifest(target: string): Promise<Set<string> | null> {
  try {
    const value = JSON.parse(await readFile(path.join(target, MANIFEST), 'utf8')) as Partial<Manifest>
    if (value.generator !== 'archive-build' || !Array.isArray(value.files)) return null
    return new Set(value.files.filter((f): f is string => typeof f === 'string'))
  } catch {
    return null
  }
}

/** What to do with the previous output. */
export interface KeepPlan {
  /** Files (and symbolic links) that no build wrote: carried into the new output. */
  keep: string[]
  /** Empty folders that no build made: made again. */
  folders: string[]
  /** Of `keep`, the ones worth naming (not system junk). */
  named: string[]
}

/**
 * Walk the previous output `target` (if any) and sort its files into the
 * build's (in the manifest; or, with no manifest, rewritten by this build)
 * and the rest, which are kept.
 */
export async function planKeep(target: string, written: ReadonlySet<string>): Promise<KeepPlan> {
  const plan: KeepPlan = {keep: [], folders: [], named: []}
  let entries
  try {
    entries = await readdir(target, {recursive: true, withFileTypes: true})
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return plan
    throw error
  }
  const manifest = await readManifest(target)
  const parents = new Set<string>()
  const folders: string[] = []
  for (const entry of entries) {
    const rel = path.relative(target, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')
    if (entry.isDirectory()) {
      folders.push(rel)
      continue
    }
    if (rel === MANIFEST) continue
    const builds = manifest ? manifest.has(rel) : written.has(rel)
    if (builds) continue
    plan.keep.push(rel)
    if (!SYSTEM_JUNK.has(entry.name)) plan.named.push(rel)
    for (let dir = path.posix.dirname(rel); dir !== '.'; dir = path.posix.dirname(dir)) parents.add(dir)
  }
  // An empty folder of someone's own: one that holds nothing and that no build file was under.
  const built = manifest ?? written
  const builtFolders = new Set<string>()
  for (const file of built) for (let dir = path.posix.dirname(file); dir !== '.'; dir = path.posix.dirname(dir)) builtFolders.add(dir)
  const nonEmpty = new Set<string>()
  for (const entry of entries) {
    const rel = path.relative(target, entry.parentPath).split(path.sep).join('/')
    if (rel !== '') nonEmpty.add(rel)
  }
  for (const folder of folders) {
    if (!nonEmpty.has(folder) && !builtFolders.has(folder) && !parents.has(folder)) {
      plan.folders.push(folder)
      plan.named.push(folder + '/')
    }
  }
  plan.keep.sort()
  plan.folders.sort()
  plan.named.sort()
  return plan
}

/**
 * Carry the kept files of `target` into `tmp`. Returns the paths that
 * could not be carried because the new build wrote something there (a
 * file, or a folder where the file was): the caller must not swap.
 */
export async function carryOver(target: string, tmp: string, plan: KeepPlan): Promise<string[]> {
  const conflicts: string[] = []
  for (const rel of plan.keep) {
    const from = path.join(target, rel)
    const to = path.join(tmp, rel)
    try {
      await mkdir(path.dirname(to), {recursive: true})
      await carryOne(from, to)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR') conflicts.push(rel)
      else throw error
    }
  }
  for (const rel of plan.folders) {
    try {
      await mkdir(path.join(tmp, rel), {recursive: true})
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      if (code === 'EEXIST' || code === 'ENOTDIR') conflicts.push(rel + '/')
      else throw error
    }
  }
  return conflicts
}

async function carryOne(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
    return
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code !== 'EXDEV' && code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EMLINK') throw error
  }
  let target: string | null = null
  try {
    target = await readlink(from)
  } catch {}
  if (target !== null) await symlink(target, to)
  else await copyFile(from, to, 1 /* COPYFILE_EXCL */)
}
