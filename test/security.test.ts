/**
 * Issue 5: no text from an article or its front matter becomes markup, on
 * any file the build writes.
 *
 * Hostile strings go into front matter (title, officials, topics, outlet,
 * url, venue, city, authors, id) and into bodies (Markdown links, images,
 * autolinks, reference definitions, raw HTML, entity-obfuscated schemes),
 * in `.md` and `.txt` files. The site is built with `build()`, then every
 * file is checked:
 *
 * - HTML and SVG are tokenized the way a browser's tokenizer reads them
 *   (`scanMarkup` below follows the WHATWG tokenizer states that decide
 *   where tags and attributes are: tag open, attribute name and value,
 *   comments, raw text), and, as a second opinion, parsed with
 *   html-validate's DOM parser. Every `<script>` must be the site's own
 *   (the JSON-LD block, whose text parses as JSON and holds no `</script`
 *   or `<!--`, or the static `search.js`); no attribute is an event
 *   handler; no URL attribute has a scheme other than http(s); no element
 *   that can load or run code (iframe, object, embed, base, form, meta
 *   refresh, SVG animation, ...) appears.
 * - JSON parses, and its URLs are http(s) or null.
 * - CSS and JS are the templates' files, byte for byte.
 *
 * Positive controls check that the hostile strings did reach the pages, as
 * text, so the checks cannot pass by accident.
 */
import {readFileSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Parser, StaticConfigLoader, type HtmlElement} from 'html-validate'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build, type BuildResult} from '../src/build.js'

// ---------------------------------------------------------------------------
// A tokenizer for the checks

/** A start or end tag as a browser's tokenizer sees it. */
interface Tag {
  name: string
  end: boolean
  /** Attribute names (lower case) and values (character references decoded), in order. */
  attrs: [string, string][]
  /** Whether the tag sits inside `<svg>` or `<math>` (foreign content). */
  foreign: boolean
  /** For `script`, `style`, `title`, `textarea`, ...: the raw text up to the end tag. */
  text?: string
  offset: number
}

interface Scanned {
  tags: Tag[]
  comments: string[]
  /** Things the scanner could not read with certainty: each one fails the test. */
  problems: string[]
}

const WHITESPACE = /[\t\n\f\r ]/
const ALPHA = /[A-Za-z]/
/** Elements whose content is text up to their end tag (outside SVG and MathML). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'title', 'textarea'])

/** The named character references the serializer could emit, and those that hide a scheme. */
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', colon: ':', tab: '\t', newline: '\n',
  lpar: '(', rpar: ')', sol: '/', period: '.', comma: ',', semi: ';', excl: '!', num: '#', equals: '=', grave: '`'
}

/** Decode character references in an attribute value; an unknown named one is a problem. */
function decodeReferences(value: string, problems: string[]): string {
  return value.replace(/&(?:#[xX]([0-9a-fA-F]+);?|#(\d+);?|([A-Za-z][A-Za-z0-9]*);?)/g, (all, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined || dec !== undefined) {
      const code = hex !== undefined ? parseInt(hex, 16) : parseInt(dec ?? '0', 10)
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
    }
    const known = NAMED[(name ?? '').toLowerCase()]
    if (known !== undefined && all.endsWith(';')) return known
    if (known === undefined && all.endsWith(';')) problems.push(`unknown character reference ${all}`)
    return all
  })
}

/**
 * Read HTML (or SVG) the way the WHATWG tokenizer splits it into tags:
 * markup declarations, comments (`-->`, `--!>`, and the abrupt `<!-->`),
 * start and end tags with their attributes (quoted, unquoted, missing
 * values, `/` between attributes), raw-text elements up to their end tag,
 * and foreign content (`<svg>`, `<math>`) where those are ordinary tags.
 */
