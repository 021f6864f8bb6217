/** Turns the analysed blocks of a document into the LintResult every front end maps from. */
import type {
  ClaimRecord,
  ConfigError,
  Lang,
  LintResult,
  Message,
  Point,
  PromesseConfig,
  RuleId,
  Severity
} from './types.ts'
import type {BlockAnalysis, FindingAt, SentenceAt} from './analyze-block.ts'
import type {Directive} from './source/types.ts'
import {resolveScope, resumableAt, startLang, type BlockScope, type SentenceContext} from './scope.ts'
import {Suppressions} from './directives.ts'
import {DocumentLines} from './block-lines.ts'
import {AllowList} from './allow.ts'
import {describe, type Extras} from './detect/index.ts'
import {ruleMeta} from './rules/index.ts'
import {detach} from './text/detach.ts'

export interface ResultContext {
  config: PromesseConfig
  allow: AllowList
  languages: readonly Lang[]
  configErrors: ConfigError[]
  extras?: Extras
  /** Claim records and messages already built, by finding (see `build`). */
  built: WeakMap<FindingAt, Built>
  /** Mention records already built, by sentence, in the same way. */
  mentions: WeakMap<SentenceAt, {base: number; lang: Lang; section: string | undefined; claim: ClaimRecord}>
  /** Each block's walk for scope, by position (see `resolveScope`); kept in step with the blocks by the linter. */
  scopes: Array<BlockScope | undefined>
  /** The last result, by block, for the next call (see `Previous`). */
  previous?: Previous | undefined
}

/**
 * What the previous result held before each block (arrays of length blocks + 1). After an edit,
 * the messages and claims of the blocks before it are taken from here as they were — nothing can
 * change them while no claim waits across the edit — and only the rest is resolved and built.
 */
