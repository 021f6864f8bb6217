/**
 * French or English, per prose unit, from two kinds of evidence:
 *
 * - stop words and accents (`countEvidence`): frequent function words of one language that are
 *   rare in the other, names of days and months, and letters only French uses (capped, so a name
 *   like Zoë or Montréal does not outweigh English grammar). Their balance decides every unit
 *   under six words that leans one way, and every unit where it leans by three or more;
 * - franc-min's trigram verdict between the two languages (franc-fr-en.ts, franc's answer without
 *   its general machinery), for the rest: units of six words or more with a weak lean, and units
 *   of three words or more with no stop word nor accent at all.
 *
 * franc is only trusted where it proved reliable. On short, telegraphic text between these two
 * languages it leans French: over ~26 000 labelled units (scripts/lang-accuracy.ts), every time
 * its French verdict contradicted English stop words it was wrong, and its French verdicts on
 * units with no stop word were wrong three times out of four ("Passwords expire after 90 days."),
 * while its English verdicts were right nine times out of ten. So:
 *
 * - English stop words are never overruled (franc is not even asked);
 * - a weak French lean is overruled when franc reads English, unless the two are in a near tie:
 *   French names or a quoted slogan in English ("Noémie and Jérôme run the Québec City branch.");
 * - with no stop word nor accent, franc's English verdict stands, and a French one gives
 *   `undefined`: the unit then takes the language of the unit before it, in the document's
 *   order (analyze-block.ts, resolve/scope.ts), the better guess for "Customers come first, always."
 *   The answer stays a function of the unit's own text, so blocks stay cacheable.
 */
import {francFrEn} from './franc-fr-en.ts'
import type {Lang} from '../types.ts'

/**
 * Frequent function words of one language that are rare in the other, and the names of days and
 * months, which opening hours, dates and meeting notes are full of (« Lundi–vendredi, 9 h–18 h »).
 */
const FRENCH = new Set([
  'le', 'la', 'les', 'l', 'un', 'une', 'des', 'du', 'de', 'd', 'au', 'aux', 'et', 'est', 'sont', 'nous',
  'vous', 'notre', 'nos', 'votre', 'vos', 'leur', 'leurs', 'pour', 'avec', 'dans', 'sur', 'par', 'qui',
  'que', 'qu', 'ce', 'cette', 'ces', 'se', 's', 'ne', 'n', 'pas', 'plus', 'mais', 'ou', 'où', 'il',
  'elle', 'ils', 'elles', 'sa', 'ses', 'son', 'mes', 'très', 'être', 'été', 'avons', 'avez', 'chaque',
  'tout', 'tous', 'toute', 'toutes', 'sous', 'chez', 'entre', 'sans', 'aussi', 'c', 'j', 'y', 'en', 'je',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'février', 'fevrier',
  'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'aout', 'septembre', 'octobre', 'novembre', 'décembre',
  'decembre'
])
const ENGLISH = new Set([
  'the', 'and', 'we', 'our', 'ours', 'you', 'your', 'yours', 'is', 'are', 'was', 'were', 'with', 'for',
  'to', 'of', 'that', 'this', 'these', 'those', 'it', 'its', 'in', 'be', 'been', 'will', 'not', 'have',
  'has', 'they', 'their', 'at', 'by', 'from', 'an', 'or', 'can', 'all', 'every', 'us', 'my', 'do',
  'does', 'what', 'which', 'who', 'when', 'there', 'if', 'within', 'than', 'would', 'should', 'about',
  'into', 'any', 'i', 'he', 'she', 'them', 'just', 'also', 'how', 'why', 'get', 'here',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february',
  'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'
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

/**
 * A word of Latin-1 units as exact numbers, a byte per unit: its first `HEAD` units (48 bits), and
 * the units after them (`TAIL`, for the longer names of days and months).
 */
const HEAD = 6
const wordKey = (word: string, from: number, to: number): number => {
  let key = 0
  for (let i = from; i < Math.min(to, word.length); i++) key = key * 256 + word.charCodeAt(i)
  return key
}

/** Stop words by key: 1 French, 2 English (French first when a word is both, as before). */
const stopWords = new Map<number, 1 | 2>()
/** Longer stop words, by head key then tail key. */
const longStopWords = new Map<number, Map<number, 1 | 2>>()
for (const [list, lang] of [[ENGLISH, 2], [FRENCH, 1]] as const) {
  for (const w of list) {
    if (w.length <= HEAD) stopWords.set(wordKey(w, 0, HEAD), lang)
    else {
      const head = wordKey(w, 0, HEAD)
      const tails = longStopWords.get(head) ?? new Map<number, 1 | 2>()
      tails.set(wordKey(w, HEAD, Infinity), lang)
      longStopWords.set(head, tails)
    }
  }
}
if (LONGEST_STOPWORD > 2 * HEAD) throw new Error('a stop word longer than its two keys')

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
  /** Units of the current word (0: between words), and its keys (`key` -1: no stop word). */
  let length = 0
  let key = 0
  let tail = 0
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
        const stop = key <= 0 ? undefined : length <= HEAD ? stopWords.get(key) : longStopWords.get(key)?.get(tail)
        if (stop === 1) fr++
        else if (stop === 2) en++
        length = 0
        key = 0
        tail = 0
      }
      continue
    }
    if (key >= 0) {
      if (kind < LOWER || kind === SURROGATE || length >= LONGEST_STOPWORD) key = -1
      else if (length < HEAD) key = key * 256 + (kind - LOWER)
      else tail = tail * 256 + (kind - LOWER)
    }
    length++
    // A pair is one letter: skip its low half.
    if (kind === SURROGATE) i++
  }
  return {words, fr, en, accents}
}

