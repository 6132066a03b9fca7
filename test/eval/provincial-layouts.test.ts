/**
 * Provincial layouts (`test/fixtures/provincial-layouts`): sixteen articles
 * written in the style of outlets, provinces and years (2022–2025) the seeds
 * do not cover, with their site furniture, each with its expected record,
 * scored the way `score.test.ts` scores the seeds. Two pairs report one
 * event from two outlets (Đắk Lắk 12/6/2024; Gia Lai 20/11/2025); the Quảng
 * Ninh and Cà Mau stories share an event name and people but are two events.
 * Floors are the figures when pinned, rounded down to two decimals; the eval
 * (`npm run eval -- --gold test/fixtures/provincial-layouts`) prints every miss.
 */
import {pinCorpus} from './corpus.js'

pinCorpus({
  name: 'provincial layouts',
  dir: 'test/fixtures/provincial-layouts',
  count: 16,
  floors: {title: 1, date: 1, province: 1, officials: 1, ranks: 1, topics: 1, authors: 1, events: 1}
})
