/**
 * French or English, per paragraph: franc-min restricted to the two languages (cheap), plus a
 * stop-word and accent count that decides short texts, where trigrams are unreliable.
 */
import {francAll} from 'franc-min'
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

/** A word longer than this is no stop word (lowercasing never shortens a string). */
const LONGEST_STOPWORD = Math.max(...[...FRENCH, ...ENGLISH].map((w) => w.length))

/** Letters only French uses among the two (NFC or NFD: the combining marks count too). */
const FRENCH_LETTERS = 'éèêëàâîïôûùüçœæÉÈÊÀÂÎÔÛÙÇŒ\u0300\u0301\u0302\u0308\u0327'
const isFrenchLetter = new Uint8Array(0x400)
for (const c of FRENCH_LETTERS) isFrenchLetter[c.charCodeAt(0)] = 1

/** What a word is made of: `[\p{L}\p{M}]`, by code point. */
const letterOrMark = /^[\p{L}\p{M}]$/u
/** Per BMP code unit: 0 not asked yet, 1 letter or mark, 2 neither. */
const bmpLetter = new Uint8Array(0x10000)
const astralLetter = new Map<number, boolean>()

function isLetterUnit(code: number): boolean {
  let k = bmpLetter[code]!
  if (k === 0) {
    // A lone surrogate is no letter (`/u` matches code points).
    k = code < 0xd800 || code > 0xdfff ? (letterOrMark.test(String.fromCharCode(code)) ? 1 : 2) : 2
    bmpLetter[code] = k
  }
  return k === 1
}

function isAstralLetter(point: number): boolean {
  let yes = astralLetter.get(point)
  if (yes === undefined) {
    yes = letterOrMark.test(String.fromCodePoint(point))
    astralLetter.set(point, yes)
  }
  return yes
}

/** Length of the letter or mark (one or two code units) at `i`, 0 when there is none. */
function letterAt(text: string, i: number): number {
  const code = text.charCodeAt(i)
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return isAstralLetter(((code - 0xd800) << 10) + (low - 0xdc00) + 0x10000) ? 2 : 0
  }
  return isLetterUnit(code) ? 1 : 0
}

/** Longest prefix franc looks at: a paragraph's language is settled well before. */
const FRANC_WINDOW = 2000
const STOPWORD_WINDOW = 4000

export interface Evidence {
  /** Words: maximal runs of letters and marks (`/[\p{L}\p{M}]+/gu`). */
  words: number
  /** Words that are French or English stop words. */
  fr: number
  en: number
  /** Letters only French uses (`FRENCH_LETTERS`). */
  accents: number
}

/** Stop words and French letters of `sample`, in one pass by hand (no regular expression per word). */
export function countEvidence(sample: string): Evidence {
  let fr = 0
  let en = 0
  let words = 0
  let accents = 0
  const n = sample.length
  let i = 0
  while (i < n) {
    let step = letterAt(sample, i)
    if (step === 0) {
      i++
      continue
    }
    const start = i
    do {
      const c = sample.charCodeAt(i)
      if (c >= 0xc0 && c < 0x400 && isFrenchLetter[c] === 1) accents++
      i += step
    } while (i < n && (step = letterAt(sample, i)) !== 0)
    words++
    if (i - start > LONGEST_STOPWORD) continue
    const w = sample.slice(start, i).toLowerCase()
    if (FRENCH.has(w)) fr++
    else if (ENGLISH.has(w)) en++
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
  const scores = francAll(text.length > FRANC_WINDOW ? text.slice(0, FRANC_WINDOW) : text, {only: ['fra', 'eng'], minLength: 8})
  const best = scores[0]
  const second = scores[1]
  if (!best || best[0] === 'und') return stop > 0 ? 'fr' : stop < 0 ? 'en' : undefined
  // franc's scores run from 1 (best) down: a near tie is settled by the stop words.
  const margin = second ? best[1] - second[1] : 1
  if (margin < 0.02 && stop !== 0) return stop > 0 ? 'fr' : 'en'
  return best[0] === 'fra' ? 'fr' : 'en'
}
