/**
 * The command as users hit it, in a child process, on the project
 * transpiled into a temporary folder (`transpiled.ts`):
 *
 * - a build killed with SIGKILL while it writes leaves the previous output
 *   whole and byte-identical, and the next build succeeds and removes the
 *   dead build's temporary folder (test/write.test.ts checks the same at
 *   the `writeSite` level, with a fake page stream);
 * - a build that must not start (no input folder, an output path that is
 *   not a replaceable folder) says why and touches nothing;
 * - `--strict` fails the build (exit 1) on any warning, and only then;
 * - `--verbose` lists every message as `file:line:column  level  reason  [rule]`,
 *   and the summary says, per rule, why it matters and what to do.
 */
import {spawn, spawnSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {RULES, type RuleId} from '../src/messages.js'
import {writeCorpus} from './fixtures/hostile/corpus.js'
import {ROOT, transpileProject} from './transpiled.js'

const SEEDS = path.join(ROOT, 'seeds')

/** How many times the seeds are copied for the build that is killed: its writing takes a second or more. */
const COPIES = 30
/** Files the killed build must have written into its temporary folder before it is killed. */
const WRITTEN_BEFORE_KILL = 25
/** A plain progress line of `src/pipeline/progress.ts`: `<phase>: <done>/<total> (<n>%) <rate>` or `<phase>: <n> done <rate>`. */
const PROGRESS_LINE = /^[\p{L}-]+: \d+(?:\/\d+ \(\d+%\)| done)(?: \d+\/s)? *$/u

let work: string
let cli: string

function run(args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: work, encoding: 'utf8'})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Every file under `dir` (relative) with its bytes, leaving out names that match `skip`. */
async function snapshot(dir: string, skip?: RegExp): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  for (const e of await readdir(dir, {recursive: true, withFileTypes: true})) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/')
    if (skip?.test(rel) || !e.isFile()) continue
    out.set(rel, await readFile(path.join(dir, rel)))
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)))
}

function expectSameTree(actual: Map<string, Buffer>, expected: Map<string, Buffer>): void {
  expect([...actual.keys()]).toEqual([...expected.keys()])
  for (const [name, bytes] of expected) expect(actual.get(name)?.equals(bytes), name).toBe(true)
}

/** The seeds, `copies` times over, each copy made distinct (so none is a duplicate file). */
async function manySeeds(dir: string, copies: number): Promise<void> {
  await mkdir(dir)
  const seeds = (await readdir(SEEDS)).sort()
  for (const name of seeds) {
    const text = await readFile(path.join(SEEDS, name), 'utf8')
    for (let i = 0; i < copies; i++) await writeFile(path.join(dir, `${String(i).padStart(3, '0')}-${name}`), `${text}\nBản sao số ${i}.\n`)
  }
}

/** The temporary folders of builds writing `out` (see `write.ts`). */
async function temporaryFolders(site: string): Promise<string[]> {
  return (await readdir(site)).filter((name) => /^\.dist-(tmp|trash)-\d+-[0-9a-f]+$/.test(name))
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'archive-kill-'))
  await transpileProject(path.join(work, 'app'))
  cli = path.join(work, 'app/src/cli.js')
})
afterAll(async () => {
  await rm(work, {recursive: true, force: true})
})

describe('a build killed while it writes', () => {
  it('leaves the previous output whole and byte-identical; the next build succeeds and cleans up', {timeout: 90_000}, async () => {
    const site = path.join(work, 'site')
    const out = path.join(site, 'dist')
    const big = await bigInput()
    await mkdir(site)

    await previousOutput(out)
    const previous = await snapshot(site)
    expect(previous.size).toBeGreaterThan(20)

    const child = spawn(process.execPath, [cli, '--input', big, '--out', out], {cwd: work, stdio: 'ignore'})
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once('exit', (_code, signal) => resolve(signal)))
    let done = false
    void exited.then(() => (done = true))
    const prefix = `.dist-tmp-${child.pid}-`
    // Wait until the build is writing: its temporary folder holds some files.
    for (;;) {
      if (done) throw new Error('the build finished before it could be killed: make COPIES larger')
      const tmp = (await readdir(site)).find((name) => name.startsWith(prefix))
      const files = tmp ? (await readdir(path.join(site, tmp), {recursive: true, withFileTypes: true}).catch(() => [])).filter((e) => e.isFile()).length : 0
      if (files >= WRITTEN_BEFORE_KILL) break
      await new Promise((resolve) => setTimeout(resolve, 5))
    }
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    // The previous output is whole; the dead build's folder and lock are beside it, unfinished.
    expectSameTree(await snapshot(site, /^\.dist-tmp-|^\.dist\.lock$/), previous)
    expect(existsSync(path.join(site, '.dist.lock'))).toBe(true)
    const left = await temporaryFolders(site)
    expect(left).toHaveLength(1)
    expect(left[0]?.startsWith(prefix)).toBe(true)

    // The next build breaks the dead build's lock (its process is gone, in this PID namespace),
    // succeeds, removes the dead build's folder, and gives the same bytes as before.
    const next = run(['--input', SEEDS, '--out', out])
    expect(next.code, next.stderr).toBe(0)
    expect(await temporaryFolders(site)).toEqual([])
    expectSameTree(await snapshot(site), previous)
  })
})

