/**
 * Quoted regions of a sentence (original offsets): « … », “ … ”, „ … “, ‹ … ›, "…", ‘…’ and '…'.
 * An ASCII or typographic single quote counts as an opening mark only at the start of a word
 * (after a space or an opening bracket) and as a closing mark only at the end of one, so
 * elisions (l'écoute) and possessives (customers') are not quotes.
 */
import {isWordChar} from '../text/tokens.ts'

export interface Region {
  start: number
  end: number
}

/** Closing mark of each paired opening mark. */
const PAIRS = new Map<number, number>([
  [0xab, 0xbb], // « »
  [0x201c, 0x201d], // “ ”
  [0x201e, 0x201c], // „ “
  [0x2039, 0x203a] // ‹ ›
])
const DOUBLE = 0x22
const APOSTROPHE = 0x27
const RIGHT_SINGLE = 0x2019


/** `\s` of regular expressions. */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 32 || (c >= 9 && c <= 13)
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

/** Where a single quote may open: after a space or an opening bracket or dash. */
function opensAfter(c: number): boolean {
  return isSpace(c) || c === 0x28 || c === 0x5b || c === 0x7b || c === 0x2014 || c === 0x2013 || c === 0x2d
}

/** A letter or digit (`\p{L}`, `\p{N}`: word characters but the middle dot), one UTF-16 unit at a time. */
function isLetterAt(text: string, i: number): boolean {
  if (i >= text.length) return false
  const c = text.charCodeAt(i)
  return c !== 0xb7 && isWordChar(c)
}

/** Characters that may open a quote: the loop jumps from one to the next. */
const OPENERS = /["'«“„‹‘]/g

export function quoteRegions(text: string): Region[] {
  const regions: Region[] = []
  const n = text.length
  OPENERS.lastIndex = 0
  while (OPENERS.test(text)) {
    const i = OPENERS.lastIndex - 1
    const c = text.charCodeAt(i)
    const close = PAIRS.get(c)
    if (close !== undefined || c === DOUBLE) {
      const j = text.indexOf(String.fromCharCode(close ?? DOUBLE), i + 1)
      if (j > i) {
        regions.push({start: i, end: j + 1})
        OPENERS.lastIndex = j + 1
      }
      continue
    }
    // ' or ‘ at the start of a word
    if ((i === 0 || opensAfter(text.charCodeAt(i - 1))) && isLetterAt(text, i + 1)) {
      for (let j = i + 2; j < n; j++) {
        const d = text.charCodeAt(j)
        if ((d === APOSTROPHE || d === RIGHT_SINGLE) && !isLetterAt(text, j + 1) && !isSpace(text.charCodeAt(j - 1))) {
          // A possessive s' followed by a word is not a closing quote when another quote follows.
          regions.push({start: i, end: j + 1})
          OPENERS.lastIndex = j + 1
          break
        }
      }
    }
  }
  return regions
}

export function inside(regions: Region[], start: number, end: number): boolean {
  for (const r of regions) if (start >= r.start && end <= r.end) return true
  return false
}
