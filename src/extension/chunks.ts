/**
 * Large documents are linted in chunks, with a yield to the event loop between two chunks, so
 * the extension host stays responsive (a 10 MB document is 160 chunks of 64 KB; one chunk takes
 * the engine at most a few hundred ms the first time, far less when re-linted). Chunks are cut
 * at blank lines outside fenced code, where a block ends anyway, and each chunk keeps its own
 * incremental linter, so an edit re-processes only the blocks that changed.
 * Known limit: a finding in a chunk that does not contain its section's heading has no `section`.
 */
import type {DocumentLinter, LintResult, Message, Point} from './engine.ts'

export const chunkThreshold = 64 * 1024

/** Start offsets of the chunks of `text` (the first is 0); chunks are about `size` long. */
export function chunkStarts(text: string, size = chunkThreshold): number[] {
  const starts = [0]
  let fence: string | undefined
  let lineStart = 0
  let previousBlank = false
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = text.length
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '')
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1]
    if (marker && !fence) fence = marker[0]
    else if (marker && fence && marker[0] === fence) fence = undefined
    const blank = line.trim() === ''
    if (previousBlank && !blank && !fence && lineStart - starts[starts.length - 1] >= size) starts.push(lineStart)
    previousBlank = blank && !fence
    lineStart = lineEnd + 1
  }
  return starts
}

const yieldToHost = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function lineBreaks(text: string, from: number, to: number): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i)
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) count++
  }
  return count
}

function shiftPoint(point: Point, offset: number, lines: number): Point {
  return {...point, offset: point.offset + offset, line: point.line + lines}
}

function shift(message: Message, offset: number, lines: number): Message {
  const start = shiftPoint(message.start, offset, lines)
  const end = shiftPoint(message.end, offset, lines)
  const shifted: Message = {...message, start, end, line: start.line, endLine: end.line}
  if (message.sentence) {
    shifted.sentence = {start: shiftPoint(message.sentence.start, offset, lines), end: shiftPoint(message.sentence.end, offset, lines)}
  }
  return shifted
}

/**
 * Lints `text` chunk by chunk with `linters[i]` (created by `make` when missing). Returns
 * undefined as soon as `stale()` says the result is no longer wanted.
 */
export async function lintInChunks(
  text: string,
  linters: DocumentLinter[],
  make: () => DocumentLinter,
  stale: () => boolean
): Promise<LintResult | undefined> {
  const starts = chunkStarts(text)
  linters.length = Math.min(linters.length, starts.length)
  const total: LintResult = {messages: [], claims: [], stats: {claims: 0, backed: 0, hollow: 0, mentions: 0, commitments: 0}, configErrors: []}
  let lines = 0
  for (let i = 0; i < starts.length; i++) {
    if (i > 0) {
      await yieldToHost()
      if (stale()) return undefined
      lines += lineBreaks(text, starts[i - 1], starts[i])
    }
    const from = starts[i]
    const linter = (linters[i] ??= make())
    const part = linter.lint(text.slice(from, starts[i + 1] ?? text.length))
    for (const message of part.messages) total.messages.push(shift(message, from, lines))
    for (const claim of part.claims) total.claims.push({...claim, start: claim.start + from, end: claim.end + from})
    for (const key of Object.keys(total.stats) as (keyof LintResult['stats'])[]) total.stats[key] += part.stats[key]
    if (i === 0) total.configErrors = part.configErrors
  }
  return total
}