function scanMarkup(source: string, startForeign = false): Scanned {
  const tags: Tag[] = []
  const comments: string[] = []
  const problems: string[] = []
  let foreign = startForeign ? 1 : 0
  let i = 0
  const until = (needle: string, from: number): number => {
    const at = source.indexOf(needle, from)
    return at === -1 ? source.length : at
  }
  while (i < source.length) {
    const lt = source.indexOf('<', i)
    if (lt === -1) break
    const c = source[lt + 1] ?? ''
    if (c === '!') {
      if (source.startsWith('--', lt + 2)) {
        const body = lt + 4
        if (source[body] === '>' || source.startsWith('->', body)) {
          comments.push('')
          i = source.indexOf('>', body) + 1
          continue
        }
        const ends = [source.indexOf('-->', body), source.indexOf('--!>', body)].filter((n) => n !== -1)
        const end = ends.length ? Math.min(...ends) : source.length
        comments.push(source.slice(body, end))
        i = end === source.length ? end : source.indexOf('>', end) + 1
        continue
      }
      if (/^doctype/i.test(source.slice(lt + 2, lt + 9))) {
        i = until('>', lt) + 1
        continue
      }
      if (foreign > 0 && source.startsWith('[CDATA[', lt + 2)) {
        i = until(']]>', lt) + 3
        continue
      }
      problems.push(`bogus comment at ${lt}: ${source.slice(lt, lt + 40)}`)
      i = until('>', lt) + 1
      continue
    }
    if (c === '?') {
      problems.push(`bogus comment at ${lt}: ${source.slice(lt, lt + 40)}`)
      i = until('>', lt) + 1
      continue
    }
    const end = c === '/'
    const nameStart = end ? lt + 2 : lt + 1
    if (!ALPHA.test(source[nameStart] ?? '')) {
      if (end) problems.push(`odd end tag at ${lt}: ${source.slice(lt, lt + 40)}`)
      i = lt + 1
      continue
    }
    const tag = readTag(source, nameStart, end, foreign > 0, lt, problems)
    if (!tag) break
    i = tag.next
    const t = tag.tag
    tags.push(t)
    if (t.name === 'svg' || t.name === 'math') {
      if (t.end) foreign = Math.max(0, foreign - 1)
      else if (!tag.selfClosing) foreign++
      continue
    }
    if (!t.end && foreign === 0 && RAW_TEXT.has(t.name)) {
      const close = new RegExp(`</${t.name}[\\t\\n\\f\\r />]`, 'ig')
      close.lastIndex = i
      const m = close.exec(source)
      const stop = m ? m.index : source.length
      t.text = source.slice(i, stop)
      i = stop
    }
    if (!t.end && t.name === 'plaintext') {
      problems.push('plaintext element')
      break
    }
  }
  return {tags, comments, problems}
}

/** Read one tag from its name on; null at the end of input (the tokenizer drops such a tag). */
function readTag(source: string, from: number, end: boolean, foreign: boolean, offset: number, problems: string[]): {tag: Tag; next: number; selfClosing: boolean} | null {
  let j = from
  let name = ''
  while (j < source.length && !WHITESPACE.test(source[j]!) && source[j] !== '/' && source[j] !== '>') name += source[j++]!.toLowerCase()
  const attrs: [string, string][] = []
  let selfClosing = false
  for (;;) {
    while (j < source.length && (WHITESPACE.test(source[j]!) || source[j] === '/')) {
      selfClosing = source[j] === '/'
      j++
    }
    if (j >= source.length) return null
    if (source[j] === '>') {
      j++
      break
    }
    selfClosing = false
    let attr = source[j++]!.toLowerCase() // may be `=`: the tokenizer starts a name with it
    while (j < source.length && !WHITESPACE.test(source[j]!) && !'/>='.includes(source[j]!)) attr += source[j++]!.toLowerCase()
    while (j < source.length && WHITESPACE.test(source[j]!)) j++
    let value = ''
    if (source[j] === '=') {
      j++
      while (j < source.length && WHITESPACE.test(source[j]!)) j++
      const quote = source[j]
      if (quote === '"' || quote === "'") {
        const close = source.indexOf(quote, j + 1)
        if (close === -1) return null
        value = source.slice(j + 1, close)
        j = close + 1
      } else {
        while (j < source.length && !WHITESPACE.test(source[j]!) && source[j] !== '>') value += source[j++]
      }
    }
    attrs.push([attr, decodeReferences(value, problems)])
  }
  return {tag: {name, end, attrs, foreign, offset}, next: j, selfClosing}
}

