/**
 * The rule registry, generated from `rules/meta.yaml`: ids, default severities, titles and
 * descriptions in French and English, documentation URLs. Front ends (CLI help, editor
 * settings, SARIF rule descriptors) read this, so they cannot drift from the data.
 */
import type {Lang, PromesseConfig, RuleId, Severity} from '../types.ts'
import {RULE_DATA} from './data.generated.ts'

export interface RuleMeta {
  id: RuleId
  /** `sentence`: judges one sentence's words (they can be allowed); `document`: compares places. */
  scope: 'sentence' | 'document'
  defaultSeverity: Severity
  title: Record<Lang, string>
  description: Record<Lang, string>
  url: string
}

export const DOCS_BASE = 'https://github.com/promesse-lint/promesse/blob/main/docs/rules/'

export const ruleIds: RuleId[] = RULE_DATA.meta.map((m) => m.id)

export const ruleMeta: Record<RuleId, RuleMeta> = Object.fromEntries(
  RULE_DATA.meta.map((m) => [m.id, {...m, url: `${DOCS_BASE}${m.id}.md`}])
) as Record<RuleId, RuleMeta>

/** The severity a rule has under `config`, or undefined when it is `off`. */
export function severityIn(config: PromesseConfig | undefined, id: RuleId): Severity | undefined {
  const setting = config?.rules?.[id] ?? ruleMeta[id].defaultSeverity
  return setting === 'off' ? undefined : setting
}

/** The rules that compare places of a document or a set of files (`scope: document`). */
export const documentRules: readonly RuleId[] = ruleIds.filter((id) => ruleMeta[id].scope === 'document')
