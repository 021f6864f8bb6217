/** The `promesse.*` settings, and how they merge over the shared config file. */
import * as vscode from 'vscode'
import type {LangSetting, PromesseConfig, RuleSetting} from './engine.ts'

export interface Settings {
  enable: boolean
  /** VS Code language ids that are linted. */
  languages: string[]
  run: 'onType' | 'onSave'
  /** Delay between the last keystroke and the lint, in ms. */
  debounce: number
  documentLanguage: LangSetting
  rules: Record<string, RuleSetting>
  allow: string[]
  /** Sentences ignored where they are (« Ignorer ici » in plain text, with no workspace folder). */
  ignore: string[]
  /** Findings published per document at most: past it, those nearest the lines on screen. */
  maxDiagnostics: number
}

export const section = 'promesse'

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const c = vscode.workspace.getConfiguration(section, scope)
  return {
    enable: c.get<boolean>('enable', true),
    languages: c.get<string[]>('languages', ['markdown', 'mdx', 'plaintext', 'html', 'json', 'jsonc', 'yaml', 'po', 'xml']),
    run: c.get<'onType' | 'onSave'>('run', 'onType') === 'onSave' ? 'onSave' : 'onType',
    debounce: Math.max(0, Math.min(10000, Number(c.get<number>('debounce', 300)) || 0)),
    documentLanguage: c.get<LangSetting>('documentLanguage', 'auto'),
    rules: c.get<Record<string, RuleSetting>>('rules', {}) ?? {},
    allow: c.get<string[]>('allow', []) ?? [],
    ignore: c.get<string[]>('ignore', []) ?? [],
    maxDiagnostics: Math.max(1, Math.min(1000, Math.floor(Number(c.get<number>('maxDiagnostics', 500)) || 500)))
  }
}

/**
 * Settings win over the file, field by field: `rules` merge per rule, `allow` phrases and
 * `ignore` sentences add up,
 * and `documentLanguage: auto` (the default) leaves the file's `language` alone.
 */
export function mergeSettings(file: PromesseConfig, settings: Settings): PromesseConfig {
  const merged: PromesseConfig = {...file}
  if (settings.documentLanguage !== 'auto') merged.language = settings.documentLanguage
  if (Object.keys(settings.rules).length > 0) merged.rules = {...file.rules, ...settings.rules}
  if (settings.allow.length > 0) merged.allow = [...(file.allow ?? []), ...settings.allow]
  if (settings.ignore.length > 0) merged.ignore = [...(file.ignore ?? []), ...settings.ignore]
  return merged
}

/** Where a setting written by a command goes: the workspace when there is one, else the user. */
export function settingsTarget(): vscode.ConfigurationTarget {
  return vscode.workspace.workspaceFolders?.length ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global
}
