/**
 * The position grammar: an office head ("Phó Giám đốc", "nguyên Chủ tịch"),
 * then its bodies, up to a predicate, a name, a breaker word or punctuation.
 */
import {maskCompoundCommas} from '../../../knowledge/compounds.js'
import {POSITION_DASHES, POSITION_JOINERS} from '../../../knowledge/mentions.js'
import {PLURAL_MARKERS} from '../../../knowledge/topics.js'
import {DOTTED_ABBREVIATIONS, type Token} from '../words.js'
import {startsMention} from './mentions.js'
import {isCapitalised, isLowerWord, type Sentence} from './state.js'
import {
  ADMIN,
  ADVERBS,
  BODY_NAME_PHRASE_TABLE,
  BODY_TABLE,
  BREAKERS,
  CONCURRENT,
  EVENT_HEAD_TABLE,
  FORMER,
  MEMBERSHIP,
  OFFICES,
  PLACES,
  PREDICATE_TABLE,
  REPRESENTATIVE,
  STATION_PLACE_TABLE,
  STATION_PREPOSITION,
  STATIONED,
  TITLE_WORDS
} from './tables.js'

export interface PositionUnit {
  type: 'position'
  start: number
  end: number
}

/**
 * Consecutive lower-case words a position may hold ("Ủy ban nhân dân thành
 * phố" has five after "Ủy"; "Hội Liên hiệp các tổ chức" four). Past this
 * many, the words are the sentence's predicate, not the office.
 */
const MAX_LOWER_RUN = 5

/**
 * A body named in sentence case runs longer ("Trung tâm chăm sóc sức khỏe
 * người già Cần Thơ" has six lower-case words after its head): a run of up to
 * this many is still the body's name when a place closes it (a province, or
 * an administrative unit and its name), with no predicate or breaker before.
 */
const MAX_LOWER_RUN_TO_PLACE = 9

/**
 * The length of an office head (capitalised, or after `nguyên`; in lower case
 * too with `lower`, and then a membership before a body: `thành viên Ban X`)
 * at `i`, or 0.
 */
export function officeAt(s: Sentence, i: number, lower = false): number {
  let j = i
  const former = FORMER.match(s.tokens, j, s.end)
  if (former) j += former.length
  const head = OFFICES.match(s.tokens, j, s.end)?.length ?? (lower ? membershipAt(s, j) : 0)
  const first = s.tokens[j]
  if (!head || !first || !(lower || /^\p{Lu}/u.test(first.text))) return 0
  return j - i + head
}

/**
 * The length of a membership in lower case at `i` with a capitalised body
 * right after it ("thành viên Ban Chỉ đạo X", "ủy viên Ban Thường vụ Y"),
 * or 0 (`knowledge/offices.ts`, `MEMBERSHIP_OFFICES`).
 */
export function membershipAt(s: Sentence, i: number): number {
  const head = MEMBERSHIP.match(s.tokens, i, s.end)
  if (!head || !isLowerWord(s.tokens[i])) return 0
  const body = i + head.length
  return BODY_TABLE.match(s.tokens, body, s.end) && continuesAt(s, body) ? head.length : 0
}

/** Whether a capitalised phrase that may continue a position starts at `i`: no office head, no person. */
function continuesAt(s: Sentence, i: number): boolean {
  return isCapitalised(s.tokens[i]) && !officeAt(s, i) && !startsMention(s, i)
}

/** Where a position scan stands: the cursor and the run of lower-case words it is in. */
interface Scan {
  /** Where the position starts. */
  start: number
  k: number
  lowerRun: number
  lowerRunStart: number
}

/**
 * Punctuation inside a position: a comma followed by a body continues it
 * ("Cục Đối ngoại, Bộ Công an"), as does the dot of "TP. Hồ Chí Minh" and a
 * dash before a capitalised body. Returns whether the position goes on.
 */
