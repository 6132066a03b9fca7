/** The people found in the first pass, indexed for resolving short references in the second. */
import {nameKey} from '../../../text/normalize.js'

/** People already found (by name key, tone marks kept). */
export class Known {
  /** Full name key → the name words, keyed the same way. */
  readonly names = new Map<string, string[]>()
  /** Full name key → recorded rank. */
  readonly ranks = new Map<string, string>()
  /** Last syllable → full name keys, so a lookup does not scan everyone. */
  readonly #byLast = new Map<string, string[]>()
  /** Rank → full name keys of the people who hold it. */
  readonly #byRank = new Map<string, string[]>()

  addName(key: string, name: string): void {
    if (this.names.has(key)) return
    const parts = name.split(' ').map((w) => nameKey(w))
    this.names.set(key, parts)
    push(this.#byLast, parts.at(-1) ?? '', key)
  }

  addRank(key: string, rank: string): void {
    if (this.ranks.has(key)) return
    this.ranks.set(key, rank)
    push(this.#byRank, rank, key)
  }

  /** The people whose name ends with these words (name keys). */
  endingWith(target: readonly string[]): string[] {
    const candidates = this.#byLast.get(target.at(-1) ?? '') ?? []
    return candidates.filter((key) => {
      const parts = this.names.get(key) ?? []
      return parts.length > target.length && target.every((w, k) => parts[parts.length - target.length + k] === w)
    })
  }

  /** Whether these words (name keys) are the whole name of someone found ("bà Anna Keller"). */
  isWholeName(target: readonly string[]): boolean {
    const candidates = this.#byLast.get(target.at(-1) ?? '') ?? []
    return candidates.some((key) => {
      const parts = this.names.get(key) ?? []
      return parts.length === target.length && target.every((w, k) => parts[k] === w)
    })
  }

  /** The people who hold a rank. */
  holding(rank: string): readonly string[] {
    return this.#byRank.get(rank) ?? []
  }
}

function push(index: Map<string, string[]>, key: string, value: string): void {
  const list = index.get(key)
  if (list) list.push(value)
  else index.set(key, [value])
}

/** The one item of a list, or null when it has none or several. */
export function only<T>(list: readonly T[]): T | null {
  return list.length === 1 ? (list[0] ?? null) : null
}

/** The person a short reference (`Hùng`, `Thanh Hải`) names, when exactly one fits. */
export function resolveShort(known: Known, words: readonly string[]): string | null {
  return only(known.endingWith(words.map((w) => nameKey(w))))
}
