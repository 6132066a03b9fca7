/**
 * `npm run bench -- --articles N [--corpus DIR] [--out DIR] [--cache] [--workers N] [--touch 1]`
 *
 * Builds a synthetic archive of N articles (`scripts/corpus.ts`, written
 * once into `DIR`, by default a folder under the system's temporary folder
 * named by N) and prints articles/s, pages/s, the peak memory (the RSS
 * high-water mark) and the time of each phase. Cold by default (no cache);
 * `--cache` builds twice and reports the second, warm build too.
 * `--touch 1` builds with the cache, then edits one article's title and
 * builds again (the CLI's rebuild after one edit: files written and
 * unchanged), then starts the dev server on the corpus, makes the same
 * kind of edit and times its rebuild and the first page served after it.
 * The article is put back as it was at the end.
 *
 * The benchmark times; the tests never do.
 */
import {readdir, readFile, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {build, DEFAULT_SITE, noTimings, type Timings} from '../src/build.js'
import {startDev} from '../src/dev/server.js'
import {defaultCacheDir} from '../src/pipeline/cache.js'
import {writeCorpus} from './corpus.js'

async function exists(folder: string): Promise<boolean> {
  return stat(folder).then(
    () => true,
    () => false
  )
}

/** The largest file under `folder`: path and bytes. */
async function largest(folder: string): Promise<{file: string; bytes: number}> {
  let best = {file: '', bytes: 0}
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else if (entry.name.endsWith('.html')) {
        const {size} = await stat(full)
        if (size > best.bytes) best = {file: path.relative(folder, full), bytes: size}
      }
    }
  }
  await walk(folder)
  return best
}

function row(label: string, ms: number, total: number): string {
  return `  ${label.padEnd(12)} ${(ms / 1000).toFixed(2).padStart(8)} s ${((100 * ms) / total).toFixed(1).padStart(6)} %`
}

async function once(input: string, out: string, cacheDir: string | null, workers: number | undefined): Promise<void> {
  const timings: Timings = noTimings()
  const start = performance.now()
  const cpuBefore = process.cpuUsage()
  // Without a cache the build is cold: nothing is kept from the previous output either (as `--no-cache`).
  const result = await build({input, out, cacheDir, workers, timings, reusePrevious: cacheDir !== null})
  const wall = performance.now() - start
  const cpu = process.cpuUsage(cpuBefore)
  const articles = result.archive.articles.length
  const mib = process.resourceUsage().maxRSS / 1024
  const big = await largest(out)
  const lines = [
    `${articles} articles, ${result.written} files (${result.written - (result.unchanged ?? 0)} written, ${result.unchanged ?? 0} unchanged, ${result.reused ?? 0} of them not rendered) in ${(wall / 1000).toFixed(2)} s wall` +
      ` (${cacheDir ? `cache: ${timings.cacheHits} hits` : 'no cache'}, ${timings.workers} worker${timings.workers === 1 ? '' : 's'})`,
    `  CPU          ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (all threads; wall time counts waiting for a busy machine too)`,
    `  articles/s   ${(articles / (wall / 1000)).toFixed(1)}`,
    `  pages/s      ${(result.written / (wall / 1000)).toFixed(1)}`,
    `  peak RSS     ${mib.toFixed(0)} MiB (process high-water mark)`,
    `  largest page ${big.file} ${(big.bytes / 1024).toFixed(0)} KiB`,
    'time per phase (front matter, clean and extract: summed over workers):'
  ]
  const phases: [string, number][] = [
    ['read', timings.read],
    ['front matter', timings.frontMatter],
    ['clean', timings.clean],
    ['extract', timings.extract],
    ['archive', timings.archive],
    ['render', timings.render],
    ['write', timings.write]
  ]
  for (const [label, ms] of phases) lines.push(row(label, ms, wall))
  if (result.search) lines.push(`${row('search index', result.search.ms, wall)} (${result.search.records} records in ${result.search.shards ?? 1} shards, ${result.search.reused ?? 0} kept from the previous build; in Pagefind's process, alongside render and write)`)
  process.stdout.write(lines.join('\n') + '\n')
}

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      articles: {type: 'string', default: '1000'},
      corpus: {type: 'string'},
      out: {type: 'string'},
      seed: {type: 'string', default: '1'},
      cache: {type: 'boolean', default: false},
      workers: {type: 'string'},
      touch: {type: 'string'}
    }
  })
  const count = Number(values.articles)
  if (!Number.isInteger(count) || count < 1) {
    process.stderr.write('--articles takes a whole number of at least 1\n')
    return 2
  }
  const corpus = path.resolve(values.corpus ?? path.join(tmpdir(), `archive-bench-${count}-seed${values.seed}`))
  const out = path.resolve(values.out ?? path.join(tmpdir(), `archive-bench-${count}-out`))
  if (!(await exists(corpus))) {
    process.stderr.write(`Writing ${count} synthetic articles to ${corpus}…\n`)
    await writeCorpus(corpus, count, values.seed)
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers)
  const touch = values.touch !== undefined
  const cacheDir = values.cache || touch ? path.join(defaultCacheDir(), 'bench') : null
  if (cacheDir) await rm(cacheDir, {recursive: true, force: true})
  process.stdout.write(`corpus ${corpus}\n`)
  await once(corpus, out, cacheDir, workers)
  if (values.cache) await once(corpus, out, cacheDir, workers)
  if (touch && cacheDir) await touchOne(corpus, out, cacheDir, workers)
  return 0
}

