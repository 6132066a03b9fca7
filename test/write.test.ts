/**
 * The write stage: safe paths, collisions, streaming, and all-or-nothing
 * replacement of the output folder, including a build killed midway (run in
 * a child process with write.ts transpiled on the fly).
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {RuleId} from '../src/messages.js'
import {isSafeOutputPath, writeSite} from '../src/stages/write.js'
import type {OutputFile} from '../src/types.js'

let root: string
let out: string
let reports: Array<[RuleId, Record<string, string | number>]>
const report = (ruleId: RuleId, params: Record<string, string | number>): void => {
  reports.push([ruleId, params])
}
const page = (p: string, origin = p, contents: string | Uint8Array = `<p>${p}</p>`): OutputFile => ({path: p, contents, origin})

/** Every file under a folder, relative, sorted. */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
}

/** Siblings of the output folder that the write stage made (tmp and trash). */
async function leftovers(): Promise<string[]> {
  return (await readdir(root)).filter((name) => /^\.dist-(tmp|trash)-/.test(name))
}

/** A process id that is certainly not running any more. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', ''])
  return child.pid ?? 999_999_999
}

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'write-'))
  out = path.join(root, 'dist')
  reports = []
})
afterEach(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('isSafeOutputPath', () => {
  it.each(['index.html', 'articles/abc/index.html', 'data/articles.json', 'a/.well-known/x', 'tên/có dấu & <x>.html', '...', 'a..b/c'])(
    'accepts %j',
    (p) => expect(isSafeOutputPath(p)).toBe(true)
  )
  it.each([
    '', '.', '..', '../x', 'a/../../x', 'a/..', './a', 'a/./b', '/etc/passwd', '//x', 'a//b', 'a/', 'C:x', 'c:/x',
    'a\\..\\x', '..\\x', 'a\0b', 'a\nb', 'a\tb'
  ])('rejects %j', (p) => expect(isSafeOutputPath(p)).toBe(false))
})

describe('writeSite', () => {
  it('writes every file and returns the count', async () => {
    const result = await writeSite(out, [page('index.html'), page('articles/a/index.html'), page('img.bin', 'img', new Uint8Array([0, 1, 2]))], report)
    expect(result).toEqual({written: 3, collisions: [], unsafe: []})
    expect(await tree(out)).toEqual(['articles/a/index.html', 'img.bin', 'index.html'])
    expect([...(await readFile(path.join(out, 'img.bin')))]).toEqual([0, 1, 2])
    expect(reports).toEqual([])
    expect(await leftovers()).toEqual([])
  })

  it('replaces the previous output entirely', async () => {
    await writeSite(out, [page('old.html'), page('index.html', 'old', 'old')], report)
    await writeSite(out, [page('index.html', 'new', 'new')], report)
    expect(await tree(out)).toEqual(['index.html'])
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new')
    expect(await leftovers()).toEqual([])
  })

  it('skips and reports unsafe paths, writing nothing outside', async () => {
    const bad = ['../escape.html', '/tmp/abs.html', 'a/../../escape2.html', 'x\\..\\y', 'nul\0.html', '']
    const result = await writeSite(out, [...bad.map((p) => page(p)), page('ok.html')], report)
    expect(result.unsafe).toEqual(bad)
    expect(result.written).toBe(1)
    expect(reports.map(([rule]) => rule)).toEqual(bad.map(() => 'unsafe-path'))
    expect(reports[4]?.[1].path).toBe('nul\\u0000.html')
    expect(await tree(root)).toEqual(['dist/ok.html'])
  })

  it('writes the first of colliding files and reports every collision at the end', async () => {
    const files = [
      page('articles/a/index.html', 'article a', 'first'),
      page('articles/a/index.html', 'article a-again', 'second'),
      page('Articles/A/index.html', 'article A', 'third'),
      page('topics/hòa/index.html', 'topic nfc'),
      page('topics/ho\u0300a/index.html', 'topic nfd'),
      page('x/index.html', 'x page'),
      page('x', 'file over a folder'),
      page('y', 'file y'),
      page('y/index.html', 'folder under a file'),
      page('z.html', 'z')
    ]
    const result = await writeSite(out, files, report)
    expect(result.collisions).toEqual([
      {path: 'articles/a/index.html', origins: ['article a', 'article a-again', 'article A']},
      {path: 'topics/hòa/index.html', origins: ['topic nfc', 'topic nfd']},
      {path: 'x', origins: ['x page', 'file over a folder']},
      {path: 'y', origins: ['file y', 'folder under a file']}
    ])
    expect(reports).toEqual([
      ['path-collision', {pages: 'article a, article a-again, article A', path: 'articles/a/index.html'}],
      ['path-collision', {pages: 'topic nfc, topic nfd', path: 'topics/hòa/index.html'}],
      ['path-collision', {pages: 'x page, file over a folder', path: 'x'}],
      ['path-collision', {pages: 'file y, folder under a file', path: 'y'}]
    ])
    expect(result.written).toBe(5)
    expect(await readFile(path.join(out, 'articles/a/index.html'), 'utf8')).toBe('first')
    expect(await tree(out)).toEqual(['articles/a/index.html', 'topics/hòa/index.html', 'x/index.html', 'y', 'z.html'])
  })

  it('writes each file as it is yielded, into a temporary sibling folder', async () => {
    const seen: string[][] = []
    async function* pages(): AsyncGenerator<OutputFile> {
      yield page('one.html')
      const [tmp] = await leftovers()
      seen.push(tmp ? await tree(path.join(root, tmp)) : [])
      seen.push(existsSync(out) ? ['dist exists'] : [])
      yield page('two.html')
    }
    await writeSite(out, pages(), report)
    expect(seen).toEqual([['one.html'], []])
    expect(await tree(out)).toEqual(['one.html', 'two.html'])
  })

  it('leaves the previous output intact when the build fails midway', async () => {
    await writeSite(out, [page('index.html', 'old', 'old')], report)
    async function* failing(): AsyncGenerator<OutputFile> {
      yield page('index.html', 'new', 'new')
      throw new Error('render failed')
    }
    await expect(writeSite(out, failing(), report)).rejects.toThrow('render failed')
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old')
    expect(await leftovers()).toEqual([])
  })

  it('removes the temporary folders of dead builds, and leaves live ones', async () => {
    const dead = `.dist-tmp-${deadPid()}-abc123`
    const live = `.dist-tmp-${process.ppid}-def456`
    await mkdir(path.join(root, dead, 'articles'), {recursive: true})
    await mkdir(path.join(root, live))
    await mkdir(path.join(root, '.other-tmp-1-abc'))
    await writeSite(out, [page('index.html')], report)
    expect((await readdir(root)).sort()).toEqual(['.dist-tmp-' + process.ppid + '-def456', '.other-tmp-1-abc', 'dist'])
  })

  it('puts back the output of a build killed between its two renames', async () => {
    const trash = path.join(root, `.dist-trash-${deadPid()}-abc123`)
    await mkdir(trash)
    await writeFile(path.join(trash, 'index.html'), 'previous')
    async function* failing(): AsyncGenerator<OutputFile> {
      yield* []
      throw new Error('stop before the swap')
    }
    await expect(writeSite(out, failing(), report)).rejects.toThrow()
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('previous')
    expect(await leftovers()).toEqual([])
  })

  it('survives being killed midway: the old output stays, the next run cleans up', async () => {
    await writeSite(out, [page('index.html', 'old', 'old')], report)
    const script = await childScript()
    const child = spawn(process.execPath, [script, out], {stdio: ['ignore', 'pipe', 'inherit']})
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('halfway')) resolve()
      })
      child.on('exit', () => reject(new Error('child exited early')))
    })
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGKILL')
    await exited
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old')
    const [tmp] = await leftovers()
    expect(tmp).toMatch(new RegExp(`^\\.dist-tmp-${child.pid}-[0-9a-f]+$`))
    expect(await tree(path.join(root, tmp ?? ''))).toEqual(['a.html', 'b.html'])

    await writeSite(out, [page('index.html', 'new', 'new')], report)
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new')
    expect(await leftovers()).toEqual([])
  })
})

/** Transpile one source file to plain JS. */
async function transpile(file: string): Promise<string> {
  const source = await readFile(new URL(`../src/${file}`, import.meta.url), 'utf8')
  return ts.transpileModule(source, {
    compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false}
  }).outputText
}

/**
 * write.ts as plain JS (at run time it imports only `text/pattern.ts`, which
 * imports nothing) and a script that hangs midway.
 */
async function childScript(): Promise<string> {
  const dir = path.join(root, 'child')
  await mkdir(dir)
  await mkdir(path.join(root, 'text'))
  await writeFile(path.join(root, 'text', 'pattern.js'), await transpile('text/pattern.ts'))
  await writeFile(path.join(dir, 'write.mjs'), await transpile('stages/write.ts'))
  const script = path.join(dir, 'run.mjs')
  await writeFile(
    script,
    [
      "import {writeSite} from './write.mjs'",
      'async function* pages() {',
      "  yield {path: 'a.html', contents: 'a', origin: 'a'}",
      "  yield {path: 'b.html', contents: 'b', origin: 'b'}",
      "  process.stdout.write('halfway\\n')",
      '  await new Promise(() => setInterval(() => {}, 1000))',
      '}',
      'await writeSite(process.argv[2], pages(), () => {})'
    ].join('\n')
  )
  return script
}
