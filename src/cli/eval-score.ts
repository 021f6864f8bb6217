/**
 * The arithmetic of `promesse eval`, apart from the engine: parsing labelled JSON Lines, scoring
 * which items were flagged against their labels, and printing the tables.
 */
import type {Lang} from '../core/index.ts'

export const LABELS = ['hollow', 'backed', 'mention', 'none'] as const
export type Label = (typeof LABELS)[number]

export interface EvalItem {
  id: string
  lang?: Lang
  text: string
  label: Label
}

export interface Scores {
  items: number
  tp: number
  fp: number
  fn: number
  /** null when nothing was flagged (or nothing is hollow, for recall). */
  precision: number | null
  recall: number | null
  f1: number | null
  byLabel: Record<Label, {items: number; flagged: number; rate: number | null}>
}

export interface EvalReport {
  file: string
  items: number
  scores: Record<string, Scores>
  /** `seen`: what the engine made of the item instead (a backed claim, a mention, another rule). */
  misses: {id: string; lang: string; text: string; seen: string[]}[]
  /** `matched`: the words reported as hollow claims. */
  falseAlarms: {id: string; lang: string; label: Label; text: string; matched: string[]}[]
  badLines: {line: number; reason: string}[]
  millis: number
}

/** Parses JSON Lines; bad lines are returned with their 1-based number instead of stopping. */
export function parseItems(text: string): {items: EvalItem[]; badLines: EvalReport['badLines']} {
  const items: EvalItem[] = []
  const badLines: EvalReport['badLines'] = []
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1
    if (raw.trim() === '') return
    let value: unknown
    try {
      value = JSON.parse(raw)
    } catch (error) {
      badLines.push({line, reason: `not valid JSON (${error instanceof Error ? error.message : String(error)})`})
      return
    }
    const problem = itemProblem(value)
    if (problem) badLines.push({line, reason: problem})
    else {
      const v = value as Record<string, unknown>
      const item: EvalItem = {id: String(v.id), text: v.text as string, label: v.label as Label}
      if (v.lang !== undefined && v.lang !== null) item.lang = v.lang as Lang
      items.push(item)
    }
  })
  return {items, badLines}
}

function itemProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'expected an object {"id", "lang", "text", "label"}'
  const v = value as Record<string, unknown>
  if (typeof v.id !== 'string' && typeof v.id !== 'number') return '"id" is missing (expected a string or a number)'
  if (typeof v.text !== 'string') return '"text" is missing (expected a string)'
  if (!LABELS.includes(v.label as Label)) return `"label" must be one of ${LABELS.join(', ')}, got ${JSON.stringify(v.label)}`
  if (v.lang !== undefined && v.lang !== null && v.lang !== 'fr' && v.lang !== 'en') return `"lang" must be fr or en, got ${JSON.stringify(v.lang)}`
  return undefined
}

/** What the engine said about one item: the words of its hollow claims, and what else it saw. */
export interface ItemVerdict {
  matched: string[]
  seen: string[]
}

/** Scores per language (`auto` when an item has no lang) and overall, given which items were flagged. */
export function scoreItems(items: EvalItem[], flagged: boolean[], verdicts: ItemVerdict[] = []): Pick<EvalReport, 'items' | 'scores' | 'misses' | 'falseAlarms'> {
  const tallies = new Map<string, Scores>()
  const tally = (key: string) => {
    let scores = tallies.get(key)
    if (!scores) tallies.set(key, (scores = emptyScores()))
    return scores
  }
  const misses: EvalReport['misses'] = []
  const falseAlarms: EvalReport['falseAlarms'] = []
  items.forEach((item, index) => {
    const hit = flagged[index] === true
    const group = item.lang ?? 'auto'
    for (const scores of [tally(group), tally('overall')]) {
      scores.items++
      scores.byLabel[item.label].items++
      if (hit) scores.byLabel[item.label].flagged++
      if (hit && item.label === 'hollow') scores.tp++
      else if (hit) scores.fp++
      else if (item.label === 'hollow') scores.fn++
    }
    const verdict = verdicts[index]
    if (!hit && item.label === 'hollow') misses.push({id: item.id, lang: group, text: item.text, seen: verdict?.seen ?? []})
    if (hit && item.label !== 'hollow') falseAlarms.push({id: item.id, lang: group, label: item.label, text: item.text, matched: verdict?.matched ?? []})
  })
  const scores: Record<string, Scores> = {}
  const groups = [...tallies.keys()].filter((key) => key !== 'overall').sort()
  for (const key of groups) scores[key] = finish(tallies.get(key)!)
  scores.overall = finish(tallies.get('overall') ?? emptyScores())
  return {items: items.length, scores, misses, falseAlarms}
}

