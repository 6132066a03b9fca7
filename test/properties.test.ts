/**
 * Property tests (fast-check) for the read and front-matter stages, slugs
 * and output paths: whatever the input, nothing throws and the outputs keep
 * their shape.
 *
 * Scope: read, front matter, slug and paths. The clean and extract stages
 * keep their property tests in their own files (e.g. `clean.properties.test.ts`).
 */
import path from 'node:path'
import fc from 'fast-check'
import matter from 'gray-matter'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {splitFrontMatter} from '../src/stages/frontmatter.js'
import {decode, scanUtf8} from '../src/stages/read.js'
import {isSafeOutputPath} from '../src/stages/write.js'
import {normalizeText} from '../src/text/normalize.js'
import {slug} from '../src/text/slug.js'
import type {SourceFile} from '../src/types.js'
import {propertyRuns} from './property-runs.js'

/** Runs per property: enough to find the classic edge cases, fast enough for every `npm test` (FC_NUM_RUNS for a long hunt). */
const RUNS = propertyRuns(250)

const anyText = fc.oneof(fc.string({unit: 'binary'}), fc.string({unit: 'grapheme'}), fc.string())

/** The pieces front matter and YAML care about. */
const piece = fc.oneof(
  fc.constantFrom('---', '---js', '---yaml', '--- JS ', '---\n', '\n---\n', '\n', '\r\n', ':', ': ', '- ', '  ', '[', ']', '{', '}', '"', "'", '#', '&a', '*a', '!!js/function', '!!binary', '? ', '|', '>'),
  fc.string({unit: 'binary', maxLength: 5})
)
const key = fc.oneof(
  fc.constantFrom('title', 'date', 'province', 'officials', 'topics', 'authors', 'url', 'outlet', 'id', 'published', 'city', 'venue'),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'hasOwnProperty', 'toString', 'name', 'role', '"title"'),
  fc.string({maxLength: 6})
)
const value = fc.oneof(
  {arbitrary: fc.string({unit: 'grapheme', maxLength: 8}).map((s) => JSON.stringify(s)), weight: 2},
  fc.constantFrom('2024-02-30', '2024-07-23', '2024', '"2024-07"', 'javascript:alert(1)', 'https://x.vn/a b', 'null', '~', '1e3', 'true', 'Hòa', '../../x'),
  fc.constantFrom('[a, b', '[a, 2]', '{name: A, role: chair}', '{name: A, role: boss}', '\n  - a\n  - name: B\n    rank: Đại tá', '!!js/function "x"', '&a [1]', '*a'),
  {arbitrary: fc.array(piece, {maxLength: 4}).map((parts) => parts.join('')), weight: 1}
)
const line = fc.oneof(
  {arbitrary: fc.tuple(key, value).map(([k, v]) => `${k}: ${v}`), weight: 6},
  {arbitrary: fc.array(piece, {maxLength: 4}).map((p) => p.join('')), weight: 1}
)

/** Texts that open with a front-matter block of mostly plausible, partly broken YAML. */
const frontMatterBlock = fc
  .tuple(
    fc.constantFrom('', '', 'yaml', 'YML', 'js', 'javascript', ' JS ', 'json', '__proto__', ' Tin nóng ---'),
    fc.array(line, {maxLength: 8}),
    fc.constantFrom('---', '---', '--- ', '----', '---x', ''),
    anyText
  )
  .map(([language, lines, close, body]) => `---${language}\n${lines.join('\n')}\n${close}\n${body}`)

/** Front-matter blocks, and loose strings of front-matter pieces. */
const frontMatterish = fc.oneof(
  {arbitrary: frontMatterBlock, weight: 3},
  {arbitrary: fc.array(fc.oneof(piece, key, value), {maxLength: 40}).map((parts) => parts.join('')), weight: 1}
)

const bytesLike = fc.oneof(
  fc.uint8Array({maxLength: 300}),
  fc.string({unit: 'binary'}).map((s) => new TextEncoder().encode(s)),
  fc.tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({maxLength: 200})).map(
    ([bom, rest]) => new Uint8Array([...bom, ...rest])
  )
)

const sourceOf = (text: string): SourceFile => ({path: 'p.md', sha256: '', text, format: 'md'})

