/**
 * The register rules inside one document, on every keystroke. Each block with commitments is
 * checked as a document of its own (offsets stay block-relative, so nothing moves when an edit
 * shifts the text); the findings are kept while the blocks' readings are the same objects, and
 * each message while its two places have not moved.
 */
import type {CommitmentRecord, DisclaimerRecord, LintResult, Message, Point, RuleId, Severity} from '../types.ts'
import {moveMessage} from '../report/records.ts'
import {registerMessage} from './messages.ts'
import {checkRegister, type RegisterFinding} from './check.ts'
import {absoluteCommitments, absoluteDisclaimers, type BlockRegister, type DocumentRegister} from './document.ts'

/** What the last call found, for the next one. */
export interface RegisterMemo {
  blocks: readonly BlockRegister[]
  findings: RegisterFinding[]
  /** The findings by place: block, and index among its commitments (or disclaimers, for `otherIsDisclaimer`). */
  indexed: Array<{ruleId: RegisterFinding['ruleId']; at: number; atIndex: number; other: number; otherIndex: number; otherIsDisclaimer: boolean}>
}

interface KeptMessage {
  rule: RuleId
  other: object
  at: number
  otherAt: number
  atLine: number
  otherLine: number
  message: Message
}

/** Messages made, by the commitment they are on (its identity lasts while its block is unchanged). */
export type RegisterMessages = WeakMap<object, KeptMessage[]>

export interface Placement {
  /** The block's first line, and a point for an offset in it (see DocumentLines). */
  firstLine(index: number): number
  point(index: number, offset: number): Point
}

/** The same readings, or readings with the same signatures (an edit that moved words but changed no commitment). */
function sameSignatures(a: readonly BlockRegister[], b: readonly BlockRegister[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i] || x.signature === b[i]!.signature)
}

function indexFindings(blocks: readonly BlockRegister[], findings: readonly RegisterFinding[]): RegisterMemo['indexed'] {
  return findings.map((f) => {
    const otherIsDisclaimer = f.ruleId === 'undercut-commitment'
    const others: readonly object[] = otherIsDisclaimer ? blocks[f.other.doc]!.disclaimers : blocks[f.other.doc]!.commitments
    return {ruleId: f.ruleId, at: f.at.doc, atIndex: blocks[f.at.doc]!.commitments.indexOf(f.at.record), other: f.other.doc, otherIndex: others.indexOf(f.other.ref), otherIsDisclaimer}
  })
}

/** The findings of `indexed`, made again on the blocks' current readings (same signatures, other offsets). */
function reindex(blocks: readonly BlockRegister[], indexed: RegisterMemo['indexed']): RegisterFinding[] {
  return indexed.map((x) => {
    const record = blocks[x.at]!.commitments[x.atIndex]!
    const other = x.otherIsDisclaimer ? blocks[x.other]!.disclaimers[x.otherIndex]! : blocks[x.other]!.commitments[x.otherIndex]!
    return {
      ruleId: x.ruleId,
      at: {doc: x.at, start: record.start, end: record.end, words: record.words, ref: record, record},
      other: {doc: x.other, start: other.start, end: other.end, words: other.words, ref: other}
    }
  })
}

/**
 * The conflict and undercut messages of the document. `silenced(ruleId, offset, line)`: a
 * suppression comment covers that place.
 */
export function documentRegisterMessages(
  register: DocumentRegister,
  place: Placement,
  severityOf: (id: RuleId) => Severity | undefined,
  silenced: ((id: RuleId, offset: number, line: number) => boolean) | undefined,
  memo: {current?: RegisterMemo; messages?: RegisterMessages}
): Message[] {
  const made = (memo.messages ??= new WeakMap())
  let commitments = 0
  let disclaimers = 0
  for (const b of register.blocks) {
    commitments += b.commitments.length
    disclaimers += b.disclaimers.length
  }
  if (commitments < 2 && (commitments === 0 || disclaimers === 0)) return []
  let current = memo.current
  if (!current || !sameSignatures(current.blocks, register.blocks)) {
    const findings = checkRegister(register.blocks, () => 0)
    current = {blocks: register.blocks.slice(), findings, indexed: indexFindings(register.blocks, findings)}
    memo.current = current
  } else if (current.blocks.some((b, i) => b !== register.blocks[i])) {
    current = {blocks: register.blocks.slice(), findings: reindex(register.blocks, current.indexed), indexed: current.indexed}
    memo.current = current
  }
  const out: Message[] = []
  for (const f of current.findings) {
    const k = f.at.doc
    const o = f.other.doc
    const at = register.bases[k]! + f.at.start
    const other = register.bases[o]! + f.other.start
    const atLine = place.firstLine(register.indexes[k]!)
    const otherLine = place.firstLine(register.indexes[o]!)
    const list = made.get(f.at.ref)
    const kept = list?.find((m) => m.rule === f.ruleId && m.other === f.other.ref)
    if (kept && kept.otherLine === otherLine && kept.other === f.other.ref) {
      // Same words and the other place on the same line: the message stands, moved with its block.
      let message = kept.message
      if (kept.at !== at || kept.atLine !== atLine || kept.otherAt !== other) {
        message = moveMessage(kept.message, at - kept.at, atLine - kept.atLine)
        const by = other - kept.otherAt
        message.related = kept.message.related!.map((r) => ({...r, start: {...r.start, offset: r.start.offset + by}, end: {...r.end, offset: r.end.offset + by}}))
        kept.at = at
        kept.atLine = atLine
        kept.otherAt = other
        kept.message = message
      }
      if (!silenced?.(f.ruleId, at, message.start.line)) out.push(message)
      continue
    }
    const severity = severityOf(f.ruleId)
    if (!severity) continue
    const block = register.indexes[k]!
    const start = place.point(block, at)
    if (silenced?.(f.ruleId, at, start.line)) continue
    const by = register.bases[k]!
    const message = registerMessage(f, severity, {
      start,
      end: place.point(block, by + f.at.end),
      sentenceStart: place.point(block, by + f.at.record.sentenceStart),
      sentenceEnd: place.point(block, by + f.at.record.sentenceEnd),
      otherStart: place.point(register.indexes[o]!, other),
      otherEnd: place.point(register.indexes[o]!, register.bases[o]! + f.other.end)
    })
    const entry = {rule: f.ruleId, other: f.other.ref, at, otherAt: other, atLine, otherLine, message}
    if (list) list.splice(list.indexOf(kept!) >>> 0, kept ? 1 : 0, entry)
    else made.set(f.at.ref, [entry])
    out.push(message)
  }
  return out
}

/**
 * Sets the result's `commitments` and `disclaimers` as properties made on first read: most
 * keystrokes never ask for them, and a long document holds thousands. `silenced`: the register
 * rules a suppression comment covers at a commitment's place.
 */
export function defineRegister(result: LintResult, register: DocumentRegister, silencedAt?: (offset: number) => RuleId[]): LintResult {
  let commitments: CommitmentRecord[] | undefined
  let disclaimers: DisclaimerRecord[] | undefined
  Object.defineProperty(result, 'commitments', {
    enumerable: true,
    configurable: true,
    get: () =>
      (commitments ??= absoluteCommitments(register).map((r) => {
        const silenced = silencedAt?.(r.start)
        return silenced && silenced.length > 0 ? {...r, silenced} : r
      }))
  })
  Object.defineProperty(result, 'disclaimers', {enumerable: true, configurable: true, get: () => (disclaimers ??= absoluteDisclaimers(register))})
  return result
}
