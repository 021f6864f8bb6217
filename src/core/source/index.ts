/**
 * Document sources: cut a document into blocks (and, after an edit, re-cut only around it:
 * `resplit.ts`), and a block into prose units that map back to the original text. Markdown
 * (remark), HTML (rehype), plaintext, and data and translation files (`data/`).
 */
import type {FrontMatterKeys} from './frontmatter.ts'
import type {Format} from '../types.ts'
import {parseHtml} from './html.ts'
import {parseMarkdown, parseMdx} from './markdown.ts'
import {parsePlaintext} from './plaintext.ts'
import {isDataFormat, parseDataBlock, type Declared} from './data/index.ts'
import type {Directive, ProseUnit} from './types.ts'

export {splitBlocks} from './blocks.ts'
export {declaredLanguages, type Declared} from './data/index.ts'
export {resplit, type Span, type Split} from './resplit.ts'
export type {Block, BlockRange, Directive, ProseUnit, UnitKind} from './types.ts'

export interface ParseBlockOptions {
  /**
   * Whether the block starts the document, where Markdown may have YAML front matter.
   * Default `true`; pass `start === 0` so a later `---` … `---` block is not read as front matter.
   */
  atStart?: boolean
  /** Front-matter keys read or skipped beyond the defaults (`frontMatter` in the config). */
  frontMatter?: FrontMatterKeys
  /** The languages a data or translation file declares (its name, its header). */
  declared?: Declared
}

export interface ParsedBlock {
  units: ProseUnit[]
  directives: Directive[]
}

/**
 * Prose units and suppression directives of one block; offsets are relative to `blockText`.
 * Never throws: on an internal failure the block yields no prose.
 * Group ids are numbered from 1 within the block: make them unique per document by offsetting.
 */
export function parseBlock(blockText: string, format: Format, options: ParseBlockOptions = {}): ParsedBlock {
  try {
    if (format === 'markdown') return parseMarkdown(blockText, options.atStart ?? true, options.frontMatter)
    if (format === 'mdx') return parseMdx(blockText, options.atStart ?? true, options.frontMatter)
    if (format === 'html') return parseHtml(blockText)
    if (isDataFormat(format)) return parseDataBlock(blockText, format, options.declared ?? {})
    return {units: parsePlaintext(blockText), directives: []}
  } catch {
    return {units: [], directives: []}
  }
}

const entityAt = /&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y

/**
 * The original range of the prose range [start, end) of `unit` (relative to `blockText`):
 * the end is just after the original of the last character, so markup that follows it
 * (`**`, `</a>`) is not included.
 */
export function originalRange(unit: ProseUnit, blockText: string, start: number, end: number): {start: number; end: number} {
  const {text, offsets} = unit
  const from = offsets[Math.max(0, Math.min(start, text.length))]!
  if (end <= start) return {start: from, end: from}
  const last = Math.min(end, text.length) - 1
  const at = offsets[last]!
  let to = at + 1
  if (blockText[at] !== text[last]) {
    if (blockText[at] === '&') {
      entityAt.lastIndex = at
      const m = entityAt.exec(blockText)
      if (m) to = at + m[0].length
    } else if (blockText[at] === '\\') {
      // `\é` in Markdown, `\n` or `\u00e9` in a JSON string.
      to = blockText[at + 1] === 'u' && /^[0-9a-fA-F]{4}$/.test(blockText.slice(at + 2, at + 6)) ? at + 6 : at + 2
    }
  }
  // A low surrogate shares the high surrogate's mapping only when unaligned; keep in bounds.
  return {start: from, end: Math.max(from, Math.min(to, blockText.length))}
}
