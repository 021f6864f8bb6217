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
  {name: 'one paragraph of short claims', format: 'markdown', make: (kb) => 'Le client est roi. '.repeat(Math.round((kb * 1024) / 19))},
  // Markdown that makes remark superlinear: lines of deeply nested list items, and unclosed links.
  {name: 'lines of 2,500 nested list items', format: 'markdown', make: (kb) => ('- '.repeat(2500) + 'Nous sommes à votre écoute.\n').repeat(Math.max(1, Math.round((kb * 1024) / 5028)))},
  {name: 'unclosed links', format: 'markdown', make: (kb) => '[a]('.repeat(Math.round((kb * 1024) / 4)) + '\n\nLe client est roi.'}
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
