/** A small seeded PRNG (mulberry32) and helpers, so the bench inputs are identical on every run. */

export interface Rng {
  /** Uniform float in [0, 1). */
  next(): number
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number
  /** One element of a non-empty array. */
  pick<T>(items: readonly T[]): T
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One key of `weights`, chosen with probability proportional to its weight. */
  weighted<K extends string>(weights: Readonly<Record<K, number>>): K
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => items[Math.floor(next() * items.length)]!,
    chance: (p) => next() < p,
    weighted(weights) {
      const keys = Object.keys(weights) as Array<keyof typeof weights>
      let total = 0
      for (const key of keys) total += weights[key]
      let roll = next() * total
      for (const key of keys) {
        roll -= weights[key]
        if (roll < 0) return key
      }
      return keys[keys.length - 1]!
    }
  }
  return rng
}

/** A 32-bit FNV-1a hash of a string, to derive one seed per input from a base seed. */
export function hashSeed(text: string, base = 0): number {
  let hash = (0x811c9dc5 ^ base) >>> 0
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash
}
