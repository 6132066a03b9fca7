/**
 * The front-matter stage: splitting, YAML parsing without code or Date
 * objects, field validation with the place of each bad key, and the hostile
 * front matter of test/fixtures/hostile/corpus.ts (code that must never run,
 * prototype keys that must pollute nothing).
 */
import {existsSync} from 'node:fs'
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import matter from 'gray-matter'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {splitFrontMatter} from '../src/stages/frontmatter.js'
import {isCalendarDate} from '../src/text/dates.js'
import {decode} from '../src/stages/read.js'
import {slug} from '../src/text/slug.js'
import type {SourceFile, SplitFile} from '../src/types.js'
import {ARTICLE, hostileCorpus} from './fixtures/hostile/corpus.js'

function sourceOf(text: string, format: SourceFile['format'] = 'md'): SourceFile {
  return {path: `x.${format}`, sha256: '0'.repeat(64), text, format}
}

/** Split a text; messages as `rule@line:column`. */
function split(text: string): SplitFile & {messages: string[]; file: VFile} {
  const file = new VFile({path: 'x.md'})
  const result = splitFrontMatter(sourceOf(text), file)
  return {...result, file, messages: file.messages.map((m) => `${m.ruleId}@${m.line ?? '?'}:${m.column ?? '?'}`)}
}

describe('splitting', () => {
  it('gives `{}` and the whole text when there is no front matter', () => {
    expect(split(ARTICLE)).toMatchObject({data: {}, body: ARTICLE, bodyLine: 1, messages: []})
  })

  it('finds the body and the line it starts on', () => {
    const result = split('---\ntitle: Tiêu đề\ndate: "2024-07-23"\n---\nDòng một\nDòng hai\n')
    expect(result).toMatchObject({data: {title: 'Tiêu đề', date: '2024-07-23'}, body: 'Dòng một\nDòng hai\n', bodyLine: 5, messages: []})
    expect(result.source.text.split('\n')[result.bodyLine - 1]).toBe('Dòng một')
  })

  it('handles empty front matter and front matter of comments only', () => {
    expect(split('---\n---\nThân bài')).toMatchObject({data: {}, body: 'Thân bài', bodyLine: 3, messages: []})
    expect(split('---\n# ghi chú\n---\nThân bài')).toMatchObject({data: {}, body: 'Thân bài', bodyLine: 4, messages: []})
  })

  it('leaves a `---` line that cannot open front matter in the body', () => {
    for (const text of ['----\nx', '--- Tin nóng ---\nThân bài\n---\n', '---']) {
      expect(split(text)).toMatchObject({data: {}, body: text, bodyLine: 1, messages: []})
    }
  })

  it('reports front matter that is never closed, and keeps the whole text', () => {
    expect(split('---\ntitle: x\nThân bài')).toMatchObject({data: {}, bodyLine: 1, body: '---\ntitle: x\nThân bài', messages: ['front-matter-invalid@1:1']})
  })

  it('splits where gray-matter does', () => {
    const text = '---\ntitle: A\n---\n\nThân\n---\nnữa'
    const result = split(text)
    expect(result.body).toBe(matter(text, {}).content)
    expect(result.bodyLine).toBe(4)
  })
})

describe('YAML', () => {
  it('keeps dates as strings, never Date objects', () => {
    const {data, messages} = split('---\ndate: 2024-07-23\npublished: 2024-07-24 08:30:00\n---\nx')
    expect(messages).toEqual([])
    expect(data.date).toBe('2024-07-23')
    expect(data.published).toBe('2024-07-24T08:30:00')
  })

  it('takes a bare year as a year', () => {
    expect(split('---\ndate: 2024\n---\nx').data.date).toBe('2024')
  })

  it('reports malformed YAML at the line of the error and keeps the body', () => {
    const result = split('---\ntitle: Được\nofficials: [Nguyễn Văn A, Trần Thị B\ndate: "2024-07-23"\n---\nThân bài')
    expect(result.messages).toEqual(['front-matter-invalid@4:1']) // js-yaml notices the missing `]` on the next line
    expect(result).toMatchObject({data: {}, body: 'Thân bài', bodyLine: 6})
  })

  it('points at the line of a duplicated key', () => {
    expect(split('---\ntitle: a\n\ntitle: b\n---\nx').messages).toEqual(['front-matter-invalid@4:1'])
  })

  it('refuses js-yaml tags that build functions or regexps', () => {
    const result = split('---\ntitle: !!js/function "function () { return 1 }"\n---\nx')
    expect(result.messages).toEqual(['front-matter-invalid@2:48'])
    expect(result.data).toEqual({})
  })

  it('reports front matter that is not `key: value` lines', () => {
    expect(split('---\n- a\n- b\n---\nx').messages).toEqual(['front-matter-invalid@2:1'])
    expect(split('---\njust text\n---\nx').messages).toEqual(['front-matter-invalid@2:1'])
  })

  it('never hands out gray-matter’s cached objects, and never mutates its input', () => {
    const text = '---\ntopics: [Nhân quyền]\n---\nx'
    const first = split(text)
    first.data.topics?.push('changed')
    expect(split(text).data.topics).toEqual(['Nhân quyền'])
    expect(Object.keys((matter as unknown as {cache: Record<string, unknown>}).cache)).not.toContain(text)
  })
})

