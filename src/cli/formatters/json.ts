/**
 * The JSON output: a STABLE contract for scripts and CI.
 *   [{"file", "messages": [{"ruleId", "severity", "line", "column", "endLine", "endColumn",
 *                           "message", "actual", "expected": [...],
 *                           "fixes": [{"start", "end", "text", "snippet"}], "note", "url"}]}]
 * Lines and columns are 1-based; columns count UTF-16 code units. Each fix replaces the file's text
 * from `start` to `end` (UTF-16 offsets into the text as decoded, after any BOM) with `text`
 * (`snippet` is the same with placeholders); applying one leaves a correct sentence. Files with no findings are
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
      fixes: m.fixes.map((f) => ({start: f.start, end: f.end, text: f.text, snippet: f.snippet})),
      note: m.note,
      url: m.url
    }))
  }))
}

export function formatJson(reports: FileReport[]): string {
  return JSON.stringify(toJsonReport(reports), null, 2) + '\n'
}
