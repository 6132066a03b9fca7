/**
 * The write stage: safe paths, collisions, streaming, and all-or-nothing
 * replacement of the output folder, including a build killed midway (run in
 * a child process with write.ts transpiled on the fly).
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rm, stat, utimes, writeFile} from 'node:fs/promises'
import {hostname, tmpdir} from 'node:os'
import path from 'node:path'
import ts from 'typescript'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import type {RuleId} from '../src/messages.js'
import {MANIFEST} from '../src/stages/keep.js'
import {acquireLock, lockPathFor, OutputLockedError} from '../src/stages/lock.js'
import {diskProblem, isSafeOutputPath, writeSite, WriteStageError} from '../src/stages/write.js'
import type {OutputFile} from '../src/types.js'

let root: string
let out: string
let reports: Array<[RuleId, Record<string, string | number>]>
const report = (ruleId: RuleId, params: Record<string, string | number>): void => {
  reports.push([ruleId, params])
}
const page = (p: string, origin = p, contents: string | Uint8Array = `<p>${p}</p>`): OutputFile => ({path: p, contents, origin})

/** Every file under a folder, relative, sorted (the manifest left out). */
async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((p) => path.posix.basename(p) !== MANIFEST)
    .sort()
}

/** Siblings of the output folder that the write stage made (tmp, trash and the lock). */
async function leftovers(): Promise<string[]> {
  return (await readdir(root)).filter((name) => /^\.dist-(tmp|trash)-/.test(name) || name.startsWith('.dist.lock'))
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
  it('links the files whose bytes the previous build wrote, and writes the rest', async () => {
    const files = (): OutputFile[] => [page('index.html'), page('a/index.html'), page('b/index.html'), page('img.bin', 'img', new Uint8Array([0, 1, 2]))]
    await writeSite(out, files(), report)
    const before = (await stat(path.join(out, 'a/index.html'))).ino
    // Someone edited a built file in place: its size no longer matches the manifest's bytes, so it is written again.
    await writeFile(path.join(out, 'b/index.html'), '<p>edited by hand, longer</p>')
    const again = await writeSite(out, [...files().slice(0, 3), page('img.bin', 'img', new Uint8Array([9, 9]))], report)
    expect(again.written).toBe(4)
    expect(again.unchanged).toBe(2)
    expect((await stat(path.join(out, 'a/index.html'))).ino).toBe(before)
    expect(await readFile(path.join(out, 'b/index.html'), 'utf8')).toBe('<p>b/index.html</p>')
    expect([...(await readFile(path.join(out, 'img.bin')))]).toEqual([9, 9])
  })

  it('links a page the render stage did not render (reuse) and keeps its view digest for the next build', async () => {
    await writeSite(out, [{...page('a/index.html'), view: 'v1'}, page('b/index.html')], report)
    const before = (await stat(path.join(out, 'a/index.html'))).ino
    const again = await writeSite(out, [{path: 'a/index.html', contents: '', origin: 'a', view: 'v1', reuse: true}, page('b/index.html')], report)
    expect(again).toMatchObject({written: 2, unchanged: 2, reused: 1})
    expect((await stat(path.join(out, 'a/index.html'))).ino).toBe(before)
    expect(await readFile(path.join(out, 'a/index.html'), 'utf8')).toBe('<p>a/index.html</p>')
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as {views: Record<string, string>; hashes: Record<string, string>}
    expect(manifest.views).toEqual({'a/index.html': 'v1'})
    expect(Object.keys(manifest.hashes).sort()).toEqual(['a/index.html', 'b/index.html'])
  })

  it('stops, leaving the previous output whole, when a page to reuse is not in the previous output', async () => {
    await writeSite(out, [page('index.html', 'old', 'old')], report)
    const error = await writeSite(out, [page('index.html'), {path: 'gone/index.html', contents: '', origin: 'gone', view: 'v', reuse: true}], report).catch((e: unknown) => e)
    expect(error).toMatchObject({ruleId: 'output-incomplete'})
    expect(await tree(out)).toEqual(['index.html'])
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old')
    expect(await leftovers()).toEqual([])
  })

  it('writes every file and returns the count', async () => {
    const result = await writeSite(out, [page('index.html'), page('articles/a/index.html'), page('img.bin', 'img', new Uint8Array([0, 1, 2]))], report)
    expect(result).toEqual({written: 3, unchanged: 0, reused: 0, collisions: [], unsafe: [], kept: []})
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

  it('removes the temporary folders of dead builds once it holds the lock', async () => {
    const dead = `.dist-tmp-${deadPid()}-abc123`
    await mkdir(path.join(root, dead, 'articles'), {recursive: true})
    await mkdir(path.join(root, '.other-tmp-1-abc'))
    await writeSite(out, [page('index.html')], report)
    expect((await readdir(root)).sort()).toEqual(['.other-tmp-1-abc', 'dist'])
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
    const [tmp, lock] = (await leftovers()).sort()
    expect(lock).toBe('.dist.lock')
    expect(tmp).toMatch(new RegExp(`^\\.dist-tmp-${child.pid}-[0-9a-f]+$`))
    expect(await tree(path.join(root, tmp ?? ''))).toEqual(['a.html', 'b.html'])

    await writeSite(out, [page('index.html', 'new', 'new')], report)
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new')
    expect(await leftovers()).toEqual([])
  })
})

describe('a build removes only what a build wrote', () => {
  it('keeps files a user added anywhere in the output after a build, and names them', async () => {
    await writeSite(out, [page('index.html'), page('old.html'), page('articles/a/index.html'), page('data/articles.json')], report)
    await writeFile(path.join(out, 'data', 'survey.csv'), 'a,b\n')
    await mkdir(path.join(out, 'articles', 'notes'))
    await writeFile(path.join(out, 'articles', 'notes', 'notes.txt'), 'my notes')
    await writeFile(path.join(out, 'CNAME'), 'example.org')
    await mkdir(path.join(out, 'empty-of-mine'))
    reports = []
    const result = await writeSite(out, [page('index.html', 'new', 'new'), page('articles/b/index.html'), page('data/articles.json')], report)
    expect(await tree(out)).toEqual(['CNAME', 'articles/b/index.html', 'articles/notes/notes.txt', 'data/articles.json', 'data/survey.csv', 'index.html'])
    expect(await readFile(path.join(out, 'data', 'survey.csv'), 'utf8')).toBe('a,b\n')
    expect(await readFile(path.join(out, 'articles', 'notes', 'notes.txt'), 'utf8')).toBe('my notes')
    expect(existsSync(path.join(out, 'empty-of-mine'))).toBe(true)
    expect(result.kept).toEqual(['CNAME', 'articles/notes/notes.txt', 'data/survey.csv', 'empty-of-mine/'])
    expect(reports).toEqual([['kept-files', {path: out, count: 4, names: 'CNAME, articles/notes/notes.txt, data/survey.csv, empty-of-mine/'}]])
    // Kept files stay kept on the build after that, and the manifest never lists them.
    await writeSite(out, [page('index.html')], report)
    expect(await tree(out)).toEqual(['CNAME', 'articles/notes/notes.txt', 'data/survey.csv', 'index.html'])
    const manifest = JSON.parse(await readFile(path.join(out, MANIFEST), 'utf8')) as {files: string[]}
    expect(manifest.files).toEqual(['index.html'])
    expect(await leftovers()).toEqual([])
  })

  it('never deletes the unknown files of an old output without a manifest (an earlier version\'s)', async () => {
    await mkdir(path.join(out, 'articles', 'x'), {recursive: true})
    await writeFile(path.join(out, 'index.html'), 'old')
    await writeFile(path.join(out, 'articles', 'x', 'index.html'), 'old page')
    await writeFile(path.join(out, 'articles', 'x', 'mine.txt'), 'mine')
    const result = await writeSite(out, [page('index.html', 'new', 'new')], report)
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new')
    expect(await tree(out)).toEqual(['articles/x/index.html', 'articles/x/mine.txt', 'index.html'])
    expect(result.kept).toEqual(['articles/x/index.html', 'articles/x/mine.txt'])
  })

  it('refuses to swap when a file of the user\'s own sits where the build now writes, and loses nothing', async () => {
    await writeSite(out, [page('index.html', 'old', 'old')], report)
    await writeFile(path.join(out, 'about.html'), 'my own about page')
    const error = await writeSite(out, [page('index.html', 'new', 'new'), page('about.html')], report).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WriteStageError)
    expect(error).toMatchObject({ruleId: 'output-conflict', params: {count: 1, names: 'about.html'}})
    expect(await readFile(path.join(out, 'about.html'), 'utf8')).toBe('my own about page')
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old')
    expect(await leftovers()).toEqual([])
  })
})

