/**
 * Unit tests of the render stage on small data: the story processor and its
 * plugins, URL checks, dates and names in Vietnamese, view builders, and
 * whole pages rendered from the hand-made fixture archive.
 */
import fc from 'fast-check'
import {describe, expect, it} from 'vitest'
import {formatDateValue, formatEventDate, formatPublished} from '../src/render/dates.js'
import {scriptJson} from '../src/render/json.js'
import {escapeMarkdown, escapeMarkdownMapped} from '../src/render/markdown.js'
import {compareByGivenName, letterAnchor, letterOf} from '../src/render/names.js'
import {Hrefs, normalizeBase, pagePath, segment} from '../src/render/paths.js'
import {storyToHast, stringify} from '../src/render/processor.js'
import {Site} from '../src/render/site.js'
import {isSafeBodyUrl, safeHttpUrl} from '../src/render/url.js'
import {homeView} from '../templates/home/view.js'
import {officialsIndexView, officialView} from '../templates/officials/view.js'
import {provincesIndexView, provinceView} from '../templates/provinces/view.js'
import {storySpans} from '../src/stages/extract/spans.js'
import {renderSite} from '../src/stages/render.js'
import type {Block, OutputFile, Story, StorySpan} from '../src/types.js'
import {sampleInput} from './fixtures/archive-sample.js'

function block(text: string, kind: Block['kind'] = 'paragraph', line = 1): Block {
  return {kind, text, line, column: 1}
}

/** A story as a build gives it: its spans from extraction (`storySpans`) for these officials, unless given. */
function story(format: Story['format'], blocks: Block[], officials: string[] = [], spans?: StorySpan[]): Story {
  return {id: 'x', format, blocks, spans: spans ?? storySpans(blocks, officials.map((name) => ({name})))}
}

/** A story's HTML, linking officials (name → href) and provinces (slug → href) that have a page. */
function body(story: Story, officials: Record<string, string> = {}, places: Record<string, string> = {}): string {
  const pages = {official: officials, province: places}
  return stringify({type: 'root', children: storyToHast(story, (span) => (Object.hasOwn(pages[span.kind], span.key) ? pages[span.kind][span.key]! : null))})
}

