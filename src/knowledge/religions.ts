/**
 * Religions as Vietnamese text names them, and the common noun for religion
 * itself. Several start with a word that is also a surname (`Cao Đài`,
 * `Tôn giáo` in "Phòng Tôn Giáo huyện X", capitalised by many outlets), so
 * the people parser must know them to never read one as a person's name
 * ("tín đồ của Phật Giáo, Cao Đài, Hòa Hảo ...").
 *
 * Written as outlets print them, in NFC with old-style tone placement
 * (`Hòa`); matched case-insensitively, word by word.
 */

/** Religions and religious organisations recognised in Việt Nam, in their short names. */
export const RELIGIONS: readonly string[] = [
  'Phật giáo', 'Công giáo', 'Thiên Chúa giáo', 'Tin Lành', 'Cao Đài', 'Hòa Hảo', 'Phật giáo Hòa Hảo',
  'Hồi giáo', 'Bà La Môn', 'Baha\'i', 'Bahá\'í', 'Tứ Ân Hiếu Nghĩa', 'Bửu Sơn Kỳ Hương',
  'Minh Sư Đạo', 'Minh Lý Đạo', 'Tịnh độ Cư sĩ Phật hội', 'Phật giáo Tứ Ân Hiếu Nghĩa',
  'Cơ đốc Phục lâm', 'Mặc Môn', 'Đạo Cao Đài', 'Đạo Tin Lành'
]

/**
 * Common nouns of the religious domain that start with a surname's word and
 * are capitalised inside bodies' names (`Ban Tôn giáo`, `Vụ Tôn giáo`).
 */
export const RELIGION_WORDS: readonly string[] = ['Tôn giáo', 'Tín ngưỡng']

/**
 * Catholic baptismal (saint's) names, printed before a believer's full name
 * ("Linh mục Phêrô Nguyễn Văn A", "bà Maria Trần Thị B"). They are part of
 * the name as printed: the record keeps them. Single words as outlets spell
 * them, with the common variants; a two-word one (`Vinh Sơn`, `Gioan
 * Baotixita`) is listed whole.
 */
export const BAPTISMAL_NAMES: readonly string[] = [
  'Giuse', 'Phêrô', 'Phero', 'Gioan', 'Gioan Baotixita', 'Maria', 'Phaolô', 'Phaolo', 'Antôn', 'Antôn Pađua',
  'Giacôbê', 'Giacobe', 'Đaminh', 'Tôma', 'Anrê', 'Phanxicô', 'Phanxicô Xaviê', 'Martinô', 'Vinh Sơn',
  'Gioakim', 'Matthêô', 'Mátthêu', 'Luca', 'Máccô', 'Marcô', 'Têrêsa', 'Teresa', 'Anna', 'Catarina',
  'Lucia', 'Luxia', 'Agnès', 'Anê', 'Rosa', 'Rôsa', 'Micae', 'Micael', 'Gabriel', 'Raphael', 'Stêphanô',
  'Batôlômêô', 'Philipphê', 'Simon', 'Simôn', 'Tađêô', 'Augustinô', 'Inhaxiô', 'Bênađô', 'Phêrô Maria',
  'Giuse Maria', 'Cêcilia', 'Monica', 'Mônica', 'Isave', 'Elisabeth', 'Clara', 'Madalena', 'Mađalêna',
  'Emmanuel', 'Lôrensô', 'Vinhsơn', 'Barnaba', 'Matthia'
]
