/**
 * Offices as data: the head words that start a position ("Phó Giám đốc",
 * "Thứ trưởng"), the bodies a position attaches to ("Bộ Công an", "UBND
 * tỉnh"), their abbreviations, and the predicate verbs that end a position
 * and say how its holder takes part in the story.
 *
 * People extraction uses these lists both ways: to recognise a position
 * ("Phó Chánh Văn phòng Thường trực ...") and to stop a name from swallowing
 * one ("Võ Đức Trong" ends where "Ban" would begin).
 *
 * Every phrase is matched case-insensitively, word by word, in NFC with
 * old-style tone placement (`Ủy`, `hòa`), as `normalizeText` leaves text.
 */
import type {OfficialRole} from '../types.js'

/**
 * Offices that take a `Phó ` (deputy) form; both forms are heads. Written as
 * outlets print them; case does not matter when matching.
 */
const DEPUTY_OFFICES: readonly string[] = [
  'Chủ tịch', 'Chủ tịch Thường trực', 'Bí thư', 'Bí thư Thường trực',
  'Trưởng ban', 'Trưởng Ban Thường trực', 'Trưởng Ban',
  'Giám đốc', 'Tổng Giám đốc', 'Giám đốc Thường trực',
  'Chánh Văn phòng', 'Chánh Văn phòng Thường trực', 'CVP', 'Chánh Thanh tra', 'Chánh án',
  'Cục trưởng', 'Tổng cục trưởng', 'Vụ trưởng', 'Viện trưởng',
  'Chủ nhiệm', 'Chủ nhiệm Ủy ban', 'Thủ trưởng', 'Tư lệnh', 'Chính ủy',
  'Tổng Biên tập', 'Hiệu trưởng', 'Trưởng phòng', 'Trưởng Phòng',
  'Trưởng đoàn', 'Trưởng Đoàn', 'Trưởng Đoàn ĐBQH', 'Trưởng khoa', 'Trưởng Khoa',
  'Trưởng Công an', 'Trưởng Cơ quan', 'Trưởng Đại diện', 'Trưởng Tiểu ban',
  'Trưởng bộ môn', 'Trưởng Bộ môn', 'Trưởng bộ phận', 'Trưởng Bộ phận', 'Chỉ huy trưởng', 'Tham mưu trưởng',
  'Sư đoàn trưởng', 'Lữ đoàn trưởng', 'Trung đoàn trưởng', 'Đoàn trưởng',
  'Tổng Thư ký', 'Tổng Thanh tra', 'Kiểm toán trưởng', 'Tổng Kiểm toán',
  'Thủ tướng', 'Chủ tịch nước', 'Chủ tịch Quốc hội', 'Tổng cục trưởng',
  'Giám đốc Học viện', 'Giám đốc Công an', 'Thư ký', 'Trưởng Văn phòng',
  // Heads of a mission abroad, with their deputies (`Phó Đại sứ`, `Phó Tổng Lãnh sự`).
  'Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự',
  // `Phó GĐ Học viện X`: the short form papers print for Giám đốc.
  'GĐ'
]

