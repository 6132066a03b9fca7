/**
 * The assembler: the cascade of extractors, the front-matter override loop
 * driven by the field registry, and warnings reported once, after front
 * matter has had its say.
 */
import {VFile} from 'vfile'
import {describe, expect, it} from 'vitest'
import {FIELDS, FRONT_MATTER, FRONT_MATTER_KEYS} from '../../src/fields.js'
import {RULES} from '../../src/messages.js'
import {fieldLabel} from '../../src/render/labels.js'
import {clean} from '../../src/stages/clean.js'
import {extract} from '../../src/stages/extract/index.js'
import {extractEvent} from '../../src/stages/extract/event.js'
import {splitFrontMatter} from '../../src/stages/frontmatter.js'
import {normalizeText} from '../../src/text/normalize.js'
import {cleanText} from './pipeline.js'

/** Run front matter → clean → extract on a string, the way the build does. */
function run(text: string) {
  const file = new VFile({path: 'test.md'})
  const split = splitFrontMatter({path: 'test.md', sha256: '', text: normalizeText(text), format: 'md'}, file)
  const extraction = extract(clean(split, file), split, file)
  return {extraction, rules: extraction.warnings.map((w) => w.ruleId), messages: file.messages.map((m) => m.ruleId)}
}

const UNRESOLVED = [
  '# Hội nghị tập huấn công tác nhân quyền',
  '',
  'Sáng 23/7/2024, tại Bình Dương, Đại tá Lê Quang Đạo, Phó Giám đốc Công an tỉnh chủ trì hội nghị.',
  '',
  'Theo ông Bình, công tác này cần đẩy mạnh.'
].join('\n')

describe('official-unresolved and officials: in front matter', () => {
  it('is reported when the front matter does not list the officials', () => {
    const {rules, messages} = run(UNRESOLVED)
    expect(rules).toContain('official-unresolved')
    expect(messages).toContain('official-unresolved')
  })
  it('is silenced by `officials:`, as the rule’s own advice says (regression)', () => {
    const {extraction, rules, messages} = run('---\nofficials:\n  - name: Lê Quang Đạo\n    role: chair\n  - Nguyễn Văn Bình\n---\n' + UNRESOLVED)
    expect(rules).not.toContain('official-unresolved')
    expect(messages).not.toContain('official-unresolved')
    expect(extraction.officials.map((o) => o.name)).toEqual(['Lê Quang Đạo', 'Nguyễn Văn Bình'])
    expect(extraction.evidence['officials.1']).toEqual({frontMatter: 'officials'})
    expect(Object.keys(extraction.evidence).filter((k) => k.startsWith('officials.0.'))).toEqual([])
  })
})

describe('official-unresolved and foreign names', () => {
  it('is not reported for a foreign official found by their whole name ("bà Sabina Keller")', () => {
    const {extraction, rules} = run('# Hội thảo về quyền của phụ nữ\n\nNgày 6/5/2024, hội thảo có sự tham gia của bà Sabina Keller, chuyên gia UNDP.')
    expect(extraction.officials.map((o) => o.name)).toEqual(['Sabina Keller'])
    expect(rules).not.toContain('official-unresolved')
  })
})

describe('place warnings', () => {
  const text = '# Hội nghị tập huấn\n\nSáng 23/7/2024, tỉnh tổ chức hội nghị tập huấn cho cán bộ.'
  it('no-province is reported when nothing names the province (it used to be dropped)', () => {
    expect(run(text).rules).toContain('no-province')
  })
  it('no-province is silenced by `province:`, and a province that does not exist is refused', () => {
    expect(run('---\nprovince: Bình Dương\n---\n' + text).rules).not.toContain('no-province')
    const refused = run('---\nprovince: Xứ Sở Thần Tiên\n---\n' + text)
    expect(refused.rules).toEqual(expect.arrayContaining(['front-matter-province', 'no-province']))
    expect(refused.extraction.warnings.find((w) => w.ruleId === 'front-matter-province')).toMatchObject({line: 2, column: 1})
  })
})

describe('attendanceQualifier', () => {
  const event = (text: string) => extractEvent(cleanText(text).article, {file: new VFile(), authors: [], province: null, lead: null}).event
  it('keeps the word before the number as written', () => {
    expect(event('Cùng dự có hơn 350 đại biểu của 35 tỉnh, thành phố.')).toMatchObject({attendance: 350, attendanceQualifier: 'hơn'})
    expect(event('Hội nghị có sự tham dự của khoảng 120 cán bộ.')).toMatchObject({attendance: 120, attendanceQualifier: 'khoảng'})
    expect(event('Sáng 5/3, Hội nghị tập huấn nhân quyền khai mạc tại Hà Nội. Hơn 200 đại biểu đã tham dự.')).toMatchObject({attendance: 200, attendanceQualifier: 'Hơn'})
    expect(event('Lớp học thu hút gần như 300 học viên.')).toMatchObject({attendance: 300, attendanceQualifier: 'gần như'})
    expect(event('Hội nghị thu hút hàng 1.000 người tham gia.')).toMatchObject({attendance: 1000, attendanceQualifier: 'hàng'})
  })
  it('is null when the number is given plainly, or with a filler word', () => {
    expect(event('Ban Chỉ đạo tổ chức Hội nghị tập huấn cho 200 đồng chí.')).toMatchObject({attendance: 200, attendanceQualifier: null})
    expect(event('Hội nghị tập huấn diễn ra với 80 học viên.')).toMatchObject({attendance: 80, attendanceQualifier: null})
    expect(event('Đại diện 35 tỉnh, thành phố tham dự hội nghị.')).toMatchObject({attendance: null, attendanceQualifier: null})
  })
  it('has evidence, and front matter overrides it', () => {
    const text = '# Hội nghị\n\nSáng 23/7/2024, tại Bình Dương, tổ chức Hội nghị tập huấn cho hơn 200 đại biểu.'
    const found = run(text).extraction
    expect(found.event).toMatchObject({attendance: 200, attendanceQualifier: 'hơn'})
    expect(found.evidence['event.attendanceQualifier']).toMatchObject({text: 'cho hơn 200 đại biểu'})
    const set = run('---\nattendanceQualifier: gần\n---\n' + text).extraction
    expect(set.event).toMatchObject({attendance: 200, attendanceQualifier: 'gần'})
    expect(set.evidence['event.attendanceQualifier']).toEqual({frontMatter: 'attendanceQualifier'})
    expect(run('---\nattendanceQualifier: null\n---\n' + text).extraction.event.attendanceQualifier).toBeNull()
  })
})

describe('the field registry', () => {
  it('is what the front-matter stage accepts, and what the message lists', () => {
    for (const key of FRONT_MATTER_KEYS) expect(run(`---\n${key}: null\n---\nx`).messages, key).not.toContain('front-matter-key')
    expect(run('---\nattendance: 5\n---\nx').messages).toContain('front-matter-key')
    expect(RULES['front-matter-key'].fix).toBe(`use one of: ${FRONT_MATTER_KEYS.join(', ')}`)
  })
  it('gives every field a label, and every front-matter rule a field', () => {
    for (const field of FIELDS) expect(fieldLabel(field.path)).toBe(field.label)
    expect(fieldLabel('attendance')).toBe(fieldLabel('event.attendance'))
    expect(FRONT_MATTER.map((f) => f.field.frontMatter?.key)).toEqual(FRONT_MATTER_KEYS)
  })
  it('silences only warnings of the extract stage', () => {
    for (const {rule} of FRONT_MATTER) for (const id of rule.silences) expect(RULES[id].source).toBe('extract')
  })
})