/** Which evidence settled a unit's language: none (too little), the stop words, or franc. */
export type LanguageStep = 'none' | 'stop words' | 'franc'

export interface LanguageVerdict {
  lang: Lang | undefined
  step: LanguageStep
}

/** Below this score difference franc's verdict is a near tie, and weighs nothing. */
const NEAR_TIE = 0.02

const NONE: LanguageVerdict = {lang: undefined, step: 'none'}
const FR_BY_STOP_WORDS: LanguageVerdict = {lang: 'fr', step: 'stop words'}
const EN_BY_STOP_WORDS: LanguageVerdict = {lang: 'en', step: 'stop words'}
const EN_BY_FRANC: LanguageVerdict = {lang: 'en', step: 'franc'}

/** `fr`, `en`, or `undefined` when the text gives no evidence (`OK`, numbers, code) or too little. */
export function detectLanguage(text: string): Lang | undefined {
  return explainLanguage(text).lang
}

/** `detectLanguage`'s answer and the evidence that settled it (for the measurements). */
export function explainLanguage(text: string): LanguageVerdict {
  const sample = text.length > STOPWORD_WINDOW ? text.slice(0, STOPWORD_WINDOW) : text
  const evidence = countEvidence(sample)
  const {words, en, accents} = evidence
  if (words === 0) return NONE
  // Each accented letter is good evidence, but a name (Zoë, café) should not outweigh grammar.
  const stop = evidence.fr + Math.min(accents, 1 + words / 4) * 0.75 - en

  if (stop !== 0 && (words < 6 || Math.abs(stop) >= 3)) return stop > 0 ? FR_BY_STOP_WORDS : EN_BY_STOP_WORDS
  if (stop === 0 && words < 3) return NONE
  if (stop < 0) return EN_BY_STOP_WORDS
  const {best, margin} = francFrEn(text.length > FRANC_WINDOW ? text.slice(0, FRANC_WINDOW) : text)
  if (best === 'eng' && (stop === 0 || margin >= NEAR_TIE)) return EN_BY_FRANC
  return stop > 0 ? FR_BY_STOP_WORDS : NONE
}
