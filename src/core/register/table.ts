/**
 * The register as a table: every commitment of a set of documents with its kind, subject, value
 * and place, grouped by subject, conflicts and undercuts marked. What `promesse register` prints
 * and the editor's register view shows; its JSON form is a documented contract (README).
 */
import type {CommitmentRecord, CommitmentValue, LintResult} from '../types.ts'
import {checkByName, placeOf, subjectIn} from './check.ts'
import {LineIndex} from './messages.ts'

export interface RegisterPlace {
  file: string
  line: number
  column: number
  words: string
}

export interface RegisterRow extends RegisterPlace {
  kind: string
  subject: string
  /** The value in a neutral notation: `24 h`, `2-3 days (business)`, `Mon-Fri 09:00-18:00`, `4.90 EUR`, `98 %`. */
  label: string
  value: CommitmentValue
  lang: CommitmentRecord['lang']
  qualifiers: string[]
  /** UTF-16 offsets of the words in the file. */
  start: number
  end: number
  /** Other commitments it contradicts (`conflicting-commitment`). */
  conflicts: RegisterPlace[]
  /** Disclaimers that take it back (`undercut-commitment`). */
  undercutBy: RegisterPlace[]
}

const DAY_NAMES = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']

function hm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`
}

function days(list: readonly number[]): string {
  if (list.length === 7) return 'every day'
  const runs: string[] = []
  for (let i = 0; i < list.length; ) {
    let j = i
    while (j + 1 < list.length && list[j + 1] === list[j]! + 1) j++
    runs.push(j > i ? `${DAY_NAMES[list[i]!]}-${DAY_NAMES[list[j]!]}` : DAY_NAMES[list[i]!]!)
    i = j + 1
  }
  return runs.join(', ')
}

function duration(hours: number): string {
  if (hours >= 24 && hours % 24 === 0) return `${hours / 24} d`
  if (hours < 1) return `${Math.round(hours * 60)} min`
  return `${hours} h`
}

/** The value in a neutral notation, or the words themselves when there is none. */
export function valueLabel(record: Pick<CommitmentRecord, 'value' | 'words'>): string {
  const v = record.value
  if (v.hours) {
    const [low, high] = v.hours
    const days = low >= 24 && low % 24 === 0 && high % 24 === 0
    const text = low === high ? duration(low) : days ? `${low / 24}-${high / 24} d` : `${duration(low)}-${duration(high)}`
    return v.basis === 'business' ? `${text} (business)` : text
  }
  if (v.days || v.times) return [v.days ? days(v.days) : '', ...(v.times ?? []).map(([a, b]) => `${hm(a)}-${hm(b)}`)].filter(Boolean).join(' ')
  if (v.amount !== undefined) return `${v.amount.toFixed(Number.isInteger(v.amount) ? 0 : 2)}${v.currency ? ` ${v.currency}` : ''}`
  if (v.percent !== undefined) return `${v.percent} %`
  return record.words.replace(/\s+/g, ' ')
}

export interface TableMember {
  file: string
  text: string
  result: Pick<LintResult, 'commitments' | 'disclaimers'>
}

/** Every commitment of the set, grouped by subject then kind, in file and line order within each. */
export function registerTable(members: readonly TableMember[]): RegisterRow[] {
  const indexes = members.map((m) => new LineIndex(m.text))
  const place = (doc: number, start: number, words: string): RegisterPlace => {
    const point = indexes[doc]!.point(start)
    return {file: members[doc]!.file, line: point.line, column: point.column, words}
  }
  const rows = new Map<string, RegisterRow>()
  const key = (doc: number, start: number) => `${doc}:${start}`
  const site = placeOf(members.map((m) => m.result))
  members.forEach((m, doc) => {
    for (const r of m.result.commitments) {
      rows.set(key(doc, r.start), {
        ...place(doc, r.start, r.words),
        kind: r.kind,
        subject: subjectIn(r, site),
        label: valueLabel(r),
        value: r.value,
        lang: r.lang,
        qualifiers: r.qualifiers,
        start: r.start,
        end: r.end,
        conflicts: [],
        undercutBy: []
      })
    }
  })
  for (const f of checkByName(members)) {
    const row = rows.get(key(f.at.doc, f.at.start))
    if (!row) continue
    const other = place(f.other.doc, f.other.start, f.other.words)
    if (f.ruleId === 'conflicting-commitment') row.conflicts.push(other)
    else row.undercutBy.push(other)
  }
  const order = [...rows.values()]
  const docOf = new Map(members.map((m, i) => [m.file, i]))
  return order.sort(
    (a, b) =>
      (a.subject === 'general' ? 1 : 0) - (b.subject === 'general' ? 1 : 0) ||
      a.subject.localeCompare(b.subject) ||
      a.kind.localeCompare(b.kind) ||
      a.file.localeCompare(b.file) ||
      docOf.get(a.file)! - docOf.get(b.file)! ||
      a.start - b.start
  )
}
