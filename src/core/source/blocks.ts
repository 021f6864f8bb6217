/**
 * Cutting a document into blocks, the unit of caching and of incremental re-lint: chunks between
 * blank lines, never cut inside a Markdown fence, front matter, comment or HTML block, nor inside
 * an HTML tag, comment, raw-text or open prose element; data files are cut by entry (`data/`).
 */
import type {Format} from '../types.ts'
import type {FrontMatterKeys} from './frontmatter.ts'
import {isDataFormat, splitData} from './data/index.ts'
import type {BlockRange} from './types.ts'

/**
 * Cuts a document into independent blocks, the unit of caching for incremental re-lint.
 * Linear: one pass over the lines, cheap character tests, regular expressions only on the
 * few lines that may open or close a construct.
 */
export function splitBlocks(text: string, format: Format, keys?: FrontMatterKeys): BlockRange[] {
  if (format === 'markdown' || format === 'mdx') return splitMarkdown(text)
  if (format === 'html') return splitHtml(text)
  // gettext entries are separated by blank lines, like paragraphs.
  if (format === 'po') return splitPlain(text)
  if (isDataFormat(format)) return splitData(text, format, keys)
  return splitPlain(text)
}

/** Paragraphs separated by blank lines. */
function splitPlain(text: string): BlockRange[] {
  const blocks: BlockRange[] = []
  let blockStart = -1
  let blockEnd = -1
  forEachLine(text, (start, end) => {
    if (isBlankLine(text, start, end)) {
      if (blockStart !== -1) blocks.push({start: blockStart, end: blockEnd})
      blockStart = -1
    } else {
      if (blockStart === -1) blockStart = start
      blockEnd = end
    }
    return true
  })
  if (blockStart !== -1) blocks.push({start: blockStart, end: blockEnd})
  return blocks
}