/** Offices that have no `Phó ` form of their own, or whose deputy has another name. */
const OTHER_OFFICES: readonly string[] = [
  'Bộ trưởng', 'Thứ trưởng', 'Tổng Bí thư', 'Ủy viên', 'Ủy viên Thường trực',
  // The short deputy forms papers print: `Vụ phó` (Phó Vụ trưởng), `Cục phó`, `Viện phó`.
  'Vụ phó', 'Cục phó', 'Viện phó',
  // `Phó Ban Chỉ đạo Tây Nguyên`, `Phó ban Tuyên giáo`: the deputy head of a `Ban`, printed without `Trưởng`.
  'Phó Ban', 'Phó ban',
  // `Phó Văn phòng Ban X`: the deputy head of a `Văn phòng`, printed without `Chánh`.
  'Phó Văn phòng',
  'Đại biểu Quốc hội', 'ĐBQH', 'Cố vấn', 'Trợ lý',
  // Diplomats and the UN's resident heads: `Tham tán Công sứ`, `Điều phối viên thường trú Liên hợp quốc`.
  'Tham tán', 'Tham tán Công sứ', 'Công sứ', 'Tùy viên', 'Điều phối viên thường trú', 'Đại diện thường trú',
  'Chuyên viên', 'Chuyên viên chính', 'Chuyên gia', 'Chấp hành viên', 'Kiểm sát viên', 'Thẩm phán',
  'Điều tra viên', 'Thanh tra viên', 'Giảng viên', 'Giảng viên chính', 'Nghiên cứu viên',
  'Phóng viên', 'Luật sư', 'Nhà báo', 'Đội trưởng', 'Phó Đội trưởng',
  'Trưởng ấp', 'Trưởng thôn', 'Trưởng bản', 'Trưởng khu phố',
  'Bí thư chi bộ', 'Thường trực Ban Bí thư', 'Ủy viên Bộ Chính trị', 'Ủy viên Trung ương Đảng',
  // `UVTW Đảng`, `UVBCT`: the abbreviations of the Party's Central Committee and Politburo membership.
  'UVTW', 'UVTW Đảng', 'UVTƯ', 'UVTƯ Đảng', 'UVBCT',
  // `UVBTV`, `UVTV`: member of a Standing Committee (Ủy viên Ban Thường vụ), an office of its own before the next.
  'UVBTV', 'UVTV',
  'Tổng Tham mưu trưởng', 'Phó Tổng Tham mưu trưởng',
  // The clergy's offices ("Cha xứ Giuse Nguyễn Văn A", "Linh mục ...").
  'Cha xứ', 'Cha phó', 'Linh mục', 'Giám mục', 'Tổng Giám mục', 'Mục sư'
]

/**
 * Head words that start a position, longest first when matched. Each office
 * of `DEPUTY_OFFICES` is also listed with `Phó ` (deputy) before it.
 */
export const OFFICE_HEADS: readonly string[] = [
  ...DEPUTY_OFFICES,
  ...DEPUTY_OFFICES.map((o) => `Phó ${o}`),
  ...OTHER_OFFICES
]

/**
 * Offices and bodies posted somewhere, whose name goes on with `tại` and
 * the place they serve in: "Đại sứ Vương quốc Na Uy tại Việt Nam", "Tổng
 * Lãnh sự Nhật Bản tại Đà Nẵng", "Tham tán Đại sứ quán Úc tại
 * Hà Nội". Elsewhere `tại` ends a position ("Giám đốc Sở Y tại hội nghị").
 * A position holding one of these keeps `tại` and a place (`STATION_PLACES`).
 */
export const STATIONED_OFFICES: readonly string[] = [
  'Đại sứ', 'Tổng Lãnh sự', 'Lãnh sự', 'Trưởng Đại diện', 'Đại diện thường trú', 'Điều phối viên thường trú',
  'Đại sứ quán', 'Tổng Lãnh sự quán', 'Lãnh sự quán', 'Văn phòng đại diện', 'Cơ quan đại diện',
  'Phái đoàn', 'Phái đoàn đại diện thường trực'
]

/** The words that join a stationed office to its place (`tại Việt Nam`). */
export const STATION_PREPOSITIONS: readonly string[] = ['tại']

/**
 * Places a stationed office serves in besides the countries
 * (`knowledge/countries.ts`) and the provinces and their cities: the home
 * country and the United Nations' seats.
 */
export const STATION_PLACES: readonly string[] = [
  'Việt Nam', 'Liên hợp quốc', 'Liên Hợp quốc', 'LHQ', 'Geneva', 'Giơ-ne-vơ', 'New York', 'Niu Oóc'
]

