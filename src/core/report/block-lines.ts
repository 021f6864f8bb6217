/**
 * Line numbers without scanning the whole document on every edit: each block knows where its own
 * lines start (cached with its analysis), and only the short gaps between blocks are scanned.
 * `\r\n`, `\n` and a lone `\r` each end a line, as in VS Code.
 */
import type {Point} from '../types.ts'

/** Offsets (relative to `from`) where a new line starts inside `text.slice(from, to)`. */
export function lineStartsIn(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = []
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1 - from)
  }
  return starts
}

/** The line each block starts on, and where that line starts, for turning block offsets into points. */
export class DocumentLines {
  /** 1-based line of each block's start. */
  readonly firstLine: Int32Array
  /** Absolute offset of the start of that line. */
  readonly firstLineStart: Float64Array

  constructor(
    text: string,
    private readonly spans: ReadonlyArray<{start: number; end: number}>,
    private readonly starts: ReadonlyArray<readonly number[]>
  ) {
    const n = spans.length
    this.firstLine = new Int32Array(n)
    this.firstLineStart = new Float64Array(n)
    let line = 1
    let lineStart = 0
    let position = 0
    for (let b = 0; b < n; b++) {
      const {start, end} = spans[b]!
      for (let i = position; i < start; i++) {
        const c = text.charCodeAt(i)
        if (c === 10 && i > 0 && i === position && text.charCodeAt(i - 1) === 13) {
          // The `\r` that ended the previous block was counted there; this `\n` completes it.
          lineStart = i + 1
        } else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
          line++
          lineStart = i + 1
        }
      }
      this.firstLine[b] = line
      this.firstLineStart[b] = lineStart
      const own = starts[b]!
      if (own.length > 0) {
        line += own.length
        lineStart = start + own[own.length - 1]!
      }
      position = end
    }
  }

  /** The point of absolute `offset`, inside block `b`. */
  point(b: number, offset: number): Point {
    const own = this.starts[b]!
    const base = this.spans[b]!.start
    const relative = offset - base
    let lo = 0
    let hi = own.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (own[mid]! <= relative) lo = mid + 1
      else hi = mid
    }
    const start = lo === 0 ? this.firstLineStart[b]! : base + own[lo - 1]!
    return {line: this.firstLine[b]! + lo, column: offset - start + 1, offset}
  }
}