export interface Previous {
  /** The result's arrays, in document order (private copies: callers get their own). */
  messages: Message[]
  findingClaims: ClaimRecord[]
  mentionClaims: ClaimRecord[]
  /** Before block b: how many messages, finding claims and mention claims; running totals of commitments, hollow and backed claims. */
  messagesAt: Int32Array
  findingClaimsAt: Int32Array
  mentionClaimsAt: Int32Array
  commitmentsAt: Int32Array
  hollowAt: Int32Array
  backedAt: Int32Array
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

/** `change`: what changed since the previous call (undefined: anything may have). */
export function buildResult(
  text: string,
  blocks: readonly BlockAnalysis[],
  spans: ReadonlyArray<{start: number; end: number}>,
  context: ResultContext,
  change?: Change
): LintResult {
  const lines = new DocumentLines(text, spans, blocks.map((block) => block.lineStarts))
  const directives: Array<Directive & {endLine: number}> = []
  blocks.forEach((block, b) => {
    const {start} = spans[b]!
    for (const d of block.directives) {
      directives.push({...d, offset: d.offset + start, end: d.end + start, endLine: lines.point(b, d.end + start).line})
    }
  })
  const suppressions = directives.length > 0 ? new Suppressions(directives) : undefined
  const lang = startLang(blocks, context.languages)
  const n = blocks.length
  // Suppression comments are applied in one pass from the top: with any, everything is built again.
  const previous = change && !suppressions && context.previous?.lang === lang ? context.previous : undefined
  const from = previous ? resumableAt(context.scopes, Math.min(change!.from, n)) : 0
  const tail = previous && tailMoves(previous, change!, spans, lines) ? change!.tailFrom : Infinity
  const resolution = resolveScope(blocks, context.languages, context.scopes, from, tail)
  const stop = resolution.stoppedAt

  const at = {
    messagesAt: new Int32Array(n + 1),
    findingClaimsAt: new Int32Array(n + 1),
    mentionClaimsAt: new Int32Array(n + 1),
    commitmentsAt: new Int32Array(n + 1),
    hollowAt: new Int32Array(n + 1),
    backedAt: new Int32Array(n + 1)
  }
  const keep = <T>(list: T[] | undefined, counts: Int32Array | undefined, mine: Int32Array): T[] => {
    if (!previous || from === 0) return []
    mine.set(counts!.subarray(0, from + 1))
    return list ? list.slice(0, counts![from]) : []
  }
  const messages = keep(previous?.messages, previous?.messagesAt, at.messagesAt)
  const findingClaims = keep(previous?.findingClaims, previous?.findingClaimsAt, at.findingClaimsAt)
  const mentionClaims = keep(previous?.mentionClaims, previous?.mentionClaimsAt, at.mentionClaimsAt)
  keep(undefined, previous?.commitmentsAt, at.commitmentsAt)
  keep(undefined, previous?.hollowAt, at.hollowAt)
  keep(undefined, previous?.backedAt, at.backedAt)

  // Mentions, block by block.
  let filled = from
  for (let k = 0; k < resolution.mentions.length; k++) {
    const placed = resolution.mentions[k]!
    const block = resolution.mentionBlocks[k]!
    for (; filled < block; filled++) at.mentionClaimsAt[filled + 1] = mentionClaims.length
    mentionClaims.push(mentionRecord(placed, spans[block]!.start, text, context))
  }
  for (; filled < stop; filled++) at.mentionClaimsAt[filled + 1] = mentionClaims.length

  // Findings, block by block: their claims and messages, with running totals.
  let hollow = at.hollowAt[from]!
  let backed = at.backedAt[from]!
  filled = from
  const fill = (upTo: number): void => {
    for (; filled < upTo; filled++) {
      at.messagesAt[filled + 1] = messages.length
      at.findingClaimsAt[filled + 1] = findingClaims.length
      at.hollowAt[filled + 1] = hollow
      at.backedAt[filled + 1] = backed
    }
  }
  const {findings, contexts, blocks: blockOf, backed: backedOf} = resolution
  for (let k = 0; k < findings.length; k++) {
    const finding = findings[k]!
    const block = blockOf[k]!
    fill(block)
    const built = build(finding, contexts[k]!, block, spans[block]!.start, backedOf[k]!, text, lines, context)
    if (!built) continue
    const claim = built.claim
    if (claim) {
      findingClaims.push(claim)
      if (claim.status === 'hollow') hollow++
      else backed++
    }
    if (!built.message) continue
    if (suppressions?.isSuppressed(finding.ruleId, built.message.start.offset, built.message.start.line)) continue
    messages.push(built.message)
  }
  fill(stop)
  for (let b = from; b < stop; b++) at.commitmentsAt[b + 1] = at.commitmentsAt[b]! + context.scopes[b]!.commitments
  if (stop < n) moveTail(previous!, change!, stop, lines, spans, {messages, findingClaims, mentionClaims}, at)

  context.previous = {messages, findingClaims, mentionClaims, ...at, lang, firstLine: lines.firstLine, firstLineStart: lines.firstLineStart}
  return {
    messages: messages.slice(),
    claims: mentionClaims.concat(findingClaims),
    stats: {claims: at.hollowAt[n]! + at.backedAt[n]!, backed: at.backedAt[n]!, hollow: at.hollowAt[n]!, mentions: mentionClaims.length, commitments: at.commitmentsAt[n]!},
    configErrors: context.configErrors
  }
}

/**
 * Whether the blocks after the re-cut window only moved: same columns (the first of them starts
 * as far into its line as before), so their messages are the previous ones, moved.
 */
function tailMoves(previous: Previous, change: Change, spans: ReadonlyArray<{start: number}>, lines: DocumentLines): boolean {
  const t = change.tailFrom
  const o = t - change.shift
  if (t >= spans.length || o < 0 || o >= previous.firstLine.length) return false
  const start = spans[t]!.start
  return start - lines.firstLineStart[t]! === start - change.delta - previous.firstLineStart[o]!
}

/** Appends the previous result from block `stop` on (old index `stop - shift`), moved, and its counts. */
function moveTail(
  previous: Previous,
  change: Change,
  stop: number,
  lines: DocumentLines,
  spans: ReadonlyArray<{start: number}>,
  into: {messages: Message[]; findingClaims: ClaimRecord[]; mentionClaims: ClaimRecord[]},
  at: Record<'messagesAt' | 'findingClaimsAt' | 'mentionClaimsAt' | 'commitmentsAt' | 'hollowAt' | 'backedAt', Int32Array>
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
  for (const key of ['messagesAt', 'findingClaimsAt', 'mentionClaimsAt', 'commitmentsAt', 'hollowAt', 'backedAt'] as const) {
    const mine = at[key]
    const old = previous[key]
    const shift = mine[stop]! - old[o]!
    for (let b = stop + 1; b <= n; b++) mine[b] = old[b - change.shift]! + shift
  }
}

/** The record of a mention, cached on its sentence and moved with its block. */
function mentionRecord(placed: SentenceContext, base: number, text: string, context: ResultContext): ClaimRecord {
  const cached = context.mentions.get(placed.sentence)
  const same = cached !== undefined && cached.lang === placed.lang && cached.section === placed.section
  if (same && cached.base === base) return cached.claim
  const claim = same
    ? moveClaim(cached.claim, base - cached.base)
    : record('mention', 'mention', placed.lang, base + placed.sentence.start, base + placed.sentence.end, text, placed.section)
  context.mentions.set(placed.sentence, {base, lang: placed.lang, section: placed.section, claim})
  return claim
}

interface Built {
  /** What the cached objects were built for. */
  base: number
  line: number
  lineStart: number
  lang: Lang
  section: string | undefined
  backed: boolean
  claim: ClaimRecord | undefined
  message: Message | undefined
}

/**
 * The claim record and message of a finding. They are cached on the finding (which lives as long
 * as its block's analysis) and reused while its block has not moved, so an edit rebuilds only
 * the messages after it.
 */
function build(
  finding: FindingAt,
  placed: SentenceContext,
  b: number,
  base: number,
  backed: boolean,
  text: string,
  lines: DocumentLines,
  context: ResultContext
): Built | undefined {
  const line = lines.firstLine[b]!
  const lineStart = lines.firstLineStart[b]!
  const cached = context.built.get(finding)
  if (
    cached &&
    cached.base === base &&
    cached.line === line &&
    cached.lineStart === lineStart &&
    cached.lang === placed.lang &&
    cached.section === placed.section &&
    cached.backed === backed
  ) {
    return cached
  }
  if (
    cached &&
    cached.base - cached.lineStart === base - lineStart &&
    cached.lang === placed.lang &&
    cached.section === placed.section &&
    cached.backed === backed
  ) {
    // The block moved with its lines (an edit before it): same columns, shifted offsets and lines.
    const moved = shift(cached, base, line, lineStart)
    context.built.set(finding, moved)
    return moved
  }
  const start = base + finding.start
  const end = base + finding.end
  // Kept in the message and its cache across keystrokes: not a view on this version of the text.
  const actual = detach(text.slice(start, end))
  if (context.allow.allows(actual)) return undefined
  const claim =
    finding.ruleId === 'hollow-claim'
      ? record(backed ? 'backed' : 'hollow', finding.family, placed.lang, start, end, text, placed.section)
      : undefined
  const severity = backed ? undefined : severityOf(finding.ruleId, context.config)
  let message: Message | undefined
  if (severity) {
    const startPoint = lines.point(b, start)
    const endPoint = lines.point(b, end)
    const words = describe({...finding, actual: finding.words}, placed.lang, context.extras)
    const sentence = {start: lines.point(b, base + placed.sentence.start), end: lines.point(b, base + placed.sentence.end)}
    message = makeMessage(finding.ruleId, severity, startPoint, endPoint, words, actual, placed.lang, finding.family, placed.section, sentence)
  }
  const built: Built = {base, line, lineStart, lang: placed.lang, section: placed.section, backed, claim, message}
  context.built.set(finding, built)
  return built
}

/** `cached`, for its block now starting at `base` on line `line` (its line structure unchanged). */
function shift(cached: Built, base: number, line: number, lineStart: number): Built {
  const by = base - cached.base
  const lines = line - cached.line
  const claim = cached.claim && moveClaim(cached.claim, by)
  const message = cached.message && moveMessage(cached.message, by, lines)
  return {base, line, lineStart, lang: cached.lang, section: cached.section, backed: cached.backed, claim, message}
}

/** `old`, `by` characters and `lines` lines further (columns unchanged). */
function moveMessage(old: Message, by: number, lines: number): Message {
  const sentence = old.sentence && {start: movePoint(old.sentence.start, by, lines), end: movePoint(old.sentence.end, by, lines)}
  return makeMessage(old.ruleId, old.severity, movePoint(old.start, by, lines), movePoint(old.end, by, lines), old, old.actual, old.lang, old.family, old.section, sentence)
}

/** Every message is made here, fields always in the same order (one object shape for V8). */
function makeMessage(
  ruleId: RuleId,
  severity: Severity,
  start: Point,
  end: Point,
  words: {message: string; expected: string[]; note: string},
  actual: string,
  lang: Lang,
  family: string | undefined,
  section: string | undefined,
  sentence: Message['sentence']
): Message {
  const message: Message = {
    ruleId,
    source: 'promesse',
    severity,
    start,
    end,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    message: words.message,
    actual,
    expected: words.expected,
    note: words.note,
    url: ruleMeta[ruleId].url,
    lang,
    family
  }
  if (section !== undefined) message.section = section
  if (sentence) message.sentence = sentence
  return message
}

function movePoint(point: Point, by: number, lines: number): Point {
  return {line: point.line + lines, column: point.column, offset: point.offset + by}
}

function severityOf(ruleId: RuleId, config: PromesseConfig): Severity | undefined {
  const setting = config.rules?.[ruleId] ?? ruleMeta[ruleId].defaultSeverity
  return setting === 'off' ? undefined : setting
}

function moveClaim(claim: ClaimRecord, by: number): ClaimRecord {
  const moved: ClaimRecord = {status: claim.status, family: claim.family, lang: claim.lang, start: claim.start + by, end: claim.end + by, actual: claim.actual}
  if (claim.section !== undefined) moved.section = claim.section
  return moved
}

function record(
  status: ClaimRecord['status'],
  family: string,
  lang: Lang,
  start: number,
  end: number,
  text: string,
  section: string | undefined
): ClaimRecord {
  const claim: ClaimRecord = {status, family, lang, start, end, actual: detach(text.slice(start, end))}
  if (section !== undefined) claim.section = section
  return claim
}
