/**
 * The eval command, `npm run eval -- --gold <file|dir> --input <dir> [--json]`
 *
 * Build the archive of `<dir>` in memory, score it against the gold (a file
 * in the format of `test/fixtures/gold-seeds.json`, or a folder of
 * `<case>.expected.json` records: see `gold.ts`) and print per-field
 * precision, recall and F1, a table per outlet, and every miss.
 * Exit 0 when scored; 1 when no gold article matches a file of the input
 * (nothing was measured); 2 when the arguments or the gold are wrong.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {GoldError, readGold} from './gold.js'
import {predictDirectory} from './run.js'
import {formatOutletTable, formatReport, scoreArticles, scoreByOutlet, type GoldFile} from './score.js'

const HELP = `Usage: npm run eval -- [options]

Score extraction on a folder of articles against their expected records.

Options:
  --gold <path>   expected records: a file in the format of
                  test/fixtures/gold-seeds.json, or a folder of
                  <case>.expected.json files, one per article, that name the
                  other articles of their event in "same_event_as"
                  (default: test/fixtures/gold-seeds.json)
  --input <dir>   folder of the articles the gold describes
                  (default: the --gold folder, else seeds)
  --json          print the report as JSON
  -h, --help      show this help

Prints precision, recall and F1 per field (positions, roles, attendance with
its qualifier and organisers are scored where the gold gives them), a table
per outlet (the gold's "outlet" key, else the outlet the pipeline found),
and every miss. Fails when no gold article matches a file of the input.
`

/** Run the eval command with `args` (without the program name); returns the exit code. */
export async function runEval(args: string[], out: (line: string) => void, err: (line: string) => void): Promise<number> {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        gold: {type: 'string', default: 'test/fixtures/gold-seeds.json'},
        input: {type: 'string'},
        json: {type: 'boolean', default: false},
        help: {type: 'boolean', short: 'h', default: false}
      }
    }).values
  } catch (error) {
    err(`eval: ${error instanceof Error ? error.message : String(error)}. Run with --help for the options.`)
    return 2
  }
  if (values.help) {
    out(HELP.trimEnd())
    return 0
  }
  let read: {gold: GoldFile; folder: boolean}
  try {
    read = readGold(values.gold)
  } catch (error) {
    if (!(error instanceof GoldError)) throw error
    err(error.message)
    return 2
  }
  const {gold} = read
  const input = values.input ?? (read.folder ? values.gold : 'seeds')
  const {predicted, events} = await predictDirectory(input)
  const report = scoreArticles(gold, predicted, events)
  if (report.matched === 0) {
    err(
      `No article of the gold ${values.gold} matches a file in ${path.resolve(input)} ` +
        `(${gold.articles.length} in the gold, ${predicted.length} read): nothing was measured. ` +
        'Check --input, and that the gold\'s "file" names are the file names in that folder.'
    )
    return 1
  }
  if (values.json) {
    out(JSON.stringify({...report, outlets: scoreByOutlet(gold, predicted, events)}, null, 2))
    return 0
  }
  out(formatReport(report))
  out(`\nper outlet (F1):\n${formatOutletTable(scoreByOutlet(gold, predicted, events))}`)
  return 0
}
