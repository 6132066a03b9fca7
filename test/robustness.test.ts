/**
 * Issue 5, end to end: the hostile corpus (test/fixtures/hostile/corpus.ts)
 * through `build()` into a temporary folder.
 *
 * - The build completes; every problem is a message with its file, line,
 *   column and rule, and says what happened, why and what to do.
 * - Each hostile file is reported and skipped, or read correctly; every good
 *   article has its page.
 * - `---js` front matter never runs; `__proto__` keys pollute nothing.
 * - NFD, new-style tone marks, CRLF with a BOM and UTF-16 build exactly the
 *   site their NFC twin builds.
 * - Nothing is written outside the output folder, even for ids like `../../x`.
 * - Two builds of the same input, in two time zones, give the same bytes.
 * - Id collisions are all reported and ids stay distinct; names that differ
 *   only in case or diacritics share one page and say so.
 */
import {mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile} from 'node:fs/promises'
import {existsSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/build.js'
import {describe as describeRule, RULES, type RuleDef, type RuleId} from '../src/messages.js'
import {formatPublished} from '../src/render/dates.js'
import {MANIFEST} from '../src/stages/keep.js'
import {SITE_ENTRIES} from '../src/stages/render.js'
import {ARTICLE_NEW_STYLE, hostileCorpus, INVALID_PLACE, REPLACEMENT_PLACE, writeCorpus} from './fixtures/hostile/corpus.js'

let root: string

/** Every file under `dir` (relative, `/`-separated) with its bytes; `skip` names subtrees to leave out. */
async function snapshot(dir: string, skip: readonly string[] = []): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  for (const e of entries) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')
    if (skip.some((s) => rel === s || rel.startsWith(`${s}/`))) continue
    out.set(rel + (e.isDirectory() ? '/' : ''), e.isFile() ? await readFile(path.join(dir, rel)) : Buffer.alloc(0))
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/** Assert two snapshots are the same files with the same bytes. */
function expectSameTree(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()])
  for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true)
}

/** Every message of a build: its files', then the build's own. */
function messagesOf(result: BuildResult) {
  return [...result.files, result.buildFile].flatMap((f) => f.messages)
}

