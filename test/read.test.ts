/**
 * The read stage: listing, decoding and reading the hostile corpus
 * (test/fixtures/hostile/corpus.ts). Every hostile file is either read or
 * reported with its path (and line and column where there is one); nothing
 * throws.
 */
import {chmod, mkdir, mkdtemp, rm, symlink, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {VFile} from 'vfile'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {decode, listInputFiles, MAX_FILE_BYTES, readInput, scanUtf8, type ReadResult} from '../src/stages/read.js'
import {normalizeText} from '../src/text/normalize.js'
import {
  ARTICLE,
  hostileCorpus,
  INVALID_PLACE,
  LONG_LINE,
  REPLACEMENT_PLACE,
  SEVERAL_MB,
  writeCorpus
} from './fixtures/hostile/corpus.js'

/**
 * `mock-locked.txt` fails to read and `mock-locked-folder` fails to list,
 * whoever runs the tests (root reads anything, so chmod alone cannot show it).
 */
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const readFile = (async (file: Parameters<typeof real.readFile>[0], options?: Parameters<typeof real.readFile>[1]) => {
    if (String(file).endsWith('mock-locked.txt')) {
      throw Object.assign(new Error(`EACCES: permission denied, open '${String(file)}'`), {code: 'EACCES'})
    }
    return real.readFile(file, options)
  }) as typeof real.readFile
  const readdir = ((folder: Parameters<typeof real.readdir>[0], options?: Parameters<typeof real.readdir>[1]) => {
    if (String(folder).endsWith('mock-locked-folder')) {
      return Promise.reject(Object.assign(new Error(`EACCES: permission denied, scandir '${String(folder)}'`), {code: 'EACCES'}))
    }
    return real.readdir(folder, options as never)
  }) as typeof real.readdir
  return {...real, readFile, readdir, default: {...real, readFile, readdir}}
})

const corpus = hostileCorpus('/nonexistent/canary')
const bytesOf = (name: string): Uint8Array => {
  const bytes = corpus.get(name)
  if (!bytes) throw new Error(`no corpus file ${name}`)
  return bytes
}

/** Decode one corpus file; its messages as `rule@line:column`. */
function run(name: string) {
  const file = new VFile({path: name})
  const source = decode(name, bytesOf(name), file)
  const messages = file.messages.map((m) => `${m.ruleId}@${m.line ?? '?'}:${m.column ?? '?'}`)
  return {source, file, messages}
}

