/** Turns the analysed blocks of a document into the LintResult every front end maps from. */
import type {
  BlockError,
  ClaimRecord,
  ConfigError,
  Lang,
  LintResult,
  Message,
  PromesseConfig,
  RuleId
} from '../types.ts'
import type {BlockAnalysis, FindingAt, SentenceAt} from '../analyze-block.ts'
import type {Directive} from '../source/types.ts'
import {resolveScope, resumableAt, startLang, type BlockScope, type SentenceContext} from '../resolve/scope.ts'
import {Suppressions} from '../resolve/suppressions.ts'
import {DocumentLines} from './block-lines.ts'
import {AllowList, IgnoredSentences} from '../resolve/allow.ts'
import {phraseFits, type Extras} from '../detect/index.ts'
import {describe} from './describe.ts'
import {fixesFor, type SentenceTarget} from './fixes.ts'
import type {DataFormat} from '../source/data/index.ts'
import {documentRules, ruleMeta, severityIn} from '../rules/index.ts'
import {detach} from '../text/detach.ts'
import {makeMessage, moveClaim, moveMessage, record} from './records.ts'
import {documentRegister, type RegisterCache} from '../register/document.ts'
import {defineRegister, documentRegisterMessages, type RegisterMemo, type RegisterMessages} from '../register/in-document.ts'
import {LineIndex} from '../register/messages.ts'
import {emptyCounts, keepHead, moveTail, tailMoves, type Change, type Previous} from './previous-result.ts'

export interface ResultContext {
  config: PromesseConfig
  allow: AllowList
  /** Sentences the writer ignored where they are (`ignore`). */
  ignored: IgnoredSentences
  languages: readonly Lang[]
  configErrors: ConfigError[]
  extras?: Extras
  /** Markdown or HTML: a fix must not cut through emphasis, code or tags. */
  markup: boolean
  /** A data or translation file: a fix lands only inside a string, with nothing to escape. */
  data?: DataFormat | undefined
  /** Where whole-sentence rewrites land in the text being built (see fixes.ts); emptied at each build. */
  sentenceTargets: Map<string, SentenceTarget | null>
  /** Claim records and messages already built, by finding (see `build`). */
  built: WeakMap<FindingAt, Built>
  /** Mention records already built, by sentence, in the same way. */
  mentions: WeakMap<SentenceAt, {base: number; lang: Lang; section: string | undefined; claim: ClaimRecord}>
  /** Each block's walk for scope, by position (see `resolveScope`); kept in step with the blocks by the linter. */
  scopes: Array<BlockScope | undefined>
  /** The last result, by block, for the next call (see `Previous`). */
  previous?: Previous | undefined
  /** Each block's commitments and disclaimers, read once (see register/document.ts). */
  registers: RegisterCache
  /** The register's findings and messages of the last call (see register/in-document.ts). */
  registerMemo: {current?: RegisterMemo; messages?: RegisterMessages}
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
  context.sentenceTargets.clear()
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

  const at = emptyCounts(n)
  const {messages, findingClaims, mentionClaims} = keepHead(previous, from, at)

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
  let silenced = at.silencedAt[from]!
  filled = from
  const fill = (upTo: number): void => {
    for (; filled < upTo; filled++) {
      at.messagesAt[filled + 1] = messages.length
      at.findingClaimsAt[filled + 1] = findingClaims.length
      at.hollowAt[filled + 1] = hollow
      at.backedAt[filled + 1] = backed
      at.silencedAt[filled + 1] = silenced
    }
  }
  const {findings, contexts, blocks: blockOf, backed: backedOf} = resolution
  for (let k = 0; k < findings.length; k++) {
    const finding = findings[k]!
    const block = blockOf[k]!
    fill(block)
    const built = build(finding, contexts[k]!, block, spans[block]!.start, backedOf[k]!, text, lines, context)
    if (!built) continue
    const {claim, message} = built
    // What counts is what is shown: a claim silenced by a comment, an ignored sentence or an `off` rule is set apart.
    const shown =
      message !== undefined &&
      !suppressions?.isSuppressed(finding.ruleId, message.start.offset, message.start.line) &&
      !(context.ignored.size > 0 && message.sentence !== undefined && context.ignored.ignores(text.slice(message.sentence.start.offset, message.sentence.end.offset)))
    if (claim) {
      if (claim.status === 'backed') backed++
      else if (shown) hollow++
      else silenced++
      findingClaims.push(claim.status === 'hollow' && !shown ? {...claim, silenced: true} : claim)
    }
    if (shown) messages.push(message)
  }
  fill(stop)
  for (let b = from; b < stop; b++) at.commitmentsAt[b + 1] = at.commitmentsAt[b]! + context.scopes[b]!.commitments
  if (stop < n) moveTail(previous!, change!, stop, lines, spans, {messages, findingClaims, mentionClaims}, at)