/**
 * Jobs written short in a contributor's signature (`Nguyễn Thị A – CB.
 * Tuyên giáo Đảng ủy`): cán bộ, chuyên viên, giáo viên, cộng tác viên.
 */
export const JOB_ABBREVIATIONS: readonly string[] = ['CB', 'CV', 'GV', 'CTV']

/** Words that mark a former office; they belong to the position (`nguyên Chủ tịch ...`). */
export const FORMER_MARKERS: readonly string[] = ['nguyên', 'Nguyên', 'cựu', 'Cựu']

/** Words that mark an acting office; they belong to the position too (`Quyền Giám đốc ...`). */
export const ACTING_MARKERS: readonly string[] = ['Quyền', 'quyền']

/**
 * Lower-case words that, after a name and its comma, stand for an office
 * when a body follows: "X, đại diện Cục Y, Bộ Z, cho biết ..." is X's
 * position. Not heads elsewhere ("các đại diện" of many bodies; a body named "Văn phòng đại diện").
 */
export const REPRESENTATIVE_HEADS: readonly string[] = ['đại diện']

/**
 * Bodies a position attaches to. A comma followed by one of these continues
 * the position ("Phó Cục trưởng Cục Đối ngoại, Bộ Công an" is one position),
 * and a run of capitalised words that starts with one is never a name.
 */
export const BODIES: readonly string[] = [
  'Bộ', 'Bộ Công an', 'Bộ Quốc phòng', 'Bộ Ngoại giao', 'Bộ Tư pháp', 'Bộ Tư lệnh',
  'Bộ Chỉ huy', 'Bộ Chính trị', 'Bộ đội Biên phòng',
  'Ban', 'Ban Chỉ đạo', 'Ban chỉ đạo',
  // `Trưởng Ban điều hành X`: a steering board; `điều hành` after `Ban` is its name, not the verb.
  'Ban Điều hành', 'Ban điều hành', 'BCĐ', 'Ban Bí thư', 'Ban Chấp hành', 'BCH',
  'Ban Thường vụ', 'BTV', 'Ban Tuyên giáo', 'Ban Dân vận', 'Ban Tổ chức', 'Ban Nội chính',
  'Văn phòng', 'VP', 'Cục', 'Chi cục', 'Tổng cục', 'Vụ', 'Viện', 'Phân viện', 'Học viện', 'Trường',
  'Đại học', 'Sở', 'Phòng', 'Hội', 'Hội đồng', 'Hội đồng nhân dân', 'HĐND',
  'Hội Liên hiệp', 'Hội Cựu chiến binh', 'Hội Nông dân', 'Hội Luật gia',
  'Ủy ban', 'Ủy ban nhân dân', 'UBND', 'Ủy ban Mặt trận Tổ quốc', 'UBMTTQ',
  'Mặt trận Tổ quốc', 'MTTQ', 'Tỉnh ủy', 'Thành ủy', 'Huyện ủy', 'Quận ủy', 'Thị ủy',
  'Đảng ủy', 'Đảng đoàn', 'Ban cán sự', 'Công an', 'CATP', 'CAT', 'CAND', 'Quân khu',
  'Quốc hội', 'Chính phủ', 'Trung ương', 'TW', 'TƯ', 'Tòa án', 'Tòa án nhân dân', 'TAND',
  // `VKSND tối cao`, `TAND tối cao`: the supreme procuracy and court; `tối cao` is part of the name, not the evening `tối`.
  'VKSND tối cao', 'Viện kiểm sát nhân dân tối cao', 'Viện Kiểm sát nhân dân tối cao', 'TAND tối cao', 'Tòa án nhân dân tối cao',
  'Viện kiểm sát', 'Viện Kiểm sát', 'VKSND', 'Thanh tra', 'Đoàn', 'Đoàn Thanh niên',
  'Đoàn TNCS', 'Tỉnh đoàn', 'Thành đoàn', 'Liên đoàn', 'Liên đoàn Lao động', 'LĐLĐ',
  'Trung tâm', 'Báo', 'Đài', 'Tạp chí', 'Ngân hàng', 'Kho bạc', 'Hiệp hội', 'Liên minh',
  // `Liên hiệp các hội ...`, `Tổ chức Y tế Thế giới`, `Cao ủy ...` of the UN: unions and international bodies (round b9).
  'Liên hiệp', 'Tổ chức', 'Cao ủy',
  // The United Nations agencies papers name by their acronym (`chuyên gia ..., UNICEF Việt Nam`).
  'UNICEF', 'UNDP', 'UNFPA', 'UNESCO', 'UNHCR', 'UNODC', 'UN Women',
  'Quỹ', 'Tập đoàn', 'Tổng công ty', 'Công ty', 'Bệnh viện', 'Sư đoàn', 'Lữ đoàn',
  'Trung đoàn', 'Quân đoàn', 'Quân chủng', 'Binh chủng', 'Cơ quan', 'Khoa', 'Bộ môn', 'Bộ phận',
  // `Phân hiệu Đại học X`: a branch campus of an academy or university.
  'Phân hiệu',
  'Đại sứ quán', 'Tổng Lãnh sự quán', 'Liên hợp quốc', 'Liên Hợp quốc', 'Tiểu ban',
  'Y tế', 'Y dược', 'Y khoa', 'ĐHQG', 'Chương trình Phát triển Liên hợp quốc', 'Chương trình Phát triển Liên Hợp quốc'
]

