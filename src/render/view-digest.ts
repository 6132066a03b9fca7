/**
 * Digests of what a page is made from, so a rebuild can tell a page would
 * come out byte for byte the same without rendering it: the page's view
 * data (plus what its template reads besides), the site's chrome and
 * options, and the render code itself (every file of `templates/`,
 * `src/render/`, the knowledge and text helpers they read, and the render
 * stage), hashed once per process, so a change to a template re-renders
 * every page. (A new version of a dependency such as hast-util-to-html is
 * not seen: after upgrading one, build once with a fresh output folder.)
 */
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** Bumped when what goes into a digest changes. */
const FORMAT = 1

let codeHash: string | undefined

/** The hash of the render code (compiled `.js` under `lib/`, `.ts` under vitest), computed once per process. */
export function renderCodeHash(): string {
  if (codeHash) return codeHash
  // This file is <root>/src/render/view-digest.(js|ts); the templates are <root>/templates.
  const root = path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url))))
  const hash = createHash('sha256').update(`format ${FORMAT}\n`)
  const walk = (dir: string): void => {
    let names: string[]
    try {
      names = readdirSync(dir).sort()
    } catch {
      return
    }
    for (const name of names) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) walk(full)
      else if (/\.(?:js|ts|css|json)$/.test(name)) hash.update(`${path.relative(root, full)}\n`).update(readFileSync(full))
    }
  }
  walk(path.join(root, 'templates'))
  // The render helpers, and the word lists and text helpers they read (abbreviations, offices, provinces, dates).
  for (const dir of ['render', 'knowledge', 'text']) walk(path.join(root, 'src', dir))
  for (const ext of ['.js', '.ts']) {
    try {
      hash.update(readFileSync(path.join(root, 'src', 'stages', `render${ext}`)))
    } catch {
      // Only one of the two exists.
    }
  }
  codeHash = hash.digest('base64url')
  return codeHash
}

/** The digest of `parts` (plain data: records, view data, strings), after the render code's hash. */
export function viewDigest(...parts: unknown[]): string {
  return createHash('sha256').update(renderCodeHash()).update(JSON.stringify(parts)).digest('base64url')
}
