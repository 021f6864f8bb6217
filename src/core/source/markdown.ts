/**
 * Markdown and MDX read into prose units: plain paragraphs and simple markup by the fast path
 * (`markdown-fast.ts`), the rest by remark (GFM, front matter, MDX syntax); code, HTML, URLs and
 * JSX never linted; pathological input read as plain text so it stays linear.
 */
import {unified, type Processor} from 'unified'
import remarkParse from 'remark-parse'
import remarkGfm from 'remark-gfm'
import remarkFrontmatter from 'remark-frontmatter'
import {mdxjs} from 'micromark-extension-mdxjs'
import {mdxFromMarkdown} from 'mdast-util-mdx'
import type {Node} from 'unist'
import {ProseBuilder, type UnitMeta} from './builder.ts'
import {collectDirectives} from './suppression-comments.ts'
import {frontMatterUnits, type FrontMatterKeys} from './frontmatter.ts'
import {parseMarkdownFast} from './markdown-fast.ts'
import {parsePlaintext} from './plaintext.ts'
import type {Directive, ProseUnit} from './types.ts'

const withFrontMatter = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])
const withGfm = unified().use(remarkParse).use(remarkGfm)
/**
 * remark-mdx's parsing half (its serialising half is never used here). The processors are made
 * on first use, so MDX's syntax (acorn for expressions) loads only when an MDX file is read —
 * in the Node extension it lives in a chunk of its own (scripts/esbuild/plugins.mjs).
 */
function mdxSyntax(this: Processor): void {
  const data = this.data() as {micromarkExtensions?: unknown[]; fromMarkdownExtensions?: unknown[]}
  ;(data.micromarkExtensions ??= []).push(mdxjs())
  ;(data.fromMarkdownExtensions ??= []).push(mdxFromMarkdown())
}
let mdxProcessors: {plain: ReturnType<typeof makeMdx>; frontMatter: ReturnType<typeof makeMdx>} | undefined
function makeMdx(frontMatter: boolean) {
  const processor = unified().use(remarkParse).use(remarkGfm)
  return (frontMatter ? processor.use(remarkFrontmatter, ['yaml']) : processor).use(mdxSyntax)
}
function mdxProcessor(frontMatter: boolean) {
  mdxProcessors ??= {plain: makeMdx(false), frontMatter: makeMdx(true)}
  return frontMatter ? mdxProcessors.frontMatter : mdxProcessors.plain
}
/** CommonMark only: GFM's extensions cost almost as much as the rest, and most blocks need none. */
const commonMark = unified().use(remarkParse)

/** Characters any GFM construct needs (tables, strikethrough, footnotes, task items, autolink literals). */
const gfmTrigger = /[|~@[]|www\.|https?:|mailto:|xmpp:/i
/** Characters that make inline markup or entities. */
const inlineMarkup = /[*_`[\]<>&\\~|@\0]|www\.|https?:|mailto:|xmpp:/i
/** A line start that makes a block construct (heading, quote, list, fence, HTML, setext or code). */
const blockMarkup = /(?:^|\n)(?: {0,3}(?:[#>\-*+=|`~<_\t]|\d{1,9}[.)])| {4})/

/** Old Mac line endings: remark sees lines where the plaintext path sees none. */
const loneCarriageReturn = /\r(?!\n)/

/**
 * A block that holds no markup at all is one paragraph whose text is the source, as remark
 * would read it: it takes the plaintext path (same units, twenty times faster).
 */
export function isPlainParagraph(source: string): boolean {
  return !inlineMarkup.test(source) && !blockMarkup.test(source) && !loneCarriageReturn.test(source)
}

interface MdNode extends Node {
  value?: string
  depth?: number
  children?: MdNode[]
}

interface Context {
  meta: UnitMeta
}