function punctStep(s: Sentence, scan: Scan, t: Token): boolean {
  const next = scan.k + 1
  // "Ban chỉ đạo phong trào dân vận, dân tộc và ...": the comma of a body named after fields in lower case.
  const rest = t.text === ',' ? lowerFieldListRest(s, scan) : -1
  if (rest > 0) {
    scan.k = rest
    scan.lowerRun = 0
    return true
  }
  // "Vụ Phổ biến, giáo dục pháp luật", "Bộ Lao động, Thương binh và Xã hội":
  // the comma of a paired term is inside the body's name.
  if (t.text === ',' && pairedTermComma(s, scan.k)) {
    // "... kiểm tra hành chính, tư pháp, Sở X": the pair's second half closes the field before the parent body.
    if (parentAfterPairedHalf(s, next)) scan.lowerRun = 0
    scan.k = next
    return true
  }
  const body = t.text === ',' && ((!!BODY_TABLE.match(s.tokens, next, s.end) && continuesAt(s, next)) || lowerBodyAt(s, next) || fieldListAt(s, next))
  const dash = POSITION_DASHES.includes(t.text) && continuesAt(s, next)
  if (body || dash) {
    scan.k = next
    scan.lowerRun = 0
    return true
  }
  if (t.text === '.' && DOTTED_ABBREVIATIONS.has(s.tokens[scan.k - 1]?.text ?? '') && isCapitalised(s.tokens[next])) {
    scan.k = next
    return true
  }
  const close = t.text === '(' ? parentheticalEnd(s, next) : -1
  if (close > 0) {
    scan.k = close + 1
    scan.lowerRun = 0
    return true
  }
  return false
}

/** Tokens a parenthesised body or abbreviation inside a position may hold (`(Bộ Ngoại giao)`, `(CECODES)`). */
const MAX_PARENTHETICAL = 8

/**
 * Where a parenthetical that continues a position closes: a body
 * ("Vụ trưởng Vụ X (Bộ Ngoại giao) Hoàng Văn A") or an abbreviation in
 * capitals ("Viện Nghiên cứu Y (CECODES)"), with no other punctuation
 * before its `)`. -1 when none does.
 */
function parentheticalEnd(s: Sentence, i: number): number {
  const first = s.tokens[i]
  const abbreviation = first?.kind === 'word' && /^\p{Lu}{2,}$/u.test(first.text) && s.tokens[i + 1]?.text === ')'
  if (!abbreviation && !(BODY_TABLE.match(s.tokens, i, s.end) && continuesAt(s, i))) return -1
  for (let k = i; k < Math.min(s.end, i + MAX_PARENTHETICAL); k++) {
    const t = s.tokens[k]!
    if (t.text === ')') return k
    // `(Bộ TT&TT)`: the ampersand of an abbreviation is inside the body's name.
    if (t.kind === 'punct' && !POSITION_DASHES.includes(t.text)) return -1
  }
  return -1
}

/**
 * Whether a body whose head is printed in lower case starts at `i`, its
 * name capitalised after it ("..., viện Hàn lâm Nông nghiệp Lào").
 */
function lowerBodyAt(s: Sentence, i: number): boolean {
  const head = BODY_TABLE.match(s.tokens, i, s.end)
  return !!head && isLowerWord(s.tokens[i]) && continuesAt(s, i + head.length)
}

/** Words of one field in a body's list of fields ("Nông nghiệp", "Công tác thanh niên"). */
const MAX_FIELD_WORDS = 4

/**
 * Whether the rest of a list of fields starts at `i`, after the comma inside
 * a body's name: "Sở Nông nghiệp, Lâm nghiệp và Thủy sản", "Phòng Công tác
 * thanh niên, Giáo dục và Nghề nghiệp": a capitalised field of a few words, then `và` and a
 * capitalised one, with no punctuation between.
 */
function fieldListAt(s: Sentence, i: number): boolean {
  if (!continuesAt(s, i)) return false
  for (let j = i + 1; j < s.end && j <= i + MAX_FIELD_WORDS; j++) {
    const t = s.tokens[j]
    if (!t || t.kind !== 'word') return false
    if (POSITION_JOINERS.includes(t.lower)) return continuesAt(s, j + 1)
    if (PREDICATE_TABLE.match(s.tokens, j, s.end)?.value.endsPosition || BREAKERS.match(s.tokens, j, s.end)) return false
  }
  return false
}

/**
 * Whether the lower-case word at `j` may be one field of a body's name: no
 * joiner (`và`), office head (`trưởng đoàn`, `nguyên giám đốc`; `quyền`
 * alone is the word of `nhân quyền`), title, representative,
 * breaker, adverb, plural marker, administrative unit or predicate.
 */