/**
 * Units that belong to a larger body named after them with a comma (`Cục
 * Đối ngoại, Bộ Công an`, `Vụ Hợp tác quốc tế, Bộ Tư pháp`, `Trung tâm X,
 * Hội Liên hiệp Phụ nữ Việt Nam`), and the bodies they belong to: the pair
 * is one body, not two.
 */
export const SUBUNIT_HEADS: readonly string[] = [
  // `Ban Điều hành Dự án X, Trường Y`: a project's steering board inside the body that runs it.
  'Ban Điều hành', 'Ban điều hành',
  'Cục', 'Chi cục', 'Vụ', 'Phòng', 'Trung tâm', 'Văn phòng', 'Khoa', 'Bộ môn', 'Tổng cục']
export const PARENT_BODY_HEADS: readonly string[] = [
  // `Chi cục X, Sở Y tỉnh`: a provincial department's branch (round b11).
  'Sở',
  'Bộ', 'Tổng cục', 'Hội Liên hiệp', 'Hội Liên Hiệp', 'Ủy ban nhân dân', 'UBND', 'Học viện', 'Đại học', 'Trường', 'Bộ Tư lệnh', 'Viện Hàn lâm'
]

/**
 * Abbreviations of bodies and offices, with what they stand for. They are
 * heads or bodies above; this table documents them and lets a view expand them.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ['UBND', 'Ủy ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['CATP', 'Công an thành phố'],
  ['CAT', 'Công an tỉnh'],
  ['CAND', 'Công an nhân dân'],
  ['BCĐ', 'Ban Chỉ đạo'],
  ['VP', 'Văn phòng'],
  ['CVP', 'Chánh Văn phòng'],
  ['GĐ', 'Giám đốc'],
  ['TT', 'Thường trực'],
  ['MTTQ', 'Mặt trận Tổ quốc'],
  ['UBMTTQ', 'Ủy ban Mặt trận Tổ quốc'],
  ['ĐBQH', 'Đại biểu Quốc hội'],
  ['TW', 'Trung ương'],
  ['TƯ', 'Trung ương'],
  ['TAND', 'Tòa án nhân dân'],
  ['VKSND', 'Viện kiểm sát nhân dân'],
  ['BCH', 'Ban Chấp hành'],
  ['BTV', 'Ban Thường vụ'],
  ['LĐLĐ', 'Liên đoàn Lao động'],
  ['TNCS', 'Thanh niên Cộng sản'],
  ['ĐHQG', 'Đại học Quốc gia']
])

/**
 * Administrative-unit words. A capitalised run right after one is usually a
 * place (`tỉnh Hà Nam`, `huyện Lâm Hà`), so a name there needs three or more
 * syllables ("Trưởng Ban chỉ đạo Nhân quyền tỉnh Võ Đức Trong").
 */
