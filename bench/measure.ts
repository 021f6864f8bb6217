/** Timing helpers: median / percentiles over repeated runs, with a time budget. */

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (p / 100) * (sorted.length - 1)
  const low = Math.floor(rank)
  const high = Math.ceil(rank)
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (rank - low)
}

export const median = (values: readonly number[]): number => percentile(values, 50)

/** Collects garbage if node runs with --expose-gc, so one run's garbage does not land on the next. */
export function collectGarbage(): void {
  const gc = (globalThis as {gc?: () => void}).gc
  if (gc) gc()
}

export interface RunPlan {
  runs: number
  warmups: number
  /** Stop adding runs once this much time went into the measured runs (at least one run is always made). */
  budgetMs: number
}

export interface Timing {
  /** Median wall time, ms. */
  median: number
  /** Median CPU time of the process (user + system, all threads), ms: less sensitive to other processes competing for the CPU. */
  cpuMedian: number
  runs: number[]
}

/** Times `fn` `plan.runs` times (after warm-ups) and returns the median in milliseconds. */
export function time<T>(fn: () => T, plan: RunPlan, check?: (value: T) => void): Timing {
  for (let index = 0; index < plan.warmups; index++) fn()
  const runs: number[] = []
  const cpu: number[] = []
  let spent = 0
  while (runs.length < plan.runs && (runs.length === 0 || spent < plan.budgetMs)) {
    collectGarbage()
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    const value = fn()
    const elapsed = performance.now() - start
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
    runs.push(elapsed)
    spent += elapsed
    check?.(value)
  }
  return {median: median(runs), cpuMedian: median(cpu), runs}
}
