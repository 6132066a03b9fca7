import {describe, expect, it} from 'vitest'
import {
  ABBREVIATIONS,
  BODIES,
  BODY_NAME_PHRASES,
  MEMBERSHIP_OFFICES,
  OFFICE_HEADS,
  POSITION_BREAKERS,
  PREDICATES,
  ROLE_RANK,
  SENTENCE_CUES
} from '../../src/knowledge/offices.js'

describe('office heads', () => {
  it('includes offices and their deputies', () => {
    for (const o of ['Bộ trưởng', 'Thứ trưởng', 'Chủ tịch', 'Phó Chủ tịch', 'Phó Chủ tịch Thường trực', 'Bí thư',
      'Phó Bí thư', 'Trưởng ban', 'Phó Trưởng ban', 'Giám đốc', 'Phó Giám đốc', 'Chánh Văn phòng',
      'Phó Chánh Văn phòng', 'Phó CVP', 'Cục trưởng', 'Phó Cục trưởng', 'Vụ trưởng', 'Viện trưởng',
      'Phó Viện trưởng', 'Chủ nhiệm', 'Phó Chủ nhiệm', 'Ủy viên', 'Tư lệnh', 'Chính ủy', 'Tổng Biên tập',
      'Hiệu trưởng', 'Trưởng phòng', 'Phó Trưởng phòng', 'Đại biểu Quốc hội', 'Trưởng Đoàn ĐBQH',
      'Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch nước', 'Tổng Bí thư', 'Chánh án', 'Chỉ huy trưởng']) {
      expect(OFFICE_HEADS, o).toContain(o)
    }
  })
  it('has no duplicates', () => {
    const lower = OFFICE_HEADS.map((o) => o.toLowerCase())
    expect(new Set(lower).size).toBeLessThanOrEqual(lower.length)
  })
  it('keeps ranks and bodies out of the heads', () => {
    expect(OFFICE_HEADS).not.toContain('Đại tá')
    expect(OFFICE_HEADS).not.toContain('Bộ Công an')
  })
})

describe('bodies and abbreviations', () => {
  it('lists the bodies positions attach to', () => {
    for (const b of ['Bộ Công an', 'UBND', 'Ủy ban nhân dân', 'HĐND', 'Tỉnh ủy', 'Thành ủy', 'Ban Chỉ đạo', 'BCĐ',
      'Văn phòng', 'CATP', 'Mặt trận Tổ quốc', 'Quốc hội', 'Viện', 'Học viện', 'Hội', 'Sở', 'Cục', 'Vụ']) {
      expect(BODIES, b).toContain(b)
    }
  })
  it('expands the abbreviations of the genre', () => {
    expect(ABBREVIATIONS.get('UBND')).toBe('Ủy ban nhân dân')
    expect(ABBREVIATIONS.get('CVP')).toBe('Chánh Văn phòng')
    expect(ABBREVIATIONS.get('ĐBQH')).toBe('Đại biểu Quốc hội')
    for (const a of ['HĐND', 'CATP', 'BCĐ', 'VP', 'TT', 'MTTQ', 'TW']) expect(ABBREVIATIONS.has(a), a).toBe(true)
  })
})

describe('predicates', () => {
  const role = (p: string) => PREDICATES.find((x) => x.phrase === p)?.role
  it('gives each predicate its role', () => {
    expect(role('chủ trì')).toBe('chair')
    expect(role('đồng chủ trì')).toBe('chair')
    expect(role('trình bày chuyên đề')).toBe('reporter')
    expect(role('phát biểu')).toBe('speaker')
    expect(role('cho biết')).toBe('speaker')
    expect(role('khẳng định')).toBe('speaker')
    expect(role('nhấn mạnh')).toBe('speaker')
    expect(role('đề nghị')).toBe('speaker')
    expect(role('tham dự')).toBe('attendee')
    expect(role('dự')).toBe('attendee')
  })
  it('never ends a position at a word that belongs to a body name', () => {
    expect(PREDICATES.find((x) => x.phrase === 'chỉ đạo')?.endsPosition).toBe(false)
    expect(PREDICATES.find((x) => x.phrase === 'dự án')?.endsPosition).toBe(false)
  })
  it('orders roles chair > reporter > speaker > attendee > mentioned', () => {
    expect(ROLE_RANK.chair).toBeGreaterThan(ROLE_RANK.reporter)
    expect(ROLE_RANK.reporter).toBeGreaterThan(ROLE_RANK.speaker)
    expect(ROLE_RANK.speaker).toBeGreaterThan(ROLE_RANK.attendee)
    expect(ROLE_RANK.attendee).toBeGreaterThan(ROLE_RANK.mentioned)
  })
  it('keeps words that occur inside office names out of the breakers', () => {
    for (const w of ['của', 'về', 'các', 'người', 'nhân dân']) expect(POSITION_BREAKERS).not.toContain(w)
  })
  it('has list cues for reporters and attendees', () => {
    expect(SENTENCE_CUES.find((c) => c.phrase === 'báo cáo viên')?.role).toBe('reporter')
    expect(SENTENCE_CUES.find((c) => c.phrase === 'đến dự')?.scope).toBe('all')
    expect(SENTENCE_CUES.find((c) => c.phrase === 'phát biểu')?.atStart).toBe(true)
  })
})

describe('body-name phrases and memberships', () => {
  it('each body-name phrase opens with a breaker word, which is what it overrides', () => {
    for (const p of BODY_NAME_PHRASES) expect(POSITION_BREAKERS, p).toContain(p.split(' ')[0])
  })
  it('memberships are lower case, and `Thành viên` is no capitalised head (a given name may hold it)', () => {
    for (const m of MEMBERSHIP_OFFICES) expect(m).toBe(m.toLocaleLowerCase('vi'))
    expect(OFFICE_HEADS).not.toContain('Thành viên')
  })
})
