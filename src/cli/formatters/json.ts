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
import type {Message} from '../../core/index.ts'
import type {FileReport} from '../report.ts'

function jsonMessage(m: Message) {
  return {
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
  }
}

export function toJsonReport(reports: FileReport[]) {
  return reports.map((report) => ({file: report.file, messages: report.messages.map(jsonMessage)}))
}

export function formatJson(reports: FileReport[]): string {
  let out = ''
  writeJson(reports, (chunk) => void (out += chunk))
  return out
}

/** Below this many characters, pieces are joined before they are written. */
const CHUNK = 64 * 1024

/**
 * The same text as `formatJson`, written a piece at a time (`JSON.stringify(…, null, 2)`, one
 * message after another): a run with tens of thousands of findings never holds the whole report
 * and its copy as one string.
 */
export function writeJson(reports: FileReport[], write: (chunk: string) => void): void {
  let pending = ''
  const put = (text: string) => {
    pending += text
    if (pending.length >= CHUNK) {
      write(pending)
      pending = ''
    }
  }
  if (reports.length === 0) put('[]')
  else {
    put('[\n')
    reports.forEach((report, r) => {
      put(`  {\n    "file": ${JSON.stringify(report.file)},\n    "messages": `)
      if (report.messages.length === 0) put('[]')
      else {
        put('[\n')
        report.messages.forEach((m, i) => {
          put(`      ${JSON.stringify(jsonMessage(m), null, 2).replaceAll('\n', '\n      ')}${i < report.messages.length - 1 ? ',' : ''}\n`)
        })
        put('    ]')
      }
      put(`\n  }${r < reports.length - 1 ? ',' : ''}\n`)
    })
    put(']')
  }
  put('\n')
  if (pending) write(pending)
}
