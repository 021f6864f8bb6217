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
import {dayNumber, delayValue, percentValue, priceValue, scheduleGroups, scheduleValue, valueReader, type ValueReader} from './values.ts'

/** What a commitment kind of the detector is in the register, and which subjects it takes. */
const REGISTER_KIND: Record<string, string> = {
  deadline: 'delay',
  offer: 'price',
  quote: 'delay',
  hours: 'schedule',
  price: 'price',
  measure: 'measure',
  channel: 'channel',
  guarantee: 'guarantee',
  policy: 'policy',
  custom: 'other'
}

/** Punctuation that ends a clause: restricting words are not looked for past it (before a commitment, a comma does not). */
const CLAUSE_END = /[;,.:!?()\u2013\u2014]/
const CLAUSE_START = /[;.:!?()\u2013\u2014]/

/** A sentence's opening words before a comma, at most this many, restrict all its commitments (« Le week-end, … »). */
const LEAD_WORDS = 12

/** A time of day after these words is a cut-off (« avant 11 h », "by 2pm"), not a delay. */
const CUT_OFF = /(?:^|[^a-z])(?:avant|apres|a partir de|before|after|by|until)\s*$/

/** « de tous les jours »: everyday things, not opening days. */
const EVERYDAY = /(?:^|\s)d(?:e\s|')\s?tous les jours$/

/** Restricting words are looked for this many words around a commitment. */
const QUALIFIER_WORDS = 4

/**
 * The commitments with clock times put right: « de 9 h à 18 h » reads to the detector as two
 * durations, which beside opening days are times of day; a duration inside opening hours
 * (« 7j » of « 7j/7 ») is dropped.
 */
function clockTimes(all: ReadonlyArray<{kind: string; start: number; end: number}>, blockText: string): Array<{kind: string; start: number; end: number}> {
  // Two readings of the same words ("within one business day", "one business day"): the longer one;
  // and a cut-off (« commandé avant 11 h », "order by 2pm") is no promised time nor opening hours.
  const held = all.filter(
    (c) =>
      !all.some((o) => o !== c && o.start <= c.start && c.end <= o.end && o.end - o.start > c.end - c.start) &&
      !((c.kind === 'deadline' || c.kind === 'hours') && /^\d{1,2}\s?(?:h|[ap]\.?m\.?)$/.test(fold(blockText.slice(c.start, c.end)).text) && CUT_OFF.test(fold(blockText.slice(Math.max(0, c.start - 16), c.start)).text))
  )
  const hours = held.filter((c) => c.kind === 'hours')
  if (hours.length === 0) return held
  const out: Array<{kind: string; start: number; end: number}> = []
  for (const c of held) {
    if (c.kind !== 'deadline') {
      out.push(c)
      continue
    }
    const overlap = hours.find((h) => h.start < c.end && c.start < h.end)
    if (overlap) {
      // « 9 h 30 à 19 h » also reads as the duration « 30 à 19 h »: its end is the closing time.
      const tail = /(?:^|\s)(\d{1,2}\s?h)$/.exec(fold(blockText.slice(overlap.end, c.end)).text)
      const start = c.end - (tail?.[1]!.length ?? 0)
      // Unless that end is itself the start of a clock time (« 12 h 30 »).
      if (c.end > overlap.end && tail && !hours.some((h) => h.start <= start && start < h.end)) out.push({kind: 'hours', start, end: c.end})
      continue
    }
    const words = fold(blockText.slice(c.start, c.end)).text
    const before = fold(blockText.slice(Math.max(0, c.start - 12), c.start)).text
    const after = fold(blockText.slice(c.end, c.end + 6)).text
    // « de 9 h à 18 h », « 8h-18h »: times of day beside opening days.
    const clock = /^\d{1,2}\s?h$/.test(words) && (/(?:^|[^a-z])(?:de|a|des|jusqu'a|entre|et|from|to|until|till|and)\s*$|[-–]\s*$/.test(before) || /^\s?[-–]\s?\d/.test(after))
    out.push(clock ? {kind: 'hours', start: c.start, end: c.end} : c)
  }
  return out
}

/** Subjects are looked for this many words after a commitment when none stands before it. */
const SUBJECT_AFTER = 12

interface SubjectWord {
  id: string
  kind: string
  generic: boolean
  strong: boolean
  /** The words in a row; a word ending in `*` is a prefix. */
  words: string[]
}

/** Subject words by their first word (exact), and those whose first word is a prefix (`livr*`). */
interface SubjectIndex {
  exact: Map<string, SubjectWord[]>
  prefixed: Array<{prefix: string; subject: SubjectWord}>
}

interface LangRegister {
  /** Threshold words, folded. */
  thresholds: string[]
  /** Ends the words before an amount that is no price (« au capital de »). */
  notPrice: RegExp | undefined
  reader: ValueReader
  subjects: SubjectIndex
  qualifiers: Set<string>
  /** The subject of a phone number said with none (`channel: number` in register.yaml). */
  phone: string | undefined
  /** The organisation as the subject of a verb (`weSubject` of the lexicon: « nous », "we"). */
  we: Set<string>
}

const compiled: Partial<Record<Lang, LangRegister>> = {}

function registerFor(lang: Lang): LangRegister {
  const cached = compiled[lang]
  if (cached) return cached
  const data = RULE_DATA.langs[lang].register
  const subjects: SubjectIndex = {exact: new Map(), prefixed: []}
  for (const s of data.subjects) {
    for (const w of s.words) {
      const subject: SubjectWord = {id: s.id, kind: s.kind, generic: s.generic, strong: s.strong, words: fold(w).text.split(/\s+/)}
      const first = subject.words[0]!
      if (first.endsWith('*')) subjects.prefixed.push({prefix: first.slice(0, -1), subject})
      else subjects.exact.set(first, [...(subjects.exact.get(first) ?? []), subject])
    }
  }
  const notPrice = data.notPriceAfter.map((w) => fold(w).text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
  return (compiled[lang] = {
    thresholds: data.thresholdWords.map((w) => fold(w).text),
    notPrice: notPrice ? new RegExp(`(?:^|[^a-z'])(?:${notPrice})(?: de| of)?[^a-z]*$`) : undefined,
    reader: valueReader(data),
    subjects,
    qualifiers: new Set(data.qualifiers.map((q) => fold(q).text)),
    phone: data.subjects.find((s) => s.channel === 'number')?.id,
    we: new Set(RULE_DATA.langs[lang].classes['weSubject'] ?? [])
  })
}

function wordMatches(pattern: string, w: string): boolean {
  return pattern.endsWith('*') ? w.startsWith(pattern.slice(0, -1)) : w === pattern
}

interface SubjectHit {
  id: string
  kind: string
  generic: boolean
  strong: boolean
  at: number
  /** Said by the organisation (« nous intervenons », "we reply"). */
  ours: boolean
}

function subjectHits(tokens: Token[], reg: LangRegister): SubjectHit[] {
  const hits: SubjectHit[] = []
  const add = (s: SubjectWord, i: number) => {
    if (i + s.words.length > tokens.length) return
    for (let k = 1; k < s.words.length; k++) if (!wordMatches(s.words[k]!, tokens[i + k]!.w)) return
    hits.push({id: s.id, kind: s.kind, generic: s.generic, strong: s.strong, at: i, ours: i > 0 && reg.we.has(tokens[i - 1]!.w)})
  }
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.w
    const exact = reg.subjects.exact.get(w)
    if (exact) for (const s of exact) add(s, i)
    for (const {prefix, subject} of reg.subjects.prefixed) if (w.startsWith(prefix)) add(subject, i)
  }
  return hits
}

/** The subject kinds a commitment kind takes, the first preferred: a price may be about an intervention. */
const SUBJECT_KINDS: Record<string, readonly string[]> = {channel: ['schedule'], price: ['price', 'delay'], schedule: ['schedule', 'delay']}

/**
 * The subject nearest a commitment at token `at`: before it first, else just after; a generic
 * one (« ouvert ») only when the sentence names no precise one (« l'atelier »), and a strong one
 * (« devis ») over any other (« délais d'envoi des devis »).
 */
function subjectOf(hits: SubjectHit[], kind: string, at: number, others: readonly number[] = [], after?: number): SubjectHit | undefined {
  for (const k of SUBJECT_KINDS[kind] ?? [kind]) {
    // "a 90-day guarantee", « une garantie » right after: the commitment qualifies that word.
    const next = after === undefined ? undefined : hits.find((h) => h.kind === k && h.at === after && !h.generic)
    if (next) return next
    // « nous intervenons sous 3 jours », "we reply within 2 hours": the organisation's verb just before
    // the commitment is its subject, even beside a strong one (« après acceptation du devis, nous intervenons … »).
    // Not when the commitment's own words name one (« garanties un an »).
    const own = after !== undefined && hits.some((h) => h.kind === k && !h.generic && h.at >= at && h.at < after)
    const just = own ? undefined : hits.find((h) => h.kind === k && !h.generic && h.ours && at - h.at >= 1 && at - h.at <= 2)
    if (just) return just
    let best: SubjectHit | undefined
    let bestDistance = Infinity
    const precise = hits.some((h) => h.kind === k && !h.generic)
    const strong = hits.some((h) => h.kind === k && h.strong)
    for (const h of hits) {
      if (h.kind !== k || (precise && h.generic) || (strong && !h.strong)) continue
      // A subject after the commitment that stands before another one is that one's ("within 7 days, and repairs within 48 hours").
      if (h.at > at && others.some((o) => o > h.at)) continue
      const distance = h.at <= at ? at - h.at : h.at - at <= SUBJECT_AFTER ? h.at - at + SUBJECT_AFTER : Infinity
      if (distance < bestDistance) {
        best = h
        bestDistance = distance
      }
    }
    if (best) return best
  }
  return undefined
}

/** Restrictions that hold for a record of `kind`: days (« samedi », "weekend") are an opening schedule's value, not a restriction. */
export function restrictionsFor(kind: string, qualifiers: readonly string[], lang: Lang): string[] {
  if (kind !== 'schedule') return [...qualifiers]
  const days = RULE_DATA.langs[lang].register
  return qualifiers.filter((q) => days.dayNumbers[q] === undefined && days.dayWords[q] === undefined && !/^week/.test(q))
}

/** The restricting words of a text (a heading, the sentence before), folded, sorted. */
export function qualifiersIn(text: string, lang: Lang): string[] {
  const reg = registerFor(lang)
  return [...new Set(tokenize(fold(text).text, lang).map((t) => t.w).filter((w) => reg.qualifiers.has(w)))].sort()
}

/** The subject each kind would take from these words alone (a heading, the sentence before), for a sentence that names none. */
export function subjectsIn(text: string, lang: Lang): Map<string, string> {
  const reg = registerFor(lang)
  const tokens = tokenize(fold(text).text, lang)
  const hits = subjectHits(tokens, reg)
  const out = new Map<string, string>()
  for (const kind of ['delay', 'schedule', 'price', 'measure', 'channel']) {
    const hit = subjectOf(hits, kind, tokens.length)
    if (hit) out.set(kind, hit.id)
  }
  return out
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
    let lo = 0
    let hi = tokens.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (folded.map[tokens[mid]!.s]! >= local) hi = mid
      else lo = mid + 1
    }
    return lo
  }
  const foldedWords = (start: number, end: number) => fold(blockText.slice(start, end)).text
  const records: CommitmentRecord[] = []
  const held = clockTimes(sentence.held ?? [], blockText)
  // Where each record starts: one sentence's opening hours make one record, from its first part.
  const firstHours = held.find((c) => c.kind === 'hours')
  const starts = held.filter((c) => c.kind !== 'hours' || c === firstHours).map((c) => tokenAt(c.start))
  /** Token index of the first clause boundary (a comma too) after the sentence's opening words, if they are few. */
  let lead = 0
  for (let i = 1; i < Math.min(tokens.length, LEAD_WORDS + 1); i++) {
    if (/[,;:]/.test(folded.text.slice(tokens[i - 1]!.e, tokens[i]!.s))) {
      lead = i
      break
    }
  }
  /** The text between tokens i-1 and i (none at either end: a commitment may start after the last word, as in « A12 % »). */
  const between = (i: number) => (i <= 0 || i >= tokens.length ? '' : folded.text.slice(tokens[i - 1]!.e, tokens[i]!.s))
  /**
   * Restricting words of a commitment: near it (« sous 72 h le week-end »), not past the
   * commitments on either side nor the end of its clause; beside its subject ("express
   * delivery, tracked, costs £6.95"); in the sentence's opening words ("At weekends, …").
   */
  const qualifiersOf = (start: number, end: number, subjectAt: number | undefined): string[] => {
    const from = tokenAt(start)
    const to = tokenAt(end)
    const before = Math.max(0, from - QUALIFIER_WORDS, ...starts.filter((i) => i < from).map((i) => i + 1))
    let after = Math.min(tokens.length, to + QUALIFIER_WORDS, ...starts.filter((i) => i >= to))
    // Nor past the end of its clause ("£3.95; express delivery costs £6.50").
    for (let i = Math.max(to, 1); i < after; i++) if (CLAUSE_END.test(between(i))) after = i
    let first = before
    for (let i = from; i > before; i--) if (CLAUSE_START.test(between(i))) first = Math.max(first, i)
    const found = new Set<string>()
    const take = (i: number) => {
      // Not its own words (« du lundi au samedi », "one business day").
      if ((i < from || i >= to) && reg.qualifiers.has(tokens[i]!.w)) found.add(tokens[i]!.w)
    }
    for (let i = first; i < after; i++) take(i)
    if (subjectAt !== undefined) for (let i = Math.max(0, subjectAt - 2); i <= Math.min(tokens.length - 1, subjectAt + 2); i++) take(i)
    if (lead > 0 && lead <= from) for (let i = 0; i < lead; i++) take(i)
    // « dès 50 € », "over £40": a threshold, compared only with thresholds.
    if (from > 0) {
      const lastWords = tokens.slice(Math.max(0, from - 3), from).map((t) => t.w).join(' ')
      if (reg.thresholds.some((w) => lastWords === w || lastWords.endsWith(' ' + w))) found.add('>')
    }
    return [...found].sort()
  }
  const make = (kind: string, start: number, end: number, value: CommitmentValue): CommitmentRecord => {
    const subject = subjectOf(hits, kind, tokenAt(start), starts, kind === 'delay' ? tokenAt(end) : undefined)
    return {
      kind,
      // A phone number said alone is the phone line's (an address's is the site's place: see `subjectIn`).
      subject: subject?.id ?? (kind === 'channel' && PHONE.test(blockText.slice(start, end)) ? reg.phone : undefined) ?? 'general',
      value,
      lang,
      start,
      end,
      words: blockText.slice(start, end),
      sentenceStart: sentence.start,
      sentenceEnd: sentence.end,
      qualifiers: restrictionsFor(kind, qualifiersOf(start, end, subject?.at), lang)
    }
  }
  // One sentence's opening hours are one record (« du lundi au vendredi de 9 h à 18 h »).
  const schedule = held.filter((c) => c.kind === 'hours')
  let scheduled = false
  for (const c of held) {
    const kind = REGISTER_KIND[c.kind]
    if (kind === undefined) continue
    if (kind === 'schedule') {
      if (scheduled) continue
      scheduled = true
      // « des vélos de tous les jours », "everyday tea": a kind of thing, not opening days.
      if (schedule.length === 1 && EVERYDAY.test(foldedWords(Math.max(sentence.start, schedule[0]!.start - 4), schedule[0]!.end))) continue
      const spans = withLoneDays(schedule, blockText, reg.reader)
      const parts = spans.map((s) => foldedWords(s.start, s.end))
      const groups = scheduleGroups(parts)
      for (const group of groups) {
        const members = group.map((i) => spans[i]!)
        const start = members[0]!.start
        let end = Math.max(...members.map((s) => s.end))
        // "9am to 5pm." : the sentence's full stop is not part of the hours.
        if (/[0-9\s][ap]m\.$/i.test(blockText.slice(end - 4, end))) end--
        // Days named elsewhere in the sentence complete a lone group only.
        const value = scheduleValue(group.map((i) => parts[i]!), reg.reader, groups.length === 1 ? folded.text : foldedWords(start, end))
        // One time of day and no day ("order by 2pm"): no opening hours.
        if (value.days || value.times) records.push(make(kind, start, end, value))
      }
      continue
    }
    const words = foldedWords(c.start, c.end)
    let value: CommitmentValue | undefined
    // « une garantie d'un an »: a guarantee with its length is a time like the others.
    if (kind === 'guarantee') {
      const length = delayValue(words, '', reg.reader)
      if (length) {
        records.push(make('delay', c.start, c.end, length))
        continue
      }
    }
    if (kind === 'delay') value = delayValue(words, foldedWords(c.end, Math.min(sentence.end, c.end + 24)), reg.reader)
    else if (kind === 'price') {
      // « SARL au capital de 8 000 € »: the company's figures, not a price.
      if (reg.notPrice?.test(foldedWords(Math.max(sentence.start, c.start - 30), c.start))) continue
      value = priceValue(words)
    }
    // « à partir de 49 € », « offerte dès 200 € »: the price of an offer, or a threshold.
    if (c.kind === 'offer') {
      if (!value) continue
      const record = make(kind, c.start, c.end, value)
      if (!record.qualifiers.includes('>')) record.qualifiers = [...record.qualifiers, '>'].sort()
      records.push(record)
      continue
    }
    else if (kind === 'measure') value = percentValue(words)
    const record = make(kind, c.start, c.end, value ?? {})
    if (c.kind === 'quote') record.subject = 'quote'
    records.push(record)
  }
  // « Urgences : 04 78 61 22 40, 7 jours sur 7 », "Call 0117 496 0382, Mon–Fri 8am–6pm": the hours of that line.
  const line = reg.phone
  if (line !== undefined) {
    for (const r of records) {
      if (r.kind !== 'schedule' || r.subject !== 'general') continue
      if (records.some((c) => c.kind === 'channel' && c.subject === line && c.end <= r.start)) r.subject = line
    }
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
    // « ne pouvons garantir », "cannot guarantee": the disclaimer's own verb names no subject.
    const named = subjectOf(hits.filter((h) => h.id !== 'guarantee'), 'delay', tokenAt(d.start))?.id
    // A `named` disclaimer ("cannot be guaranteed") takes back only the subject its sentence names.
    if (named === undefined && d.subject === 'named') continue
    disclaimers.push({subject: named ?? d.subject, lang, start: d.start, end: d.end, words: blockText.slice(d.start, d.end)})
  }
  // "Next-working-day delivery … cannot be guaranteed": the time a disclaimer names is what it takes
  // back, not a promise of its own.
  if (disclaimers.length > 0) {
    const times = records.filter((r) => r.kind === 'delay' && r.value.hours !== undefined)
    if (times.length === 1) {
      for (const d of disclaimers) d.value = times[0]!.value
      return {records: records.filter((r) => r !== times[0]), disclaimers}
    }
  }
  return {records, disclaimers}
}

/**
 * A schedule's parts with the day words said alone between them (« … et le samedi de 9 h à 12 h »,
 * "… and Sat 10am–2pm"), so that one sentence's schedules can be told apart. A short day word
 * (« sam », "Sat") counts only right before a time.
 */
function withLoneDays(parts: ReadonlyArray<{start: number; end: number}>, text: string, reader: ValueReader): Array<{start: number; end: number}> {
  const out: Array<{start: number; end: number}> = []
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!
    if (i > 0) {
      const from = parts[i - 1]!.end
      const gap = text.slice(from, part.start).toLowerCase()
      for (const m of gap.matchAll(/[a-z]+/g)) {
        const word = m[0]
        if (dayNumber(word, reader) === undefined) continue
        const after = from + m.index + word.length
        if (word.length < 5 && !/^\.?\s?\d/.test(text.slice(after, after + 3))) continue
        out.push({start: from + m.index, end: from + m.index + word.length})
      }
    }
    out.push(part)
  }
  return out
}

/** A phone number's words: digits, spaces, dots, dashes, brackets, a leading +. */
const PHONE = /^[+(\d][\d\s().-]+$/
