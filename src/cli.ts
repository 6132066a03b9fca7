#!/usr/bin/env node
/**
 * `archive-build [--input seeds] [--out dist] [--base /] [--strict] [--verbose]`
 *
 * Builds the site and prints a short summary: articles read, files written,
 * warnings by rule. Exits 1 when nothing usable was built, or with
 * `--strict` when there is any warning; 2 on bad arguments (checked before
 * any work); 130 on Ctrl+C and 143 on SIGTERM, after removing the build's
 * temporary folders and lock. Everything printed goes through
 * `escapeControls`, so no article or file name can drive the terminal.
 */
import {existsSync, readFileSync} from 'node:fs'
import {parseArgs} from 'node:util'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import type {VFile} from 'vfile'
import type {VFileMessage} from 'vfile-message'
import {baseProblem, build, DEFAULT_SITE} from './build.js'
import {baseOfUrl, ConfigError, DEFAULT_LICENSE, loadConfig, siteUrl} from './config.js'
import {describe, escapeControls, RULES, type RuleId} from './messages.js'
import {abortWritesSync} from './stages/write.js'
import {stopSearchIndexSync} from './search/index.js'
import {defaultCacheDir} from './pipeline/cache.js'
import {createProgress} from './pipeline/progress.js'

/** The command as the user typed it: `npm run build --`, `archive-build`, or `node <script>`. */
function commandName(): string {
  const event = process.env.npm_lifecycle_event
  if (event && event !== 'npx') return `npm run ${event} --`
  const script = process.argv[1] ?? 'archive-build'
  const name = path.basename(script)
  if (name === 'archive-build') return name
  const relative = path.relative(process.cwd(), script)
  return `node ${relative.startsWith('..') ? script : relative}`
}

/** The version in the nearest package.json above this file that has one. */
function version(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    try {
      const value = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {version?: unknown}
      if (typeof value.version === 'string') return value.version
    } catch {}
    const parent = path.dirname(dir)
    if (parent === dir) return 'unknown'
    dir = parent
  }
}

const HELP = (command: string) => `Usage: ${command} [options]

Build a browsable archive from a folder of news articles.

Options:
  --input <dir>   folder of .txt / .md articles       (default: seeds)
  --out <dir>     folder to write the site into        (default: dist)
  --base <path>   path the site is served under        (default: from --url, or /)
  --config <file> settings file (JSON)                 (default: archive.config.json, if present)
  --url <url>     the site's public URL, for canonical links, feeds and the sitemap
  --title <text>  the site's title
  --static <dir>  folder of files copied in as they are (default: static/ beside the config, if present)
  --strict        fail (exit 1) when there is any warning, for CI
  --verbose       list every warning with its file, line and column
  --no-cache      a cold build: neither read nor write the cache of per-article results,
                  and render every page and index every search shard again
  --workers <n>   threads for reading articles (default: one per core for 200+ articles)
  -h, --help      show this help
  --version       print the version
`

interface Summary {
  read: number
  skipped: number
  written: number
  /** Of `written`, files unchanged since the previous build (linked, not written again). */
  unchanged?: number
  messages: VFileMessage[]
  /** Messages about the build as a whole (write collisions, output folder refused): always listed in full. */
  build: VFileMessage[]
  /** The search index: pages indexed, files, bytes, milliseconds. */
  search?: {records: number; files: number; bytes: number; ms: number}
}

/** Format one message as `path:line:column  reason  [ruleId]`, on one line whatever its text holds. */
function formatMessage(message: VFileMessage): string {
  const place = message.line ? `:${message.line}:${message.column ?? 1}` : ''
  const level = message.fatal ? 'error' : message.fatal === false ? 'warning' : 'info'
  return escapeControls(`${message.file ?? ''}${place}  ${level}  ${message.reason}  [${message.ruleId ?? 'unknown'}]`)
}

/** ` (3 changed, 120 unchanged)` after a rebuild that kept files of the previous build; else nothing. */
function unchangedNote(summary: Summary): string {
  const unchanged = summary.unchanged ?? 0
  return unchanged > 0 ? ` (${summary.written - unchanged} changed, ${unchanged} unchanged)` : ''
}