function plainFieldWord(s: Sentence, j: number): boolean {
  const t = s.tokens[j]
  if (j >= s.end || !isLowerWord(t) || PLURAL_MARKERS.has(t!.lower) || POSITION_JOINERS.includes(t!.lower)) return false
  if (officeAt(s, j, true) || REPRESENTATIVE.match(s.tokens, j, s.end) || TITLE_WORDS.match(s.tokens, j, s.end)) return false
  if (BREAKERS.match(s.tokens, j, s.end) || ADVERBS.match(s.tokens, j, s.end) || ADMIN.match(s.tokens, j, s.end)) return false
  return !PREDICATE_TABLE.match(s.tokens, j, s.end)?.value.endsPosition && !startsMention(s, j)
}

/** Whether the position from `from` to `to` names a body (`Ban chỉ đạo`, `Hội đồng`), case aside. */
function holdsBody(s: Sentence, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (BODY_TABLE.match(s.tokens, k, to)) return true
  return false
}

/**
 * Where the scan goes on after the comma at the scan when the comma lies
 * inside a body named after a list of fields in lower case ("Trưởng Ban chỉ
 * đạo phong trào dân vận, dân tộc và miền núi huyện"): the position
 * holds a body and is in a run of lower-case words; after the comma, a few
 * plain lower-case words (`plainFieldWord`), `và`, and more of them that end
 * the name at an administrative unit, a predicate, punctuation or the
 * sentence's end. The index right after `và`, or -1 (the comma ends the position).
 */
function lowerFieldListRest(s: Sentence, scan: Scan): number {
  if (scan.lowerRun === 0 || !holdsBody(s, scan.start, scan.k)) return -1
  let j = scan.k + 1
  while (j < s.end && j <= scan.k + MAX_FIELD_WORDS && plainFieldWord(s, j)) j++
  const joiner = s.tokens[j]
  if (j === scan.k + 1 || j >= s.end || !isLowerWord(joiner) || !POSITION_JOINERS.includes(joiner!.lower)) return -1
  const after = j + 1
  let k = after
  while (k < s.end && k < after + MAX_LOWER_RUN && plainFieldWord(s, k)) k++
  if (k === after) return -1
  const end = s.tokens[k]
  const closed = k >= s.end || end?.kind === 'punct' || !!ADMIN.match(s.tokens, k, s.end) || !!PREDICATE_TABLE.match(s.tokens, k, s.end)?.value.endsPosition
  return closed ? after : -1
}

/** Whether the second half of a paired term at `i` ends, within a few words, at a comma and a parent body. */
function parentAfterPairedHalf(s: Sentence, i: number): boolean {
  for (let j = i; j < s.end && j <= i + MAX_PAIRED_HALF; j++) {
    if (bodyAfterComma(s, j)) return j > i
    if (!isLowerWord(s.tokens[j])) return false
  }
  return false
}

/** Whether a comma at `k` is followed by a body that continues a position (`, Bộ Công an`). */
function bodyAfterComma(s: Sentence, k: number): boolean {
  return s.tokens[k]?.text === ',' && !!BODY_TABLE.match(s.tokens, k + 1, s.end) && continuesAt(s, k + 1)
}

/**
 * The length of a representative head at `i` ("đại diện" before a
 * capitalised body: "X, đại diện Cục Y, Bộ Z"), or 0.
 */
export function representativeAt(s: Sentence, i: number): number {
  const head = REPRESENTATIVE.match(s.tokens, i, s.end)
  if (!head) return 0
  const body = i + head.length
  return BODY_TABLE.match(s.tokens, body, s.end) && continuesAt(s, body) ? head.length : 0
}

/** Whether the comma token at `k` joins the halves of a paired term (`knowledge/compounds.ts`). */
function pairedTermComma(s: Sentence, k: number): boolean {
  const comma = s.tokens[k]
  const from = s.tokens[Math.max(s.start, k - 2)]?.start
  const to = s.tokens[Math.min(s.end - 1, k + 2)]?.end
  if (!comma || from === undefined || to === undefined) return false
  return maskCompoundCommas(s.block.text.slice(from, to))[comma.start - from] !== ','
}

