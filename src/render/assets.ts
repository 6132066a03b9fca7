/**
 * The site's static assets, kept as files in `templates/` (`style.css`,
 * `search.js`) and read once per process. Where they are is fixed when this
 * module loads, by resolving against the module's own URL: `templates/`
 * sits two folders above `src/render/` in the sources (tests), in the
 * compiled `lib/` (the compile copies the assets there,
 * `scripts/copy-assets.mjs`) and in the transpiled copy of `test/transpiled.ts`.
 */
import {readFileSync} from 'node:fs'

/** Each asset's file, resolved once against this module. */
const ASSET_URL = {
  'style.css': new URL('../../templates/style.css', import.meta.url),
  'search.js': new URL('../../templates/search.js', import.meta.url)
} as const

/** A static asset of `templates/`. */
export type AssetName = keyof typeof ASSET_URL

const cache = new Map<AssetName, string>()

/** The text of `templates/<name>`, read once. */
export function templateAsset(name: AssetName): string {
  let text = cache.get(name)
  if (text === undefined) {
    text = readFileSync(ASSET_URL[name], 'utf8')
    cache.set(name, text)
  }
  return text
}

/** Forget the assets read so far: the dev server reads them again after `templates/` changed. */
export function forgetTemplateAssets(): void {
  cache.clear()
}
