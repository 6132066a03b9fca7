/** `npm run eval`: see `src/eval/cli.ts`. */
import {runEval} from '../src/eval/cli.js'

runEval(process.argv.slice(2), (line) => console.log(line), (line) => console.error(line)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(error)
    process.exitCode = 1
  }
)