/** A lower-case word inside a position: a predicate or breaker ends it, and so does a long run of them. */
function lowerStep(s: Sentence, scan: Scan, t: Token): boolean {
  // After `các`/`những` a verb's word is a noun: "Vụ Các tổ chức quốc tế".
  const plural = PLURAL_MARKERS.has(s.tokens[scan.k - 1]?.text.toLocaleLowerCase('vi') ?? '')
  // "Phó Chủ tịch X kiêm Giám đốc Y": `kiêm` before an office ends this position; the next opens after it.
  if (concurrentOfficeAt(s, scan.k)) return false
  const predicate = plural ? undefined : PREDICATE_TABLE.match(s.tokens, scan.k, s.end)
  // "Trưởng Ban điều hành": a verb that finishes a body's name begun before it is the body's word.
  const bodyRest = predicate?.value.endsPosition ? bodyNameRest(s, scan.k) : 0
  if (bodyRest) {
    scan.k += bodyRest
    return true
  }
  if (predicate) {
    // "Cục Bảo mật thông tin, Bộ Y": a verb right before a comma and a body is the body's word, not a predicate.
    if (predicate.value.endsPosition && !bodyAfterComma(s, scan.k + predicate.length)) return false
    scan.k += predicate.length
    return true
  }
  const station = stationAt(s, scan)
  if (station) {
    scan.k += station
    scan.lowerRun = 0
    return true
  }
  // "Phòng đào tạo sau đại học": a phrase that opens with a breaker but is one word of the body's name.
  const phrase = BODY_NAME_PHRASE_TABLE.match(s.tokens, scan.k, s.end)
  if (phrase) {
    if (scan.lowerRun === 0) scan.lowerRunStart = scan.k
    scan.lowerRun++
    scan.k += phrase.length
    return true
  }
  // "... Bộ Y tế trực tiếp giảng dạy": an adverb before the predicate is never a body's word.
  if (BREAKERS.match(s.tokens, scan.k, s.end) || ADVERBS.match(s.tokens, scan.k, s.end)) return false
  if (POSITION_JOINERS.includes(t.lower)) {
    const capitalised = continuesAt(s, scan.k + 1)
    if (!capitalised && !abbreviationCloses(s, scan.k + 1) && !lowerBodyClosedByPlace(s, scan) && !lowerBodyClosedByParent(s, scan)) return false
    // The abbreviation closes the words after `và`: they are the body's, not a run of the sentence's.
    if (!capitalised) scan.lowerRun = 0
    scan.k++
    return true
  }
  if (scan.lowerRun === 0) scan.lowerRunStart = scan.k
  scan.lowerRun++
  const left = MAX_LOWER_RUN_TO_PLACE - scan.lowerRun
  if (scan.lowerRun > MAX_LOWER_RUN && !(left >= 0 && (placeAhead(s, scan.k, left) || dashedBodyAhead(s, scan.k, left) || parentBodyAhead(s, scan.k, left)))) {
    scan.k = scan.lowerRunStart
    return false
  }
  scan.k++
  return true
}

/**
 * The length of a concurrent marker and the office after it at `i`
 * ("kiêm Giám đốc Ban Y", "kiêm trưởng ban Z"), counting the marker
 * only, or 0 (`knowledge/offices.ts`, `CONCURRENT_MARKERS`).
 */
export function concurrentOfficeAt(s: Sentence, i: number): number {
  const marker = CONCURRENT.match(s.tokens, i, s.end)
  if (!marker || !isLowerWord(s.tokens[i])) return 0
  return officeAt(s, i + marker.length, true) ? marker.length : 0
}

/** Words a body's name may hold before the word at `k` (`Ban` of `Ban điều hành`). */
const BODY_LOOKBACK = 2

/**
 * How many words of a body's name that started just before `k` remain from
 * `k` on (`Trưởng Ban điều hành`: `điều hành` after `Ban` names the board,
 * not the verb of chairing), by the bodies of `knowledge/offices.ts`; 0 when
 * `k` lies in none.
 */
function bodyNameRest(s: Sentence, k: number): number {
  for (let n = 1; n <= BODY_LOOKBACK && k - n >= s.start; n++) {
    const body = BODY_TABLE.match(s.tokens, k - n, s.end)?.length ?? 0
    if (body > n) return body - n
  }
  return 0
}

/**
 * The length of `tại` and the place a stationed office serves in, at the
 * scan ("Đại sứ Vương quốc Na Uy tại Việt Nam", "Tham tán Đại sứ quán Úc tại
 * TP. Hồ Chí Minh"), or 0: the position so far holds a stationed office or
 * body (`knowledge/offices.ts`), and a known place, capitalised, follows
 * `tại`, after an administrative unit word or not.
 */