const fenceOpen = /(?:[ \t]*>)*[ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?(`{3,}|~{3,})/y
const atxHeading = / {0,3}#{1,6}(?=[ \t\r\n]|$)/y
const rawHtmlOpen = / {0,3}<(script|pre|style|textarea)(?=[\s>]|$)/iy
const frontMatterFence = /---[ \t]*(?=\r?\n|$)/y

/** Markdown: blank lines, but fences, front matter, comments and raw HTML blocks stay whole. */
function splitMarkdown(text: string): BlockRange[] {
  const blocks: BlockRange[] = []
  let blockStart = -1
  let blockEnd = -1
  const close = (): void => {
    if (blockStart !== -1) blocks.push({start: blockStart, end: blockEnd})
    blockStart = -1
  }
  // Inside a construct that blank lines do not end:
  let fenceChar = 0
  let fenceLength = 0
  let inComment = false
  let rawTag = ''
  let frontMatter = false

  forEachLine(text, (start, end) => {
    if (start === 0 && matchAt(frontMatterFence, text, 0, end) && /\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.test(text)) {
      frontMatter = true
      blockStart = 0
      blockEnd = end
      return true
    }
    if (frontMatter) {
      blockEnd = end
      if (isFrontMatterClose(text, start, end)) {
        frontMatter = false
        close()
      }
      return true
    }
    if (fenceChar !== 0) {
      blockEnd = end
      if (closesFence(text, start, end, fenceChar, fenceLength)) fenceChar = 0
      return true
    }
    if (inComment) {
      blockEnd = end
      if (indexIn(text, '-->', start, end) !== -1) inComment = false
      return true
    }
    if (rawTag !== '') {
      blockEnd = end
      if (text.slice(start, end).toLowerCase().includes('</' + rawTag)) rawTag = ''
      return true
    }
    if (isBlankLine(text, start, end)) {
      close()
      return true
    }
    const first = firstNonSpace(text, start, end)
    const c = text.charCodeAt(first)
    if (c === 35 /* # */ && matchAt(atxHeading, text, start, end)) {
      close()
      blocks.push({start, end})
      return true
    }
    if (blockStart === -1) blockStart = start
    blockEnd = end
    // Constructs that may hold blank lines.
    if (c === 96 || c === 126 || c === 62 || c === 45 || c === 42 || c === 43 || (c >= 48 && c <= 57)) {
      fenceOpen.lastIndex = start
      const m = fenceOpen.exec(text)
      if (m && m.index + m[0].length <= end) {
        const marker = m[1]!
        const info = text.slice(m.index + m[0].length, end)
        if (marker[0] !== '`' || !info.includes('`')) {
          fenceChar = marker.charCodeAt(0)
          fenceLength = marker.length
          return true
        }
      }
    }
    if (indexIn(text, '<!--', start, end) !== -1) {
      const last = text.lastIndexOf('<!--', end - 4)
      if (indexIn(text, '-->', last + 4, end) === -1) inComment = true
    }
    if (c === 60 /* < */) {
      rawHtmlOpen.lastIndex = start
      const m = rawHtmlOpen.exec(text)
      if (m && m.index < end) {
        const tag = m[1]!.toLowerCase()
        if (!text.slice(start, end).toLowerCase().includes('</' + tag)) rawTag = tag
      }
    }
    return true
  })
  close()
  return blocks
}

function isFrontMatterClose(text: string, start: number, end: number): boolean {
  let e = end
  while (e > start && (text.charCodeAt(e - 1) === 32 || text.charCodeAt(e - 1) === 9)) e--
  const line = text.slice(start, e)
  return line === '---' || line === '...'
}

function closesFence(text: string, start: number, end: number, char: number, length: number): boolean {
  let p = start
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9 || text.charCodeAt(p) === 62)) p++
  let run = 0
  while (p < end && text.charCodeAt(p) === char) {
    run++
    p++
  }
  if (run < length) return false
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++
  return p === end
}

const tagState = {OUT: 0, TAG: 1, COMMENT: 2, RAW: 3} as const
const rawElements = new Set(['script', 'style', 'pre', 'textarea', 'title'])
/** Elements a blank line must not cut (end tag required, or holding one sentence). */
const keepWhole = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'dl', 'table', 'blockquote', 'figure', 'head', 'a', 'em', 'strong', 'span', 'figcaption'])
/** Elements whose end tag is optional: open until closed or until another block starts. */
const optionalEnd = new Set(['p', 'li', 'dd', 'dt'])
const closesParagraph = new Set(['div', 'section', 'article', 'aside', 'header', 'footer', 'main', 'nav', 'ul', 'ol', 'dl', 'table', 'blockquote', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'pre', 'form'])

/**
 * HTML: blank-line separated chunks, never cutting inside a tag, a comment, a raw-text element
 * (script, style, pre, textarea, title) or a prose element left open (p, li, h1…, lists, tables).
 */
function splitHtml(text: string): BlockRange[] {
  const blocks: BlockRange[] = []
  let blockStart = -1
  let blockEnd = -1
  let state: number = tagState.OUT
  let rawName = ''
  let open = 0
  let paragraphOpen = false
  let quote = 0
  const n = text.length
  let i = 0
  let lineStart = 0
  let lineHasContent = false
  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : 10
    if (c === 10) {
      let lineEnd = i
      if (lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13) lineEnd--
      if (lineHasContent) {
        if (blockStart === -1) blockStart = lineStart
        blockEnd = lineEnd
      } else if (state === tagState.OUT && open === 0 && !paragraphOpen && blockStart !== -1) {
        blocks.push({start: blockStart, end: blockEnd})
        blockStart = -1
      } else if (blockStart !== -1) {
        blockEnd = lineEnd
      }
      lineStart = i + 1
      lineHasContent = false
      i++
      continue
    }
    if (c !== 32 && c !== 9 && c !== 13) lineHasContent = true
    if (state === tagState.OUT) {
      if (c === 60 /* < */) {
        if (text.startsWith('<!--', i)) {
          state = tagState.COMMENT
          i += 4
          lineHasContent = true
          continue
        }
        const m = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)/.exec(text.slice(i, i + 40))
        if (m) {
          const name = m[2]!.toLowerCase()
          const closing = m[1] === '/'
          if (keepWhole.has(name)) open = closing ? Math.max(0, open - 1) : open + 1
          if (optionalEnd.has(name)) paragraphOpen = !closing
          else if (closesParagraph.has(name)) paragraphOpen = false
          if (!closing && rawElements.has(name)) rawName = name
          state = tagState.TAG
          quote = 0
          i += m[0].length
          continue
        }
      }
      i++
      continue
    }
    if (state === tagState.TAG) {
      if (quote !== 0) {
        if (c === quote) quote = 0
      } else if (c === 34 || c === 39) {
        quote = c
      } else if (c === 62 /* > */) {
        if (text.charCodeAt(i - 1) === 47 /* / */ && open > 0) open--
        state = rawName !== '' ? tagState.RAW : tagState.OUT
      }
      i++
      continue
    }
    if (state === tagState.COMMENT) {
      if (c === 45 && text.startsWith('-->', i)) {
        state = tagState.OUT
        i += 3
        continue
      }
      i++
      continue
    }
    // RAW: until the matching end tag.
    if (c === 60 && text.charCodeAt(i + 1) === 47 && text.slice(i + 2, i + 2 + rawName.length).toLowerCase() === rawName) {
      state = tagState.OUT
      rawName = ''
      continue
    }
    i++
  }
  if (blockStart !== -1) blocks.push({start: blockStart, end: blockEnd})
  return blocks
}

/** Calls `fn(start, end)` for each line (end excludes `\r\n` / `\n`). */
function forEachLine(text: string, fn: (start: number, end: number) => boolean): void {
  const n = text.length
  let start = 0
  while (start <= n) {
    let nl = text.indexOf('\n', start)
    if (nl === -1) nl = n
    let end = nl
    if (end > start && text.charCodeAt(end - 1) === 13) end--
    if (!fn(start, end)) return
    if (nl === n) return
    start = nl + 1
  }
}

function isBlankLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9 && c !== 13 && c !== 12 && c !== 11) return false
  }
  return true
}

function firstNonSpace(text: string, start: number, end: number): number {
  let p = start
  while (p < end && (text.charCodeAt(p) === 32 || text.charCodeAt(p) === 9)) p++
  return p
}

/** `needle` within `text[start, end)` only (an unbounded indexOf would make the split quadratic). */
function indexIn(text: string, needle: string, start: number, end: number): number {
  const first = needle.charCodeAt(0)
  for (let i = start; i + needle.length <= end; i++) {
    if (text.charCodeAt(i) === first && text.startsWith(needle, i)) return i
  }
  return -1
}

function matchAt(re: RegExp, text: string, start: number, end: number): boolean {
  re.lastIndex = start
  const m = re.exec(text)
  return m !== null && m.index + m[0].length <= end
}