let seedsBuilt: Promise<string> | undefined
/**
 * Give `out` a previous output: a finished build of the seeds, made once by
 * the command and copied (manifest included) for each test that needs one.
 */
async function previousOutput(out: string): Promise<void> {
  seedsBuilt ??= (async () => {
    const dir = path.join(work, 'seeds-built', 'dist')
    await mkdir(path.dirname(dir))
    const built = run(['--input', SEEDS, '--out', dir])
    if (built.code !== 0) throw new Error(`the seeds did not build: ${built.stdout}${built.stderr}`)
    return dir
  })()
  await cp(await seedsBuilt, out, {recursive: true})
}

let bigMade: Promise<string> | undefined
/** The seeds `COPIES` times over, made once for every test here. */
function bigInput(): Promise<string> {
  bigMade ??= (async () => {
    const big = path.join(work, 'big-shared')
    await manySeeds(big, COPIES)
    return big
  })()
  return bigMade
}

/** Start a build of `big` into `out` and wait until it is writing; returns the child and its exit. */
async function startWriting(big: string, out: string) {
  const child = spawn(process.execPath, [cli, '--input', big, '--out', out], {cwd: work, stdio: ['ignore', 'pipe', 'pipe']})
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
    child.once('exit', (code, signal) => resolve({code, signal}))
  )
  let done = false
  void exited.then(() => (done = true))
  const site = path.dirname(out)
  const prefix = `.${path.basename(out)}-tmp-${child.pid}-`
  for (;;) {
    if (done) throw new Error('the build finished before it was written halfway: make COPIES larger')
    const tmp = (await readdir(site)).find((name) => name.startsWith(prefix))
    const files = tmp ? (await readdir(path.join(site, tmp), {recursive: true, withFileTypes: true}).catch(() => [])).filter((e) => e.isFile()).length : 0
    if (files >= WRITTEN_BEFORE_KILL) break
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
  return {child, exited, stderr: () => stderr}
}

describe('a build stopped by Ctrl+C or kill', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143]
  ] as const)('%s: one clear message, exit %i, previous output whole, no temporary folder and no lock left', {timeout: 90_000}, async (signal, code) => {
    const site = path.join(work, `site-${signal}`)
    const out = path.join(site, 'dist')
    const big = await bigInput()
    await mkdir(site)
    await previousOutput(out)
    const previous = await snapshot(site)
    const build = await startWriting(big, out)
    build.child.kill(signal)
    expect(await build.exited).toEqual({code, signal: null})
    // Progress lines (`write: 150/600 (25%) 80/s`, a line per quarter of a phase off a terminal) may come
    // first when the build got that far before the signal (a loaded machine); the message is one line.
    const lines = build.stderr().trim().split('\n').filter((line) => !PROGRESS_LINE.test(line))
    expect(lines, build.stderr()).toHaveLength(1)
    expect(lines[0]).toMatch(new RegExp(`^dist|.*dist {2}error {2}The build was stopped by ${signal}: .*To fix: .*\\[build-interrupted\\]$`))
    expect(build.stderr()).not.toMatch(/\n\s+at /)
    expect((await readdir(site)).sort()).toEqual(['dist'])
    expectSameTree(await snapshot(site), previous)
  })
})

