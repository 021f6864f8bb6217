/**
 * Suppression comments: `promesse-disable`, `promesse-enable` (optionally with rule ids) and
 * `promesse-disable-next-line`, applied in document order (the comments are written and read by `source/suppression-comments.ts`).
 */
import type {RuleId} from '../types.ts'
import type {Directive} from '../source/types.ts'

export class Suppressions {
  private readonly directives: Directive[]
  private readonly nextLine = new Map<number, Set<string> | 'all'>()
  private cursor = 0
  private allDisabled = false
  private readonly disabled = new Set<string>()
  private readonly reenabled = new Set<string>()

  /** `directives` must be in document order with absolute offsets; `endLine` is the line each ends on. */
  constructor(directives: Array<Directive & {endLine: number}>) {
    this.directives = directives.filter((d) => d.kind !== 'disable-next-line')
    for (const d of directives) {
      if (d.kind !== 'disable-next-line') continue
      const line = d.endLine + 1
      const previous = this.nextLine.get(line)
      if (d.rules.length === 0 || previous === 'all') this.nextLine.set(line, 'all')
      else this.nextLine.set(line, new Set([...(previous ?? []), ...d.rules]))
    }
  }

  /** Whether `ruleId` is off at `offset` (on `line`). Calls must come in increasing offset order. */
  isSuppressed(ruleId: RuleId, offset: number, line: number): boolean {
    while (this.cursor < this.directives.length && this.directives[this.cursor]!.offset <= offset) {
      this.apply(this.directives[this.cursor++]!)
    }
    const onLine = this.nextLine.get(line)
    if (onLine === 'all' || onLine?.has(ruleId)) return true
    return this.allDisabled ? !this.reenabled.has(ruleId) : this.disabled.has(ruleId)
  }

  private apply(d: Directive): void {
    const all = d.rules.length === 0
    if (d.kind === 'disable') {
      if (all) {
        this.allDisabled = true
        this.disabled.clear()
        this.reenabled.clear()
      } else {
        for (const r of d.rules) {
          this.disabled.add(r)
          this.reenabled.delete(r)
        }
      }
    } else if (all) {
      this.allDisabled = false
      this.disabled.clear()
      this.reenabled.clear()
    } else {
      for (const r of d.rules) {
        this.disabled.delete(r)
        if (this.allDisabled) this.reenabled.add(r)
      }
    }
  }
}
