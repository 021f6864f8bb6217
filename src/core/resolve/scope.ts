/**
 * Decides which claims are backed: a commitment in the same sentence, in the sentence just
 * before it in the same unit (« Joignables 24 h/24. Nous intervenons au plus vite. »), in the next
 * sentence, or — for a heading or a sentence ending with a colon — in the list or table it introduces.
 *
 * It runs on every keystroke, over the whole document, so it is memoised per block: what a block
 * does depends only on its analysis and on a small state carried in from the blocks before it
 * (language, section, whether a claim is still waiting for the next sentence or for the end of
 * a list). A block whose analysis and incoming state are unchanged is not walked again.
 */
import type {Lang} from '../types.ts'
import type {BlockAnalysis, FindingAt, SentenceAt} from '../analyze-block.ts'
import {kept} from '../lists.ts'

/** Where a sentence with findings (or a mention) sits, relative to its block. */
export interface SentenceContext {
  sentence: SentenceAt
  lang: Lang
  section: string | undefined
}

/**
 * The resolved findings and mentions, in document order, as parallel arrays: this runs on every
 * keystroke over thousands of claims, so no object is made per finding.
 */
export interface Resolution {
  findings: FindingAt[]
  /** The sentence each finding is in, its block's index, and whether a commitment backs it. */
  contexts: SentenceContext[]
  blocks: number[]
  backed: boolean[]
  mentions: SentenceContext[]
  mentionBlocks: number[]
  commitments: number
  /**
   * Where the walk stopped (the number of blocks when it did not): from there on, blocks and the
   * state entering them are what the previous walk saw, and no claim waits, so the rest is as it was.
   */
  stoppedAt: number
}

/** What is carried from one block to the next. */
interface State {
  lang: Lang
  section: string | undefined
  introducesMention: boolean
  /** A claim waiting for the next sentence: none, plain, or one that introduces a list. */
  pending: 0 | 1 | 2
  /** A claim waiting for the end of the list it introduced: none, open, or already backed. */
  run: 0 | 1 | 2
  /** The commitment kinds that back the waiting claims (`SentenceAt.accepts`). */
  pendingAccepts: number
  runAccepts: number
}

/** A waiting claim: one from an earlier block (`'pending'`/`'run'`, as it came in) or this block's own. */
type Item = 'pending' | 'run' | SentenceContext

interface BlockScope {
  /** The analysis walked, and from which state. */
  block: BlockAnalysis
  enter: State
  exit: State
  /** Claims resolved in this block, in order: `item` names which; `mention`: the next sentence discusses it. */
  events: Array<{item: Item; backed: boolean; mention?: true}>
  /** What holds the waiting slots when the block ends. */
  exitPending: Item | undefined
  exitRun: Item | undefined
  mentions: SentenceContext[]
  commitments: number
}

const listLike = new Set(['listItem', 'tableCell'])

interface Waiting {
  block: number
  context: SentenceContext
}

/** The language most of the document is written in, for units too short to tell. */
export function majorityLang(blocks: readonly BlockAnalysis[], languages: readonly Lang[]): Lang {
  let fr = 0
  let en = 0
  for (const block of blocks) {
    for (const unit of block.units) {
      if (unit.lang === 'fr') fr++
      else if (unit.lang === 'en') en++
    }
  }
  if (fr === 0 && en === 0) return languages[0] ?? 'fr'
  return en > fr ? 'en' : 'fr'
}

function sameState(a: State, b: State): boolean {
  return (
    a.lang === b.lang &&
    a.section === b.section &&
    a.introducesMention === b.introducesMention &&
    a.pending === b.pending &&
    a.run === b.run &&
    a.pendingAccepts === b.pendingAccepts &&
    a.runAccepts === b.runAccepts
  )
}

