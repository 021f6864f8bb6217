/**
 * Measures the detector alone (before the orchestrator): `npx tsx scripts/eval-detector.ts FILE.jsonl [--quiet]`.
 * Reads items {id, lang, text, label}; splits each text into sentences naively; a `hollow-claim`
 * finding counts when no commitment stands in its sentence or the next one. Prints hollow
 * precision/recall/F1 per language and overall, flagged items by label, misses and false alarms.
 */
import {readFileSync} from 'node:fs'
import {analyzeSentence} from '../src/core/detect/index.ts'
import type {Lang} from '../src/core/types.ts'

interface Item {
  id: string
  lang: Lang
  text: string
  label: 'hollow' | 'backed' | 'mention' | 'none'
}

export function splitSentences(text: string): string[] {
  const out: string[] = []
  const re = /[.!?…]+["»”’)]*\s+(?=[«"“A-ZÀ-ÖØ-Þ0-9])/g
  let last = 0
  let m: RegExpExecArray | null
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length
    out.push(text.slice(last, end).trim())
    last = end
  }
  if (last < text.length) out.push(text.slice(last).trim())
  return out.filter((s) => s.length > 0)
}

/** The unbacked hollow-claim findings of a text, with the naive scope rule. */
export function hollowFindings(text: string, lang: Lang): string[] {
  const sentences = splitSentences(text)
  const analyses = sentences.map((s) => analyzeSentence(s, lang))
  const out: string[] = []
  analyses.forEach((a, i) => {
    if (a.mention) return
    if (i > 0 && analyses[i - 1]!.introducesMention) return
    const next = analyses[i + 1]
    const backed = a.commitments.length > 0 || (next !== undefined && next.commitments.length > 0)
    if (backed) return
    for (const f of a.findings) if (f.ruleId === 'hollow-claim') out.push(`${f.family}: ${f.actual}`)
  })
  return out
}

function main(): void {
  const file = process.argv[2]
  if (!file) {
    console.error('usage: npx tsx scripts/eval-detector.ts FILE.jsonl [--quiet]')
    process.exit(2)
  }
  const quiet = process.argv.includes('--quiet')
  const items: Item[] = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Item)
  const stats: Record<string, {tp: number; fp: number; fn: number; flagged: Record<string, number>; total: Record<string, number>}> = {}
  const misses: string[] = []
  const alarms: string[] = []
  const start = performance.now()
  let chars = 0
  for (const item of items) {
    chars += item.text.length
    const found = hollowFindings(item.text, item.lang)
    const flagged = found.length > 0
    for (const key of [item.lang, 'all']) {
      const s = (stats[key] ??= {tp: 0, fp: 0, fn: 0, flagged: {}, total: {}})
      s.total[item.label] = (s.total[item.label] ?? 0) + 1
      if (flagged) s.flagged[item.label] = (s.flagged[item.label] ?? 0) + 1
      if (flagged && item.label === 'hollow') s.tp++
      else if (flagged) s.fp++
      else if (item.label === 'hollow') s.fn++
    }
    if (!flagged && item.label === 'hollow') misses.push(`${item.id}  ${item.text}`)
    if (flagged && item.label !== 'hollow') alarms.push(`${item.id} [${item.label}] ${found.join(' | ')}  ::  ${item.text}`)
  }
  const ms = performance.now() - start
  console.log('lang  P      R      F1     | flagged by label')
  for (const [key, s] of Object.entries(stats)) {
    const p = s.tp / (s.tp + s.fp || 1)
    const r = s.tp / (s.tp + s.fn || 1)
    const f1 = (2 * p * r) / (p + r || 1)
    const by = ['hollow', 'backed', 'mention', 'none'].map((l) => `${l} ${s.flagged[l] ?? 0}/${s.total[l] ?? 0}`).join('  ')
    console.log(`${key.padEnd(5)} ${p.toFixed(3)}  ${r.toFixed(3)}  ${f1.toFixed(3)}  | ${by}`)
  }
  console.log(`${items.length} items, ${chars} chars in ${ms.toFixed(0)} ms`)
  if (!quiet) {
    console.log(`\nMISSES (${misses.length})`)
    for (const m of misses) console.log('  ' + m)
    console.log(`\nFALSE ALARMS (${alarms.length})`)
    for (const a of alarms) console.log('  ' + a)
  }
}

if (process.argv[1]?.endsWith('eval-detector.ts')) main()
