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
import type {BlockAnalysis} from './analyze-block.ts'
import type {Directive} from './source/types.ts'
import {majorityLang, placeSentences, resolveScope} from './scope.ts'
import {Suppressions} from './directives.ts'
import {LineIndex} from './lines.ts'
import {AllowList} from './allow.ts'
import {describe, type Extras} from './detect/index.ts'
import {ruleMeta} from './rules/index.ts'

export interface ResultContext {
  config: PromesseConfig
  allow: AllowList
  languages: readonly Lang[]
  configErrors: ConfigError[]
  extras?: Extras
}

export function buildResult(
  text: string,
  blocks: readonly BlockAnalysis[],
  bases: readonly number[],
  context: ResultContext
): LintResult {
  const lines = new LineIndex(text)
  const directives: Directive[] = []
  blocks.forEach((block, b) => {
    for (const d of block.directives) directives.push({...d, offset: d.offset + bases[b]!, end: d.end + bases[b]!})
  })
  const suppressions = new Suppressions(directives, lines)
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
    const startPoint = lines.point(start)
    if (suppressions.isSuppressed(finding.ruleId, start, startPoint.line)) continue
    const endPoint = lines.point(end)
    const words = describe({...finding, actual: finding.words}, placed.lang, context.extras)
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
      expected: words.expected,
      note: words.note,
      url: ruleMeta[finding.ruleId].url,
      lang: placed.lang,
      family: finding.family
    }
    if (placed.section !== undefined) message.section = placed.section
    message.sentence = {
      start: lines.point(placed.base + placed.sentence.start),
      end: lines.point(placed.base + placed.sentence.end)
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
