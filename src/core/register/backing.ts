/**
 * Which commitment backs a backed claim, for the reviews: one in the claim's own sentence, else
 * the nearest one after it (the next sentence, or the list it introduces), else the nearest one
 * before it (the sentence just before). Scope (`scope.ts`) decides whether a claim is backed; this
 * only names the words a reader should look at, so it runs on demand, not on every keystroke.
 */
import type {ClaimRecord, CommitmentRecord} from '../types.ts'

/** How far from a claim, in characters, a commitment is still taken for its backing. */
const REACH = 400

export function backingOf(claim: ClaimRecord, commitments: readonly CommitmentRecord[]): CommitmentRecord | undefined {
  if (claim.status !== 'backed') return undefined
  let after: CommitmentRecord | undefined
  let before: CommitmentRecord | undefined
  for (const c of commitments) {
    if (c.sentenceStart <= claim.start && claim.end <= c.sentenceEnd) return c
    if (c.start >= claim.end) {
      if (c.start - claim.end <= REACH && (!after || c.start < after.start)) after = c
    } else if (c.end <= claim.start && claim.start - c.end <= REACH && (!before || c.end > before.end)) before = c
  }
  return after ?? before
}
