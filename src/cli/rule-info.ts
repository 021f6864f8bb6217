/** What the CLI's reporters need to know about each rule (SARIF's tool.driver.rules), from the rule registry. */
import {ruleMeta} from '../core/index.ts'
import type {RuleId, Severity} from '../core/index.ts'

export interface RuleInfo {
  id: RuleId
  defaultSeverity: Severity
  url: string
  /** One line, in English. */
  description: string
}

export const RULES: RuleInfo[] = Object.values(ruleMeta).map((meta) => ({
  id: meta.id,
  defaultSeverity: meta.defaultSeverity,
  url: meta.url,
  description: meta.description.en
}))
