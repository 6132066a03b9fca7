/**
 * Vitest's global setup: runs once, before any test file.
 *
 * Compiles `lib/` when a source is newer than the last compile (the same
 * check as `npm run build`, `scripts/fresh.mjs`), for the tests that run
 * the compiled command (`cli.test.ts`, `pipeline.test.ts`). Done here, once,
 * rather than in those files: test files run in parallel, and a compile in
 * one would rewrite `lib/` under a command another is running.
 */
import {execFileSync} from 'node:child_process'
import path from 'node:path'

export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '..')
  execFileSync(process.execPath, [path.join(root, 'scripts/fresh.mjs')], {cwd: root, stdio: 'inherit'})
}
