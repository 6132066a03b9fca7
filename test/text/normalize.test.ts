import {describe, expect, it} from 'vitest'
import {compareVi, fold, normalizeText} from '../../src/text/normalize.js'
import {slug, SlugRegistry} from '../../src/text/slug.js'

describe('normalizeText', () => {
  it('writes a fraction or division slash in a date as "/" (`22⁄11⁄2018`), keeping the length', () => {
    expect(normalizeText('Ngày 22\u204411\u20442018 và 5\u22153')).toBe('Ngày 22/11/2018 và 5/3')
  })
  it('reads NFD exactly like NFC', () => {
    const nfc = 'Nguyễn Văn Kỷ, Bình Dương'
    expect(normalizeText(nfc.normalize('NFD'))).toBe(nfc)
  })
  it('moves new-style tone marks to the old-style place', () => {
    expect(normalizeText('Khánh Hoà, hoà bình, thuỷ lợi, khoẻ')).toBe('Khánh Hòa, hòa bình, thủy lợi, khỏe')
  })
  it('leaves qu+y and closed syllables alone', () => {
    expect(normalizeText('quý, quỹ, hoàn thành, thuyết, Quỳnh')).toBe('quý, quỹ, hoàn thành, thuyết, Quỳnh')
  })
  it('handles a BOM, CRLF, CR and no-break spaces', () => {
    expect(normalizeText('\uFEFFa\r\nb\rc\u00A0d\u200Be')).toBe('a\nb\nc de')
  })
  it('reads a line-break tag a copied page left in a caption as one space', () => {
    expect(normalizeText('Bà Lê Thị Mơ, Giám đốc Sở Y, <br>phát biểu; ông A <BR/>và ông B<br />dự')).toBe(
      'Bà Lê Thị Mơ, Giám đốc Sở Y, phát biểu; ông A và ông B dự'
    )
    expect(normalizeText(normalizeText('a <br<br>> b'))).toBe(normalizeText('a <br<br>> b'))
  })
  it('is idempotent', () => {
    const once = normalizeText('Thanh Hoá\r\nThuỷ')
    expect(normalizeText(once)).toBe(once)
  })
})

describe('fold', () => {
  it('removes diacritics and writes đ as d', () => {
    expect(fold('Nguyễn Văn Kỷ')).toBe('nguyen van ky')
    expect(fold('Đắk Lắk  ĐÀ NẴNG')).toBe('dak lak da nang')
  })
})

describe('compareVi', () => {
  it('sorts Vietnamese letters in their alphabet order', () => {
    const words = ['Đức', 'Dũng', 'Ân', 'An', 'Bình', 'Ấn']
    expect([...words].sort(compareVi)).toEqual(['An', 'Ân', 'Ấn', 'Bình', 'Dũng', 'Đức'])
  })
})

describe('slug', () => {
  it('matches RECORDS.md examples', () => {
    expect(slug('Nguyễn Văn Kỷ')).toBe('nguyen-van-ky')
    expect(slug('Bình Dương')).toBe('binh-duong')
    expect(slug('Đắk Lắk')).toBe('dak-lak')
  })
  it('never makes a path or an empty slug', () => {
    expect(slug('../../x')).toBe('x')
    expect(slug('..')).toBe('untitled')
    expect(slug('', 'fallback')).toBe('fallback')
    expect(slug('<script>&amp;</script>')).toBe('script-amp-script')
  })
  it('cuts long slugs at a hyphen', () => {
    const long = slug('Hội nghị tập huấn công tác nhân quyền năm 2024 '.repeat(5))
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).not.toMatch(/-$/)
  })
})

describe('SlugRegistry', () => {
  it('keeps ids distinct and stable per key', () => {
    const registry = new SlugRegistry()
    expect(registry.claim('a.txt', 'x')).toBe('x')
    expect(registry.claim('b.txt', 'x')).toBe('x-2')
    expect(registry.claim('a.txt', 'x')).toBe('x')
    expect(registry.claim('c.txt', 'x-2')).toBe('x-2-2')
  })
})
