/**
 * Pin a fixture corpus: every article with its expected record, every
 * `same_event_as` naming an article of the corpus that names it back, and
 * per-field F1 floors (with nobody extracted from the corpus's forbidden
 * lists). The `<case>.expected.json` files, written by a person, are the
 * corpus's only gold: the eval reads the folder
 * (`npm run eval -- --gold <dir>`) and prints every miss.
 */
import {readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readExpected} from '../../src/eval/gold.js'
import {predictDirectory} from '../../src/eval/run.js'
import {formatReport, MAIN_FIELDS, scoreArticles} from '../../src/eval/score.js'
import {ROOT} from '../extract/pipeline.js'

export interface Corpus {
  /** How the tests name it. */
  name: string
  /** Folder under the project root holding `<case>.txt|md` and `<case>.expected.json`. */
  dir: string
  /** How many articles it holds (so a lost file fails). */
  count: number
  /** F1 floor per main field: the figures when pinned, rounded down to two decimals. */
  floors: Partial<Record<(typeof MAIN_FIELDS)[number], number>>
}

export function pinCorpus(corpus: Corpus): void {
  const dir = path.join(ROOT, corpus.dir)

  describe(corpus.name, () => {
    it('has an expected record for every article, naming its own file', () => {
      const names = readdirSync(dir)
      const articles = names.filter((n) => /\.(txt|md)$/.test(n)).sort()
      const expected = readExpected(dir)
      expect(expected.map((a) => a.file).sort()).toEqual(articles)
      for (const n of names.filter((n) => n.endsWith('.expected.json'))) {
        expect(articles.map((a) => a.replace(/\.(txt|md)$/, '.expected.json')), n).toContain(n)
      }
      expect(expected).toHaveLength(corpus.count)
    })
    it('names in same_event_as only articles of the corpus that name it back', () => {
      const expected = readExpected(dir)
      const sameAs = new Map(expected.map((a) => [a.file, a.same_event_as ?? []]))
      for (const a of expected) {
        for (const other of a.same_event_as ?? []) expect(sameAs.get(other), `${a.file} → ${other}`).toContain(a.file)
      }
    })
    it('holds its extraction floors', async () => {
      const {predicted, events} = await predictDirectory(dir)
      const r = scoreArticles({articles: readExpected(dir)}, predicted, events)
      expect(r.unscored).toEqual([])
      for (const f of MAIN_FIELDS) expect(r.fields[f].f1, `${f}\n${formatReport(r)}`).toBeGreaterThanOrEqual(corpus.floors[f] ?? 1)
      expect(r.forbidden).toEqual([])
    })
  })
}