export const ADMIN_UNIT_WORDS: readonly string[] = [
  'tỉnh', 'thành phố', 'TP', 'TP.', 'huyện', 'quận', 'thị xã', 'xã', 'phường', 'thị trấn',
  'ấp', 'thôn', 'bản', 'làng', 'khu phố', 'tổ dân phố', 'đặc khu', 'Tỉnh', 'Thành phố'
]

/** How a predicate says its subject takes part; `null` for words that only end a position. */
export interface Predicate {
  /** The words, in NFC, as they are printed (matched case-insensitively). */
  phrase: string
  /** The role its subject gets, or null when it gives none. */
  role: OfficialRole | null
  /**
   * Whether the phrase ends a position when met inside one. False for words
   * that are also parts of body names (`chỉ đạo` in "Ban chỉ đạo").
   */
  endsPosition: boolean
}

const chair = (phrase: string): Predicate => ({phrase, role: 'chair', endsPosition: true})
const reporter = (phrase: string): Predicate => ({phrase, role: 'reporter', endsPosition: true})
const speaker = (phrase: string): Predicate => ({phrase, role: 'speaker', endsPosition: true})
const attendee = (phrase: string): Predicate => ({phrase, role: 'attendee', endsPosition: true})
const stop = (phrase: string): Predicate => ({phrase, role: null, endsPosition: true})
/** Looks like a verb but is part of a body's or a thing's name: never ends a position. */
const notVerb = (phrase: string): Predicate => ({phrase, role: null, endsPosition: false})

/**
 * Predicates: where a position ends and which role its holder gets. Longest
 * phrase wins ("dự và phát biểu" is a speaker, "dự" an attendee). The order
 * of roles when one person has several: chair > reporter > speaker >
 * attendee > mentioned (see `ROLE_RANK`).
 */