// ---------------------------------------------------------------------------
// The checks

/** Attributes that hold a URL (HTML and SVG), and `srcset`-like lists of URLs. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'cite', 'data', 'ping', 'codebase',
  'longdesc', 'usemap', 'manifest', 'lowsrc', 'dynsrc', 'icon', 'profile', 'archive', 'classid', 'itemtype', 'xml:base'
])
const URL_LIST_ATTRIBUTES = new Set(['srcset', 'imagesrcset'])

/** Elements that load or run code, or change where the page's links and forms go. */
const FORBIDDEN_ELEMENTS = new Set([
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'form', 'input', 'button', 'textarea', 'select',
  'portal', 'noscript', 'xmp', 'plaintext', 'noembed', 'noframes', 'style', 'template',
  // SVG and MathML that run code or set attributes
  'foreignobject', 'set', 'animate', 'animatemotion', 'animatetransform', 'handler', 'listener', 'maction', 'annotation-xml'
])

/** The scheme a browser reads in a URL attribute, or null for a relative URL. */
function schemeOf(value: string): string | null {
  const cleaned = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '').toLowerCase()
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1] ?? null
}

function checkUrl(where: string, value: string, problems: string[]): void {
  const scheme = schemeOf(value)
  if (scheme !== null && scheme !== 'http' && scheme !== 'https') problems.push(`${where}: URL with scheme ${scheme}: ${value}`)
}

/** Whether JSON-LD text is inert inside `<script>`: no way out of the element, no comment-escape state. */
function checkJsonLd(where: string, text: string, problems: string[]): unknown {
  if (/<\/script|<!--|<script/i.test(text)) problems.push(`${where}: JSON-LD holds </script, <script or <!--`)
  try {
    return JSON.parse(text) as unknown
  } catch {
    problems.push(`${where}: JSON-LD does not parse`)
    return undefined
  }
}

/**
 * The site's own search forms: the header's box on every page (a GET form
 * to the search page, checked below) and the search page's own form with
 * its sort menu. Only these elements of one.
 */
const SEARCH_PAGE = 'search/index.html'
const SEARCH_FORM = new Set(['form', 'input', 'button'])
const SEARCH_PAGE_ONLY = new Set(['select'])

/** Whether `file` may hold element `name` despite FORBIDDEN_ELEMENTS. */
function allowed(file: string, name: string): boolean {
  return SEARCH_FORM.has(name) || (file === SEARCH_PAGE && SEARCH_PAGE_ONLY.has(name))
}

