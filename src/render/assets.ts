/**
 * The site's static assets, kept as files in `templates/` (`style.css`,
 * `search.js`) and read once per process. They ship with the package
 * (`files` includes `templates`), so they are found by walking up from
 * this module, which works from `src/` (tests) and `lib/src/` (built).
 */
import {existsSync, readFileSync} from 'node:fs'
import {dirname, join} from 'node:path'
import {fileURLToPath} from 'node:url'

const cache = new Map<string, string>()

function findTemplate(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const candidate = join(dir, 'templates', name)
    if (existsSync(candidate)) return candidate
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`Cannot find templates/${name} above ${fileURLToPath(import.meta.url)}`)
    dir = parent
  }
}

/** The text of `templates/<name>`, read once. */
export function templateAsset(name: 'style.css' | 'search.js'): string {
  let text = cache.get(name)
  if (text === undefined) {
    text = readFileSync(findTemplate(name), 'utf8')
    cache.set(name, text)
  }
  return text
}

/** Forget the assets read so far: the dev server reads them again after `templates/` changed. */
export function forgetTemplateAssets(): void {
  cache.clear()
}
