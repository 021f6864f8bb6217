/** Blocks of data files joined to the suppression comment just before them. */
import type {BlockRange} from '../types.ts'
import {DISABLE_NEXT_LINE} from '../suppression-comments.ts'

/**
 * A `promesse-disable-next-line` comment and the string right after it (within two lines, as
 * when the value sits below its key or is a YAML block scalar) make one block: the comment then
 * silences the whole string, whatever line its words are on.
 */
export function attachSuppressions(text: string, blocks: BlockRange[]): BlockRange[] {
  const out: BlockRange[] = []
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!
    const next = blocks[i + 1]
    const comment = text.slice(block.start, block.end)
    if (next && /^(?:#|\/\/|\/\*)/.test(comment) && comment.includes(DISABLE_NEXT_LINE) && !/^(?:#|\/\/|\/\*)/.test(text.slice(next.start, next.start + 2))) {
      const between = text.slice(block.end, next.start)
      if ((between.match(/\n/g)?.length ?? 0) <= 2) {
        out.push({start: block.start, end: next.end})
        i++
        continue
      }
    }
    out.push(block)
  }
  return out
}