/** Every problem with one HTML or SVG file's markup; `jsonLd` collects the JSON-LD blocks. */
function checkMarkup(file: string, source: string, searchScript: string, jsonLd: unknown[], svg = false): string[] {
  const {tags, comments, problems} = scanMarkup(source, svg)
  const out = problems.map((p) => `${file}: ${p}`)
  if (comments.length) out.push(`${file}: ${comments.length} comment(s), e.g. ${JSON.stringify(comments[0])}`)
  for (const tag of tags) {
    const where = `${file}@${tag.offset} <${tag.end ? '/' : ''}${tag.name}>`
    if (!/^[a-z][a-z0-9-]*$/.test(tag.name)) out.push(`${where}: odd element name`)
    if (tag.end) {
      if (tag.attrs.length) out.push(`${where}: attributes on an end tag`)
      continue
    }
    if (FORBIDDEN_ELEMENTS.has(tag.name) && !allowed(file, tag.name)) out.push(`${where}: forbidden element`)
    for (const [name, value] of tag.attrs) {
      if (!/^[a-z][a-z0-9._:-]*$/.test(name)) out.push(`${where}: odd attribute name ${JSON.stringify(name)} (markup broke out of an attribute?)`)
      if (name.startsWith('on')) out.push(`${where}: event handler ${name}=${JSON.stringify(value)}`)
      if (name === 'style' || name === 'srcdoc' || name === 'http-equiv' || name === 'is') out.push(`${where}: attribute ${name}`)
      if (URL_ATTRIBUTES.has(name)) checkUrl(`${where} ${name}`, value, out)
      if (URL_LIST_ATTRIBUTES.has(name)) for (const part of value.split(',')) checkUrl(`${where} ${name}`, part.trim().split(/\s+/)[0] ?? '', out)
    }
    if (tag.name === 'script') {
      const attrs = JSON.stringify(tag.attrs)
      if (attrs === JSON.stringify([['type', 'application/ld+json']])) jsonLd.push(checkJsonLd(where, tag.text ?? '', out))
      else if (attrs === JSON.stringify([['src', searchScript], ['defer', '']]) && tag.text === '') continue
      else out.push(`${where}: a script that is not the site's own: ${attrs} ${JSON.stringify(tag.text?.slice(0, 80))}`)
    }
    if (tag.name === 'form') {
      const action = tag.attrs.find(([n]) => n === 'action')?.[1]
      const method = tag.attrs.find(([n]) => n === 'method')?.[1]
      if (method !== 'get' || !(action === '/search/' || (action === undefined && file === SEARCH_PAGE))) out.push(`${where}: a form that is not the site's search (${JSON.stringify(tag.attrs)})`)
    }
    if (tag.name === 'link') {
      const rel = tag.attrs.find(([n]) => n === 'rel')?.[1]
      if (rel !== 'stylesheet' && rel !== 'icon' && rel !== 'canonical' && rel !== 'alternate') out.push(`${where}: link rel=${rel}`)
    }
    if (tag.name === 'meta' && !tag.attrs.every(([n, v]) => n === 'charset' || n === 'name' || n === 'content' || (n === 'property' && v.startsWith('og:')))) out.push(`${where}: meta ${JSON.stringify(tag.attrs)}`)
    if (tag.name === 'use' && tag.attrs.some(([n, v]) => (n === 'href' || n === 'xlink:href') && !v.startsWith('#'))) out.push(`${where}: external use`)
  }
  return out
}

/** The same checks on html-validate's DOM (HTML elements; it leaves SVG content out). */
function checkDom(file: string, source: string, parser: Parser, searchScript: string): string[] {
  const out: string[] = []
  const walk = (element: HtmlElement): void => {
    for (const child of element.childElements) {
      const where = `${file} (dom) <${child.tagName}>`
      for (const attr of child.attributes) {
        const value = typeof attr.value === 'string' ? decodeReferences(attr.value, out) : ''
        if (attr.key.toLowerCase().startsWith('on')) out.push(`${where}: event handler ${attr.key}`)
        if (URL_ATTRIBUTES.has(attr.key.toLowerCase())) checkUrl(`${where} ${attr.key}`, value, out)
      }
      if (child.tagName === 'script') {
        const type = child.getAttributeValue('type')
        const src = child.getAttributeValue('src')
        if (!(type === 'application/ld+json' || (src === searchScript && type === null))) out.push(`${where}: script type=${type} src=${src}`)
      }
      if (FORBIDDEN_ELEMENTS.has(child.tagName) && !allowed(file, child.tagName)) out.push(`${where}: forbidden element`)
      walk(child)
    }
  }
  walk(parser.parseHtml(source))
  return out
}

// ---------------------------------------------------------------------------
// The hostile input

const STORY = 'Ngày 29/5/2024, tại tỉnh Thanh Hóa, Ban Chỉ đạo Nhân quyền tỉnh tổ chức hội nghị tập huấn công tác nhân quyền cho hơn 120 đại biểu.'

