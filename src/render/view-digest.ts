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
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {codeTreeHash} from '../pipeline/code-hash.js'

/** Bumped when what goes into a digest changes. */
const FORMAT = 1

let codeHash: string | undefined

/** The hash of the render code (compiled `.js` under `lib/`, `.ts` under vitest), computed once per process. */
export function renderCodeHash(): string {
  codeHash ??= codeTreeHash({
    // This file is <root>/src/render/view-digest.(js|ts); the templates are <root>/templates.
    root: path.dirname(path.dirname(path.dirname(fileURLToPath(import.meta.url)))),
    // The templates, the render helpers, and the word lists and text helpers they read (abbreviations, offices, provinces, dates).
    folders: ['templates', 'src/render', 'src/knowledge', 'src/text'],
    modules: ['src/stages/render'],
    files: /\.(?:js|ts|css|json)$/,
    format: FORMAT
  }, 'base64url')
  return codeHash
}

/** The digest of `parts` (plain data: records, view data, strings), after the render code's hash. */
export function viewDigest(...parts: unknown[]): string {
  return createHash('sha256').update(renderCodeHash()).update(JSON.stringify(parts)).digest('base64url')
}
