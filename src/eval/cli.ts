/**
 * The eval command, `npm run eval -- --gold <file> --input <dir> [--json]`
 *
 * Build the archive of `<dir>` in memory, score it against the gold file
 * (the format of `test/fixtures/gold-seeds.json`) and print per-field
 * precision, recall and F1, a table per outlet, and every miss.
 * Exit 0 when scored; 1 when no gold article matches a file of the input
 * (nothing was measured); 2 when the arguments or the gold file are wrong.
 */
import {readFile} from 'node:fs/promises'
import path from 'node:path'
import {parseArgs} from 'node:util'
import {predictDirectory} from './run.js'
import {formatOutletTable, formatReport, scoreArticles, scoreByOutlet, type GoldFile} from './score.js'

const HELP = `Usage: npm run eval -- [options]

Score extraction on a folder of articles against a gold file.

Options:
  --gold <file>   expected records, in the format of test/fixtures/gold-seeds.json
                  (default: test/fixtures/gold-seeds.json)
  --input <dir>   folder of the articles the gold describes   (default: seeds)
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
        input: {type: 'string', default: 'seeds'},
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
  let gold: GoldFile
  try {
    gold = JSON.parse(await readFile(values.gold, 'utf8')) as GoldFile
  } catch (error) {
    err(`Cannot read the gold file ${values.gold}: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  if (!Array.isArray(gold.articles)) {
    err(`The gold file ${values.gold} has no "articles" array`)
    return 2
  }
  const {predicted, events} = await predictDirectory(values.input)
  const report = scoreArticles(gold, predicted, events)
  if (report.matched === 0) {
    err(
      `No article of the gold file ${values.gold} matches a file in ${path.resolve(values.input)} ` +
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
