/**
 * Commitments that are easier to see in characters than in words: numbers with units, clock
 * times, day ranges, phone numbers, e-mail and street addresses. Built once per language from
 * the rule data; every expression is linear (no nested quantifiers over the same characters).
 * Runs on FOLDED text (lowercase, no accents, NBSP as space).
 */
import type {CommitmentData} from '../rules/types.ts'

export interface RegexCommitment {
  kind: string
  start: number
  end: number
}

/** What a sentence holds, as bits: an expression needing something absent is not run. */
export const HAS_DIGIT = 1
export const HAS_DAY = 2
export const HAS_NUMBER_WORD = 4
export const HAS_CURRENCY = 8
export const HAS_STREET = 16
export const HAS_ALL = HAS_DIGIT | HAS_DAY | HAS_NUMBER_WORD | HAS_CURRENCY | HAS_STREET

/**
 * When an expression may find something: every bit of `all` present, and — when `anyBits` or
 * `anyChars` is set — one bit of `anyBits` present or one character of `anyChars` in the text.
 */
export interface Gate {
  all: number
  anyBits: number
  anyChars: string
}

/** Keys of a word list (see `keysOf`) by the bit they set. */
export interface WordKeys {
  bit: number
  keys: string[]
}

export interface CommitmentRegex {
  kind: string
  re: RegExp
  gate: Gate
}

export interface CommitmentRegexes {
  list: CommitmentRegex[]
  /** The expressions whose bit conditions hold, for each combination of `HAS_*` bits (filled on use). */
  byBits: Array<CommitmentRegex[] | undefined>
  notBefore: RegExp
  notAfter: RegExp
  puffery: RegExp
  /** Word lists a word may hold a key of (see `wordHas`), with the bit each sets. */
  wordKeys: WordKeys[]
}

/**
 * What every match of an alternation of `words` holds: for words starting with a–z, their leading
 * a–z letters (`letters`, keeping only keys that start with no other key); for the others, their first
 * character (`chars`). Undefined when a word gives no such certainty (a leading space).
 */
function keysOf(words: string[]): {letters: string[]; chars: string} | undefined {
  if (words.length === 0) return undefined
  const letters: string[] = []
  let chars = ''
  for (const w of words) {
    const m = /^[a-z]+/.exec(w)
    if (m) letters.push(m[0])
    else if (w === '' || /\s/.test(w[0]!)) return undefined
    else if (!chars.includes(w[0]!)) chars += w[0]!
  }
  const unique = [...new Set(letters)]
  // A key starting with another key adds nothing: the shorter one is found at the same place.
  return {letters: unique.filter((k) => !unique.some((other) => other !== k && k.startsWith(other))), chars}
}

/**
 * True when folded word `w` holds one of `keys` at its start or after a character other than a–z:
 * the only places a word of the list can start when no letter a–z may precede it in a match.
 */
export function wordHas(w: string, keys: readonly string[]): boolean {
  for (const key of keys) {
    let at = w.indexOf(key)
    while (at !== -1) {
      const before = at === 0 ? 0 : w.charCodeAt(at - 1)
      if (before < 97 || before > 122) return true
      at = w.indexOf(key, at + 1)
    }
  }
  return false
}

/**
 * The `HAS_*` bits a folded word brings. A sentence holds the OR of its words' bits — with one
 * exception: English `don't` is split `do` + `n't`, so for a `n't` token the previous word plus
 * `n` counts too.
 */
export function wordBits(w: string, rx: CommitmentRegexes): number {
  let has = 0
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i)
    if (c >= 48 && c <= 57) {
      has |= HAS_DIGIT
      break
    }
  }
  for (const {bit, keys} of rx.wordKeys) if ((has & bit) === 0 && wordHas(w, keys)) has |= bit
  return has
}

const ALWAYS: Gate = {all: 0, anyBits: 0, anyChars: ''}

function alt(words: string[]): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s?'))
    .join('|')
}

