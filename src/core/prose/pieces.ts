/**
 * Where sentences end, as far as it can be told without the parser: a prose unit is cut into
 * pieces at seams no sentence of parse-latin / parse-english crosses, and each piece is marked
 * `simple` when the parser could only make one sentence of it. Only the other pieces need parsing.
 *
 * Each terminal run (`.`, `!`, `?`, `…`, `‽`, as the tokenizer groups them) followed by spaces (no
 * line break) is read by what follows, as parse-latin's paragraph plugins would:
 * - a lowercase letter: the next sentence merges into this one (a join);
 * - a capital (or `«`, `"`, `“`, and one optional space, before it): the next sentence opens on
 *   white space then a word — no affix symbol, comma, lowercase or digit head, not wordless — so,
 *   when the piece before holds a word, nothing merges across (a seam), except after an
 *   abbreviation (`Mr.`, `ibid.`, `Sept.`, `12.`): for a lone `.` right after a word, the parser
 *   itself, asked once per word, tells a seam from a join;
 * - anything else (`. »`, `.)`, a digit, the end of the text): a possible sentence end.
 * A lone `.` or `?` between two word characters is part of one word (`99.9`, `v2.0`) before any
 * sentence is cut.
 *
 * A piece is one sentence when it holds a word, no line break, and no word after a possible end:
 * the parser's sentences then all join, and the wordless ones at the end merge back into them.
 */
import type {ParseLatin} from 'parse-latin'
import {detach} from '../text/detach.ts'

/** parse-latin's class of a code unit: white space, punctuation, word or symbol. */
const WHITE = 1
const WORD = 3
const CLASS = 7
/** Flags over the class: a terminal mark, a line break. */
const TERMINAL = 8
const BREAK = 16

/** Terminal marks and line breaks: the characters the scan stops at. */
const marks = /[.!?\u2026\u203d\n\r]/g

const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode']
/** Class and flags of each code unit, 0 until asked. */
const kinds = new Uint8Array(65536)

export interface Pieces {
  /** End offset of each piece; the last is `text.length`. */
  ends: number[]
  /** Whether each piece is exactly one sentence. */
  simple: boolean[]
}

/** What a terminal run followed by spaces and a capital does. */
const enum After {
  Unknown,
  Ends,
  Joins
}

export class PieceScanner {
  /** Words followed by `.`: whether the parser ends a sentence there or reads an abbreviation. */
  private readonly afterWord = new Map<string, After>()

  /** `parser`: the language's parser (parse-latin or parse-english), which answers for words. */
  constructor(private readonly parser: ParseLatin) {}

  /** Class (and flags) of a code unit, as parse-latin's tokenizer sees it alone. */
  private kindOf(code: number): number {
    let k = kinds[code]!
    if (k === 0) {
      const node = this.parser.tokenize(String.fromCharCode(code))[0]
      k = Math.max(1, TYPES.indexOf(node?.type ?? ''))
      if (code === 46 || code === 33 || code === 63 || code === 0x2026 || code === 0x203d) k |= TERMINAL
      if (code === 10 || code === 13) k |= BREAK
      kinds[code] = k
    }
    return k
  }

  private kind(code: number): number {
    return kinds[code] || this.kindOf(code)
  }

  /** parse-latin white space (what it trims off sentences). */
  isWhite(code: number): boolean {
    return (this.kind(code) & CLASS) === WHITE
  }

  private isWord(code: number): boolean {
    return (this.kind(code) & CLASS) === WORD
  }