/** Messages as `rule@line:column`, by file. */
function rulesByFile(result: BuildResult): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const file of result.files) out.set(file.path, file.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`))
  return out
}

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'robustness-'))
})
afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})

// ---------------------------------------------------------------------------

describe('the hostile corpus through build()', () => {
  let input: string
  let site: string
  let out: string
  let canary: string
  let result: BuildResult
  let before: Map<string, Buffer>
  let after: Map<string, Buffer>
  /** A token that only a path escaping the output folder would hold. */
  const TOKEN = `escaped-${process.pid}`

  /** Extra files: ids, titles and names that look like paths, deeper than the corpus's `../../x`. */
  const PATH_LIKE: Record<string, string> = {
    'deep-path.md': [
      '---',
      `id: "../../../../../../../../../../tmp/${TOKEN}"`,
      `title: "../../../${TOKEN}/index.html"`,
      `topics: ["../../${TOKEN}", "..", "/etc/passwd"]`,
      `officials: ["../../../${TOKEN}", "C:\\\\Windows\\\\${TOKEN}"]`,
      '---',
      'Ngày 23/7/2024, tại Thanh Hóa, hội nghị tập huấn diễn ra.',
      ''
    ].join('\n'),
    'dot-id.md': '---\nid: ".."\ntitle: "."\n---\nNgày 23/7/2024, tại Hà Nội, hội nghị tập huấn diễn ra.\n',
    'slash-id.md': `---\nid: "/${TOKEN}"\n---\nNgày 24/7/2024, tại Huế, hội nghị sơ kết diễn ra.\n`
  }

  beforeAll(async () => {
    input = path.join(root, 'hostile')
    site = path.join(root, 'site')
    out = path.join(site, 'dist')
    canary = path.join(root, 'canary')
    await writeCorpus(input, canary)
    for (const [name, text] of Object.entries(PATH_LIKE)) await writeFile(path.join(input, name), text)
    await mkdir(site)
    await writeFile(path.join(site, 'keep.txt'), 'a file next to the output folder')
    before = await snapshot(root, ['site/dist'])
    result = await build({input, out})
    after = await snapshot(root, ['site/dist'])
  })

  it('completes and writes the site, with no build-level problem', () => {
    expect(result.written).toBeGreaterThan(0)
    expect(result.buildFile.messages.map(String)).toEqual([])
  })

  it('reports every problem with its file, line, column, rule and stage', () => {
    const names = new Set([...hostileCorpus(canary).keys(), ...Object.keys(PATH_LIKE)])
    const messages = messagesOf(result)
    expect(messages.length).toBeGreaterThan(0)
    for (const m of messages) {
      const file = m.file ?? ''
      const where = `${file}:${m.line}:${m.column} [${m.ruleId}]`
      expect(names.has(file), where).toBe(true)
      expect(m.ruleId !== undefined && Object.hasOwn(RULES, m.ruleId), where).toBe(true)
      expect(m.source, where).toBe((RULES[m.ruleId as RuleId] as RuleDef).source)
      expect(m.line, where).toBeGreaterThanOrEqual(1)
      expect(m.column, where).toBeGreaterThanOrEqual(1)
      expect(m.place, where).toBeDefined()
      expect(String(m), where).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+`))
    }
  })

  it('says what happened, why and what to do in every message', () => {
    for (const m of messagesOf(result)) {
      const rule: RuleDef = RULES[m.ruleId as RuleId]
      expect(m.reason, m.ruleId).toMatch(/^.+: .+\. To fix: .+\.$/s)
      expect(m.reason, m.ruleId).toContain(`To fix: ${rule.fix.replace(/\{\w+\}.*/s, '')}`)
      expect(m.fatal, m.ruleId).toBe(rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined)
    }
  })

  it('skips each unreadable file with the right rule, and reads the damaged ones with their place', () => {
    const rules = rulesByFile(result)
    const expected: Record<string, string[]> = {
      'empty.txt': ['empty-file@1:1'],
      'whitespace.txt': ['empty-file@1:1'],
      'binary.txt': ['binary-file@1:1'],
      'nul-bytes.txt': ['binary-file@1:1'],
      'controls.txt': ['binary-file@1:1'],
      'pdf.md': ['binary-file@1:1'],
      'sub/dup-b.txt': ['duplicate-file@1:1']
    }
    for (const [name, list] of Object.entries(expected)) expect(rules.get(name), name).toEqual(list)
    expect(rules.get('invalid-utf8.txt')).toContain(`invalid-utf8@${INVALID_PLACE.line}:${INVALID_PLACE.column}`)
    expect(rules.get('replacement.txt')).toContain(`replacement-character@${REPLACEMENT_PLACE.line}:${REPLACEMENT_PLACE.column}`)
    expect(rules.get('malformed-yaml.md')?.some((r) => r.startsWith('front-matter-invalid@'))).toBe(true)
    expect(rules.get('impossible-date.md')).toContain('front-matter-date@2:1')
    expect(rules.get('unknown-province.md')).toContain('front-matter-province@2:1')
    expect(rules.get('path-like.md')).toContain('front-matter-url@4:1')
    expect(rules.get('proto.md')?.filter((r) => r.startsWith('front-matter-key@'))).toEqual([
      'front-matter-key@2:1',
      'front-matter-key@4:1',
      'front-matter-key@7:1'
    ])
    for (const name of ['js-front-matter.md', 'javascript-front-matter.md', 'js-upper-front-matter.md']) {
      expect(rules.get(name)?.filter((r) => r.startsWith('front-matter-engine@')), name).toHaveLength(1)
    }
    // Not inputs at all: dot-files, dot-folders and other extensions are never read.
    for (const name of ['.hidden.txt', '.git/ignored.txt', 'notes.docx']) expect(rules.has(name), name).toBe(false)
  })

  it('builds a page for every good article, and none for the skipped files', async () => {
    const idOf = new Map(result.archive.articles.map((a) => [a.source.file, a.id]))
    const good: Record<string, string> = {
      'nfc.txt': 'nfc',
      'nfd.txt': 'nfd',
      'tone-old.txt': 'tone-old',
      'tone-new.txt': 'tone-new',
      'crlf-bom.txt': 'crlf-bom',
      'utf16le.txt': 'utf16le',
      'utf16be.txt': 'utf16be',
      'invalid-utf8.txt': 'invalid-utf8',
      'replacement.txt': 'replacement',
      'long-line.txt': 'long-line',
      'several-mb.txt': 'several-mb',
      'malformed-yaml.md': 'malformed-yaml',
      'js-front-matter.md': 'js-front-matter',
      'javascript-front-matter.md': 'javascript-front-matter',
      'js-upper-front-matter.md': 'js-upper-front-matter',
      'proto.md': 'proto',
      'impossible-date.md': 'impossible-date',
      'yaml-date.md': 'yaml-date',
      'unknown-province.md': 'unknown-province',
      'path-like.md': 'x',
      'dup-a.txt': 'dup-a',
      'with space.txt': 'with-space',
      'tên có dấu & <ký tự>.txt': 'ten-co-dau-ky-tu',
      'UPPER.TXT': 'upper'
    }
    for (const [file, id] of Object.entries(good)) {
      expect(idOf.get(file), file).toBe(id)
      expect(existsSync(path.join(out, 'articles', id, 'index.html')), `${file} → articles/${id}/`).toBe(true)
    }
    for (const file of ['empty.txt', 'whitespace.txt', 'binary.txt', 'nul-bytes.txt', 'controls.txt', 'pdf.md', 'sub/dup-b.txt']) {
      expect(idOf.has(file), file).toBe(false)
    }
    const pages = (await readdir(path.join(out, 'articles'))).filter((n) => n !== 'index.html')
    expect(pages.sort()).toEqual(result.archive.articles.map((a) => a.id).sort())
  })

  it('never runs `---js` front matter', async () => {
    expect(existsSync(canary)).toBe(false)
    expect((globalThis as Record<string, unknown>).__hostilePwned).toBeUndefined()
    const page = await readFile(path.join(out, 'articles/js-front-matter/index.html'), 'utf8')
    expect(page).not.toContain('pwned')
    expect(page).toContain('<h1>Hội nghị hòa giải tại Thanh Hóa</h1>')
  })

  it('lets `__proto__` and `constructor` keys pollute nothing', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false)
    const record = result.archive.articles.find((a) => a.id === 'proto')
    expect(record?.title).toBe('Tiêu đề')
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype)
  })

  it('ignores the impossible date and the unknown province, and keeps their articles', () => {
    const byId = new Map(result.archive.articles.map((a) => [a.id, a]))
    expect(byId.get('impossible-date')?.date).toBeNull()
    expect(byId.get('unknown-province')?.province?.slug).toBe('thanh-hoa')
    expect(byId.get('yaml-date')?.date).toMatchObject({value: '2024-07-23', precision: 'day'})
    expect(byId.get('yaml-date')?.published).toBe('2024-07-24T08:30:00+07:00')
  })

  it('shows odd file names as text', async () => {
    const page = await readFile(path.join(out, 'articles/ten-co-dau-ky-tu/index.html'), 'utf8')
    expect(page).toContain('<code>tên có dấu &#x26; &#x3C;ký tự>.txt</code>')
  })

  it('writes nothing outside the output folder, whatever the ids, titles and names', async () => {
    expectSameTree(after, before)
    expect(existsSync(path.join(tmpdir(), TOKEN))).toBe(false)
    const ids = new Map(result.archive.articles.map((a) => [a.source.file, a.id]))
    expect(ids.get('path-like.md')).toBe('x')
    expect(ids.get('deep-path.md')).toBe(`tmp-${TOKEN}`)
    expect(ids.get('slash-id.md')).toBe(TOKEN)
    expect(ids.get('dot-id.md')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const entry of [...result.archive.officials.map((o) => o.slug), ...result.archive.topics.map((t) => t.slug)]) {
      expect(entry).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    }
    const written = await snapshot(out)
    for (const name of written.keys()) expect(path.posix.normalize(name.replace(/\/$/, '')), name).toBe(name.replace(/\/$/, ''))
  })

  it('gives the output folder only the names the render stage declares', async () => {
    for (const name of await readdir(out)) expect(SITE_ENTRIES.has(name) || name === MANIFEST, name).toBe(true)
  })

  it('gives the same bytes when built again, in another time zone', async () => {
    const zone = process.env.TZ
    try {
      process.env.TZ = 'America/Los_Angeles'
      const again = await build({input, out: path.join(root, 'again')})
      expect(again.written).toBe(result.written)
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
    expectSameTree(await snapshot(path.join(root, 'again')), await snapshot(out))
  })
})

