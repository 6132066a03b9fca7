/**
 * Kinds of events as data, and the words that start and end an event's
 * name in running text.
 *
 * An event's name is a head noun ("Hội nghị", "Hội thảo", "Lớp") followed by
 * what it is about: "Hội nghị Sơ kết công tác nhân quyền 6 tháng đầu năm
 * 2024 và tập huấn công tác nhân quyền năm 2024". Its types are the kinds
 * named in it (`sơ kết`, `tập huấn`), written in lower case as RECORDS.md
 * and the gold records name them. "Hội nghị" itself is a container, not a
 * kind: it is a type only when the name gives no other.
 */

/** One kind of event: how records name it, and the phrases that show it. */
export interface EventType {
  /** The type as records write it, lower case: `tập huấn`. */
  type: string
  /** Phrases (any case) that show the kind in a name or a sentence. */
  phrases: readonly string[]
}

/** Kinds of events, in the order types are listed when not taken from a name. */
export const EVENT_TYPES: readonly EventType[] = [
  {type: 'sơ kết', phrases: ['sơ kết']},
  {type: 'tổng kết', phrases: ['tổng kết']},
  {type: 'triển khai', phrases: ['triển khai']},
  {type: 'tập huấn', phrases: ['tập huấn']},
  {type: 'bồi dưỡng', phrases: ['bồi dưỡng']},
  {type: 'quán triệt', phrases: ['quán triệt']},
  {type: 'hội thảo', phrases: ['hội thảo']},
  {type: 'tọa đàm', phrases: ['tọa đàm', 'toạ đàm']},
  {type: 'diễn đàn', phrases: ['diễn đàn']},
  {type: 'đối thoại', phrases: ['đối thoại']},
  {type: 'giao ban', phrases: ['giao ban']},
  {type: 'khai giảng', phrases: ['khai giảng']},
  {type: 'bế giảng', phrases: ['bế giảng']},
  {type: 'cuộc thi', phrases: ['cuộc thi', 'hội thi']},
  {type: 'phổ biến', phrases: ['phổ biến pháp luật']},
  {type: 'gặp mặt', phrases: ['gặp mặt']},
  {type: 'ký kết', phrases: ['ký kết']},
  {type: 'mít tinh', phrases: ['mít tinh']}
]

/**
 * Nouns that name an event of the genre in running text ("hội nghị", "lớp",
 * "buổi"): a sentence holding one is about an event, for the date and
 * place extractors.
 */
export const EVENT_NOUNS: readonly string[] = [
  'hội nghị', 'hội thảo', 'tọa đàm', 'toạ đàm', 'tập huấn', 'bồi dưỡng', 'lớp', 'khóa', 'khoá',
  'diễn đàn', 'đối thoại', 'buổi', 'chương trình', 'hội thi', 'cuộc thi'
]

/**
 * Nouns whose name may carry the meeting's own year ("Hội nghị tập huấn
 * ... năm 2024", "sơ kết ... năm 2024"). Not "buổi" or "chương trình": the
 * year after a programme is usually a plan's ("Chương trình công tác năm
 * 2024"), not the meeting's.
 */
export const YEAR_NAMING_NOUNS: readonly string[] = [
  ...EVENT_NOUNS.filter((noun) => noun !== 'buổi' && noun !== 'chương trình'),
  'sơ kết'
]

/** The container type, given only when a name shows no other kind. */
export const GENERIC_EVENT_TYPE = 'hội nghị'

/**
 * The head word a derived event name puts before a kind, when no article
 * prints the name: `Hội nghị sơ kết`, `Lễ khai giảng`; an empty head means
 * the kind names the event on its own (`Hội thảo`, `Tọa đàm`). Kinds not
 * listed take `DEFAULT_NAMING_HEAD`.
 */
export const NAMING_HEADS: Readonly<Record<string, string>> = {
  'hội nghị': '', 'hội thảo': '', 'tọa đàm': '', 'diễn đàn': '', 'đối thoại': '', 'cuộc thi': '', 'mít tinh': 'Lễ',
  'khai giảng': 'Lễ', 'bế giảng': 'Lễ', 'ký kết': 'Lễ', 'gặp mặt': 'Buổi'
}
export const DEFAULT_NAMING_HEAD = 'Hội nghị'

