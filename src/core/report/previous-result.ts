/**
 * The previous result, by block: after an edit, the blocks before it keep their messages and claims
 * as they were, and the blocks after it take theirs moved, so a keystroke in a long document only
 * resolves and builds the few blocks around it.
 */
import type {ClaimRecord, Lang, Message} from '../types.ts'
import type {DocumentLines} from './block-lines.ts'
import {moveClaim, moveMessage} from './records.ts'

/**
 * What the previous result held before each block (arrays of length blocks + 1). The blocks
 * before an edit take their part from here as they were — nothing can change them while no claim
 * waits across the edit — and so do the blocks after it, moved (see `moveTail`).
 */
export interface Previous {
  /** The result's arrays, in document order (private copies: callers get their own). */
  messages: Message[]
  findingClaims: ClaimRecord[]
  mentionClaims: ClaimRecord[]
  /** Before block b: how many messages, finding claims and mention claims; running totals of commitments, hollow, backed and silenced claims. */
  messagesAt: Int32Array
  findingClaimsAt: Int32Array
  mentionClaimsAt: Int32Array
  commitmentsAt: Int32Array
  hollowAt: Int32Array
  backedAt: Int32Array
  silencedAt: Int32Array
  /** The language the scope walk started in. */
  lang: Lang
  /** Each block's first line and where that line starts (see `DocumentLines`). */
  firstLine: Int32Array
  firstLineStart: Float64Array
}

/** What changed since the previous call, in blocks (see `buildResult`). */
export interface Change {
  /** The first block that may differ: blocks before it, their offsets and lines are unchanged. */
  from: number
  /** The first block after the re-cut window: it and the following ones are the previous blocks from `tailFrom - shift` on, moved by `delta` characters. */
  tailFrom: number
  shift: number
  delta: number
}

const COUNTS = ['messagesAt', 'findingClaimsAt', 'mentionClaimsAt', 'commitmentsAt', 'hollowAt', 'backedAt', 'silencedAt'] as const

/** The per-block counts of a result (see `Previous`). */
export type Counts = Pick<Previous, (typeof COUNTS)[number]>

interface Lists {
  messages: Message[]
  findingClaims: ClaimRecord[]
  mentionClaims: ClaimRecord[]
}

/** The previous result's messages and claims before block `from` (none when `from` is 0), and their counts copied into `at`. */
export function keepHead(previous: Previous | undefined, from: number, at: Counts): Lists {
  if (!previous || from === 0) return {messages: [], findingClaims: [], mentionClaims: []}
  for (const key of COUNTS) at[key].set(previous[key].subarray(0, from + 1))
  return {
    messages: previous.messages.slice(0, previous.messagesAt[from]),
    findingClaims: previous.findingClaims.slice(0, previous.findingClaimsAt[from]),
    mentionClaims: previous.mentionClaims.slice(0, previous.mentionClaimsAt[from])
  }
}

export function emptyCounts(blocks: number): Counts {
  const counts = () => new Int32Array(blocks + 1)
  return {messagesAt: counts(), findingClaimsAt: counts(), mentionClaimsAt: counts(), commitmentsAt: counts(), hollowAt: counts(), backedAt: counts(), silencedAt: counts()}
}

/**
 * Whether the blocks after the re-cut window only moved: same columns (the first of them starts
 * as far into its line as before), so their messages are the previous ones, moved.
 */
export function tailMoves(previous: Previous, change: Change, spans: ReadonlyArray<{start: number}>, lines: DocumentLines): boolean {
  const t = change.tailFrom
  const o = t - change.shift
  if (t >= spans.length || o < 0 || o >= previous.firstLine.length) return false
  const start = spans[t]!.start
  return start - lines.firstLineStart[t]! === start - change.delta - previous.firstLineStart[o]!
}

/** Appends the previous result from block `stop` on (old index `stop - shift`), moved, and its counts. */
export function moveTail(
  previous: Previous,
  change: Change,
  stop: number,
  lines: DocumentLines,
  spans: ReadonlyArray<{start: number}>,
  into: Lists,
  at: Counts
): void {
  const o = stop - change.shift
  const by = change.delta
  const down = lines.firstLine[stop]! - previous.firstLine[o]!
  const still = by === 0 && down === 0
  for (let k = previous.messagesAt[o]!; k < previous.messages.length; k++) {
    const message = previous.messages[k]!
    into.messages.push(still ? message : moveMessage(message, by, down))
  }
  for (let k = previous.findingClaimsAt[o]!; k < previous.findingClaims.length; k++) {
    const claim = previous.findingClaims[k]!
    into.findingClaims.push(still ? claim : moveClaim(claim, by))
  }
  for (let k = previous.mentionClaimsAt[o]!; k < previous.mentionClaims.length; k++) {
    const claim = previous.mentionClaims[k]!
    into.mentionClaims.push(still ? claim : moveClaim(claim, by))
  }
  const n = spans.length
  for (const key of COUNTS) {
    const mine = at[key]
    const old = previous[key]
    const shift = mine[stop]! - old[o]!
    for (let b = stop + 1; b <= n; b++) mine[b] = old[b - change.shift]! + shift
  }
}
