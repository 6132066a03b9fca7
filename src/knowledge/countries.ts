/**
 * Foreign places as Vietnamese text writes them: countries, continents and
 * regions, and the unions of countries. Many start with a word that is also
 * a surname (`Hà Lan`, `Châu Âu`, `Thụy Điển`, `Đan Mạch`) and end with a
 * word that is also a given name, so the people parser must know them to
 * never take one for a person ("Giảng viên Viện X, Hà Lan cùng ...",
 * "Trung tâm Đào tạo Châu Âu về ...").
 */

/** What kind of place a name is. */
export type ForeignPlaceKind = 'country' | 'region' | 'union'

export interface ForeignPlace {
  readonly name: string
  readonly kind: ForeignPlaceKind
}

const countries = (...names: string[]): ForeignPlace[] => names.map((name) => ({name, kind: 'country'}))
const regions = (...names: string[]): ForeignPlace[] => names.map((name) => ({name, kind: 'region'}))
const unions = (...names: string[]): ForeignPlace[] => names.map((name) => ({name, kind: 'union'}))

/**
 * Foreign places. Left out on purpose: two-word names that are also common
 * given names inside a full name (`Nam Phi`, `Trung Á`, `Đông Á`), which
 * would stop "Nguyễn Nam Phi" from being read as a name.
 */
export const FOREIGN_PLACES: readonly ForeignPlace[] = [
  ...countries(
    'Hà Lan', 'Thụy Điển', 'Thụy Sĩ', 'Thụy Sỹ', 'Đan Mạch', 'Na Uy', 'Phần Lan', 'Ba Lan',
    'Bồ Đào Nha', 'Tây Ban Nha', 'Hy Lạp', 'Ấn Độ', 'Nhật Bản', 'Mông Cổ', 'Thổ Nhĩ Kỳ',
    'Ai Cập', 'Tân Tây Lan', 'Hoa Kỳ', 'Cu Ba', 'Đông Timor', 'Ai Len', 'Băng Đảo',
    'Triều Tiên', 'Hàn Quốc', 'Trung Quốc', 'Thái Lan', 'Ả Rập Xê Út', 'Bờ Biển Ngà',
    'Vương quốc Anh', 'Liên bang Nga', 'Cộng hòa Séc', 'Lào', 'Campuchia', 'Anh', 'Pháp', 'Đức',
    'Mỹ', 'Nga', 'Úc', 'Áo', 'Bỉ', 'Ý', 'Canada', 'Singapore', 'Malaysia', 'Indonesia',
    'Philippines', 'Myanmar', 'Brunei'
  ),
  ...regions(
    'Châu Âu', 'Châu Á', 'Châu Phi', 'Châu Mỹ', 'Châu Úc', 'Châu Đại Dương',
    'Châu Á - Thái Bình Dương', 'Thái Bình Dương', 'Đại Tây Dương', 'Ấn Độ Dương',
    'Đông Nam Á', 'Bắc Âu', 'Tây Âu', 'Đông Âu',
    'Nam Âu', 'Trung Âu', 'Bắc Mỹ', 'Nam Mỹ', 'Mỹ La-tinh', 'Mỹ Latinh', 'Trung Đông',
    'Bắc Cực', 'Nam Cực', 'Liên Xô'
  ),
  ...unions('Liên minh châu Âu', 'Liên hợp quốc', 'Liên Hợp Quốc', 'Liên Hiệp Quốc')
]

/** The foreign places' names of two or more words, for the people parser's not-a-person phrases. */
export const FOREIGN_PLACE_PHRASES: readonly string[] = FOREIGN_PLACES.map((p) => p.name).filter((n) => n.includes(' '))