/**
 * Head nouns that start an event's name, longest first when matched:
 * "tổ chức <Head> ..." in a lead, or "<Head> <kind> ... đã ..." as a subject.
 */
export const EVENT_HEADS: readonly string[] = [
  'Hội nghị trực tuyến', 'Hội nghị', 'Hội thảo khoa học', 'Hội thảo', 'Tọa đàm khoa học',
  'Tọa đàm', 'Lớp tập huấn', 'Lớp bồi dưỡng', 'Khóa tập huấn', 'Khóa bồi dưỡng',
  'Buổi tập huấn', 'Chương trình tập huấn', 'Diễn đàn', 'Cuộc thi', 'Hội thi', 'Đối thoại',
  'Lễ', 'Tập huấn'
]

/**
 * Words that end an event's name when it is the object of "tổ chức": the
 * place, the audience, the purpose, the date. The name also ends at `.`,
 * `;`, `(` and at a comma outside quotes.
 */
export const NAME_TERMINATORS: readonly string[] = [
  'tại', 'cho', 'nhằm', 'với sự', 'với', 'vào', 'từ ngày', 'dành cho', 'có sự', 'theo',
  'do', 'dưới sự', 'để', 'diễn ra', 'trong hai ngày', 'trong 2 ngày', 'trong ba ngày',
  'trong 3 ngày', 'trong ngày', 'nhân dịp', 'thu hút', 'kéo dài', 'qua hình thức',
  'bằng hình thức', 'trực tiếp kết hợp', 'thông qua'
]

/**
 * Words that end an event's name used as the subject of a sentence
 * ("Hội nghị tập huấn công tác nhân quyền đã quán triệt ...").
 */
export const SUBJECT_NAME_TERMINATORS: readonly string[] = [
  'đã', 'nhằm', 'được', 'diễn ra', 'là', 'có', 'sẽ', 'với', 'thu hút', 'kết thúc', 'khai mạc',
  'bế mạc', 'tại', 'cũng', 'đang', 'vừa', 'cho', 'do', 'lần này', 'này'
]

/**
 * Caption openers before an event's name ("Quang cảnh Hội nghị tập huấn
 * ...", "Tại Hội nghị sơ kết ..."): the picture words of the caption
 * openers in `boilerplate.ts` and the two that place a photo at the event.
 */
export const CAPTION_NAME_OPENERS: readonly string[] = ['quang cảnh', 'toàn cảnh', 'khai mạc', 'tại']

/** Verbs that make the event their object: "X tổ chức <event>", "diễn ra <event>". */
export const NAMING_VERBS: readonly string[] = ['tổ chức', 'diễn ra', 'khai mạc', 'mở']

/**
 * Naming verbs whose subject organises the event ("X tổ chức Hội nghị",
 * "X mở lớp bồi dưỡng"); "diễn ra" and "khai mạc" have the event or its
 * opener as subject.
 */
export const ORGANIZING_VERBS: ReadonlySet<string> = new Set(['tổ chức', 'mở'])

/**
 * Activities a lead may say were organised without naming an event ("X
 * phối hợp với Y tổ chức buổi tuyên truyền về ...", "X tổ chức
 * tập huấn cho ..."): after "tổ chức" (maybe past `ACTIVITY_FILLERS`), they
 * make the subject the organisers.
 */
export const ORGANIZED_ACTIVITIES: readonly string[] = [
  ...EVENT_TYPES.flatMap((t) => t.phrases), 'tuyên truyền', 'nói chuyện', 'hội nghị', 'lớp',
  // "tổ chức sinh hoạt ngoại khóa về kỹ năng sống", "tổ chức triển khai Luật X" (round b11).
  'sinh hoạt', 'ngoại khóa', 'triển khai',
  // "tổ chức Ngày hội thể thao ...": a festival day (round b10).
  'ngày hội', 'giao lưu'
]