/** The first article of the corpus, with its first line (the title) changed; returns how to put it back. */
async function editOne(corpus: string, mark: string): Promise<{file: string; restore: () => Promise<void>}> {
  const name = (await readdir(corpus)).filter((n) => /\.(txt|md)$/.test(n)).sort()[0]!
  const file = path.join(corpus, name)
  const original = await readFile(file)
  const text = original.toString('utf8')
  const newline = text.indexOf('\n')
  await writeFile(file, `${text.slice(0, newline)} ${mark}${text.slice(newline)}`)
  return {file: name, restore: () => writeFile(file, original)}
}

/** A rebuild after one edit, by the CLI's build and by the dev server. */
async function touchOne(corpus: string, out: string, cacheDir: string, workers: number | undefined): Promise<void> {
  const edited = await editOne(corpus, '(sửa)')
  try {
    process.stdout.write(`rebuild after editing ${edited.file}:\n`)
    await once(corpus, out, cacheDir, workers)
  } finally {
    await edited.restore()
  }
  let start = performance.now()
  const dev = await startDev({input: corpus, port: 0, site: DEFAULT_SITE, cacheDir})
  const load = performance.now() - start
  try {
    const home = await fetch(dev.url)
    await home.text()
    const rebuilds = dev.rebuilds
    start = performance.now()
    const again = await editOne(corpus, '(sửa lần hai)')
    try {
      for (let i = 0; i < 6000 && dev.rebuilds === rebuilds; i++) await new Promise((resolve) => setTimeout(resolve, 10))
      const rebuilt = performance.now() - start
      const page = await fetch(dev.url)
      await page.text()
      const served = performance.now() - start
      process.stdout.write(
        `dev server: loaded ${dev.last.articles} articles in ${(load / 1000).toFixed(2)} s; after one edit (${dev.last.processed} processed again): ` +
          `rebuilt in ${(rebuilt / 1000).toFixed(2)} s (from the change on disk, watcher delay included; ${(dev.last.ms / 1000).toFixed(2)} s of it processing and the archive), home page served ${(served / 1000).toFixed(2)} s after the edit\n` +
          `  peak RSS     ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (the whole bench process)\n`
      )
    } finally {
      await again.restore()
    }
  } finally {
    await dev.close()
  }
}

main().then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
)