  /** Cuts `text` at every seam (after its spaces); see the module comment. */
  scan(text: string): Pieces {
    const ends: number[] = []
    const simple: boolean[] = []
    const n = text.length
    let start = 0
    // Where the first possible end of the current piece ends, -1 while there is none.
    let mayEnd = -1
    let hasBreak = false
    marks.lastIndex = 0
    while (marks.test(text)) {
      const i = marks.lastIndex - 1
      const c = text.charCodeAt(i)
      if (c === 10 || c === 13) {
        hasBreak = true
        continue
      }
      let j = i + 1
      while (j < n && (this.kind(text.charCodeAt(j)) & TERMINAL) !== 0) j++
      if (j === i + 1 && (c === 46 || c === 63) && i > 0 && j < n && this.isWord(text.charCodeAt(i - 1)) && this.isWord(text.charCodeAt(j))) continue
      let next = j
      while (next < n && isSeamSpace(text.charCodeAt(next))) next++
      marks.lastIndex = next
      if (next > j && next < n) {
        if (isLower(text.charCodeAt(next))) continue
        if (opensSentence(text, next)) {
          const after = this.after(text, i, j)
          if (after === After.Joins) continue
          if (after === After.Ends && this.hasWord(text, start, i)) {
            ends.push(next)
            simple.push(!hasBreak && (mayEnd < 0 || !this.hasWord(text, mayEnd, i)))
            start = next
            mayEnd = -1
            hasBreak = false
            continue
          }
        }
      }
      if (mayEnd < 0) mayEnd = j
      marks.lastIndex = j
    }
    if (start < n || ends.length === 0) {
      ends.push(n)
      simple.push(!hasBreak && this.hasWord(text, start, n) && (mayEnd < 0 || !this.hasWord(text, mayEnd, n)))
    }
    return {ends, simple}
  }

  /** Whether `text[from, to)` holds a word character. */
  private hasWord(text: string, from: number, to: number): boolean {
    for (let at = from; at < to; at++) if (this.isWord(text.charCodeAt(at))) return true
    return false
  }

  /**
   * What the terminal run `text[from, to)`, followed by spaces and a capital, does. Anything but
   * a lone `.` ends the sentence. A lone `.` right after a word, ending a short run of non-white
   * characters (`client`, `customer-focused`, `v2.0`, `Mr`, `12`), ends it when the parser, given
   * that run, `.`, a space and a capital, starts a sentence at the capital, and joins otherwise.
   * Only the word the run ends with and the `.` decide (no sentence plugin looks past white
   * space, and the next sentence gives no other plugin a hold), so the answer holds anywhere.
   */
  private after(text: string, from: number, to: number): After {
    if (to - from > 1 || text.charCodeAt(from) !== 46) return After.Ends
    if (from === 0 || !this.isWord(text.charCodeAt(from - 1))) return After.Unknown
    let w = from
    while (w > 0 && !this.isWhite(text.charCodeAt(w - 1))) {
      if (from - w >= MAX_WORD) return After.Unknown
      w--
    }
    const word = text.slice(w, from)
    let after = this.afterWord.get(word)
    if (after === undefined) {
      const sentences = this.parser.tokenizeParagraph(`${word}. A`).children.filter((child) => child.type === 'SentenceNode')
      after = sentences[sentences.length - 1]?.position?.start.offset === word.length + 2 ? After.Ends : After.Joins
      if (this.afterWord.size >= 20000) this.afterWord.clear()
      this.afterWord.set(detach(word), after)
    }
    return after
  }
}

/** Longest run before a `.` worth asking the parser about (longer ones are URLs and the like). */
const MAX_WORD = 40

function isSeamSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f
}

/** A Latin lowercase letter (ASCII or Latin-1): parse-latin joins a sentence opening on one. */
function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7)
}

/** A Latin capital (ASCII or Latin-1). */
function isCapital(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0xde && c !== 0xd7)
}

/** A capital at `at`, or `«`, `"`, `“` and at most one space before one. */
function opensSentence(text: string, at: number): boolean {
  let c = text.charCodeAt(at)
  if (c === 0xab || c === 34 || c === 0x201c) {
    c = text.charCodeAt(++at)
    if (isSeamSpace(c)) c = text.charCodeAt(++at)
  }
  return isCapital(c)
}