export const PREDICATES: readonly Predicate[] = [
  chair('chủ trì'), chair('đồng chủ trì'), chair('chủ tọa'), chair('điều hành'),
  chair('chủ trì và phát biểu'), chair('chủ trì hội nghị'),
  // "X dự và chủ trì buổi tọa đàm": chairing, not only attending (round b11).
  chair('dự và chủ trì'), chair('tham dự và chủ trì'),
  // "Đoàn kiểm tra do X dẫn đầu": the head of a visiting team leads its meetings.
  chair('dẫn đầu'), chair('làm trưởng đoàn'),
  reporter('trình bày chuyên đề'), reporter('trình bày các chuyên đề'), reporter('truyền đạt'),
  reporter('báo cáo chuyên đề'), reporter('giới thiệu chuyên đề'), reporter('giảng dạy'),
  reporter('là báo cáo viên'), reporter('báo cáo viên'), reporter('quán triệt chuyên đề'),
  reporter('trao đổi chuyên đề'), reporter('thông tin chuyên đề'), reporter('triển khai chuyên đề'),
  reporter('triển khai các chuyên đề'), reporter('truyền đạt chuyên đề'),
  // "được nghe bà X truyền thông các kiến thức về ...": communicating the content to the class (round b12).
  reporter('truyền thông các kiến thức'), reporter('truyền thông kiến thức'),
  // Two dissemination verbs in a row: the subject presents the content to the class (round b9).
  reporter('quán triệt, phổ biến'), reporter('triển khai, phổ biến'), reporter('triển khai, tuyên truyền'),
  reporter('tuyên truyền, phổ biến'), reporter('phổ biến, quán triệt'), reporter('quán triệt, triển khai'),
  speaker('phát biểu'), speaker('cho biết'), speaker('khẳng định'), speaker('nhấn mạnh'),
  speaker('đề nghị'), speaker('yêu cầu'), speaker('nêu rõ'), speaker('chia sẻ'),
  speaker('biểu dương'), speaker('đánh giá'), speaker('kết luận'), speaker('lưu ý'),
  speaker('đề xuất'), speaker('kiến nghị'), speaker('quán triệt'), speaker('thông tin'),
  speaker('thông báo'), speaker('báo cáo'), speaker('trình bày'), speaker('gợi mở'),
  speaker('phân tích'), speaker('chỉ rõ'), speaker('ghi nhận'), speaker('cảm ơn'),
  speaker('chúc mừng'), speaker('mong muốn'), speaker('bày tỏ'), speaker('nói'),
  speaker('giải đáp'), speaker('trả lời'), speaker('điểm lại'), speaker('tuyên bố'),
  speaker('khai mạc'), speaker('bế mạc'), speaker('phát động'), speaker('đề cập'),
  speaker('giao nhiệm vụ'), speaker('quán triệt'), speaker('hoan nghênh'), speaker('nhận định'),
  speaker('thông qua'), speaker('dự và phát biểu'), speaker('tham dự và phát biểu'),
  // "X dự và chỉ đạo buổi tập huấn": attending and giving directions is speaking, like "dự và phát biểu chỉ đạo".
  speaker('dự và chỉ đạo'), speaker('tham dự và chỉ đạo'), speaker('đến dự và chỉ đạo'), speaker('về dự và chỉ đạo'),
  speaker('nhắc lại'), speaker('cảnh báo'), speaker('trao đổi'), speaker('giới thiệu'),
  speaker('nhận xét'), speaker('thuyết trình'), speaker('cung cấp'), speaker('có những chia sẻ'), speaker('có bài chia sẻ'),
  {phrase: 'chỉ đạo', role: 'speaker', endsPosition: false},
  attendee('dự'), attendee('tham dự'), attendee('đến dự'), attendee('cùng dự'), attendee('tới dự'),
  attendee('về dự'), attendee('tham gia'), attendee('có mặt'), attendee('trao'), attendee('tặng'), attendee('thăm'),
  stop('thừa ủy quyền'), stop('thừa lệnh'), stop('thay mặt'),
  // "X đại diện Ban Y triển khai ...": the predicate is further on; `Văn phòng đại diện` is a body's name.
  {phrase: 'đại diện', role: null, endsPosition: false},
  notVerb('dự án'), notVerb('dự thảo'), notVerb('dự báo'), notVerb('dự toán'), notVerb('dự kiến'),
  notVerb('dự bị'), notVerb('thông tin và truyền thông'), notVerb('thông tin đối ngoại'),
  notVerb('thông tin điện tử'), notVerb('điều hành tác nghiệp'),
  // "Ủy viên dự khuyết", "Trưởng Ban điều hành Đề án ...": parts of an office or a body, not verbs.
  notVerb('dự khuyết'), notVerb('điều hành đề án'), notVerb('điều hành dự án'), notVerb('điều hành chương trình')
]

/**
 * Lower-case words that end a position: prepositions, auxiliaries and
 * conjunctions that never occur inside an office's name. (`của`, `về`, `các`,
 * `người`, `năm` do occur — "Hội đồng Dân tộc của Quốc hội", "Viện Quyền con
 * người" — and are not here.)
 */
export const POSITION_BREAKERS: readonly string[] = [
  'tại', 'trong', 'cùng', 'đã', 'đang', 'sẽ', 'vừa', 'cũng', 'được', 'bị', 'là', 'có', 'khi',
  'nhằm', 'để', 'với', 'theo', 'cho', 'đến', 'vào', 'từ', 'sau', 'trước', 'đồng thời',
  'những', 'trên', 'thì', 'mà', 'nên', 'vì', 'do', 'rằng', 'này', 'đó', 'ấy', 'luôn', 'đều',
  'còn', 'đây', 'hôm', 'sáng', 'chiều', 'tối', 'ngày', 'tháng', 'đồng chí',
  'ông', 'bà', 'anh', 'chị', 'thầy giáo', 'cô giáo', 'đ/c'
]

