/**
 * The command as a user runs it: compiled, on the seeds, into temporary
 * folders. Two builds in two time zones must give the same bytes.
 */
import {execFileSync, spawnSync} from 'node:child_process'
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

beforeAll(() => {
  execFileSync(process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {cwd: root})
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
    expect(result.stderr).toMatch(/^my\.json:4:3 {2}error {2}"base" must be a string/m)
    expect(readdirSync(bad)).toEqual(['my.json'])
  })
})
