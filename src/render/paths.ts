/**
 * Where every page lives: the one place that turns ids and slugs into
 * output file paths and hrefs.
 *
 * Links are root-relative and prefixed with `SiteOptions.base` (default
 * `/`), so `dist/` works when served from its root, or from a sub-folder
 * when `base` names it (`/archive/`). Pages are folders with an
 * `index.html` (`/officials/nguyen-van-ky/`), so any static server works.
 */

/** An id or slug that is not a single safe path segment (a bug upstream: slugs come from `slug()`). */
export class UnsafeSegmentError extends Error {
  override name = 'UnsafeSegmentError'
  constructor(segment: string) {
    super(`Cannot use ${JSON.stringify(segment)} in a path: ids and slugs must be made by slug()`)
  }
}

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/

/** Check that an id or slug is one safe path segment (`..`, `/`, `%` and spaces refused). */
export function segment(value: string): string {
  if (!SEGMENT.test(value) || value.includes('..')) throw new UnsafeSegmentError(value)
  return value
}

/** `base` with exactly one leading and one trailing slash: `archive` → `/archive/`, `` → `/`. */
export function normalizeBase(base: string | undefined): string {
  const trimmed = (base ?? '/').trim().replace(/^\/+|\/+$/g, '')
  if (trimmed === '') return '/'
  for (const part of trimmed.split('/')) segment(part)
  return `/${trimmed}/`
}

/** The kinds of page, each with its folder. */
export type PageKind = 'article' | 'event' | 'province' | 'official' | 'topic' | 'year'

const FOLDER: Record<PageKind, string> = {
  article: 'articles',
  event: 'events',
  province: 'provinces',
  official: 'officials',
  topic: 'topics',
  year: 'years'
}

/** Index pages that list one kind, plus the pages that stand alone. */
export type IndexKind = 'home' | 'articles' | 'events' | 'provinces' | 'officials' | 'topics' | 'years' | 'search' | 'data'

/** The site-relative path of a page (no leading slash), e.g. `officials/nguyen-van-ky/`. */
export function pagePath(kind: PageKind, id: string): string {
  return `${FOLDER[kind]}/${segment(id)}/`
}

export function indexPath(kind: IndexKind): string {
  return kind === 'home' ? '' : `${kind}/`
}

/** The output file for a page path: `officials/x/` → `officials/x/index.html`. */
export function outputFile(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path
}

/** Builds hrefs under one base. */
export class Hrefs {
  readonly base: string
  constructor(base: string | undefined) {
    this.base = normalizeBase(base)
  }
  /** A site-relative path (`style.css`, `officials/x/`) as an href. */
  to(path: string): string {
    return this.base + path
  }
  page(kind: PageKind, id: string): string {
    return this.to(pagePath(kind, id))
  }
  index(kind: IndexKind): string {
    return this.to(indexPath(kind))
  }
}
