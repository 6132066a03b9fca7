/**
 * Which modules touch the disk: the list README's "How it is built" and
 * `src/build.ts`'s header give. A module that starts importing `node:fs`
 * fails here until it is added to both, so the claim stays true.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {ROOT} from './extract/pipeline.js'

/** Every module of `src/` and `templates/` that imports `node:fs`, and why. */
const TOUCH_THE_DISK: Record<string, string> = {
  'src/stages/read.ts': 'the read stage (articles, published slugs, static files)',
  'src/stages/write.ts': 'the write stage',
  'src/build.ts': 'checks of the output folder',
  'src/cli.ts': 'package.json for --version; whether static/ exists',
  'src/config.ts': 'the configuration file',
  'src/stages/lock.ts': 'the lock next to the output',
  'src/stages/keep.ts': 'the manifest, and carrying over what no build wrote',
  'src/pipeline/cache.ts': 'the per-article cache',
  'src/pipeline/run.ts': 'whether the compiled worker script exists',
  'src/render/assets.ts': 'the static assets in templates/',
  'src/pipeline/code-hash.ts': 'the project\'s own code, hashed once per process for the cache key and the view digests of rebuilds',
  'src/eval/gold.ts': 'the eval\'s gold files',
  'src/dev/server.ts': 'the dev server: finds the templates folder to watch (it serves the site from memory)',
  'src/dev/watch.ts': 'the dev server\'s watcher of the articles, templates and CSS'
}

function modules(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), {recursive: true, encoding: 'utf8'})
    .filter((n) => /\.(ts|tsx)$/.test(n))
    .map((n) => `${dir}/${n.split(path.sep).join('/')}`)
}

describe('disk access', () => {
  it('is confined to the modules README names', () => {
    const importers = [...modules('src'), ...modules('templates')]
      .filter((m) => /from ['"](node:)?fs(\/promises)?['"]/.test(readFileSync(path.join(ROOT, m), 'utf8')))
      .sort()
    expect(importers).toEqual(Object.keys(TOUCH_THE_DISK).sort())
  })
})
