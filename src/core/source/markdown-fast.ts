/**
 * A fast path for the Markdown most copy is made of: one paragraph, one ATX heading, one flat
 * list (`-`, `*`, `+`, `1.`, `1)`), one blockquote paragraph or one fenced code block, with inline
 * `**strong**`, `*em*` / `_em_`, `[text](url)`, `` `code` `` and backslash escapes.
 *
 * It replays the ProseBuilder calls the remark path makes for the same tree (same text node
 * values and positions), so the units are identical. remark stays the reference: whenever the
 * block holds anything else, or anything it is not sure about (HTML, entities, autolinks,
 * reference links, nested brackets, tables, setext headings, hard breaks, tabs, unbalanced or
 * ambiguous delimiters…), it returns `undefined` and the caller falls back to remark.
 */
import {ProseBuilder, type UnitMeta} from './builder.ts'
import type {ProseUnit} from './types.ts'

/**
 * Never handled: HTML and autolinks (`<`), tables (`|`), strikethrough (`~`), email autolinks
 * (`@`), tabs and other odd white space, NUL, lone CR, character references, images, footnotes.
 */
const unsupported = /[<|~@\t\0\f\v\uFEFF]|&[#A-Za-z0-9]|\r(?!\n)|!\[|\[\^/
/** The same in a table, where pipes are cell separators (escaped pipes are not handled). */
const unsupportedInTable = /[<~@\t\0\f\v\uFEFF]|&[#A-Za-z0-9]|\r(?!\n)|!\[|\[\^|\\\|/
/** A delimiter row cell: `---`, `:--`, `--:`, `:-:`. */
const delimiterCell = /^ *:?-+:? *$/
const loneCarriageReturn = /\r(?!\n)/
/** GFM autolink literals: accepted only inside a link destination. */
const autolinkTrigger = /www\.|https?:|mailto:|xmpp:/gi
/** A thematic break (`***`, `- - -`, `___`). */
const thematicBreak = /^(?:(?:\* *){3,}|(?:- *){3,}|(?:_ *){3,})$/
const orderedMarker = /^\d{1,9}[.)]/

const SPACE = 32
const HASH = 35
const STAR = 42
const UNDERSCORE = 95
const BACKTICK = 96
const BACKSLASH = 92
const OPEN_BRACKET = 91
const CLOSE_BRACKET = 93
const OPEN_PAREN = 40
const CLOSE_PAREN = 41
const GT = 62
const PIPE = 124

/** One prose container: its inline content is the `segments` (line contents), in order. */
interface Content {
  meta: UnitMeta
  /** Pairs [start, end) of line contents (prefixes stripped; end before the line ending). */
  segments: number[]
}

/** Units of `source`, or `undefined` when remark must decide. */
export function parseMarkdownFast(source: string): ProseUnit[] | undefined {
  if (source.length === 0) return undefined
  if (source.startsWith('```')) return fence(source) ? [] : undefined
  const contents = source.charCodeAt(0) === PIPE
    ? unsupportedInTable.test(source) ? undefined : table(source, lines(source))
    : unsupported.test(source) ? undefined : blockStructure(source)
  if (contents === undefined) return undefined
  const destinations: number[] = []
  const units: ProseUnit[] = []
  for (const content of contents) {
    const builder = new ProseBuilder()
    if (!inline(source, content.segments, builder, destinations)) return undefined
    const unit = builder.finish(content.meta)
    if (unit) units.push(unit)
  }
  // Destinations are in source order, and so are the matches: one pass over both.
  autolinkTrigger.lastIndex = 0
  let k = 0
  let m: RegExpExecArray | null
  while ((m = autolinkTrigger.exec(source))) {
    while (k < destinations.length && destinations[k + 1]! <= m.index) k += 2
    if (k >= destinations.length || m.index < destinations[k]!) return undefined
  }
  return units
}

/** Lines as triples [start, contentEnd, nextStart] (contentEnd before `\r\n` / `\n`). */
function lines(source: string): number[] {
  const out: number[] = []
  const n = source.length
  let start = 0
  for (;;) {
    let nl = source.indexOf('\n', start)
    const last = nl === -1
    if (last) nl = n
    const end = nl > start && source.charCodeAt(nl - 1) === 13 ? nl - 1 : nl
    out.push(start, end, last ? n : nl + 1)
    if (last) return out
    start = nl + 1
  }
}

/** The block's containers, or undefined when it is not one of the supported shapes. */
function blockStructure(source: string): Content[] | undefined {
  const ls = lines(source)
  for (let k = 0; k < ls.length; k += 3) if (firstNonSpace(source, ls[k]!, ls[k + 1]!) === ls[k + 1]!) return undefined
  const first = source.charCodeAt(0)
  if (first === SPACE) return undefined
  if (first === HASH) return heading(source, ls)
  if (first === GT) return blockquote(source, ls)
  const item = listMarker(source, 0, ls[1]!)
  if (item !== undefined) return list(source, ls)
  if (!startsPlain(source, 0, ls[1]!)) return undefined
  const segments = [0, ls[1]!]
  for (let k = 3; k < ls.length; k += 3) {
    const at = firstNonSpace(source, ls[k]!, ls[k + 1]!)
    if (!continues(source, at, ls[k + 1]!)) return undefined
    segments.push(at, ls[k + 1]!)
  }
  return [{meta: {kind: 'paragraph'}, segments}]
}

/** A fenced code block alone: opening fence, lines, closing fence as the last line only. */
function fence(source: string): boolean {
  if (loneCarriageReturn.test(source) || source.includes('\uFEFF') || source.includes('\0')) return false
  const ls = lines(source)
  let run = 0
  while (source.charCodeAt(run) === BACKTICK) run++
  if (source.slice(run, ls[1]!).includes('`') || ls.length < 6) return false
  for (let k = 3; k < ls.length; k += 3) {
    if (closesFence(source, ls[k]!, ls[k + 1]!, run) !== (k === ls.length - 3)) return false
  }
  return true
}

function closesFence(source: string, start: number, end: number, length: number): boolean {
  let p = start
  while (p < end && p - start < 3 && source.charCodeAt(p) === SPACE) p++
  let run = 0
  while (p < end && source.charCodeAt(p) === BACKTICK) {
    run++
    p++
  }
  while (p < end && (source.charCodeAt(p) === SPACE || source.charCodeAt(p) === 9)) p++
  return run >= length && p === end
}

/**
 * A GFM table whose rows all start and end with a pipe, with the same number of cells as the
 * delimiter row, and a space on both sides of each cell's content: one unit per cell.
 */
function table(source: string, ls: number[]): Content[] | undefined {
  if (ls.length < 6) return undefined
  const header = cells(source, ls[0]!, ls[1]!)
  const delimiter = cells(source, ls[3]!, ls[4]!, false)
  if (!header || !delimiter || header.length !== delimiter.length) return undefined
  for (let k = 0; k < delimiter.length; k += 2) {
    if (!delimiterCell.test(source.slice(delimiter[k]!, delimiter[k + 1]!))) return undefined
  }
  const contents: Content[] = []
  for (let k = 0; k < ls.length; k += 3) {
    if (k === 3) continue
    const row = k === 0 ? header : cells(source, ls[k]!, ls[k + 1]!)
    if (!row || row.length !== header.length) return undefined
    for (let c = 0; c < row.length; c += 2) {
      if (row[c]! < row[c + 1]!) contents.push({meta: {kind: 'tableCell', group: 1}, segments: [row[c]!, row[c + 1]!]})
    }
  }
  return contents
}

/**
 * Cell contents [start, end) of a `| a | b |` row (spaces trimmed), or undefined.
 * `spaced`: content must be set off by spaces (a pipe next to a delimiter run is not handled).
 */
function cells(source: string, start: number, end: number, spaced = true): number[] | undefined {
  const last = trimEnd(source, start, end) - 1
  if (last <= start || source.charCodeAt(start) !== PIPE || source.charCodeAt(last) !== PIPE) return undefined
  const out: number[] = []
  let from = start + 1
  for (let p = from; p <= last; p++) {
    if (source.charCodeAt(p) !== PIPE) continue
    const a = firstNonSpace(source, from, p)
    const b = trimEnd(source, a, p)
    if (spaced && a < b && (a === from || b === p)) return undefined
    out.push(a, b)
    from = p + 1
  }
  return out
}

/** `# Title` on one line, no closing sequence. */
function heading(source: string, ls: number[]): Content[] | undefined {
  if (ls.length !== 3) return undefined
  const end = trimEnd(source, 0, ls[1]!)
  let depth = 0
  while (depth < end && source.charCodeAt(depth) === HASH) depth++
  if (depth > 6 || source.charCodeAt(depth) !== SPACE) return undefined
  const at = firstNonSpace(source, depth, end)
  if (at >= end || source.charCodeAt(end - 1) === HASH) return undefined
  return [{meta: {kind: 'heading', depth}, segments: [at, end]}]
}

/** `> ` on every line, one paragraph inside. */
function blockquote(source: string, ls: number[]): Content[] | undefined {
  const segments: number[] = []
  for (let k = 0; k < ls.length; k += 3) {
    const start = ls[k]!
    const end = ls[k + 1]!
    if (source.charCodeAt(start) !== GT) return undefined
    const at = firstNonSpace(source, start + 1, end)
    // `>` and five spaces open indented code in the quote.
    if (k === 0 && at - start > 5) return undefined
    if (!continues(source, at, end, k === 0)) return undefined
    segments.push(at, end)
  }
  return [{meta: {kind: 'blockquote', quoted: true}, segments}]
}

/** The marker (`-`, `*`, `+`, `1.`, `1)`) opening `source[start, end)` as a list item: [kind, content start]. */
function listMarker(source: string, start: number, end: number): [string, number] | undefined {
  const c = source.charCodeAt(start)
  let p: number
  let kind: string
  if (c === 45 || c === STAR || c === 43) {
    // `* * *` and `- - -` are thematic breaks before being list items.
    if (c !== 43 && thematicBreak.test(source.slice(start, end).trimEnd())) return undefined
    p = start + 1
    kind = source[start]!
  } else if (c >= 48 && c <= 57) {
    const m = orderedMarker.exec(source.slice(start, Math.min(end, start + 11)))
    if (!m) return undefined
    p = start + m[0].length
    kind = m[0].at(-1)!
  } else {
    return undefined
  }
  if (p >= end || source.charCodeAt(p) !== SPACE) return undefined
  const at = firstNonSpace(source, p, end)
  // Five spaces or more make an indented code block inside the item.
  if (at - p > 4) return undefined
  return [kind, at]
}

/** A flat list, every item at column 0 with the same kind of marker, one paragraph each. */
function list(source: string, ls: number[]): Content[] | undefined {
  const contents: Content[] = []
  let kind = ''
  for (let k = 0; k < ls.length; k += 3) {
    const start = ls[k]!
    const end = ls[k + 1]!
    const item = source.charCodeAt(start) === SPACE ? undefined : listMarker(source, start, end)
    if (item) {
      if (k === 0) kind = item[0]
      else if (item[0] !== kind) return undefined
      if (!startsPlain(source, item[1], end)) return undefined
      contents.push({meta: {kind: 'listItem', group: 1}, segments: [item[1], end]})
    } else {
      const at = firstNonSpace(source, start, end)
      if (!continues(source, at, end, true)) return undefined
      contents.at(-1)!.segments.push(at, end)
    }
  }
  return contents
}

/** The first line of a paragraph: no indentation, nothing that opens another construct. */
function startsPlain(source: string, at: number, end: number): boolean {
  return at < end && source.charCodeAt(at) !== SPACE && continues(source, at, end, true)
}

/**
 * A line (from its first non-space char) that continues a paragraph: it must not open a
 * heading, quote, list, fence, thematic break, setext underline, HTML or table. `strict`:
 * any list marker counts (in a list, or where nothing is interrupted); otherwise only the
 * ordered markers that may interrupt a paragraph (`1.`, `1)`).
 */
function continues(source: string, at: number, end: number, strict = false): boolean {
  if (at >= end) return false
  const c = source.charCodeAt(at)
  const next = at + 1 < end ? source.charCodeAt(at + 1) : SPACE
  switch (c) {
    case HASH:
    case GT:
    case 61: // =
    case 126: // ~
    case 60: // <
    case 124: // |
      return false
    case 45: // -  (a bullet, a setext underline `--`, a thematic break)
      return next !== SPACE && next !== 45
    case 43: // +
      return next !== SPACE
    case STAR:
    case UNDERSCORE:
      if (next === SPACE) return false
      return !thematicBreak.test(source.slice(at, end).trimEnd())
    case BACKTICK:
      return !source.startsWith('```', at)
    default:
      if (c >= 48 && c <= 57) {
        const m = orderedMarker.exec(source.slice(at, Math.min(end, at + 11)))
        if (!m || (at + m[0].length < end && source.charCodeAt(at + m[0].length) !== SPACE)) return true
        return !strict && m[0] !== '1.' && m[0] !== '1)'
      }
      return true
  }
}

/** A delimiter run waiting for its closer. */
interface Opener {
  code: number
  length: number
  /** Link nesting level where it opened (delimiters do not cross link brackets). */
  level: number
}

/**
 * Replays remark's text nodes for the inline content `segments` into `builder`: text runs
 * (with escapes decoded and line endings kept), a space for each code span. False when the
 * content holds anything this scanner does not fully understand.
 */
function inline(source: string, segments: number[], builder: ProseBuilder, destinations: number[]): boolean {
  const openers: Opener[] = []
  let level = 0
  let linkStart = -1
  const node = new TextNode(source, builder)

  const count = segments.length
  for (let s = 0; s < count; s += 2) {
    const segStart = segments[s]!
    const rawEnd = segments[s + 1]!
    const lastSegment = s === count - 2
    const end = trimEnd(source, segStart, rawEnd)
    let i = segStart
    while (i < end) {
      const c = source.charCodeAt(i)
      if (c === BACKSLASH) {
        if (i + 1 >= end) return false
        const next = source.charCodeAt(i + 1)
        if (isAsciiPunctuation(next)) {
          node.closeRun(i)
          node.escaped(i)
          i += 2
        } else {
          node.data(i)
          i++
        }
        continue
      }
      if (c === STAR || c === UNDERSCORE) {
        let j = i + 1
        while (j < end && source.charCodeAt(j) === c) j++
        const length = j - i
        const before = i === segStart ? 1 : classify(source.charCodeAt(i - 1))
        const after = j >= rawEnd ? 1 : classify(source.charCodeAt(j))
        const open = after === 0 || (after === 2 && before !== 0)
        const close = before === 0 || (before === 2 && after !== 0)
        const canOpen = c === STAR ? open : open && (before !== 0 || !close)
        const canClose = c === STAR ? close : close && (after !== 0 || !open)
        if (!canOpen && !canClose) {
          // Neither: plain text.
          node.data(i)
          i = j
          continue
        }
        if ((canOpen && canClose) || length > 2) return false
        node.closeRun(i)
        node.flush()
        if (canOpen) {
          openers.push({code: c, length, level})
        } else {
          const top = openers.pop()
          if (!top || top.code !== c || top.length !== length || top.level !== level) return false
        }
        i = j
        continue
      }
      if (c === BACKTICK) {
        let j = i + 1
        while (j < end && source.charCodeAt(j) === BACKTICK) j++
        const close = closingBackticks(source, j, end, j - i)
        if (close === -1) return false
        node.closeRun(i)
        node.flush()
        builder.space(i, close)
        i = close
        continue
      }
      if (c === OPEN_BRACKET) {
        if (level > 0) return false
        node.closeRun(i)
        node.flush()
        level = 1
        linkStart = i
        i++
        continue
      }
      if (c === CLOSE_BRACKET) {
        if (level === 0 || i - linkStart > 999) return false
        if (openers.length > 0 && openers.at(-1)!.level === level) return false
        const destEnd = destination(source, i + 1, end)
        if (destEnd === -1) return false
        node.closeRun(i)
        node.flush()
        destinations.push(i + 2, destEnd)
        level = 0
        i = destEnd + 1
        continue
      }
      node.data(i)
      i++
    }
    node.closeRun(end)
    if (!lastSegment && rawEnd - end >= 2) {
      // Two trailing spaces make a hard break: a space mapped to the line ending, as remark's `break`.
      node.flush()
      builder.space(rawEnd, rawEnd + 1, true)
    } else if (!lastSegment) {
      // A soft break is text: `\n` or `\r\n`, as in the source.
      const next = segments[s + 2]!
      let le = rawEnd
      while (le < next && source.charCodeAt(le) !== 10) le++
      node.lineEnding(rawEnd, le + 1)
    }
  }
  if (openers.length > 0 || level > 0) return false
  node.flush()
  return true
}

/** The text node being built, as remark's: its value, start and end (-1: none). */
class TextNode {
  private value = ''
  private start = -1
  private end = -1
  /** Start of the current run of plain characters copied as they are (-1: none). */
  private run = -1

  constructor(
    private readonly source: string,
    private readonly builder: ProseBuilder
  ) {}

  /** A plain character at `at`. */
  data(at: number): void {
    if (this.start === -1) this.start = at
    if (this.run === -1) this.run = at
  }

  /** Ends the run of plain characters at `to`. */
  closeRun(to: number): void {
    if (this.run !== -1) {
      this.value += this.source.slice(this.run, to)
      this.end = to
      this.run = -1
    }
  }

  /** The backslash escape at `at` (the escaped character is text, the backslash is not). */
  escaped(at: number): void {
    this.closeRun(at)
    if (this.start === -1) this.start = at
    this.value += this.source[at + 1]
    this.end = at + 2
  }

  /** A soft line break `source[from, to)` (`\n` or `\r\n`). */
  lineEnding(from: number, to: number): void {
    if (this.start === -1) this.start = from
    this.value += this.source.slice(from, to)
    this.end = to
  }

  /** Hands the node to the builder (markup follows). */
  flush(): void {
    if (this.start !== -1 && this.value.length > 0) this.builder.aligned(this.value, this.source, this.start, this.end)
    this.value = ''
    this.start = -1
  }
}

/** `(destination)` right after `]`: the index of the closing `)`, or -1. */
function destination(source: string, at: number, end: number): number {
  if (source.charCodeAt(at) !== OPEN_PAREN) return -1
  let p = at + 1
  while (p < end) {
    const c = source.charCodeAt(p)
    if (c === CLOSE_PAREN) return p > at + 1 ? p : -1
    if (c <= SPACE || c === OPEN_PAREN || c === BACKSLASH || c === 127) return -1
    p++
  }
  return -1
}

/** End of the backtick run of exactly `length` that closes a code span on this line, or -1. */
function closingBackticks(source: string, from: number, end: number, length: number): number {
  let p = from
  while (p < end) {
    if (source.charCodeAt(p) !== BACKTICK) {
      p++
      continue
    }
    let q = p
    while (q < end && source.charCodeAt(q) === BACKTICK) q++
    if (q - p === length) return q
    p = q
  }
  return -1
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)
}

const unicodeWhitespace = /\s/
const unicodePunctuation = /\p{P}|\p{S}/u

/** micromark's classes around a delimiter run: 1 white space, 2 punctuation, 0 other. */
function classify(code: number): 0 | 1 | 2 {
  if (code < 128) {
    if (code === SPACE || (code >= 9 && code <= 13)) return 1
    return isAsciiPunctuation(code) ? 2 : 0
  }
  const ch = String.fromCharCode(code)
  if (unicodeWhitespace.test(ch)) return 1
  return unicodePunctuation.test(ch) ? 2 : 0
}

function firstNonSpace(source: string, start: number, end: number): number {
  let p = start
  while (p < end && source.charCodeAt(p) === SPACE) p++
  return p
}

function trimEnd(source: string, start: number, end: number): number {
  let e = end
  while (e > start && source.charCodeAt(e - 1) === SPACE) e--
  return e
}
