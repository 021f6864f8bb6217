/**
 * Which findings are published on a long document. VS Code keeps at most 1,000 diagnostics per
 * file and publishing thousands costs the writer keystrokes, so past `max` the findings nearest
 * the lines on screen are shown, and the rest as the writer scrolls (the review lists them all).
 */

/** Lines on screen, 0-based and inclusive (as `TextEditor.visibleRanges` gives them). */
export interface LineSpan {
  start: number
  end: number
}

/** The most findings a document publishes, whatever the setting says (VS Code's own limit). */
export const MAX_PUBLISHED = 1000

/** How far `line` (0-based) is from the nearest visible span (0 inside one). */
function distance(line: number, visible: readonly LineSpan[]): number {
  let best = Infinity
  for (const span of visible) {
    const d = line < span.start ? span.start - line : line > span.end ? line - span.end : 0
    if (d < best) best = d
  }
  return best
}

/**
 * All of `messages` when they are at most `max`; else the `max` nearest the visible lines (the
 * first ones when nothing is visible), in document order. `messages` are in document order, with
 * 1-based `line`s.
 */
export function pickShown<T extends {line: number}>(messages: readonly T[], max: number, visible: readonly LineSpan[]): T[] {
  const limit = Math.max(1, Math.min(MAX_PUBLISHED, Math.floor(max)))
  if (messages.length <= limit) return messages.slice()
  if (visible.length === 0) return messages.slice(0, limit)
  const order = messages.map((m, i) => ({i, d: distance(m.line - 1, visible)}))
  order.sort((a, b) => a.d - b.d || a.i - b.i)
  return order
    .slice(0, limit)
    .map((o) => o.i)
    .sort((a, b) => a - b)
    .map((i) => messages[i]!)
}
