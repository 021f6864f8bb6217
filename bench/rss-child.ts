/**
 * Runs in its own process (bundled by bench/bundle.ts, run with plain node) so the peak RSS of
 * linting one document is not polluted by the other bench runs. Prints one JSON line.
 *
 *   node rss-child.cjs FILE FORMAT
 */
import {readFileSync} from 'node:fs'
import {lint} from '../src/core/index.ts'

/** Peak resident set size of this process so far, in KB. */
function peakKB(): number {
  let hwm = 0
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))
    if (match) hwm = Number(match[1])
  } catch {
    // Not Linux: resourceUsage alone.
  }
  return Math.max(hwm, process.resourceUsage().maxRSS)
}

const [file, format] = process.argv.slice(2)
const baselineKB = peakKB()
const text = readFileSync(file!, 'utf8')
const start = performance.now()
const result = lint(text, {format: format === 'markdown' ? 'markdown' : 'plaintext', lang: 'auto'})
const ms = performance.now() - start
console.log(JSON.stringify({baselineKB, peakKB: peakKB(), ms, messages: result.messages.length}))
