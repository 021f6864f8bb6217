/** Plain-text tables for the bench report. */

export type Cell = string | number | undefined

/** Formats a number with `digits` decimals, or "–" when it was not measured. */
export function num(value: number | undefined, digits = 1): string {
  return value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits)
}

export function mark(ok: boolean | undefined): string {
  return ok === undefined ? '–' : ok ? '✓' : '✗'
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 2)} MB`
  return `${(bytes / 1024).toFixed(bytes >= 100 * 1024 ? 0 : 1)} KB`
}

/** Left-aligns the columns in `left` (the first by default), right-aligns the others. */
export function formatTable(headers: string[], rows: Cell[][], left: readonly number[] = [0]): string {
  const cells = [headers, ...rows.map((row) => row.map((cell) => (cell === undefined ? '–' : String(cell))))]
  const widths = headers.map((_, column) => Math.max(...cells.map((row) => [...(row[column] ?? '')].length)))
  const line = (row: string[]) =>
    row.map((cell, column) => (left.includes(column) ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]! + (cell.length - [...cell].length)))).join('  ')
  return [line(cells[0]!), widths.map((width) => '─'.repeat(width)).join('  '), ...cells.slice(1).map(line)].join('\n')
}
