/**
 * Re-cutting a document into blocks after an edit without scanning all of it: only a window of
 * blocks around the changed text is cut again; blocks before it keep their offsets and blocks
 * after it are shifted. When the edit could change the structure beyond its window (a code
 * fence, an HTML comment or tag, front matter), the whole document is cut again.
 */
import type {Format} from '../types.ts'

export interface Span {
  start: number
  end: number
}

export interface Split {
  spans: Span[]
  /** Index of the first span that was cut again, and how many were (the rest are reused). */
  from: number
  count: number
  /** How many old spans the window replaced (from `from`). */
  replaced: number
  /** The edit: text before `changeStart` and from `changeEnd` (new offsets) on is unchanged; `delta` = new length − old length. */
  changeStart: number
  changeEnd: number
  delta: number
}

type Splitter = (text: string, format: Format) => Span[]

const CHUNK = 4096

/** Length of the common prefix of two strings, comparing in chunks first. */
export function commonPrefix(a: string, b: string): number {
  const max = Math.min(a.length, b.length)
  let i = 0
  while (i + CHUNK <= max && a.slice(i, i + CHUNK) === b.slice(i, i + CHUNK)) i += CHUNK
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** Length of the common suffix of two strings, not reaching into the first `floor` characters. */
export function commonSuffix(a: string, b: string, floor: number): number {
  const max = Math.min(a.length, b.length) - floor
  let n = 0
  while (n + CHUNK <= max && a.slice(a.length - n - CHUNK, a.length - n) === b.slice(b.length - n - CHUNK, b.length - n)) n += CHUNK
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++
  return n
}

/** Markdown lines that may open or close a construct holding blank lines (fence, comment, raw HTML). */
const fenceLine = /^(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(?:`{3,}|~{3,})/m
const htmlish = /<!--|-->|<\/?[A-Za-z]|^[ \t]*</m

function structural(lines: string, format: Format): boolean {
  return format === 'markdown' && (fenceLine.test(lines) || htmlish.test(lines))
}
const frontMatterLine = /---|\.\.\./

function lineAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1
  let to = text.indexOf('\n', end)
  if (to === -1) to = text.length
  return text.slice(from, to)
}

/**
 * Cuts `text` into blocks, reusing `previous` (the spans of `before`) where the edit cannot have
 * changed them. The result is always what `split(text, format)` gives.
 */
export function resplit(before: string, previous: Span[], text: string, format: Format, split: Splitter): Split {
  const p = commonPrefix(before, text)
  const s = commonSuffix(before, text, p)
  const oldEnd = before.length - s
  const newEnd = text.length - s
  const delta = text.length - before.length
  const change = {changeStart: p, changeEnd: newEnd, delta}
  const full = (): Split => {
    const spans = split(text, format)
    return {spans, from: 0, count: spans.length, replaced: previous.length, ...change}
  }
  // Only Markdown and plain text are cut again around an edit; other formats need the whole text.
  if ((format !== 'markdown' && format !== 'plaintext') || previous.length === 0) return full()
  if (delta === 0 && p === before.length) return {spans: previous, from: 0, count: 0, replaced: 0, ...change}
  const oldLines = lineAround(before, p, oldEnd)
  const newLines = lineAround(text, p, newEnd)
  if (structural(oldLines, format) || structural(newLines, format)) return full()
  // A `---` or `...` line may open or close front matter when the text starts with `---`.
  if (format === 'markdown' && (before.startsWith('---') || text.startsWith('---')) && (frontMatterLine.test(oldLines) || frontMatterLine.test(newLines))) return full()

  // The window starts one block before the one the edit starts in…
  let i = 0
  while (i + 1 < previous.length && previous[i + 1]!.start <= p) i++
  i = Math.max(0, i - 1)
  // Front matter is only known from the top of a text: a window must not start like one.
  if (format === 'markdown') {
    while (i > 0 && before.startsWith('---', previous[i]!.start)) i--
    if (i === 0) return full()
  }
  const windowStart = previous[i]!.start
  // …and ends where the second block wholly after the edit starts.
  let j = i
  while (j < previous.length && previous[j]!.start <= oldEnd) j++
  j++
  const windowEndOld = j < previous.length ? previous[j]!.start : before.length
  const windowEnd = windowEndOld + delta
  if (windowStart > p || windowEnd < newEnd) return full()

  const cut = split(text.slice(windowStart, windowEnd), format).map((span) => ({
    start: span.start + windowStart,
    end: span.end + windowStart
  }))
  const tail = previous.slice(Math.min(j, previous.length)).map((span) => ({start: span.start + delta, end: span.end + delta}))
  return {
    spans: [...previous.slice(0, i), ...cut, ...tail],
    from: i,
    count: cut.length,
    replaced: Math.min(j, previous.length) - i,
    ...change
  }
}
