/**
 * Pin a fixture corpus: every article listed with its expected record, every
 * article in exactly one event group, and per-field F1 floors (with nobody
 * extracted from the corpus's forbidden lists). The eval
 * (`npm run eval -- --gold <dir>/gold.json --input <dir>`) prints every miss.
 */
import {readFileSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {predictDirectory} from '../../src/eval/run.js'
import {formatReport, MAIN_FIELDS, scoreArticles, type GoldArticle, type GoldFile} from '../../src/eval/score.js'
import {ROOT} from '../extract/pipeline.js'

export interface Corpus {
  /** How the tests name it. */
  name: string
  /** Folder under the project root holding `<case>.txt|md`, `<case>.expected.json` and `gold.json`. */
  dir: string
  /** How many articles it holds (so a lost file fails). */
  count: number
  /** F1 floor per main field: the figures when pinned, rounded down to two decimals. */
  floors: Partial<Record<(typeof MAIN_FIELDS)[number], number>>
}

export function pinCorpus(corpus: Corpus): void {
  const dir = path.join(ROOT, corpus.dir)
  const gold = (): GoldFile => JSON.parse(readFileSync(path.join(dir, 'gold.json'), 'utf8')) as GoldFile

  describe(corpus.name, () => {
    it('lists every article with its expected record', () => {
      const names = readdirSync(dir)
      const expected = names
        .filter((n) => n.endsWith('.expected.json'))
        .sort()
        .map((n) => JSON.parse(readFileSync(path.join(dir, n), 'utf8')) as GoldArticle)
      expect(gold().articles).toEqual(expected)
      for (const a of expected) expect(names).toContain(a.file)
      expect(expected).toHaveLength(corpus.count)
    })
    it('groups every article in exactly one event', () => {
      const files = gold().articles.map((a) => a.file).sort()
      expect((gold().archive?.events ?? []).flat().sort()).toEqual(files)
    })
    it('holds its extraction floors', async () => {
      const {predicted, events} = await predictDirectory(dir)
      const r = scoreArticles(gold(), predicted, events)
      expect(r.unscored).toEqual([])
      for (const f of MAIN_FIELDS) expect(r.fields[f].f1, `${f}\n${formatReport(r)}`).toBeGreaterThanOrEqual(corpus.floors[f] ?? 1)
      expect(r.forbidden).toEqual([])
    })
  })
}