/** Words between "tổ chức" and an organised activity: "tổ chức hoạt động tuyên truyền", "tổ chức đợt tập huấn". */
export const ACTIVITY_FILLERS: readonly string[] = ['hoạt động', 'chương trình', 'đợt', 'buổi', 'các', 'các buổi', 'các lớp', 'các cuộc']

/**
 * Verbs that launch a programme or a campaign, and what they launch: the
 * subject organises it ("X cùng Y phát động chiến dịch ...").
 */
export const LAUNCH_VERBS: readonly string[] = ['khởi động', 'phát động', 'ra mắt']
export const LAUNCHED_ACTIVITIES: readonly string[] = ['chương trình', 'chiến dịch', 'dự án', 'cuộc thi']

/**
 * Subjects of "<subject> do X tổ chức" besides the event heads: "Chương
 * trình do Cục Y tổ chức" names the organiser of an unnamed activity.
 */
export const PASSIVE_ACTIVITY_SUBJECTS: readonly string[] = ['Hoạt động', 'Chương trình', 'Sự kiện']

/** Words that join co-organisers: "X phối hợp với Y tổ chức". */
export const ORGANIZER_JOINERS: readonly string[] = ['phối hợp với', 'phối hợp cùng', 'phối hợp', 'cùng với', 'và', 'cùng']

/**
 * The joiners that name a partner body, never a part of one body's name:
 * after them a body written in lower case ("cùng với công an huyện",
 * "phối hợp cùng tổ chức X") still starts another organiser. ("và" may join
 * two words of one name: "Sở Lao động ... và Xã hội".)
 */
export const PARTNER_JOINERS: readonly string[] = ['phối hợp với', 'phối hợp cùng', 'phối hợp', 'cùng với']

/**
 * Verbs by which a body hands the organising to another ("UBND huyện giao
 * Phòng X phối hợp ... tổ chức"): the one assigned organises, not the one
 * assigning.
 */
export const ASSIGNING_VERBS: readonly string[] = ['giao cho', 'giao']

/**
 * Verbs that close a sponsor's clause ("Dự án X do tổ chức Y tài trợ, ngày
 * ..., Sở Z tổ chức lớp ..."): the body after "do" funds the project, and the
 * organisers are the subject after the clause.
 */
/**
 * Heads of a funded project that partners a body ("Sở X phối hợp với Dự án
 * Y tổ chức ..."): an organiser only after a partner joiner, since a project
 * is more often the frame of an event than its organiser.
 */
export const PARTNER_PROJECT_HEADS: readonly string[] = ['Dự án']

export const SPONSORING_VERBS: readonly string[] = ['tài trợ', 'viện trợ']

/**
 * Words that open a lead-in before the organisers when no comma closes it
 * ("Sáng ngày 3/4 Đoàn xã X tổ chức ...", "Mới đây, tại sân vận động X
 * Hội Y phối hợp ... tổ chức"): the organisers start at the first body after it.
 */
export const ORGANIZER_LEAD_INS: readonly string[] = ['sáng', 'chiều', 'tối', 'trưa', 'ngày', 'hôm nay', 'vào', 'vừa qua', 'mới đây', 'tại', 'trong']

/**
 * Verbs between the organisers and "tổ chức" that say one of them leads
 * ("Bộ X chủ trì, cùng Y tổ chức"): not part of a name.
 */
/**
 * Levels of government and kinds of unit that, after "các" / "những",
 * make a body's name a class ("UBND các xã", "Phòng Y tế các huyện"), not
 * one organiser.
 */
export const PLURAL_BODY_UNITS: readonly string[] = [
  'xã', 'phường', 'thị trấn', 'huyện', 'quận', 'thị xã', 'thành phố', 'tỉnh', 'địa phương', 'đơn vị', 'cơ quan', 'trường', 'sở', 'ban', 'ngành', 'cấp'
]

export const LEADING_VERBS: readonly string[] = ['chủ trì']

/**
 * Words that open a generic companion phrase at the end of the organisers
 * ("X phối hợp với Y cùng các cơ quan, địa phương liên quan tổ chức"): the
 * joiner, then a plural word, never a named body.
 */
export const ORGANIZER_COMPANION_OPENERS: readonly string[] = ['cùng các', 'cùng những', 'và các', 'với các']

