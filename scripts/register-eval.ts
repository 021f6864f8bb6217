/**
 * Scores the commitments register on labelled fixture sites (a folder of pages and its
 * `expected.json`): how many commitments it finds with the right kind, subject and value, which
 * planted conflicts and undercuts it reports, and which it reports that were not planted.
 *
 *   npx tsx scripts/register-eval.ts test/fixtures/register/blind/fr test/fixtures/register/blind/en
 *   npx tsx scripts/register-eval.ts              every blind site but the held-out ones
 *   npx tsx scripts/register-eval.ts --held-out   the held-out ones only
 *
 * A pair of sites whose folder holds a `HELD_OUT` file (`blind5/HELD_OUT`) is the held-out
 * figure: scored, never tuned on, and left out of the tests' floors.
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {lint, registerTable, type CommitmentValue, type Format, type RegisterRow} from '../src/core/index.ts'

interface Where {
  file: string
  line: number
  words?: string
}
interface Expected {
  commitments: Array<Where & {words: string; kind: string; subject: string; value: CommitmentValue}>
  conflicts: Array<{a: Where; b: Where}>
  undercuts: Array<{promise: Where; disclaimer: Where}>
  nonConflicts?: Array<{a: Where; b: Where; why?: string}>
}

const norm = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase()
const formatOf = (file: string): Format => (file.endsWith('.html') ? 'html' : file.endsWith('.md') ? 'markdown' : 'plaintext')

function sameValue(expected: CommitmentValue, actual: CommitmentValue): boolean {
  const eq = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)
  if (expected.hours) return eq(expected.hours, actual.hours) && (expected.basis ?? 'calendar') === actual.basis
  if (expected.days || expected.times) return eq(expected.days, actual.days) && (expected.times === undefined || eq(expected.times, actual.times))
  if (expected.amount !== undefined) return expected.amount === actual.amount && (expected.currency === undefined || expected.currency === actual.currency)
  if (expected.percent !== undefined) return expected.percent === actual.percent
  return true
}

function at(rows: RegisterRow[], w: Where & {kind?: string}): RegisterRow | undefined {
  const words = w.words === undefined ? undefined : norm(w.words)
  const candidates = rows.filter((r) => r.file === w.file && r.line === w.line && (words === undefined || norm(r.words).includes(words) || words.includes(norm(r.words))))
  // Several commitments on the line (« Livraison offerte dès 500 € »): the one of the expected kind.
  return candidates.find((r) => r.kind === w.kind) ?? candidates[0]
}

function pairKey(a: Where, b: Where): string {
  return [`${a.file}:${a.line}`, `${b.file}:${b.line}`].sort().join(' ~ ')
}

export interface SiteScore {
  commitments: number
  found: number
  right: number
  extra: number
  conflicts: number
  conflictsFound: number
  falseConflicts: number
  nonConflicts: number
  nonConflictsFlagged: number
  undercuts: number
  undercutsFound: number
  falseUndercuts: number
  lines: string[]
}

/** The blind fixture sites (`blind<N>/fr` and `/en` under `root`), in order; held out or not. */
export function blindSites(root = 'test/fixtures/register', {heldOut = false} = {}): string[] {
  return readdirSync(root, {withFileTypes: true})
    .filter((d) => d.isDirectory() && /^blind\d*$/.test(d.name) && existsSync(join(root, d.name, 'HELD_OUT')) === heldOut)
    .map((d) => d.name)
    .sort((a, b) => a.localeCompare(b, 'en', {numeric: true}))
    .flatMap((pair) => ['fr', 'en'].filter((lang) => existsSync(join(root, pair, lang))).map((lang) => join(root, pair, lang)))
}

