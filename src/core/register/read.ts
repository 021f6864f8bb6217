/**
 * The register's reading of one sentence: each commitment the detector found becomes a record
 * with a kind, a subject and a normalised value; each disclaimer gets the subject it undercuts.
 * Offsets are relative to the block, like the sentence's; the result builder moves them.
 */
import type {CommitmentRecord, CommitmentValue, DisclaimerRecord, Lang} from '../types.ts'
import type {SentenceAt} from '../analyze-block.ts'
import {RULE_DATA} from '../rules/data.generated.ts'
import {fold} from '../text/fold.ts'
import {tokenize, type Token} from '../text/tokens.ts'
import {delayValue, percentValue, priceValue, scheduleValue, valueReader, type ValueReader} from './values.ts'

/** What a commitment kind of the detector is in the register, and which subjects it takes. */
const REGISTER_KIND: Record<string, string> = {
  deadline: 'delay',
  quote: 'delay',
  hours: 'schedule',
  price: 'price',
  measure: 'measure',
  channel: 'channel',
  guarantee: 'guarantee',
  policy: 'policy',
  custom: 'other'
}

/** Restricting words are looked for this many words around a commitment. */
const QUALIFIER_WORDS = 4

/**
 * The commitments with clock times put right: « de 9 h à 18 h » reads to the detector as two
 * durations, which beside opening days are times of day; a duration inside opening hours
 * (« 7j » of « 7j/7 ») is dropped.
 */
