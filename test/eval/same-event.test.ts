/**
 * The same-event corpus (`test/fixtures/same-event`, invented names): two
 * reports of one meeting with different headlines, one or both undated,
 * tied by their province, an official present at both and the kind of
 * event; and a look-alike class in another province that stays apart
 * (issue 11). Floors are the figures when pinned; the eval
 * (`npm run eval -- --gold test/fixtures/same-event/gold.json --input
 * test/fixtures/same-event`) prints every miss.
 */
import {pinCorpus} from './corpus.js'

pinCorpus({
  name: 'the same-event corpus',
  dir: 'test/fixtures/same-event',
  count: 8,
  floors: {title: 1, date: 1, province: 1, officials: 1, ranks: 1, topics: 0, authors: 1, events: 1}
})
