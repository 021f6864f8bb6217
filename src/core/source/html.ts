/**
 * HTML read by rehype into prose units: text of block elements (title, meta description,
 * headings, paragraphs, lists, tables, quotes) with inline markup removed; scripts, styles,
 * code and attributes never linted; suppression comments collected.
 */
import {unified} from 'unified'
import rehypeParse from 'rehype-parse'
import type {Element, Nodes, Root} from 'hast'
import {ProseBuilder, type UnitMeta} from './builder.ts'
import {collectDirectives} from './suppression-comments.ts'
import type {Directive, ProseUnit} from './types.ts'

const processor = unified().use(rehypeParse, {fragment: true})

/** Elements whose content is never prose. */
const SKIP = new Set([
  'script', 'style', 'code', 'pre', 'kbd', 'samp', 'template', 'noscript', 'textarea', 'svg', 'math',
  'select', 'iframe', 'object', 'canvas', 'audio', 'video'
])

/** Elements that end the current run of prose (block-level). Others (a, em, span…) are inline. */
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'section',
  'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'title', 'tr', 'ul', 'meta', 'button', 'label'
])

/** Prose and directives of one HTML block (offsets relative to `source`). */
export function parseHtml(source: string): {units: ProseUnit[]; directives: Directive[]} {
  const units: ProseUnit[] = []
  const directives: Directive[] = []
  const tree = processor.parse(source) as Root
  let groups = 0
  let builder = new ProseBuilder()
  let meta: UnitMeta = {kind: 'paragraph'}

  const flush = (): void => {
    const unit = builder.finish(meta)
    if (unit) units.push(unit)
    builder = new ProseBuilder()
  }

  function visit(node: Nodes, ctx: UnitMeta): void {
    switch (node.type) {
      case 'text': {
        const from = node.position?.start.offset
        const to = node.position?.end.offset
        if (from === undefined || to === undefined) return
        if (builder.length === 0) meta = ctx
        builder.aligned(node.value, source, from, to)
        return
      }
      case 'comment': {
        const from = node.position?.start.offset
        const to = node.position?.end.offset
        if (from !== undefined && to !== undefined) collectDirectives(source, from, to, directives)
        return
      }
      case 'element':
        element(node, ctx)
        return
      case 'root':
        for (const child of node.children) visit(child, ctx)
        return
      default:
    }
  }

  function element(node: Element, ctx: UnitMeta): void {
    const name = node.tagName
    const at = node.position?.start.offset ?? 0
    if (SKIP.has(name)) {
      builder.space(at, at + 1)
      return
    }
    if (name === 'br' || name === 'img' || name === 'wbr') {
      builder.space(at, at + 1)
      return
    }
    if (name === 'meta') {
      flush()
      metaDescription(node)
      return
    }
    if (!BLOCK.has(name)) {
      for (const child of node.children) visit(child, ctx)
      return
    }
    flush()
    let inner: UnitMeta = ctx
    if (/^h[1-6]$/.test(name)) inner = {kind: 'heading', depth: Number(name[1]), quoted: ctx.quoted}
    else if (name === 'title') inner = {kind: 'frontMatter'}
    else if (name === 'ul' || name === 'ol' || name === 'dl' || name === 'menu') inner = {kind: 'listItem', group: ++groups, quoted: ctx.quoted}
    else if (name === 'table') inner = {kind: 'tableCell', group: ++groups, quoted: ctx.quoted}
    else if (name === 'blockquote') inner = {kind: 'blockquote', quoted: true}
    else if (name === 'p' && ctx.kind === 'heading') inner = {kind: 'paragraph', quoted: ctx.quoted}
    for (const child of node.children) visit(child, inner)
    flush()
  }

  function metaDescription(node: Element): void {
    const name = String(node.properties?.['name'] ?? '').toLowerCase()
    const property = String(node.properties?.['property'] ?? '').toLowerCase()
    if (name !== 'description' && property !== 'og:description' && name !== 'twitter:description') return
    const content = node.properties?.['content']
    const from = node.position?.start.offset
    const to = node.position?.end.offset
    if (typeof content !== 'string' || from === undefined || to === undefined) return
    const attribute = /\bcontent\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i.exec(source.slice(from, to))
    if (!attribute) return
    const raw = attribute[1] ?? attribute[2] ?? attribute[3] ?? ''
    const valueStart = from + attribute.index + attribute[0].length - raw.length - (attribute[3] === undefined ? 1 : 0)
    const b = new ProseBuilder()
    b.aligned(content, source, valueStart, valueStart + raw.length)
    const unit = b.finish({kind: 'frontMatter'})
    if (unit) units.push(unit)
  }

  visit(tree, {kind: 'paragraph'})
  flush()
  return {units, directives}
}
