/**
 * Issue 8, item 7: published URLs moved. Adding an article about a
 * different man named Nguyễn Văn Kỳ moved Nguyễn Văn Kỷ's page from
 * `/officials/nguyen-van-ky/` to `-2`, silently. Now a build records who
 * holds which URL (`data/slugs.json`), the next build keeps them (the
 * newcomer gets the suffix), `slug:` in front matter pins one, and a page
 * that moves leaves a redirect at its old URL.
 */
import {mkdtemp, mkdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {readFileSync} from 'node:fs'
import {HtmlValidate, type ConfigData} from 'html-validate'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {build} from '../src/build.js'

let dir: string
const input = () => path.join(dir, 'in')
const out = () => path.join(dir, 'out')

async function article(file: string, title: string, officials: string, date = '2024-05-29', extra = ''): Promise<void> {
  await mkdir(path.dirname(path.join(input(), file)), {recursive: true})
  await writeFile(
    path.join(input(), file),
    `---\ntitle: "${title}"\ndate: "${date}"\nprovince: "Bình Dương"\nofficials:\n${officials}\ntopics: ["Công tác nhân quyền"]\n${extra}---\n${title}. Hội nghị diễn ra tại Bình Dương.\n`
  )
}

const page = (url: string) => readFile(path.join(out(), url, 'index.html'), 'utf8')
const h1 = async (url: string) => /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(await page(url))?.[1]?.replace(/<[^>]+>/g, '').trim()

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'permanence-'))
})
afterAll(async () => {
  await rm(dir, {recursive: true, force: true})
})

describe('URL permanence (issue 8)', () => {
  it('keeps every published URL on its entity when namesakes, look-alikes and colliding files are added', async () => {
    for (let i = 1; i <= 5; i++) await article(`ky-${i}.md`, `Bài ${i} về ông Kỷ`, '  - name: "Nguyễn Văn Kỷ"', `2024-0${i}-10`)
    await article('b/tap-huan.md', 'Tập huấn ở thư mục b', '  - name: "Trần Văn An"', '2023-01-01', 'id: "tap-huan"\n')
    const first = await build({input: input(), out: out()})
    expect(first.written).toBeGreaterThan(0)
    expect(await h1('officials/nguyen-van-ky')).toContain('Nguyễn Văn Kỷ')
    expect(await h1('articles/tap-huan')).toContain('Tập huấn ở thư mục b')
    const published = await readFile(path.join(out(), 'data/slugs.json'), 'utf8')

    // A namesake who sorts first, a look-alike, and a file that sorts first and wants the same id.
    await article('ky-khac.md', 'Bài về ông Kỳ', '  - name: "Nguyễn Văn Kỳ"')
    await article('ky-gia.md', 'Bài có tên giả', '  - name: "Nguyễn Văn \u041Aỷ"')
    await article('a/tap-huan.md', 'Tập huấn ở thư mục a', '  - name: "Lê Văn Bình"', '2023-01-01', 'id: "tap-huan"\n')
    const second = await build({input: input(), out: out()})
    expect(second.written).toBeGreaterThan(0)
    expect(await h1('officials/nguyen-van-ky')).toContain('Nguyễn Văn Kỷ')
    expect(await h1('officials/nguyen-van-ky-2')).toContain('Nguyễn Văn Kỳ')
    expect(await h1('articles/tap-huan')).toContain('Tập huấn ở thư mục b')
    expect(await h1('articles/tap-huan-2')).toContain('Tập huấn ở thư mục a')
    // The look-alike joined the real official's page instead of making one.
    const officials = JSON.parse(await readFile(path.join(out(), 'data/officials.json'), 'utf8')) as {slug: string; articles: string[]}[]
    expect(officials.find((o) => o.slug === 'nguyen-van-ky')?.articles).toContain('ky-gia')
    // Every URL the first build published still shows what it showed.
    for (const [key, slugOf] of Object.entries((JSON.parse(published) as {officials: {pages: Record<string, string>}}).officials.pages)) {
      expect(JSON.parse(await readFile(path.join(out(), 'data/slugs.json'), 'utf8')).officials.pages[key]).toBe(slugOf)
    }
  })

  it('gives the same URLs to a first build of the same input in a fresh folder only by the input (deterministic)', async () => {
    const fresh = path.join(dir, 'fresh')
    const one = await build({input: input(), out: fresh})
    const slugs = await readFile(path.join(fresh, 'data/slugs.json'), 'utf8')
    await rm(fresh, {recursive: true, force: true})
    await build({input: input(), out: fresh})
    expect(await readFile(path.join(fresh, 'data/slugs.json'), 'utf8')).toBe(slugs)
    expect(one.written).toBeGreaterThan(0)
  })

  it('moves a page to the slug pinned in front matter and leaves a redirect at the old URL', async () => {
    await article('ky-1.md', 'Bài 1 về ông Kỷ', '  - name: "Nguyễn Văn Kỷ"\n    slug: "nguyen-van-ky-bo-cong-an"', '2024-01-10')
    await build({input: input(), out: out()})
    expect(await h1('officials/nguyen-van-ky-bo-cong-an')).toContain('Nguyễn Văn Kỷ')
    const redirect = await page('officials/nguyen-van-ky')
    expect(redirect).toContain('<meta http-equiv="refresh" content="0; url=/officials/nguyen-van-ky-bo-cong-an/">')
    expect(redirect).toContain('<link rel="canonical" href="/officials/nguyen-van-ky-bo-cong-an/">')
    expect(redirect).toContain('<a href="/officials/nguyen-van-ky-bo-cong-an/">Nguyễn Văn Kỷ</a>')
    const {$schema: _schema, ...config} = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', '.htmlvalidate.json'), 'utf8')) as ConfigData & {$schema?: string}
    const report = await new HtmlValidate(config).validateString(redirect, 'redirect.html')
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([])
    // The namesake did not take the freed URL, and the redirect outlives the next build.
    expect(await h1('officials/nguyen-van-ky-2')).toContain('Nguyễn Văn Kỳ')
    await build({input: input(), out: out()})
    expect(await page('officials/nguyen-van-ky')).toContain('url=/officials/nguyen-van-ky-bo-cong-an/')
  })
})
