/**
 * The story spans extraction gives the article page to link (`storySpans`,
 * the last step of `extract`): exact spans on small stories, and, for any
 * text, spans that lie inside their block and never overlap.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {extract} from '../../src/stages/extract/index.js'
import {storySpans} from '../../src/stages/extract/spans.js'
import type {Block, CleanArticle, SplitFile, StorySpan} from '../../src/types.js'

function block(text: string, line = 1): Block {
  return {kind: 'paragraph', text, line, column: 1}
}

/** Each span with the text it covers. */
const quoted = (blocks: readonly Block[], spans: readonly StorySpan[]): [string, string, string][] =>
  spans.map((s) => [s.kind, s.key, blocks[s.block]!.text.slice(s.start, s.end)])

describe('story spans', () => {
  it('finds every mention of a province and of an official, block by block', () => {
    const blocks = [
      block('Thiếu tướng Nguyễn Văn Kỷ phát biểu tại tỉnh Bình Dương. Nguyễn Văn Kỷ nhấn mạnh.'),
      block('Học viện Chính trị Quốc gia Hồ Chí Minh; Nguyễn Văn Kỷa không phải; TPHCM và Sài Gòn.', 3)
    ]
    const spans = storySpans(blocks, [{name: 'Nguyễn Văn Kỷ'}])
    expect(spans).toEqual([
      {kind: 'official', key: 'Nguyễn Văn Kỷ', block: 0, start: 12, end: 25},
      {kind: 'province', key: 'binh-duong', block: 0, start: 40, end: 55},
      {kind: 'official', key: 'Nguyễn Văn Kỷ', block: 0, start: 57, end: 70},
      {kind: 'province', key: 'ho-chi-minh', block: 1, start: 68, end: 73}
    ])
    // A name inside a longer word, the academy's name and the ambiguous `Sài Gòn` are not mentions.
    expect(quoted(blocks, spans).map(([, , text]) => text)).toEqual(['Nguyễn Văn Kỷ', 'tỉnh Bình Dương', 'Nguyễn Văn Kỷ', 'TPHCM'])
  })

  it('keeps the mention that starts first, then the longer, where two overlap', () => {
    // A person whose name ends in a province's name: the name wins, the province inside it is not a second span.
    const blocks = [block('Ông Lê Văn Long An phát biểu tại tỉnh Long An.')]
    expect(quoted(blocks, storySpans(blocks, [{name: 'Lê Văn Long An'}]))).toEqual([
      ['official', 'Lê Văn Long An', 'Lê Văn Long An'],
      ['province', 'long-an', 'tỉnh Long An']
    ])
  })

  it('ignores empty names', () => {
    expect(storySpans([block('Tại tỉnh Bình Dương.')], [{name: ''}, {name: '  '}]).map((s) => s.kind)).toEqual(['province'])
  })

  it('come out of extract for the officials front matter sets', () => {
    const text = 'Sáng 12/3, tại tỉnh Tây Ninh, ông Trần Văn Ba phát biểu.'
    const article: CleanArticle = {
      path: 'a.txt', headline: null, blocks: [block(text, 4)], datelines: [], scraperDate: null, bylines: [], outletMark: null, truncated: false, removed: []
    }
    const split: SplitFile = {source: {path: 'a.txt', sha256: 'x', text: `---\nofficials: [Trần Văn Ba]\n---\n${text}\n`, format: 'txt'}, data: {officials: [{name: 'Trần Văn Ba'}]}, bodyLine: 4, body: text}
    const x = extract(article, split, new VFile({path: 'a.txt'}))
    expect(quoted(article.blocks, x.spans)).toEqual([['province', 'tay-ninh', 'tỉnh Tây Ninh'], ['official', 'Trần Văn Ba', 'Trần Văn Ba']])
  })

  it('lie inside their block\'s text, sorted, never overlapping, whatever the text (property)', () => {
    const word = fc.constantFrom('tỉnh', 'Bình Dương', 'TPHCM', 'TP.HCM', 'Thành phố', 'Hồ Chí Minh', 'Nguyễn Văn Kỷ', 'Kỷ', 'Long An', 'Văn', ' ', '  ', '\n', '.', ',', '*', '\\', '&amp;', '\u{1F600}', '\u0301')
    const text = fc.oneof(fc.string({unit: 'grapheme', maxLength: 40}), fc.array(word, {maxLength: 16}).map((w) => w.join('')))
    const name = fc.oneof(fc.constantFrom('Nguyễn Văn Kỷ', 'Kỷ', 'Văn Long An', 'Long An', '', ' '), fc.string({maxLength: 6}))
    fc.assert(
      fc.property(fc.array(text, {maxLength: 5}), fc.array(name, {maxLength: 4}), (texts, names) => {
        const blocks = texts.map((t) => block(t))
        const spans = storySpans(blocks, names.map((n) => ({name: n})))
        let previous: StorySpan | null = null
        for (const span of spans) {
          const blockText = blocks[span.block]?.text
          expect(blockText).toBeDefined()
          expect(Number.isInteger(span.start) && Number.isInteger(span.end)).toBe(true)
          expect(0 <= span.start && span.start < span.end && span.end <= blockText!.length).toBe(true)
          if (previous) expect(previous.block < span.block || (previous.block === span.block && previous.end <= span.start)).toBe(true)
          if (span.kind === 'official') expect(blockText!.slice(span.start, span.end)).toBe(span.key)
          previous = span
        }
        // Plain data: a cache entry or a worker hands back the same spans.
        expect(JSON.parse(JSON.stringify(spans))).toEqual(spans)
        expect(structuredClone(spans)).toEqual(spans)
      }),
      {numRuns: 300}
    )
  })
})
