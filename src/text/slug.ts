import {fold} from './normalize.js'

/** The longest slug we make; longer ones are cut at a hyphen. */
export const MAX_SLUG_LENGTH = 80

/**
 * The one function that makes slugs and ids for URLs and file names:
 * lowercase ASCII letters, digits and single hyphens, diacritics removed,
 * `đ` written `d`. Never empty, never `.`/`..`, never a path.
 *
 * `Nguyễn Văn Kỷ` → `nguyen-van-ky`; `../../x` → `x`; `` → `fallback`.
 */
export function slug(text: string, fallback = 'untitled'): string {
  let out = fold(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  if (out.length > MAX_SLUG_LENGTH) {
    out = out.slice(0, MAX_SLUG_LENGTH)
    const cut = out.lastIndexOf('-')
    if (cut > MAX_SLUG_LENGTH / 2) out = out.slice(0, cut)
    out = out.replace(/-+$/g, '')
  }
  return out || fallback
}

/**
 * Give each key a slug distinct from the others: the first keeps `base`,
 * later ones get `base-2`, `base-3`, ... in the order they are claimed.
 */
export class SlugRegistry {
  readonly #taken = new Map<string, string>()
  readonly #byKey = new Map<string, string>()

  claim(key: string, base: string): string {
    const known = this.#byKey.get(key)
    if (known) return known
    let candidate = base
    for (let n = 2; this.#taken.has(candidate); n++) candidate = `${base}-${n}`
    this.#taken.set(candidate, key)
    this.#byKey.set(key, candidate)
    return candidate
  }
}
