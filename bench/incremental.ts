/**
 * Incremental re-lint: lint a document once with a DocumentLinter, then apply one-character edits
 * at random prose positions (insertions, deletions, substitutions) and time each re-lint. A sample
 * of edits is checked against a fresh `lint()` of the same text: results must be identical.
 */
import {isDeepStrictEqual} from 'node:util'
import {createDocumentLinter, lint, type LintOptions, type LintResult} from '../src/core/index.ts'
import type {GeneratedDocument} from './generate.ts'
import {collectGarbage, percentile} from './measure.ts'
import {createRng} from './prng.ts'

export interface IncrementalReport {
  firstMs: number
  edits: number
  p50: number
  p95: number
  max: number
  /** p50 / p95 of this process's CPU time per re-lint (steadier when other processes compete for the CPU). */
  cpuP50: number
  cpuP95: number
  checked: number
  /** Descriptions of the sampled edits whose cached result differed from a fresh lint. */
  mismatches: string[]
}

const letters = 'aeiouéèlnrstmpcdqvbgfhjxzy'

/** Describes the first difference between two results, or returns undefined when they are equal. */
export function difference(cached: LintResult, fresh: LintResult): string | undefined {
  for (const field of ['messages', 'claims', 'stats'] as const) {
    if (isDeepStrictEqual(cached[field], fresh[field])) continue
    if (field === 'stats') return `stats ${JSON.stringify(cached.stats)} ≠ ${JSON.stringify(fresh.stats)}`
    const a = cached[field] as unknown[]
    const b = fresh[field] as unknown[]
    const index = a.findIndex((item, position) => !isDeepStrictEqual(item, b[position]))
    const at = index === -1 ? Math.min(a.length, b.length) : index
    return `${field}: ${a.length} cached vs ${b.length} fresh; first difference at #${at}: ${JSON.stringify(a[at])?.slice(0, 160)} ≠ ${JSON.stringify(b[at])?.slice(0, 160)}`
  }
  return undefined
}

/** `afterFirstLint` runs once the document was linted a first time, before the edits (the profiler starts there). */
export function measureIncremental(document: GeneratedDocument, options: LintOptions, edits: number, samples: number, afterFirstLint?: () => void): IncrementalReport {
  const seed = 7
  const rng = createRng(seed)
  const prose = document.prose.map(([start, end]) => [start, end] as [number, number]).filter(([start, end]) => end - start > 20)
  let text = document.text
  const linter = createDocumentLinter(options)
  collectGarbage()
  let start = performance.now()
  linter.lint(text)
  const firstMs = performance.now() - start
  afterFirstLint?.()
  const sampleEvery = Math.max(1, Math.floor(edits / Math.max(1, samples)))
  const WARM_UP_EDITS = 20
  const times: number[] = []
  const cpuTimes: number[] = []
  const mismatches: string[] = []
  let checked = 0
  for (let edit = 0; edit < edits; edit++) {
    // Pick a letter inside a prose range, then insert, delete or replace one character there.
    const rangeIndex = rng.int(0, prose.length - 1)
    const range = prose[rangeIndex]!
    let position = rng.int(range[0], range[1] - 1)
    while (position < range[1] - 1 && !/\p{L}/u.test(text[position]!)) position++
    const operation = range[1] - range[0] > 30 ? rng.pick(['insert', 'delete', 'replace'] as const) : 'insert'
    const letter = rng.pick([...letters])
    const delta = operation === 'insert' ? 1 : operation === 'delete' ? -1 : 0
    text = text.slice(0, position) + (operation === 'delete' ? '' : letter) + text.slice(operation === 'insert' ? position : position + 1)
    // An editor hands the engine a flat string (VS Code's getText()); the concatenation above is a
    // rope that V8 would flatten inside the timed call. Flatten it here, outside the timing.
    text = Buffer.from(text, 'utf16le').toString('utf16le')
    range[1] += delta
    if (delta) for (let index = rangeIndex + 1; index < prose.length; index++) (prose[index]![0] += delta), (prose[index]![1] += delta)

    const cpuStart = process.cpuUsage()
    start = performance.now()
    const cached = linter.lint(text)
    const ms = performance.now() - start
    const used = process.cpuUsage(cpuStart)
    // The first edits warm the JIT up, as the first minutes of typing in an editor do.
    if (edit >= WARM_UP_EDITS) {
      times.push(ms)
      cpuTimes.push((used.user + used.system) / 1000)
    }

    if (samples > 0 && (edit % sampleEvery === sampleEvery - 1 || edit === edits - 1)) {
      checked++
      const problem = difference(cached, lint(text, options))
      if (problem) mismatches.push(`edit ${edit + 1} (${operation} at offset ${position}): ${problem}`)
      collectGarbage()
    }
  }
  return {
    firstMs,
    edits,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
    cpuP50: percentile(cpuTimes, 50),
    cpuP95: percentile(cpuTimes, 95),
    checked,
    mismatches
  }
}
