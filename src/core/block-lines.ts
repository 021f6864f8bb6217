/**
 * Line numbers without scanning the whole document on every edit: each block knows where its own
 * lines start (cached with its analysis), and only the short gaps between blocks are scanned.
 * `\r\n`, `\n` and a lone `\r` each end a line, as in VS Code.
 */
import type {Point} from './types.ts'

/** Offsets (relative to `from`) where a new line starts inside `text.slice(from, to)`. */
export function lineStartsIn(text: string, from = 0, to = text.length): number[] {
  const starts: number[] = []
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts.push(i + 1 - from)
  }
  return starts
}

/** Turns offsets inside a block into points, given where the block starts in the document. */
export interface BlockLines {
  point(offset: number): Point
}

/**
 * Walks the blocks in order; `next(base, end, starts)` returns the point mapper of the block
 * spanning [base, end) whose own line starts are `starts`.
 */
export class DocumentLines {
  private line = 1
  /** Absolute offset where the current line starts. */
  private lineStart = 0
  private position = 0

  constructor(private readonly text: string) {}

  next(base: number, end: number, starts: readonly number[]): BlockLines {
    // Advance through the gap before the block.
    for (let i = this.position; i < base; i++) {
      const c = this.text.charCodeAt(i)
      if (c === 10 && i > 0 && i === this.position && this.text.charCodeAt(i - 1) === 13) {
        // The `\r` that ended the previous block was counted there; this `\n` completes it.
        this.lineStart = i + 1
      } else if (c === 10 || (c === 13 && this.text.charCodeAt(i + 1) !== 10)) {
        this.line++
        this.lineStart = i + 1
      }
    }
    const firstLine = this.line
    const firstLineStart = this.lineStart
    if (starts.length > 0) {
      this.line += starts.length
      this.lineStart = base + starts[starts.length - 1]!
    }
    this.position = end
    return {
      point(offset: number): Point {
        const relative = offset - base
        let lo = 0
        let hi = starts.length
        while (lo < hi) {
          const mid = (lo + hi) >> 1
          if (starts[mid]! <= relative) lo = mid + 1
          else hi = mid
        }
        const start = lo === 0 ? firstLineStart : base + starts[lo - 1]!
        return {line: firstLine + lo, column: offset - start + 1, offset}
      }
    }
  }
}
