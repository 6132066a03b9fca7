/**
 * The per-article pipeline around the stages: the result cache (a hit gives
 * the same records and messages; a corrupt or foreign entry is rebuilt;
 * `--no-cache` neither reads nor writes), the worker pool (1 and 2 workers
 * give byte-identical sites) and the progress display.
 *
 * The command runs from `lib/`, compiled by the global setup
 * (test/global-setup.ts).
 */
import {execFileSync} from 'node:child_process'
import {mkdtemp, readdir, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {describe, expect, it} from 'vitest'
import {writeCorpus} from '../scripts/corpus.js'
import {collect} from '../src/build.js'
import {entryKey} from '../src/pipeline/cache.js'
import {createProgress, MIN_TOTAL} from '../src/pipeline/progress.js'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const seeds = path.join(root, 'seeds')

async function temp(name: string): Promise<string> {
  return mkdtemp(path.join(tmpdir(), `archive-${name}-`))
}

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = []
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, {withFileTypes: true})) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) await walk(full)
      else out.push(path.relative(dir, full))
    }
  }
  await walk(dir).catch(() => undefined)
  return out.sort()
}

/** What a build shows of its archive and messages. */
async function snapshot(cacheDir: string | null): Promise<{archive: string; stories: string; messages: string[]}> {
  const built = await collect(seeds, {cacheDir})
  return {
    archive: JSON.stringify(built.archive),
    stories: JSON.stringify([...built.stories]),
    messages: built.files.flatMap((f) => f.messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.reason} [${m.ruleId}] ${m.source} ${m.fatal}`))
  }
}

describe('the result cache', () => {
  it('gives the same records and messages on a hit as a cold build', async () => {
    const cache = await temp('cache')
    const cold = await snapshot(null)
    const first = await snapshot(cache)
    expect((await filesUnder(cache)).length).toBe(5)
    const hit = await snapshot(cache)
    expect(first).toEqual(cold)
    expect(hit).toEqual(cold)
    expect(cold.messages.length).toBeGreaterThan(0)
  })

  it('ignores and rebuilds a corrupt or foreign entry', async () => {
    const cache = await temp('cache')
    const cold = await snapshot(null)
    await snapshot(cache)
    const entries = await filesUnder(cache)
    // One entry is cut short, one holds another entry's key, one a result with a wrong shape.
    const [a, b, c] = entries.map((e) => path.join(cache, e))
    await writeFile(a!, '{"key": "')
    const other = JSON.parse(await readFile(c!, 'utf8')) as {key: string; result: unknown}
    await writeFile(b!, JSON.stringify({key: other.key, result: other.result}))
    await writeFile(c!, JSON.stringify({key: other.key, result: {path: 'x'}}))
    expect(await snapshot(cache)).toEqual(cold)
    // Rebuilt: every entry parses and embeds its own key again.
    for (const e of entries) {
      const parsed = JSON.parse(await readFile(path.join(cache, e), 'utf8')) as {key: string}
      expect(path.basename(e, '.json')).toBe(parsed.key)
    }
  })

  it('keys an entry by the source path, hash and code', () => {
    const key = entryKey({path: 'a.txt', sha256: 'f'.repeat(64)}, 'code1')
    expect(entryKey({path: 'a.txt', sha256: 'f'.repeat(64)}, 'code2')).not.toBe(key)
    expect(entryKey({path: 'b.txt', sha256: 'f'.repeat(64)}, 'code1')).not.toBe(key)
    expect(entryKey({path: 'a.txt', sha256: 'e'.repeat(64)}, 'code1')).not.toBe(key)
  })

  it('is neither read nor written with --no-cache', async () => {
    const cache = await temp('cache')
    const out = path.join(await temp('out'), 'dist')
    const env = {...process.env, XDG_CACHE_HOME: cache}
    execFileSync(process.execPath, [path.join(root, 'lib/src/cli.js'), '--input', seeds, '--out', out, '--no-cache'], {env, stdio: 'pipe'})
    expect(await filesUnder(cache)).toEqual([])
    execFileSync(process.execPath, [path.join(root, 'lib/src/cli.js'), '--input', seeds, '--out', out], {env, stdio: 'pipe'})
    expect((await filesUnder(cache)).length).toBe(5)
  })
})

describe('the worker pool', () => {
  it('builds byte-identical sites with 1 and 2 workers', async () => {
    const input = await temp('corpus')
    await writeCorpus(input, 48)
    const outs: string[] = []
    for (const workers of ['1', '2']) {
      const out = path.join(await temp(`w${workers}`), 'dist')
      const printed = execFileSync(process.execPath, [path.join(root, 'lib/src/cli.js'), '--input', input, '--out', out, '--no-cache', '--workers', workers, '--verbose'])
      outs.push(out)
      expect(printed.toString()).toContain('Read 48 articles.')
    }
    const [one, two] = await Promise.all(outs.map(filesUnder))
    expect(two).toEqual(one)
    for (const file of one!) {
      const [x, y] = await Promise.all(outs.map((o) => readFile(path.join(o, file))))
      expect(y!.equals(x!), file).toBe(true)
    }
  })
})

describe('progress', () => {
  function stream(isTTY: boolean) {
    const written: string[] = []
    return {written, stream: {isTTY, columns: 100, write: (text: string) => written.push(text)}}
  }

  it('shows nothing for a small build', () => {
    const {written, stream: s} = stream(true)
    const progress = createProgress(s, () => 0)
    progress.phase('articles', MIN_TOTAL - 1)
    for (let i = 1; i < MIN_TOTAL; i++) progress.tick(i)
    progress.end()
    expect(written).toEqual([])
  })

  it('prints a plain line at each quarter when not on a terminal', () => {
    const {written, stream: s} = stream(false)
    let clock = 0
    const progress = createProgress(s, () => clock)
    progress.phase('articles', 1000)
    for (let i = 1; i <= 1000; i++) {
      clock += 1
      progress.tick(i)
    }
    progress.end()
    expect(written).toEqual(['articles: 250/1000 (25%) 1000/s\n', 'articles: 500/1000 (50%) 1000/s\n', 'articles: 750/1000 (75%) 1000/s\n', 'articles: 1000 done 1000/s\n'])
  })

  it('redraws one bar in place on a terminal, at most every 100 ms', () => {
    const {written, stream: s} = stream(true)
    let clock = 0
    const progress = createProgress(s, () => clock)
    progress.phase('pages', 1000)
    for (let i = 1; i <= 1000; i++) {
      clock += 1
      progress.tick(i)
    }
    progress.end()
    expect(written.length).toBeLessThanOrEqual(13)
    expect(written.every((w) => w.startsWith('\r') || w === '\n')).toBe(true)
    expect(written.at(-2)).toContain('[########################] 1000/1000 1000/s')
  })
})
