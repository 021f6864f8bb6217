/**
 * The register in four forms: stylish (grouped by subject for a terminal), JSON (the documented
 * contract), CSV (for a spreadsheet: RFC 4180 quoting) and Markdown (a table to paste in a wiki).
 */
import type {RegisterPlace, RegisterRow} from '../../core/index.ts'
import type {RegisterFormat} from '../args.ts'
import {printable} from './stylish.ts'

function where(p: RegisterPlace): string {
  return `${p.file}:${p.line}`
}

function marks(row: RegisterRow): string {
  const out: string[] = []
  for (const c of row.conflicts) out.push(`conflicts with "${c.words}" (${where(c)})`)
  for (const u of row.undercutBy) out.push(`undercut by "${u.words}" (${where(u)})`)
  return out.join('; ')
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

function stylish(rows: readonly RegisterRow[]): string {
  if (rows.length === 0) return 'No commitment found.\n'
  const lines: string[] = []
  let subject: string | undefined
  for (const row of rows) {
    if (row.subject !== subject) {
      subject = row.subject
      lines.push('', subject)
    }
    const mark = marks(row)
    lines.push(`  ${row.kind.padEnd(9)} ${oneLine(row.label).padEnd(24)} ${printable(where(row))}  ${printable(oneLine(row.words))}${mark ? `\n      ✖ ${printable(mark)}` : ''}`)
  }
  const conflicts = rows.filter((r) => r.conflicts.length > 0).length
  const undercut = rows.filter((r) => r.undercutBy.length > 0).length
  lines.push('', `${rows.length} commitment${rows.length === 1 ? '' : 's'}, ${conflicts} in conflict, ${undercut} undercut by a disclaimer`)
  return lines.slice(1).join('\n') + '\n'
}

function csvCell(s: string): string {
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

function csv(rows: readonly RegisterRow[]): string {
  const head = ['subject', 'kind', 'value', 'file', 'line', 'column', 'words', 'qualifiers', 'conflicts', 'undercut_by']
  const body = rows.map((r) =>
    [r.subject, r.kind, r.label, r.file, String(r.line), String(r.column), oneLine(r.words), r.qualifiers.join(' '), r.conflicts.map((c) => `${where(c)} ${oneLine(c.words)}`).join(' | '), r.undercutBy.map((u) => `${where(u)} ${oneLine(u.words)}`).join(' | ')]
      .map(csvCell)
      .join(',')
  )
  return [head.join(','), ...body].join('\r\n') + '\r\n'
}

function mdCell(s: string): string {
  return oneLine(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;')
}

function markdown(rows: readonly RegisterRow[]): string {
  const out = ['| subject | kind | value | where | words | conflicts |', '| --- | --- | --- | --- | --- | --- |']
  for (const r of rows) out.push(`| ${mdCell(r.subject)} | ${r.kind} | ${mdCell(r.label)} | ${mdCell(where(r))} | ${mdCell(r.words)} | ${mdCell(marks(r)) || ''} |`)
  return out.join('\n') + '\n'
}

export function formatRegister(rows: readonly RegisterRow[], format: RegisterFormat): string {
  switch (format) {
    case 'json':
      return JSON.stringify({version: 1, commitments: rows}, null, 2) + '\n'
    case 'csv':
      return csv(rows)
    case 'markdown':
      return markdown(rows)
    default:
      return stylish(rows)
  }
}
