/** Turns the analysed blocks of a document into the LintResult every front end maps from. */
import type {
  ClaimRecord,
  ConfigError,
  Lang,
  LintResult,
  Message,
  PromesseConfig,
  RuleId,
  Severity
} from './types.ts'
import type {BlockAnalysis, FindingAt} from './analyze-block.ts'
import type {Directive} from './source/types.ts'
import {resolveScope, type BlockScope, type SentenceContext} from './scope.ts'
import {Suppressions} from './directives.ts'
import {DocumentLines} from './block-lines.ts'
import {AllowList} from './allow.ts'
import {describe, type Extras} from './detect/index.ts'
import {ruleMeta} from './rules/index.ts'

export interface ResultContext {
  config: PromesseConfig
  allow: AllowList
  languages: readonly Lang[]
  configErrors: ConfigError[]
  extras?: Extras
  /** Claim records and messages already built, by finding (see `build`). */
  built: WeakMap<FindingAt, Built>
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
  for (const {context: placed, block} of resolution.mentions) {
    const base = spans[block]!.start
    claims.push(record('mention', 'mention', placed.lang, base + placed.sentence.start, base + placed.sentence.end, text, placed.section))
  }

  for (const {finding, context: placed, block, backed} of resolution.findings) {
    const built = build(finding, placed, block, spans[block]!.start, backed, text, lines, context)
    if (!built) continue
    if (built.claim) claims.push(built.claim)
    if (!built.message) continue
    if (suppressions.isSuppressed(finding.ruleId, built.message.start.offset, built.message.start.line)) continue
    messages.push(built.message)
  }

  const hollow = claims.filter((c) => c.status === 'hollow').length
  const backed = claims.filter((c) => c.status === 'backed').length
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
  const start = base + finding.start
  const end = base + finding.end
  const actual = text.slice(start, end)
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
    message = {
      ruleId: finding.ruleId,
      source: 'promesse',
      severity,
      start: startPoint,
      end: endPoint,
      line: startPoint.line,
      column: startPoint.column,
      endLine: endPoint.line,
      endColumn: endPoint.column,
      message: words.message,
      actual,
      expected: words.expected,
      note: words.note,
      url: ruleMeta[finding.ruleId].url,
      lang: placed.lang,
      family: finding.family
    }
    if (placed.section !== undefined) message.section = placed.section
    message.sentence = {
      start: lines.point(b, base + placed.sentence.start),
      end: lines.point(b, base + placed.sentence.end)
    }
  }
  const built: Built = {base, line, lineStart, lang: placed.lang, section: placed.section, backed, claim, message}
  context.built.set(finding, built)
  return built
}

function severityOf(ruleId: RuleId, config: PromesseConfig): Severity | undefined {
  const setting = config.rules?.[ruleId] ?? ruleMeta[ruleId].defaultSeverity
  return setting === 'off' ? undefined : setting
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
  const claim: ClaimRecord = {status, family, lang, start, end, actual: text.slice(start, end)}
  if (section !== undefined) claim.section = section
  return claim
}