function emptyScores(): Scores {
  const byLabel = {} as Scores['byLabel']
  for (const label of LABELS) byLabel[label] = {items: 0, flagged: 0, rate: null}
  return {items: 0, tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null, byLabel}
}

function finish(s: Scores): Scores {
  const ratio = (a: number, b: number) => (b === 0 ? null : a / b)
  const precision = ratio(s.tp, s.tp + s.fp)
  const recall = ratio(s.tp, s.tp + s.fn)
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)
  for (const label of LABELS) s.byLabel[label].rate = ratio(s.byLabel[label].flagged, s.byLabel[label].items)
  return {...s, precision, recall, f1}
}

/** `errors`: list each miss and false alarm with the words matched (else only their counts). */
export function formatEvalText(report: EvalReport, {errors = false}: {errors?: boolean} = {}): string {
  const out: string[] = []
  const fixed = (n: number | null) => (n === null ? '—' : n.toFixed(3))
  const percent = (n: number | null) => (n === null ? '—' : `${(n * 100).toFixed(1)} %`)
  const table = (rows: string[][]) => {
    const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)))
    return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd())
  }
  const groups = Object.keys(report.scores)
  out.push(`${report.file}: ${report.items} items in ${report.millis} ms`, '')
  out.push('hollow-claim against label "hollow"')
  out.push(
    ...table([
      ['', 'items', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN'],
      ...groups.map((g) => {
        const s = report.scores[g]!
        return [g, String(s.items), fixed(s.precision), fixed(s.recall), fixed(s.f1), String(s.tp), String(s.fp), String(s.fn)]
      })
    ])
  )
  out.push('', 'confusion: items flagged as hollow, by label')
  out.push(
    ...table([
      ['', ...groups],
      ...LABELS.map((label) => [
        label,
        ...groups.map((g) => {
          const b = report.scores[g]!.byLabel[label]
          return `${b.flagged}/${b.items} (${percent(b.rate)})`
        })
      ])
    ])
  )
  const clip = (text: string) => (text.length > 160 ? text.slice(0, 159) + '…' : text).replace(/\s+/g, ' ')
  const words = (list: string[]) => list.map((w) => `« ${w.replace(/\s+/g, ' ')} »`).join(', ')
  out.push('', `misses (hollow, not flagged): ${report.misses.length}`)
  if (errors) {
    for (const m of report.misses) {
      out.push(`  ${m.id} [${m.lang}] ${clip(m.text)}`)
      out.push(`      seen: ${m.seen.length > 0 ? m.seen.join('; ') : 'no claim'}`)
    }
  }
  out.push(`${errors ? '\n' : ''}false alarms (flagged, not hollow): ${report.falseAlarms.length}`)
  if (errors) {
    for (const f of report.falseAlarms) {
      out.push(`  ${f.id} [${f.lang}, ${f.label}] ${clip(f.text)}`)
      out.push(`      matched: ${words(f.matched)}`)
    }
  } else if (report.misses.length + report.falseAlarms.length > 0) out.push('(--errors lists them with the words matched)')
  if (report.badLines.length > 0) {
    out.push('', `skipped lines: ${report.badLines.length}`)
    for (const bad of report.badLines) out.push(`  line ${bad.line}: ${bad.reason}`)
  }
  return out.join('\n') + '\n'
}
