/**
 * One map file per site: `map.svg` holds the outlines once; every page with
 * a map draws its circles (links, with spoken names) over it.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {BASE} from '../src/render/map-data.js'
import {buildTestSite, listFiles} from './render-site.js'

let dir: string

beforeAll(async () => {
  dir = (await buildTestSite()).dir
})

describe('map.svg', () => {
  it('is written once, with the outlines and both colour schemes', async () => {
    const svg = await readFile(path.join(dir, 'map.svg'), 'utf8')
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true)
    expect(svg).toContain(BASE.country.slice(0, 200))
    expect(svg).not.toContain('<style')
    expect(svg).toContain('Quần đảo Hoàng Sa')
  })

  it('is referenced, never inlined, by every page with a map; the province links stay in the page', async () => {
    const pages = (await listFiles(dir)).filter((p) => p.endsWith('.html'))
    let withMap = 0
    for (const page of pages) {
      const html = await readFile(path.join(dir, page), 'utf8')
      expect(html, page).not.toContain(BASE.country.slice(0, 200))
      if (!html.includes('class="map-svg"')) continue
      withMap++
      expect(html, page).toContain('<image href="/map.svg"')
      expect(html, page).toMatch(/<a href="\/provinces\/[^"]+\/" aria-label="[^"]+"><circle/)
    }
    expect(withMap).toBeGreaterThanOrEqual(3)
  })
})
