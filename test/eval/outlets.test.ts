/**
 * The outlet corpus (`test/fixtures/outlets`): sixteen articles written in the
 * style of outlets, provinces and years the seeds do not cover, each with its
 * expected record, scored the way `score.test.ts` scores the seeds. Floors
 * are the figures when pinned, rounded down to two decimals; the eval
 * (`npm run eval -- --gold test/fixtures/outlets/gold.json --input
 * test/fixtures/outlets`) prints every miss.
 */
import {pinCorpus} from './corpus.js'

pinCorpus({
  name: 'the outlet corpus',
  dir: 'test/fixtures/outlets',
  count: 16,
  floors: {title: 1, date: 1, province: 1, officials: 1, ranks: 1, topics: 1, authors: 1, events: 1}
})
