/**
 * Abbreviations written with a dot inside a sentence, so the dot does not
 * end it: place words (`Công an TP. Hồ Chí Minh`, `TX. Thủ Dầu Một`,
 * `Q. Bình Thạnh`) and `Th` of `Th. S`. Academic titles (`TS.`, `PGS.`)
 * come from `ranks.ts`; a single capital (`A.`) is an initial.
 */
export const DOTTED_ABBREVIATIONS: ReadonlySet<string> = new Set(['TP', 'Tp', 'TX', 'Tx', 'TT', 'Q', 'P', 'H', 'X', 'Th'])