/**
 * Lower-case phrases that open with a breaker (`sau`, `tại`, `từ`, `trong`,
 * `có`) yet are words of a body's name: "Phòng đào tạo sau đại học"
 * (postgraduate), "hệ tại chức" (in-service), "Trung tâm đào tạo từ xa"
 * (distance learning), "Vụ ... trong nước" (domestic), "tội phạm có tổ
 * chức" (organised crime). Inside a position they are one word of the body,
 * not the clause a breaker opens ("Sở Y sau đại hội" still ends at `sau`).
 */
export const BODY_NAME_PHRASES: readonly string[] = ['sau đại học', 'tại chức', 'từ xa', 'trong nước', 'có tổ chức']

/**
 * Words between two offices of one person that say the second is held
 * concurrently: "Phó Chủ tịch X kiêm Trưởng ban Y" holds two
 * positions. Before an office head (either case) the word ends the first
 * position and opens the second.
 */
export const CONCURRENT_MARKERS: readonly string[] = ['kiêm', 'kiêm nhiệm']

/**
 * Memberships written in lower case that, followed by a capitalised body,
 * are an office of their own: "X, Cục trưởng Cục Y, thành viên Ban Chỉ đạo
 * Z chủ trì ..." holds two positions, and so does "..., ủy viên Ban
 * Thường vụ Tỉnh ủy". After a position's comma they continue the person's
 * positions; capitalised, `Ủy viên` is a head of `OFFICE_HEADS` already
 * (`Thành viên` is not: it is also a given name's syllables, "Nguyễn Thành Viên").
 */
export const MEMBERSHIP_OFFICES: readonly string[] = ['thành viên', 'ủy viên']

/**
 * Adverbs that may stand between a subject and its predicate without
 * changing the role ("Thứ trưởng Lê Quốc Hùng đã chủ trì ...").
 */
export const PREDICATE_ADVERBS: readonly string[] = [
  'đã', 'cũng', 'đồng thời', 'còn', 'vừa', 'đều', 'sẽ', 'đang', 'trực tiếp', 'thân mật',
  'ân cần', 'long trọng', 'lần lượt', 'tiếp tục', 'luôn'
]

/**
 * Role order, the one definition: the higher, the more active. The strongest
 * role a person has in a story is the one recorded, the strongest across an
 * event's articles is the event's, and people are listed strongest first.
 */
export const ROLE_RANK: Readonly<Record<OfficialRole, number>> = {
  chair: 5, reporter: 4, speaker: 3, attendee: 2, mentioned: 1
}

/**
 * Cue phrases that start a sentence listing participants, and the role they
 * give. `scope: 'all'` gives it to every person in the sentence (a list:
 * "Đến dự có các đồng chí: A, ...; B, ..."); `'first'` only to the first
 * ("Phát biểu tại Hội nghị, Đại tá A ... cho biết").
 */
export interface SentenceCue {
  phrase: string
  role: OfficialRole
  scope: 'all' | 'first'
  /**
   * Whether the cue counts only as the sentence's first words. Speaker cues
   * do ("Phát biểu tại Hội nghị, ..."); elsewhere "phát biểu" is often a noun
   * ("bài phát biểu của ...") that says nothing about who spoke.
   */
  atStart: boolean
  /**
   * Whether the cue also counts in the middle of a sentence, for the people
   * after it: "X chủ trì và có sự tham gia của bà Y, ..." makes Y present.
   */
  midSentence?: boolean
  /**
   * Whether the cue counts only right before the person: "Theo ông X, ..."
   * quotes X, while "theo kế hoạch của ..., ông X" says nothing of X.
   */
  adjacent?: boolean
}

