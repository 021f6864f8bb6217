/**
 * Conflicts and undercuts over a set of documents (one document in the editor, every file of a
 * CLI run or a workspace review): two commitments on the same subject and kind whose values
 * cannot both hold, and a promised time that a disclaimer elsewhere takes back.
 *
 * Records never conflict with one in the same sentence (« sous 24 h en semaine, 48 h le
 * week-end »), nor when their subjects, kinds or restrictions (express, urgent) differ, nor when
 * one range contains the other value; business days are not compared with calendar days.
 */
import type {CommitmentRecord, CommitmentValue, DisclaimerRecord} from '../types.ts'
import {RULE_DATA} from '../rules/data.generated.ts'

/** A document of the set, or one block of a document (offsets relative to it). */
export interface RegisterDoc {
  commitments: readonly CommitmentRecord[]
  disclaimers: readonly DisclaimerRecord[]
}

export interface Place {
  doc: number
  start: number
  end: number
  words: string
  /** The record or disclaimer itself (its identity lasts while its block is unchanged). */
  ref: object
}

export interface RegisterFinding {
  ruleId: 'conflicting-commitment' | 'undercut-commitment'
  /** The commitment the message is on. */
  at: Place & {record: CommitmentRecord}
  /** The other commitment, or the disclaimer. */
  other: Place
}

const subjects = Object.values(RULE_DATA.langs).flatMap((l) => l.register.subjects)
/** Schedule subjects that name a place (shop, office, workshop), and the bare « ouvert », "open". */
const PLACES: ReadonlySet<string> = new Set(subjects.filter((s) => s.kind === 'schedule' && s.place).map((s) => s.id))
const BARE: ReadonlySet<string> = new Set(subjects.filter((s) => s.kind === 'schedule' && s.generic).map((s) => s.id))

/** The one place the set's opening hours name, if they name exactly one (a shop's site says "shop"). */
export function placeOf(docs: readonly RegisterDoc[]): string | undefined {
  let place: string | undefined
  for (const doc of docs) {
    for (const r of doc.commitments) {
      if (r.kind !== 'schedule' || !PLACES.has(r.subject) || r.subject === place) continue
      if (place !== undefined) return undefined
      place = r.subject
    }
  }
  return place
}

/** A record's subject in its set: a bare "Open Mon–Sat", or a street address said alone, is the one place the pages name. */
export function subjectIn(record: CommitmentRecord, place: string | undefined): string {
  if (place === undefined) return record.subject
  if (record.kind === 'schedule' && BARE.has(record.subject)) return place
  if (record.kind === 'channel' && record.subject === 'general' && /\d/.test(record.words) && /\p{L}{3}/u.test(record.words) && !record.words.includes('@')) return place
  return record.subject
}

/** Kinds whose values are compared. */
const COMPARED = new Set(['delay', 'schedule', 'price', 'measure'])

export function comparable(r: CommitmentRecord): boolean {
  if (!COMPARED.has(r.kind) || r.subject === 'general') return false
  const v = r.value
  return v.hours !== undefined || v.days !== undefined || v.times !== undefined || v.amount !== undefined || v.percent !== undefined
}

function same(a: readonly number[] | undefined, b: readonly number[] | undefined): boolean {
  return a !== undefined && b !== undefined && a.length === b.length && a.every((x, i) => x === b[i])
}

/** Whether two values of the same kind cannot both hold. */
export function incompatible(kind: string, a: CommitmentValue, b: CommitmentValue): boolean {
  switch (kind) {
    case 'delay':
      return a.hours !== undefined && b.hours !== undefined && a.basis === b.basis && (a.hours[1] < b.hours[0] || b.hours[1] < a.hours[0])
    case 'schedule':
      // Days that do not meet complete each other (« du lundi au vendredi », « le samedi »); days that
      // overlap differently disagree, and so do the same days at other hours (« 8 h – 12 h et 14 h – 18 h »
      // against « 7 h 30 – 19 h »).
      if (a.days && b.days) {
        if (!a.days.some((d) => b.days!.includes(d))) return false
        return !same(a.days, b.days) || (a.times !== undefined && b.times !== undefined && !same(a.times.flat(), b.times.flat()))
      }
      if (a.times?.length === 1 && b.times?.length === 1 && (a.days === undefined) === (b.days === undefined)) return !same(a.times[0], b.times[0])
      return false
    case 'price':
      return a.amount !== undefined && b.amount !== undefined && a.currency === b.currency && a.amount !== b.amount
    case 'measure':
      return a.percent !== undefined && b.percent !== undefined && a.percent !== b.percent
    default:
      return false
  }
}

/** A string that two equal values share (cheaper than JSON on every keystroke). */
export function valueKey(v: CommitmentValue): string {
  return `${v.hours ?? ''}|${v.basis ?? ''}|${v.days ?? ''}|${v.times?.join(';') ?? ''}|${v.amount ?? ''}|${v.currency ?? ''}|${v.percent ?? ''}`
}

function sameSentence(a: Place & {record: CommitmentRecord}, b: Place & {record: CommitmentRecord}): boolean {
  return a.doc === b.doc && a.record.sentenceStart === b.record.sentenceStart
}

