/**
 * Validation of a raw configuration object (parsed from `.promesserc*` or `package.json#promesse`).
 * Pure: no Node built-ins, so the engine, the CLI, the editor and the browser share it.
 *
 * Every invalid field is reported with its file, its path (`rules.hollow-claim`, `allow[2]`) and a
 * reason in plain words; invalid fields (or list items) are dropped so the defaults apply, valid
 * ones are kept. `schema/promesserc.schema.json` describes exactly the same shape.
 */
import {MAX_GLOB_WILDCARDS} from './formats.ts'
import {ruleIds} from './rules/index.ts'
import type {ConfigError, Lang, LangSetting, PromesseConfig, RuleId, RuleSetting} from './types.ts'

/** Rule ids the config may name, from the rule registry. */
export const RULE_IDS: readonly RuleId[] = ruleIds
export const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error']
export const LANGS: readonly Lang[] = ['fr', 'en']
export const LANG_SETTINGS: readonly LangSetting[] = ['fr', 'en', 'auto']

/** Longest user phrase (allow, claims, commitments), in characters (code points). */
export const MAX_PHRASE_LENGTH = 200
/** Longest rewrite template, in characters (code points). */
export const MAX_REWRITE_LENGTH = 500
/** The largest configuration file read, in bytes (a real one is a few hundred): every loader checks it before reading. */
export const MAX_CONFIG_BYTES = 1024 * 1024
/** Longest front-matter key named in the config. */
export const MAX_KEY_LENGTH = 100
/** Longest `dataFiles` glob, and how many there may be (a glob becomes a regular expression). */
export const MAX_GLOB_LENGTH = 200
export const MAX_GLOBS = 50
/** Longest ignored sentence, in characters (code points). */
export const MAX_SENTENCE_LENGTH = 1000

const KNOWN_KEYS = ['$schema', 'language', 'languages', 'rules', 'allow', 'ignore', 'frontMatter', 'dataFiles', 'claims', 'commitments', 'rewrites'] as const

export interface ConfigValidation {
  config: PromesseConfig
  errors: ConfigError[]
}

