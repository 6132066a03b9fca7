/**
 * Hashes of the project's own code, read from disk once per process: what a
 * cache entry (`cache.ts`) or a page digest (`render/view-digest.ts`) depends
 * on besides its input, so a change to the code invalidates what it made.
 * Works on the compiled `.js` under `lib/` and on the `.ts` sources under
 * vitest alike: each caller names folders and files without an extension.
 */
import {createHash, type Hash} from 'node:crypto'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'

/** What to hash: whole folders (walked, names sorted) and single modules (`.js` or `.ts`, whichever exists). */
export interface CodeTree {
  /** The folder paths are relative to; the relative paths are hashed with the contents. */
  root: string
  folders: readonly string[]
  modules?: readonly string[]
  /** The file names hashed inside the folders. */
  files: RegExp
  /** Bumped by the caller when what it hashes changes. */
  format: number
}

/** The hash of every file of `tree`, as `encoding`. */
export function codeTreeHash(tree: CodeTree, encoding: 'hex' | 'base64url'): string {
  const hash = createHash('sha256').update(`format ${tree.format}\n`)
  for (const folder of tree.folders) walk(hash, tree.root, path.join(tree.root, folder), tree.files)
  for (const module of tree.modules ?? []) {
    for (const ext of ['.js', '.ts']) {
      try {
        hash.update(readFileSync(path.join(tree.root, module + ext)))
      } catch {
        // Only one of the two exists.
      }
    }
  }
  return hash.digest(encoding)
}

function walk(hash: Hash, root: string, dir: string, files: RegExp): void {
  let names: string[]
  try {
    names = readdirSync(dir).sort()
  } catch {
    return
  }
  for (const name of names) {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) walk(hash, root, full, files)
    else if (files.test(name)) hash.update(`${path.relative(root, full)}\n`).update(readFileSync(full))
  }
}