/** Walks one block's sentences from the incoming state. */
function walk(block: BlockAnalysis, enter: State): BlockScope {
  const events: BlockScope['events'] = []
  const mentions: SentenceContext[] = []
  let commitments = 0
  let lang = enter.lang
  let section = enter.section
  let introducesMention = enter.introducesMention
  let pending: {item: Item; introduces: boolean; accepts: number} | undefined = enter.pending ? {item: 'pending', introduces: enter.pending === 2, accepts: enter.pendingAccepts} : undefined
  let run: {item: Item; backed: boolean; accepts: number} | undefined = enter.run ? {item: 'run', backed: enter.run === 2, accepts: enter.runAccepts} : undefined

  for (const unit of block.units) {
    // A claim is backed only in its own language: the translation beside it (a catalogue's next
    // entry, a page's English half) keeps no promise for it.
    if (unit.lang && unit.lang !== lang) {
      if (pending) events.push({item: pending.item, backed: false})
      if (run) events.push({item: run.item, backed: run.backed})
      pending = undefined
      run = undefined
    }
    if (unit.lang) lang = unit.lang
    if (unit.kind === 'heading') section = unit.heading
    const isList = listLike.has(unit.kind)
    // The commitment kinds of the sentence before, in this unit: they back this sentence's claims too.
    let previousKinds = 0
    for (const sentence of unit.sentences[lang] ?? []) {
      const prev = previousKinds
      // A commitment backs only the claims whose promise it keeps (opening hours do not back « le client au cœur »).
      const kinds = sentence.kinds
      previousKinds = kinds
      commitments += sentence.commitments
      if (run) {
        if (!isList) {
          events.push({item: run.item, backed: run.backed})
          run = undefined
        } else if ((kinds & run.accepts) !== 0) run.backed = true
      }
      // A short question (« Pas satisfait ? ») hands a waiting claim on to its answer.
      if (pending && sentence.hinge !== true) {
        // « Le client est roi. Cette formule… »: the claim was the topic of what follows.
        if (sentence.discussesPrevious) events.push({item: pending.item, backed: false, mention: true})
        else if ((kinds & pending.accepts) !== 0) events.push({item: pending.item, backed: true})
        else if (pending.introduces && isList) run = {item: pending.item, backed: false, accepts: pending.accepts}
        else events.push({item: pending.item, backed: false})
        pending = undefined
      }
      const mention = sentence.mention || introducesMention
      introducesMention = sentence.introducesMention
      if (!mention && sentence.findings.length === 0) continue
      const context: SentenceContext = {sentence, lang, section}
      if (mention) mentions.push(context)
      else if (((kinds | prev) & sentence.accepts) !== 0) events.push({item: context, backed: true})
      else pending = {item: context, introduces: sentence.introduces, accepts: sentence.accepts}
    }
  }
  const exit: State = {
    lang,
    section,
    introducesMention,
    pending: pending ? (pending.introduces ? 2 : 1) : 0,
    run: run ? (run.backed ? 2 : 1) : 0,
    pendingAccepts: pending?.accepts ?? 0,
    runAccepts: run?.accepts ?? 0
  }
  // Most blocks leave the state as they found it, and hold no claim: share what can be shared
  // (a long document keeps one walk per block).
  return {
    block,
    enter,
    exit: sameState(exit, enter) ? enter : exit,
    events: kept(events),
    exitPending: pending?.item,
    exitRun: run?.item,
    mentions: kept(mentions),
    commitments
  }
}


/** The language the walk starts in: the first unit's, else the document's majority. */
export function startLang(blocks: readonly BlockAnalysis[], languages: readonly Lang[]): Lang {
  const first = blocks.find((block) => block.units.length > 0)?.units[0]
  return first?.lang ?? majorityLang(blocks, languages)
}

/**
 * The last block, at or before `block`, that no claim waits across: the walk may start again
 * there from the state kept in `memo` (0 when there is none).
 */
export function resumableAt(memo: ReadonlyArray<BlockScope | undefined>, block: number): number {
  for (let b = block; b > 0; b--) {
    const exit = memo[b - 1]?.exit
    if (exit && exit.pending === 0 && exit.run === 0) return b
  }
  return 0
}

