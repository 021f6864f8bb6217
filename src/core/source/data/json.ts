/**
 * JSON data and translation files (comments allowed, as in JSONC): each string value that reads
 * as prose, under a key that names prose, is one block and one unit; keys and structure are
 * never read as prose. A comment holding `promesse-` is a block of its own (suppression).
 */
import {visit} from 'jsonc-parser'
import {ProseBuilder} from '../builder.ts'
import {collectDirectives, entryScoped} from '../suppression-comments.ts'
import {appendQuoted} from './quoted.ts'
import {readsAsProse} from '../frontmatter.ts'
import type {BlockRange} from '../types.ts'
import {attachSuppressions} from './suppressions.ts'
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
  return attachSuppressions(text, blocks.sort((a, b) => a.start - b.start))
}

/** One JSON string token (with its quotes) → one unit; a comment → its directives. */
export function parseJsonBlock(source: string, lang: string | undefined): {units: ProseUnit[]; directives: Directive[]} {
  let directives: Directive[] = []
  let from = 0
  if (source.startsWith('/')) {
    const prefix = /^(?:\s*(?:\/\/[^\n]*|\/\*[\s\S]*?\*\/))+/.exec(source)![0]
    collectDirectives(source, 0, prefix.length, directives, 'slash')
    if (prefix.length === source.trimEnd().length) return {units: [], directives}
    directives = entryScoped(directives, source.length)
    // The string the comment is joined to: the last token, ending the block.
    from = source.length - 2
    while (from > prefix.length && !(source[from] === '"' && evenBackslashesBefore(source, from))) from--
  }
  if (source[from] !== '"') return {units: [], directives}
  const builder = new ProseBuilder()
  appendQuoted(source, from, source.length, builder)
  const unit = builder.finish({kind: 'field'})
  if (unit && lang !== undefined) unit.lang = lang
  return {units: unit ? [unit] : [], directives}
}

function evenBackslashesBefore(source: string, at: number): boolean {
  let n = 0
  while (at - 1 - n >= 0 && source[at - 1 - n] === '\\') n++
  return n % 2 === 0
}
