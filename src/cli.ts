#!/usr/bin/env node
/**
 * `archive-build [--input seeds] [--out dist] [--strict] [--verbose]`
 *
 * Builds the site and prints a short summary: articles read, files written,
 * warnings by rule. Exits 1 when nothing usable was built, or with
 * `--strict` when there is any warning; 2 on bad arguments.
 */
import {parseArgs} from 'node:util'
import path from 'node:path'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {build} from './build.js'
import {RULES, type RuleId} from './messages.js'

const HELP = `Usage: npm run build -- [options]

Build a browsable archive from a folder of news articles.

Options:
  --input <dir>   folder of .txt / .md articles       (default: seeds)
  --out <dir>     folder to write the site into        (default: dist)
  --base <path>   path the site is served under        (default: /)
  --strict        fail (exit 1) when there is any warning, for CI
  --verbose       list every warning with its file, line and column
  --help          show this help
`

interface Summary {
  read: number
  skipped: number
  written: number
  messages: VFileMessage[]
  /** Messages about the build as a whole (write collisions, output folder refused): always listed in full. */
  build: VFileMessage[]
  /** The search index: pages indexed, files, bytes, milliseconds. */
  search?: {records: number; files: number; bytes: number; ms: number}
}

/** Format one message as `path:line:column  reason  [ruleId]`. */
export function formatMessage(message: VFileMessage): string {
  const place = message.line ? `:${message.line}:${message.column ?? 1}` : ''
  const level = message.fatal ? 'error' : 'warning'
  return `${message.file ?? ''}${place}  ${level}  ${message.reason}  [${message.ruleId ?? 'unknown'}]`
}

/** Lines of the summary: counts, then one line per rule with its count and what to do. */
export function summarize(summary: Summary, out: string, verbose: boolean): string[] {
  const lines = [
    `Read ${summary.read} article${summary.read === 1 ? '' : 's'}${summary.skipped ? `, skipped ${summary.skipped}` : ''}.`,
    summary.written ? `Wrote ${summary.written} files to ${out}.` : `Wrote nothing; ${out} was left as it was.`
  ]
  if (summary.written && summary.search?.records) {
    const {records, files, bytes, ms} = summary.search
    lines.push(`Search index: ${records} pages, ${files} files, ${(bytes / 1024).toFixed(0)} kB, built in ${(ms / 1000).toFixed(1)} s.`)
  }
  const byRule = new Map<string, VFileMessage[]>()
  for (const m of summary.messages) {
    const key = m.ruleId ?? 'unknown'
    byRule.set(key, [...(byRule.get(key) ?? []), m])
  }
  if (byRule.size === 0) {
    lines.push('No warnings.')
    return lines
  }
  lines.push(`${summary.messages.length} message${summary.messages.length === 1 ? '' : 's'}:`)
  for (const [ruleId, list] of [...byRule].sort((a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1))) {
    const rule = RULES[ruleId as RuleId]
    lines.push(`  ${String(list.length).padStart(3)} × ${ruleId}${rule ? `: ${rule.why}; ${rule.fix}` : ''}`)
  }
  // A build that wrote nothing lists why in full, as --verbose does.
  if (verbose || summary.written === 0) {
    lines.push('')
    for (const m of summary.messages) lines.push(formatMessage(m))
  } else {
    for (const m of summary.build) lines.push(formatMessage(m))
    if (summary.build.length < summary.messages.length) lines.push('Run with --verbose to see each one with its file, line and column.')
  }
  return lines
}

/** A path as the user will recognise it: relative inside the working folder, absolute outside it. */
function shownPath(target: string): string {
  const relative = path.relative(process.cwd(), target)
  return relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? target : relative
}

async function main(argv: string[]): Promise<number> {
  let values
  try {
    ;({values} = parseArgs({
      args: argv,
      options: {
        input: {type: 'string', default: 'seeds'},
        out: {type: 'string', default: 'dist'},
        base: {type: 'string', default: '/'},
        strict: {type: 'boolean', default: false},
        verbose: {type: 'boolean', default: false},
        help: {type: 'boolean', default: false}
      },
      strict: true
    }))
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${HELP}`)
    return 2
  }
  if (values.help) {
    process.stdout.write(HELP)
    return 0
  }
  const input = path.resolve(values.input)
  const out = path.resolve(values.out)
  const result = await build({input, out, site: {base: values.base}})
  const all: VFile[] = [...result.files, result.buildFile]
  const messages = all.flatMap((f) => f.messages)
  const read = result.archive.articles.length
  const summary: Summary = {read, skipped: result.files.length - read, written: result.written, messages, build: result.buildFile.messages, search: result.search}
  process.stdout.write(summarize(summary, shownPath(out), values.verbose).join('\n') + '\n')
  if (result.written === 0) return 1
  if (values.strict && messages.length > 0) {
    process.stderr.write(`--strict: ${messages.length} message(s), failing the build.\n`)
    return 1
  }
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`The build failed unexpectedly: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
)