describe('front matter that is code', () => {
  let dir: string
  let canary: string
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'fm-hostile-'))
    canary = path.join(dir, 'pwned')
  })
  afterAll(async () => {
    await rm(dir, {recursive: true, force: true})
    delete (globalThis as Record<string, unknown>).__hostilePwned
  })

  it.each([
    ['js-front-matter.md', 'js', 4],
    ['javascript-front-matter.md', 'javascript', 4],
    ['js-upper-front-matter.md', 'JS', 5]
  ])('never runs %s, keeps its body and warns', (name, engine, column) => {
    const bytes = hostileCorpus(canary).get(name)
    const file = new VFile({path: name})
    const source = bytes && decode(name, bytes, file)
    if (!source) throw new Error('corpus file not decoded')
    const result = splitFrontMatter(source, file)
    expect(file.messages.map((m) => `${m.ruleId}@${m.line}:${m.column}`)).toEqual([`front-matter-engine@1:${column}`])
    expect(file.messages[0]?.reason).toContain(`\`${engine}\``)
    expect(result.data).toEqual({})
    expect(result.body).toBe(ARTICLE)
    expect(result.bodyLine).toBe(10)
    expect((globalThis as Record<string, unknown>).__hostilePwned).toBeUndefined()
    expect(existsSync(canary)).toBe(false)
  })

  it.each(['json', 'coffee', 'toml', 'constructor', '__proto__'])('refuses the `%s` engine too', (engine) => {
    const result = split(`---${engine}\n{"title": "x"}\n---\nThân`)
    expect(result.messages).toEqual(['front-matter-engine@1:4'])
    expect(result).toMatchObject({data: {}, body: 'Thân'})
  })

  it('uses payloads that really run when given to gray-matter unguarded (so the tests above mean something)', () => {
    const live = path.join(dir, 'live-canary')
    const text = new TextDecoder().decode(hostileCorpus(live).get('js-front-matter.md'))
    matter(text, {}) // gray-matter's default: CVE-2022-25863
    expect(existsSync(live)).toBe(true)
    expect((globalThis as Record<string, unknown>).__hostilePwned).toBe(true)
    delete (globalThis as Record<string, unknown>).__hostilePwned
    expect(split(text).data).toEqual({})
    expect((globalThis as Record<string, unknown>).__hostilePwned).toBeUndefined()
  })
})

