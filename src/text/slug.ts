import {fold} from './normalize.js'

/** The longest slug we make; longer ones are cut at a hyphen. */
const MAX_SLUG_LENGTH = 80

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
  /** The next suffix to try per base, so n keys on one base cost n tries, not n². */
  readonly #next = new Map<string, number>()

  claim(key: string, base: string): string {
    const known = this.#byKey.get(key)
    if (known) return known
    let candidate = base
    let n = this.#next.get(base) ?? 2
    if (this.#taken.has(candidate)) {
      for (candidate = `${base}-${n}`; this.#taken.has(candidate); ) candidate = `${base}-${++n}`
      this.#next.set(base, n + 1)
    }
    this.#taken.set(candidate, key)
    this.#byKey.set(key, candidate)
    return candidate
  }

  /** Give `key` exactly `slug` (a published URL); false when either is already given out. */
  reserve(key: string, slug: string): boolean {
    if (this.#byKey.has(key) || this.#taken.has(slug)) return false
    this.#taken.set(slug, key)
    this.#byKey.set(key, slug)
    return true
  }
}