/** The start tags of serialized HTML (text never holds a raw `<`; attribute values are `"`-quoted). */
const TAG = /<([a-zA-Z][^\s/>]*)((?:\s+[^\s=/>]+(?:="[^"]*")?)*)\s*\/?>/g

/** Every `href`/`src` attribute of every tag: `[tag, attribute, value]`. */
function urlAttributes(html: string): [string, string, string][] {
  const out: [string, string, string][] = []
  for (const [, tag, attrs] of html.matchAll(TAG)) {
    for (const [, name, value] of attrs!.matchAll(/\s(href|src)="([^"]*)"/g)) out.push([tag!, name!, value!.replace(/&#x26;|&amp;/g, '&')])
  }
  return out
}

function pages(files: Iterable<OutputFile>): Map<string, string> {
  const out = new Map<string, string>()
  for (const f of files) if (f.path.endsWith('.html')) out.set(f.path, String(f.contents))
  return out
}

describe('story processor', () => {
  it('keeps .txt text literal: Markdown syntax and HTML are text', () => {
    const html = body(story('txt', [
      block('* Tăng 5.97% so với năm 2023'),
      block('1. Không phải danh sách'),
      block('# Không phải tiêu đề'),
      block('<script>alert(1)</script> và [liên kết](javascript:alert(1)) &amp; `mã`'),
      block('_nghiêng_ **đậm** ~~gạch~~ > trích')
    ]))
    expect(html).toContain('<p>* Tăng 5.97% so với năm 2023</p>')
    expect(html).toContain('<p>1. Không phải danh sách</p>')
    expect(html).toContain('<p># Không phải tiêu đề</p>')
    expect(html).toContain('&#x3C;script>alert(1)&#x3C;/script> và [liên kết](javascript:alert(1)) &#x26;amp; `mã`')
    expect(html).toContain('<p>_nghiêng_ **đậm** ~~gạch~~ > trích</p>')
    expect(html).not.toMatch(/<(ul|ol|h1|em|strong|a|script|code)\b/)
  })

  it('gives one paragraph per block and marks captions', () => {
    const html = body(story('txt', [block('Một.'), block('Ảnh: ban tổ chức', 'caption'), block('Hai.')]))
    expect(html).toBe('<p>Một.</p>\n<p class="caption">Ảnh: ban tổ chức</p>\n<p>Hai.</p>')
  })

  it('drops unsafe links, images and raw HTML from .md stories', () => {
    const html = body(story('md', [
      block('[bấm](javascript:alert(1)) [nguồn](https://example.com/a) [trong](../x/)'),
      block('![ảnh](javascript:alert(1)) ![hình](data:image/png;base64,AA==) ![đẹp](https://example.com/a.png)'),
      block('<script>alert(1)</script><img src=x onerror=alert(1)>'),
      block('[tab](java\tscript:alert(1)) [hoa](JAVASCRIPT:alert(1))')
    ]))
    expect(html).not.toMatch(/javascript:/i)
    expect(html).not.toMatch(/data:/)
    expect(html).not.toMatch(/<script|onerror/i)
    expect(html).toContain('bấm')
    expect(html).toContain('<a href="https://example.com/a" rel="nofollow noopener noreferrer">nguồn</a>')
    expect(html).toContain('<a href="../x/">trong</a>')
    expect(html).toContain('<img src="https://example.com/a.png" alt="đẹp">')
    expect(html).toContain('ảnh')
  })

  it('links the first mention of each official and province, as whole words', () => {
    const html = body(
      story('txt', [
        block('Thiếu tướng Nguyễn Văn Kỷ phát biểu tại tỉnh Bình Dương. Nguyễn Văn Kỷ nhấn mạnh.'),
        block('Học viện Chính trị Quốc gia Hồ Chí Minh; Nguyễn Văn Kỷa không phải; TPHCM.')
      ], ['Nguyễn Văn Kỷ']),
      {'Nguyễn Văn Kỷ': '/officials/nguyen-van-ky/'},
      {'binh-duong': '/provinces/binh-duong/', 'ho-chi-minh': '/provinces/ho-chi-minh/'}
    )
    expect(html.match(/href="\/officials\/nguyen-van-ky\/"/g)).toHaveLength(1)
    expect(html).toContain('<a href="/officials/nguyen-van-ky/" class="name-link name-link--official">Nguyễn Văn Kỷ</a> phát biểu')
    expect(html).toContain('<a href="/provinces/binh-duong/" class="name-link name-link--province">tỉnh Bình Dương</a>')
    expect(html).toContain('Quốc gia Hồ Chí Minh;')
    expect(html).toContain('<a href="/provinces/ho-chi-minh/" class="name-link name-link--province">TPHCM</a>')
    expect(html).toContain('Nguyễn Văn Kỷa không phải')
  })

  it('does not link provinces the archive has no page for', () => {
    const html = body(story('txt', [block('Tại tỉnh Lào Cai.')]), {}, {'binh-duong': '/provinces/binh-duong/'})
    expect(html).toBe('<p>Tại tỉnh Lào Cai.</p>')
  })

  it('links exactly the spans it is given: a province or name outside them stays text', () => {
    const text = 'Ông Nguyễn Văn Kỷ đến tỉnh Bình Dương rồi tỉnh Tây Ninh.'
    const spans: StorySpan[] = [{kind: 'province', key: 'tay-ninh', block: 0, start: text.indexOf('tỉnh Tây'), end: text.indexOf('.')}]
    const html = body(
      story('txt', [block(text)], [], spans),
      {'Nguyễn Văn Kỷ': '/officials/nguyen-van-ky/'},
      {'binh-duong': '/provinces/binh-duong/', 'tay-ninh': '/provinces/tay-ninh/'}
    )
    expect(html).toBe('<p>Ông Nguyễn Văn Kỷ đến tỉnh Bình Dương rồi <a href="/provinces/tay-ninh/" class="name-link name-link--province">tỉnh Tây Ninh</a>.</p>')
  })

  it('finds a span through escapes, collapsed spaces and Markdown markup', () => {
    const spans = (blocks: Block[]): StorySpan[] => storySpans(blocks, [{name: 'Nguyễn Văn Kỷ'}])
    const places = {'ho-chi-minh': '/p/hcm/', 'binh-duong': '/p/bd/', 'tay-ninh': '/p/tn/'}
    const officials = {'Nguyễn Văn Kỷ': '/o/ky/'}
    // .txt: `TP.HCM` is `TP\.HCM` in the Markdown; two spaces are one.
    const txt = [block('(Tin)  Tại TP.HCM,   ông Nguyễn Văn Kỷ * phát biểu.')]
    expect(body(story('txt', txt, [], spans(txt)), officials, places)).toBe(
      '<p>(Tin) Tại <a href="/p/hcm/" class="name-link name-link--province">TP.HCM</a>, ông <a href="/o/ky/" class="name-link name-link--official">Nguyễn Văn Kỷ</a> * phát biểu.</p>'
    )
    // .md: inside emphasis it is linked; across the edge of emphasis, inside a link or code it is not.
    const md = [block('Tại **tỉnh Bình Dương** và _Nguyễn_ Văn Kỷ; [tỉnh Tây Ninh](https://a.vn/) và `Nguyễn Văn Kỷ` &amp; tỉnh Tây Ninh.')]
    expect(body(story('md', md, [], spans(md)), officials, places)).toBe(
      '<p>Tại <strong><a href="/p/bd/" class="name-link name-link--province">tỉnh Bình Dương</a></strong> và <em>Nguyễn</em> Văn Kỷ; ' +
        '<a href="https://a.vn/" rel="nofollow noopener noreferrer">tỉnh Tây Ninh</a> và <code>Nguyễn Văn Kỷ</code> &#x26; ' +
        '<a href="/p/tn/" class="name-link name-link--province">tỉnh Tây Ninh</a>.</p>'
    )
  })

  it('ignores spans that do not fit the story', () => {
    const blocks = [block('Tại tỉnh Bình Dương.'), block('  ')]
    const bad: StorySpan[] = [
      {kind: 'province', key: 'binh-duong', block: 0, start: 5, end: 99},
      {kind: 'province', key: 'binh-duong', block: 1, start: 0, end: 1},
      {kind: 'province', key: 'binh-duong', block: 7, start: 0, end: 1},
      {kind: 'province', key: 'binh-duong', block: 0, start: 3, end: 3},
      {kind: 'province', key: 'binh-duong', block: 0, start: 0.5, end: 3}
    ]
    expect(body(story('txt', blocks, [], bad), {}, {'binh-duong': '/p/bd/'})).toBe('<p>Tại tỉnh Bình Dương.</p>')
  })

  it('links every span extraction finds in any text, as written (property)', () => {
    const word = fc.constantFrom('tỉnh', 'Bình Dương', 'TPHCM', 'TP.HCM', 'TP. Hồ Chí Minh', 'Tây Ninh', 'Nguyễn Văn Kỷ', ' ', '  ', '\t', '.', '*', '_', '[', ']', '(', ')', '\\', '&amp;', '&#233;', '<b>', '`', '#', '- ', '> ', '\u{1F600}')
    const text = fc.oneof(fc.string({unit: 'grapheme', maxLength: 30}), fc.array(word, {maxLength: 14}).map((w) => w.join('')))
    const places = {'binh-duong': '/p/bd/', 'ho-chi-minh': '/p/hcm/', 'tay-ninh': '/p/tn/'}
    fc.assert(
      fc.property(fc.array(text, {minLength: 1, maxLength: 4}), fc.constantFrom<Story['format']>('txt', 'md'), (texts, format) => {
        const blocks = texts.map((t) => block(t))
        const s = story(format, blocks, ['Nguyễn Văn Kỷ'])
        const html = body(s, {'Nguyễn Văn Kỷ': '/o/ky/'}, places)
        const linked = [...html.matchAll(/<a href="([^"]*)" class="name-link[^"]*">([^<]*)<\/a>/g)]
        const hrefs = linked.map((m) => m[1]!)
        // Each page once, and only pages some span names.
        expect(new Set(hrefs).size).toBe(hrefs.length)
        const named = new Set(s.spans.map((span) => (span.kind === 'official' ? '/o/ky/' : places[span.key as keyof typeof places])))
        for (const href of hrefs) expect(named.has(href)).toBe(true)
        if (format === 'txt') {
          // Plain text: the first span of each page is linked, reading as the block writes it (spaces collapsed).
          const first = new Map<string, string>()
          for (const span of s.spans) {
            const href = span.kind === 'official' ? '/o/ky/' : places[span.key as keyof typeof places]
            if (href && !first.has(href)) first.set(href, blocks[span.block]!.text.slice(span.start, span.end).replace(/\s+/g, ' '))
          }
          expect(linked.map((m) => [m[1], m[2]])).toEqual([...first].map(([href, t]) => [href, t.replace(/&/g, '&#x26;')]))
        }
      }),
      {numRuns: 300}
    )
  })

  it('escapes every ASCII punctuation character', () => {
    expect(escapeMarkdown('a*b_c [d](e) <f> &g; \\h')).toBe('a\\*b\\_c \\[d\\]\\(e\\) \\<f\\> \\&g\\; \\\\h')
  })

  it('escapes as the one-line rule says, and maps each character to where it went (property)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({unit: 'binary', maxLength: 40}), fc.string({maxLength: 40})), (text) => {
        const {text: out, at} = escapeMarkdownMapped(text)
        expect(out).toBe(text.replace(/\s+/g, ' ').trim().replace(/[!-/:-@[-`{-~]/g, (ch) => `\\${ch}`))
        expect(at[text.length]).toBe(out.length)
        for (let k = 0; k < text.length; k++) {
          expect(at[k]! <= at[k + 1]!).toBe(true)
          if (/\s/.test(text[k]!)) continue
          const written = /[!-/:-@[-`{-~]/.test(text[k]!) ? `\\${text[k]!}` : text[k]!
          expect([written, `${written} `]).toContain(out.slice(at[k]!, at[k + 1]!))
        }
      }),
      {numRuns: 300}
    )
  })
})