describe('decode', () => {
  it('reads plain UTF-8 and keeps its sha256 of the raw bytes', () => {
    const {source, messages} = run('nfc.txt')
    expect(messages).toEqual([])
    expect(source?.text).toBe(ARTICLE)
    expect(source?.format).toBe('txt')
    expect(source?.sha256).toMatch(/^[0-9a-f]{64}$/)
  })

  it('skips empty and white-space-only files', () => {
    expect(run('empty.txt')).toMatchObject({source: null, messages: ['empty-file@?:?']})
    expect(run('whitespace.txt')).toMatchObject({source: null, messages: ['empty-file@?:?']})
  })

  it.each([
    ['binary.txt', 'a PNG image'],
    ['pdf.md', 'a PDF document'],
    ['nul-bytes.txt', 'NUL bytes'],
    ['controls.txt', 'many control characters']
  ])('skips the binary file %s (%s)', (name, reason) => {
    const {source, file, messages} = run(name)
    expect(source).toBeNull()
    expect(messages).toEqual(['binary-file@?:?'])
    expect(file.messages[0]?.reason).toContain(reason)
    expect(file.messages[0]?.fatal).toBe(true)
  })

  it.each(['utf16le.txt', 'utf16be.txt', 'crlf-bom.txt', 'nfd.txt'])('decodes %s to the same NFC text', (name) => {
    const {source, messages} = run(name)
    expect(messages).toEqual([])
    expect(source?.text).toBe(ARTICLE)
  })

  it('reads old-style and new-style tone marks the same', () => {
    expect(run('tone-new.txt').source?.text).toBe(run('tone-old.txt').source?.text)
    expect(run('tone-new.txt').source?.text).toContain('hòa giải')
  })

  it('replaces invalid UTF-8 and reports the count at the first bad byte', () => {
    const {source, file, messages} = run('invalid-utf8.txt')
    expect(messages).toEqual([`invalid-utf8@${INVALID_PLACE.line}:${INVALID_PLACE.column}`])
    expect(file.messages[0]?.reason).toContain('2 byte sequence')
    expect(source?.text.split('\n')[2]).toBe('Ngày 23/\uFFFD(\uFFFD7, tại Thanh Hóa, Ủy ban nhân dân tỉnh tổ chức hội nghị về thủy lợi và hòa giải cơ sở.')
  })

  it('reports a U+FFFD saved in the file at its line and column', () => {
    expect(run('replacement.txt').messages).toEqual([`replacement-character@${REPLACEMENT_PLACE.line}:${REPLACEMENT_PLACE.column}`])
  })

  it('counts columns in the normalised text (after CRLF, BOM and NFD)', () => {
    const bytes = new TextEncoder().encode('\uFEFFmột\r\nhai ba\r\nHoa\u0300 \uFFFD')
    const file = new VFile({path: 'x.txt'})
    decode('x.txt', bytes, file)
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['replacement-character', 3, 5]])
  })

  it('reports lone surrogates in UTF-16', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x0a, 0x00, 0x42, 0x00, 0x00, 0xd8, 0x43, 0x00])
    const file = new VFile({path: 'x.txt'})
    expect(decode('x.txt', bytes, file)?.text).toBe('A\nB\uFFFDC')
    expect(file.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['invalid-utf16', 2, 2]])
  })

  it('reads a single 1 MB line and a several-MB file', () => {
    expect(run('long-line.txt').source?.text.length).toBe('Dòng dài: '.length + LONG_LINE + 1)
    const big = run('several-mb.txt')
    expect(big.messages).toEqual([])
    expect(big.source?.text.length).toBeGreaterThan(SEVERAL_MB / 2)
  })

  it('refuses a file over the size limit', () => {
    const file = new VFile({path: 'huge.txt'})
    expect(decode('huge.txt', new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61), file)).toBeNull()
    expect(file.messages.map((m) => m.ruleId)).toEqual(['file-too-large'])
  })

  it('takes the format from the extension, case-insensitively', () => {
    const file = new VFile({path: 'a.MD'})
    expect(decode('a.MD', new TextEncoder().encode('# x'), file)?.format).toBe('md')
  })
})

describe('scanUtf8', () => {
  it('counts invalid sequences like TextDecoder does', () => {
    const bytes = new Uint8Array([0x41, 0xc3, 0x28, 0xe0, 0x80, 0x80, 0xf4, 0x90, 0xef, 0xbf, 0xbd, 0xed, 0xa0, 0x80, 0xe2, 0x82])
    const decoded = new TextDecoder().decode(bytes)
    const scan = scanUtf8(bytes)
    expect(scan.invalid).toBe([...decoded].filter((c) => c === '\uFFFD').length - 1)
    expect(scan).toMatchObject({firstInvalid: 1, firstLiteral: 8})
  })
})

