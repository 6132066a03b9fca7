#!/usr/bin/env node
/**
 * `node scripts/fresh.mjs <compiled entry> [args…]`: run a compiled entry
 * of `lib/`, compiling first only when a TypeScript source (or a tsconfig)
 * is newer than the last compile. `npm ci` compiles once (the `prepare`
 * script); after that `npm run build` starts in well under a second, and a
 * developer who edits `src/` still gets a fresh build.
 *
 * Plain JavaScript on purpose: it is what runs before anything is compiled.
 */
import {spawnSync} from 'node:child_process'
import {readdirSync, statSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {copyAssets, newestAsset} from './copy-assets.mjs'

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)))
const stamp = path.join(root, 'lib', '.compiled')

/** The newest modification time among the compiled sources, the static assets copied with them and the compiler's settings. */
function newestSource() {
  let newest = 0
  const walk = (dir) => {
    for (const entry of readdirSync(dir, {withFileTypes: true})) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) walk(full)
      else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(full).mtimeMs)
    }
  }
  for (const dir of ['src', 'templates', 'scripts']) walk(path.join(root, dir))
  for (const file of ['tsconfig.json', 'tsconfig.build.json', 'package.json']) newest = Math.max(newest, statSync(path.join(root, file)).mtimeMs)
  newest = Math.max(newest, newestAsset())
  return newest
}

function compiledAt() {
  try {
    return statSync(stamp).mtimeMs
  } catch {
    return -1
  }
}

/** Compile `lib/` (and copy the static assets of `templates/` into it) when it is missing or older than a source; exits on a compile error. */
export function ensureCompiled() {
  if (compiledAt() >= newestSource()) return
  process.stderr.write('Compiling TypeScript (sources changed since the last compile)…\n')
  const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc')
  const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], {stdio: 'inherit'})
  if (result.status !== 0) process.exit(result.status ?? 1)
  copyAssets()
  writeFileSync(stamp, '')
}

const [entry, ...rest] = process.argv.slice(2)
ensureCompiled()
if (entry) {
  process.argv = [process.argv[0], path.join(root, 'lib', entry), ...rest]
  await import(pathToFileURL(path.join(root, 'lib', entry)).href)
}