// ---------------------------------------------------------------------------

describe('Unicode forms, tone placement, line ends and encodings', () => {
  /** Build a one-article site from `bytes` saved as `twin.txt`; its files, with the source's sha256 masked. */
  async function twin(name: string, bytes: Uint8Array): Promise<Map<string, string>> {
    const input = path.join(root, `twin-${name}`)
    const out = path.join(root, `twin-${name}-out`)
    await mkdir(input)
    await writeFile(path.join(input, 'twin.txt'), bytes)
    const result = await build({input, out})
    const sha = result.archive.articles[0]?.source.sha256 ?? 'none'
    const files = await snapshot(out)
    return new Map([...files].map(([file, contents]) => [file, withoutHashes(file, contents.toString('utf8')).replaceAll(sha, '<sha256>')]))
  }

  /** The manifest without its content hashes and view digests: they hash pages that name the source's SHA-256, and the pages are compared anyway. */
  function withoutHashes(file: string, text: string): string {
    if (!file.endsWith('.archive-build.json')) return text
    const {hashes: _hashes, views: _views, ...rest} = JSON.parse(text) as Record<string, unknown>
    return JSON.stringify(rest)
  }

  const corpus = hostileCorpus(path.join(tmpdir(), 'no-canary'))
  const bytes = (name: string): Uint8Array => corpus.get(name) ?? new Uint8Array()

  it.each([
    ['nfd', bytes('nfd.txt')],
    ['new-style tones', new TextEncoder().encode(ARTICLE_NEW_STYLE)],
    ['crlf and a BOM', bytes('crlf-bom.txt')],
    ['utf-16 le', bytes('utf16le.txt')],
    ['utf-16 be', bytes('utf16be.txt')]
  ])('builds %s exactly like its NFC twin', async (name, variant) => {
    const reference = await twin(`nfc-for-${name.replace(/\W+/g, '-')}`, bytes('nfc.txt'))
    const other = await twin(name.replace(/\W+/g, '-'), variant)
    expect([...other.keys()]).toEqual([...reference.keys()])
    for (const [file, text] of reference) expect(other.get(file), file).toBe(text)
  })
})

