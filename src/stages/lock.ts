/**
 * One build at a time per output folder, even across containers.
 *
 * A build holds `.<name>.lock` next to its output folder, created with
 * O_EXCL so that only one process can make it. The holder refreshes the
 * file's modification time every `HEARTBEAT_MS` (a heartbeat); another build
 * that finds the lock refuses, naming the holder. A lock may be broken only
 * when its heartbeat is older than `STALE_AFTER_MS`, or when its holder is
 * certainly dead: same host, same PID namespace, and no such process. A
 * build in another container or PID namespace cannot be seen, so only its
 * heartbeat counts. Only the holder of the lock may remove the temporary
 * folders of the output (see `write.ts`).
 *
 * Imports nothing of the project at run time (tests run it in a child
 * process, transpiled on the fly).
 */
import {randomBytes} from 'node:crypto'
import {closeSync, lstatSync, openSync, readFileSync, readlinkSync, renameSync, unlinkSync, utimesSync, writeSync} from 'node:fs'
import {hostname} from 'node:os'
import path from 'node:path'

/** How often the holder refreshes the lock's modification time. */
const HEARTBEAT_MS = 5_000

/**
 * A lock whose heartbeat is older than this is taken for abandoned: twelve
 * missed heartbeats, far more than a busy machine delays a timer.
 */
export const STALE_AFTER_MS = 60_000

/** What a lock file holds. */
interface LockInfo {
  /** Random, to tell this holder from a later one. */
  token: string
  pid: number
  host: string
  /** The PID namespace (Linux), so a pid is only judged dead where it means something. */
  namespace: string
  /** When the build started (ISO 8601), for the message to the user. */
  started: string
}

/** Another build holds the lock, and its heartbeat is fresh. */
export class OutputLockedError extends Error {
  constructor(readonly lockPath: string, readonly holder: LockInfo | null, readonly ageMs: number) {
    super(`Another build is writing ${lockPath}`)
  }
}

export interface LockOptions {
  /** Default `STALE_AFTER_MS`. */
  staleAfterMs?: number
  /** Default `HEARTBEAT_MS`. */
  heartbeatMs?: number
}

/** A held lock. */
export interface Lock {
  readonly path: string
  readonly info: LockInfo
  /** Refresh the heartbeat now if it is due (cheap; for long synchronous work). */
  beat(): void
  /** Whether the lock file is still this holder's. */
  held(): boolean
  /** Stop the heartbeat and remove the lock file if it is still ours. Synchronous: safe in a signal handler. */
  release(): void
}

/** Locks this process holds, for `releaseAllLocks`. */
const holding = new Set<Lock>()

/** Release every lock this process holds (synchronous: for a signal handler). */
export function releaseAllLocks(): void {
  for (const lock of [...holding]) lock.release()
}

/** The lock file of an output folder: `.<name>.lock` beside it. */
export function lockPathFor(target: string): string {
  return path.join(path.dirname(target), `.${path.basename(target)}.lock`)
}

function currentNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid')
  } catch {
    return 'unknown'
  }
}

function readLock(file: string): LockInfo | null {
  try {
    const value = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>
    return typeof value.token === 'string' && typeof value.pid === 'number' ? (value as LockInfo) : null
  } catch {
    return null
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

function ageOf(file: string): number | null {
  try {
    return Date.now() - lstatSync(file).mtimeMs
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

/** Whether a lock may be broken: stale heartbeat, or a holder certainly dead. */
function abandoned(holder: LockInfo | null, ageMs: number, staleAfterMs: number, self: LockInfo): boolean {
  if (ageMs > staleAfterMs) return true
  if (!holder) return false // unreadable (being written?): only its age can tell
  return holder.host === self.host && holder.namespace === self.namespace && holder.pid !== self.pid && !isAlive(holder.pid)
}

/** Create the lock file; false when it exists. */
function create(file: string, info: LockInfo): boolean {
  let fd: number
  try {
    fd = openSync(file, 'wx')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    writeSync(fd, JSON.stringify(info) + '\n')
  } finally {
    closeSync(fd)
  }
  return true
}

/**
 * Take the lock of the output folder `target`, or throw `OutputLockedError`.
 * An abandoned lock is broken by renaming it aside first, and checking that
 * what was renamed is the abandoned one (two builds breaking the same lock
 * cannot both win).
 */
export function acquireLock(target: string, options: LockOptions = {}): Lock {
  const file = lockPathFor(target)
  const staleAfterMs = options.staleAfterMs ?? STALE_AFTER_MS
  const heartbeatMs = options.heartbeatMs ?? HEARTBEAT_MS
  const info: LockInfo = {
    token: randomBytes(8).toString('hex'),
    pid: process.pid,
    host: hostname(),
    namespace: currentNamespace(),
    started: new Date().toISOString()
  }
  for (let attempt = 0; !create(file, info); attempt++) {
    const holder = readLock(file)
    const age = ageOf(file)
    if (age === null) continue // released meanwhile: try again
    if (attempt > 3 || !abandoned(holder, age, staleAfterMs, info)) throw new OutputLockedError(file, holder, age)
    const aside = `${file}-broken-${info.token}`
    try {
      renameSync(file, aside)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue
      throw error
    }
    const taken = readLock(aside)
    if (holder && taken?.token !== holder.token) {
      // Another build broke it first and this rename took its fresh lock: give it back.
      try {
        renameSync(aside, file)
      } catch {}
      throw new OutputLockedError(file, taken, 0)
    }
    try {
      unlinkSync(aside)
    } catch {}
  }
  let last = Date.now()
  let released = false
  const beat = (): void => {
    if (released || Date.now() - last < heartbeatMs / 2) return
    last = Date.now()
    try {
      const now = new Date()
      utimesSync(file, now, now)
    } catch {}
  }
  const timer = setInterval(beat, heartbeatMs)
  timer.unref()
  const held = (): boolean => !released && readLock(file)?.token === info.token
  const lock: Lock = {
    path: file,
    info,
    beat,
    held,
    release() {
      if (released) return
      holding.delete(lock)
      clearInterval(timer)
      const ours = held()
      released = true
      if (!ours) return
      try {
        unlinkSync(file)
      } catch {}
    }
  }
  holding.add(lock)
  return lock
}
