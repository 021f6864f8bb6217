import {lint} from '../../src/core/index.ts'
import type {Lang} from '../../src/core/types.ts'

/** The words of the hollow claims reported on a plain-text document. */
export function hollow(text: string, lang: Lang): string[] {
  return lint(text, {format: 'plaintext', lang}).messages.filter((m) => m.ruleId === 'hollow-claim').map((m) => text.slice(m.start.offset, m.end.offset))
}