export function buildCommitmentRegexes(data: CommitmentData): CommitmentRegexes {
  const num = `(?:\\d+(?:[.,]\\d+)?|(?<![a-z])(?:${alt(data.numberWords)}))`
  const end = '(?![a-z0-9])'
  const list: CommitmentRegexes['list'] = []
  const wordKeys: WordKeys[] = []
  /** A gate on a word list whose every word, in a match, has no letter a–z just before it. */
  const onWords = (words: string[], bit: number, all = 0): Gate => {
    const keys = keysOf(words)
    if (!keys) return {all, anyBits: 0, anyChars: ''}
    if (keys.letters.length > 0) wordKeys.push({bit, keys: keys.letters})
    return {all, anyBits: keys.letters.length > 0 ? bit : 0, anyChars: keys.chars}
  }
  const digit: Gate = {all: HAS_DIGIT, anyBits: 0, anyChars: ''}
  const digitAnd = (chars: string): Gate => ({all: HAS_DIGIT, anyBits: 0, anyChars: chars})
  const duration = alt(data.units['duration'] ?? [])
  const currency = alt(data.units['currency'] ?? [])
  const days = alt(data.days)
  const range = alt(data.rangeWords)
  const numberRange = alt(['-', '\u2013', '\u2014', '/', ...data.numberRangeWords])
  const dayLetter = data.dayLetters.length > 0 ? `(?:${alt(data.dayLetters)})?` : ''
  const streetSuffix = data.streetNumberSuffixes.length > 0 ? `(?:\\s?(?:${alt(data.streetNumberSuffixes)}))?` : ''
  // 24h/24, 7j/7, 24/7, 7/7, 365j/365
  list.push({kind: 'hours', gate: digitAnd('/'), re: new RegExp(`(?<![\\d])(?:24\\s?h?\\s?\\/\\s?24|7\\s?${dayLetter}\\s?\\/\\s?7|24\\s?\\/\\s?7|365\\s?${dayLetter}\\s?\\/\\s?365)(?![\\d])`, 'g')})
  // clock times: 8 h 30, 8h, 20h00, 8:00 am, 8 am
  list.push({kind: 'hours', gate: digit, re: /(?<![\d,.])(?:[01]?\d|2[0-3])\s?(?:h\s?[0-5]\d|:[0-5]\d(?:\s?[ap]\.?m\.?)?|\.[0-5]\d\s?[ap]\.?m\.?(?![a-z])|\s?[ap]\.?m\.?(?![a-z]))/g})
  list.push({kind: 'hours', gate: onWords(data.days, HAS_DAY), re: new RegExp(`(?<![a-z])(?:${days})\\s?(?:${range})\\s?(?:${days})${end}`, 'g')})
  if (duration) {
    // A number is digits or a number word.
    const numberGate = onWords(data.numberWords, HAS_NUMBER_WORD)
    const gate = numberGate.anyBits === 0 && numberGate.anyChars === '' ? ALWAYS : {...numberGate, anyBits: numberGate.anyBits | HAS_DIGIT}
    list.push({kind: 'deadline', gate, re: new RegExp(`(?<![a-z\\d.,])${num}(?:\\s?(?:${numberRange})\\s?${num})?\\s?-?\\s?(?:${duration})${end}`, 'g')})
  }
  list.push({kind: 'measure', gate: digitAnd('%'), re: /(?<![\d.,])\d+(?:[.,]\d+)?\s?%/g})
  list.push({kind: 'measure', gate: digitAnd('/'), re: /(?<![\d.,/])\d+(?:[.,]\d)?\s?\/\s?(?:5|10|20|100)(?![\d/])/g})
  if (currency) {
    list.push({kind: 'price', gate: onWords(data.units['currency'] ?? [], HAS_CURRENCY, HAS_DIGIT), re: new RegExp(`(?<![\\d.,])\\d+(?:[ .,]\\d{3})*(?:[.,]\\d{1,2})?\\s?(?:${currency})${end}`, 'g')})
    list.push({kind: 'price', gate: digitAnd('$£€'), re: /[$£€]\s?\d+(?:[.,]\d{1,2}(?!\d))?/g})
  }
  // phone numbers: 01 23 45 67 89, +33 1 23 45 67 89, 1-800-995-8212, (555) 123-4567
  list.push({kind: 'channel', gate: digit, re: /(?<![\d])(?:\+\d{1,3}[\s.]?)?\(?0?\d{1,3}\)?(?:[\s.-]\d{2,4}){2,4}(?![\d])/g})
  list.push({kind: 'channel', gate: {all: 0, anyBits: 0, anyChars: '@'}, re: /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,}/g})
  const streets = alt(data.units['street'] ?? [])
  if (streets) list.push({kind: 'channel', gate: onWords(data.units['street'] ?? [], HAS_STREET, HAS_DIGIT), re: new RegExp(`(?<![\\d])\\d{1,4}${streetSuffix},?\\s(?:${streets})${end}`, 'g')})
  return {
    list,
    notBefore: new RegExp(`(?:^|[^a-z])(?:${alt(data.notBefore)})\\s*$`),
    notAfter: new RegExp(`^\\s*(?:${alt(data.notAfter)})${end}`),
    puffery: new RegExp(`^\\s*(?:${alt(data.pufferyAfterPercent)})`),
    wordKeys,
    byBits: []
  }
}

/** Whether the bits alone let an expression behind `gate` run (its characters are checked apart). */
function bitsOpen(gate: Gate, has: number): boolean {
  if ((gate.all & has) !== gate.all) return false
  return gate.anyChars !== '' || gate.anyBits === 0 || (gate.anyBits & has) !== 0
}

/** Whether an expression behind `gate`, its bits open, may find something in `text`. */
function charsOpen(gate: Gate, has: number, text: string): boolean {
  if (gate.anyChars === '' || (gate.anyBits & has) !== 0) return true
  for (let i = 0; i < gate.anyChars.length; i++) if (text.includes(gate.anyChars[i]!)) return true
  return false
}

/**
 * Commitments in folded text. `present`: the `HAS_*` bits of what the text holds, when the caller
 * already knows (from its words); by default digits are looked for and the rest assumed present.
 */
export function findRegexCommitments(text: string, rx: CommitmentRegexes, present?: number): RegexCommitment[] {
  const out: RegexCommitment[] = []
  const has = present ?? (/\d/.test(text) ? HAS_ALL : HAS_ALL & ~HAS_DIGIT)
  const bits = has & HAS_ALL
  const list = (rx.byBits[bits] ??= rx.list.filter((e) => bitsOpen(e.gate, bits)))
  for (const {kind, re, gate} of list) {
    if (!charsOpen(gate, has, text)) continue
    re.lastIndex = 0
    let m: RegExpExecArray | null
    while ((m = re.exec(text))) {
      const start = m.index
      const end = start + m[0].length
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      if (kind === 'deadline') {
        const before = text.slice(Math.max(0, start - 16), start)
        const after = text.slice(end, end + 24)
        if (rx.notBefore.test(before) || rx.notAfter.test(after)) continue
      }
      if (kind === 'measure' && m[0].includes('%') && rx.puffery.test(text.slice(end, end + 24))) continue
      if (kind === 'channel' && !m[0].includes('@') && !/[a-z]/.test(m[0]) && m[0].replace(/\D/g, '').length < 8) continue
      out.push({kind, start, end})
    }
  }
  return out
}
