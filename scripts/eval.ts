/**
 * `npm run eval -- --gold <file> --input <dir> [--json]`
 *
 * Build the archive of `<dir>` in memory, score it against the gold file
 * (the format of `test/fixtures/gold-seeds.json`) and print per-field
 * precision and recall and every miss. `--json` prints the report as JSON.
 * Exit code 0 unless the arguments or the gold file are wrong.
 */
import {readFile} from 'node:fs/promises'
import {parseArgs} from 'node:util'
import {predictDirectory} from '../src/eval/run.js'
import {formatReport, scoreArticles, type GoldFile} from '../src/eval/score.js'

async function main(): Promise<number> {
  const {values} = parseArgs({
    options: {
      gold: {type: 'string', default: 'test/fixtures/gold-seeds.json'},
      input: {type: 'string', default: 'seeds'},
      json: {type: 'boolean', default: false}
    }
  })
  let gold: GoldFile
  try {
    gold = JSON.parse(await readFile(values.gold, 'utf8')) as GoldFile
  } catch (error) {
    console.error(`Cannot read the gold file ${values.gold}: ${error instanceof Error ? error.message : String(error)}`)
    return 2
  }
  if (!Array.isArray(gold.articles)) {
    console.error(`The gold file ${values.gold} has no "articles" array`)
    return 2
  }
  const {predicted, events} = await predictDirectory(values.input)
  const report = scoreArticles(gold, predicted, events)
  console.log(values.json ? JSON.stringify(report, null, 2) : formatReport(report))
  return 0
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  }
)
