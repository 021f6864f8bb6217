/**
 * The JSON output: a STABLE contract for scripts and CI.
 *   [{"file", "messages": [{"ruleId", "severity", "line", "column", "endLine", "endColumn",
 *                           "message", "actual", "expected": [...], "note", "url"}]}]
 * Lines and columns are 1-based; columns count UTF-16 code units. Files with no findings are
 * listed with an empty `messages`. Fields are emitted in this order and no others are added.
 */
import type {FileReport} from '../report.ts'

export function toJsonReport(reports: FileReport[]) {
  return reports.map((report) => ({
    file: report.file,
    messages: report.messages.map((m) => ({
      ruleId: m.ruleId,
      severity: m.severity,
      line: m.line,
      column: m.column,
      endLine: m.endLine,
      endColumn: m.endColumn,
      message: m.message,
      actual: m.actual,
      expected: [...m.expected],
      note: m.note,
      url: m.url
    }))
  }))
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(toJsonReport(reports), null, 2) + '\n'
}