  context.previous = {messages, findingClaims, mentionClaims, ...at, lang, firstLine: lines.firstLine, firstLineStart: lines.firstLineStart}
  // Conflicts and undercuts inside the document (across the files of a run, register/set.ts replaces them).
  const register = documentRegister(text, blocks, spans, lang, context.registers)
  const suppressedAt = suppressions && ((id: RuleId, offset: number, line: number) => suppressions.isSuppressed(id, offset, line))
  const placement = {firstLine: (b: number) => lines.firstLine[b]!, point: (b: number, offset: number) => lines.point(b, offset)}
  const found = documentRegisterMessages(register, placement, (id) => severityIn(context.config, id), suppressedAt, context.registerMemo)
  let index: LineIndex | undefined
  const silencedAt = suppressedAt && ((offset: number) => documentRules.filter((id) => suppressedAt(id, offset, (index ??= new LineIndex(text)).point(offset).line)))
  return readAsGenre(text, defineRegister({
    messages: found.length === 0 ? messages.slice() : mergeInOrder(messages, found),
    claims: mentionClaims.concat(findingClaims),
    commitments: [],
    disclaimers: [],
    stats: {
      claims: at.hollowAt[n]! + at.backedAt[n]! + at.silencedAt[n]!,
      backed: at.backedAt[n]!,
      hollow: at.hollowAt[n]!,
      silenced: at.silencedAt[n]!,
      mentions: mentionClaims.length,
      commitments: at.commitmentsAt[n]!
    },
    configErrors: context.configErrors,
    blockErrors: blockErrors(blocks, spans, lines)
  }, register, silencedAt))
}

/** The blocks that could not be read, where they start. */
function blockErrors(blocks: readonly BlockAnalysis[], spans: ReadonlyArray<{start: number; end: number}>, lines: DocumentLines): BlockError[] {
  const out: BlockError[] = []
  blocks.forEach((block, b) => {
    if (block.failure !== undefined) out.push({line: lines.firstLine[b]!, start: spans[b]!.start, end: spans[b]!.end, reason: block.failure})
  })
  return out
}

/** Two lists of messages in document order, merged in order (the first list first on ties). */
function mergeInOrder(a: readonly Message[], b: readonly Message[]): Message[] {
  const out: Message[] = new Array(a.length + b.length)
  let i = 0
  let j = 0
  let k = 0
  while (i < a.length && j < b.length) out[k++] = b[j]!.start.offset < a[i]!.start.offset ? b[j++]! : a[i++]!
  while (i < a.length) out[k++] = a[i++]!
  while (j < b.length) out[k++] = b[j++]!
  return out
}

/** An essay mentions slogans at least this many times, and more often than it makes claims. */
const ESSAY_MENTIONS = 3

/**
 * The genre of the whole document: an essay about customer-centricity (many slogans quoted,
 * discussed or criticised, more than claimed) uses the concept in its titles and arguments; what
 * reads there as a claim is one more mention. Its hollow claims become mentions, and their
 * messages are not reported. A company's own page (as many claims as mentions, or more) is left as it is,
 * and so is a FAQ: questions (« Êtes-vous disponibles le samedi ? ») are not counted here.
 */
export function readAsGenre(text: string, result: LintResult): LintResult {
  const {stats} = result
  if (stats.hollow + stats.silenced === 0 || stats.mentions < ESSAY_MENTIONS || stats.mentions <= stats.claims) return result
  let mentions = 0
  for (const c of result.claims) if (c.status === 'mention' && !text.slice(c.start, c.end).trimEnd().endsWith('?')) mentions++
  if (mentions < ESSAY_MENTIONS || mentions <= stats.claims) return result
  return {
    ...result,
    messages: result.messages.filter((m) => m.ruleId !== 'hollow-claim'),
    claims: result.claims.map((c) => (c.status === 'hollow' ? {status: 'mention' as const, family: c.family, lang: c.lang, start: c.start, end: c.end, actual: c.actual, ...(c.section === undefined ? {} : {section: c.section})} : c)),
    stats: {...stats, claims: stats.backed, hollow: 0, silenced: 0, mentions: stats.mentions + stats.hollow + stats.silenced}
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
  if (cached && cached.lang === placed.lang && cached.section === placed.section && cached.backed === backed) {
    if (cached.base === base && cached.line === line && cached.lineStart === lineStart) return cached
    if (cached.base - cached.lineStart === base - lineStart) {
      // The block moved with its lines (an edit before it): same columns, shifted offsets and lines.
      const moved = shift(cached, base, line, lineStart)
      context.built.set(finding, moved)
      return moved
    }
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
  const severity = backed ? undefined : severityIn(context.config, finding.ruleId)
  let message: Message | undefined
  if (severity) {
    const startPoint = lines.point(b, start)
    const endPoint = lines.point(b, end)
    const words = describe({...finding, actual: finding.words}, placed.lang, context.extras)
    const sentenceStart = base + placed.sentence.start
    const sentenceEnd = base + placed.sentence.end
    const sentence = {start: lines.point(b, sentenceStart), end: lines.point(b, sentenceEnd)}
    const phrase = finding.family === 'hedge' && phraseFits(finding.words, placed.lang)
    const place = {text, start, end, sentenceStart, sentenceEnd, markup: context.markup, data: context.data, phraseFits: phrase, targets: context.sentenceTargets}
    const fixes = fixesFor(place, words.expected)
    message = makeMessage(finding.ruleId, severity, startPoint, endPoint, words, actual, placed.lang, finding.family, placed.section, sentence, fixes)
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