/** Front matter where every text field tries to become markup. */
const HOSTILE_FRONT_MATTER = [
  '---',
  'title: "<script>alert(1)</script>"',
  'officials:',
  '  - name: "<img src=x onerror=alert(1)>"',
  '    rank: "<b onmouseover=alert(1)>"',
  '    positions: ["</li><script>alert(1)</script>", "\\" onmouseover=\\"alert(1)"]',
  '    role: chair',
  '  - name: "</title><script>alert(1)</script>"',
  '  - name: "]]><script>alert(1)</script><![CDATA["',
  `topics: ['"><svg onload=alert(1)>', "' onfocus='alert(1)' autofocus='", "javascript:alert(1)", "--><script>alert(1)</script><!--", "Công tác nhân quyền"]`,
  'outlet: "</script><script>alert(1)</script>"',
  'url: "https://example.com/a?q=\\"><script>alert(1)</script>&x=<img onerror=alert(1)>"',
  'venue: "<iframe src=javascript:alert(1)></iframe>"',
  `city: "'><iframe srcdoc='<script>alert(1)</script>'>"`,
  'authors: ["<style>body{display:none}</style>", "<a href=javascript:alert(1)>Mai Anh</a>"]',
  'province: "Thanh Hóa"',
  'date: "2024-05-29"',
  'published: "2024-05-29T08:30:00+07:00"',
  '---',
  ''
].join('\n')

/** Body text: Markdown and raw HTML that would run code if it became markup. */
const HOSTILE_BODY = [
  'Hội nghị <script>alert("headline")</script> tập huấn tại Thanh Hóa',
  '',
  `${STORY} [bấm](javascript:alert(1)) và [hoa](JaVaScRiPt:alert(1)) và [ẩn](jav&#x61;script:alert(1)) và [ngoặc](<javascript:alert(1)>).`,
  '',
  'Thiếu tướng Nguyễn Văn Kỷ phát biểu. ![ảnh](javascript:alert(2)) ![svg](data:image/svg+xml,<svg onload=alert(1)>) ![ok](https://example.com/a.png)',
  '',
  'Tự động: <javascript:alert(3)> <data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==> <vbscript:msgbox(1)> <https://example.com/auto> [d](data:text/html,<script>alert(5)</script>) [v](vbscript:msgbox(1)) [ok](https://example.com/x)',
  '',
  'Tham chiếu [liên kết][r] và ![hình][i].',
  '',
  '[r]: javascript:alert(6)',
  '[i]: data:text/html,<script>alert(7)</script>',
  '',
  'Trực tiếp <img src=x onerror=alert(4)> <a href="javascript:alert(8)" onclick="alert(9)">raw</a> <svg onload=alert(10)></svg> <details open ontoggle=alert(11)>x</details>',
  '',
  '<iframe src="javascript:alert(12)"></iframe>',
  '',
  '<form action="javascript:alert(13)"><button formaction="javascript:alert(14)">x</button></form>',
  '',
  '<base href="javascript:alert(15)//"><meta http-equiv="refresh" content="0;url=javascript:alert(16)"><style>@import "javascript:alert(17)"</style>',
  '',
  '<!-- <script>alert(18)</script> --><math><mtext><table><mglyph><style><img src=x onerror=alert(19)>',
  '',
  '<svg><a xlink:href="javascript:alert(20)"><text>x</text></a><set attributeName="href" to="javascript:alert(21)"/><script>alert(22)</script></svg>',
  '',
  'Câu cuối của bài báo về hội nghị tập huấn.',
  ''
].join('\n')

/** The input files, by name. */
const FILES: Record<string, string> = {
  'hostile-front.md': HOSTILE_FRONT_MATTER + HOSTILE_BODY,
  'hostile-front.txt': HOSTILE_FRONT_MATTER.replace('title: ', 'id: "<script>"\ntitle: ') + HOSTILE_BODY,
  'body-only.md': HOSTILE_BODY,
  'body-only.txt': `${HOSTILE_BODY}Bản .txt.\n`,
  'url-javascript.md': `---\nurl: "javascript:alert(1)"\n---\n${STORY}\n`,
  'url-javascript-spaced.md': `---\nurl: " JaVaScRiPt:alert(1)"\n---\n${STORY} Một.\n`,
  'url-data.md': `---\nurl: "data:text/html,<script>alert(1)</script>"\n---\n${STORY} Hai.\n`,
  'url-vbscript.md': `---\nurl: "vbscript:msgbox(1)"\n---\n${STORY} Ba.\n`,
  '<script>alert(1)<\\script>.txt': `${STORY} Tên tệp.\n`,
  'title-attr.md': `---\ntitle: "\\" onmouseover=\\"alert(1)\\" x=\\""\nvenue: "' onfocus='alert(1)' autofocus='"\n---\n${STORY} Bốn.\n`
}