function clockTimes(held: ReadonlyArray<{kind: string; start: number; end: number}>, blockText: string): Array<{kind: string; start: number; end: number}> {
  const hours = held.filter((c) => c.kind === 'hours')
  if (hours.length === 0) return [...held]
  const out: Array<{kind: string; start: number; end: number}> = []
  for (const c of held) {
    if (c.kind !== 'deadline') {
      out.push(c)
      continue
    }
    if (hours.some((h) => h.start < c.end && c.start < h.end)) continue
    const words = fold(blockText.slice(c.start, c.end)).text
    const before = fold(blockText.slice(Math.max(0, c.start - 12), c.start)).text
    const clock = /^\d{1,2}\s?h$/.test(words) && /(?:^|[^a-z])(?:de|a|des|jusqu'a|entre|et|from|to|until|till|and)\s*$|[-–]\s*$/.test(before)
    out.push(clock ? {kind: 'hours', start: c.start, end: c.end} : c)
  }
  return out
}

/** Subjects are looked for this many words after a commitment when none stands before it. */
const SUBJECT_AFTER = 8

interface SubjectWord {
  id: string
  kind: string
  generic: boolean
  /** The words in a row; a word ending in `*` is a prefix. */
  words: string[]
}

interface LangRegister {
  reader: ValueReader
  subjects: SubjectWord[]
  qualifiers: Set<string>
}

const compiled: Partial<Record<Lang, LangRegister>> = {}

function registerFor(lang: Lang): LangRegister {
  const cached = compiled[lang]
  if (cached) return cached
  const data = RULE_DATA.langs[lang].register
  const subjects: SubjectWord[] = []
  for (const s of data.subjects) for (const w of s.words) subjects.push({id: s.id, kind: s.kind, generic: s.generic, words: fold(w).text.split(/\s+/)})
  return (compiled[lang] = {reader: valueReader(data), subjects, qualifiers: new Set(data.qualifiers.map((q) => fold(q).text))})
}

function wordMatches(pattern: string, w: string): boolean {
  return pattern.endsWith('*') ? w.startsWith(pattern.slice(0, -1)) : w === pattern
}

interface SubjectHit {
  id: string
  kind: string
  generic: boolean
  at: number
}

function subjectHits(tokens: Token[], reg: LangRegister): SubjectHit[] {
  const hits: SubjectHit[] = []
  for (let i = 0; i < tokens.length; i++) {
    for (const s of reg.subjects) {
      if (i + s.words.length > tokens.length) continue
      if (s.words.every((p, k) => wordMatches(p, tokens[i + k]!.w))) hits.push({id: s.id, kind: s.kind, generic: s.generic, at: i})
    }
  }
  return hits
}

/**
 * The subject of the kind nearest a commitment at token `at`: before it first, else just after;
 * a generic one (« ouvert ») only when the sentence names no precise one (« l'atelier »).
 */
function subjectOf(hits: SubjectHit[], kind: string, at: number): string {
  let best: SubjectHit | undefined
  let bestDistance = Infinity
  const precise = hits.some((h) => h.kind === kind && !h.generic)
  for (const h of hits) {
    if (h.kind !== kind || (precise && h.generic)) continue
    const distance = h.at <= at ? at - h.at : h.at - at <= SUBJECT_AFTER ? h.at - at + SUBJECT_AFTER : Infinity
    if (distance < bestDistance) {
      best = h
      bestDistance = distance
    }
  }
  return best?.id ?? 'general'
}

export interface SentenceRegister {
  records: CommitmentRecord[]
  disclaimers: DisclaimerRecord[]
}

/** The register of a sentence of `blockText` (block-relative offsets). */
export function readSentence(blockText: string, sentence: SentenceAt, lang: Lang): SentenceRegister {
  const reg = registerFor(lang)
  const text = blockText.slice(sentence.start, sentence.end)
  const folded = fold(text)
  const tokens = tokenize(folded.text, lang)
  const hits = subjectHits(tokens, reg)
  /** Token index of the first token at or after a block offset. */
  const tokenAt = (offset: number): number => {
    const local = offset - sentence.start
    const i = tokens.findIndex((t) => folded.map[t.s]! >= local)
    return i < 0 ? tokens.length : i
  }
  const foldedWords = (start: number, end: number) => fold(blockText.slice(start, end)).text
  const records: CommitmentRecord[] = []
  const held = clockTimes(sentence.held ?? [], blockText)
  const starts = held.map((c) => tokenAt(c.start))
  /** Restricting words near a commitment (« sous 72 h le week-end »), not past the commitments on either side. */
  const qualifiersOf = (start: number, end: number): string[] => {
    const from = tokenAt(start)
    const to = tokenAt(end)
    const before = Math.max(0, from - QUALIFIER_WORDS, ...starts.filter((i) => i < from).map((i) => i + 1))
    const after = Math.min(tokens.length, to + QUALIFIER_WORDS, ...starts.filter((i) => i >= to))
    const found = new Set<string>()
    for (let i = before; i < after; i++) if (reg.qualifiers.has(tokens[i]!.w)) found.add(tokens[i]!.w)
    return [...found].sort()
  }
  const make = (kind: string, start: number, end: number, value: CommitmentValue): CommitmentRecord => ({
    kind,
    subject: subjectOf(hits, kind === 'channel' ? 'schedule' : kind, tokenAt(start)),
    value,
    lang,
    start,
    end,
    words: blockText.slice(start, end),
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    qualifiers: qualifiersOf(start, end)
  })
  // One sentence's opening hours are one record (« du lundi au vendredi de 9 h à 18 h »).
  const schedule = held.filter((c) => c.kind === 'hours')
  let scheduled = false
  for (const c of held) {
    const kind = REGISTER_KIND[c.kind]
    if (kind === undefined) continue
    if (kind === 'schedule') {
      if (scheduled) continue
      scheduled = true
      const start = schedule[0]!.start
      const end = Math.max(...schedule.map((s) => s.end))
      records.push(make(kind, start, end, scheduleValue(schedule.map((s) => foldedWords(s.start, s.end)), reg.reader)))
      continue
    }
    const words = foldedWords(c.start, c.end)
    let value: CommitmentValue | undefined
    if (kind === 'delay') value = delayValue(words, foldedWords(c.end, Math.min(sentence.end, c.end + 24)), reg.reader)
    else if (kind === 'price') value = priceValue(words)
    else if (kind === 'measure') value = percentValue(words)
    const record = make(kind, c.start, c.end, value ?? {})
    if (c.kind === 'quote') record.subject = 'quote'
    records.push(record)
  }
  const disclaimers: DisclaimerRecord[] = []
  for (const d of sentence.disclaimers ?? []) {
    const last = disclaimers[disclaimers.length - 1]
    if (last && d.start < last.end) {
      if (d.end > last.end) {
        last.end = d.end
        last.words = blockText.slice(last.start, last.end)
      }
      continue
    }
    const named = subjectOf(hits, 'delay', tokenAt(d.start))
    disclaimers.push({subject: named === 'general' ? d.subject : named, lang, start: d.start, end: d.end, words: blockText.slice(d.start, d.end)})
  }
  return {records, disclaimers}
}
