/**
 * JSON data and translation files (comments allowed, as in JSONC): each string value that reads
 * as prose, under a key that names prose, is one block and one unit; keys and structure are
 * never read as prose. A comment holding `promesse-` is a block of its own (suppression).
 */
import {visit} from 'jsonc-parser'
import {ProseBuilder} from '../builder.ts'
import {collectDirectives} from '../directives.ts'
import {readsAsProse} from '../frontmatter.ts'
import type {BlockRange} from '../blocks.ts'
import type {Directive, ProseUnit} from '../types.ts'

/** The deepest nesting whose strings are read (a hostile document cannot make the walk deep). */
const MAX_DEPTH = 32

export function splitJson(text: string, isProseKey: (key: string) => boolean): BlockRange[] {
  const blocks: BlockRange[] = []
  visit(
    text,
    {
      onLiteralValue(value, offset, length, _line, _column, path) {
        if (typeof value !== 'string' || !readsAsProse(value)) return
        const trail = path()
        if (trail.length > MAX_DEPTH) return
        // The key the string is under: the nearest name above it (an array takes its key).
        let key = ''
        for (let i = trail.length - 1; i >= 0; i--) {
          const step = trail[i]
          if (typeof step === 'string') {
            key = step
            break
          }
        }
        if (key !== '' && !isProseKey(key)) return
        for (const step of trail) if (typeof step === 'string' && !isProseKey(step)) return
        blocks.push({start: offset, end: offset + length})
      },
      onComment(offset, length) {
        if (text.slice(offset, offset + length).includes('promesse-')) blocks.push({start: offset, end: offset + length})
      }
    },
    {allowTrailingComma: true, disallowComments: false}
  )
  return blocks.sort((a, b) => a.start - b.start)
}

/** One JSON string token (with its quotes) → one unit; a comment → its directives. */
export function parseJsonBlock(source: string, lang: string | undefined): {units: ProseUnit[]; directives: Directive[]} {
  const directives: Directive[] = []
  if (source.startsWith('/')) {
    collectDirectives(source, 0, source.length, directives, 'slash')
    return {units: [], directives}
  }
  if (!source.startsWith('"')) return {units: [], directives}
  const builder = new ProseBuilder()
  const end = source.endsWith('"') && source.length > 1 ? source.length - 1 : source.length
  for (let p = 1; p < end; ) {
    const c = source[p]!
    if (c !== '\\') {
      builder.char(c, p, p + 1)
      p++
      continue
    }
    const e = source[p + 1]
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(p + 2, p + 6))) {
      builder.char(String.fromCharCode(parseInt(source.slice(p + 2, p + 6), 16)), p, p + 6)
      p += 6
      continue
    }
    const decoded = e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' || e === 'f' ? ' ' : e
    if (decoded !== undefined) builder.char(decoded, p, p + 2)
    p += 2
  }
  const unit = builder.finish({kind: 'field'})
  if (unit && lang !== undefined) unit.lang = lang
  return {units: unit ? [unit] : [], directives}
}
