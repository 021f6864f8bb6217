import {isMap, isScalar, parseDocument} from 'yaml'
import {ProseBuilder} from './builder.ts'
import type {ProseUnit} from './types.ts'

/** Front-matter keys whose string values are prose (marketing copy lives there). */
export const PROSE_KEYS: ReadonlySet<string> = new Set(['title', 'description', 'summary', 'subtitle', 'excerpt', 'tagline'])

/**
 * Prose units for the string values of `PROSE_KEYS` in YAML `source[start, end)` (the text
 * between the fences). Values that cannot be mapped back exactly are skipped.
 */
export function frontMatterUnits(source: string, start: number, end: number, into: ProseUnit[]): void {
  let doc
  try {
    doc = parseDocument(source.slice(start, end), {keepSourceTokens: false, prettyErrors: false})
  } catch {
    return
  }
  if (!isMap(doc.contents)) return
  for (const pair of doc.contents.items) {
    const key = pair.key
    const value = pair.value
    if (!isScalar(key) || !isScalar(value) || typeof key.value !== 'string' || !PROSE_KEYS.has(key.value)) continue
    if (typeof value.value !== 'string' || !value.range) continue
    let from = start + value.range[0]
    let to = start + value.range[1]
    if (value.type === 'QUOTE_DOUBLE' || value.type === 'QUOTE_SINGLE') {
      from++
      to--
    } else if (value.type === 'BLOCK_FOLDED' || value.type === 'BLOCK_LITERAL') {
      const header = source.indexOf('\n', from)
      if (header === -1 || header >= to) continue
      from = header + 1
    }
    if (to < from) continue
    const builder = new ProseBuilder()
    builder.aligned(value.value, source, from, to)
    const unit = builder.finish({kind: 'frontMatter'})
    if (unit && unit.text === normalise(value.value) && mapsExactly(unit, source)) into.push(unit)
  }
}

/** The value as the builder writes it: white space runs as one space, trimmed. */
function normalise(value: string): string {
  return value.replace(/[ \t\r\n\f\v]+/g, ' ').trim()
}

/** Every visible character of the unit is the original character at its offset. */
function mapsExactly(unit: ProseUnit, source: string): boolean {
  const {text, offsets} = unit
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 32) continue
    if (source.charCodeAt(offsets[i]!) !== c) return false
  }
  return true
}