describe('decode', () => {
  it('never throws, and returns normalised text or null with a message', () => {
    fc.assert(
      fc.property(bytesLike, (bytes) => {
        const file = new VFile({path: 'p.txt'})
        const source = decode('p.txt', bytes, file)
        if (source === null) expect(file.messages.some((m) => m.fatal)).toBe(true)
        else expect(normalizeText(source.text)).toBe(source.text)
        for (const m of file.messages) {
          if (m.line !== undefined) expect(m.line).toBeGreaterThanOrEqual(1)
        }
      }),
      {numRuns: RUNS}
    )
  })

  it('reads any UTF-8 text back as its normalised self', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme'}), (text) => {
        const file = new VFile({path: 'p.txt'})
        const source = decode('p.txt', new TextEncoder().encode(text), file)
        if (source) expect(source.text).toBe(normalizeText(text))
      }),
      {numRuns: RUNS}
    )
  })

  it('counts invalid UTF-8 exactly as TextDecoder replaces it', () => {
    fc.assert(
      fc.property(fc.uint8Array({maxLength: 200}), (bytes) => {
        const decoded = new TextDecoder().decode(bytes)
        const replaced = [...decoded].filter((c) => c === '\uFFFD').length
        const literal = Buffer.from(bytes).toString('latin1').split('\xEF\xBF\xBD').length - 1
        expect(scanUtf8(bytes).invalid).toBe(replaced - literal)
      }),
      {numRuns: RUNS}
    )
  })
})

describe('splitFrontMatter', () => {
  it('never throws, and its body is the end of the text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, frontMatterish), (text) => {
        const file = new VFile({path: 'p.md'})
        const split = splitFrontMatter(sourceOf(text), file)
        expect(text.endsWith(split.body)).toBe(true)
        expect(split.bodyLine).toBe(text.slice(0, text.length - split.body.length).split('\n').length)
        expect(Object.getPrototypeOf(split.data)).toBe(Object.prototype)
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      }),
      {numRuns: RUNS * 4}
    )
  })

  it('splits where gray-matter does, whenever it parses YAML', () => {
    fc.assert(
      fc.property(frontMatterish, (raw) => {
        const text = normalizeText(raw)
        const file = new VFile({path: 'p.md'})
        const split = splitFrontMatter(sourceOf(text), file)
        const refused = file.messages.some((m) => m.ruleId === 'front-matter-invalid' || m.ruleId === 'front-matter-engine')
        if (split.body === text || refused) return
        expect(split.body).toBe(matter(text, {engines: {js: () => ({}), javascript: () => ({})}}).content)
      }),
      {numRuns: RUNS * 4}
    )
  })

  it('only ever returns known keys, with values of the documented types', () => {
    const known = new Set(['title', 'date', 'province', 'officials', 'topics', 'authors', 'url', 'outlet', 'id', 'published', 'city', 'venue'])
    fc.assert(
      fc.property(frontMatterish, (text) => {
        const {data} = splitFrontMatter(sourceOf(normalizeText(text)), new VFile())
        for (const [key, value] of Object.entries(data)) {
          expect(known.has(key)).toBe(true)
          if (key === 'officials' || key === 'topics' || key === 'authors') expect(Array.isArray(value)).toBe(true)
          else expect(value === null || typeof value === 'string').toBe(true)
        }
        if (data.date) expect(data.date).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/)
        if (data.url) expect(data.url).toMatch(/^https?:\/\//)
      }),
      {numRuns: RUNS * 4}
    )
  })
})

describe('slug', () => {
  it('is always a non-empty [a-z0-9-] string with no edge hyphens, never . or ..', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, frontMatterish, fc.constantFrom('..', '.', '../../x', '-', 'đ', '')), (text) => {
        const s = slug(text)
        expect(s).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
        expect(isSafeOutputPath(`articles/${s}/index.html`)).toBe(true)
      }),
      {numRuns: RUNS}
    )
  })
})

describe('isSafeOutputPath', () => {
  const segment = fc.oneof(fc.constantFrom('..', '.', '', 'a', 'b', 'C:', '\\', '..\\..', '\0', '%2e%2e'), fc.string({maxLength: 4}))
  const candidate = fc.oneof(
    fc.array(segment, {minLength: 1, maxLength: 6}).map((parts) => parts.join('/')),
    fc.tuple(fc.constantFrom('/', '\\', 'C:\\', '//'), fc.string()).map(([a, b]) => a + b),
    fc.string({unit: 'binary'})
  )

  it('accepts only paths that stay inside the folder, on POSIX and Windows alike', () => {
    fc.assert(
      fc.property(candidate, (p) => {
        if (!isSafeOutputPath(p)) return
        const root = '/site/out'
        expect(path.posix.resolve(root, p).startsWith(root + '/')).toBe(true)
        expect(path.win32.resolve('C:\\site\\out', p).startsWith('C:\\site\\out\\')).toBe(true)
        expect(path.posix.normalize(p)).toBe(p)
        expect(p.includes('\0')).toBe(false)
      }),
      {numRuns: RUNS * 4}
    )
  })
})
