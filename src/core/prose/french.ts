/**
 * The French layer over parse-latin (there is no retext-french): what parse-latin gets wrong
 * about French typography, fixed on its sentences and words.
 *
 * - Abbreviations (`M.`, `MM.`, `Mme.`, `Dr.`, `cf.`, `p. ex.`, `etc.`, initials `J. Martin`)
 *   do not end a sentence.
 * - A number or a unit after a number (`sous 24 h. Le…`, `page 3. Voir…`) does end one before
 *   a capital (parse-latin reads `h.` and `3.` as abbreviations).
 * - A closing guillemet after a space (`… roi. » Nous…`) belongs to the sentence it closes.
 * - Elisions (`l'`, `qu'`, `d'`, `n'`, `s'`, `jusqu'`… with ' or ’) are words of their own,
 *   attached to the word they elide into (no space between them).
 * - Decimal commas and thousands groups (`99,9`, `1 000`, with NBSP or narrow NBSP) are one word.
 * NBSP (U+00A0) and narrow NBSP (U+202F) are white space for parse-latin already.
 */

export interface Span {
  start: number
  end: number
}

const FRENCH_ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'drs', 'pr', 'me', 'mgr', 'st', 'ste', 'cf', 'ex',
  'env', 'tél', 'tel', 'av', 'bd', 'boul', 'réf', 'ref', 'art', 'chap', 'éd', 'vol', 'fig', 'coll',
  'hab', 'n', 'no', 'nº', 'p', 'pp', 'sq', 'suiv', 'resp', 'etc', 'cie', 'ets', 'éts', 'sté', 'min',
  'max', 'approx', 'c.-à-d', 'c-à-d', 'j.-c', 'vs', 'al'
])
const ENGLISH_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'approx', 'no', 'st', 'jr',
  'sr', 'dept', 'est', 'fig', 'e.g', 'i.e', 'cf', 'al'
])

/** Word (letters, with inner dots or hyphens) just before the final `.` of `text[from, end)`. */
const lastWordBeforeDot = /([\p{L}\p{M}º][\p{L}\p{M}º.-]*)\.$/u

/** Whether a sentence ending at `end` (on a `.`) ends on an abbreviation, so must not end. */
export function endsWithAbbreviation(text: string, from: number, end: number, lang: 'fr' | 'en'): boolean {
  if (text.charCodeAt(end - 1) !== 46) return false
  const tail = text.slice(Math.max(from, end - 12), end)
  const m = lastWordBeforeDot.exec(tail)
  if (!m) return false
  const word = m[1]!
  // A single capital letter: an initial (`J. Martin`).
  if (word.length === 1 && word === word.toUpperCase() && word !== word.toLowerCase()) return true
  const key = word.toLowerCase()
  return (lang === 'fr' ? FRENCH_ABBREVIATIONS : ENGLISH_ABBREVIATIONS).has(key)
}

/**
 * Dots after a number or a unit after a number, followed by a capital: sentence ends that
 * parse-latin merged. `(?<!…)` keeps `3.5`, `1.2.3`, `4,5` out.
 */
const numberEnd =
  /(?<![\p{L}\p{N}.,/])(?:\p{N}{1,3}|\p{N}+[ \u00A0\u202F]?(?:h|j|s|m|g|l|km|kg|cm|mn|min|ans?|mois|sem))\.(?=[ \t\n\u00A0\u202F]+[«"“‘(\[]?[ \u00A0\u202F]*\p{Lu})/gu

/** Offsets just after each such dot within `text[from, end)`, not at the sentence's first word. */
export function numberSentenceEnds(text: string, from: number, end: number): number[] {
  const cuts: number[] = []
  if (!hasInnerDot(text, from, end)) return cuts
  const slice = text.slice(from, end)
  numberEnd.lastIndex = 0
  let m: RegExpExecArray | null
  while ((m = numberEnd.exec(slice))) {
    const cut = from + m.index + m[0].length
    // Not a leading `1.` (a numbered title) and not the sentence's own end.
    if (/\S/.test(slice.slice(0, m.index)) && cut < end) cuts.push(cut)
  }
  return cuts
}

/** A `.` followed by white space within `text[from, end)`: what any `numberEnd` match needs. */
function hasInnerDot(text: string, from: number, end: number): boolean {
  for (let at = text.indexOf('.', from); at !== -1 && at + 1 < end; at = text.indexOf('.', at + 1)) {
    const next = text.charCodeAt(at + 1)
    if (next === 32 || next === 9 || next === 10 || next === 0xa0 || next === 0x202f) return true
  }
  return false
}

/**
 * Length of closing guillemets / quotes that open `text` at `from` (to move to the previous
 * sentence): `/^[ \u00A0\u202F]*[»”’]+/` within the next 8 chars, scanned by hand.
 */
export function leadingClosingMarks(text: string, from: number, end: number): number {
  const limit = Math.min(end, from + 8)
  let p = from
  while (p < limit && isInlineSpace(text.charCodeAt(p))) p++
  let q = p
  while (q < limit && isClosingMark(text.charCodeAt(q))) q++
  return q > p ? q - from : 0
}

function isInlineSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || c === 0x202f
}

/** `»`, `”`, `’`. */
function isClosingMark(c: number): boolean {
  return c === 0xbb || c === 0x201d || c === 0x2019
}

const elision = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['’](?=[\p{L}\p{M}])/iu

/** Splits the elided article or pronoun off a word (`l'écoute` → `l'`, `écoute`). */
export function splitElision(text: string, span: Span, into: Span[]): void {
  const m = elision.exec(text.slice(span.start, span.start + 8))
  if (m && span.start + m[0].length < span.end) {
    into.push({start: span.start, end: span.start + m[0].length})
    into.push({start: span.start + m[0].length, end: span.end})
  } else {
    into.push(span)
  }
}

const leadingDigit = /^\p{N}/u
const threeDigits = /^\p{N}{3}$/u

/**
 * Joins number parts split by the tokenizer: `99` `,` `9` → `99,9`; `1` NBSP `000` → `1 000`
 * (French thousands groups, only when the group has three digits).
 */
export function joinNumbers(text: string, words: Span[], lang: 'fr' | 'en'): Span[] {
  const out: Span[] = []
  for (const w of words) {
    const prev = out[out.length - 1]
    if (prev) {
      const between = text.slice(prev.end, w.start)
      const current = text.slice(w.start, w.end)
      const prevText = text.slice(prev.start, prev.end)
      const prevEndsDigit = /\p{N}$/u.test(prevText)
      if (prevEndsDigit && leadingDigit.test(current) && (between === ',' || between === '.')) {
        prev.end = w.end
        continue
      }
      if (
        lang === 'fr' && prevEndsDigit && threeDigits.test(current) &&
        (between === '\u00A0' || between === '\u202F' || between === ' ') &&
        /^\p{N}{1,3}(?:[ \u00A0\u202F]\p{N}{3})*$/u.test(prevText)
      ) {
        prev.end = w.end
        continue
      }
    }
    out.push({start: w.start, end: w.end})
  }
  return out
}