describe('prototype keys', () => {
  it('pollute nothing and are reported as unknown keys at their lines', () => {
    const text = '---\n__proto__:\n  polluted: true\nconstructor:\n  prototype:\n    polluted: true\nprototype: {polluted: true}\ntitle: Tiêu đề\n---\nx'
    const result = split(text)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect((Object.prototype as unknown as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.keys(result.data)).toEqual(['title'])
    expect(Object.getPrototypeOf(result.data)).toBe(Object.prototype)
    expect(result.data.constructor).toBe(Object)
    expect(result.messages).toEqual(['front-matter-key@2:1', 'front-matter-key@4:1', 'front-matter-key@7:1'])
  })

  it('ignore inherited names inside officials too', () => {
    const result = split('---\nofficials:\n  - __proto__: {name: x}\n    name: Nguyễn Văn A\n---\nx')
    expect(result.messages).toEqual(['front-matter-type@2:1'])
    expect(({} as Record<string, unknown>).name).toBeUndefined()
  })
})

describe('fields', () => {
  it('accepts every known field', () => {
    const text = [
      '---',
      'title: "  Hội nghị   nhân quyền "',
      'date: 2024-07',
      'province: TP.HCM',
      'officials:',
      '  - Nguyễn Văn A',
      '  - name: Trần Thị B',
      '    rank: Đại tá',
      '    positions: [Giám đốc, Bí thư]',
      '    role: chair',
      'topics: Quyền của người lao động',
      'authors: [Lan Anh, Minh Hoà]',
      'url: https://example.vn/tin-tuc?id=1',
      'outlet: Báo Nhân Dân',
      'id: 2024',
      'published: "2024-07-23T08:30:00+07:00"',
      'city: Thủ Dầu Một',
      'venue: ~',
      '---',
      'x'
    ].join('\n')
    const result = split(text)
    expect(result.messages).toEqual([])
    expect(result.data).toEqual({
      title: 'Hội nghị nhân quyền',
      date: '2024-07',
      province: 'TP.HCM',
      officials: [{name: 'Nguyễn Văn A'}, {name: 'Trần Thị B', rank: 'Đại tá', positions: ['Giám đốc', 'Bí thư'], role: 'chair'}],
      topics: ['Quyền của người lao động'],
      authors: ['Lan Anh', 'Minh Hòa'],
      url: 'https://example.vn/tin-tuc?id=1',
      outlet: 'Báo Nhân Dân',
      id: '2024',
      published: '2024-07-23T08:30:00+07:00',
      city: 'Thủ Dầu Một',
      venue: null
    })
  })

  it('reports unknown keys at their line', () => {
    expect(split('---\ntitle: a\ntieu_de: b\n---\nx').messages).toEqual(['front-matter-key@3:1'])
  })

  it('reports wrong types at the key and drops the value', () => {
    const result = split('---\ntitle: 1984\ntopics: [a, 2]\nofficials: [{name: A, role: boss}]\nurl: 5\ndate: true\n---\nx')
    expect(result.messages).toEqual([
      'front-matter-type@2:1',
      'front-matter-type@3:1',
      'front-matter-type@4:1',
      'front-matter-type@5:1',
      'front-matter-type@6:1'
    ])
    expect(result.data).toEqual({})
  })

  it.each(['2024-02-30', '2023-02-29', '2024-13', '2024-00-10', '24-07-23', '2024-7-3', '0999', '23/7/2024'])(
    'drops the impossible date %s',
    (value) => {
      const result = split(`---\ntitle: x\ndate: "${value}"\n---\nx`)
      expect(result.messages).toEqual(['front-matter-date@3:1'])
      expect(result.data).toEqual({title: 'x'})
    }
  )

  it('knows leap years', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true)
    expect(isCalendarDate('2000-02-29')).toBe(true)
    expect(isCalendarDate('1900-02-29')).toBe(false)
  })

  it.each(['javascript:alert(1)', 'data:text/html,<b>x</b>', 'ftp://example.vn', 'example.vn', '//example.vn'])(
    'drops the url %s',
    (value) => {
      expect(split(`---\nurl: "${value}"\n---\nx`).messages).toEqual(['front-matter-url@2:1'])
    }
  )

  it('drops a bad published date', () => {
    expect(split('---\npublished: "2024-07-23T25:00"\n---\nx').messages).toEqual(['front-matter-date@2:1'])
  })

  it('lets an unknown province through as text (the extract stage checks it)', () => {
    expect(split('---\nprovince: Xứ Sở Thần Tiên\n---\nx')).toMatchObject({data: {province: 'Xứ Sở Thần Tiên'}, messages: []})
  })

  it('keeps ids and titles that look like paths as text; slug() makes the id safe', () => {
    const result = split('---\nid: ../../x\ntitle: ../../etc/passwd\n---\nx')
    expect(result).toMatchObject({data: {id: '../../x', title: '../../etc/passwd'}, messages: []})
    expect(slug(result.data.id ?? '')).toBe('x')
  })

  it('finds quoted and flow-style keys for the place', () => {
    expect(split('---\n"tieu_de": a\n---\nx').messages).toEqual(['front-matter-key@2:1'])
    expect(split('---\n{title: a, nope: b}\n---\nx').messages).toEqual(['front-matter-key@2:12'])
  })
})

describe('the hostile corpus', () => {
  const corpus = hostileCorpus('/nonexistent/canary')
  it.each([...corpus.keys()].filter((name) => /\.(md|txt)$/i.test(name)))('%s is split or reported, never throws', (name) => {
    const file = new VFile({path: name})
    const bytes = corpus.get(name) ?? new Uint8Array()
    const source = decode(name, bytes, file)
    if (!source) return
    const result = splitFrontMatter(source, file)
    expect(source.text.endsWith(result.body)).toBe(true)
    for (const message of file.messages) expect(message.line ?? 1).toBeGreaterThanOrEqual(1)
  })

  it('yaml-date.md keeps its unquoted date and date-time as strings', () => {
    const file = new VFile({path: 'yaml-date.md'})
    const source = decode('yaml-date.md', corpus.get('yaml-date.md') ?? new Uint8Array(), file)
    if (!source) throw new Error('not decoded')
    expect(splitFrontMatter(source, file).data).toEqual({date: '2024-07-23', published: '2024-07-24T08:30:00+07:00'})
    expect(file.messages).toEqual([])
  })

  it('impossible-date.md keeps its title and reports the date at line 2', () => {
    const file = new VFile({path: 'impossible-date.md'})
    const source = decode('impossible-date.md', corpus.get('impossible-date.md') ?? new Uint8Array(), file)
    if (!source) throw new Error('not decoded')
    expect(splitFrontMatter(source, file).data).toEqual({title: 'Ngày không có thật'})
    expect(String(file.messages[0])).toMatch(/^impossible-date\.md:2:1: The front-matter date `2024-02-30`/)
  })
})