describe('two builds into one output folder', () => {
  /** A lock file as another build would leave it. */
  async function foreignLock(pid: number, namespace: string, ageMs: number): Promise<void> {
    const file = lockPathFor(out)
    await writeFile(file, JSON.stringify({token: 'other', pid, host: hostname(), namespace, started: '2024-01-01T00:00:00.000Z'}))
    const when = new Date(Date.now() - ageMs)
    await utimes(file, when, when)
  }

  it('a second build refuses while the first is writing; the first completes whole', async () => {
    await writeSite(out, [page('index.html', 'old', 'old')], report)
    let release!: () => void
    const paused = new Promise<void>((resolve) => (release = resolve))
    let halfway!: () => void
    const reached = new Promise<void>((resolve) => (halfway = resolve))
    const names = Array.from({length: 50}, (_, i) => `articles/${i}/index.html`)
    async function* slow(): AsyncGenerator<OutputFile> {
      for (const [i, name] of names.entries()) {
        if (i === 25) {
          halfway()
          await paused
        }
        yield page(name)
      }
    }
    const first = writeSite(out, slow(), report)
    await reached
    const [tmp] = (await leftovers()).filter((n) => n.includes('-tmp-'))
    const second = await writeSite(out, [page('index.html', 'second', 'second')], report).catch((e: unknown) => e)
    expect(second).toBeInstanceOf(OutputLockedError)
    expect(existsSync(path.join(root, tmp ?? 'none'))).toBe(true)
    release()
    expect((await first).written).toBe(50)
    expect(await tree(out)).toEqual([...names].sort())
  })

  it('refuses a lock whose holder cannot be seen (another PID namespace) while its heartbeat is fresh, touching nothing', async () => {
    await foreignLock(deadPid(), 'pid:[other-container]', 1_000)
    const theirs = path.join(root, `.dist-tmp-${deadPid()}-abc123`)
    await mkdir(path.join(theirs, 'articles'), {recursive: true})
    await writeFile(path.join(theirs, 'articles', 'x.html'), 'theirs')
    const error = await writeSite(out, [page('index.html')], report).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OutputLockedError)
    expect(await readFile(path.join(theirs, 'articles', 'x.html'), 'utf8')).toBe('theirs')
    expect(existsSync(out)).toBe(false)
    expect(JSON.parse(await readFile(lockPathFor(out), 'utf8'))).toMatchObject({token: 'other'})
  })

  it('breaks a lock whose heartbeat is stale, and only then removes its temporary folders', async () => {
    await foreignLock(deadPid(), 'pid:[other-container]', 10 * 60_000)
    await mkdir(path.join(root, `.dist-tmp-${deadPid()}-abc123`))
    await writeSite(out, [page('index.html')], report)
    expect(await tree(out)).toEqual(['index.html'])
    expect(await leftovers()).toEqual([])
  })

  it('breaks at once the lock of a process that is dead in this very PID namespace', async () => {
    const self = acquireLock(path.join(root, 'probe'))
    await foreignLock(deadPid(), self.info.namespace, 0)
    self.release()
    await writeSite(out, [page('index.html')], report)
    expect(await leftovers()).toEqual([])
  })

  it('keeps its lock fresh with a heartbeat', async () => {
    const lock = acquireLock(out, {heartbeatMs: 0})
    const past = new Date(Date.now() - 10 * 60_000)
    await utimes(lock.path, past, past)
    lock.beat()
    expect((await stat(lock.path)).mtimeMs).toBeGreaterThan(past.getTime() + 5 * 60_000)
    expect(lock.held()).toBe(true)
    lock.release()
    expect(existsSync(lock.path)).toBe(false)
  })

  it('never swaps in a site with a page missing: checks the temporary folder first', async () => {
    await writeSite(out, [page('index.html', 'old', 'old')], report)
    async function* sabotaged(): AsyncGenerator<OutputFile> {
      yield page('a.html')
      yield page('b.html')
      // Something outside the build (a second build that took the folder for stale) removes a page.
      const tmp = (await leftovers()).find((n) => n.includes('-tmp-'))
      await rm(path.join(root, tmp ?? 'none', 'a.html'))
      yield page('c.html')
    }
    const error = await writeSite(out, sabotaged(), report).catch((e: unknown) => e)
    expect(error).toMatchObject({ruleId: 'output-incomplete', params: {count: 1, expected: 3, names: 'a.html'}})
    expect(await tree(out)).toEqual(['index.html'])
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('old')
    expect(await leftovers()).toEqual([])
  })
})