// ---------------------------------------------------------------------------

describe('collisions', () => {
  const STORY = (n: string) => `Hội nghị hòa giải tại Thanh Hóa\n\nNgày 23/7/2024, tại Thanh Hóa, Ủy ban nhân dân tỉnh tổ chức hội nghị số ${n}.\n`
  let result: BuildResult
  let out: string

  beforeAll(async () => {
    const input = path.join(root, 'collide')
    out = path.join(root, 'collide-out')
    await mkdir(input)
    const files: Record<string, string> = {
      // The same front-matter id, twice.
      'a.md': `---\nid: same\n---\n${STORY('1')}`,
      'b.md': `---\nid: same\n---\n${STORY('2')}`,
      // Three file names with one slug.
      'Hòa Bình.txt': STORY('3'),
      'hoa-binh.txt': STORY('4'),
      'HOA BINH.md': STORY('5'),
      // Asks for the id the second `same` is given.
      'z.md': `---\nid: same-2\n---\n${STORY('6')}`,
      // One official and one topic, spelled three ways.
      'p.md': `---\nofficials: ["Nguyễn Văn An"]\ntopics: ["Hòa giải cơ sở"]\n---\n${STORY('7')}`,
      'q.md': `---\nofficials: ["NGUYỄN VĂN AN"]\ntopics: ["HÒA GIẢI CƠ SỞ"]\n---\n${STORY('8')}`,
      'r.md': `---\nofficials: ["Nguyen Van An"]\ntopics: ["Hoa giai co so"]\n---\n${STORY('9')}`
    }
    for (const [name, text] of Object.entries(files)) await writeFile(path.join(input, name), text)
    result = await build({input, out})
  })

  const idOf = (file: string) => result.archive.articles.find((a) => a.source.file === file)?.id
  const rulesOf = (file: string) => result.files.find((f) => f.path === file)?.messages.map((m) => m.ruleId) ?? []
  /** The `slug-collision` reasons about one kind of name, on any file. */
  const slugCollisions = (kind: 'official' | 'topic') =>
    result.files.flatMap((f) => f.messages).filter((m) => m.ruleId === 'slug-collision' && m.reason.startsWith(`The ${kind} names`))

  it('keeps every id distinct, and every page', () => {
    const ids = result.archive.articles.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toHaveLength(9)
    for (const id of ids) expect(existsSync(path.join(out, 'articles', id, 'index.html')), id).toBe(true)
    expect(result.buildFile.messages.map(String)).toEqual([])
  })

  it('reports two files with one front-matter id, on each file', () => {
    expect([idOf('a.md'), idOf('b.md')].sort()).toEqual(['same', 'same-2'].sort())
    expect(rulesOf('a.md')).toContain('id-collision')
    expect(rulesOf('b.md')).toContain('id-collision')
  })

  it('reports file names that make one slug, on each file', () => {
    const ids = ['Hòa Bình.txt', 'hoa-binh.txt', 'HOA BINH.md'].map(idOf)
    expect(new Set(ids).size).toBe(3)
    for (const id of ids) expect(id).toMatch(/^hoa-binh(-\d+)?$/)
    for (const file of ['Hòa Bình.txt', 'hoa-binh.txt', 'HOA BINH.md']) expect(rulesOf(file), file).toContain('id-collision')
  })

  it('reports an article whose id was given to another article (`same-2`), on both', () => {
    // z.md asks for `same-2`, which b.md was given for its own collision: z.md must not move silently.
    expect(idOf('z.md')).not.toBe(idOf('b.md'))
    expect(rulesOf('z.md')).toContain('id-collision')
  })

  it('merges official names that differ only in case or diacritics, and says so', () => {
    expect(result.archive.officials.map((o) => o.slug)).toEqual(['nguyen-van-an'])
    expect(result.archive.officials[0]?.articles).toHaveLength(3)
    expect(slugCollisions('official')).toHaveLength(1)
    expect(slugCollisions('official')[0]?.reason).toMatch(/“Nguyễn Văn An”.*“NGUYỄN VĂN AN”.*“Nguyen Van An”|“Nguyễn Văn An”/)
  })

  it('merges topic names that differ only in case or diacritics, and says so', () => {
    expect(result.archive.topics.map((t) => t.slug)).toEqual(['hoa-giai-co-so'])
    expect(result.archive.topics[0]?.articles).toHaveLength(3)
    expect(slugCollisions('topic')).toHaveLength(1)
  })
})