function stationAt(s: Sentence, scan: Scan): number {
  const preposition = STATION_PREPOSITION.match(s.tokens, scan.k, s.end)
  if (!preposition) return 0
  let j = scan.k + preposition.length
  j += ADMIN.match(s.tokens, j, s.end)?.length ?? 0
  const place = isCapitalised(s.tokens[j]) ? STATION_PLACE_TABLE.match(s.tokens, j, s.end) : null
  if (!place) return 0
  for (let k = scan.start; k < scan.k; k++) {
    if (STATIONED.match(s.tokens, k, scan.k)) return j + place.length - scan.k
  }
  return 0
}

/**
 * Whether `và` at the scan joins two fields of a body named in lower case
 * that a place closes (`Sở y tế và dân số Hà Nam`): the scan
 * is in a run of lower-case words, and a few more of them, not a plural
 * (`và các sở ngành`), end at a place.
 */
function lowerBodyClosedByPlace(s: Sentence, scan: Scan): boolean {
  const next = s.tokens[scan.k + 1]
  if (scan.lowerRun === 0 || !isLowerWord(next) || PLURAL_MARKERS.has(next!.lower)) return false
  return placeAhead(s, scan.k + 1, MAX_LOWER_BEFORE_ABBREVIATION)
}

/**
 * Whether `và` at the scan joins two fields of a unit named in sentence case
 * that a comma and its parent body close (`Phòng Nghiên cứu Quyền trẻ em và
 * bình đẳng giới, Viện X`): the scan is in a run of lower-case words of a
 * position that holds a body, and a few plain field words (`plainFieldWord`:
 * no plural, office, representative, breaker or predicate) end at that comma.
 */
function lowerBodyClosedByParent(s: Sentence, scan: Scan): boolean {
  if (scan.lowerRun === 0 || !holdsBody(s, scan.start, scan.k)) return false
  let j = scan.k + 1
  let words = 0
  let limit = MAX_LOWER_BEFORE_ABBREVIATION
  while (j < s.end && words < limit) {
    // "... và kiểm tra hành chính, tư pháp, Sở X": a paired term's comma is inside the field, and its second half adds to it.
    if (words > 0 && pairedTermComma(s, j)) limit += MAX_PAIRED_HALF
    else if (plainFieldWord(s, j)) words++
    else break
    j++
  }
  return words > 0 && bodyAfterComma(s, j)
}

/** Syllables the second half of a paired term adds to a field (`hành chính, tư pháp`). */
const MAX_PAIRED_HALF = 2

/** Lower-case syllables after `và` that an abbreviation may close as one body's name (`Cục X và buôn lậu BĐBP`, `... và gian lận thương mại BĐBP`). */
const MAX_LOWER_BEFORE_ABBREVIATION = 4

/**
 * Whether, from `k`, a few lower-case words and then an abbreviation in
 * capitals close the body's name (`Cục Phòng chống buôn lậu và gian lận
 * thương mại BĐBP`): the abbreviation must end the phrase, before
 * punctuation, a joiner or a predicate, so "Sở X và đại diện UBND tỉnh"
 * does not read as one body.
 */
function abbreviationCloses(s: Sentence, k: number): boolean {
  for (let j = k; j < s.end && j <= k + MAX_LOWER_BEFORE_ABBREVIATION; j++) {
    const t = s.tokens[j]
    if (!t || t.kind !== 'word') return false
    if (/^\p{Lu}{2,}$/u.test(t.text)) return j > k && closesPhrase(s, j + 1)
    if (!isLowerWord(t) || PREDICATE_TABLE.match(s.tokens, j, s.end) || BREAKERS.match(s.tokens, j, s.end)) return false
  }
  return false
}

/** Whether the phrase ends before `j`: punctuation, the sentence's end, a joiner or a predicate. */
function closesPhrase(s: Sentence, j: number): boolean {
  const t = s.tokens[j]
  if (!t || j >= s.end || t.kind === 'punct') return true
  return isLowerWord(t) && (POSITION_JOINERS.includes(t.lower) || !!PREDICATE_TABLE.match(s.tokens, j, s.end))
}

