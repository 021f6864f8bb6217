/**
 * The only module of the extension that imports the engine: everything the adapter needs from
 * `src/core/` goes through here, so the extension stays a thin layer over it.
 */
export {formatOf, isDataFileIn, isDataOnly} from '../core/index.ts'
export {lint, createDocumentLinter, snippetPreview, snippetText, checkSet, registerTable, valueLabel, suppressionLine} from '../core/index.ts'
export type {
  BlockError,
  ConfigFileSystem,
  RegisterPlace,
  RegisterRow,
  SetMember,
  ConfigError,
  DocumentLinter,
  Fix,
  Format,
  Lang,
  LangSetting,
  LintOptions,
  LintResult,
  LintStats,
  Message,
  Point,
  PromesseConfig,
  RuleId,
  RuleSetting,
  Severity
} from '../core/index.ts'
export {RULE_IDS as ruleIds, ruleMeta, CONFIG_FILES, configInFolder} from '../core/index.ts'

import * as vscode from 'vscode'
import {ruleMeta, type RuleId} from '../core/index.ts'

/** A rule's title in the UI language (French or English), from the engine's rule registry. */
export function ruleTitle(id: string): string {
  const meta = ruleMeta[id as RuleId]
  return meta ? meta.title[vscode.env.language.startsWith('fr') ? 'fr' : 'en'] : id
}
