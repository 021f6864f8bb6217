/**
 * The suppression comment, written and read in one place: `promesse-disable`, `promesse-enable`
 * and `promesse-disable-next-line`, with or without rule ids, in the comment syntax of each
 * format. The editor's « Ignorer ici » writes it with `suppressionEdit` (through core/index.ts);
 * the format readers (`source/`) collect it with `collectDirectives`; `resolve/suppressions.ts`
 * applies what was collected. Writer and reader share the words and the delimiters below, and
 * test/core/suppression-comments.test.ts reads back what the writer writes.
 */
import type {Format, RuleId} from '../types.ts'
import type {Directive} from './types.ts'

/** How a format writes comments: `<!-- -->`, `#` to the end of the line, `//` or `/* … *\/`. */
export type CommentSyntax = 'html' | 'hash' | 'slash'

/** The directives, as written after `promesse-` (the longest first, for the reader's alternation). */
const KINDS: ReadonlyArray<Directive['kind']> = ['disable-next-line', 'disable', 'enable']
/** What « Ignorer ici » writes: silence the next line (or the entry after it in a data file). */
export const DISABLE_NEXT_LINE = `promesse-${KINDS[0]}`

const comments: Record<CommentSyntax, RegExp> = {
  html: /<!--([\s\S]*?)-->/g,
  hash: /#([^\r\n]*)/g,
  slash: /\/\/([^\r\n]*)|\/\*([\s\S]*?)\*\//g
}
const directive = new RegExp(`^\\s*promesse-(${KINDS.join('|')})(?=\\s|$)([\\s\\S]*)$`)

/**
 * A comment holding `words`, as each format writes one (undefined: plain text has no comment).
 * In JSON, only JSON with comments takes `//`; in MDX the comment is a JSX expression.
 */
const writeComment: Readonly<Record<Format, ((words: string) => string) | undefined>> = {
  markdown: (words) => `<!-- ${words} -->`,
  html: (words) => `<!-- ${words} -->`,
  xliff: (words) => `<!-- ${words} -->`,
  mdx: (words) => `{/* ${words} */}`,
  yaml: (words) => `# ${words}`,
  po: (words) => `# ${words}`,
  json: (words) => `// ${words}`,
  plaintext: undefined
}

/**
 * The comment that silences the next line (or, in a data file, the entry right after it): for
 * `ruleId` only, or every rule without one. Undefined for plain text, which has no comment.
 */
export function suppressionComment(format: Format, ruleId?: RuleId): string | undefined {
  return writeComment[format]?.(ruleId === undefined ? DISABLE_NEXT_LINE : `${DISABLE_NEXT_LINE} ${ruleId}`)
}

/** A line to insert at `offset` (a line start): the text already ends with the document's line break. */
export interface SuppressionEdit {
  offset: number
  text: string
}

/**
 * Formats where a comment can go on a line of its own right above any line of prose: Markdown and
 * HTML. Elsewhere the comment belongs above a whole entry (a YAML key, a gettext entry, an XLIFF
 * unit) or the format has none (plain text, JSON without comments), so « Ignorer ici » adds the
 * sentence to the config's `ignore` list instead.
 */
const ABOVE_ANY_LINE: ReadonlySet<Format> = new Set<Format>(['markdown', 'html'])

/**
 * The line « Ignorer ici » inserts just above `line` (the text of the finding's line, without its
 * break) to silence `ruleId` there: the comment with that line's indentation, ended by `lineBreak`.
 * Undefined where the format cannot take it there (see above).
 */
export function suppressionLine(format: Format, ruleId: RuleId, line: string, lineBreak: string): string | undefined {
  if (!ABOVE_ANY_LINE.has(format)) return undefined
  // A comment line inside a Markdown table would end the table: the `ignore` list is used instead.
  if (format === 'markdown' && line.includes('|')) return undefined
  // The indentation as VS Code counts it (`firstNonWhitespaceCharacterIndex`).
  return `${/^\s*/.exec(line)![0]}${suppressionComment(format, ruleId)!}${lineBreak}`
}

/**
 * `suppressionLine` for a finding at `offset` of `text`, as an insertion at the start of its line
 * (`\r\n`, `\n` and a lone `\r` each end a line, as in VS Code), with the document's line break.
 */
export function suppressionEdit(text: string, offset: number, format: Format, ruleId: RuleId): SuppressionEdit | undefined {
  let start = offset
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--
  let end = offset
  while (end < text.length && text[end] !== '\n' && text[end] !== '\r') end++
  const line = suppressionLine(format, ruleId, text.slice(start, end), lineBreakOf(text))
  return line === undefined ? undefined : {offset: start, text: line}
}

/** The document's line break: its first one, `\n` when it has none. */
function lineBreakOf(text: string): string {
  const at = text.search(/\r\n?|\n/)
  if (at === -1) return '\n'
  return text[at] === '\n' ? '\n' : text[at + 1] === '\n' ? '\r\n' : '\r'
}

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
