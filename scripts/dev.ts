/**
 * `npm run dev -- --input DIR [--port P] [--base /sub/] [--title T] [--no-cache]`
 *
 * Serves the archive of DIR at http://127.0.0.1:P/ from memory, rebuilding
 * what changed when an article or the CSS changes, with live reload in the
 * browser (`src/dev/server.ts`). Never writes the site to disk.
 */
import path from 'node:path'
import {parseArgs} from 'node:util'
import {DEFAULT_SITE} from '../src/build.js'
import {startDev, templatesFolder} from '../src/dev/server.js'
import {defaultCacheDir} from '../src/pipeline/cache.js'
import {normalizeBase, UnsafeSegmentError} from '../src/render/paths.js'

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
    log: (line) => console.log(line)
  })
  console.log(`Serving ${input} at ${running.url} (live reload; Ctrl+C to stop)`)
  const stop = (): void => {
    void running.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(`Cannot start the dev server: ${error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
})
