/**
 * Watch folders for changes, debounced: one call with every path that
 * changed within `delay` ms of the last change. Recursive where the
 * platform supports it (`fs.watch`'s `recursive`: Linux since Node 20,
 * macOS, Windows).
 */
import {watch, type FSWatcher} from 'node:fs'

export interface Watched {
  close(): void
}

/** Call `onChange` with the paths (relative to `dir`) changed in a burst of changes. */
export function watchFolder(dir: string, onChange: (paths: string[]) => void, delay = 80): Watched {
  const pending = new Set<string>()
  let timer: NodeJS.Timeout | null = null
  const watcher: FSWatcher = watch(dir, {recursive: true}, (_event, name) => {
    if (name === null) return
    pending.add(String(name).split('\\').join('/'))
    if (timer) clearTimeout(timer)
    timer = setTimeout(() => {
      timer = null
      const paths = [...pending].sort()
      pending.clear()
      onChange(paths)
    }, delay)
  })
  // A watched folder that goes away must not crash the server.
  watcher.on('error', () => {})
  return {
    close() {
      if (timer) clearTimeout(timer)
      watcher.close()
    }
  }
}
