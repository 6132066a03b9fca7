#!/usr/bin/env node
/**
 * `node scripts/copy-assets.mjs`: copy the static assets of `templates/`
 * (every file that is not TypeScript: `style.css`, `search.js`) into
 * `lib/templates/`, next to the compiled templates. `src/render/assets.ts`
 * finds them relative to its own module, so the compiled `lib/` needs its
 * own copy exactly as the sources have theirs. Run after every compile.
 *
 * Plain JavaScript on purpose: it runs before anything is compiled.
 */
import {copyFileSync, mkdirSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))

/** The static assets of `templates/`, as paths relative to it. */
export function templateAssets() {
  const dir = path.join(root, 'templates')
  return readdirSync(dir, {recursive: true, withFileTypes: true})
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.ts'))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** The newest modification time among the assets (0 when there are none). */
export function newestAsset() {
  return Math.max(0, ...templateAssets().map((name) => statSync(path.join(root, 'templates', name)).mtimeMs))
}

/** Copy every asset of `templates/` to `lib/templates/`. */
export function copyAssets() {
  for (const name of templateAssets()) {
    const to = path.join(root, 'lib', 'templates', name)
    mkdirSync(path.dirname(to), {recursive: true})
    copyFileSync(path.join(root, 'templates', name), to)
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) copyAssets()
