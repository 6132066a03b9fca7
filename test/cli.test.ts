/**
 * The command as a user runs it: compiled, on the seeds, into temporary
 * folders. Two builds in two time zones must give the same bytes.
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'

const root = path.resolve(import.meta.dirname, '..')
const cli = path.join(root, 'lib/src/cli.js')
let work: string

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [cli, ...args], {cwd: root, encoding: 'utf8', env: {...process.env, ...env}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Every file under dir, relative, with its bytes. */
function tree(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>()
  const walk = (sub: string) => {
    for (const name of readdirSync(path.join(dir, sub)).sort()) {
      const rel = path.join(sub, name)
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel)
      else out.set(rel, readFileSync(path.join(dir, rel)))
    }
  }
  walk('')
  return out
}

// `lib/` is compiled from the current sources by the global setup (test/global-setup.ts).
beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), 'archive-cli-'))
})
afterAll(() => rmSync(work, {recursive: true, force: true}))

describe('archive-build', () => {
  it('builds the seeds and prints a summary', () => {
    const {code, stdout} = run(['--input', 'seeds', '--out', path.join(work, 'a')], {TZ: 'UTC'})
    expect(code).toBe(0)
    expect(stdout).toMatch(/^Read 5 articles\./m)
    expect(stdout).toMatch(/Wrote \d+ files/)
    expect(readdirSync(path.join(work, 'a', 'data')).sort()).toEqual(
      ['appearances.csv', 'articles.csv', 'articles.json', 'events.json', 'index.html', 'officials.json', 'provinces.json', 'slugs.json', 'topics.json']
    )
  })

  it('gives byte-identical output in another time zone', () => {
    expect(run(['--input', 'seeds', '--out', path.join(work, 'b')], {TZ: 'America/Los_Angeles'}).code).toBe(0)
    const a = tree(path.join(work, 'a'))
    const b = tree(path.join(work, 'b'))
    expect([...b.keys()]).toEqual([...a.keys()])
    for (const [file, bytes] of a) expect(b.get(file)?.equals(bytes), file).toBe(true)
  })

  it('exits 1 and leaves the old output when nothing can be built', () => {
    const empty = path.join(work, 'empty')
    const out = path.join(work, 'kept')
    mkdirSync(empty)
    mkdirSync(out)
    writeFileSync(path.join(out, 'index.html'), 'old')
    const {code, stdout} = run(['--input', empty, '--out', out])
    expect(code).toBe(1)
    expect(stdout).toMatch(/Wrote nothing/)
    expect(readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('old')
  })

  it('reports a bad file with its place and still builds the rest; --strict fails', () => {
    const input = path.join(work, 'mixed')
    mkdirSync(input)
    writeFileSync(path.join(input, 'good.txt'), readFileSync(path.join(root, 'seeds/004_cf6924da87c88e48.txt')))
    writeFileSync(path.join(input, 'bad.md'), '---\ndate: 2024-02-30\n---\nNgày 5/3, tại tỉnh Long An.\n')
    writeFileSync(path.join(input, 'empty.txt'), '  \n')
    const loose = run(['--input', input, '--out', path.join(work, 'mixed-out'), '--verbose'])
    expect(loose.code).toBe(0)
    expect(loose.stdout).toMatch(/bad\.md:2:\d+ +warning .*\[front-matter-date\]/)
    expect(loose.stdout).toMatch(/empty\.txt.*\[empty-file\]/)
    const strict = run(['--input', input, '--out', path.join(work, 'strict-out'), '--strict'])
    expect(strict.code).toBe(1)
  })

  it('exits 2 on an unknown option', () => {
    expect(run(['--nope']).code).toBe(2)
  })
})

describe('archive.config.json', () => {
  /** Run the command in another working folder. */
  function runIn(cwd: string, args: string[]) {
    const result = spawnSync(process.execPath, [cli, ...args], {cwd, encoding: 'utf8'})
    return {code: result.status, stdout: result.stdout, stderr: result.stderr}
  }

  it('reads the config in the working folder, paths relative to it; flags override it; static/ beside it is copied over two builds', () => {
    const project = path.join(work, 'project')
    mkdirSync(path.join(project, 'static'), {recursive: true})
    writeFileSync(path.join(project, 'static', 'CNAME'), 'luu-tru.example.org\n')
    writeFileSync(path.join(project, 'archive.config.json'), JSON.stringify({
      title: 'Kho của tôi', url: 'https://user.github.io/luu-tru/', input: path.relative(project, path.join(root, 'seeds')), out: 'site'
    }, null, 2))
    for (let i = 0; i < 2; i++) expect(runIn(project, []).code).toBe(0)
    const home = readFileSync(path.join(project, 'site', 'index.html'), 'utf8')
    expect(home).toContain('Kho của tôi')
    expect(home).toContain('href="/luu-tru/style.css"')
    expect(home).toContain('<link rel="canonical" href="https://user.github.io/luu-tru/">')
    expect(readFileSync(path.join(project, 'site', 'CNAME'), 'utf8')).toBe('luu-tru.example.org\n')
    expect(runIn(project, ['--title', 'Tên khác', '--base', '/', '--out', 'other']).code).toBe(0)
    const other = readFileSync(path.join(project, 'other', 'index.html'), 'utf8')
    expect(other).toContain('Tên khác')
    expect(other).toContain('href="/style.css"')
  })

  it('refuses an unknown key or a wrong type with the file, line and column, before any work', () => {
    const bad = path.join(work, 'bad')
    mkdirSync(bad, {recursive: true})
    writeFileSync(path.join(bad, 'my.json'), '{\n  "title": "A",\n  "outt": "x",\n  "base": 1\n}\n')
    const result = runIn(bad, ['--config', 'my.json'])
    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^my\.json:3:3 {2}error {2}Unknown key "outt"/m)
    expect(result.stderr).toMatch(/^my\.json:4:3 {2}error {2}The value of "base" must be a string/m)
    expect(readdirSync(bad)).toEqual(['my.json'])
  })
})