/** The exact strings the front matter sets, to find them again as text. */
const HOSTILE = {
  title: '<script>alert(1)</script>',
  official: '<img src=x onerror=alert(1)>',
  outlet: '</script><script>alert(1)</script>'
}

// ---------------------------------------------------------------------------

let root: string
let out: string
let result: BuildResult
let files: string[]
const SEARCH_SCRIPT = '/search.js'

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'security-'))
  const input = path.join(root, 'in')
  out = path.join(root, 'dist')
  await mkdir(input)
  for (const [name, text] of Object.entries(FILES)) await writeFile(path.join(input, name), text)
  result = await build({input, out})
  files = (await readdir(out, {recursive: true, withFileTypes: true}))
    .filter((e) => e.isFile())
    .map((e) => path.relative(out, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort()
})
afterAll(async () => {
  await rm(root, {recursive: true, force: true})
})

describe('the scanner', () => {
  // The checks are only as good as the scanner: it must see what a browser sees.
  const problemsOf = (html: string) => checkMarkup('t.html', html, SEARCH_SCRIPT, [])
  it.each([
    ['<p><script>alert(1)</script></p>', /not the site's own/],
    ['<p title="x" onclick="y">', /event handler onclick/],
    ['<p/onclick=y>', /event handler onclick/],
    ['<p title=x/onclick=y>', null],
    ['<p title="a"onclick="y">', /event handler onclick/],
    ['<img/src="x"/onerror=alert(1)>', /event handler onerror/],
    ['<a href="&#x6A;avascript:x">', /scheme javascript/],
    ['<a href="java&Tab;script:x">', /scheme javascript/],
    ['<a href=" \u0001javascript:x">', /scheme javascript/],
    ['<a href="jav&#x09;ascript&colon;x">', /scheme javascript/],
    ['<a href="data:text/html,x">', /scheme data/],
    ['<svg><a xlink:href="javascript:x"></a></svg>', /scheme javascript/],
    ['<svg><set attributeName="href" to="javascript:x"/></svg>', /forbidden element/],
    ['<iframe srcdoc="x"></iframe>', /forbidden element/],
    ['<meta http-equiv="refresh" content="0;url=javascript:x">', /attribute http-equiv/],
    ['<script type="application/ld+json">{"a":"</script><script>x</script>"}</script>', /not the site's own|JSON-LD/],
    ['<script type="application/ld+json">{"a":"<!--"}</script>', /JSON-LD holds/],
    ['<!-- x --><p>', /comment/],
    ['<p x="<b onclick=y>">ok</p>', null],
    ['<title><script>x</script></title>', null],
    ['<p>&#x3C;script>alert(1)&#x3C;/script></p>', null]
  ])('sees %j', (html, expected) => {
    const problems = problemsOf(html)
    if (expected === null) expect(problems).toEqual([])
    else expect(problems.join('\n')).toMatch(expected)
  })
})

describe('no article text becomes markup', () => {
  it('builds every hostile file, reporting the unsafe URLs', () => {
    expect(result.written).toBeGreaterThan(0)
    expect(result.archive.articles).toHaveLength(Object.keys(FILES).length)
    expect(result.buildFile.messages.map(String)).toEqual([])
    const urlRules = result.files.filter((f) => f.path.startsWith('url-')).map((f) => f.messages.map((m) => m.ruleId))
    for (const rules of urlRules) expect(rules).toContain('front-matter-url')
  })

  it('writes only HTML, SVG, JSON, CSV, XML (feeds, sitemap), robots.txt, and the template CSS and JS', () => {
    // Besides Pagefind's index under `pagefind/` (its own files, built from the records as data).
    for (const file of files.filter((f) => !f.startsWith('pagefind/'))) expect(file, file).toMatch(/\.(html|json|csv|xml|svg|css|js)$|^robots\.txt$/)
    expect(files).toContain('pagefind/pagefind.js')
    expect(files).toContain('search/index.html')
  })

  it('keeps every script the site own, and no event handler, unsafe URL or active element, in every page', async () => {
    const problems: string[] = []
    const jsonLd: unknown[] = []
    const parser = new Parser(await new StaticConfigLoader().getConfigFor('x.html'))
    for (const file of files.filter((f) => f.endsWith('.html'))) {
      const html = await readFile(path.join(out, file), 'utf8')
      problems.push(...checkMarkup(file, html, SEARCH_SCRIPT, jsonLd))
      problems.push(...checkDom(file, html, parser, SEARCH_SCRIPT))
    }
    for (const file of files.filter((f) => f.endsWith('.svg'))) {
      problems.push(...checkMarkup(file, await readFile(path.join(out, file), 'utf8'), SEARCH_SCRIPT, jsonLd, true))
    }
    expect(problems).toEqual([])
    // Every article page has its JSON-LD, and the hostile title survived in it as data.
    expect(jsonLd.filter((d) => (d as {'@type'?: string})['@type'] === 'NewsArticle').length).toBe(result.archive.articles.length)
    expect(jsonLd.some((d) => (d as {headline?: string}).headline === HOSTILE.title)).toBe(true)
    expect(jsonLd.some((d) => (d as {publisher?: {name?: string}}).publisher?.name === HOSTILE.outlet)).toBe(true)
  })

  it('shows the hostile strings as text (positive controls)', async () => {
    const id = result.archive.articles.find((a) => a.source.file === 'hostile-front.md')?.id
    const page = await readFile(path.join(out, `articles/${id}/index.html`), 'utf8')
    expect(page).toContain('<h1>&#x3C;script>alert(1)&#x3C;/script></h1>')
    expect(page).toContain('&#x3C;img src=x onerror=alert(1)>')
    expect(page).toContain('&#x3C;/script>&#x3C;script>alert(1)&#x3C;/script>')
    const official = result.archive.officials.find((o) => o.name === HOSTILE.official)
    expect(official?.slug).toBe('img-src-x-onerror-alert-1')
    const officialPage = await readFile(path.join(out, `officials/${official?.slug}/index.html`), 'utf8')
    expect(officialPage).toContain('<h1>&#x3C;img src=x onerror=alert(1)></h1>')
    // The safe links of the body stay links; the unsafe ones are text or gone.
    const body = await readFile(path.join(out, `articles/${result.archive.articles.find((a) => a.source.file === 'body-only.md')?.id}/index.html`), 'utf8')
    expect(body).toContain('<a href="https://example.com/x" rel="nofollow noopener noreferrer">ok</a>')
    expect(body).not.toMatch(/href="(?!https?:|\/|#)/)
  })

  it('writes data files that parse, with http(s) URLs only', async () => {
    for (const file of files.filter((f) => f.startsWith('data/') && f.endsWith('.json'))) {
      const text = await readFile(path.join(out, file), 'utf8')
      const data = JSON.parse(text) as unknown
      // The records are lists; `slugs.json` is the map of published URLs the next build reads.
      expect(file === 'data/slugs.json' ? typeof data === 'object' && data !== null : Array.isArray(data), file).toBe(true)
    }
    const articles = JSON.parse(await readFile(path.join(out, 'data/articles.json'), 'utf8')) as {title: string | null; source: {url: string | null}}[]
    for (const a of articles) if (a.source.url !== null) expect(a.source.url).toMatch(/^https?:\/\//)
    expect(articles.map((a) => a.title)).toContain(HOSTILE.title)
  })

  it('ships the search script and the style sheet as the templates hold them', async () => {
    for (const name of ['search.js', 'style.css']) {
      const shipped = await readFile(path.join(out, name))
      const template = readFileSync(path.join(import.meta.dirname, '..', 'templates', name))
      expect(shipped.equals(template), name).toBe(true)
    }
  })
})