export function validateConfig(raw: unknown, file?: string): ConfigValidation {
  const errors: ConfigError[] = []
  const report = (field: string, reason: string) => {
    errors.push(file === undefined ? {field, reason} : {file, field, reason})
  }
  const config: PromesseConfig = {}

  if (raw === undefined || raw === null) return {config, errors}
  if (!isPlainObject(raw)) {
    report('(root)', `expected an object of settings, got ${describe(raw)}`)
    return {config, errors}
  }

  for (const key of Object.keys(raw)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      report(key, `unknown setting; expected one of ${KNOWN_KEYS.filter((k) => k !== '$schema').join(', ')}`)
    }
  }

  if ('$schema' in raw && typeof raw.$schema !== 'string') {
    report('$schema', `expected a string, got ${describe(raw.$schema)}`)
  }

  if ('language' in raw) {
    const value = raw.language
    if (isOneOf(value, LANG_SETTINGS)) config.language = value
    else report('language', expectedOneOf(LANG_SETTINGS, value))
  }

  if ('languages' in raw) {
    const value = raw.languages
    if (!Array.isArray(value)) {
      report('languages', `expected a list of languages (${LANGS.join(', ')}), got ${describe(value)}`)
    } else {
      const kept: Lang[] = []
      value.forEach((item, index) => {
        if (!isOneOf(item, LANGS)) report(`languages[${index}]`, expectedOneOf(LANGS, item))
        else if (kept.includes(item)) report(`languages[${index}]`, `"${item}" is listed twice`)
        else kept.push(item)
      })
      if (value.length === 0) report('languages', 'expected at least one language, got an empty list')
      else if (kept.length > 0) config.languages = kept
    }
  }

  if ('rules' in raw) {
    const value = raw.rules
    if (!isPlainObject(value)) {
      report('rules', `expected an object mapping rule ids to ${RULE_SETTINGS.join(', ')}, got ${describe(value)}`)
    } else {
      const rules: Partial<Record<RuleId, RuleSetting>> = {}
      for (const [id, setting] of Object.entries(value)) {
        if (!isOneOf(id, RULE_IDS)) {
          report(`rules.${id}`, `unknown rule; known rules are ${RULE_IDS.join(', ')}`)
        } else if (!isOneOf(setting, RULE_SETTINGS)) {
          report(`rules.${id}`, expectedOneOf(RULE_SETTINGS, setting))
        } else {
          rules[id] = setting
        }
      }
      config.rules = rules
    }
  }

  if ('allow' in raw) {
    const phrases = phraseList(raw.allow, 'allow', MAX_PHRASE_LENGTH, report)
    if (phrases) config.allow = phrases
  }

  if ('ignore' in raw) {
    const sentences = phraseList(raw.ignore, 'ignore', MAX_SENTENCE_LENGTH, report)
    if (sentences) config.ignore = sentences
  }

  if ('frontMatter' in raw) {
    const value = raw.frontMatter
    if (!isPlainObject(value)) {
      report('frontMatter', `expected an object with "include" and/or "exclude" lists of keys, got ${describe(value)}`)
    } else {
      const keys: {include?: string[]; exclude?: string[]} = {}
      for (const [name, list] of Object.entries(value)) {
        if (name !== 'include' && name !== 'exclude') {
          report(`frontMatter.${name}`, 'unknown setting; expected include or exclude')
          continue
        }
        const kept = phraseList(list, `frontMatter.${name}`, MAX_KEY_LENGTH, report)
        if (kept) keys[name] = kept
      }
      config.frontMatter = keys
    }
  }

  if ('dataFiles' in raw) {
    const globs = phraseList(raw.dataFiles, 'dataFiles', MAX_GLOB_LENGTH, report)
    if (globs && globs.length > MAX_GLOBS) report('dataFiles', `${globs.length} globs; at most ${MAX_GLOBS} are allowed`)
    else if (globs) {
      const bad = globs.findIndex((glob) => !/^!?[\p{L}\p{N}_\-.*?{},/@+ ]+$/u.test(glob) || /\*{3}|\{[^}]*\{/.test(glob) || (glob.match(/[*?]/g)?.length ?? 0) > MAX_GLOB_WILDCARDS)
      if (bad !== -1) report(`dataFiles[${bad}]`, `expected a glob such as "locales/**" or "**/_data/*.yml" (letters, digits, / * ? { } , . - _ and a leading ! only; no nested braces; at most ${MAX_GLOB_WILDCARDS} wildcards)`)
      else config.dataFiles = globs
    }
  }

  for (const key of ['claims', 'commitments', 'rewrites'] as const) {
    if (!(key in raw)) continue
    const value = raw[key]
    const max = key === 'rewrites' ? MAX_REWRITE_LENGTH : MAX_PHRASE_LENGTH
    if (!isPlainObject(value)) {
      report(key, `expected an object with a list per language (${LANGS.join(', ')}), got ${describe(value)}`)
      continue
    }
    const perLang: Partial<Record<Lang, string[]>> = {}
    for (const [lang, list] of Object.entries(value)) {
      if (!isOneOf(lang, LANGS)) {
        report(`${key}.${lang}`, `unknown language; expected one of ${LANGS.join(', ')}`)
        continue
      }
      const phrases = phraseList(list, `${key}.${lang}`, max, report)
      if (phrases) perLang[lang] = phrases
    }
    config[key] = perLang
  }

  return {config, errors}
}

/** Validates a list of literal phrases; returns the valid ones, or undefined when the list itself is wrong. */
function phraseList(
  value: unknown,
  field: string,
  max: number,
  report: (field: string, reason: string) => void
): string[] | undefined {
  if (!Array.isArray(value)) {
    report(field, `expected a list of phrases, got ${describe(value)}`)
    return undefined
  }
  const kept: string[] = []
  value.forEach((item, index) => {
    const at = `${field}[${index}]`
    if (typeof item !== 'string') report(at, `expected a phrase (text), got ${describe(item)}`)
    else if (item.trim() === '') report(at, 'expected a phrase, got an empty one')
    else if (codePoints(item) > max) report(at, `phrase is ${codePoints(item)} characters long; at most ${max} are allowed`)
    else kept.push(item)
  })
  return kept
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value)
}

function expectedOneOf(allowed: readonly string[], got: unknown): string {
  return `expected one of ${allowed.join(', ')}, got ${describe(got)}`
}

function codePoints(text: string): number {
  let count = 0
  for (const _ of text) count++
  return count
}

/** Describes a value for a reason: `"warn"`, `42`, `true`, `a list`, `an object`, `null`. */
export function describe(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'a list'
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (typeof value === 'object') return 'an object'
  return typeof value
}