// ---------------------------------------------------------------------------

describe('the message catalogue', () => {
  const entries = Object.entries(RULES) as [RuleId, RuleDef][]

  it.each(entries)('%s says what happened, why, and what to do', (ruleId, rule) => {
    expect(ruleId).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    for (const part of [rule.what, rule.why, rule.fix]) {
      expect(part.trim().length, ruleId).toBeGreaterThan(8)
      expect(part, ruleId).not.toMatch(/[.:;]\s*$/)
    }
    expect(rule.what, ruleId).toMatch(/^\p{Lu}/u)
    expect(rule.why, ruleId).toMatch(/^\p{Ll}/u)
    expect(rule.fix, ruleId).toMatch(/^\p{Ll}/u)
    expect(['read', 'front-matter', 'clean', 'extract', 'archive', 'render', 'write']).toContain(rule.source)
    expect(['warning', 'error', 'info']).toContain(rule.severity)
    const sentence = describeRule(ruleId)
    expect(sentence.startsWith(rule.what.split('{')[0] ?? '')).toBe(true)
    expect(sentence).toContain(`To fix: `)
  })
})

// ---------------------------------------------------------------------------

describe('the output folder', () => {
  const ARTICLE_TEXT = 'Hội nghị tập huấn tại Thanh Hóa\n\nNgày 23/7/2024, tại Thanh Hóa, hội nghị tập huấn công tác nhân quyền diễn ra.\n'
  let base: string
  let input: string

  beforeAll(async () => {
    base = path.join(root, 'out-folder')
    input = path.join(base, 'input')
    await mkdir(input, {recursive: true})
    await writeFile(path.join(input, 'a.txt'), ARTICLE_TEXT)
  })

  /** Build into `out`; the folder around it (input included) must be unchanged when the build refuses. */
  async function refused(out: string, reason: RegExp): Promise<void> {
    const before = await snapshot(base)
    const result = await build({input, out})
    expect(result.written).toBe(0)
    expect(result.buildFile.messages.map((m) => m.ruleId)).toEqual(['unsafe-output'])
    expect(result.buildFile.messages[0]?.reason).toMatch(reason)
    expectSameTree(await snapshot(base), before)
  }

  it('is never a file: an input article given as --out stays as it was', async () => {
    await refused(path.join(input, 'a.txt'), /is a file, not a folder/)
  })

  it('is never the input folder, nor a folder that holds it', async () => {
    await refused(input, /is the input folder, or holds it/)
    await refused(base, /is the input folder, or holds it/)
  })

  it('is never a folder with files a build does not write and no record of a build (a project)', async () => {
    const project = path.join(base, 'project')
    await mkdir(path.join(project, 'src'), {recursive: true})
    await writeFile(path.join(project, 'package.json'), '{}')
    await refused(project, /holds files a build does not write \(package\.json, src\)/)
  })

  it('keeps a `.git` and a `CNAME` added to a site a build wrote, and says so', async () => {
    const site = path.join(base, 'site')
    expect((await build({input, out: site})).written).toBeGreaterThan(0)
    await writeFile(path.join(site, 'CNAME'), 'example.org')
    await mkdir(path.join(site, '.git'))
    await writeFile(path.join(site, '.git', 'HEAD'), 'ref: refs/heads/gh-pages\n')
    const again = await build({input, out: site})
    expect(again.written).toBeGreaterThan(0)
    expect(await readFile(path.join(site, 'CNAME'), 'utf8')).toBe('example.org')
    expect(await readFile(path.join(site, '.git', 'HEAD'), 'utf8')).toBe('ref: refs/heads/gh-pages\n')
    const kept = again.buildFile.messages.find((m) => m.ruleId === 'kept-files')
    expect(kept?.reason).toContain('(.git/HEAD, CNAME)')
    expect(kept?.fatal).toBeUndefined()
  })

  it('is never a symbolic link (the swap would replace the link, not what it points to)', async () => {
    const real = path.join(base, 'real-site')
    await mkdir(real)
    await symlink(real, path.join(base, 'linked-site'), 'dir')
    await refused(path.join(base, 'linked-site'), /is a symbolic link/)
  })

  it('may be missing (even its parents), empty, or a previous build', async () => {
    expect((await build({input, out: path.join(base, 'new/deep/dist')})).written).toBeGreaterThan(0)
    await mkdir(path.join(base, 'empty'))
    await writeFile(path.join(base, 'empty', '.DS_Store'), '')
    expect((await build({input, out: path.join(base, 'empty')})).written).toBeGreaterThan(0)
    expect((await build({input, out: path.join(base, 'empty')})).written).toBeGreaterThan(0)
  })

  it('reports an input folder that cannot be read, and writes nothing', async () => {
    for (const missing of [path.join(base, 'no-such-folder'), path.join(input, 'a.txt')]) {
      const result = await build({input: missing, out: path.join(base, 'unused')})
      expect(result.written).toBe(0)
      expect(result.files.flatMap((f) => f.messages.map((m) => `${m.file} ${m.ruleId}`))).toEqual([`${missing} input-unreadable`])
      expect(existsSync(path.join(base, 'unused'))).toBe(false)
    }
  })
})

// ---------------------------------------------------------------------------

describe('regressions', () => {
  it('shows a publication time as written, whatever the time zone of the build (was converted to local time)', () => {
    const zone = process.env.TZ
    try {
      for (const tz of ['UTC', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'Pacific/Kiritimati']) {
        process.env.TZ = tz
        expect(formatPublished('2024-07-24T08:30:00+07:00'), tz).toBe('08:30 ngày 24 tháng 7 năm 2024')
        expect(formatPublished('2024-07-24T23:30Z'), tz).toBe('23:30 (UTC) ngày 24 tháng 7 năm 2024')
        expect(formatPublished('2024-07-24T00:15-05:00'), tz).toBe('00:15 (UTC-05:00) ngày 24 tháng 7 năm 2024')
        expect(formatPublished('2024-05-29T11:20'), tz).toBe('11:20 ngày 29 tháng 5 năm 2024')
        expect(formatPublished('2024-05-29'), tz).toBe('ngày 29 tháng 5 năm 2024')
      }
    } finally {
      if (zone === undefined) delete process.env.TZ
      else process.env.TZ = zone
    }
  })
})
