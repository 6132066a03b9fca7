/**
 * Helpers for the site and browser tests: build a site into a temporary
 * folder, and list and parse its files.
 *
 * `buildTestSite()` builds the real seeds with `src/build.ts` (the whole
 * pipeline). `SITE_FROM=fixture` renders the hand-made fixture archive
 * instead, to test the render stage alone while another stage is broken.
 */
import {mkdir, mkdtemp, readdir, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {dirname, join, relative, sep} from 'node:path'
import {renderSite} from '../src/stages/render.js'
import type {RenderInput} from '../src/types.js'
import {sampleInput} from './fixtures/archive-sample.js'

/** Write every file of a render into `out`. */
export async function writeRendered(input: RenderInput, out: string): Promise<number> {
  let n = 0
  for (const file of renderSite(input)) {
    const target = join(out, file.path)
    await mkdir(dirname(target), {recursive: true})
    await writeFile(target, file.contents)
    n++
  }
  return n
}

export interface TestSite {
  /** The built site's folder. */
  dir: string
  /** What it was built from. */
  from: 'seeds' | 'fixture'
}

/** Build the site into a fresh temporary folder: the seeds, or the fixture with `SITE_FROM=fixture`. */
export async function buildTestSite(): Promise<TestSite> {
  const root = await mkdtemp(join(tmpdir(), 'archive-site-'))
  const dir = join(root, 'dist')
  if (process.env.SITE_FROM === 'fixture') {
    await writeRendered(sampleInput(), dir)
    return {dir, from: 'fixture'}
  }
  const {build} = await import('../src/build.js')
  const result = await build({input: join(import.meta.dirname, '..', 'seeds'), out: dir})
  if (result.written === 0) throw new Error(`The seeds built nothing: ${result.buildFile.messages.map(String).join('; ')}`)
  return {dir, from: 'seeds'}
}

/** Every file under `dir`, as `/`-separated relative paths, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, {recursive: true, withFileTypes: true})
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .sort()
}

/** The URL path of a page file: `officials/x/index.html` → `/officials/x/`. */
export function urlOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`
}

/** Start tags of serialized HTML: text never holds a raw `<`, attribute values are `"`-quoted. */
const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g

function decode(value: string): string {
  return value.replace(/&#x26;|&amp;/g, '&').replace(/&#x22;|&quot;/g, '"')
}

/** Every `href` and `src` of every tag: `[tag, attribute, value]`. */
export function urlAttributes(html: string): [string, string, string][] {
  const out: [string, string, string][] = []
  for (const [, tag, attrs] of html.matchAll(TAG)) {
    for (const [, name, value] of attrs!.matchAll(/\s(href|src)="([^"]*)"/g)) out.push([tag!, name!, decode(value!)])
  }
  return out
}

/** Every `id` in a page. */
export function idsOf(html: string): Set<string> {
  const ids = new Set<string>()
  for (const [, , attrs] of html.matchAll(TAG)) {
    for (const [, value] of attrs!.matchAll(/\sid="([^"]*)"/g)) ids.add(decode(value!))
  }
  return ids
}
