/**
 * Issue 8, item 6: invisible and look-alike characters made a second
 * official who looks the same, and the newcomer could take the real
 * official's URL. Default-ignorable code points are removed and
 * compatibility forms folded when reading; names that differ only by
 * Cyrillic or Greek look-alike letters are one person, with a warning.
 */
import fc from 'fast-check'
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {hasLookAlike, skeleton} from '../src/knowledge/confusables.js'
import {buildArchive, type ArchiveItem} from '../src/stages/archive.js'
import {decode} from '../src/stages/read.js'
import {nameKey, normalizeText} from '../src/text/normalize.js'
import {slug} from '../src/text/slug.js'
import type {Extraction, OfficialRecord} from '../src/types.js'

/** The invisible characters of the issue, one of each kind. */
const INVISIBLE = ['\u034F', '\u200E', '\u2062', '\u2066', '\u2067', '\u2068', '\u2069', '\u180E', '\uFE0F', '\u{E0041}', '\u{E007F}', '\u3164', '\u0000', '\u200B', '\u00AD', '\u001B', '\u0007']

const NAMES = ['Nguyễn Văn Kỷ', 'Trần Thị Hòa', 'Lê Quang Đạo', 'Phạm Thủy Tiên', 'Hoàng Văn Quý']

/** A name with `extra` characters inserted at the given places. */
function insert(name: string, extra: [number, string][]): string {
  const chars = [...name]
  for (const [at, ch] of extra) chars.splice(at % (chars.length + 1), 0, ch)
  return chars.join('')
}

function person(name: string): OfficialRecord {
  const clean = normalizeText(name)
  return {name: clean, slug: slug(clean), rank: null, positions: [], role: 'speaker'}
}

function item(path: string, names: string[]): ArchiveItem {
  const extraction: Extraction = {
    title: 'T', date: null, published: null, dayWithoutYear: null, province: null, city: null, venue: null,
    officials: names.map(person), authors: [], topics: [],
    event: {name: null, types: [], organizers: [], attendance: null, attendanceQualifier: null},
    outlet: null, url: null, evidence: {}, warnings: [], spans: []
  }
  return {split: {source: {path, sha256: 'x', text: '', format: 'txt'}, data: {}, bodyLine: 1, body: ''}, extraction, file: new VFile({path})}
}

describe('invisible characters in names (issue 8)', () => {
  it('are removed when reading, whatever and wherever they are (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...NAMES),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...INVISIBLE)), {minLength: 1, maxLength: 6}),
        (name, extra) => {
          const dirty = normalizeText(insert(name, extra))
          expect(dirty).toBe(name)
          expect(nameKey(dirty)).toBe(nameKey(name))
          expect(slug(dirty)).toBe(slug(name))
        }
      )
    )
  })

  it('are removed from a file as it is read', () => {
    const file = new VFile({path: 'a.txt'})
    const bytes = new TextEncoder().encode('Ông Nguyễn Văn K\u200E\u034Fỷ\u{E0041} phát biểu.\n')
    expect(decode('a.txt', bytes, file)?.text).toBe('Ông Nguyễn Văn Kỷ phát biểu.\n')
  })

  it('never make a second official', () => {
    const built = buildArchive([item('a.txt', ['Nguyễn Văn Kỷ']), item('b.txt', ['Nguyễn Văn K\u2066ỷ\u2069']), item('c.txt', ['Nguyễn\u3164 Văn Kỷ'])])
    expect(built.officials.map((o) => [o.slug, o.name, o.articles])).toEqual([['nguyen-van-ky', 'Nguyễn Văn Kỷ', ['a', 'b', 'c']]])
  })
})

describe('full-width and styled letters (issue 8)', () => {
  it('are folded to plain letters, and Vietnamese letters stay NFC', () => {
    expect(normalizeText('Ｎｇｕｙễｎ Ｖăｎ Ｋỷ')).toBe('Nguyễn Văn Kỷ')
    expect(normalizeText('𝐍𝐠𝐮𝐲ễ𝐧 Văn Kỷ')).toBe('Nguyễn Văn Kỷ')
    // NFKC is not applied to the whole text: the story's own characters stay.
    expect(normalizeText('Tăng 5…10%, ½ số đại biểu, m²')).toBe('Tăng 5…10%, ½ số đại biểu, m²')
    expect(normalizeText('Nguyễn Văn Kỷ')).toBe('Nguyễn Văn Kỷ'.normalize('NFC'))
  })
})

describe('look-alike letters in names (issue 8)', () => {
  const cyrillic = 'Nguyễn Văn \u041Aỷ' // Cyrillic К
  const mixed = 'Nguyễn V\u0430n H\u043Eàng' // Cyrillic а and о

  it('have the Latin skeleton', () => {
    expect(skeleton(cyrillic)).toBe('Nguyễn Văn Kỷ')
    expect(skeleton(mixed)).toBe('Nguyễn Van Hoàng')
    expect(hasLookAlike(cyrillic)).toBe(true)
    expect(hasLookAlike('Nguyễn Văn Kỷ')).toBe(false)
    expect(hasLookAlike('Владимир Путин')).toBe(false)
  })

  it('are one official with the real one, who keeps the name and the URL, and are reported where they are written', () => {
    for (const order of [['a.txt', 'b.txt'], ['b.txt', 'a.txt']]) {
      const real = item(order[0]!, ['Nguyễn Văn Kỷ'])
      const fake = item(order[1]!, [cyrillic])
      const built = buildArchive([fake, real])
      expect(built.officials).toHaveLength(1)
      expect(built.officials[0]).toMatchObject({slug: 'nguyen-van-ky', name: 'Nguyễn Văn Kỷ'})
      expect(fake.file.messages.map((m) => m.ruleId)).toEqual(['confusable-name'])
      expect(real.file.messages).toEqual([])
    }
  })

  it('never take a URL from a real official (property)', () => {
    const swap: Record<string, string> = {a: '\u0430', o: '\u043E', e: '\u0435', K: '\u041A', H: '\u041D', T: '\u0422', i: '\u0456'}
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.array(fc.nat(), {minLength: 1, maxLength: 3}), fc.boolean(), (name, places, fakeFirst) => {
        const chars = [...name]
        for (const at of places) {
          const i = at % chars.length
          chars[i] = swap[chars[i]!] ?? chars[i]!
        }
        const fake = chars.join('')
        const items = [item('real.txt', [name]), item('fake.txt', [fake])]
        const built = buildArchive(fakeFirst ? items.reverse() : items)
        const holder = built.officials.find((o) => o.slug === slug(name))
        expect(holder?.articles).toContain('real')
        expect(holder?.name).toBe(name)
      })
    )
  })
})