describe('options are checked before any work', () => {
  it.each(['javascript:alert(1)', '../', '/a b/', '/x/../y/'])('refuses --base %j in one line, exit 2, before reading or writing', (base) => {
    const out = path.join(work, 'never-written')
    // The input folder does not exist: a build that read first would say so instead.
    const {code, stdout, stderr} = run(['--input', path.join(work, 'no-such-input'), '--out', out, '--base', base])
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toMatch(/^--base {2}error {2}The option --base `.*` is not a path the site can be served under: nothing was read or written\. To fix: .*\[bad-option\]\n$/)
    expect(stderr).not.toMatch(/\n\s+at /)
    expect(readdirSync(work)).not.toContain('never-written')
  })

  it('-h and --help print the help naming the command as typed; --version prints the version', () => {
    const short = run(['-h'], {npm_lifecycle_event: ''})
    expect(short.code).toBe(0)
    expect(short.stdout).toMatch(/^Usage: node lib\/src\/cli\.js \[options\]/)
    expect(short.stdout).toContain('--version')
    expect(run(['-h'], {npm_lifecycle_event: 'build'}).stdout).toMatch(/^Usage: npm run build -- \[options\]/)
    const version = run(['--version'])
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe((JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {version: string}).version)
  })
})

describe('what the command prints', () => {
  it('escapes control characters from file names and front matter: no article can drive the terminal or forge a line', () => {
    const input = path.join(work, 'controls')
    mkdirSync(input)
    const body = 'Ngày 23/7/2024, tại Thanh Hóa, hội nghị tập huấn công tác nhân quyền diễn ra.\n'
    writeFileSync(path.join(input, 'bell\u0007\u001b[2Jname.md'), `---\n"\\e]0;pwned\\akey": 1\ndate: "2024-02-30\\e[31m"\n---\n${body}`)
    writeFileSync(path.join(input, 'line\nbreak.md'), `---\n"forged\\n/etc/passwd:1:1  error  fake  [x]": 1\n---\n${body}`)
    const {code, stdout} = run(['--input', input, '--out', path.join(work, 'controls-out'), '--verbose'])
    expect(code).toBe(0)
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/)
    expect(stdout).toContain('bell\\u0007\\u001b[2Jname.md')
    expect(stdout).toContain('\\u001b]0;pwned\\u0007key')
    expect(stdout).toContain('line\\u000abreak.md')
    expect(stdout).not.toMatch(/^\/etc\/passwd/m)
    const details = stdout.split('\n\n')[1]?.trim().split('\n') ?? []
    for (const line of details) expect(line).toMatch(/^.+:\d+:\d+ {2}(warning|error|info) {2}.+ {2}\[[a-z0-9-]+\]$/)
  })

  it('a name too long: one line that says what, why and what to do, exit 1, no stack trace, nothing left', () => {
    const parent = path.join(work, 'long')
    mkdirSync(parent)
    const {code, stdout, stderr} = run(['--input', 'seeds', '--out', path.join(parent, 'x'.repeat(300))])
    expect(code).toBe(1)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/ {2}error {2}The site could not be written to `.*`: a file or folder name is longer than the file system allows \(ENAMETOOLONG\): .*To fix: do this, then build again: give --out a shorter path\. {2}\[write-failed\]$/m)
    expect(readdirSync(parent)).toEqual([])
  })
})
