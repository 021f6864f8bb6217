/** Plain text read into prose units: one per paragraph, line breaks as spaces. */
import {ProseBuilder} from './builder.ts'
import type {ProseUnit} from './types.ts'

/** One unit per paragraph (paragraphs are separated by blank lines); line breaks become spaces. */
export function parsePlaintext(source: string): ProseUnit[] {
  const units: ProseUnit[] = []
  let builder = new ProseBuilder()
  let lineStart = 0
  const n = source.length
  while (lineStart <= n) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = n
    let contentEnd = lineEnd
    if (contentEnd > lineStart && source.charCodeAt(contentEnd - 1) === 13) contentEnd--
    if (isBlank(source, lineStart, contentEnd)) {
      const unit = builder.finish({kind: 'paragraph'})
      if (unit) units.push(unit)
      builder = new ProseBuilder()
    } else {
      builder.copy(source, lineStart, contentEnd)
      if (contentEnd < n) builder.space(contentEnd, lineEnd + 1, true)
    }
    lineStart = lineEnd + 1
  }
  const unit = builder.finish({kind: 'paragraph'})
  if (unit) units.push(unit)
  return units
}

export function isBlank(source: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = source.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11) return false
  }
  return true
}
