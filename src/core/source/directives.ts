import type {Directive} from './types.ts'

const comment = /<!--([\s\S]*?)-->/g
const directive = /^\s*promesse-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/

/**
 * Reads suppression comments in `source[start, end)`:
 * `<!-- promesse-disable -->`, `<!-- promesse-enable hollow-claim -->`,
 * `<!-- promesse-disable-next-line vague-promise -->`. Rule ids are separated by spaces or commas.
 */
export function collectDirectives(source: string, start: number, end: number, into: Directive[]): void {
  const slice = source.slice(start, end)
  if (!slice.includes('promesse-')) return
  comment.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = comment.exec(slice))) {
    const d = directive.exec(m[1]!)
    if (!d) continue
    const rules = d[2]!.split(/[\s,]+/).filter((r) => r.length > 0)
    into.push({
      kind: d[1] as Directive['kind'],
      rules,
      offset: start + m.index,
      end: start + m.index + m[0].length
    })
  }
}
