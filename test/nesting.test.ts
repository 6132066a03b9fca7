/**
 * Issue 8, item 4: deeply nested Markdown crashed the whole build
 * ("Maximum call stack size exceeded", no file named) and 40 KB of it ran
 * for minutes. Nesting is flattened before parsing, with a warning at the
 * line, and article pages render inside a guard. Linear time is shown by
 * counting (nesting depth and node count), never by timing.
 */
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import type {Node, Parent} from 'unist'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {afterAll, describe, expect, it} from 'vitest'
import {collect} from '../src/build.js'
import {renderSite} from '../src/stages/render.js'
import {flattenNesting, MAX_NESTING} from '../src/text/nesting.js'
import type {Story} from '../src/types.js'

/** Hostile Markdown of about `size` characters, by kind. */
const HOSTILE: Record<string, (size: number) => string> = {
  'list markers': (n) => '- '.repeat(n / 2) + 'x',
  'ordered list markers': (n) => '1. '.repeat(n / 3) + 'x',
  'block quotes': (n) => '> '.repeat(n / 2) + 'x',
  'block quotes without spaces': (n) => '>'.repeat(n) + 'x',
  'nested emphasis': (n) => '*a '.repeat(n / 6) + 'x' + ' a*'.repeat(n / 6),
  'emphasis runs': (n) => '*_'.repeat(n / 4) + 'x' + '_*'.repeat(n / 4),
  'nested links': (n) => '['.repeat(n / 5) + 'x' + '](u)'.repeat(n / 5),
  'indented lists': (n) => Array.from({length: Math.sqrt(n)}, (_, i) => ' '.repeat(2 * i) + '- x').join('\n')
}

const parser = unified().use(remarkParse)

/** The depth and node count of a Markdown tree, walked without recursion. */
function measure(markdown: string): {depth: number; nodes: number} {
  const stack: [Node, number][] = [[parser.parse(markdown), 0]]
  let depth = 0
  let nodes = 0
  while (stack.length) {
    const [node, d] = stack.pop()!
    nodes++
    depth = Math.max(depth, d)
    for (const child of (node as Parent).children ?? []) stack.push([child, d + 1])
  }
  return {depth, nodes}
}

describe('flattenNesting (issue 8: nested Markdown)', () => {
  for (const [kind, make] of Object.entries(HOSTILE)) {
    it(`bounds the tree of 2 KB and 40 KB of ${kind}, and reports it`, () => {
      const small = flattenNesting(make(2_000))
      const large = flattenNesting(make(40_000))
      expect(small.found.length).toBeGreaterThan(0)
      for (const {text} of [small, large]) {
        const {depth, nodes} = measure(text)
        // Every container and inline level adds at most a couple of tree levels.
        expect(depth).toBeLessThanOrEqual(4 * MAX_NESTING + 8)
        // Linear: the tree never has more nodes than the text has characters.
        expect(nodes).toBeLessThanOrEqual(text.length + 2)
      }
    })
  }

  it('keeps ordinary Markdown as written', () => {
    const text = '> Trích dẫn\n> > lồng hai cấp\n\n- một\n  - hai\n    - ba\n\n*nhấn mạnh* và **đậm** và [liên kết](https://example.com)'
    expect(flattenNesting(text)).toEqual({text, found: []})
  })

  it('never leaves more than MAX_NESTING container markers at the start of a line (property)', () => {
    const marker = fc.constantFrom('> ', '>', '- ', '* ', '+ ', '1. ', '2) ', '  ', '\t')
    fc.assert(
      fc.property(fc.array(marker, {maxLength: 60}), fc.string({maxLength: 20}), (markers, rest) => {
        const {text} = flattenNesting(markers.join('') + rest)
        expect(measure(text).depth).toBeLessThanOrEqual(4 * MAX_NESTING + 8)
        // Flattening what is flat changes nothing.
        expect(flattenNesting(text).found).toEqual([])
      })
    )
  })
})

describe('a build with deeply nested Markdown (issue 8)', () => {
  const dirs: string[] = []
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, {recursive: true, force: true})
  })

  it('builds every article and names the hostile file with line and column', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nesting-'))
    dirs.push(dir)
    await mkdir(path.join(dir, 'in'))
    const front = (title: string) => `---\ntitle: "${title}"\ndate: "2024-05-29"\nprovince: "Bình Dương"\n---\n`
    for (const [index, make] of Object.values(HOSTILE).entries()) {
      await writeFile(path.join(dir, 'in', `hostile-${index}.md`), `${front(`Bài ${index}`)}Đoạn đầu.\n\n${make(2_000)}\n\nĐoạn cuối của bài.\n`)
    }
    await writeFile(path.join(dir, 'in', 'normal.md'), `${front('Bài thường')}Hội nghị tập huấn công tác nhân quyền.\n`)
    const collected = await collect(path.join(dir, 'in'))
    expect(collected.archive.articles).toHaveLength(Object.keys(HOSTILE).length + 1)
    const warned = collected.files.filter((f) => f.messages.some((m) => m.ruleId === 'nesting-flattened'))
    // The clean stage drops some of these lines as furniture (no sentence in them); the rest are flattened, and said so.
    expect(warned.length).toBeGreaterThanOrEqual(4)
    for (const story of collected.stories.values()) {
      const markdown = story.blocks.map((b) => b.text).join('\n\n')
      expect(measure(markdown).depth).toBeLessThanOrEqual(4 * MAX_NESTING + 8)
    }
    for (const file of warned) {
      const message = file.messages.find((m) => m.ruleId === 'nesting-flattened')!
      expect(message.line).toBe(8)
      expect(message.column).toBeGreaterThanOrEqual(1)
    }
    const pages = [...renderSite({archive: collected.archive, stories: collected.stories, options: {title: 't', base: '/'}})]
    for (const article of collected.archive.articles) expect(pages.some((p) => p.path === `articles/${article.id}/index.html`)).toBe(true)
  })

  it('renders an article whose Markdown makes the renderer throw as plain text, and says so', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'nesting-'))
    dirs.push(dir)
    await mkdir(path.join(dir, 'in'))
    await writeFile(path.join(dir, 'in', 'a.md'), '---\ntitle: "A"\n---\nĐoạn một.\n')
    await writeFile(path.join(dir, 'in', 'b.md'), '---\ntitle: "B"\n---\nĐoạn hai.\n')
    const {archive, stories} = await collect(path.join(dir, 'in'))
    // A story that makes the Markdown renderer throw once, as deep nesting did ("Maximum call stack size exceeded").
    let calls = 0
    const block = {kind: 'paragraph', line: 4, column: 1, get text(): string {
      if (calls++ === 0) throw new RangeError('Maximum call stack size exceeded')
      return '- - - - x'
    }} as Story['blocks'][number]
    const deep: Story = {id: 'a', format: 'md', blocks: [block], spans: []}
    const errors: [string, boolean][] = []
    const pages = [
      ...renderSite({archive, stories: new Map([...stories, ['a', deep]]), options: {title: 't', base: '/'}, onArticleError: (id, _reason, rendered) => errors.push([id, rendered])})
    ]
    expect(errors).toEqual([['a', true]])
    const a = pages.find((p) => p.path === 'articles/a/index.html')!
    expect(String(a.contents)).toContain('- - - -')
    expect(pages.some((p) => p.path === 'articles/b/index.html')).toBe(true)
  })
})
