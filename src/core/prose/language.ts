/**
 * French or English, per paragraph: a stop-word and accent count decides short texts and clear
 * cases; franc-min's trigram verdict between the two languages (franc-fr-en.ts, the same answer
 * computed without franc's general machinery) settles the rest.
 */
import {francFrEn} from './franc-fr-en.ts'
import type {Lang} from '../types.ts'

/** Frequent function words of one language that are rare in the other. */
const FRENCH = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'et', 'est', 'sont', 'nous',
  'vous', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'pour', 'avec', 'dans', 'sur', 'par', 'qui',
  'que', 'qu', 'ce', 'cette', 'ces', 'se', 's', 'ne', 'n', 'pas', 'plus', 'mais', 'ou', 'où', 'il',
  'elle', 'ils', 'elles', 'sa', 'ses', 'son', 'mes', 'très', 'être', 'été', 'avons', 'avez', 'chaque',
  'tout', 'tous', 'toute', 'toutes', 'sous', 'chez', 'entre', 'sans', 'aussi', 'c', 'j', 'y', 'en', 'je'
])
const ENGLISH = new Set([
  'the', 'and', 'we', 'our', 'ours', 'you', 'your', 'yours', 'is', 'are', 'was', 'were', 'with', 'for',
  'to', 'of', 'that', 'this', 'these', 'those', 'it', 'its', 'in', 'be', 'been', 'will', 'not', 'have',
  'has', 'they', 'their', 'at', 'by', 'from', 'an', 'or', 'can', 'all', 'every', 'us', 'my', 'do',
  'does', 'what', 'which', 'who', 'when', 'there', 'if', 'within', 'than', 'would', 'should', 'about',
  'into', 'any', 'i', 'he', 'she', 'them', 'just', 'also', 'how', 'why', 'get', 'here'
])

/** The stop word lists, for tests. */
export const STOP_WORDS: {readonly fr: ReadonlySet<string>; readonly en: ReadonlySet<string>} = {fr: FRENCH, en: ENGLISH}

/** A word longer than this (in UTF-16 units) is no stop word: lowercasing never shortens a string. */
const LONGEST_STOPWORD = Math.max(...[...FRENCH, ...ENGLISH].map((w) => w.length))

/** Letters only French uses among the two (NFC or NFD: the combining marks count too). */
const FRENCH_LETTERS = 'éèêëàâîïôûùüçœæÉÈÊÀÂÎÔÛÙÇŒ\u0300\u0301\u0302\u0308\u0327'
const isFrenchLetter = new Uint8Array(0x400)
for (const c of FRENCH_LETTERS) isFrenchLetter[c.charCodeAt(0)] = 1

/** Longest prefix franc looks at: a paragraph's language is settled well before. */
const FRANC_WINDOW = 2000
const STOPWORD_WINDOW = 4000

/** What a word is made of: `[\p{L}\p{M}]`, by code point. */
const letterOrMark = /^[\p{L}\p{M}]$/u
const astralLetter = new Map<number, boolean>()

function isAstralLetter(point: number): boolean {
  let yes = astralLetter.get(point)
  if (yes === undefined) {
    yes = letterOrMark.test(String.fromCodePoint(point))
    astralLetter.set(point, yes)
  }
  return yes
}

/**
 * Per BMP code unit: 0 not asked yet; NOT_LETTER; OTHER_LETTER, a letter or mark whose lowercase
 * is not one Latin-1 unit (no stop word holds it); SURROGATE, to be read in pairs; or
 * LOWER + c, a letter or mark whose lowercase is the Latin-1 unit c.
 */
const NOT_LETTER = 1
const OTHER_LETTER = 2
const LOWER = 3
const SURROGATE = 0xffff
const unitKind = new Uint16Array(0x10000)
unitKind.fill(SURROGATE, 0xd800, 0xe000)

function kindOf(code: number): number {
  const ch = String.fromCharCode(code)
  let kind = NOT_LETTER
  if (letterOrMark.test(ch)) {
    // Letter by letter lowercasing is the word's: the one rule that looks around (final sigma) yields no Latin-1.
    const lower = ch.toLowerCase()
    kind = lower.length === 1 && lower.charCodeAt(0) <= 0xff ? LOWER + lower.charCodeAt(0) : OTHER_LETTER
  }
  unitKind[code] = kind
  return kind
}

