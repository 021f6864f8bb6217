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
export const HAS_ALL = HAS_DIGIT | HAS_DAY | HAS_NUMBER_WORD

export interface CommitmentRegexes {
  /** `needs`: bits of which at least one must be present for the expression to find anything. */
  list: Array<{kind: string; re: RegExp; needs?: number | '@'}>
  notBefore: RegExp
  notAfter: RegExp
  puffery: RegExp
  /**
   * Letters every day name (`dayKeys`) or number word (`numberKeys`) starts with: a sentence holds
   * one only if some word holds a key where no letter a–z precedes it (see `wordHas`).
   * Undefined when the words do not allow such a test.
   */
  dayKeys?: string[]
  numberKeys?: string[]
}

/** The leading a–z letters of each word, keeping only keys that hold no other key; undefined if a word has none. */
function keysOf(words: string[]): string[] | undefined {
  if (words.length === 0) return undefined
  const keys: string[] = []
  for (const w of words) {
    const m = /^[a-z]+/.exec(w)
    if (!m) return undefined
    keys.push(m[0])
  }
  return [...new Set(keys)].filter((k) => !keys.some((other) => other !== k && k.includes(other)))
}

/**
 * True when folded word `w` holds one of `keys` at its start or after a character other than a–z:
 * the only places an expression guarded by `(?<![a-z])` can start inside a word.
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
  const dayKeys = keysOf(data.days)
  const numberKeys = keysOf(data.numberWords)
  const duration = alt(data.units['duration'] ?? [])
  const currency = alt(data.units['currency'] ?? [])
  const days = alt(data.days)
  const range = alt(data.rangeWords)
  // 24h/24, 7j/7, 24/7, 7/7, 365j/365
  list.push({kind: 'hours', needs: HAS_DIGIT, re: /(?<![\d])(?:24\s?h?\s?\/\s?24|7\s?j?\s?\/\s?7|24\s?\/\s?7|365\s?j?\s?\/\s?365)(?![\d])/g})
  // clock times: 8 h 30, 8h, 20h00, 8:00 am, 8 am
  list.push({kind: 'hours', needs: HAS_DIGIT, re: /(?<![\d,.])(?:[01]?\d|2[0-3])\s?(?:h\s?[0-5]\d|:[0-5]\d(?:\s?[ap]\.?m\.?)?|\s?[ap]\.?m\.?(?![a-z]))/g})
  list.push({kind: 'hours', needs: dayKeys ? HAS_DAY : undefined, re: new RegExp(`(?<![a-z])(?:${days})\\s?(?:${range})\\s?(?:${days})${end}`, 'g')})
  if (duration) list.push({kind: 'deadline', needs: numberKeys ? HAS_DIGIT | HAS_NUMBER_WORD : undefined, re: new RegExp(`(?<![a-z\\d.,])${num}(?:\\s?(?:-|a|à|to|ou|or|\\/)\\s?${num})?\\s?-?\\s?(?:${duration})${end}`, 'g')})
  list.push({kind: 'measure', needs: HAS_DIGIT, re: /(?<![\d.,])\d+(?:[.,]\d+)?\s?%/g})
  list.push({kind: 'measure', needs: HAS_DIGIT, re: /(?<![\d.,/])\d+(?:[.,]\d)?\s?\/\s?(?:5|10|20|100)(?![\d/])/g})
  if (currency) {
    list.push({kind: 'price', needs: HAS_DIGIT, re: new RegExp(`(?<![\\d.,])\\d+(?:[ .,]\\d{3})*(?:[.,]\\d{1,2})?\\s?(?:${currency})${end}`, 'g')})
    list.push({kind: 'price', needs: HAS_DIGIT, re: /[$£€]\s?\d+/g})
  }
  // phone numbers: 01 23 45 67 89, +33 1 23 45 67 89, 1-800-995-8212, (555) 123-4567
  list.push({kind: 'channel', needs: HAS_DIGIT, re: /(?<![\d])(?:\+\d{1,3}[\s.]?)?\(?0?\d{1,3}\)?(?:[\s.-]\d{2,4}){2,4}(?![\d])/g})
  list.push({kind: 'channel', needs: '@', re: /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,4}\.[a-z]{2,}/g})
  const streets = alt(data.units['street'] ?? [])
  if (streets) list.push({kind: 'channel', needs: HAS_DIGIT, re: new RegExp(`(?<![\\d])\\d{1,4}(?:\\s?(?:bis|ter))?,?\\s(?:${streets})${end}`, 'g')})
  return {
    list,
    notBefore: new RegExp(`(?:^|[^a-z])(?:${alt(data.notBefore)})\\s*$`),
    notAfter: new RegExp(`^\\s*(?:${alt(data.notAfter)})${end}`),
    puffery: new RegExp(`^\\s*(?:${alt(data.pufferyAfterPercent)})`),
    dayKeys,
    numberKeys
  }
}

/**
 * Commitments in folded text. `present`: the `HAS_*` bits of what the text holds, when the caller
 * already knows (from its words); by default digits are looked for and the rest assumed present.
 */
export function findRegexCommitments(text: string, rx: CommitmentRegexes, present?: number): RegexCommitment[] {
  const out: RegexCommitment[] = []
  const has = present ?? (/\d/.test(text) ? HAS_ALL : HAS_ALL & ~HAS_DIGIT)
  let hasAt: boolean | undefined
  for (const {kind, re, needs} of rx.list) {
    if (needs === '@') {
      hasAt ??= text.includes('@')
      if (!hasAt) continue
    } else if (needs !== undefined && (needs & has) === 0) continue
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
