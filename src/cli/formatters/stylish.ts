/**
 * Human output, like ESLint's "stylish": a header per file, one line per finding
 * (`line:col  severity  message  rule-id`, then the preferred rewrite as it would read), and a summary.
 */
import type {Colors} from '../color.ts'
import {countSeverities, type FileReport} from '../report.ts'
import {quote, type Severity} from '../../core/index.ts'

/** Control characters shown, never sent to the terminal: a file name cannot clear the screen or retitle the window. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`)
}

export function formatStylish(reports: FileReport[], c: Colors): string {
  const out: string[] = []
  for (const report of reports) {
    if (report.messages.length === 0) continue
    const rows = report.messages.map((m) => ({
      position: `${m.line}:${m.column}`,
      severity: m.severity,
      message: printable(m.message.replace(/\s*\n\s*/g, ' ')),
      ruleId: m.ruleId,
      // The message says what to add; the words it is about lead the rewrite line.
      suggestion: m.fixes[0] === undefined ? undefined : printable(`${quote(m.actual.replace(/\s+/g, ' '), m.lang)} → ${m.fixes[0].text}`)
    }))
    const width = (pick: (row: (typeof rows)[number]) => string) => Math.max(...rows.map((row) => length(pick(row))))
    const positionWidth = width((row) => row.position)
    const severityWidth = width((row) => row.severity)
    const messageWidth = width((row) => row.message)
    out.push('', c.underline(printable(report.file)))
    for (const row of rows) {
      out.push(
        `  ${c.dim(pad(row.position, positionWidth))}  ${paint(c, row.severity, pad(row.severity, severityWidth))}  ` +
          `${pad(row.message, messageWidth)}  ${c.dim(row.ruleId)}`
      )
      if (row.suggestion) out.push(`  ${' '.repeat(positionWidth + severityWidth + 4)}${c.dim(row.suggestion)}`)
    }
  }
  const {errors, warnings, infos} = countSeverities(reports)
  const total = errors + warnings + infos
  if (total === 0) {
    const files = reports.length
    return `${c.green('✔')} ${files} ${files === 1 ? 'file' : 'files'} checked, no problems\n`
  }
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')]
  if (infos > 0) parts.push(plural(infos, 'info'))
  const summary = `✖ ${plural(total, 'problem')} (${parts.join(', ')})`
  out.push('', c.bold(errors > 0 ? c.red(summary) : c.yellow(summary)), '')
  return out.join('\n') + '\n'
}

function paint(c: Colors, severity: Severity, text: string): string {
  return severity === 'error' ? c.red(text) : severity === 'warning' ? c.yellow(text) : c.blue(text)
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

function length(text: string): number {
  let n = 0
  for (const _ of text) n++
  return n
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - length(text)))
}
