/**
 * Hostile shapes of input, each timed at two sizes: the growth factor per doubling says whether
 * the engine stays linear (≤ 2.5× per doubling is the target). Inputs are generated here.
 */
import {lint, type Format} from '../src/core/index.ts'

export interface AdversarialFigure {
  name: string
  smallMs: number
  largeMs: number
  /** largeMs ÷ smallMs, the large input being twice the small one. */
  growth: number
  largeBytes: number
}

const cases: Array<{name: string; format: Format; make: (kb: number) => string}> = [
  // One prose unit of the same word, no sentence end: the tokenizer and the inclusive-form check.
  {name: 'one unit of « client » repeated', format: 'plaintext', make: (kb) => 'client '.repeat(Math.round((kb * 1024) / 7))},
  // One long line of claims without stops.
  {name: 'one line, claims without stops', format: 'plaintext', make: (kb) => 'nous sommes à votre écoute et '.repeat(Math.round((kb * 1024) / 30))},
  // A paragraph of many short sentences dense with claims.
  {name: 'one paragraph of short claims', format: 'markdown', make: (kb) => 'Le client est roi. '.repeat(Math.round((kb * 1024) / 19))}
]

function time(text: string, format: Format): number {
  const start = performance.now()
  lint(text, {format})
  return performance.now() - start
}

export function measureAdversarial(kb: number): AdversarialFigure[] {
  return cases.map(({name, format, make}) => {
    const small = make(kb)
    const large = make(kb * 2)
    time(small, format) // warm-up
    const smallMs = Math.min(time(small, format), time(small, format))
    const largeMs = Math.min(time(large, format), time(large, format))
    return {name, smallMs, largeMs, growth: largeMs / smallMs, largeBytes: large.length}
  })
}
