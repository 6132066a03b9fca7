/**
 * Test helper: the project as plain JavaScript in a temporary folder, for
 * tests that run it in a child process (one that may hang, or is killed).
 *
 * `src/` and `templates/` are transpiled file by file (types dropped,
 * `.js` import specifiers kept, no type check, so a colleague's type error
 * elsewhere cannot stop these tests), the templates' static assets are
 * copied next to them, and `node_modules` is linked in, so
 * `<dir>/src/cli.js` runs like `lib/src/cli.js`. Each test file gets its
 * own folder: nothing is shared with `lib/`, which other tests compile into.
 */
import {copyFile, mkdir, readdir, readFile, symlink, writeFile} from 'node:fs/promises'
import path from 'node:path'
import ts from 'typescript'

/** The project's root folder. */
export const ROOT = path.resolve(import.meta.dirname, '..')

/** Transpile `src/` and `templates/` into `dir` and make it runnable with `node`. */
export async function transpileProject(dir: string): Promise<void> {
  for (const folder of ['src', 'templates']) {
    const entries = await readdir(path.join(ROOT, folder), {recursive: true, withFileTypes: true})
    for (const entry of entries.filter((e) => e.isFile())) {
      const from = path.join(entry.parentPath, entry.name)
      const to = path.join(dir, path.relative(ROOT, from))
      await mkdir(path.dirname(to), {recursive: true})
      if (!entry.name.endsWith('.ts')) {
        await copyFile(from, to)
        continue
      }
      const {outputText} = ts.transpileModule(await readFile(from, 'utf8'), {
        fileName: from,
        compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}
      })
      await writeFile(to.replace(/\.ts$/, '.js'), outputText)
    }
  }
  await writeFile(path.join(dir, 'package.json'), '{"type": "module"}\n')
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
}
