/** The one sentence splitter: what ends a sentence and what does not. */
import {describe, expect, it} from 'vitest'
import {sentenceSpans, splitSentences} from '../../src/text/sentences.js'
import {sentences, tokenize} from '../../src/stages/extract/words.js'

const split = (text: string) => splitSentences(text).map((s) => s.text.trim())
const byTokens = (text: string) => {
  const tokens = tokenize(text)
  return sentences(tokens).map(([a, b]) => text.slice(tokens[a]!.start, tokens[b - 1]!.end))
}

describe('splitSentences', () => {
  it('ends a sentence at . ! ? … followed by a space or the end', () => {
    expect(split('Hội nghị khai mạc. Đại biểu dự! Ai chủ trì? Chưa rõ… Hết')).toEqual(['Hội nghị khai mạc.', 'Đại biểu dự!', 'Ai chủ trì?', 'Chưa rõ…', 'Hết'])
  })
  it('keeps TP.HCM, Q.1, PGS.TS and decimals like 3.100 whole', () => {
    expect(split('Hội nghị tại TP.HCM có 3.100 đại biểu. Ở Q.1 có PGS.TS Trần A dự.')).toEqual([
      'Hội nghị tại TP.HCM có 3.100 đại biểu.',
      'Ở Q.1 có PGS.TS Trần A dự.'
    ])
  })
  it('does not end at the dot of a title, an abbreviation or an initial before a name', () => {
    expect(split('Phát biểu có TS. Nguyễn Văn A và Công an TP. Hồ Chí Minh. Sau đó nghỉ.')).toEqual([
      'Phát biểu có TS. Nguyễn Văn A và Công an TP. Hồ Chí Minh.',
      'Sau đó nghỉ.'
    ])
  })
  it('does not end at the dot of an honorific abbreviation before a name (NGƯT., NSND.)', () => {
    expect(split('Dự có PGS.TS. NGƯT. Lê Văn Khoa và NSND. Trần Thu Hà. Sau đó nghỉ.')).toEqual([
      'Dự có PGS.TS. NGƯT. Lê Văn Khoa và NSND. Trần Thu Hà.',
      'Sau đó nghỉ.'
    ])
  })
  it('does end after an abbreviation when no capitalised word follows', () => {
    expect(split('Hội nghị ở TP. sau đó kết thúc.')).toEqual(['Hội nghị ở TP.', 'sau đó kết thúc.'])
  })
  it('covers the text with its spans and drops blank sentences', () => {
    const text = 'A b. C d!  '
    const spans = sentenceSpans(text)
    expect(spans[0]?.[0]).toBe(0)
    expect(spans.at(-1)?.[1]).toBe(text.length)
    expect(splitSentences(text).map((s) => s.start)).toEqual([0, 4])
  })
})

describe('the token splitter follows the same rules', () => {
  it('agrees with splitSentences on titles, places and numbers', () => {
    const text = 'Hội nghị tại TP.HCM có 3.100 đại biểu. TS. Nguyễn Văn A chủ trì, Q.1 dự. Xong!'
    expect(byTokens(text)).toEqual(split(text))
  })
  it('does not end at the dot after a compound title ("GS.TS. Name") either', () => {
    const text = 'Tham dự có GS.TS. Lê Minh Quân và PGS.TS. Đỗ Thị Hạnh. Xong!'
    expect(byTokens(text)).toEqual(['Tham dự có GS.TS. Lê Minh Quân và PGS.TS. Đỗ Thị Hạnh.', 'Xong!'])
    expect(byTokens(text)).toEqual(split(text))
  })
})
