/**
 * Read a gold: either one file in the format of `test/fixtures/gold-seeds.json`,
 * or a folder of fixture cases, where each `<case>.expected.json` (written by
 * a person, one per article) is the one source of truth and the gold is
 * assembled from them. A folder needs no separate list of events: each case
 * names the other cases of its event in `same_event_as`, and
 * `goldEventGroups` (score.ts) joins those into groups.
 */
import {readFileSync, readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import type {GoldArticle, GoldFile} from './score.js'

/** The suffix of a fixture case's expected record. */
const EXPECTED_SUFFIX = '.expected.json'

/** A gold that cannot be read: `message` says which file and why. */
export class GoldError extends Error {}

/** Read the gold at `target` (a gold file, or a folder of `*.expected.json` cases), and say which it was. */
export function readGold(target: string): {gold: GoldFile; folder: boolean} {
  let folder: boolean
  try {
    folder = statSync(target).isDirectory()
  } catch (error) {
    throw new GoldError(`Cannot read the gold ${target}: ${reason(error)}`)
  }
  const gold = folder ? {articles: readExpected(target)} : (parse(target) as GoldFile)
  if (!Array.isArray(gold.articles)) throw new GoldError(`The gold file ${target} has no "articles" array`)
  return {gold, folder}
}

/** The expected records of the cases in `dir`, in file-name order. */
export function readExpected(dir: string): GoldArticle[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(EXPECTED_SUFFIX))
    .sort()
    .map((name) => parse(path.join(dir, name)) as GoldArticle)
}

function parse(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    throw new GoldError(`Cannot read the gold file ${file}: ${reason(error)}`)
  }
}

const reason = (error: unknown): string => (error instanceof Error ? error.message : String(error))