describe('listInputFiles and readInput on the hostile corpus', () => {
  let dir: string
  let result: ReadResult
  const canary = (): string => path.join(dir, '..', `canary-${path.basename(dir)}`)

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'read-hostile-'))
    await writeCorpus(dir, canary())
    await writeFile(path.join(dir, 'too-large.txt'), new Uint8Array(MAX_FILE_BYTES + 1).fill(0x61))
    await writeFile(path.join(dir, 'mock-locked.txt'), 'locked')
    await symlink(path.join(dir, 'nfc.txt'), path.join(dir, 'link.txt'))
    await mkdir(path.join(dir, 'empty-folder'))
    await mkdir(path.join(dir, 'mock-locked-folder'))
    await writeFile(path.join(dir, 'mock-locked-folder', 'a.txt'), 'unseen')
    result = await readInput(dir)
  })

  afterAll(async () => {
    await rm(dir, {recursive: true, force: true})
  })

  const fileOf = (name: string): VFile => {
    const file = result.byPath.get(name)
    if (!file) throw new Error(`not read: ${name}`)
    return file
  }
  const rules = (name: string): string[] => fileOf(name).messages.map((m) => `${m.ruleId}@${m.line ?? '?'}:${m.column ?? '?'}`)

  it('lists .txt and .md files by code point, skipping dot-files, symlinks and other extensions', async () => {
    const list = await listInputFiles(dir)
    expect(list).toEqual([...list].sort())
    expect(list).toContain('sub/dup-b.txt')
    expect(list).toContain('UPPER.TXT')
    expect(list).toContain('tên có dấu & <ký tự>.txt')
    expect(list).toContain('with space.txt')
    expect(list.some((p) => p.includes('.git') || p.includes('.hidden') || p === 'link.txt' || p.endsWith('.docx'))).toBe(false)
    expect(await listInputFiles(dir)).toEqual(list)
  })

  it('makes one vfile per listed file (then per unreadable folder), with paths relative to the input folder', async () => {
    expect(result.files.map((f) => f.path)).toEqual([...(await listInputFiles(dir)), 'mock-locked-folder'])
    expect(String(fileOf('replacement.txt').messages[0])).toMatch(/^replacement\.txt:3:6: /)
    expect(fileOf('tên có dấu & <ký tự>.txt').messages).toEqual([])
  })

  it('reports every hostile file, each with its rule', () => {
    expect(rules('empty.txt')).toEqual(['empty-file@?:?'])
    expect(rules('binary.txt')).toEqual(['binary-file@?:?'])
    expect(rules('invalid-utf8.txt')).toEqual(['invalid-utf8@3:9'])
    expect(rules('too-large.txt')).toEqual(['file-too-large@?:?'])
    expect(rules('mock-locked.txt')).toEqual(['unreadable-file@?:?'])
    expect(fileOf('mock-locked.txt').messages[0]?.reason).toContain("EACCES: permission denied, open 'mock-locked.txt'")
    expect(fileOf('mock-locked-folder').messages.map((m) => m.ruleId)).toEqual(['unreadable-file'])
    expect(fileOf('mock-locked-folder').messages[0]?.reason).not.toContain(dir)
  })

  it('keeps the first of two identical files and names it on the second', () => {
    expect(rules('dup-a.txt')).toEqual([])
    expect(rules('sub/dup-b.txt')).toEqual(['duplicate-file@?:?'])
    expect(fileOf('sub/dup-b.txt').messages[0]?.reason).toContain('dup-a.txt')
    expect(result.sources.map((s) => s.path)).not.toContain('sub/dup-b.txt')
  })

  it('keeps the text of every good file and puts it on its vfile', () => {
    const nfd = result.sources.find((s) => s.path === 'nfd.txt')
    expect(nfd?.text).toBe(ARTICLE)
    expect(fileOf('nfd.txt').value).toBe(ARTICLE)
    expect(result.sources.map((s) => s.path)).toContain('several-mb.txt')
    expect(new Set(result.sources.map((s) => s.sha256)).size).toBe(result.sources.length)
  })

  it('reports an unreadable file when permissions deny it (non-root runs)', async () => {
    if (process.getuid?.() === 0) return // root reads everything; the mock above covers it
    const locked = path.join(dir, 'locked.txt')
    await writeFile(locked, 'x')
    await chmod(locked, 0o000)
    const again = await readInput(dir)
    expect(again.byPath.get('locked.txt')?.messages.map((m) => m.ruleId)).toEqual(['unreadable-file'])
  })

  it('never touches the text: normalising it again changes nothing', () => {
    for (const source of result.sources) expect(normalizeText(source.text) === source.text).toBe(true)
  })
})