/** Lines of the summary: counts, then one line per rule with its count and what to do. */
function summarize(summary: Summary, out: string, verbose: boolean): string[] {
  const lines = [
    `Read ${summary.read} article${summary.read === 1 ? '' : 's'}${summary.skipped ? `, skipped ${summary.skipped}` : ''}.`,
    summary.written ? `Wrote ${summary.written} files to ${out}${unchangedNote(summary)}.` : `Wrote nothing; ${out} was left as it was.`
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

/** Write text to a stream with control characters escaped: the one way this command prints. */
function print(stream: NodeJS.WriteStream, text: string): void {
  stream.write(text.split('\n').map(escapeControls).join('\n'))
}

/** Why an option's value cannot be used (one line, with what to do), or null. Checked before any work. */
function optionProblem(values: {input: string; out: string; base: string}): string | null {
  const bad = (option: string, value: string, reason: string, action: string): string =>
    `${option}  error  ${describe('bad-option', {option, value, reason, action})}  [bad-option]`
  for (const option of ['input', 'out'] as const) {
    if (values[option].trim() === '') return bad(`--${option}`, values[option], 'is empty', `give --${option} a folder`)
  }
  const base = baseProblem(values.base)
  if (base) return bad('--base', JSON.stringify(values.base).slice(1, -1), base.reason, base.action)
  return null
}

/** The output folder of the build under way, for the signal handlers. */
let building: string | null = null
/** Set by a signal: the handler says what happened and exits; nothing else may print. */
let stopping = false

/** Ctrl+C or a `kill`: undo the write in progress, say so, and exit 128 + the signal's number. */
function interrupted(signal: 'SIGINT' | 'SIGTERM'): void {
  const code = signal === 'SIGINT' ? 130 : 143
  if (stopping) return
  stopping = true
  try {
    abortWritesSync()
    stopSearchIndexSync()
    const out = building ?? '.'
    print(process.stderr, `${out}  error  ${describe('build-interrupted', {signal, path: out})}  [build-interrupted]\n`)
  } finally {
    // File writes already handed to the thread pool may land after the first clean-up: clean again, then exit.
    setTimeout(() => {
      abortWritesSync()
      process.exit(code)
    }, 100)
  }
}

async function main(argv: string[]): Promise<number> {
  const command = commandName()
  let values
  try {
    ;({values} = parseArgs({
      args: argv,
      options: {
        input: {type: 'string'},
        out: {type: 'string'},
        base: {type: 'string'},
        config: {type: 'string'},
        url: {type: 'string'},
        title: {type: 'string'},
        static: {type: 'string'},
        strict: {type: 'boolean', default: false},
        verbose: {type: 'boolean', default: false},
        'no-cache': {type: 'boolean', default: false},
        workers: {type: 'string'},
        help: {type: 'boolean', short: 'h', default: false},
        version: {type: 'boolean', default: false}
      },
      strict: true
    }))
  } catch (error) {
    print(process.stderr, `${error instanceof Error ? error.message : String(error)}\n\n${HELP(command)}`)
    return 2
  }
  if (values.help) {
    print(process.stdout, HELP(command))
    return 0
  }
  if (values.version) {
    print(process.stdout, `${version()}\n`)
    return 0
  }
  // Settings: flags, then the config file, then the defaults; all checked before any work is done.
  let loaded
  try {
    loaded = await loadConfig(values.config, process.cwd())
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    print(process.stderr, `${error.message}\n`)
    return 2
  }
  const {config, dir} = loaded
  const rawUrl = values.url ?? config.url
  let url: string | null
  try {
    url = siteUrl(rawUrl)
  } catch {
    print(process.stderr, `--url ${rawUrl ?? ''}: not an absolute URL; give it as https://example.org/path/\n`)
    return 2
  }
  const workers = values.workers === undefined ? undefined : Number(values.workers)
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1)) {
    print(process.stderr, `--workers  error  --workers takes a whole number of at least 1, not ${values.workers}: give a number such as 2  [bad-option]\n`)
    return 2
  }
  const base = values.base ?? config.base ?? (url ? baseOfUrl(url) : '/')
  const problem = optionProblem({input: values.input ?? 'seeds', out: values.out ?? 'dist', base})
  if (problem) {
    print(process.stderr, `${problem}\n`)
    return 2
  }
  const input = values.input ? path.resolve(values.input) : (config.input ?? path.resolve(dir, 'seeds'))
  const out = values.out ? path.resolve(values.out) : (config.out ?? path.resolve(dir, 'dist'))
  const staticDir = values.static ? path.resolve(values.static) : (config.static ?? (existsSync(path.join(dir, 'static')) ? path.join(dir, 'static') : undefined))
  const site = {
    base,
    url,
    title: values.title ?? config.title ?? DEFAULT_SITE.title,
    description: config.description ?? DEFAULT_SITE.description,
    license: config.license ?? DEFAULT_LICENSE
  }
  building = escapeControls(shownPath(out))
  process.on('SIGINT', () => interrupted('SIGINT'))
  process.on('SIGTERM', () => interrupted('SIGTERM'))
  const result = await build({
    input,
    out,
    site,
    static: staticDir,
    cacheDir: values['no-cache'] ? null : defaultCacheDir(),
    reusePrevious: !values['no-cache'],
    workers,
    progress: createProgress(process.stderr)
  })
  if (stopping) return 0 // the signal handler speaks and exits
  const all: VFile[] = [...result.files, result.buildFile]
  const messages = all.flatMap((f) => f.messages)
  const read = result.archive.articles.length
  const summary: Summary = {read, skipped: result.files.length - read, written: result.written, unchanged: result.unchanged, messages, build: result.buildFile.messages, search: result.search}
  print(process.stdout, summarize(summary, escapeControls(shownPath(out)), values.verbose).join('\n') + '\n')
  if (result.written === 0) return 1
  const counted = messages.filter((m) => m.fatal !== undefined)
  if (values.strict && counted.length > 0) {
    print(process.stderr, `--strict: ${counted.length} message(s), failing the build.\n`)
    return 1
  }
  return 0
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    if (stopping) return // a write stopped by the signal handler, which speaks and exits
    abortWritesSync()
    // A bug, not a condition of the disk or the input (those have catalogue messages): the stack is for the report.
    print(process.stderr, `The build failed unexpectedly (a bug; the previous output was left whole): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 1
  }
)
