/**
 * franc-min's verdict between French and English, worked out directly: the same trigram models,
 * distances and scores as `francAll(text, {only: ['fra', 'eng'], minLength: 8})`, without
 * counting every script with a regular expression, scoring the other languages, or building a
 * string per trigram. A text with letters of another script, or any surrogate, goes to franc
 * itself: only Latin text is read here, where the answer is franc's by construction
 * (test/prose/franc-fr-en.test.ts checks it against franc).
 */
import {francAll} from 'franc-min'
import {data} from 'franc-min/data.js'
import {expressions} from 'franc-min/expressions.js'

export interface FrancVerdict {
  /** franc's best language, `und` when it has none. */
  best: 'fra' | 'eng' | 'und'
  /** Score of the best minus score of the second (1 when there is no second). */
  margin: number
}

const MIN_LENGTH = 8
/** franc's own cut, and the distance of a trigram the model does not hold. */
const MAX_LENGTH = 2048
const MAX_DIFFERENCE = 300

/** Per BMP code unit: 0 not asked yet, 1 Latin, 2 no script franc counts, 3 another script. */
const scriptOf = new Uint8Array(0x10000)
const single = Object.entries(expressions).map(([name, re]) => [name, new RegExp(re.source, re.flags.replace('g', ''))] as const)

function scriptClass(code: number): number {
  let k = scriptOf[code]!
  if (k === 0) {
    const ch = String.fromCharCode(code)
    const found = single.find(([, re]) => re.test(ch))
    k = found === undefined ? 2 : found[0] === 'Latin' ? 1 : 3
    scriptOf[code] = k
  }
  return k
}

/** A trigram of UTF-16 code units as one exact number. */
const key = (a: number, b: number, c: number): number => (a * 0x10000 + b) * 0x10000 + c

let models: {eng: Map<number, number>; fra: Map<number, number>} | undefined

/** A model: trigram → rank, the first rank when a trigram is listed twice (as franc). */
function model(list: string): Map<number, number> {
  const ranks = new Map<number, number>()
  list.split('|').forEach((t, rank) => {
    const k = key(t.charCodeAt(0), t.charCodeAt(1), t.charCodeAt(2))
    if (t.length === 3 && !ranks.has(k)) ranks.set(k, rank)
  })
  return ranks
}

/** Sum over the text's trigrams of how far their count is from their rank in `ranks`. */
function distance(counts: Map<number, number>, ranks: Map<number, number>): number {
  let sum = 0
  for (const [k, count] of counts) {
    const rank = ranks.get(k)
    sum += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1)
  }
  return sum
}

function fromFranc(value: string): FrancVerdict {
  const scores = francAll(value, {only: ['fra', 'eng'], minLength: MIN_LENGTH})
  const best = scores[0]!
  const second = scores[1]
  return {best: best[0] === 'fra' || best[0] === 'eng' ? best[0] : 'und', margin: second ? best[1] - second[1] : 1}
}

/** franc's French-or-English verdict on `text` (of which franc reads the first 2048 units). */
export function francFrEn(text: string): FrancVerdict {
  if (text.length < MIN_LENGTH) return {best: 'und', margin: 1}
  const value = text.length > MAX_LENGTH ? text.slice(0, MAX_LENGTH) : text
  let latin = 0
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i)
    if (code < 0x80) {
      if ((code | 0x20) >= 97 && (code | 0x20) <= 122) latin++
      continue
    }
    if (code >= 0xd800 && code <= 0xdfff) return fromFranc(value)
    const k = scriptClass(code)
    if (k === 3) return fromFranc(value)
    if (k === 1) latin++
  }
  if (latin === 0) return fromFranc(value)

  // trigram-utils' cleaning: ASCII punctuation and digits to spaces, white space collapsed.
  const clean = ' ' + value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase() + ' '
  const counts = new Map<number, number>()
  let a = clean.charCodeAt(0)
  let b = clean.charCodeAt(1)
  for (let i = 2; i < clean.length; i++) {
    const c = clean.charCodeAt(i)
    const k = key(a, b, c)
    counts.set(k, (counts.get(k) ?? 0) + 1)
    a = b
    b = c
  }
  models ??= {eng: model(data['Latin']!['eng']!), fra: model(data['Latin']!['fra']!)}
  const eng = distance(counts, models.eng)
  const fra = distance(counts, models.fra)
  // franc sorts the distances (stably: English is listed first) and scores them against the best.
  const [best, min, other] = eng <= fra ? (['eng', eng, fra] as const) : (['fra', fra, eng] as const)
  const max = value.length * MAX_DIFFERENCE - min
  const first = 1 - (min - min) / max || 0
  const second = 1 - (other - min) / max || 0
  return {best, margin: first - second}
}
