/**
 * How the search scales: `npm run compile && node lib/scripts/search-scale.js [N]`
 * (default 10000).
 *
 * Writes N synthetic articles (front matter + a few paragraphs, with
 * officials, provinces and topics drawn from small pools) into a temporary
 * folder, builds the site with `build()`, prints the index's size and build
 * time, then serves the site and runs a query through Pagefind's own
 * `pagefind.js` in Node (init, facets, search, the first 10 results'
 * fragments), counting the bytes a visitor downloads: the index files, and
 * the script and WebAssembly apart. A benchmark, not a test: nothing here
 * asserts a duration.
 */
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {build} from '../src/build.js'
import {PROVINCES} from '../src/knowledge/provinces.js'

const N = Number(process.argv[2] ?? 10000)
const QUERY = process.argv[3] ?? 'nguyen van ky tap huan'

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Đỗ', 'Võ', 'Đặng', 'Bùi', 'Ngô']
const MIDDLE = ['Văn', 'Thị', 'Quang', 'Minh', 'Đức', 'Hữu']
const GIVEN = ['Kỷ', 'Đạo', 'Hùng', 'Hải', 'Lan', 'Phú', 'Trong', 'Thành', 'Giang', 'Nga', 'Bình', 'An', 'Dũng', 'Tâm', 'Hòa']
const RANKS = ['Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tướng']
const KINDS = ['Hội nghị tập huấn', 'Hội nghị sơ kết', 'Hội nghị tổng kết', 'Hội thảo', 'Tọa đàm']
const TOPICS = ['Công tác nhân quyền trong tình hình mới', 'Giới hạn quyền con người', 'Quyền của người lao động', 'Tự do tôn giáo, tín ngưỡng', 'Quyền trẻ em', 'Bình đẳng giới']
const WORDS = 'công tác bảo đảm quyền con người được các cấp các ngành quan tâm triển khai đồng bộ hiệu quả đại biểu thảo luận kinh nghiệm thực tiễn địa phương đấu tranh phản bác luận điệu sai trái tuyên truyền pháp luật chính sách'.split(' ')

/** A small deterministic generator, so every run writes the same corpus. */
function random(seed: number): () => number {
  let s = seed
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648)
}

function article(i: number, next: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const province = pick(PROVINCES)
  const people = [0, 1, 2].map(() => ({name: `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`, rank: pick(RANKS)}))
  const kind = pick(KINDS)
  const year = 2020 + Math.floor(next() * 6)
  const date = `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`
  const paragraph = () => Array.from({length: 40}, () => pick(WORDS)).join(' ') + '.'
  return [
    '---',
    `title: "${kind} công tác nhân quyền tại ${province.name} số ${i}"`,
    `date: "${date}"`,
    `province: "${province.name}"`,
    'officials:',
    ...people.flatMap((p) => [`  - name: "${p.name}"`, `    rank: "${p.rank}"`, '    positions: ["Phó Chánh Văn phòng Ban Chỉ đạo Nhân quyền"]', '    role: speaker']),
    `topics: ["${pick(TOPICS)}"]`,
    'outlet: "Báo Tổng hợp"',
    `id: "bai-${i}"`,
    '---',
    '',
    `Ngày ${date}, tại ${province.name}, Ban Chỉ đạo Nhân quyền tổ chức ${kind.toLowerCase()} công tác nhân quyền.`,
    '',
    `${people[0]!.rank} ${people[0]!.name} phát biểu. ${paragraph()}`,
    '',
    paragraph(),
    '',
    paragraph(),
    ''
  ].join('\n')
}

async function main(): Promise<void> {
  const root = await mkdtemp(path.join(tmpdir(), 'search-scale-'))
  const input = path.join(root, 'in')
  const out = path.join(root, 'dist')
  await mkdir(input)
  const next = random(12)
  for (let i = 0; i < N; i++) await writeFile(path.join(input, `bai-${String(i).padStart(5, '0')}.md`), article(i, next))
  const started = performance.now()
  const result = await build({input, out})
  const total = performance.now() - started
  const s = result.search!
  console.log(`${result.archive.articles.length} articles, ${result.written} files; whole build ${(total / 1000).toFixed(1)} s`)
  console.log(`Search index: ${s.records} pages, ${s.files} files, ${(s.bytes / 1024 / 1024).toFixed(1)} MB, built in ${(s.ms / 1000).toFixed(1)} s`)

  const served = new Map<string, number>()
  const server = createServer((request, response) => {
    const file = path.join(out, decodeURIComponent((request.url ?? '/').split('?')[0]!))
    readFile(file).then(
      (body) => {
        served.set(request.url ?? '', body.byteLength)
        response.end(body)
      },
      () => response.writeHead(404).end()
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo
  const pagefind = (await import(pathToFileURL(path.join(out, 'pagefind', 'pagefind.js')).href)) as {
    options(o: object): Promise<void>
    init(): Promise<void>
    filters(): Promise<unknown>
    search(q: string): Promise<{results: {data(): Promise<unknown>}[]}>
  }
  await pagefind.options({basePath: `http://127.0.0.1:${port}/pagefind/`, baseUrl: '/'})
  await pagefind.init()
  const found = await pagefind.search(QUERY)
  await Promise.all(found.results.slice(0, 10).map((r) => r.data()))
  const code = [...served].filter(([u]) => /\.(js|pagefind)$/.test(u))
  const index = [...served].filter(([u]) => !/\.(js|pagefind)$/.test(u))
  const kb = (list: [string, number][]) => (list.reduce((sum, [, n]) => sum + n, 0) / 1024).toFixed(0)
  console.log(`Query "${QUERY}": ${found.results.length} results`)
  console.log(`Downloaded for it and its first 10 results: ${kb(index)} kB of index in ${index.length} files (+ ${kb(code)} kB of script and WebAssembly, cached across searches)`)
  for (const [u, n] of index.sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${(n / 1024).toFixed(1).padStart(7)} kB  ${u}`)
  // The facets, loaded by the search page only when the filters are opened.
  const before = new Set(served.keys())
  await pagefind.filters()
  await pagefind.search(QUERY)
  const facets = [...served].filter(([u]) => !before.has(u))
  console.log(`Opening the filters (facet counts) downloads ${kb(facets)} kB more in ${facets.length} files`)
  server.close()
  await rm(root, {recursive: true, force: true})
}

await main()
