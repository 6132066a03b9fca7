/** A worker thread of `run.ts`: runs phases 2–4 on the chunks of articles it is sent. */
import {parentPort} from 'node:worker_threads'
import {noTimes} from './article.js'
import {runArticle, type WorkerReply, type WorkerRequest} from './run.js'

parentPort?.on('message', (request: WorkerRequest) => {
  const times = noTimes()
  let hits = 0
  const results = request.sources.map((source) => {
    const {result, hit} = runArticle(source, request.cacheDir, times)
    if (hit) hits++
    return result
  })
  parentPort?.postMessage({results, hits, times} satisfies WorkerReply)
})