/** Sentence-opening cues, matched in the words before the sentence's first person. */
export const SENTENCE_CUES: readonly SentenceCue[] = [
  {phrase: 'đồng chủ trì', role: 'chair', scope: 'all', atStart: false},
  {phrase: 'chủ trì hội nghị có', role: 'chair', scope: 'all', atStart: false},
  {phrase: 'chủ trì hội thảo có', role: 'chair', scope: 'all', atStart: false},
  {phrase: 'chủ trì có', role: 'chair', scope: 'all', atStart: false},
  // "Chủ trì buổi làm việc có ông X": a sentence that opens with chairing (round b11).
  {phrase: 'chủ trì', role: 'chair', scope: 'all', atStart: true},
  {phrase: 'báo cáo viên', role: 'reporter', scope: 'all', atStart: false},
  {phrase: 'giảng viên', role: 'reporter', scope: 'all', atStart: false},
  // "Tham gia giảng dạy lớp này có bà X và bà Y": the people who teach the class (round b12).
  {phrase: 'tham gia giảng dạy', role: 'reporter', scope: 'all', atStart: false},
  {phrase: 'đến dự', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'tham dự', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'cùng dự', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'tới dự', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'về dự', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'dự hội nghị', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'dự hội thảo', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'dự buổi', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'dự lớp', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'dự có', role: 'attendee', scope: 'all', atStart: false},
  {phrase: 'sự tham dự', role: 'attendee', scope: 'all', atStart: false, midSentence: true},
  {phrase: 'sự tham gia', role: 'attendee', scope: 'all', atStart: false, midSentence: true},
  {phrase: 'sự có mặt', role: 'attendee', scope: 'all', atStart: false, midSentence: true},
  // "phần trình bày chuyên đề của PGS.TS X": the person after it presented.
  {phrase: 'trình bày chuyên đề của', role: 'reporter', scope: 'first', atStart: false},
  // "nghe các tham luận của A, ...; B, ... và C": everyone listed presented a paper.
  {phrase: 'tham luận của', role: 'reporter', scope: 'all', atStart: false},
  {phrase: 'báo cáo chuyên đề của', role: 'reporter', scope: 'all', atStart: false},
  // "Theo ông X, ...", "Còn theo bà Y, ...": the person is quoted, so spoke (round b9).
  {phrase: 'theo', role: 'speaker', scope: 'first', atStart: false, adjacent: true},
  {phrase: 'phát biểu', role: 'speaker', scope: 'first', atStart: true},
  {phrase: 'kết luận', role: 'speaker', scope: 'first', atStart: true}
]

/**
 * Words of foreign bodies' names printed in Latin letters ("Quỹ Ford
 * Foundation", "Tổ chức Human Rights Watch"): a run of Latin capitals after a
 * position with one of them names a body, not the person who holds the office.
 */
export const FOREIGN_BODY_WORDS: readonly string[] = [
  'Foundation', 'Fund', 'Institute', 'Institution', 'University', 'College', 'School', 'Academy', 'Program', 'Programme',
  'Project', 'Council', 'Committee', 'Commission', 'Watch', 'International', 'Center', 'Centre', 'Group', 'Association',
  'Society', 'Bank', 'Company', 'Corporation', 'Agency', 'Office', 'Department', 'Ministry', 'Union', 'Network', 'Alliance',
  'Trust', 'Partners', 'Partnership', 'Services', 'Media', 'News', 'Times', 'Post', 'Press', 'Radio', 'Television', 'Forum',
  'Initiative', 'Coalition', 'Federation', 'Organization', 'Organisation', 'Mission', 'Embassy', 'Consulate', 'Church',
  'Amnesty', 'Rights', 'Human', 'Freedom', 'House', 'Vision', 'Plan', 'Care', 'Save', 'Children', 'Aid', 'Action'
]
