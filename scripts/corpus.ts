/**
 * A deterministic generator of synthetic raw articles in the seeds' style,
 * for the benchmark: headline, lead, a caption printed twice, a dateline
 * (`Ngày 23/7, tại …`), officials with rank and position, a teaser block
 * and comment furniture, as copied from a news site.
 *
 * Article `i` depends only on `(seed, i)`, so the first 1,000 articles of a
 * 10,000-article corpus are the 1,000-article corpus. A fixed pool of people
 * and events recurs across articles, as real coverage does (several outlets
 * report one event; one official attends many), so the archive's indexes
 * grow the way a real archive's do.
 *
 * The word lists are the generator's own, kept apart from `src/knowledge`:
 * the benchmark must not change when the extractor's knowledge does.
 */
import {mkdir, writeFile} from 'node:fs/promises'
import path from 'node:path'

/** sfc32, seeded by a string hash: small, fast and the same on every machine. */
export class Random {
  private a: number
  private b: number
  private c: number
  private d: number

  constructor(key: string) {
    let h = 1779033703 ^ key.length
    const next = (): number => {
      h = Math.imul(h ^ (h >>> 16), 2246822507)
      h = Math.imul(h ^ (h >>> 13), 3266489909)
      return (h ^= h >>> 16) >>> 0
    }
    for (let i = 0; i < key.length; i++) {
      h = Math.imul(h ^ key.charCodeAt(i), 3432918353)
      h = (h << 13) | (h >>> 19)
    }
    this.a = next()
    this.b = next()
    this.c = next()
    this.d = next()
    for (let i = 0; i < 12; i++) this.float()
  }

  /** A float in [0, 1). */
  float(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0
    this.d = (this.d + 1) | 0
    this.a = this.b ^ (this.b >>> 9)
    this.b = (this.c + (this.c << 3)) | 0
    this.c = (this.c << 21) | (this.c >>> 11)
    this.c = (this.c + t) | 0
    return (t >>> 0) / 4294967296
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.float() * (max - min + 1))
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.float() * list.length)]!
  }
}

const PROVINCES = [
  'Hà Nội', 'Bình Dương', 'Bình Định', 'Tây Ninh', 'Khánh Hòa', 'Lào Cai', 'Hưng Yên', 'Nghệ An', 'Thanh Hóa', 'Đắk Lắk',
  'Gia Lai', 'Cần Thơ', 'Đà Nẵng', 'Hải Phòng', 'Quảng Ninh', 'An Giang', 'Sơn La', 'Điện Biên', 'Lâm Đồng', 'Cà Mau',
  'Kiên Giang', 'Bắc Ninh', 'Nam Định', 'Quảng Nam', 'Thừa Thiên Huế', 'Long An', 'Đồng Nai', 'Hà Giang', 'Yên Bái', 'Sóc Trăng'
]
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý', 'Phan', 'Hồ']
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Quốc', 'Minh', 'Thanh', 'Xuân', 'Hữu', 'Ngọc', 'Thu']
const GIVEN = ['Kỷ', 'Phú', 'Hùng', 'Trong', 'Đạo', 'Hương', 'Lan', 'Sơn', 'Tuấn', 'Dũng', 'Hải', 'Bình', 'Nam', 'Long', 'Thắng', 'Hà', 'Mai', 'Khoa', 'Tâm', 'Vinh']
const RANKS = ['Thiếu tướng', 'Trung tướng', 'Đại tá', 'Thượng tá', 'Trung tá', '', '', '']
const POSITIONS = [
  'Phó Giám đốc Công an tỉnh {p}',
  'Giám đốc Công an tỉnh {p}',
  'Phó Chủ tịch UBND tỉnh {p}',
  'Phó Chánh Văn phòng Thường trực về Nhân quyền của Chính phủ',
  'Trưởng Ban chỉ đạo Nhân quyền tỉnh {p}',
  'Phó Bí thư Tỉnh ủy {p}',
  'Thứ trưởng Bộ Công an',
  'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh {p}'
]
const EVENTS = [
  'Hội nghị tập huấn công tác nhân quyền năm {y}',
  'Hội nghị sơ kết công tác nhân quyền 6 tháng đầu năm {y}',
  'Hội thảo khoa học về quyền con người năm {y}',
  'Hội nghị tổng kết công tác nhân quyền năm {y}',
  'Lễ ra mắt Ban Chỉ đạo về Nhân quyền tỉnh {p}',
  'Tọa đàm về bảo đảm quyền con người trong kỷ nguyên số',
  'Hội nghị tuyên truyền về thành tựu bảo đảm quyền con người'
]
const VERBS = ['phát biểu tại Hội nghị', 'chủ trì Hội nghị', 'trình bày báo cáo tại Hội nghị', 'dự và chỉ đạo Hội nghị']
const SAYS = ['cho biết', 'nhấn mạnh', 'khẳng định', 'đề nghị']
const FILLER = [
  'thời gian qua, tỉnh đã đạt được những kết quả tích cực trong phát triển kinh tế - xã hội, không ngừng nâng cao đời sống vật chất, tinh thần cho Nhân dân',
  'công tác bảo đảm và đấu tranh về nhân quyền trên địa bàn vẫn còn tồn tại nhiều hạn chế, nhất là công tác tuyên truyền về thành tựu nhân quyền',
  'các sở, ban ngành cần nâng cao hơn nữa trách nhiệm trong tổ chức triển khai thực hiện công tác nhân quyền, tham mưu kịp thời, có hiệu quả',
  'nhân quyền là công tác chung của cả hệ thống chính trị, gắn liền với cấp cơ sở, cần sự chung tay, phối hợp của các sở, ban, ngành',
  'cần tiếp tục đẩy mạnh công tác truyền thông đối nội và đối ngoại, phủ xanh thông tin tích cực về thành tựu bảo đảm quyền con người',
  'Ban Chỉ đạo đã làm tốt vai trò tham mưu Tỉnh ủy, Ủy ban nhân dân tỉnh nhằm ổn định tình hình, quan tâm thực hiện tốt công tác bảo đảm an sinh xã hội'
]
const TEASERS = ['Có thể bạn quan tâm', 'Tin liên quan', 'Các tin khác', 'Đọc thêm']
const TAILS = ['Bình luận (0)', 'Phản hồi', 'Lên đầu trang', 'Xem nhiều nhất', 'Mới nhất']
const CREDITS = ['BAN TỔ CHỨC', 'TRẦN HẢI', 'Mai Anh', 'PV', 'TTXVN']

