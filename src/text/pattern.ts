/** Helpers for building regular expressions from knowledge data. */

/** A text with every character that is special in a regular expression escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/**
 * A regex alternation of words, longest first so a longer phrase wins
 * (`sáng sớm` before `sáng`), with special characters escaped and spaces
 * inside a phrase matching one or more spaces. `capitalised` writes each
 * phrase's first letter in upper case, for sentence starts.
 */
export function alternation(words: readonly string[], capitalised = false): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => (capitalised ? w.charAt(0).toLocaleUpperCase('vi') + w.slice(1) : w))
    .map((w) => escapeRegExp(w).replace(/ /g, String.raw`\s+`))
    .join('|')
}
