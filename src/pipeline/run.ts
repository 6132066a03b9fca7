/**
 * Phases 2–4 for all articles: from the cache when it holds a trusted
 * entry, else computed, on all cores when there are enough articles to pay
 * for starting workers. Results come back in the order of `sources`
 * whatever the workers' timing, so the build's output never depends on it.
 */
import {existsSync} from 'node:fs'
import {availableParallelism} from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {SourceFile} from '../types.js'
import {noTimes, processArticle, type ArticleResult, type StageTimes} from './article.js'
import {readEntry, writeEntry} from './cache.js'

/** Fewer articles than this are processed on the main thread: starting workers costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 200
/** Articles sent to a worker at a time: small enough to balance, large enough to keep messages rare. */
const CHUNK = 16

export interface RunOptions {
  /** Cache folder, or null for a cold build (`--no-cache`). */
  cacheDir: string | null
  /** Worker threads; default: one per core when there are at least `MIN_ARTICLES_FOR_WORKERS` articles. */
  workers?: number
  /** Called after each article (or chunk of them) with the number done. */
  onProgress?: (done: number) => void
}

export interface RunResult {
  results: ArticleResult[]
  /** Time per stage summed over articles and workers (CPU time of the stages, not wall time). */
  times: StageTimes
  /** Results taken from the cache. */
  hits: number
  /** Workers used (1: the main thread). */
  workers: number
}

/** One article: the trusted cache entry, else computed (and stored). */
export function runArticle(source: SourceFile, cacheDir: string | null, times: StageTimes): {result: ArticleResult; hit: boolean} {
  if (cacheDir) {
    const cached = readEntry(cacheDir, source)
    if (cached) return {result: cached, hit: true}
  }
  const result = processArticle(source, times)
  if (cacheDir) writeEntry(cacheDir, source, result)
  return {result, hit: false}
}

/** The compiled worker script, or null when running from TypeScript sources (tests), which then stay on one thread. */
function workerScript(): URL | null {
  const url = new URL('./worker.js', import.meta.url)
  return existsSync(fileURLToPath(url)) ? url : null
}

/** How many workers `count` articles get when the caller did not say. */
function defaultWorkers(count: number): number {
  return count >= MIN_ARTICLES_FOR_WORKERS ? Math.max(1, availableParallelism()) : 1
}

/** Messages between the main thread and a worker. */
export interface WorkerRequest {
  sources: SourceFile[]
  cacheDir: string | null
}
export interface WorkerReply {
  results: ArticleResult[]
  hits: number
  times: StageTimes
}

function addTimes(into: StageTimes, from: StageTimes): void {
  into.frontMatter += from.frontMatter
  into.clean += from.clean
  into.extract += from.extract
}

export async function runArticles(sources: readonly SourceFile[], options: RunOptions): Promise<RunResult> {
  const wanted = Math.min(options.workers ?? defaultWorkers(sources.length), Math.ceil(sources.length / CHUNK))
  const script = wanted > 1 ? workerScript() : null
  const times = noTimes()
  if (!script) {
    let hits = 0
    const results: ArticleResult[] = []
    for (const [index, source] of sources.entries()) {
      const {result, hit} = runArticle(source, options.cacheDir, times)
      if (hit) hits++
      results.push(result)
      options.onProgress?.(index + 1)
      // Let timers and signal handlers run now and then (the lock's heartbeat, Ctrl+C).
      if ((index + 1) % 32 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    return {results, times, hits, workers: 1}
  }
  const results: ArticleResult[] = new Array(sources.length)
  let next = 0
  let done = 0
  let hits = 0
  const workers: Worker[] = []
  try {
    await new Promise<void>((resolve, reject) => {
      let running = 0
      const feed = (worker: Worker): void => {
        if (next >= sources.length) {
          running--
          if (running === 0) resolve()
          return
        }
        const start = next
        const chunk = sources.slice(start, start + CHUNK)
        next += chunk.length
        worker.once('message', (reply: WorkerReply) => {
          reply.results.forEach((result, i) => {
            results[start + i] = result
          })
          hits += reply.hits
          addTimes(times, reply.times)
          done += reply.results.length
          options.onProgress?.(done)
          feed(worker)
        })
        worker.postMessage({sources: chunk, cacheDir: options.cacheDir} satisfies WorkerRequest)
      }
      for (let i = 0; i < wanted; i++) {
        const worker = new Worker(script)
        worker.on('error', reject)
        workers.push(worker)
        running++
        feed(worker)
      }
    })
  } finally {
    await Promise.all(workers.map((w) => w.terminate()))
  }
  return {results, times, hits, workers: wanted}
}
