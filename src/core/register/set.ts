/**
 * The register rules over a set of documents linted together (a CLI run, a workspace review):
 * each document's conflict and undercut messages are replaced by those found across the set, so
 * a promise on one page is compared with every other page. Other messages are left as they are.
 */
import type {LintResult, Message, PromesseConfig} from '../types.ts'
import {documentRules, severityIn} from '../rules/index.ts'
import {checkByName} from './check.ts'
import {LineIndex, registerMessages} from './messages.ts'

export interface SetMember {
  /** How the document is named in the others' messages (a path relative to where the run started). */
  file: string
  text: string
  result: LintResult
  /** The document's configuration (its rule severities), when it has one. */
  config?: PromesseConfig
}

/** Each member's messages, the register rules' computed across the whole set, in document order. */
export function checkSet(members: readonly SetMember[]): Message[][] {
  const findings = checkByName(members)
  const indexes = new Map<number, LineIndex>()
  const lines = (doc: number): LineIndex => {
    let index = indexes.get(doc)
    if (!index) indexes.set(doc, (index = new LineIndex(members[doc]!.text)))
    return index
  }
  return members.map((member, doc) => {
    const own = member.result.messages.filter((m) => !documentRules.includes(m.ruleId))
    const found = registerMessages(findings, members, doc, (id) => severityIn(member.config, id), lines)
    if (found.length === 0) return own
    return [...own, ...found].sort((a, b) => a.start.offset - b.start.offset)
  })
}
