import type {Point} from './types.ts'

/**
 * Line starts of a text, for turning UTF-16 offsets into 1-based line/column.
 * `\r\n`, `\n` and a lone `\r` each end a line, as in VS Code.
 */
export class LineIndex {
  private readonly starts: number[] = [0]

  constructor(text: string) {
    const starts = this.starts
    // Each search result is kept until passed, so the scan stays linear.
    let n = text.indexOf('\n')
    let r = text.indexOf('\r')
    while (n !== -1 || r !== -1) {
      let i: number
      if (r !== -1 && (n === -1 || r < n)) i = text.charCodeAt(r + 1) === 10 ? r + 2 : r + 1
      else i = n + 1
      starts.push(i)
      if (n !== -1 && n < i) n = text.indexOf('\n', i)
      if (r !== -1 && r < i) r = text.indexOf('\r', i)
    }
  }

  point(offset: number): Point {
    const starts = this.starts
    let lo = 0
    let hi = starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (starts[mid]! <= offset) lo = mid
      else hi = mid - 1
    }
    return {line: lo + 1, column: offset - starts[lo]! + 1, offset}
  }
}
