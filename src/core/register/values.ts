/**
 * Normalised values of commitments, read from their folded words with the language's register
 * data: « 48 h » → 48 hours, « 2 à 3 jours ouvrés » → 48–72 business hours, « du lundi au
 * vendredi de 9 h à 18 h » → days 1–5 and 540–1080 minutes, « 4,90 € » → 4.9 EUR, « 98 % » → 98.
 */
import type {CommitmentValue} from '../types.ts'
import type {RegisterData} from '../rules/types.ts'
import {fold} from '../text/fold.ts'

/** The register data of a language with what is derived from it once. */
export interface ValueReader {
  data: RegisterData
  number: RegExp
  units: string[]
  /** `phraseHours`, folded, longest first. */
  phrases: Array<{words: string; hours: number; business: boolean}>
  /** `dayWords`, folded, longest first. */
  dayWords: Array<[string, number[]]>
}

export function valueReader(data: RegisterData): ValueReader {
  const words = Object.keys(data.numberValues).sort((a, b) => b.length - a.length).map(escape)
  return {
    data,
    number: new RegExp(`(\\d+(?:[.,]\\d+)?|(?<![a-z])(?:${words.join('|')})(?![a-z]))`, 'g'),
    units: Object.keys(data.unitHours).sort((a, b) => b.length - a.length),
    phrases: data.phraseHours.map((p) => ({...p, words: foldWords(p.words)})).sort((a, b) => b.words.length - a.words.length),
    dayWords: Object.entries(data.dayWords).map(([w, days]): [string, number[]] => [foldWords(w), days]).sort((a, b) => b[0].length - a[0].length)
  }
}