/**
 * Resolves scope over the document; `memo` keeps each block's walk, by position, for the next call.
 * With `from` > 0 (from `resumableAt`, blocks before it unchanged since the walks in `memo`), only
 * the findings and mentions of the blocks from `from` on are resolved. With `stopFrom`, the walk
 * stops at the first block from there on that enters as it did in the walk kept in `memo`, with
 * no claim waiting (see `stoppedAt`).
 */
export function resolveScope(
  blocks: readonly BlockAnalysis[],
  languages: readonly Lang[],
  memo: Array<BlockScope | undefined>,
  from = 0,
  stopFrom = Infinity
): Resolution {
  const out: Resolution = {findings: [], contexts: [], blocks: [], backed: [], mentions: [], mentionBlocks: [], commitments: 0, stoppedAt: blocks.length}
  let ordered = true
  let lastBlock = -1
  let lastStart = -1

  // The waiting claims, as absolute items (block + context).
  let pending: Waiting | undefined
  let run: Waiting | undefined
  const emit = (at: Waiting | undefined, backed: boolean) => {
    if (at) emitAt(at.block, at.context, backed)
  }
  const emitAt = (block: number, context: SentenceContext, backed: boolean) => {
    for (const finding of context.sentence.findings) {
      if (block < lastBlock || (block === lastBlock && finding.start < lastStart)) ordered = false
      lastBlock = block
      lastStart = finding.start
      out.findings.push(finding)
      out.contexts.push(context)
      out.blocks.push(block)
      out.backed.push(backed)
    }
  }

  let state: State = from > 0 ? memo[from - 1]!.exit : {lang: startLang(blocks, languages), section: undefined, introducesMention: false, pending: 0, run: 0, pendingAccepts: 0, runAccepts: 0}
  for (let b = from; b < blocks.length; b++) {
    const block = blocks[b]!
    let scope = memo[b]
    if (b >= stopFrom && state.pending === 0 && state.run === 0 && scope?.block === block && sameState(scope.enter, state)) {
      out.stoppedAt = b
      break
    }
    if (!scope || scope.block !== block || !sameState(scope.enter, state)) {
      scope = walk(block, state)
      memo[b] = scope
    }
    const events = scope.events
    for (let e = 0; e < events.length; e++) {
      const {item, backed, mention} = events[e]!
      const at: Waiting | undefined = item === 'pending' ? pending : item === 'run' ? run : {block: b, context: item}
      if (!at) continue
      if (mention) {
        out.mentions.push(at.context)
        out.mentionBlocks.push(at.block)
      } else emitAt(at.block, at.context, backed)
    }
    for (const context of scope.mentions) {
      out.mentions.push(context)
      out.mentionBlocks.push(b)
    }
    out.commitments += scope.commitments
    const exitPending = scope.exitPending
    const exitRun = scope.exitRun
    const nextPending = exitPending === undefined ? undefined : exitPending === 'pending' ? pending : exitPending === 'run' ? run : {block: b, context: exitPending}
    run = exitRun === undefined ? undefined : exitRun === 'pending' ? pending : exitRun === 'run' ? run : {block: b, context: exitRun}
    pending = nextPending
    state = scope.exit
  }
  emit(run, state.run === 2)
  emit(pending, false)
  if (!ordered) sortFindings(out)
  return out
}

/** Puts the findings in document order (a claim waiting for the end of a list is emitted after the list's). */
function sortFindings(out: Resolution): void {
  const order = out.findings.map((_, k) => k)
  order.sort((x, y) => out.blocks[x]! - out.blocks[y]! || out.findings[x]!.start - out.findings[y]!.start || x - y)
  out.findings = order.map((k) => out.findings[k]!)
  out.contexts = order.map((k) => out.contexts[k]!)
  out.blocks = order.map((k) => out.blocks[k]!)
  out.backed = order.map((k) => out.backed[k]!)
}

export type {BlockScope}