interface Person {
  name: string
  rank: string
  position: string
}

/**
 * The people and events that recur. Person `j` and event `j` depend only on
 * `(seed, j)`; article `i` draws from the first `i / 4` people and `i / 3`
 * events (at least 20 and 10), so the pools grow with the archive and a
 * corpus's prefix is the smaller corpus.
 */
function person(seed: string, j: number): Person {
  const random = new Random(`${seed}:person:${j}`)
  const province = random.pick(PROVINCES)
  return {
    name: `${random.pick(SURNAMES)} ${random.pick(MIDDLES)} ${random.pick(GIVEN)}`,
    rank: random.pick(RANKS),
    position: random.pick(POSITIONS).replace('{p}', province)
  }
}

interface Happening {
  name: string
  province: string
  year: number
}

function happening(seed: string, j: number): Happening {
  const random = new Random(`${seed}:event:${j}`)
  const province = random.pick(PROVINCES)
  const year = random.int(2019, 2025)
  return {name: random.pick(EVENTS).replace('{y}', String(year)).replace('{p}', province), province, year}
}

function sentence(random: Random, province: string): string {
  const text = random.pick(FILLER).replace('tỉnh đã', `tỉnh ${province} đã`)
  return text.charAt(0).toUpperCase() + text.slice(1) + '.'
}

/** One article's text. */
function article(seed: string, index: number): string {
  const random = new Random(`${seed}:${index}`)
  const anyEvent = (): Happening => happening(seed, random.int(0, Math.max(10, Math.ceil(index / 3)) - 1))
  const anyPerson = (): Person => person(seed, random.int(0, Math.max(20, Math.ceil(index / 4)) - 1))
  const event = anyEvent()
  const {province, year} = event
  const day = random.int(1, 28)
  const month = random.int(1, 12)
  const people = Array.from({length: random.int(1, 4)}, () => anyPerson())
  const full = (p: Person): string => `${p.rank ? `${p.rank} ` : ''}${p.name}, ${p.position}`
  const lines: string[] = []
  lines.push(`${province}: ${event.name}`, '')
  if (random.float() < 0.3) lines.push(`Thứ Tư, ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year} 11:20  | ${random.pick(CREDITS)}`, '')
  lines.push(sentence(random, province))
  const caption = `Quang cảnh ${event.name} tại ${province}. (Ảnh: ${random.pick(CREDITS)})`
  lines.push(caption, caption, '')
  const dateline = random.float() < 0.5 ? `Ngày ${day}/${month}/${year}` : `Sáng ${day}/${month}`
  lines.push(`${dateline}, tại ${province}, Ban Chỉ đạo về Nhân quyền tỉnh ${province} tổ chức ${event.name}. ${full(people[0]!)} chủ trì Hội nghị.`, '')
  lines.push(`Tham dự hội nghị có ${random.int(50, 400)} đại biểu là lãnh đạo các sở, ban, ngành và địa phương trên địa bàn tỉnh.`, '')
  for (const person of people) {
    const photo = `${full(person)} ${random.pick(VERBS)}. (Ảnh: ${random.pick(CREDITS)})`
    lines.push(photo, '', photo, '')
    lines.push(`Phát biểu tại Hội nghị, ${full(person)} ${random.pick(SAYS)}, ${random.pick(FILLER)}.`, '')
    for (let i = random.int(1, 3); i > 0; i--) lines.push(sentence(random, province), '')
  }
  lines.push(random.pick(TEASERS), '')
  for (let i = random.int(1, 3); i > 0; i--) {
    const other = anyEvent()
    lines.push(`${other.province}: ${other.name}`, '', `${other.province}: ${other.name}`, '')
  }
  lines.push(random.pick(TAILS))
  return lines.join('\n') + '\n'
}

/** The file name and text of article `index` of a corpus of `total`. */
export function* corpus(total: number, seed = '1'): Generator<{name: string; text: string}> {
  for (let i = 0; i < total; i++) {
    yield {name: `${String(i).padStart(6, '0')}.txt`, text: article(seed, i)}
  }
}

/** Write a corpus into `folder` (created); returns the number of files. */
export async function writeCorpus(folder: string, total: number, seed = '1'): Promise<number> {
  await mkdir(folder, {recursive: true})
  let count = 0
  for (const {name, text} of corpus(total, seed)) {
    await writeFile(path.join(folder, name), text)
    count++
  }
  return count
}
