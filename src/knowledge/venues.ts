/**
 * The words of a place phrase (`tại X`): the nouns that start the name of a
 * hall or building, and the words after `tại` that name no place. Read by
 * `stages/extract/place.ts`.
 */

/** Nouns that start the name of a hall or a building (`Hội trường UBND tỉnh`). */
export const VENUE_NOUNS: readonly string[] = [
  'hội trường', 'trụ sở', 'khách sạn', 'trung tâm', 'nhà văn hóa', 'nhà văn hoá', 'nhà khách', 'phòng họp',
  'cung văn hóa', 'cung văn hoá', 'học viện', 'trường', 'nhà hát', 'hội quán', 'khu di tích', 'bảo tàng',
  'nhà thi đấu', 'nhà truyền thống', 'văn phòng'
]

/** Words after `tại` that are not a place (`tại hội nghị`, `tại cấp cơ sở`). */
export const NOT_PLACE_WORDS: readonly string[] = [
  'hội nghị', 'hội thảo', 'buổi', 'lớp', 'chương trình', 'cấp', 'địa phương', 'đơn vị', 'cơ sở', 'các', 'những',
  'nhiều', 'đây', 'đó', 'nơi', 'kỳ', 'phiên', 'sự kiện', 'diễn đàn'
]

/**
 * Words after `từ X` that make X the edge of a region, not a place
 * (`các tỉnh từ Quảng Trị trở ra phía Bắc`, `từ Huế trở vào`, `từ Nghệ An
 * đến Cà Mau`): the participants come from there; the event is not held there.
 */
/**
 * Words before a place that say where a person comes from (`em X, đến từ
 * tỉnh Y`): a participant's home, not the event's place.
 */
export const ORIGIN_WORDS: readonly string[] = ['đến từ', 'quê ở', 'quê quán', 'quê']

export const REGION_EDGE_AFTER: readonly string[] = ['trở ra', 'trở vào', 'trở lên', 'trở xuống', 'đến', 'tới']

/**
 * Heads of an outlet's name (`Báo Quảng Ninh`, `Đài PT-TH tỉnh Bến Tre`,
 * `Cổng TTĐT tỉnh X`), capitalised as names are: the province in such a name
 * is the newspaper's home, not the event's place.
 */
export const OUTLET_NAME_HEADS: readonly string[] = [
  'Báo', 'Báo điện tử', 'Tạp chí', 'Đài Phát thanh và Truyền hình', 'Đài Phát thanh - Truyền hình', 'Đài PT-TH', 'Đài PTTH',
  'Đài Truyền hình', 'Truyền hình', 'Cổng Thông tin điện tử', 'Cổng thông tin điện tử', 'Cổng TTĐT', 'Trang thông tin điện tử'
]

/**
 * Heads of a school's or an institute's name (`Trường Đại học Luật Hà Nội`,
 * `Đại học Kinh tế - Luật Thành phố Hồ Chí Minh`), capitalised as names are:
 * the province in such a name is where the school is, and the school is
 * often only a participant; it is no vote for the event's place. (A venue
 * phrase, `tại Trường Đại học Luật Hà Nội`, still places the event.)
 */
export const INSTITUTION_NAME_HEADS: readonly string[] = [
  'Trường', 'Đại học', 'Học viện', 'Viện', 'Bệnh viện', 'Nhà xuất bản', 'Bảo tàng', 'Nhà hát'
]

/**
 * An event held online for the whole country: with no hall or main
 * connection point named, it has no province (the provinces of its
 * connection points and of its officials watched or spoke; none hosted it).
 * Both words must be in the headline or the lead, with a course's noun and no `điểm cầu`.
 */
export const ONLINE_WORDS: readonly string[] = ['trực tuyến', 'online', 'qua mạng', 'từ xa']
export const NATIONWIDE_WORDS: readonly string[] = ['toàn quốc', 'cả nước', 'toàn lực lượng', 'toàn ngành']
/**
 * ... and it is a course (`lớp`, `khóa học`), taken from wherever the
 * learners are. A conference a province joins from its own connection point
 * (`Ban Chỉ đạo tỉnh X dự hội nghị trực tuyến toàn quốc`) keeps that province.
 */
export const COURSE_WORDS: readonly string[] = ['lớp', 'khóa học', 'khoá học', 'khóa bồi dưỡng', 'khoá bồi dưỡng', 'khóa tập huấn', 'khoá tập huấn']

/**
 * Words a little before a district's name that make it one of several
 * places (`cán bộ những quận và TP Thủ Đức`): where participants come
 * from, not where the event is held.
 */
export const PLURAL_PLACE_WORDS: readonly string[] = ['các', 'những', 'mỗi', 'từng']

/**
 * Credits that mark a photo as a stock illustration ("Ảnh minh họa: X"): its
 * caption shows another place and day than the story's, so it places nothing.
 */
export const ILLUSTRATION_MARKERS: readonly string[] = ['ảnh minh họa', 'ảnh minh hoạ', 'ảnh mang tính minh họa', 'hình minh họa', 'ảnh tư liệu']