/**
 * Ceremonies that may stand between "tổ chức" and the event's head ("tổ
 * chức bế giảng Lớp tập huấn ..."): the name starts at the head.
 */
export const CEREMONY_WORDS: readonly string[] = ['khai giảng', 'bế giảng', 'khai mạc', 'bế mạc', 'tổng kết']

/**
 * Nouns that count people attending ("hơn 350 đại biểu", "cho 200 đồng chí").
 * Longest first when matched.
 */
export const ATTENDANCE_NOUNS: readonly string[] = [
  'đại biểu', 'học viên', 'cán bộ, chiến sĩ', 'cán bộ', 'đồng chí', 'người', 'thành viên',
  'đảng viên', 'công chức', 'chiến sĩ', 'giáo viên', 'sinh viên', 'hội viên', 'đoàn viên',
  'tuyên truyền viên', 'cán bộ, công chức', 'cán bộ, đảng viên', 'lãnh đạo', 'khách mời',
  // Pupils ("hơn 400 em học sinh", "cho 60 em"), and the respectful classifier of dignitaries ("thu hút 90 vị chức sắc").
  'học sinh', 'em học sinh', 'em', 'trẻ em', 'vị', 'chức sắc',
  // Contestants, young people, workers, and participations counted ("với 50 lượt người dự") (rounds b10, b11).
  'thí sinh', 'bạn trẻ', 'công nhân', 'lượt người'
]

/**
 * Words that, right after an attendance noun, make it another noun: "5 vị
 * trí", "vị thế", "vị thành niên" are not five dignitaries.
 */
export const ATTENDANCE_NOUN_BLOCKERS: readonly string[] = ['trí', 'thế', 'thành niên', 'ngữ', 'giác']

/**
 * A count that is the subject of its sentence, the class that received
 * the course: "<N> hội viên ... được hướng dẫn", "Tại nhà văn hóa thôn, 60
 * hội viên ... được ...". The sentence opens with the number (after at
 * most an opening `Tại ...,` phrase) and one of these verbs follows in it.
 */
export const ATTENDANCE_SUBJECT_VERBS: readonly string[] = ['được', 'tham gia', 'tham dự', 'dự', 'thảo luận']

/** Words before the number that show it counts the attendance (checked in the same sentence). */
export const ATTENDANCE_CUES: readonly string[] = [
  'dự', 'tham dự', 'tham gia', 'cho', 'gồm', 'với', 'có', 'thu hút', 'hơn', 'gần', 'khoảng',
  'trên', 'đông đảo', 'sự tham gia của', 'sự tham dự của', 'sự có mặt của'
]

/**
 * Words before the number of attendees that say it is not exact, kept as
 * written as the event's `attendanceQualifier` (`hơn 350 đại biểu`). A
 * number given plainly (`cho 200 đồng chí`) has none.
 */
export const ATTENDANCE_QUALIFIERS: readonly string[] = [
  'hơn', 'gần', 'gần như', 'khoảng', 'trên', 'hàng', 'xấp xỉ', 'chừng', 'ngót', 'ước'
]

/** Words between the cue and the number that are not qualifiers (`dự với 200`, `tham dự có 50`). */
export const ATTENDANCE_FILLERS: readonly string[] = ['với', 'có']

/**
 * The fewest people we record as an attendance. Smaller numbers in this
 * genre count delegations or speakers ("2 đồng chí"), not the audience.
 */
export const MIN_ATTENDANCE = 5

/**
 * The kinds named in a text, in the order they appear: "Hội nghị Sơ kết ...
 * và tập huấn ..." → `['sơ kết', 'tập huấn']`. Whole words only.
 */
export function typesIn(text: string): string[] {
  const lower = ` ${text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')} `
  const found: {type: string; at: number}[] = []
  for (const t of EVENT_TYPES) {
    let best = -1
    for (const phrase of t.phrases) {
      const at = lower.indexOf(` ${phrase} `)
      if (at >= 0 && (best < 0 || at < best)) best = at
    }
    if (best >= 0) found.push({type: t.type, at: best})
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.type)
}
