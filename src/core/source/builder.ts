/**
 * `ProseBuilder`: how every format's reader writes prose — characters appended with the ORIGINAL
 * offset each comes from, whitespace collapsed, character references decoded — finished into a
 * `ProseUnit` whose ranges map back exactly to the document.
 */
import type {ProseUnit, UnitKind} from './types.ts'

/** Extra fields a unit may carry besides its text and offsets. */
export interface UnitMeta {
  kind: UnitKind
  group?: number
  depth?: number
  quoted?: boolean
}

const entityShape = /&(?:#[xX][0-9a-fA-F]{1,6};?|#[0-9]{1,7};?|[A-Za-z][A-Za-z0-9]{0,31};?)/y

/**
 * Accumulates prose characters with, for each, the ORIGINAL offset it comes from.
 * Line endings and whitespace runs that hold a line ending collapse to one space mapped to
 * the line ending (`\r` for CRLF); leading and trailing whitespace is trimmed on `finish`.
 * Runs of characters copied as they are go in at once (one slice, one loop over offsets).
 */
export class ProseBuilder {
  private text = ''
  /** Original offset of each char of `text`. */
  private readonly offsets: number[] = []
  /** Original end of a char, when it is not `offset + 1` (a character reference). */
  private ends: Map<number, number> | undefined
  /** The pending space (collapsed whitespace), not yet written: its offset, or -1. */
  private pendingSpace = -1
  private pendingSpaceEnd = -1
  private pendingSpaceHasNewline = false

  get length(): number {
    return this.text.length
  }

  /** Appends `source[from, to)`, none of it white space for `char`, each char mapping to itself. */
  private run(source: string, from: number, to: number): void {
    this.flushSpace()
    this.text += source.slice(from, to)
    const offsets = this.offsets
    for (let p = from; p < to; p++) offsets.push(p)
  }

  /** Appends one character `c` standing for source range [start, end). */
  char(c: string, start: number, end: number): void {
    const code = c.charCodeAt(0)
    if (code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11) {
      this.space(start, end, code === 10 || code === 13)
      return
    }
    this.flushSpace()
    this.text += c
    if (end !== start + 1) (this.ends ??= new Map()).set(this.offsets.length, end)
    this.offsets.push(start)
  }

  /** A word separator (soft break, inline code, markup standing between words). */
  space(start: number, end: number, newline = false): void {
    if (this.pendingSpace === -1) {
      this.pendingSpace = start
      this.pendingSpaceEnd = end
      this.pendingSpaceHasNewline = newline
    } else {
      if (newline && !this.pendingSpaceHasNewline) {
        this.pendingSpace = start
        this.pendingSpaceHasNewline = true
      }
      if (end > this.pendingSpaceEnd) this.pendingSpaceEnd = end
    }
  }

  private flushSpace(): void {
    if (this.pendingSpace === -1) return
    if (this.text.length > 0) {
      this.text += ' '
      this.offsets.push(this.pendingSpace)
    }
    this.pendingSpace = -1
    this.pendingSpaceHasNewline = false
  }

  /** Copies source[start, end) as it is (each char maps to itself). */
  copy(source: string, start: number, end: number): void {
    let from = start
    for (let p = start; p < end; p++) {
      const code = source.charCodeAt(p)
      if (code > 32 || !isCollapsible(code)) continue
      if (from < p) this.run(source, from, p)
      this.space(p, p + 1, code === 10 || code === 13)
      from = p + 1
    }
    if (from < end) this.run(source, from, end)
  }

  /**
   * Appends `value` — the parser's decoded text for `source[start, end)` — mapping each char
   * back: escapes (`\*`), character references (`&eacute;`, `&#233;`), container prefixes
   * stripped by the parser (`> `, indentation) and CR dropped before LF are handled; when the
   * two cannot be aligned, the rest maps to the last aligned offset (never out of order).
   */
  aligned(value: string, source: string, start: number, end: number): void {
    let p = start
    let i = 0
    const n = value.length
    while (i < n) {
      const c = value[i]!
      if (p >= end) {
        p = this.unaligned(c, source, p)
        if (source[p] === c) this.char(c, p, p + 1)
        i++
        p++
        continue
      }
      const s = source[p]!
      if (s === '&') {
        entityShape.lastIndex = p
        const m = entityShape.exec(source)
        if (m && p + m[0].length <= end) {
          let len = m[0].length
          // A legacy reference without « ; » runs into the letters after it (`&nbspfixe` is
          // NBSP + « fixe »): the reference is the shortest name after which the text goes on.
          if (!m[0].endsWith(';') && m[0][1] !== '#' && !value.startsWith(m[0], i)) {
            for (let l = 2; l < len - 1; l++) {
              if (i + 1 < n && source[p + 1 + l] === value[i + 1] && value[i] !== source[p]) {
                len = 1 + l
                break
              }
            }
          }
          if (value.startsWith(m[0], i)) {
            this.copy(source, p, p + len)
            i += len
            p += len
            continue
          }
          const fits = (k: number): boolean =>
            i + k <= n && (i + k === n || value[i + k] === source[p + len])
          const k = fits(1) ? 1 : fits(2) ? 2 : c === '&' ? 0 : 1
          if (k > 0) {
            for (let j = 0; j < k; j++) this.char(value[i + j]!, p, p + len)
            i += k
            p += len
            continue
          }
        }
      }
      // Markdown replaces NUL with U+FFFD: a space stands where the NUL was (it is no copy), and
      // the text after it stays aligned.
      if (c === '\uFFFD' && s === '\u0000') {
        this.space(p, p + 1)
        i++
        p++
        continue
      }
      if (s === c) {
        if (c === '\n' && p > start && source[p - 1] === '\r') {
          this.char(c, p - 1, p + 1)
          i++
          p++
          continue
        }
        // A run of chars copied as they are, up to white space, `&` or a difference.
        let k = 1
        const code = c.charCodeAt(0)
        if (code <= 32 && isCollapsible(code)) {
          this.char(c, p, p + 1)
        } else {
          while (i + k < n && p + k < end) {
            const v = value.charCodeAt(i + k)
            if (v !== source.charCodeAt(p + k) || v === 38 /* & */ || (v <= 32 && isCollapsible(v))) break
            k++
          }
          this.run(source, p, p + k)
        }
        i += k
        p += k
        continue
      }
      if (s === '\\' && source[p + 1] === c) {
        this.char(c, p + 1, p + 2)
        i++
        p += 2
        continue
      }
      if (s === ' ' || s === '\t' || s === '>' || s === '\r' || s === '\n' || s === '\u00A0') {
        p++
        continue
      }
      p = this.unaligned(c, source, p)
      if (source[p] !== c) i++
    }
  }

  /**
   * `c` is not at `source[p]`: the parser moved or merged text. Looks a little further for it
   * (returns where it is, so the caller copies it); otherwise writes a space in its place —
   * a char that is not a copy must not pretend to be one — and returns `p` unchanged.
   */
  private unaligned(c: string, source: string, p: number): number {
    const limit = Math.min(source.length, p + 64)
    for (let q = p; q < limit; q++) if (source[q] === c) return q
    const at = Math.max(0, Math.min(p, source.length - 1))
    this.space(at, at + 1)
    return p
  }

  /** The unit, or undefined when it holds no visible character. */
  finish(meta: UnitMeta): ProseUnit | undefined {
    this.pendingSpace = -1
    const text = this.text
    let a = 0
    let b = text.length
    while (a < b && isSpace(text.charCodeAt(a))) a++
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--
    if (a === b) return undefined
    const offsets = new Int32Array(b - a + 1)
    const raw = this.offsets
    let max = 0
    for (let i = a; i < b; i++) {
      // Monotonic non-decreasing, whatever happened above.
      const o = raw[i]!
      max = o > max ? o : max
      offsets[i - a] = max
    }
    offsets[b - a] = Math.max(max, this.ends?.get(b - 1) ?? raw[b - 1]! + 1)
    const unit: ProseUnit = {text: text.slice(a, b), offsets, kind: meta.kind}
    if (meta.group !== undefined) unit.group = meta.group
    if (meta.depth !== undefined) unit.depth = meta.depth
    if (meta.quoted) unit.quoted = true
    return unit
  }
}

/** White space `char` collapses into a pending space. */
function isCollapsible(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f
}
