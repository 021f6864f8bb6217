/** Double-quoted strings with backslash escapes (JSON, gettext), read into prose offset by offset. */
import type {ProseBuilder} from '../builder.ts'

/**
 * Appends the double-quoted string opening at `source[from]` (JSON, gettext's C strings) to
 * `builder`, each decoded character mapped to its escape (`\\n`, `\\"`, `\\u00e9`); stops at the
 * closing quote or at `to`. Returns whether the string held any character.
 */
export function appendQuoted(source: string, from: number, to: number, builder: ProseBuilder): boolean {
  let p = from + 1
  let any = false
  while (p < to) {
    const c = source[p]!
    if (c === '"') break
    any = true
    if (c !== '\\') {
      builder.char(c, p, p + 1)
      p++
      continue
    }
    const e = source[p + 1]
    if (e === undefined || p + 1 >= to) break
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(source.slice(p + 2, p + 6))) {
      builder.char(String.fromCharCode(parseInt(source.slice(p + 2, p + 6), 16)), p, p + 6)
      p += 6
      continue
    }
    builder.char(e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e === 'b' || e === 'f' ? ' ' : e, p, p + 2)
    p += 2
  }
  return any
}