/** Whether a place closes the run of lower-case words at `k` within `left` more of them (`... người già Cần Thơ`, `... người già tỉnh Yên Bái`). */
function placeAhead(s: Sentence, k: number, left: number): boolean {
  for (let j = k; j < s.end && j <= k + left; j++) {
    const t = s.tokens[j]
    if (!t || t.kind === 'punct') return false
    if (ADMIN.match(s.tokens, j, s.end) && isCapitalised(s.tokens[j + (ADMIN.match(s.tokens, j, s.end)?.length ?? 0)])) return true
    if (isCapitalised(t)) return !!PLACES.match(s.tokens, j, s.end)
    if (PREDICATE_TABLE.match(s.tokens, j, s.end) || BREAKERS.match(s.tokens, j, s.end)) return false
  }
  return false
}

/**
 * Whether the run of lower-case words at `k` ends within `left` more of them
 * at the body the unit belongs to (`Trưởng phòng kiểm soát thủ tục
 * hộ tịch Sở Tư pháp`): a unit named in sentence case, then its parent body.
 */
function parentBodyAhead(s: Sentence, k: number, left: number): boolean {
  for (let j = k; j < s.end && j <= k + left; j++) {
    const t = s.tokens[j]
    if (!t || t.kind === 'punct') return false
    if (isCapitalised(t)) return !!BODY_TABLE.match(s.tokens, j, s.end) && !EVENT_HEAD_TABLE.match(s.tokens, j, s.end) && continuesAt(s, j)
    if (PREDICATE_TABLE.match(s.tokens, j, s.end) || BREAKERS.match(s.tokens, j, s.end)) return false
  }
  return false
}

/**
 * Whether the run of lower-case words at `k` ends within `left` more of them
 * at a dash and a body (`chuyên gia về dinh dưỡng trẻ em vùng cao - Bộ
 * Giáo dục`): the words name the office's field, and the body closes it.
 */
function dashedBodyAhead(s: Sentence, k: number, left: number): boolean {
  for (let j = k; j < s.end && j <= k + left; j++) {
    const t = s.tokens[j]
    if (!t) return false
    if (t.kind === 'punct') return POSITION_DASHES.includes(t.text) && !!BODY_TABLE.match(s.tokens, j + 1, s.end) && continuesAt(s, j + 1)
    if (!isLowerWord(t) || PREDICATE_TABLE.match(s.tokens, j, s.end) || BREAKERS.match(s.tokens, j, s.end)) return false
  }
  return false
}

/** One word of a position: whether the position goes on past it (advancing the scan). */
function step(s: Sentence, scan: Scan): boolean {
  const t = s.tokens[scan.k]
  if (!t) return false
  if (t.kind === 'punct') return punctStep(s, scan, t)
  if (startsMention(s, scan.k)) return false
  if (isLowerWord(t)) return lowerStep(s, scan, t)
  scan.lowerRun = 0
  // A body's head is one word of the position (`Trung tâm`, `Học viện`): its
  // lower-case syllables are not the start of a run of the sentence's words
  // (`Giám đốc Trung tâm tư vấn pháp lý nông dân miền núi Cao Bằng` was cut at `Trung`).
  scan.k += BODY_TABLE.match(s.tokens, scan.k, s.end)?.length ?? 1
  return true
}

/**
 * A position starting at `i`: an office head, then its bodies, up to a
 * predicate, a name, a breaker word or punctuation. A comma followed by a
 * body continues it ("Cục Đối ngoại, Bộ Công an"), as does a body or an
 * abbreviation in parentheses ("Vụ X (Bộ Ngoại giao)"); a comma followed by
 * another office head ends it (the next position follows). With `bodyHead`,
 * a body may stand for the head (an affiliation: "X - Viện Quyền con người");
 * with `lowerHead`, the head may be in lower case (`X, giảng viên Học viện Y`),
 * or a representative of a body (`X, đại diện Cục Y`).
 */
export function positionAt(s: Sentence, i: number, options: {bodyHead?: boolean; lowerHead?: boolean} = {}): PositionUnit | null {
  let headLength = officeAt(s, i, options.lowerHead) || (options.lowerHead ? representativeAt(s, i) : 0)
  if (!headLength && options.bodyHead && isCapitalised(s.tokens[i]) && !EVENT_HEAD_TABLE.match(s.tokens, i, s.end)) {
    headLength = BODY_TABLE.match(s.tokens, i, s.end)?.length ?? 0
  }
  if (!headLength) return null
  const scan: Scan = {start: i, k: i + headLength, lowerRun: 0, lowerRunStart: i + headLength}
  while (scan.k < s.end && step(s, scan)) {
    // each step advances the scan
  }
  return {type: 'position', start: i, end: scan.k}
}