/** Is `text[i]` (a surrogate) the start of a letter or mark written as a surrogate pair? */
function astralLetterAt(text: string, i: number): boolean {
  const high = text.charCodeAt(i)
  if (high > 0xdbff || i + 1 >= text.length) return false
  const low = text.charCodeAt(i + 1)
  return low >= 0xdc00 && low <= 0xdfff && isAstralLetter(((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000)
}

/** A lowercase word of Latin-1 units as one exact number (a byte per unit: six fit in 48 bits). */
function wordKey(word: string): number {
  let key = 0
  for (let i = 0; i < word.length; i++) key = key * 256 + word.charCodeAt(i)
  return key
}

/** Stop words by key: 1 French, 2 English (French first when a word is both, as before). */
const stopWords = new Map<number, 1 | 2>()
for (const w of ENGLISH) stopWords.set(wordKey(w), 2)
for (const w of FRENCH) stopWords.set(wordKey(w), 1)

export interface Evidence {
  /** Words: maximal runs of letters and marks (`/[\p{L}\p{M}]+/gu`). */
  words: number
  /** Words that are French or English stop words (lowercased). */
  fr: number
  en: number
  /** Letters only French uses (`FRENCH_LETTERS`). */
  accents: number
}

/**
 * Stop words and French letters of `sample`, in one pass by hand: no regular expression, no
 * string per word (a short word's lowercase is read into a number as it is scanned).
 */
export function countEvidence(sample: string): Evidence {
  let fr = 0
  let en = 0
  let words = 0
  let accents = 0
  /** Units of the current word (0: between words), and its key (-1: no stop word). */
  let length = 0
  let key = 0
  const n = sample.length
  for (let i = 0; i <= n; i++) {
    let kind = NOT_LETTER
    if (i < n) {
      const code = sample.charCodeAt(i)
      kind = unitKind[code]!
      if (kind === 0) kind = kindOf(code)
      else if (kind === SURROGATE) kind = astralLetterAt(sample, i) ? SURROGATE : NOT_LETTER
      if (code >= 0xc0 && code < 0x400 && isFrenchLetter[code] === 1) accents++
    }
    if (kind === NOT_LETTER) {
      if (length > 0) {
        words++
        const stop = key > 0 ? stopWords.get(key) : undefined
        if (stop === 1) fr++
        else if (stop === 2) en++
        length = 0
        key = 0
      }
      continue
    }
    key = key >= 0 && kind >= LOWER && kind !== SURROGATE && length < LONGEST_STOPWORD ? key * 256 + (kind - LOWER) : -1
    length++
    // A pair is one letter: skip its low half.
    if (kind === SURROGATE) i++
  }
  return {words, fr, en, accents}
}
/** `fr`, `en`, or `undefined` when the text gives no evidence (`OK`, numbers, code). */
export function detectLanguage(text: string): Lang | undefined {
  const sample = text.length > STOPWORD_WINDOW ? text.slice(0, STOPWORD_WINDOW) : text
  const evidence = countEvidence(sample)
  const {words, en, accents} = evidence
  if (words === 0) return undefined
  // Each accented letter is good evidence, but a name (Zoë, café) should not outweigh grammar.
  const fr = evidence.fr + Math.min(accents, 1 + words / 4) * 0.75

  const stop = fr - en
  if (words < 6 || Math.abs(stop) >= 3) {
    if (stop > 0) return 'fr'
    if (stop < 0) return 'en'
    if (words < 3) return undefined
  }
  const {best, margin} = francFrEn(text.length > FRANC_WINDOW ? text.slice(0, FRANC_WINDOW) : text)
  if (best === 'und') return stop > 0 ? 'fr' : stop < 0 ? 'en' : undefined
  // franc's scores run from 1 (best) down: a near tie is settled by the stop words.
  if (margin < 0.02 && stop !== 0) return stop > 0 ? 'fr' : 'en'
  return best === 'fra' ? 'fr' : 'en'
}
