/**
 * Sentences and words of a prose unit. retext's parsers are the tokenizers of record:
 * parse-latin (what retext-latin uses) with our French layer for French, parse-english (what
 * retext-english uses) for English.
 */
import type {ParseLatin} from 'parse-latin'
import type {Paragraph, Sentence as NlcstSentence} from 'nlcst'
import type {Lang} from '../types.ts'
import {endsWithAbbreviation, joinNumbers, leadingClosingMarks, numberSentenceEnds, splitElision, type Span} from './french.ts'
import {fastParser} from './tokenizer.ts'
import {PieceScanner} from './pieces.ts'
import type {Sentence} from './types.ts'

const parsers: Record<Lang, ParseLatin> = {fr: fastParser('fr'), en: fastParser('en')}
/** For text without line breaks (prose units never hold any): a little less work, same trees. */
const singleLineParsers: Record<Lang, ParseLatin> = {fr: fastParser('fr', true), en: fastParser('en', true)}
const lineBreak = /[\r\n]/

export interface Analysis {
  sentences: Sentence[]
  words: Span[]
}

/** Sentences of `text` (offsets into `text`, without leading or trailing white space). */
export function segment(text: string, lang: Lang): Sentence[] {
  return analyse(text, lang, false).sentences
}

/** Word spans of `text` (elisions split off in French, numbers like `99,9` kept whole). */
export function words(text: string, lang: Lang): Span[] {
  return analyse(text, lang, true).words
}

/**
 * parse-latin is superlinear on very long paragraphs: what goes to it is cut into chunks of about
 * this length at seams no sentence crosses (see pieces.ts), and the French layer runs over all.
 */
const CHUNK = 2000

const scanners: Record<Lang, PieceScanner> = {fr: new PieceScanner(singleLineParsers.fr), en: new PieceScanner(singleLineParsers.en)}

/**
 * Sentences and words in one parse. Sentences alone (`withWords` false) skip the parser on
 * every piece of the text that can only be one sentence (see pieces.ts): the same sentences as
 * `analyseWithParser`, for a fraction of the work.
 */
export function analyse(text: string, lang: Lang, withWords = true): Analysis {
  if (withWords || text.length === 0) return analyseWithParser(text, lang, withWords)
  const scanner = scanners[lang]
  const {ends, simple} = scanner.scan(text)
  const raw: Span[] = []
  let from = 0
  // Pieces still to parse, as one chunk: text[pending, from).
  let pending = -1
  for (let index = 0; index < ends.length; index++) {
    const to = ends[index]!
    if (simple[index]) {
      if (pending >= 0 && !parseChunk(text, pending, from, lang, false, raw, [])) return {sentences: fallbackSentence(text), words: []}
      pending = -1
      let start = from
      let end = to
      while (scanner.isWhite(text.charCodeAt(start))) start++
      while (scanner.isWhite(text.charCodeAt(end - 1))) end--
      raw.push({start, end})
    } else if (pending < 0) {
      pending = from
    } else if (from - pending >= CHUNK) {
      if (!parseChunk(text, pending, from, lang, false, raw, [])) return {sentences: fallbackSentence(text), words: []}
      pending = from
    }
    from = to
  }
  if (pending >= 0 && !parseChunk(text, pending, from, lang, false, raw, [])) return {sentences: fallbackSentence(text), words: []}
  return {sentences: fixSentences(text, raw, lang), words: []}
}

/** `analyse` with every piece of the text parsed: the reference the fast path is tested against. */
export function analyseWithParser(text: string, lang: Lang, withWords = true): Analysis {
  if (text.length === 0) return {sentences: [], words: []}
  const raw: Span[] = []
  const wordSpans: Span[] = []
  let from = 0
  for (const to of [...chunkEnds(text, lang), text.length]) {
    if (!parseChunk(text, from, to, lang, withWords, raw, wordSpans)) return {sentences: fallbackSentence(text), words: []}
    from = to
  }
  const sentences = fixSentences(text, raw, lang)
  if (!withWords) return {sentences, words: []}
  // A dot that ends a sentence is not part of the word before it (`sous 24 h.`).
  const ends = new Set(sentences.map((s) => s.end))
  for (const w of wordSpans) {
    if (w.end - w.start > 1 && text.charCodeAt(w.end - 1) === 46 && ends.has(w.end)) w.end--
  }
  return {sentences, words: joinNumbers(text, wordSpans, lang)}
}

