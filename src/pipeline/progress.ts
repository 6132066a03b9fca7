/**
 * Progress of a long build on stderr: on a terminal, one bar redrawn in
 * place (phase, counts, rate); elsewhere (CI, a log file), a plain line at
 * each quarter of a phase. Builds of fewer than `MIN_TOTAL` items show
 * nothing: they are over before a bar would help.
 */
import type {Progress} from '../build.js'

/** Phases with fewer items than this print no progress. */
export const MIN_TOTAL = 500
/** Least time between two redraws of the bar. */
const REDRAW_MS = 100
const BAR_WIDTH = 24

export interface ProgressStream {
  isTTY?: boolean
  columns?: number
  write(text: string): unknown
}

/** A progress display writing to `stream`; `now` is injectable so tests need no clock. */
export function createProgress(stream: ProgressStream, now: () => number = () => performance.now()): Progress {
  let name = ''
  let total = 0
  let started = 0
  let lastDraw = -Infinity
  let quarter = 0
  let done = 0
  const active = (): boolean => total >= MIN_TOTAL
  const rate = (): string => {
    const seconds = (now() - started) / 1000
    return seconds > 0 ? `${Math.round(done / seconds)}/s` : ''
  }
  const draw = (): void => {
    const shown = Math.min(done, total)
    const filled = Math.round((shown / total) * BAR_WIDTH)
    const line = `${name.padEnd(8)} [${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}] ${done}/${total} ${rate()}`
    stream.write(`\r${line.slice(0, (stream.columns ?? 80) - 1)}\u001B[K`)
  }
  return {
    phase(phaseName, phaseTotal) {
      name = phaseName
      total = phaseTotal
      started = now()
      lastDraw = -Infinity
      quarter = 0
      done = 0
    },
    tick(count) {
      done = count
      if (!active()) return
      if (stream.isTTY) {
        const t = now()
        if (t - lastDraw < REDRAW_MS) return
        lastDraw = t
        draw()
        return
      }
      const reached = Math.min(4, Math.floor((done / total) * 4))
      if (reached > quarter && reached < 4) {
        quarter = reached
        stream.write(`${name}: ${done}/${total} (${reached * 25}%) ${rate()}\n`)
      }
    },
    end() {
      if (!active()) return
      if (stream.isTTY) {
        draw()
        stream.write('\n')
      } else {
        stream.write(`${name}: ${done} done ${rate()}\n`)
      }
      total = 0
    }
  }
}
