import {availableParallelism} from 'node:os'
import {BaseSequencer, type TestSpecification} from 'vitest/node'
import {defineConfig} from 'vitest/config'

/**
 * The files that take longest (a browser, child processes, whole builds),
 * slowest first. They start first so the last file to start is a short
 * one and every worker stays busy to the end. Only an order: a file
 * missing here still runs, after these, largest first.
 */
const SLOW_FIRST = [
  'test/browser/site.browser.test.ts',
  'test/kill.test.ts',
  'test/browser/search.browser.test.ts',
  'test/robustness.test.ts',
  'test/pipeline.test.ts',
  'test/cli.test.ts',
  'test/clean-extract.properties.test.ts'
]

class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (spec: TestSpecification): number => {
      const i = SLOW_FIRST.findIndex((name) => spec.moduleId.endsWith(name))
      return i === -1 ? SLOW_FIRST.length : i
    }
    return (await super.sort(files)).sort((a, b) => rank(a) - rank(b))
  }
}

/**
 * Files that need a module graph of their own: they replace a module
 * (`vi.mock`). Every other file shares its worker's loaded modules with the
 * files before it (`isolate: false`): importing the project again for each
 * of 60 files was a third of the suite's time. Sharing is safe for them:
 * the stages are pure functions and no file changes a module's state.
 */
const ISOLATED = ['test/read.test.ts']

export default defineConfig({
  test: {
    projects: [
      {extends: true, test: {name: 'isolated', include: ISOLATED, isolate: true}},
      {extends: true, test: {name: 'shared', include: ['test/**/*.test.ts'], exclude: ISOLATED, isolate: false}}
    ],
    // Compiles `lib/` once, before any file runs, for the tests that run the compiled command.
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores: one worker on a 2-core machine.
    // The slow files mostly wait on child processes (Chromium, node), so use every core.
    maxWorkers: availableParallelism(),
    sequence: {sequencer: SlowFirst}
  }
})
