/**
 * Mountain and Mekong ranks (`test/fixtures/mountain-and-mekong-ranks`): ten
 * articles for patterns the seeds and the other corpora do not cover (2022
 * and early 2023 stories; northern mountain and Mekong provinces; army,
 * border-guard and police ranks, 'Rank, TS./PGS.TS Name'; names that differ
 * only in tone; 'bà + given name'; a quoted headline; caps province
 * prefixes; an earlier event in passing; a date in words; a weekday-only
 * lead; a plan's date before the event's; role bylines and 'Nguồn:';
 * '-'/'+' topic lines; 'chuyên đề về A; chuyên đề về B'; tags, comment-form,
 * '>>' and copyright furniture; one event from two outlets), each with its
 * expected record, scored the way `score.test.ts` scores the seeds. Floors
 * are the figures when pinned, rounded down to two decimals; the eval (`npm
 * run eval -- --gold test/fixtures/mountain-and-mekong-ranks`) prints every
 * miss. The unit tests of the rules these articles needed are in
 * `test/furniture-tones-weekdays-topic-lines.test.ts`.
 */
import {pinCorpus} from './corpus.js'

pinCorpus({
  name: 'mountain and Mekong ranks',
  dir: 'test/fixtures/mountain-and-mekong-ranks',
  count: 10,
  floors: {title: 1, date: 1, province: 1, officials: 1, ranks: 1, topics: 1, authors: 1, events: 1}
})
