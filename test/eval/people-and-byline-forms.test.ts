/**
 * People and byline forms (`test/fixtures/people-and-byline-forms`): twelve
 * articles for patterns the seeds and the provincial layouts do not cover
 * ('Position, Rank Name', co-chairs, ông/bà forms, TS./ThS./PGS. TS
 * reporters, long semicolon lists, given-name references, caption-only
 * people, caps and agency bylines, multi-day events, 'vừa qua', Markdown
 * front matter, no province, a ministry in Hà Nội, online events with điểm
 * cầu, numbered and quoted topics, one event from two outlets and its
 * sequel), each with its expected record, scored the way `score.test.ts`
 * scores the seeds. Floors are the figures when pinned, rounded down to two
 * decimals; the eval (`npm run eval -- --gold
 * test/fixtures/people-and-byline-forms`) prints every miss.
 */
import {pinCorpus} from './corpus.js'

pinCorpus({
  name: 'people and byline forms',
  dir: 'test/fixtures/people-and-byline-forms',
  count: 12,
  floors: {title: 1, date: 1, province: 1, officials: 1, ranks: 1, topics: 1, authors: 1, events: 1}
})
