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
import {isDataFormat, parseDataBlock, type DataFormat, type Declared} from './data/index.ts'
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
  /** Why the block could not be read (an internal error of its parser): it then yields nothing else. */
  failure?: string
}

type BlockParser = (blockText: string, format: Format, options: ParseBlockOptions) => ParsedBlock

/**
 * The parser of each kind of format. Internal: a test replaces one with a parser that throws, to
 * check that the failure is reported (test/core/block-failure.test.ts); nothing else writes here.
 */
export const blockParsers: Record<'markdown' | 'mdx' | 'html' | 'data' | 'plaintext', BlockParser> = {
  markdown: (text, _format, options) => parseMarkdown(text, options.atStart ?? true, options.frontMatter),
  mdx: (text, _format, options) => parseMdx(text, options.atStart ?? true, options.frontMatter),
  html: (text) => parseHtml(text),
  // Reached only for a data format (see `parseBlock`).
  data: (text, format, options) => parseDataBlock(text, format as DataFormat, options.declared ?? {}),
  plaintext: (text) => ({units: parsePlaintext(text), directives: []})
}

/**
 * Prose units and suppression directives of one block; offsets are relative to `blockText`.
 * Never throws: on an internal failure the block yields no prose and says why (`failure`), so
 * the result reports it while the rest of the document is linted.
 * Group ids are numbered from 1 within the block: make them unique per document by offsetting.
 */
export function parseBlock(blockText: string, format: Format, options: ParseBlockOptions = {}): ParsedBlock {
  const parser = format === 'markdown' || format === 'mdx' || format === 'html' ? blockParsers[format] : isDataFormat(format) ? blockParsers.data : blockParsers.plaintext
  try {
    return parser(blockText, format, options)
  } catch (error) {
    return {units: [], directives: [], failure: reasonOf(error)}
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error) return error.message ? `${error.name}: ${error.message}` : error.name
  return String(error)
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
