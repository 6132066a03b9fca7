/**
 * Test helpers: run read → front matter → clean on a file or a string, and
 * load the fixture articles with their expected records.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {VFile} from 'vfile'
import {clean} from '../../src/stages/clean.js'
import {splitFrontMatter} from '../../src/stages/frontmatter.js'
import {decode} from '../../src/stages/read.js'
import {normalizeText} from '../../src/text/normalize.js'
import type {CleanArticle, SplitFile} from '../../src/types.js'
import type {GoldArticle, GoldFile} from '../../src/eval/score.js'

const here = path.dirname(fileURLToPath(import.meta.url))
export const ROOT = path.resolve(here, '../..')
export const SEEDS = path.join(ROOT, 'seeds')
export const FIXTURES = path.join(ROOT, 'test/fixtures/articles')

/** A fixture's expected record: a gold article with `keep`, `drop` and `warnings`. */
export interface Expected extends GoldArticle {
  keep?: string[]
  drop?: string[]
  warnings?: string[]
}

export interface Loaded {
  file: VFile
  source: string
  split: SplitFile
  article: CleanArticle
}

/** Read, split and clean a file on disk the way the build does. */
export function loadFile(dir: string, name: string): Loaded {
  const file = new VFile({path: name})
  const source = decode(name, readFileSync(path.join(dir, name)), file)
  if (!source) throw new Error(`cannot decode ${name}`)
  const split = splitFrontMatter(source, file)
  return {file, source: source.text, split, article: clean(split, file)}
}

/** A SplitFile made by hand from a string (no front matter). */
export function splitOf(text: string, name = 'test.txt'): SplitFile {
  const body = normalizeText(text)
  return {source: {path: name, sha256: '', text: body, format: 'txt'}, data: {}, bodyLine: 1, body}
}

/** Clean a string. */
export function cleanText(text: string): {article: CleanArticle; file: VFile; source: string} {
  const split = splitOf(text)
  const file = new VFile({path: 'test.txt'})
  return {article: clean(split, file), file, source: split.body}
}

/** The fixture articles with their expected records. */
export function fixtures(): {name: string; expected: Expected; loaded: Loaded}[] {
  return readdirSync(FIXTURES)
    .filter((n) => n.endsWith('.expected.json'))
    .sort()
    .map((n) => {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, n), 'utf8')) as Expected
      return {name: expected.file, expected, loaded: loadFile(FIXTURES, expected.file)}
    })
}

/** The seeds with their gold records. */
export function seeds(): {name: string; expected: GoldArticle; loaded: Loaded}[] {
  const gold = JSON.parse(readFileSync(path.join(ROOT, 'test/fixtures/gold-seeds.json'), 'utf8')) as GoldFile
  return gold.articles.map((expected) => ({name: expected.file, expected, loaded: loadFile(SEEDS, expected.file)}))
}

/** The text of the source at a place, for checking evidence and block positions. */
export function textAt(source: string, line: number, column: number, length: number): string {
  return (source.split('\n')[line - 1] ?? '').slice(column - 1, column - 1 + length)
}