function foldWords(s: string): string {
  return fold(s).text
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

function numberOf(word: string, reader: ValueReader): number | undefined {
  if (/^\d/.test(word)) return Number(word.replace(',', '.'))
  return reader.data.numberValues[word]
}

/** A delay: « 48 h », « 2 à 3 jours ouvrés », "within one business day". `after`: the folded words following it. */
export function delayValue(words: string, after: string, reader: ValueReader): CommitmentValue | undefined {
  const numbers: number[] = []
  let unitAt = -1
  reader.number.lastIndex = 0
  for (let m = reader.number.exec(words); m; m = reader.number.exec(words)) {
    const n = numberOf(m[1]!, reader)
    if (n === undefined) continue
    numbers.push(n)
    unitAt = m.index + m[0].length
    if (numbers.length === 2) break
  }
  if (numbers.length === 0) {
    // « dans l'heure », "by the end of the next working day": the longest phrase said.
    // "Next-working-day": hyphens join the phrase's words.
    const spaced = words.replace(/-/g, ' ')
    const phrase = reader.phrases.find((p) => spaced.includes(p.words))
    return phrase && {hours: [phrase.hours, phrase.hours], basis: phrase.business ? 'business' : 'calendar'}
  }
  let rest = words.slice(unitAt).replace(/^[\s-]+/, '')
  // "one business day": the basis may stand before the unit.
  let business = false
  const lead = reader.data.businessWords.find((w) => rest.startsWith(w + ' '))
  if (lead !== undefined) {
    business = true
    rest = rest.slice(lead.length + 1)
  }
  const unit = reader.units.find((u) => rest.startsWith(u) && !/[a-z]/.test(rest.charAt(u.length)))
  if (unit === undefined) return undefined
  const per = reader.data.unitHours[unit]!
  const tail = (rest.slice(unit.length) + ' ' + after).split(/[^a-z0-9'-]+/).filter((w) => w !== '').slice(0, 2)
  business ||= reader.data.businessWords.some((w) => tail.includes(w))
  const low = round(numbers[0]! * per)
  const high = round((numbers[1] ?? numbers[0]!) * per)
  return {hours: [Math.min(low, high), Math.max(low, high)], basis: business ? 'business' : 'calendar'}
}

function round(n: number): number {
  return Math.round(n * 100) / 100
}

/**
 * Opening days and clock times of one sentence's `hours` commitments, given as their folded
 * words in order: day ranges and single days, « 7j/7 », "24/7", clock times paired into ranges.
 */
export function scheduleValue(parts: readonly string[], reader: ValueReader, sentence = ''): CommitmentValue {
  const days = new Set<number>()
  const clock: number[] = []
  let allDay = false
  for (const part of parts) {
    if (/^(?:7\s?j?\s?\/\s?7|24\s?\/\s?7|365)/.test(part) || /(?:7|sept) jours sur (?:7|sept)|(?:7|seven) days (?:a|per) week|open (?:7|seven) days|tous les jours|every day|daily/.test(part)) {
      for (let d = 1; d <= 7; d++) days.add(d)
      if (/24/.test(part)) allDay = true
      continue
    }
    if (/^24\s?h?\s?\/\s?24/.test(part) || /24 heures sur 24/.test(part)) {
      allDay = true
      continue
    }
    const named = part.split(/[^a-z]+/).map((w) => reader.data.dayNumbers[w]).filter((d): d is number => d !== undefined)
    if (named.length === 2 && /\s?(?:-|–|—|au|a|to|through|thru|until)\s?/.test(part)) {
      // A range, wrapping past Sunday when it must (« du samedi au lundi »).
      for (let d = named[0]!, k = 0; k < 7; d = (d % 7) + 1, k++) {
        days.add(d)
        if (d === named[1]) break
      }
      continue
    }
    if (named.length > 0) {
      for (const d of named) days.add(d)
      continue
    }
    const minutes = clockMinutes(part)
    if (minutes !== undefined) clock.push(minutes)
  }
  // « en semaine, de 9 h à 18 h », "weekdays from 9am": days named together, when none is named apart;
  // « Le samedi, … de 9 h à 12 h »: a day named alone (full names only: "sun", « mar » mislead).
  if (days.size === 0) {
    const named = reader.dayWords.find(([w]) => new RegExp(`(?:^|[^a-z])${escape(w)}(?![a-z])`).test(sentence))
    if (named) for (const d of named[1]) days.add(d)
    else {
      for (const word of sentence.split(/[^a-z]+/)) {
        // "On Sundays": the plural too; full names only ("sun", « mar » mislead).
        const w = reader.data.dayNumbers[word] === undefined && word.endsWith('s') ? word.slice(0, -1) : word
        if (w.length >= 5 && reader.data.dayNumbers[w] !== undefined) days.add(reader.data.dayNumbers[w]!)
      }
    }
  }
  // « de 8 h 30 à midi », "9am to noon".
  if (clock.length % 2 === 1 && /(?:a|to|until|till|-|–)\s*(?:midi|noon|midday)(?![a-z])/.test(sentence)) clock.push(720)
  const value: CommitmentValue = {}
  if (days.size > 0) value.days = [...days].sort((a, b) => a - b)
  const times: Array<[number, number]> = allDay ? [[0, 1440]] : []
  for (let i = 0; i + 1 < clock.length; i += 2) times.push([clock[i]!, clock[i + 1]!])
  if (times.length > 0) value.times = times
  return value
}

/**
 * The schedules one sentence gives, as groups of its parts (indices, in order): « du lundi au
 * vendredi de 8 h à 19 h et le samedi de 9 h à 12 h » is two, "9am–6pm weekdays, 10–4 Saturdays"
 * too. A group ends when the kind of part it began with (days, or times) comes back after the other.
 */
export function scheduleGroups(parts: readonly string[]): number[][] {
  const groups: number[][] = []
  let current: number[] = []
  let first: boolean | undefined
  let mixed = false
  parts.forEach((part, i) => {
    const isTime = clockMinutes(part) !== undefined || /^24\s?h?\s?\/\s?24|24 heures sur 24/.test(part)
    if (first === undefined) first = isTime
    else if (isTime !== first) mixed = true
    else if (mixed) {
      groups.push(current)
      current = []
      mixed = false
    }
    current.push(i)
  })
  if (current.length > 0) groups.push(current)
  return groups
}

/** A day's number (Monday = 1) from its name or abbreviation, or its plural ("Sundays", « samedis »). */
export function dayNumber(word: string, reader: ValueReader): number | undefined {
  return reader.data.dayNumbers[word] ?? (word.endsWith('s') ? reader.data.dayNumbers[word.slice(0, -1)] : undefined)
}

/** Minutes after midnight of « 9 h », « 18 h 30 », « 8:00 am », "5 pm". */
export function clockMinutes(part: string): number | undefined {
  const m = /^(\d{1,2})\s?(?:h\s?([0-5]\d)?|[:.]([0-5]\d))?\s?([ap])?\.?m?\.?$/.exec(part.trim())
  if (!m) return undefined
  let hour = Number(m[1])
  const minute = Number(m[2] ?? m[3] ?? 0)
  if (m[4] === 'p' && hour < 12) hour += 12
  if (m[4] === 'a' && hour === 12) hour = 0
  if (hour > 24) return undefined
  return hour * 60 + minute
}

/** An amount: « 4,90 € », "$49", « 1 200 euros ». */
export function priceValue(words: string): CommitmentValue | undefined {
  const m = /(\d+(?:[ .,]\d{3})*(?:[.,]\d{1,2})?)/.exec(words)
  if (!m) return undefined
  let digits = m[1]!.replace(/[ ](?=\d{3})/g, '')
  // « 1.200 » or "1,200" (thousands) versus « 4,90 » or "4.90" (decimals).
  digits = /[.,]\d{3}$/.test(digits) ? digits.replace(/[.,]/g, '') : digits.replace(/,(\d{1,2})$/, '.$1')
  const currency = /[$]|dollar|usd/.test(words) ? 'USD' : /£|pound|gbp/.test(words) ? 'GBP' : /€|euro|eur/.test(words) ? 'EUR' : undefined
  const value: CommitmentValue = {amount: Number(digits.replace(/,/g, ''))}
  if (currency) value.currency = currency
  return value
}

/** A percentage: « 98 % ». */
export function percentValue(words: string): CommitmentValue | undefined {
  const m = /(\d+(?:[.,]\d+)?)\s?%/.exec(words)
  return m ? {percent: Number(m[1]!.replace(',', '.'))} : undefined
}
