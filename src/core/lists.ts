/** Lists kept for as long as a document is open: shared when empty, exact-sized otherwise. */

/**
 * One shared empty list for the many sentences without findings, blocks without directives or
 * line breaks: a 1 MB document keeps tens of thousands of analyses, and every object kept is
 * one more for the garbage collector to mark while the writer types. Never mutated.
 */
export const NONE = Object.freeze([]) as never[]

/**
 * A list built by `push`, as it is kept: V8 leaves room for 17 items in a list pushed once, so a
 * kept list is copied to its exact size (a 5 MB document keeps ≈ 50 000 of them), or shared when empty.
 */
export function kept<T>(list: T[]): T[] {
  return list.length === 0 ? NONE : list.slice()
}