describe('two builds into one output folder', () => {
  it('the second refuses with a clear message while the first writes; the first completes whole', {timeout: 90_000}, async () => {
    const site = path.join(work, 'site-two')
    const out = path.join(site, 'dist')
    const big = await bigInput()
    await mkdir(site)
    const first = await startWriting(big, out)
    // The first build is paused halfway through writing while the second
    // runs, so the race does not depend on how fast the first one writes
    // (its lock's heartbeat stays fresh: a pause of a second or two is far
    // under the staleness limit).
    first.child.kill('SIGSTOP')
    let second: ReturnType<typeof run>
    try {
      second = run(['--input', SEEDS, '--out', out])
    } finally {
      first.child.kill('SIGCONT')
    }
    expect(second.code).toBe(1)
    expect(second.stdout).toMatch(/ {2}error {2}Another build is writing `.*dist` \(lock `.*\.dist\.lock`, held by process \d+ on .*\[output-locked\]$/m)
    expect((await first.exited).code).toBe(0)
    // Every page the first build meant to write is there (besides the index's own pages, under page/).
    const articles = await readdir(path.join(out, 'articles'))
    expect(articles.filter((n) => !n.endsWith('.html') && n !== 'page')).toHaveLength((await readdir(big)).length)
    expect((await readdir(site)).sort()).toEqual(['dist'])
  })
})

describe('a build that must not start', () => {
  it('says why, with no stack trace, and touches nothing: a missing input folder, an input file as --out', async () => {
    const missing = run(['--input', path.join(work, 'no-such-folder'), '--out', path.join(work, 'never')])
    expect(missing.code).toBe(1)
    expect(missing.stderr).toBe('')
    expect(missing.stdout).toMatch(/no-such-folder {2}error {2}The input folder `.*no-such-folder` could not be read: .*\[input-unreadable\]$/m)
    const input = path.join(work, 'precious')
    await mkdir(input)
    await writeFile(path.join(input, 'a.txt'), 'Ngày 23/7/2024, tại Thanh Hóa, hội nghị diễn ra.\n')
    const overwrite = run(['--input', input, '--out', path.join(input, 'a.txt')])
    expect(overwrite.code).toBe(1)
    expect(overwrite.stdout).toMatch(/a\.txt {2}error {2}The output folder `.*a\.txt` is a file, not a folder: .*\[unsafe-output\]$/m)
    expect(await readFile(path.join(input, 'a.txt'), 'utf8')).toBe('Ngày 23/7/2024, tại Thanh Hóa, hội nghị diễn ra.\n')
    expect((await readdir(work)).filter((n) => n.startsWith('.never-') || n === 'never')).toEqual([])
  })
})

describe('--strict and --verbose', () => {
  /** An article whose front matter sets what extraction would warn about: no warning at all. */
  const CLEAN = [
    '---',
    'title: "Hội nghị tập huấn công tác nhân quyền năm 2024"',
    'date: "2024-05-29"',
    'province: "Thanh Hóa"',
    '---',
    'Sáng 29/5/2024, tại tỉnh Thanh Hóa, Ban Chỉ đạo Nhân quyền tỉnh tổ chức hội nghị tập huấn công tác nhân quyền năm 2024 cho hơn 120 đại biểu.',
    '',
    'Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực Ban Chỉ đạo Nhân quyền Chính phủ, báo cáo tại hội nghị.',
    ''
  ].join('\n')

  it('passes a build without warnings with --strict', async () => {
    const input = path.join(work, 'clean')
    await mkdir(input)
    await writeFile(path.join(input, 'clean.md'), CLEAN)
    const result = run(['--input', input, '--out', path.join(work, 'clean-out'), '--strict'])
    expect(result.stdout).toMatch(/^No warnings\.$/m)
    expect(result.code, result.stdout + result.stderr).toBe(0)
  })

  it('fails the build on a single warning with --strict only', async () => {
    const input = path.join(work, 'one-warning')
    await mkdir(input)
    await writeFile(path.join(input, 'clean.md'), CLEAN)
    await writeFile(path.join(input, 'bad.md'), CLEAN.replace('date: "2024-05-29"', 'date: "2024-02-30"'))
    const loose = run(['--input', input, '--out', path.join(work, 'one-loose')])
    expect(loose.code).toBe(0)
    expect(loose.stdout).toMatch(/^ +1 × front-matter-date: /m)
    const strict = run(['--input', input, '--out', path.join(work, 'one-strict'), '--strict'])
    expect(strict.code).toBe(1)
    expect(strict.stderr).toMatch(/--strict: 1 message/)
  })

  it('lists every message of the hostile corpus as file:line:column, and fails it with --strict', async () => {
    const input = path.join(work, 'hostile')
    await writeCorpus(input, path.join(work, 'canary'))
    const {code, stdout} = run(['--input', input, '--out', path.join(work, 'hostile-out'), '--verbose', '--strict'])
    expect(code).toBe(1)
    const count = Number(/^(\d+) messages?:$/m.exec(stdout)?.[1])
    expect(count).toBeGreaterThan(20)
    const details = stdout.split('\n\n')[1]?.trim().split('\n') ?? []
    expect(details).toHaveLength(count)
    for (const line of details) {
      const match = /^(.+):(\d+):(\d+) {2}(warning|error) {2}(.+) {2}\[([a-z0-9-]+)\]$/.exec(line)
      expect(match, line).not.toBeNull()
      expect(Number(match?.[2]), line).toBeGreaterThanOrEqual(1)
      expect(Number(match?.[3]), line).toBeGreaterThanOrEqual(1)
      const rule = RULES[match?.[6] as RuleId]
      expect(rule, line).toBeDefined()
      expect(match?.[5], line).toContain(`To fix: ${rule.fix.split('{')[0]}`)
    }
    expect(details).toContain('tên có dấu & <ký tự>.txt:3:1  warning  The date `Ngày 23/7` has no year, and nothing else in the article gives one: a year is never guessed, so the date is unknown. To fix: add `date: YYYY-MM-DD` to the front matter.  [date-no-year]')
    expect(details.some((l) => l.startsWith('empty.txt:1:1  error  ') && l.endsWith('[empty-file]'))).toBe(true)
    expect(details.some((l) => l.startsWith('impossible-date.md:2:1  warning  ') && l.endsWith('[front-matter-date]'))).toBe(true)
    // The summary gives each rule's count, why it matters and what to do.
    const summary = stdout.split('\n\n')[0] ?? ''
    for (const ruleId of new Set(details.map((l) => /\[([a-z0-9-]+)\]$/.exec(l)?.[1] as RuleId))) {
      const rule = RULES[ruleId]
      expect(summary).toContain(`× ${ruleId}: ${rule.why}; ${rule.fix}`)
    }
  })
})
