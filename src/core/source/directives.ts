/**
 * Reading suppression comments (`promesse-disable`, `promesse-enable`,
 * `promesse-disable-next-line`, with or without rule ids) in the comment syntax of each format.
 * They are applied to findings in `resolve/suppressions.ts`.
 */
import type {Directive} from './types.ts'

/** How a format writes comments: `<!-- -->`, `#` to the end of the line, `//` or `/* … *\/`. */
export type CommentSyntax = 'html' | 'hash' | 'slash'

const comments: Record<CommentSyntax, RegExp> = {
  html: /<!--([\s\S]*?)-->/g,
  hash: /#([^\r\n]*)/g,
  slash: /\/\/([^\r\n]*)|\/\*([\s\S]*?)\*\//g
}
const directive = /^\s*promesse-(disable-next-line|disable|enable)(?=\s|$)([\s\S]*)$/

/**
 * Reads suppression comments in `source[start, end)`:
 * `<!-- promesse-disable -->`, `<!-- promesse-enable hollow-claim -->`,
 * `<!-- promesse-disable-next-line vague-promise -->`, or the same words in `#` comments (YAML,
 * gettext) and `//` or `/* *\/` comments (JSON with comments, MDX). Rule ids are separated by
 * spaces or commas. The caller passes only comment text for `hash` and `slash` (a `#` inside a
 * string is no comment).
 */
export function collectDirectives(source: string, start: number, end: number, into: Directive[], syntax: CommentSyntax = 'html'): void {
  const slice = source.slice(start, end)
  if (!slice.includes('promesse-')) return
  const comment = comments[syntax]
  comment.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = comment.exec(slice))) {
    const d = directive.exec((m[1] ?? m[2] ?? '').replace(/\*\/$/, '').trimEnd())
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

/**
 * Directives of a comment that belongs to one entry (a gettext entry, an XLIFF unit, a data
 * string with its comment): `disable-next-line` silences the entry up to `end`, whatever line
 * its words are on; the other kinds stay as written.
 */
export function entryScoped(found: readonly Directive[], end: number): Directive[] {
  const out: Directive[] = []
  for (const d of found) {
    if (d.kind !== 'disable-next-line') out.push(d)
    else out.push({...d, kind: 'disable'}, {kind: 'enable', rules: d.rules, offset: end, end})
  }
  return out
}
