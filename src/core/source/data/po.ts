/**
 * gettext catalogues (`.po`, `.pot`). Entries are separated by blank lines: each entry is a
 * block. Its `msgstr` strings are one unit each in the catalogue's language; its `msgid` (and
 * `msgid_plural`) one unit in the source language, so the original copy is reviewed too. The
 * header entry, keys (`msgctxt`), references and obsolete entries (`#~`) are not prose.
 * A `# promesse-disable-next-line` comment silences its entry; `# promesse-disable` and
 * `# promesse-enable` work from where they stand.
 */
import {ProseBuilder} from '../builder.ts'
import {collectDirectives, entryScoped} from '../suppression-comments.ts'
import {appendQuoted} from './quoted.ts'
import type {Declared} from './language.ts'
import type {Directive, ProseUnit} from '../types.ts'

const keyword = /^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]+(?=")/
const continuation = /^[ \t]*(?=")/

export function parsePoBlock(source: string, declared: Declared): {units: ProseUnit[]; directives: Directive[]} {
  const units: ProseUnit[] = []
  const directives: Directive[] = []
  let field: {name: string; builder: ProseBuilder; empty: boolean} | undefined
  const fields: Array<{name: string; builder: ProseBuilder; empty: boolean}> = []
  let lineStart = 0
  while (lineStart < source.length) {
    let lineEnd = source.indexOf('\n', lineStart)
    if (lineEnd === -1) lineEnd = source.length
    const line = source.slice(lineStart, lineEnd).replace(/\r$/, '')
    if (line.startsWith('#')) {
      field = undefined
      if (!line.startsWith('#~')) {
        const found: Directive[] = []
        collectDirectives(source, lineStart, lineStart + line.length, found, 'hash')
        directives.push(...entryScoped(found, source.length))
      }
    } else {
      const k = keyword.exec(line)
      const c = k ? undefined : continuation.exec(line)
      if (k) {
        field = {name: k[1]!, builder: new ProseBuilder(), empty: true}
        fields.push(field)
        readString(source, lineStart + k[0].length, lineStart + line.length, field)
      } else if (c && field) {
        readString(source, lineStart + c[0].length, lineStart + line.length, field)
      } else {
        field = undefined
      }
    }
    lineStart = lineEnd + 1
  }
  const id = fields.find((f) => f.name === 'msgid')
  // The header (an empty msgid outside any context) holds metadata, not copy.
  if (!id || (id.empty && !fields.some((f) => f.name === 'msgctxt'))) return {units, directives: sorted(directives)}
  for (const f of fields) {
    if (f.name === 'msgctxt') continue
    const unit = f.builder.finish({kind: 'field'})
    if (!unit) continue
    const lang = f.name.startsWith('msgid') ? declared.source : declared.target
    if (lang !== undefined) unit.lang = lang
    units.push(unit)
  }
  return {units, directives: sorted(directives)}
}

function sorted(directives: Directive[]): Directive[] {
  return directives.sort((a, b) => a.offset - b.offset)
}

/** Appends the C string starting at `source[from]` (its opening quote) to the field. */
function readString(source: string, from: number, to: number, field: {builder: ProseBuilder; empty: boolean}): void {
  if (appendQuoted(source, from, to, field.builder)) field.empty = false
}
