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
import {resolveScope, type BlockScope, type SentenceContext} from './scope.ts'
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
}

export function buildResult(
  text: string,
  blocks: readonly BlockAnalysis[],
  spans: ReadonlyArray<{start: number; end: number}>,
  context: ResultContext
): LintResult {
  const lines = new DocumentLines(text, spans, blocks.map((block) => block.lineStarts))
  const directives: Array<Directive & {endLine: number}> = []
  blocks.forEach((block, b) => {
    const {start} = spans[b]!
    for (const d of block.directives) {
      directives.push({...d, offset: d.offset + start, end: d.end + start, endLine: lines.point(b, d.end + start).line})
    }
  })
  const suppressions = new Suppressions(directives)
  const resolution = resolveScope(blocks, context.languages, context.scopes)

  const messages: Message[] = []
  const claims: ClaimRecord[] = []
  for (let k = 0; k < resolution.mentions.length; k++) {
    const placed = resolution.mentions[k]!
    const block = resolution.mentionBlocks[k]!
    const base = spans[block]!.start
    const cached = context.mentions.get(placed.sentence)
    if (cached && cached.base === base && cached.lang === placed.lang && cached.section === placed.section) {
      claims.push(cached.claim)
      continue
    }
    const by = cached && cached.lang === placed.lang && cached.section === placed.section ? base - cached.base : undefined
    const claim =
      by === undefined
        ? record('mention', 'mention', placed.lang, base + placed.sentence.start, base + placed.sentence.end, text, placed.section)
        : moveClaim(cached!.claim, by)
    context.mentions.set(placed.sentence, {base, lang: placed.lang, section: placed.section, claim})
    claims.push(claim)
  }

  const {findings, contexts, blocks: blockOf, backed: backedOf} = resolution
  for (let k = 0; k < findings.length; k++) {
    const finding = findings[k]!
    const block = blockOf[k]!
    const built = build(finding, contexts[k]!, block, spans[block]!.start, backedOf[k]!, text, lines, context)
    if (!built) continue
    if (built.claim) claims.push(built.claim)
    if (!built.message) continue
    if (suppressions.isSuppressed(finding.ruleId, built.message.start.offset, built.message.start.line)) continue
    messages.push(built.message)
  }

  let hollow = 0
  let backed = 0
  for (const claim of claims) {
    if (claim.status === 'hollow') hollow++
    else if (claim.status === 'backed') backed++
  }
  return {
    messages,
    claims,
    stats: {claims: hollow + backed, backed, hollow, mentions: resolution.mentions.length, commitments: resolution.commitments},
    configErrors: context.configErrors
  }
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
  let message: Message | undefined
  const old = cached.message
  if (old) {
    const sentence = old.sentence && {start: movePoint(old.sentence.start, by, lines), end: movePoint(old.sentence.end, by, lines)}
    message = makeMessage(old.ruleId, old.severity, movePoint(old.start, by, lines), movePoint(old.end, by, lines), old, old.actual, old.lang, old.family, old.section, sentence)
  }
  return {base, line, lineStart, lang: cached.lang, section: cached.section, backed: cached.backed, claim, message}
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