export function scoreSite(dir: string): SiteScore {
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected
  const members = readdirSync(dir)
    .filter((f) => f !== 'expected.json')
    .sort()
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8')
      return {file, text, result: lint(text, {format: formatOf(file)})}
    })
  const rows = registerTable(members)
  const lines: string[] = []
  let found = 0
  let right = 0
  const used = new Set<RegisterRow>()
  for (const c of expected.commitments) {
    const row = at(rows, c)
    if (!row) {
      lines.push(`  missed     ${c.file}:${c.line} « ${c.words} » (${c.kind}, ${c.subject})`)
      continue
    }
    used.add(row)
    found++
    const ok = row.kind === c.kind && row.subject === c.subject && sameValue(c.value, row.value)
    if (ok) right++
    else lines.push(`  wrong      ${c.file}:${c.line} « ${c.words} »: expected ${c.kind}/${c.subject}/${JSON.stringify(c.value)}, got ${row.kind}/${row.subject}/${JSON.stringify(row.value)}`)
  }
  const comparable = new Set(['delay', 'schedule', 'price', 'measure'])
  const extra = rows.filter((r) => !used.has(r) && comparable.has(r.kind))
  for (const r of extra) lines.push(`  extra      ${r.file}:${r.line} « ${r.words} » (${r.kind}, ${r.subject}, ${r.label})`)
  const reported = new Set<string>()
  for (const r of rows) for (const c of r.conflicts) reported.add(pairKey(r, c))
  const planted = new Set(expected.conflicts.map((c) => pairKey(c.a, c.b)))
  const conflictsFound = [...planted].filter((k) => reported.has(k)).length
  for (const k of planted) if (!reported.has(k)) lines.push(`  conflict missed   ${k}`)
  const falseConflicts = [...reported].filter((k) => !planted.has(k))
  for (const k of falseConflicts) lines.push(`  conflict not planted   ${k}`)
  const undercutReported = new Set<string>()
  for (const r of rows) for (const u of r.undercutBy) undercutReported.add(`${r.file}:${r.line}`)
  const undercutPlanted = new Set(expected.undercuts.map((u) => `${u.promise.file}:${u.promise.line}`))
  const undercutsFound = [...undercutPlanted].filter((k) => undercutReported.has(k)).length
  for (const k of undercutPlanted) if (!undercutReported.has(k)) lines.push(`  undercut missed   ${k}`)
  const falseUndercuts = [...undercutReported].filter((k) => !undercutPlanted.has(k))
  for (const k of falseUndercuts) lines.push(`  undercut not planted   ${k}`)
  const nonConflictsFlagged = (expected.nonConflicts ?? []).filter((n) => reported.has(pairKey(n.a, n.b))).length
  return {
    commitments: expected.commitments.length,
    found,
    right,
    extra: extra.length,
    conflicts: planted.size,
    conflictsFound,
    falseConflicts: falseConflicts.length,
    nonConflicts: expected.nonConflicts?.length ?? 0,
    nonConflictsFlagged,
    undercuts: undercutPlanted.size,
    undercutsFound,
    falseUndercuts: falseUndercuts.length,
    lines
  }
}

if (process.argv[1]?.endsWith('register-eval.ts')) {
  const named = process.argv.slice(2).filter((a) => !a.startsWith('--'))
  for (const dir of named.length > 0 ? named : blindSites(undefined, {heldOut: process.argv.includes('--held-out')})) {
    const s = scoreSite(dir)
    const pct = (a: number, b: number) => (b === 0 ? '–' : `${((100 * a) / b).toFixed(0)} %`)
    console.log(`${dir}: ${s.found}/${s.commitments} commitments found (${pct(s.found, s.commitments)}), ${s.right} with the right kind, subject and value (${pct(s.right, s.commitments)}); ${s.extra} extra`)
    console.log(`  conflicts ${s.conflictsFound}/${s.conflicts} found, ${s.falseConflicts} not planted (${s.nonConflictsFlagged}/${s.nonConflicts} of the listed non-conflicts); undercuts ${s.undercutsFound}/${s.undercuts} found, ${s.falseUndercuts} not planted`)
    if (!process.argv.includes('--quiet')) for (const l of s.lines) console.log(l)
  }
}