function parseChunk(text: string, from: number, to: number, lang: Lang, withWords: boolean, raw: Span[], wordSpans: Span[]): boolean {
  let tree: Paragraph
  try {
    const chunk = from === 0 && to === text.length ? text : text.slice(from, to)
    tree = (lineBreak.test(chunk) ? parsers : singleLineParsers)[lang].tokenizeParagraph(chunk)
  } catch {
    return false
  }
  for (const child of tree.children) {
    if (child.type !== 'SentenceNode') continue
    const start = child.position?.start.offset
    const end = child.position?.end.offset
    if (start === undefined || end === undefined) continue
    raw.push({start: start + from, end: end + from})
    if (withWords) collectWords(child, text, from, lang, wordSpans)
  }
  return true
}

/** Ends of the chunks a long text is parsed in: seams at least `CHUNK` apart, none in the last `CHUNK`. */
function chunkEnds(text: string, lang: Lang): number[] {
  const cuts: number[] = []
  if (text.length <= CHUNK * 2) return cuts
  let last = 0
  for (const cut of scanners[lang].scan(text).ends) {
    if (text.length - cut < CHUNK) break
    if (cut - last < CHUNK) continue
    cuts.push(cut)
    last = cut
  }
  return cuts
}

function collectWords(sentence: NlcstSentence, text: string, shift: number, lang: Lang, into: Span[]): void {
  for (const node of sentence.children) {
    if (node.type !== 'WordNode') continue
    const nodeStart = node.position?.start.offset
    const nodeEnd = node.position?.end.offset
    if (nodeStart === undefined || nodeEnd === undefined) continue
    const start = nodeStart + shift
    const end = nodeEnd + shift
    if (lang === 'fr') splitElision(text, {start, end}, into)
    else into.push({start, end})
  }
}

/** Applies the boundary fixes, then trims white space off each sentence. */
function fixSentences(text: string, raw: Span[], lang: Lang): Sentence[] {
  // 1. Cut where a number ends a sentence (`sous 24 h. Le…`).
  const cut: Span[] = []
  for (const s of raw) {
    let from = s.start
    for (const at of numberSentenceEnds(text, s.start, s.end)) {
      cut.push({start: from, end: at})
      from = at
    }
    cut.push({start: from, end: s.end})
  }
  // 2. Merge after abbreviations; move leading closing guillemets back.
  const merged: Span[] = []
  for (const s of cut) {
    const prev = merged[merged.length - 1]
    if (prev) {
      const prevEnd = trimEnd(text, prev.start, prev.end)
      const marks = leadingClosingMarks(text, s.start, s.end)
      if (marks > 0) {
        prev.end = s.start + marks
        s.start += marks
        if (!/\S/.test(text.slice(s.start, s.end))) {
          prev.end = s.end
          continue
        }
      } else if (endsWithAbbreviation(text, prev.start, prevEnd, lang)) {
        prev.end = s.end
        continue
      }
    }
    merged.push({start: s.start, end: s.end})
  }
  const out: Sentence[] = []
  for (const s of merged) {
    const start = trimStart(text, s.start, s.end)
    const end = trimEnd(text, start, s.end)
    if (end > start) out.push({start, end})
  }
  return out
}

function fallbackSentence(text: string): Sentence[] {
  const start = trimStart(text, 0, text.length)
  const end = trimEnd(text, start, text.length)
  return end > start ? [{start, end}] : []
}

function isWhite(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x202f || code === 0x2009 || code === 0x2007 || code === 0x3000
}

function trimStart(text: string, start: number, end: number): number {
  while (start < end && isWhite(text.charCodeAt(start))) start++
  return start
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && isWhite(text.charCodeAt(end - 1))) end--
  return end
}