/** Prose and directives of one Markdown block (offsets relative to `source`). */
export function parseMarkdown(
  source: string,
  atStart: boolean,
  frontMatter?: FrontMatterKeys
): {units: ProseUnit[]; directives: Directive[]} {
  if (isPlainParagraph(source)) return {units: parsePlaintext(source), directives: []}
  const units = parseMarkdownFast(source)
  if (units) return {units, directives: []}
  return parseMarkdownTree(source, atStart, frontMatter)
}

/** Containers deeper than this on one line (list items, block quotes) are no real page. */
const MAX_DEPTH = 40
/** More opening brackets than this in one block are no real page either (a real link list holds far fewer per paragraph). */
const MAX_BRACKETS = 2000
/** A line's run of container markers: `- `, `* `, `+ `, `1. `, `> `. */
const containers = /^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])(?=[ \t]|$)[ \t]*)+/gm

/**
 * Input remark takes superlinear time on (thousands of nested lists or quotes on one line,
 * thousands of unclosed brackets): seconds to minutes for a few kilobytes, then a stack overflow
 * that loses the block's text. Such a block is read as plain text instead (`blankMarkup`), so
 * its claims are still found, in linear time.
 */
export function isPathological(source: string): boolean {
  let brackets = 0
  for (let i = source.indexOf('['); i !== -1 && brackets <= MAX_BRACKETS; i = source.indexOf('[', i + 1)) brackets++
  if (brackets > MAX_BRACKETS) return true
  containers.lastIndex = 0
  // Every match holds a marker, so the scan always moves on.
  for (let m = containers.exec(source); m; m = containers.exec(source)) {
    let depth = 0
    for (let i = 0; i < m[0].length; i++) {
      const c = m[0].charCodeAt(i)
      if (c !== 32 && c !== 9 && !(c >= 48 && c <= 57)) depth++
      if (depth > MAX_DEPTH) return true
    }
  }
  return false
}

