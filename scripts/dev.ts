/**
 * `npm run dev -- --input DIR [--port P] [--base /sub/] [--title T] [--no-cache]`
 *
 * Serves the archive of DIR at http://127.0.0.1:P/ from memory, rebuilding
 * what changed when an article or the CSS changes, with live reload in the
 * browser (`src/dev/server.ts`). Never writes the site to disk.
 *
 * Runs as two processes: this one supervises a server process, and when a
 * template's code changes the server exits with `RESTART`; the supervisor
 * compiles (`scripts/fresh.mjs`) and starts it again on the same port, and
 * the browsers reload once they reconnect.
 */
import {spawn} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {parseArgs} from 'node:util'
import {DEFAULT_SITE} from '../src/build.js'
import {startDev, templatesFolder} from '../src/dev/server.js'
import {defaultCacheDir} from '../src/pipeline/cache.js'
import {normalizeBase, UnsafeSegmentError} from '../src/render/paths.js'

/** The exit code by which the server process asks to be started again. */
const RESTART = 75
const CHILD_ENV = 'ARCHIVE_DEV_SERVER'

/** Start the server process, again whenever it asks; exit with its code otherwise. */
function supervise(): void {
  const fresh = fileURLToPath(new URL('../../scripts/fresh.mjs', import.meta.url))
  let child: ReturnType<typeof spawn> | null = null
  // A signal to this process is passed on (Ctrl+C reaches both: one process group); the server closes, and we exit with it.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child?.kill(signal))
  const start = (): void => {
    child = spawn(process.execPath, [fresh, 'scripts/dev.js', ...process.argv.slice(2)], {
      stdio: 'inherit',
      env: {...process.env, [CHILD_ENV]: '1'}
    })
    child.on('exit', (code, signal) => {
      child = null
      if (code === RESTART) start()
      else process.exit(code ?? (signal ? 1 : 0))
    })
  }
  start()
}

const USAGE = 'Usage: npm run dev -- --input DIR [--port P] [--base /sub/] [--title T] [--no-cache]'

async function main(): Promise<void> {
  let values
  try {
    values = parseArgs({
      options: {
        input: {type: 'string', default: 'seeds'},
        port: {type: 'string'},
        base: {type: 'string', default: '/'},
        title: {type: 'string'},
        'no-cache': {type: 'boolean', default: false}
      },
      strict: true
    }).values
    normalizeBase(values.base)
  } catch (error) {
    const message = error instanceof UnsafeSegmentError ? `--base ${JSON.stringify(values?.base)} is not a path a site can be served under (e.g. /luu-tru/)` : error instanceof Error ? error.message : String(error)
    console.error(`${message}\n${USAGE}`)
    process.exit(2)
  }
  const portText = values.port ?? process.env.PORT ?? '8080'
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port > 65535) {
    console.error(`--port ${JSON.stringify(portText)} is not a port number (0 to 65535)\n${USAGE}`)
    process.exit(2)
  }
  const input = path.resolve(values.input)
  const running = await startDev({
    input,
    port,
    site: {...DEFAULT_SITE, base: values.base, ...(values.title ? {title: values.title} : {})},
    cacheDir: values['no-cache'] ? null : defaultCacheDir(),
    templates: templatesFolder(),
    log: (line) => console.log(line),
    onCodeChange: (paths) => {
      console.log(`Templates changed (${paths.join(', ')}): compiling and restarting…`)
      void running.close().then(() => process.exit(RESTART))
    }
  })
  console.log(`Serving ${input} at ${running.url} (live reload; Ctrl+C to stop)`)
  let stopping = false
  const stop = (): void => {
    if (stopping) return
    stopping = true
    void running.close().then(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

if (process.env[CHILD_ENV] === '1') {
  main().catch((error: unknown) => {
    console.error(`Cannot start the dev server: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  })
} else {
  supervise()
}
