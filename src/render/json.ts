/**
 * JSON for the page: the data files, and JSON-LD inside `<script>`.
 * Text inside `<script>` is not escaped by the HTML serializer, so JSON-LD
 * is escaped here: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`
 * (so no `</script>` or `<!--` can appear), and U+2028/U+2029 too.
 */

/** A data file: pretty, with a final newline, keys in the records' order. */
export function dataJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`
}

/** JSON that is safe as the text of a `<script type="application/ld+json">`. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}