/** The block with its container markers and markup punctuation turned into spaces: offsets unchanged. */
export function blankMarkup(source: string): string {
  return source.replace(containers, (run) => ' '.repeat(run.length)).replace(/[[\]()<>*_`#\\|~]/g, ' ')
}

/** A block with none of MDX's syntax (`<`, `{`, `import`/`export` lines) reads as Markdown. */
const mdxMarks = /[<{]|(?:^|\n)(?:import|export)\b/

/**
 * Prose and directives of one MDX block: JSX elements, expressions and ESM are not prose, the
 * Markdown inside components is; `{/* promesse-disable-next-line *\/}` suppresses. A block
 * that is not valid MDX alone (a component opened in one block and closed in a later one) is
 * read as Markdown with its JSX and expression lines blanked.
 */
export function parseMdx(source: string, atStart: boolean, frontMatter?: FrontMatterKeys): {units: ProseUnit[]; directives: Directive[]} {
  if (!mdxMarks.test(source)) return parseMarkdown(source, atStart, frontMatter)
  try {
    return parseMarkdownTree(source, atStart, frontMatter, true)
  } catch {
    const blanked = source.replace(/^[ \t]*(?:[<{}]|import\b|export\b).*$/gm, (line) => ' '.repeat(line.length))
    return parseMarkdownTree(blanked, atStart, frontMatter)
  }
}

/** Nodes a JSX flow element may hold directly when its content is on its own line (phrasing). */
const phrasing = new Set(['text', 'emphasis', 'strong', 'delete', 'link', 'inlineCode', 'mdxJsxTextElement', 'mdxTextExpression', 'break'])

/** The remark path, for any block (`mdx`: with MDX's syntax; throws on invalid MDX), guarded by `isPathological`. */
export function parseMarkdownTree(
  source: string,
  atStart: boolean,
  frontMatter?: FrontMatterKeys,
  mdx = false
): {units: ProseUnit[]; directives: Directive[]} {
  // The one place remark runs: input it cannot read in reasonable time is read as plain text.
  if (isPathological(source)) return {units: parsePlaintext(blankMarkup(source)), directives: []}
  const units: ProseUnit[] = []
  const directives: Directive[] = []
  const processor = mdx ? mdxProcessor(atStart && source.startsWith('---')) : atStart && source.startsWith('---') ? withFrontMatter : gfmTrigger.test(source) ? withGfm : commonMark
  const tree = processor.parse(source) as MdNode
  let groups = 0

  const start = (node: Node): number => node.position?.start.offset ?? 0
  const end = (node: Node): number => node.position?.end.offset ?? 0

  function flow(node: MdNode, ctx: Context): void {
    switch (node.type) {
      case 'heading':
        unit(node, {...ctx.meta, kind: 'heading', depth: node.depth ?? 1, group: undefined})
        return
      case 'paragraph':
        unit(node, ctx.meta)
        return
      case 'blockquote':
        children(node, {meta: {kind: 'blockquote', quoted: true}})
        return
      case 'list':
        children(node, {meta: {kind: 'listItem', group: ++groups, quoted: ctx.meta.quoted}})
        return
      case 'listItem':
        children(node, {meta: {...ctx.meta, kind: 'listItem'}})
        return
      case 'table': {
        const group = ++groups
        for (const row of node.children ?? []) {
          for (const cell of row.children ?? []) unit(cell, {kind: 'tableCell', group, quoted: ctx.meta.quoted})
        }
        return
      }
      case 'html':
        collectDirectives(source, start(node), end(node), directives)
        return
      case 'yaml':
        yaml(node)
        return
      case 'code':
      case 'definition':
      case 'thematicBreak':
      case 'mdxjsEsm':
        return
      case 'mdxFlowExpression':
        collectDirectives(source, start(node), end(node), directives, 'slash')
        return
      case 'mdxJsxFlowElement':
        if (node.children?.some((child) => phrasing.has(child.type))) unit(node, ctx.meta)
        else children(node, ctx)
        return
      default:
        if (node.children) children(node, ctx)
    }
  }

  function children(node: MdNode, ctx: Context): void {
    for (const child of node.children ?? []) flow(child, ctx)
  }

  function unit(node: MdNode, meta: UnitMeta): void {
    const builder = new ProseBuilder()
    inline(node, builder)
    const u = builder.finish(meta)
    if (u) units.push(u)
  }

  function inline(node: MdNode, builder: ProseBuilder): void {
    for (const child of node.children ?? []) {
      switch (child.type) {
        case 'text':
          builder.aligned(child.value ?? '', source, start(child), end(child))
          break
        case 'link':
          // Autolinks and bare URLs (`<https://…>`, `www.…`) are not prose: link text is.
          if (source.charCodeAt(start(child)) === 91 /* [ */) inline(child, builder)
          else builder.space(start(child), end(child))
          break
        case 'html':
          collectDirectives(source, start(child), end(child), directives)
          if (/^<br\b/i.test(child.value ?? '')) builder.space(start(child), end(child))
          break
        case 'break': {
          // A hard break is a line ending, like a soft one: map the space to the `\r` or `\n`.
          const from = start(child)
          const to = end(child)
          let at = from
          while (at < to && source.charCodeAt(at) !== 13 && source.charCodeAt(at) !== 10) at++
          builder.space(at < to ? at : from, (at < to ? at : from) + 1, true)
          break
        }
        case 'mdxTextExpression':
          collectDirectives(source, start(child), end(child), directives, 'slash')
          builder.space(start(child), end(child))
          break
        case 'inlineCode':
        case 'image':
        case 'imageReference':
        case 'footnoteReference':
          builder.space(start(child), end(child))
          break
        default:
          if (child.children) inline(child, builder)
      }
    }
  }

  function yaml(node: MdNode): void {
    const from = start(node)
    const to = end(node)
    const firstLineEnd = source.indexOf('\n', from)
    if (firstLineEnd === -1 || firstLineEnd >= to) return
    const lastLineStart = Math.max(source.lastIndexOf('\n', to - 1), firstLineEnd)
    frontMatterUnits(source, firstLineEnd + 1, lastLineStart + 1, units, frontMatter)
  }

  flow(tree, {meta: {kind: 'paragraph'}})
  return {units, directives}
}
