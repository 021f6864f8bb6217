/**
 * How many threads lint a run's files. One thread for a few small files: each worker pays again
 * what the first lint of a thread costs (loading the engine, compiling the rules of each language,
 * the JIT and the word caches warming up: about as much as linting 1 MB of pages), in parallel
 * with the others. Past that, one worker per core that is not already busy: on a machine whose
 * cores are taken (load average ≥ cores − 1.5), two lint threads ran slower together than one
 * alone (docs/performance.md), so the run keeps one.
 */
import {stat} from 'node:fs/promises'
import {availableParallelism, loadavg} from 'node:os'
import type {Target} from './files.ts'

/** Below this much text in the run, one thread. */
export const WORKER_MIN_BYTES = 1024 * 1024
/** Below this many files, one thread (a single big file gains nothing from a pool). */
export const WORKER_MIN_FILES = 4

export interface ThreadChoice {
  /** `--jobs`: forced; undefined: chosen from the files. */
  requested?: number
  files: number
  bytes: number
  cores: number
  /** Runnable processes already there (the 1-minute load average). */
  load: number
}

/** 1 (the main thread) or the number of worker threads. */
export function threadCount(choice: ThreadChoice): number {
  if (choice.requested !== undefined) return Math.max(1, Math.min(choice.requested, choice.files))
  if (choice.files < WORKER_MIN_FILES || choice.bytes < WORKER_MIN_BYTES) return 1
  const free = choice.cores - choice.load
  if (free < 1.5) return 1
  return Math.min(choice.cores, Math.ceil(free), choice.files)
}

/** Total size of the targets' files, stopping once `enough` is reached (standard input counts as 0). */
export async function targetBytes(targets: readonly Target[], enough = WORKER_MIN_BYTES): Promise<number> {
  let bytes = 0
  for (const target of targets) {
    if (target.kind !== 'file') continue
    try {
      bytes += (await stat(target.absolute)).size
    } catch {
      // Unreadable: reported when it is read.
    }
    if (bytes >= enough) break
  }
  return bytes
}

/** The cores and the load of this machine now (the load average is 0 where the system has none, as on Windows). */
export function machine(): {cores: number; load: number} {
  return {cores: availableParallelism(), load: loadavg()[0] ?? 0}
}
