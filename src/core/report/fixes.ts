/**
 * Where each rewrite lands. Decided once, here, so the editor, the CLI and any other front end
 * apply the same edit, and no edit breaks its sentence:
 *
 * - a whole-sentence rewrite (« Nous répondons sous ${1:24} h. ») replaces the claim's sentence,
 *   inside any brackets or quotes that enclose it; where that sentence has no final stop (a
 *   heading, a list item) the rewrite drops its own;
 * - a phrase (« sous ${1:48} h ») replaces the claim's words only when they are a vague deadline
 *   said as an adverbial of time (rule data: `adverbials` in vague-promise.yaml), taking the
 *   capital of its place and never doubling a punctuation mark;
 * - a rewrite that cannot land cleanly (its range would cut through a link or emphasis) is not
 *   offered at all;
 * - in a data or translation file, a rewrite lands only where the original holds the words as
 *   they read (no escape, quote or line break inside the range) and its own text needs no
 *   escaping there, so the file stays valid.
 */
import type {Fix} from '../types.ts'
import type {DataFormat} from '../source/data/index.ts'
import {isSentenceRewrite, snippetText} from './snippet.ts'

/** Rewrites offered per finding, at most. */
export const MAX_FIXES = 3

export interface FixPlace {
  /** The original text of the whole document. */
  text: string
  /** The claim's words. */
  start: number
  end: number
  /** The claim's sentence. */
  sentenceStart: number
  sentenceEnd: number
  /** Markdown or HTML: emphasis, code and tags must stay balanced. */
  markup: boolean
  /** A data or translation file (see `landsInData`). */
  data?: DataFormat | undefined
  /** The claim's words are an adverbial a phrase can replace (« dans les meilleurs délais »). */
  phraseFits: boolean
  /**
   * Where whole-sentence rewrites land, by sentence (`start:end`), for this text: the claims of
   * one sentence share a target, and a long sentence is scanned once.
   */
  targets: Map<string, SentenceTarget | null>
}

/** The fixes for `rewrites` at `place`, in order, keeping the first `MAX_FIXES` that land cleanly. */
export function fixesFor(place: FixPlace, rewrites: readonly string[]): Fix[] {
  const fixes: Fix[] = []
  // Where a whole-sentence rewrite lands is the same for every rewrite: found once, when needed.
  let sentence: SentenceTarget | null | undefined
  for (const rewrite of rewrites) {
    if (fixes.length === MAX_FIXES) break
    let fix: Fix | undefined
    if (isSentenceRewrite(rewrite)) {
      if (sentence === undefined) sentence = sentenceTarget(place)
      if (sentence) {
        const snippet = sentence.stop ? rewrite : rewrite.replace(/\.$/, '')
        fix = {start: sentence.start, end: sentence.end, text: snippetText(snippet), snippet}
      }
    } else if (place.phraseFits) fix = phraseFix(place, rewrite)
    if (fix && place.data && !landsInData(place.data, place.text, fix)) fix = undefined
    if (fix && !fixes.some((f) => f.snippet === fix.snippet)) fixes.push(fix)
  }
  return fixes
}