describe('URLs', () => {
  it('accepts only absolute http(s) URLs for source links', () => {
    expect(safeHttpUrl('https://congan.com.vn/a?b=1')).toBe('https://congan.com.vn/a?b=1')
    expect(safeHttpUrl('HTTP://Example.com')).toBe('http://example.com/')
    for (const bad of ['javascript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'JaVaScRiPt:x', 'data:text/html,x', 'vbscript:x', '//evil.com', '/x', 'x', '', 'http//x', 'https://']) {
      expect(safeHttpUrl(bad), bad).toBeNull()
    }
    expect(safeHttpUrl(null)).toBeNull()
  })

  it('allows http(s) and relative URLs in bodies', () => {
    expect(isSafeBodyUrl('https://a.vn/')).toBe(true)
    expect(isSafeBodyUrl('../x/')).toBe(true)
    expect(isSafeBodyUrl('#a')).toBe(true)
    expect(isSafeBodyUrl('\u0001javascript:x')).toBe(false)
    expect(isSafeBodyUrl('mailto:a@b.vn')).toBe(false)
    expect(isSafeBodyUrl(undefined)).toBe(false)
  })
})

describe('paths', () => {
  it('normalizes the base and builds root-relative hrefs', () => {
    expect(normalizeBase(undefined)).toBe('/')
    expect(normalizeBase('archive')).toBe('/archive/')
    expect(normalizeBase('/a/b/')).toBe('/a/b/')
    expect(new Hrefs('/archive').page('official', 'nguyen-van-ky')).toBe('/archive/officials/nguyen-van-ky/')
    expect(pagePath('year', '2024')).toBe('years/2024/')
  })

  it('refuses segments that could leave their folder', () => {
    for (const bad of ['..', '../x', 'a/b', '', '.x', 'a b', '%2e%2e']) expect(() => segment(bad), bad).toThrow()
    expect(() => normalizeBase('/../')).toThrow()
  })
})

describe('dates in Vietnamese', () => {
  it('formats each precision', () => {
    expect(formatDateValue('2024-07-23')).toBe('ngày 23 tháng 7 năm 2024')
    expect(formatDateValue('2024-10-03')).toBe('ngày 3 tháng 10 năm 2024')
    expect(formatDateValue('2024-07')).toBe('tháng 7 năm 2024')
    expect(formatDateValue('2024')).toBe('năm 2024')
    expect(formatEventDate(null)).toBe('Chưa rõ ngày')
    expect(formatPublished('2024-05-29T11:20')).toBe('11:20 ngày 29 tháng 5 năm 2024')
    expect(formatPublished('2024-10-03')).toBe('ngày 3 tháng 10 năm 2024')
  })

  it('keeps a value it cannot read as it is', () => {
    expect(formatDateValue('2024-02-30')).toBe('2024-02-30')
  })
})

describe('Vietnamese names', () => {
  it('sorts by given name, then middle name, then surname', () => {
    const names = ['Nguyễn Văn Kỷ', 'Lê Quang Đạo', 'Nguyễn Thị Thanh Hải', 'Lê Quốc Hùng', 'Ngô Xuân Phú', 'Võ Đức Trong', 'Lâm Hải Giang', 'Nguyễn Lâm Thành', 'Nguyễn Phương Nga', 'Trần Văn An', 'Lê Văn Ánh', 'Phạm Thị Ánh']
    expect([...names].sort(compareByGivenName)).toEqual([
      'Trần Văn An',
      'Phạm Thị Ánh',
      'Lê Văn Ánh',
      'Lê Quang Đạo',
      'Lâm Hải Giang',
      'Nguyễn Thị Thanh Hải',
      'Lê Quốc Hùng',
      'Nguyễn Văn Kỷ',
      'Nguyễn Phương Nga',
      'Ngô Xuân Phú',
      'Nguyễn Lâm Thành',
      'Võ Đức Trong'
    ])
  })

  it('files a name under its letter, keeping the letter marks and dropping the tones', () => {
    expect(letterOf('Ánh')).toBe('A')
    expect(letterOf('Ấn')).toBe('Â')
    expect(letterOf('Ắt')).toBe('Ă')
    expect(letterOf('Đạo')).toBe('Đ')
    expect(letterOf('Ững')).toBe('Ư')
    expect(letterOf('Ở')).toBe('Ơ')
    expect(letterOf('<img')).toBe('#')
    expect(letterAnchor('Ă')).toBe('chu-aw')
    expect(letterAnchor('Đ')).toBe('chu-dd')
  })
})

describe('JSON-LD', () => {
  it('cannot close its script element', () => {
    const json = scriptJson({headline: '</script><script>alert(1)</script><!-- & \u2028'})
    expect(json).not.toMatch(/[<>&\u2028]/)
    expect(JSON.parse(json)).toEqual({headline: '</script><script>alert(1)</script><!-- & \u2028'})
  })
})

describe('view builders', () => {
  const site = new Site(sampleInput())

  it('home: counts, span, latest events, undated apart', () => {
    const view = homeView(site)
    expect(view.stats.map((s) => s.value)).toEqual([5, 4, 4, 9, 4])
    expect(view.span?.from.text).toBe('ngày 29 tháng 5 năm 2024')
    expect(view.span?.to.text).toBe('ngày 3 tháng 10 năm 2024')
    expect(view.latest.map((e) => e.date.text)).toEqual(['ngày 3 tháng 10 năm 2024', 'ngày 23 tháng 7 năm 2024', 'ngày 29 tháng 5 năm 2024'])
    expect(view.undated.map((e) => e.date.text)).toEqual(['Chưa rõ ngày'])
    expect(view.timeline.months.map((m) => [m.key, m.count])).toEqual([
      ['2024-05', 1], ['2024-06', 0], ['2024-07', 1], ['2024-08', 0], ['2024-09', 0], ['2024-10', 1]
    ])
    expect(view.map.points.map((p) => p.name).sort()).toEqual(['Bình Dương', 'Bình Định', 'Thành phố Hồ Chí Minh', 'Tây Ninh'])
  })

  it('officials index: Vietnamese order and a letter bar', () => {
    const view = officialsIndexView(site)
    expect(view.groups.flatMap((g) => g.officials.map((o) => o.link.text))).toEqual([
      'Lê Quang Đạo', 'Lâm Hải Giang', 'Nguyễn Thị Thanh Hải', 'Lê Quốc Hùng', 'Nguyễn Văn Kỷ', 'Nguyễn Phương Nga', 'Ngô Xuân Phú', 'Nguyễn Lâm Thành', 'Võ Đức Trong'
    ])
    expect(view.letters).toHaveLength(29)
    expect(view.letters.filter((l) => l.present).map((l) => l.letter)).toEqual(['Đ', 'G', 'H', 'K', 'N', 'P', 'T'])
  })

  it('official page: one appearance per event, undated apart, provinces and companions', () => {
    const view = officialView(site, site.officials.get('nguyen-van-ky')!)
    expect(view.appearances.map((a) => a.date.text)).toEqual(['ngày 29 tháng 5 năm 2024', 'ngày 23 tháng 7 năm 2024', 'ngày 3 tháng 10 năm 2024'])
    expect(view.appearances[1]!.reports).toHaveLength(2)
    expect(view.appearances[0]!.reports[0]).toMatchObject({rank: 'Thiếu tướng', role: 'báo cáo viên'})
    expect(view.undated).toHaveLength(1)
    expect(view.provinces.map((p) => p.link.text)).toEqual(['Bình Dương', 'Bình Định', 'Tây Ninh', 'Thành phố Hồ Chí Minh'])
    expect(view.companions).toHaveLength(8)
    expect(view.summary).toBe('Xuất hiện trong 5 bài báo về 4 sự kiện, tại 4 tỉnh, thành.')
  })

  it('provinces: grouped by region north to south, with what each became in 2025', () => {
    const view = provincesIndexView(site)
    const dong = view.regions.find((r) => r.provinces.some((p) => p.link.text === 'Bình Dương'))!
    const bd = dong.provinces.find((p) => p.link.text === 'Bình Dương')!
    expect(bd.since2025).toEqual({before: 'nhập vào ', name: 'Thành phố Hồ Chí Minh', link: {href: '/provinces/ho-chi-minh/', text: 'Thành phố Hồ Chí Minh'}, after: ' (cùng Bà Rịa - Vũng Tàu)'})
    const province = provinceView(site, site.provinces.get('binh-duong')!)
    expect(province.events).toHaveLength(1)
    expect(province.officials.map((o) => o.link.text)).toEqual(['Ngô Xuân Phú', 'Nguyễn Văn Kỷ'].sort(compareByGivenName))
  })
})

describe('pages', () => {
  it('renders every page with lang="vi", a title and one h1', () => {
    for (const [path, html] of pages(renderSite(sampleInput()))) {
      expect(html.startsWith('<!DOCTYPE html><html lang="vi">'), path).toBe(true)
      expect(html, path).toMatch(/<title>[^<]+<\/title>/)
      expect(html.match(/<h1[\s>]/g), path).toHaveLength(1)
    }
  })

  it('marks a derived title, an unknown date and the warnings', () => {
    const all = pages(renderSite(sampleInput()))
    const derived = all.get('articles/003-422f32a2dd28f114/index.html')!
    expect(derived).toContain('Tiêu đề do hệ thống đặt')
    const undated = all.get('articles/002-be019099d2e2e91b/index.html')!
    expect(undated).toContain('Chưa rõ ngày')
    expect(undated).toContain('Không tìm thấy ngày diễn ra sự kiện trong bài')
  })

  it('lists the other articles of the same event as "Cùng đưa tin"', () => {
    const html = pages(renderSite(sampleInput())).get('articles/000-365809ecc03be940/index.html')!
    expect(html).toContain('Cùng đưa tin')
    expect(html).toContain('href="/articles/003-422f32a2dd28f114/"')
  })

  it('shows roles in Vietnamese and where values came from', () => {
    const html = pages(renderSite(sampleInput())).get('articles/004-cf6924da87c88e48/index.html')!
    expect(html).toContain('báo cáo viên')
    expect(html).toContain('chủ trì')
    expect(html).toContain('<details class="evidence" data-pagefind-ignore="">')
    expect(html).toContain('dòng 7, cột 19')
    expect(html).toContain('href="https://congan.com.vn/tin-chinh/tap-huan-ve-cong-tac-nhan-quyen-nam-2024.html"')
  })

  it('writes the data files exactly as the archive holds them', () => {
    const input = sampleInput()
    const files = new Map([...renderSite(input)].map((f) => [f.path, String(f.contents)]))
    expect(JSON.parse(files.get('data/articles.json')!)).toEqual(input.archive.articles)
    expect(JSON.parse(files.get('data/events.json')!)).toEqual(input.archive.events)
    expect(JSON.parse(files.get('data/officials.json')!)).toEqual(input.archive.officials)
    expect(JSON.parse(files.get('data/provinces.json')!)).toEqual(input.archive.provinces)
    expect(JSON.parse(files.get('data/topics.json')!)).toEqual(input.archive.topics)
  })

  it('gives the same bytes twice, and never the same path twice', () => {
    const a = [...renderSite(sampleInput())]
    const b = [...renderSite(sampleInput())]
    expect(a.map((f) => f.path)).toEqual(b.map((f) => f.path))
    a.forEach((f, i) => expect(f.contents, f.path).toEqual(b[i]!.contents))
    expect(new Set(a.map((f) => f.path)).size).toBe(a.length)
  })

  it('yields lazily, one file at a time', () => {
    const iterator = renderSite(sampleInput())
    expect(iterator.next().value?.path).toBe('style.css')
  })

  it('prefixes every internal link with the base', () => {
    for (const [path, html] of pages(renderSite(sampleInput({base: '/kho/'})))) {
      for (const [, , href] of urlAttributes(html)) {
        if (/^https?:/.test(href) || href.startsWith('#')) continue
        expect(href.startsWith('/kho/'), `${path}: ${href}`).toBe(true)
      }
    }
  })
})

describe('hostile text', () => {
  function hostileInput() {
    const input = sampleInput()
    const article = input.archive.articles[4]!
    article.title = '<script>alert(1)</script>'
    article.displayTitle = '<script>alert(1)</script>'
    article.source.url = 'javascript:alert(1)'
    article.source.outlet = '"><svg onload=alert(1)>'
    article.authors = ['<b onmouseover=alert(1)>x</b>']
    article.venue = "'><iframe src=javascript:alert(1)>"
    article.warnings = [{message: '<img src=x onerror=alert(1)>', line: 1, column: 1, ruleId: 'x'}]
    article.evidence = {title: {line: 1, column: 1, text: '</details><script>alert(1)</script>'}}
    article.date = {value: '2024-05-29', precision: 'day', basis: '<script>alert("basis")</script>'}
    const official = {name: '<img onerror=x>', slug: 'img-onerror-x', rank: '<i>', positions: ['</li><script>x</script>'], role: 'speaker' as const}
    article.officials.push(official)
    input.archive.officials.push({
      slug: official.slug,
      name: official.name,
      rank: official.rank,
      articles: [article.id],
      events: [article.event.id],
      provinces: ['ho-chi-minh'],
      appearances: [{article: article.id, event: article.event.id, date: article.date, province: 'ho-chi-minh', rank: official.rank, positions: official.positions, role: 'speaker'}]
    })
    const event = input.archive.events.find((e) => e.id === article.event.id)!
    event.name = '</title><script>alert(1)</script>'
    event.officials.push({...official})
    event.organizers = ['<a href="javascript:alert(1)">x</a>']
    input.archive.topics[0]!.name = '<svg/onload=alert(1)>'
    input.stories.get(article.id)!.blocks.push(block('<img onerror=x> Xin chào <img onerror=x> [a](javascript:alert(1))'))
    return input
  }

  it('renders hostile records as text on every page', () => {
    const files = [...renderSite(hostileInput())]
    for (const file of files) {
      if (!file.path.endsWith('.html')) continue
      const html = String(file.contents)
      // Attribute values are quoted with `"` (escaped inside), so `<` in them is text: look at markup only.
      const markup = html.replace(/="[^"]*"/g, '=""')
      expect(markup, file.path).not.toMatch(/<script>alert|<img onerror|<svg onload|<svg\/onload|<iframe|<b onmouseover|<i>/i)
      for (const [, , url] of urlAttributes(html)) expect(url, file.path).not.toMatch(/^\s*javascript:/i)
      // The only scripts are the JSON-LD block and the static search script.
      for (const [tag] of markup.matchAll(/<script[^>]*>/g)) {
        expect(tag, file.path).toMatch(/^<script (type=""|src="" defer)>$/)
      }
      for (const [tag] of html.matchAll(/<script (?:type|src)="[^"]*"/g)) {
        expect(tag, file.path).toMatch(/^<script (type="application\/ld\+json"|src="\/search\.js")$/)
      }
    }
    const article = String(files.find((f) => f.path === 'articles/004-cf6924da87c88e48/index.html')!.contents)
    expect(article).toContain('&#x3C;script>alert(1)&#x3C;/script>')
    expect(article).toContain('&#x3C;img onerror=x>')
    expect(article).not.toContain('Bài gốc')
    const official = String(files.find((f) => f.path === 'officials/img-onerror-x/index.html')!.contents)
    expect(official).toContain('<h1>&#x3C;img onerror=x></h1>')
  })

  it('keeps JSON-LD a single script that cannot be closed early', () => {
    const files = [...renderSite(hostileInput())]
    const article = String(files.find((f) => f.path === 'articles/004-cf6924da87c88e48/index.html')!.contents)
    const match = /<script type="application\/ld\+json">([^]*?)<\/script>/.exec(article)
    expect(match).not.toBeNull()
    const data = JSON.parse(match![1]!) as {headline: string; url?: string}
    expect(data.headline).toBe('<script>alert(1)</script>')
    expect(data.url).toBeUndefined()
    expect(match![1]).not.toContain('<')
  })
})

describe('evidence labels', () => {
  it('names each field, sub-field and item, in record order', async () => {
    const {compareEvidenceKeys, fieldLabel} = await import('../src/render/labels.js')
    const keys = ['topics.1', 'officials.0.role', 'date', 'officials.0', 'event.organizers.0', 'title', 'officials.0.rank', 'officials.1', 'mystery']
    expect([...keys].sort(compareEvidenceKeys)).toEqual([
      'title', 'date', 'officials.0', 'officials.0.rank', 'officials.0.role', 'officials.1', 'topics.1', 'event.organizers.0', 'mystery'
    ])
    expect(fieldLabel('officials.0.rank')).toBe('Người tham gia: cấp hàm, học hàm')
    expect(fieldLabel('event.organizers.1')).toBe('Đơn vị tổ chức')
    expect(fieldLabel('mystery')).toBe('mystery')
  })
})

describe('small and odd archives', () => {
  /** Every internal href of every page names a rendered file. */
  function brokenLinks(files: OutputFile[]): string[] {
    const paths = new Set(files.map((f) => f.path))
    const broken: string[] = []
    for (const f of files) {
      if (!f.path.endsWith('.html')) continue
      for (const [, , href] of urlAttributes(String(f.contents))) {
        if (/^https?:/.test(href) || href.startsWith('#')) continue
        const path = href.split('#')[0]!.slice(1)
        if (!paths.has(path === '' || path.endsWith('/') ? `${path}index.html` : path)) broken.push(`${f.path}: ${href}`)
      }
    }
    return broken
  }

  it('renders one undated article with no place, people or topics', () => {
    const input = sampleInput()
    const article = input.archive.articles[2]!
    article.province = null
    article.officials = []
    article.topics = []
    input.archive = {
      articles: [article],
      events: [{...input.archive.events.find((e) => e.id === article.event.id)!, province: null, officials: [], topics: []}],
      officials: [],
      provinces: [],
      topics: []
    }
    const files = [...renderSite(input)]
    expect(brokenLinks(files)).toEqual([])
    const home = String(files.find((f) => f.path === 'index.html')!.contents)
    expect(home).toContain('Chưa có sự kiện nào rõ tháng.')
    expect(files.filter((f) => f.path.startsWith('years/'))).toHaveLength(1)
  })

  it('resolves every link of the fixture site, and of a site under a base path', () => {
    expect(brokenLinks([...renderSite(sampleInput())])).toEqual([])
    const based = [...renderSite(sampleInput({base: '/kho/'}))].map((f) => ({...f, contents: String(f.contents).replaceAll('"/kho/', '"/')}))
    expect(brokenLinks(based)).toEqual([])
  })

  it('refuses an id that is not a safe path segment', () => {
    const input = sampleInput()
    input.archive.articles[0]!.id = '../../etc'
    expect(() => [...renderSite(input)]).toThrow(/slug/)
  })
})
