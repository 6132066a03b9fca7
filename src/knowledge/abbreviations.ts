/**
 * Abbreviations that newspapers of one city or one ministry use and that
 * readers elsewhere may not know, with their full forms. Pages show the
 * full form in an `<abbr title>` on first use. Matched as whole words,
 * case-sensitive (they are written in capitals).
 */
export const ABBREVIATIONS: Readonly<Record<string, string>> = {
  CATP: 'Công an Thành phố',
  CAND: 'Công an nhân dân',
  UBND: 'Ủy ban nhân dân',
  HĐND: 'Hội đồng nhân dân',
  CVP: 'Chánh Văn phòng',
  BCĐ: 'Ban Chỉ đạo',
  MTTQ: 'Mặt trận Tổ quốc',
  UBMTTQ: 'Ủy ban Mặt trận Tổ quốc',
  QĐND: 'Quân đội nhân dân',
  ĐBQH: 'Đại biểu Quốc hội',
  TPHCM: 'Thành phố Hồ Chí Minh',
  'TP.HCM': 'Thành phố Hồ Chí Minh',
  'PGS.TS': 'Phó Giáo sư, Tiến sĩ',
  'GS.TS': 'Giáo sư, Tiến sĩ',
  ThS: 'Thạc sĩ',
  TS: 'Tiến sĩ'
}

/**
 * Abbreviations written with a dot inside a sentence, so the dot does not
 * end it: place words (`Công an TP. Hồ Chí Minh`, `TX. Thủ Dầu Một`,
 * `Q. Bình Thạnh`) and `Th` of `Th. S`. Academic titles (`TS.`, `PGS.`)
 * come from `ranks.ts`; a single capital (`A.`) is an initial.
 */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set(['TP', 'Tp', 'TX', 'Tx', 'TT', 'Q', 'P', 'H', 'X', 'Th'])