/** Characters that would need escaping (or end the string) in each data format, in the range or in the rewrite. */
const DATA_SPECIAL: Record<DataFormat, RegExp> = {
  json: /["\\\n\r]/,
  po: /["\\\n\r]/,
  // A YAML scalar may run over lines (plain, folded, literal): a one-line rewrite still fits.
  yaml: /["'\\#:]/,
  xliff: /[<>&]/
}

/** Inside a YAML flow collection (`[a, b]`, `{k: v}`) these end a plain item too. */
const FLOW_SPECIAL = /[,[\]{}]/

/** The fix can replace its range of `text` in a file of `format` without escaping anything. */
export function landsInData(format: DataFormat, text: string, fix: {start: number; end: number; text: string}): boolean {
  const special = DATA_SPECIAL[format]
  if (special.test(text.slice(fix.start, fix.end)) || special.test(fix.text)) return false
  if (format !== 'yaml' || !FLOW_SPECIAL.test(fix.text)) return true
  // A flow collection opened on the fix's line before it (the usual one-line `[a, b]`).
  const lineStart = text.lastIndexOf('\n', fix.start - 1) + 1
  return !/[[{]/.test(text.slice(lineStart, fix.start))
}

/** `fix` moved `by` characters (its block moved with an edit before it). */
export function moveFix(fix: Fix, by: number): Fix {
  return {start: fix.start + by, end: fix.end + by, text: fix.text, snippet: fix.snippet}
}

const SPACE = /[\s\u00a0\u202f]/
const PAIRS: Record<string, string> = {'(': ')', '[': ']', '«': '»', '“': '”', '"': '"'}
/** Punctuation that ends a sentence, possibly followed by closing quotes or brackets. */
const FINAL_STOP = /[.!?…][\s\u00a0\u202f»”"')\]]*$/

export interface SentenceTarget {
  start: number
  end: number
  /** The sentence ends with a stop (a heading or a list item may not: the rewrite then drops its own). */
  stop: boolean
}

/** A whole-sentence rewrite replaces at most a sentence this long: past it, the "sentence" is a run-on unit. */
const MAX_SENTENCE = 2000

/** The range a whole-sentence rewrite replaces, or null when it would cut through markup. */
function sentenceTarget(place: FixPlace): SentenceTarget | null {
  const {sentenceStart, sentenceEnd, targets} = place
  if (sentenceEnd - sentenceStart > MAX_SENTENCE) return null
  const key = `${sentenceStart}:${sentenceEnd}`
  let target = targets.get(key)
  if (target === undefined) targets.set(key, (target = findSentenceTarget(place)))
  return target
}

function findSentenceTarget(place: FixPlace): SentenceTarget | null {
  const {text} = place
  let [start, end] = trim(text, place.sentenceStart, place.sentenceEnd)
  // « (Le client est roi.) » keeps its brackets: the rewrite goes inside them.
  for (;;) {
    const close = PAIRS[text[start] ?? '']
    if (close === undefined || end - start < 2 || text[end - 1] !== close || !balanced(text.slice(start + 1, end - 1), place.markup)) break
    ;[start, end] = trim(text, start + 1, end - 1)
  }
  if (start >= end || !balanced(text.slice(start, end), place.markup)) return null
  return {start, end, stop: FINAL_STOP.test(text.slice(Math.max(start, end - 8), end))}
}

function phraseFix(place: FixPlace, rewrite: string): Fix | undefined {
  const {text, start} = place
  let end = place.end
  if (!balanced(text.slice(start, end), place.markup)) return undefined
  let snippet = rewrite.trimEnd()
  // The capital of its place: first in its sentence, it starts with one; elsewhere, as written.
  const before = text.slice(place.sentenceStart, start)
  if (/^[\s\u00a0\u202f«“"'(\[*_-]*$/.test(before)) snippet = capitalise(snippet)
  // One punctuation mark: a phrase that ends with one does not double the one that follows.
  const last = snippetText(snippet).slice(-1)
  const next = text[end] ?? ''
  if (/[.,;:!?…]/.test(last) && /[.,;:!?…]/.test(next)) {
    if (last === next) end += 1
    else snippet = snippet.slice(0, -1).trimEnd()
  }
  return {start, end, text: snippetText(snippet), snippet}
}

function trim(text: string, start: number, end: number): [number, number] {
  while (start < end && SPACE.test(text[start]!)) start++
  while (end > start && SPACE.test(text[end - 1]!)) end--
  return [start, end]
}

/** The first letter of a snippet in capital (skipping a placeholder's opening `${1:`). */
function capitalise(snippet: string): string {
  const m = /^((?:\$\{\d+:)*)(\p{Ll})/u.exec(snippet)
  return m ? m[1] + m[2]!.toUpperCase() + snippet.slice(m[0].length) : snippet
}

/** Brackets (and, in markup, emphasis, code spans and tags) open and close within `slice`. */
function balanced(slice: string, markup: boolean): boolean {
  const stack: string[] = []
  let straight = 0
  for (const char of slice) {
    if (char === '"') straight++
    else if (PAIRS[char] !== undefined) stack.push(PAIRS[char]!)
    else if (char === ')' || char === ']' || char === '»' || char === '”') {
      if (stack.pop() !== char) return false
    }
  }
  if (stack.length > 0 || straight % 2 !== 0) return false
  if (!markup) return true
  const count = (re: RegExp) => (slice.match(re) ?? []).length
  return count(/\*/g) % 2 === 0 && count(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu) % 2 === 0 && count(/`/g) % 2 === 0 && count(/</g) === count(/>/g)
}