/** A document holding more than this many distinct values for one subject lists tiers, not a contradiction. */
const TIERS = 2

/**
 * Every conflict and undercut in the set, in document order (each commitment gets at most one of
 * each). `documentOf(doc)`: the document a member belongs to (the blocks of one document are
 * checked as members of their own); by default each member is a document. A document that gives
 * one subject more than two values (« réponse sous 1 h, 24 h ou 72 h selon la demande ») lists
 * tiers the register cannot tell apart: its commitments of that subject are not compared.
 */
export function checkRegister(docs: readonly RegisterDoc[], documentOf: (doc: number) => number = (doc) => doc): RegisterFinding[] {
  const out: RegisterFinding[] = []
  // Conflicts: per subject, kind and restrictions, the first place of each distinct value.
  const groups = new Map<string, Array<Place & {record: CommitmentRecord}>>()
  const place = placeOf(docs)
  docs.forEach((doc, d) => {
    for (const record of doc.commitments) {
      if (!comparable(record)) continue
      const key = `${record.kind}\u0000${subjectIn(record, place)}\u0000${record.qualifiers.join(',')}`
      let list = groups.get(key)
      if (!list) groups.set(key, (list = []))
      list.push({doc: d, start: record.start, end: record.end, words: record.words, ref: record, record})
    }
  })
  for (const all of groups.values()) {
    if (all.length < 2) continue
    let list = all
    const values = new Map<number, Set<string>>()
    for (const p of all) {
      const d = documentOf(p.doc)
      let set = values.get(d)
      if (!set) values.set(d, (set = new Set()))
      if (set.size <= TIERS) set.add(valueKey(p.record.value))
    }
    if ([...values.values()].some((set) => set.size > TIERS)) list = all.filter((p) => values.get(documentOf(p.doc))!.size <= TIERS)
    if (list.length < 2) continue
    // The first place of each distinct value, and for each value the first places it cannot stand with.
    const firsts = new Map<string, Place & {record: CommitmentRecord}>()
    const keys = list.map((p) => valueKey(p.record.value))
    list.forEach((p, i) => {
      if (!firsts.has(keys[i]!)) firsts.set(keys[i]!, p)
    })
    if (firsts.size < 2) continue
    const against = new Map<string, Array<Place & {record: CommitmentRecord}>>()
    for (const [key, first] of firsts) against.set(key, [...firsts.values()].filter((f) => incompatible(first.record.kind, first.record.value, f.record.value)))
    list.forEach((p, i) => {
      const other = against.get(keys[i]!)!.find((f) => !sameSentence(f, p))
      if (other) out.push({ruleId: 'conflicting-commitment', at: p, other: {doc: other.doc, start: other.start, end: other.end, words: other.words, ref: other.ref}})
    })
  }
  // Undercuts: a promised time and a disclaimer of its subject (or of every subject) elsewhere.
  const disclaimers: Array<Place & {subject: string; value?: CommitmentValue}> = []
  docs.forEach((doc, d) => {
    for (const x of doc.disclaimers) disclaimers.push({doc: d, start: x.start, end: x.end, words: x.words, subject: x.subject, ...(x.value ? {value: x.value} : {}), ref: x})
  })
  if (disclaimers.length > 0) {
    docs.forEach((doc, d) => {
      for (const record of doc.commitments) {
        // A restricted promise (express, abroad) is a special offer a general disclaimer does not take back.
        if (record.kind !== 'delay' || record.subject === 'general' || record.subject === 'guarantee' || record.qualifiers.length > 0) continue
        // A quote's time is taken back only by a disclaimer about quotes.
        const other = disclaimers.find(
          (x) =>
            (x.subject === record.subject || (x.subject === 'any' && record.subject !== 'quote')) &&
            (x.value === undefined || valueKey(x.value) === valueKey(record.value)) &&
            !(x.doc === d && x.start >= record.sentenceStart && x.end <= record.sentenceEnd)
        )
        if (other) out.push({ruleId: 'undercut-commitment', at: {doc: d, start: record.start, end: record.end, words: record.words, ref: record, record}, other: {doc: other.doc, start: other.start, end: other.end, words: other.words, ref: other.ref}})
      }
    })
  }
  return out.sort((a, b) => a.at.doc - b.at.doc || a.at.start - b.at.start || a.ruleId.localeCompare(b.ruleId))
}

/**
 * `checkRegister` over documents taken in the order of their names, so that which other place a
 * message names does not depend on the order the files were given in; `doc` indices are the caller's.
 */
export function checkByName(docs: ReadonlyArray<{file: string; result: RegisterDoc}>): RegisterFinding[] {
  const order = docs.map((_, i) => i).sort((a, b) => (docs[a]!.file < docs[b]!.file ? -1 : docs[a]!.file > docs[b]!.file ? 1 : a - b))
  const back = (place: Place): number => order[place.doc]!
  return checkRegister(order.map((i) => docs[i]!.result)).map((f) => ({
    ruleId: f.ruleId,
    at: {...f.at, doc: back(f.at)},
    other: {...f.other, doc: back(f.other)}
  }))
}