describe('a write that fails on the disk', () => {
  it.each(['ENOSPC', 'EROFS', 'EACCES', 'ENAMETOOLONG'])('%s: keeps the old output, removes the temporary folder and the lock', async (code) => {
    await writeSite(out, [page('index.html', 'old', 'old')], report)
    async function* failing(): AsyncGenerator<OutputFile> {
      yield page('a.html')
      throw Object.assign(new Error(`${code}: simulated`), {code})
    }
    const error = await writeSite(out, failing(), report).catch((e: unknown) => e)
    expect(diskProblem(error)).toMatch(/\w/)
    expect(await tree(out)).toEqual(['index.html'])
    expect(await leftovers()).toEqual([])
  })

  it('a real name too long is reported as such', async () => {
    const error = await writeSite(out, [page(`${'x'.repeat(300)}.html`)], report).catch((e: unknown) => e)
    expect(diskProblem(error)).toBe('a file or folder name is longer than the file system allows')
    expect(await leftovers()).toEqual([])
  })
})

/** write.ts and the modules it imports as plain JS (they import nothing else of the project but `text/pattern`) and a script that hangs midway. */
async function childScript(): Promise<string> {
  const dir = path.join(root, 'child')
  await mkdir(dir)
  await writeFile(path.join(dir, 'package.json'), '{"type": "module"}\n')
  for (const name of ['write', 'keep', 'lock']) {
    const source = await readFile(new URL(`../src/stages/${name}.ts`, import.meta.url), 'utf8')
    const {outputText} = ts.transpileModule(source, {
      compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: false}
    })
    await writeFile(path.join(dir, `${name}.js`), outputText)
  }
  // write.ts imports `../text/pattern.js`, which imports nothing.
  await mkdir(path.join(root, 'text'), {recursive: true})
  const pattern = await readFile(new URL('../src/text/pattern.ts', import.meta.url), 'utf8')
  await writeFile(path.join(root, 'text', 'pattern.js'), ts.transpileModule(pattern, {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}}).outputText)
  const script = path.join(dir, 'run.js')
  await writeFile(
    script,
    [
      "import {writeSite} from './write.js'",
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
