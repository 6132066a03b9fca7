import {describe, expect, it} from 'vitest'
import {
  gluedSyllableSplit,
  SURNAMES,
  isNameSyllable,
  isSurname,
  looksLikePersonName,
  startsWithNotPerson
} from '../../src/knowledge/surnames.js'

const words = (s: string) => s.split(' ')

describe('surnames', () => {
  it('lists the common surnames', () => {
    for (const s of ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Vũ', 'Ngô', 'Lâm', 'Đinh', 'Triệu']) {
      expect(SURNAMES, s).toContain(s)
    }
  })
  it('knows ethnic-minority name starts', () => {
    expect(isSurname('Ksor')).toBe(true)
    expect(isSurname('Y')).toBe(true)
    expect(isSurname("H'Hen")).toBe(true)
    // Any letter and an apostrophe before a capital: K'Ho, Chu Ru, M'Nông prefixes.
    expect(isSurname("K'Brơi")).toBe(true)
    expect(looksLikePersonName(words("K'Brơi Hùng"))).toBe(true)
    expect(isSurname("k'brơi")).toBe(false)
    expect(isSurname('Giàng')).toBe(true)
    // Hmong and Dao family names of the northern mountains (`Ly` is the Hmong `Lý`).
    for (const s of ['Ly', 'Hạng', 'Lù', 'Sần', 'Lìu']) expect(isSurname(s), s).toBe(true)
    expect(looksLikePersonName(words('Ly Mí Sính'))).toBe(true)
  })
  it('knows Khmer family names and rarer Kinh surnames', () => {
    for (const s of ['Sơn', 'Chau', 'Lữ', 'Đới', 'Ôn']) expect(isSurname(s), s).toBe(true)
    expect(looksLikePersonName(words('Sơn Thị Mỹ Hạnh'))).toBe(true)
    expect(looksLikePersonName(words('Lữ Thị Bích Thủy'))).toBe(true)
  })
  it('does not take places that start with a Khmer family name for people', () => {
    for (const p of ['Sơn La', 'Sơn Trà', 'Sơn Tây']) expect(looksLikePersonName(words(p)), p).toBe(false)
  })
  it('leaves out words that are mostly something else', () => {
    expect(isSurname('Văn')).toBe(false)
    expect(isSurname('Phó')).toBe(false)
    expect(isSurname('Bình')).toBe(false)
  })
})

describe('isNameSyllable', () => {
  it('takes one capitalised syllable', () => {
    expect(isNameSyllable('Kỷ')).toBe(true)
    expect(isNameSyllable("H'Hen")).toBe(true)
    expect(isNameSyllable('Nghiêng')).toBe(true)
  })
  it('rejects abbreviations, lower case and foreign words', () => {
    expect(isNameSyllable('UBND')).toBe(false)
    expect(isNameSyllable('ThS')).toBe(false)
    expect(isNameSyllable('kỷ')).toBe(false)
    expect(isNameSyllable('TRẦN')).toBe(false)
    expect(isNameSyllable('Vajiralongkorn')).toBe(false)
  })
})

describe('looksLikePersonName', () => {
  it('accepts Vietnamese full names of 2 to 5 syllables', () => {
    for (const n of ['Nguyễn Văn Kỷ', 'Tô Lâm', 'Nguyễn Thị Thanh Hải', 'Lâm Hải Giang', 'Võ Đức Trong',
      'Ksor Phước Hà', 'Y Thanh Hà Niê Kđăm', "H'Hen Niê"]) {
      expect(looksLikePersonName(words(n)), n).toBe(true)
    }
  })
  it('rejects one syllable, six syllables, and names that start elsewhere', () => {
    expect(looksLikePersonName(['Kỷ'])).toBe(false)
    expect(looksLikePersonName(words('Nguyễn Văn Thị Thanh Hải Anh'))).toBe(false)
    expect(looksLikePersonName(words('Maha Vajiralongkorn'))).toBe(false)
    expect(looksLikePersonName(words('Anh Khoa'))).toBe(false)
  })
  it('rejects historical figures, places and bodies', () => {
    for (const n of ['Hồ Chí Minh', 'Lê Duẩn', 'Nguyễn Huệ', 'Hà Nội', 'Lâm Đồng', 'Thái Bình', 'Y Tế', 'Văn Phòng', 'Bộ Công']) {
      expect(looksLikePersonName(words(n)), n).toBe(false)
    }
  })
  it('tells how many words of a run are a not-a-person phrase', () => {
    expect(startsWithNotPerson(words('Hà Nội Nguyễn Hải Trung'))).toBe(2)
    expect(startsWithNotPerson(words('Nguyễn Hải Trung'))).toBe(0)
  })
})

describe('gluedSyllableSplit', () => {
  it('splits a name glued to the predicate after it by a lost space', () => {
    expect(gluedSyllableSplit('Anđồng')).toBe(2)
    expect(gluedSyllableSplit('Hùngphát')).toBe(4)
  })
  it.each(['Êban', 'Ênuôl', 'Nguyễn', 'Đắk', 'Krông', 'Clingendael', 'Andong', 'Hòa'])('leaves %s whole', (word) => {
    expect(gluedSyllableSplit(word)).toBe(0)
  })
})
