/**
 * Which commitment backs a backed claim, for the reviews: one in the claim's own sentence, else
 * the nearest one after it (the next sentence, or the list it introduces), else the nearest one
 * before it (the sentence just before). Scope (`resolve/scope.ts`) decides whether a claim is backed; this
 * only names the words a reader should look at, so it runs on demand, not on every keystroke.
 */
import type {ClaimRecord, CommitmentRecord} from '../types.ts'

/** How far from a claim, in characters, a commitment is still taken for its backing. */
const REACH = 400

/** `commitments` in document order, as a result gives them: only those within `REACH` are looked at. */
export function backingOf(claim: ClaimRecord, commitments: readonly CommitmentRecord[]): CommitmentRecord | undefined {
  if (claim.status !== 'backed') return undefined
  // The first commitment that may be in reach (they are in document order; sentences are at most a few hundred characters apart).
  let lo = 0
  let hi = commitments.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (commitments[mid]!.start < claim.start - 2 * REACH) lo = mid + 1
    else hi = mid
  }
  let after: CommitmentRecord | undefined
  let before: CommitmentRecord | undefined
  for (let k = lo; k < commitments.length && commitments[k]!.start <= claim.end + REACH; k++) {
    const c = commitments[k]!
    if (c.sentenceStart <= claim.start && claim.end <= c.sentenceEnd) return c
    if (c.start >= claim.end) after ??= c
    else if (c.end <= claim.start && claim.start - c.end <= REACH) before = c
  }
  return after ?? before
}
