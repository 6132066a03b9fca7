/**
 * People of the story: who took part in the event, with their rank,
 * positions and role. A small parser over each sentence's tokens, with the
 * sentence and the people found so far as its state (`state.ts`).
 *
 * The cascade, per article:
 *
 * 1. Split the story's blocks (paragraphs and captions, up to a teaser
 *    heading) into words and sentences (`state.ts`, `../words.ts`).
 * 2. In each sentence, find mentions and positions (`parse.ts`). A mention is
 *    `[đồng chí|ông|bà] [rank] Name` (`mentions.ts`, `rank.ts`); a name is
 *    2–5 capitalised syllables that start with a surname (`names.ts`,
 *    `knowledge/surnames.ts`). A position starts at an office head
 *    (`positions.ts`, `knowledge/offices.ts`) and runs until a predicate
 *    verb, a name, or punctuation that is not followed by a body.
 * 3. Attach positions to mentions (`attach.ts`): "Name, Position" and
 *    "Name - Position" attach after; "Position Name" and "Position, Rank
 *    Name" attach before. An affiliation that starts with a body also
 *    attaches after a name ("TS Nguyễn Thanh Tuấn - Viện Quyền con người").
 * 4. Keep a mention only when something shows it is a person of the story:
 *    a rank, `đồng chí`/`ông`/`bà`, an attached position, or a sentence
 *    that lists participants ("Đến dự có các đồng chí: ..."). Bylines'
 *    names, historical figures and places are never people; a name inside a
 *    run of capitals must follow a place ("UBND tỉnh Bình Dương Võ Văn Minh").
 * 5. Parse again knowing the people found (`known.ts`): bare full names,
 *    short references ("Thứ trưởng Hùng", "ông Kỷ") and a rank alone at the
 *    start of a sentence ("Đại tá đề nghị ...") count for the person they
 *    name when exactly one person fits.
 * 6. Roles from predicates and sentence cues (`roles.ts`), read into one
 *    record per mention (`sentence.ts`); merged by person (`merge.ts`).
 * 7. Short references that name nobody are reported (`unresolved.ts`).
 *
 * Precision comes first: a name with no anchor is dropped, and anything
 * ambiguous is left out.
 */
import {nameKey} from '../../../text/normalize.js'
import type {Block, CleanArticle, OfficialRecord} from '../../../types.js'
import {pending, type ExtractContext, type Extracted, type PendingWarning} from '../context.js'
import {storyBlocks} from '../words.js'
import {Known} from './known.js'
import {mergePeople, officialRecords} from './merge.js'
import {storyMentions} from './sentence.js'
import {blockWords, type BlockWords} from './state.js'
import {UNRESOLVED_RULE, unresolvedReferences} from './unresolved.js'

export {UNRESOLVED_RULE}

/** Pass 1: the people with an anchor, leaving out the bylines' names. */
function anchoredPeople(blocks: readonly BlockWords[], authors: readonly string[]): Known {
  const excluded = new Set(authors.map((a) => nameKey(a)))
  const known = new Known()
  for (const m of storyMentions(blocks, null)) {
    if (m.anchored && !excluded.has(m.key)) known.addName(m.key, m.name)
  }
  return known
}

/**
 * The longest cut-off text read for people: a sentence of the genre runs to
 * a few hundred characters; a longer cut is a wall of text, not a sentence.
 */
const CUT_SENTENCE_MAX_CHARS = 2000

/**
 * Where the whole part of a cut-off text ends: after its last comma, `;` or
 * `:`, or before its last spaced dash ("PGS.TS Lê Văn A – Phó Gi" keeps
 * "PGS.TS Lê Văn A"); -1 when it has none. Everything before such a mark is
 * whole words, so a name cut in half ("ông Nguyễn Văn") never is read.
 */
function wholePartEnd(text: string): number {
  let end = -1
  for (const m of text.matchAll(/[,;:]|\s[–-](?=\s)/gu)) end = /^[,;:]$/u.test(m[0]) ? m.index + 1 : m.index
  return end
}

/**
 * The story's blocks, with the sentence a truncated copy cut off
 * (`truncated-sentence`) read up to its whole part (`wholePartEnd`): its
 * people are still the story's ("Ông X, Chánh Văn phòng Bộ Y, cho biết ...
 * về ti"), though its topics and dates are not trusted. When the cut
 * continues the story's last block (a list's broken item after its `; `),
 * it is read on in that block, at its place, so the list's cue ("có sự tham
 * gia của A; B; C – Phó Gi") still reaches it; otherwise it is a block of its own.
 */
function withCutSentences(article: CleanArticle): Block[] {
  const out = storyBlocks(article)
  for (const r of article.removed) {
    if (r.rule !== 'truncated-sentence' || r.text.length > CUT_SENTENCE_MAX_CHARS) continue
    const end = wholePartEnd(r.text)
    if (end <= 0) continue
    const text = r.text.slice(0, end)
    const last = out.at(-1)
    const gap = last && last.line === r.line ? r.column - (last.column + last.text.length) : -1
    if (last && gap >= 0 && gap <= MAX_CUT_GAP) out[out.length - 1] = {...last, text: last.text + ' '.repeat(gap) + text}
    else out.push({kind: 'paragraph', line: r.line, column: r.column, text})
  }
  return out
}

/** Most characters (spaces the clean stage trimmed) between a block's end and the cut-off text that continues it. */
const MAX_CUT_GAP = 2

/**
 * Extract the officials of an article: the people of the story, with rank,
 * positions and role, sorted by first appearance. Evidence keys:
 * `officials.N` (the first mention with its positions), `officials.N.rank`,
 * `officials.N.role`.
 */
export function extractOfficials(
  article: CleanArticle,
  ctx: ExtractContext
): Extracted<{officials: OfficialRecord[]}> {
  const blocks = withCutSentences(article).map(blockWords)
  const known = anchoredPeople(blocks, ctx.authors)
  // Pass 2: every mention of those people, including short references.
  const {officials, evidence} = officialRecords(mergePeople(storyMentions(blocks, known), known))
  const warnings: PendingWarning[] = []
  if (known.names.size > 0) {
    for (const u of unresolvedReferences(blocks, known)) {
      const place = {line: u.block.line, column: u.block.column + u.index}
      warnings.push(pending(UNRESOLVED_RULE, place, {text: u.text}))
    }
  }
  return {officials, evidence, warnings}
}
