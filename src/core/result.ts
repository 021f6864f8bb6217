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
import {majorityLang, placeSentences, resolveScope} from './scope.ts'
import {Suppressions} from './directives.ts'
import {DocumentLines, type BlockLines} from './block-lines.ts'
import {AllowList} from './allow.ts'
import {describe, type Extras} from './detect/index.ts'
import {ruleMeta} from './rules/index.ts'

export interface ResultContext {
  config: PromesseConfig
  allow: AllowList
  languages: readonly Lang[]
  configErrors: ConfigError[]
  extras?: Extras
  /** Descriptions already written, by finding (the same claims recur across a document and its edits). */
  described: Map<string, Described>
}

type Described = ReturnType<typeof describe>

export function buildResult(
  text: string,
  blocks: readonly BlockAnalysis[],
  spans: ReadonlyArray<{start: number; end: number}>,
  context: ResultContext
): LintResult {
  const documentLines = new DocumentLines(text)
  const lines: BlockLines[] = []
  const directives: Array<Directive & {endLine: number}> = []
  blocks.forEach((block, b) => {
    const {start, end} = spans[b]!
    const blockLines = documentLines.next(start, end, block.lineStarts)
    lines.push(blockLines)
    for (const d of block.directives) {
      directives.push({...d, offset: d.offset + start, end: d.end + start, endLine: blockLines.point(d.end + start).line})
    }
  })
  const suppressions = new Suppressions(directives)
  const bases = spans.map((span) => span.start)
  const sentences = placeSentences(blocks, bases, majorityLang(blocks, context.languages))

  const messages: Message[] = []
  const claims: ClaimRecord[] = []
  let commitments = 0
  let mentions = 0
  for (const placed of sentences) {
    commitments += placed.sentence.commitments
    if (placed.mention) {
      mentions++
      const start = placed.base + placed.sentence.start
      const end = placed.base + placed.sentence.end
      claims.push(record('mention', 'mention', placed.lang, start, end, text, placed.section))
    }
  }

  for (const {finding, placed, backed} of resolveScope(sentences)) {
    const start = placed.base + finding.start
    const end = placed.base + finding.end
    const actual = text.slice(start, end)
    if (context.allow.allows(actual)) continue
    if (finding.ruleId === 'hollow-claim') {
      claims.push(record(backed ? 'backed' : 'hollow', finding.family, placed.lang, start, end, text, placed.section))
    }
    if (backed) continue
    const severity = severityOf(finding.ruleId, context.config)
    if (!severity) continue
    const blockLines = lines[placed.block]!
    const startPoint = blockLines.point(start)
    if (suppressions.isSuppressed(finding.ruleId, start, startPoint.line)) continue
    const endPoint = blockLines.point(end)
    const words = described(finding, placed.lang, context)
    const message: Message = {
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
      expected: [...words.expected],
      note: words.note,
      url: ruleMeta[finding.ruleId].url,
      lang: placed.lang,
      family: finding.family
    }
    if (placed.section !== undefined) message.section = placed.section
    message.sentence = {
      start: blockLines.point(placed.base + placed.sentence.start),
      end: blockLines.point(placed.base + placed.sentence.end)
    }
    messages.push(message)
  }

  const hollow = claims.filter((c) => c.status === 'hollow').length
  const backed = claims.filter((c) => c.status === 'backed').length
  return {
    messages,
    claims,
    stats: {claims: hollow + backed, backed, hollow, mentions, commitments},
    configErrors: context.configErrors
  }
}

function described(finding: FindingAt, lang: Lang, context: ResultContext): Described {
  const key = `${finding.ruleId}\u0000${finding.family}\u0000${finding.missing}\u0000${lang}\u0000${finding.words}`
  let words = context.described.get(key)
  if (!words) {
    if (context.described.size > 10000) context.described.clear()
    words = describe({...finding, actual: finding.words}, lang, context.extras)
    context.described.set(key, words)
  }
  return words
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
