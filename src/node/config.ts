/**
 * Config discovery for Node front ends (CLI, VS Code extension on the desktop).
 *
 * Looks upward from the linted file's directory for `.promesserc.json`, `.promesserc.yaml`,
 * `.promesserc.yml`, `.promesserc` (YAML or JSON) or a `promesse` key in `package.json`; the
 * first one found wins (no merging). An explicit file (`--config`) replaces the search.
 * Syntax errors are reported with the file and line, never thrown. Results are cached per
 * directory until `clearConfigCache()`.
 */
import path from 'node:path'
import {stat} from 'node:fs/promises'
import {lilconfig, type Loader} from 'lilconfig'
import {parseDocument} from 'yaml'
import {MAX_CONFIG_BYTES, validateConfig} from '../core/index.ts'
import type {ConfigError, PromesseConfig} from '../core/index.ts'

export const CONFIG_FILES = ['.promesserc.json', '.promesserc.yaml', '.promesserc.yml', '.promesserc', 'package.json']

/** Extensions of code files: a configuration is data, never run. */
const CODE = /\.(?:js|cjs|mjs|ts|cts|mts)$/i
const NOT_CODE = 'a configuration is JSON or YAML; Promesse never runs a JavaScript or TypeScript file'

export interface LoadedConfig {
  /** The validated configuration (invalid fields dropped, so defaults apply). */
  config: PromesseConfig
  /** The file it came from, absolute; absent when none was found. */
  file?: string
  errors: ConfigError[]
}

/** What a loader returns when the file does not parse, so the search stops there and reports it. */
class SyntaxFailure {
  constructor(readonly error: ConfigError) {}
}

const parseJson: Loader = (file, content) => {
  try {
    return JSON.parse(stripBom(content))
  } catch (error) {
    return new SyntaxFailure(jsonError(file, content, error))
  }
}

const parseYaml: Loader = (file, content) => {
  const doc = parseDocument(stripBom(content), {uniqueKeys: true})
  const first = doc.errors[0]
  if (first) {
    const at = first.linePos?.[0]
    const message = firstLine(first.message).replace(/ at line \d+, column \d+:?$/, '')
    return new SyntaxFailure(syntaxError(file, 'YAML', message, at?.line, at?.col))
  }
  return doc.toJS()
}

/** package.json is not ours: when it does not parse, ignore it rather than stop the search. */
const parsePackageJson: Loader = (_file, content) => {
  try {
    const pkg: unknown = JSON.parse(stripBom(content))
    return typeof pkg === 'object' && pkg !== null ? pkg : {}
  } catch {
    return {}
  }
}

const searcher = lilconfig('promesse', {
  searchPlaces: CONFIG_FILES,
  // An empty config file still stops the search: it means "defaults here".
  ignoreEmptySearchPlaces: false,
  loaders: {
    '.json': (file, content) => (path.basename(file) === 'package.json' ? parsePackageJson : parseJson)(file, content),
    '.yaml': parseYaml,
    '.yml': parseYaml,
    noExt: parseYaml,
    // lilconfig's own loaders would import these: a configuration is data, never run.
    '.js': refuseCode,
    '.cjs': refuseCode,
    '.mjs': refuseCode,
    '.ts': refuseCode
  }
})

function refuseCode(file: string): SyntaxFailure {
  return new SyntaxFailure({file, field: '(file)', reason: NOT_CODE})
}

/**
 * What one `stat` says of a config file: absent, readable, or why it cannot be read (not a
 * regular file — a FIFO, a device, a directory — or larger than MAX_CONFIG_BYTES).
 */
async function probe(file: string): Promise<{exists: false} | {exists: true; problem: string | undefined}> {
  let info
  try {
    info = await stat(file)
  } catch {
    return {exists: false}
  }
  if (!info.isFile()) return {exists: true, problem: 'not a regular file (a directory, a device or a pipe); a configuration is a JSON or YAML file'}
  if (info.size > MAX_CONFIG_BYTES) return {exists: true, problem: `${info.size} bytes; a configuration file is at most ${MAX_CONFIG_BYTES} bytes`}
  return {exists: true, problem: undefined}
}

const refused = (file: string, reason: string): LoadedConfig => ({config: {}, file, errors: [{file, field: '(file)', reason: `cannot read configuration: ${reason}`}]})

const validated = new Map<string, Promise<LoadedConfig>>()

/**
 * The configuration for `filePath` (a file that may not exist, e.g. an unsaved buffer or a
 * `--stdin-filename`), or the explicit file when given.
 */
export function loadConfigFor(filePath: string, explicitFile?: string): Promise<LoadedConfig> {
  const key = explicitFile ? `file:${path.resolve(explicitFile)}` : `dir:${path.dirname(path.resolve(filePath))}`
  let pending = validated.get(key)
  if (!pending) {
    pending = explicitFile ? loadExplicit(path.resolve(explicitFile)) : search(path.dirname(path.resolve(filePath)))
    validated.set(key, pending)
  }
  return pending
}

/** Forgets every cached search and file (call it when a config file changes). */
export function clearConfigCache(): void {
  validated.clear()
  searcher.clearCaches()
}

async function search(dir: string): Promise<LoadedConfig> {
  try {
    // The file the search would read first, checked before it is read (a FIFO would hang it, a
    // huge file or /dev/zero would fill the memory).
    for (let here = dir; ; here = path.dirname(here)) {
      for (const name of CONFIG_FILES) {
        const file = path.join(here, name)
        const found = await probe(file)
        if (!found.exists) continue
        if (found.problem) return refused(file, found.problem)
        if (name !== 'package.json') return searchWith(dir)
      }
      if (path.dirname(here) === here) break
    }
    return searchWith(dir)
  } catch (error) {
    return {config: {}, errors: [{field: '(file)', reason: `cannot read configuration: ${errorText(error)}`}]}
  }
}

async function searchWith(dir: string): Promise<LoadedConfig> {
  try {
    const found = await searcher.search(dir)
    if (!found) return {config: {}, errors: []}
    return finish(found.filepath, found.config)
  } catch (error) {
    return {config: {}, errors: [{field: '(file)', reason: `cannot read configuration: ${errorText(error)}`}]}
  }
}

async function loadExplicit(file: string): Promise<LoadedConfig> {
  if (CODE.test(file)) return refused(file, NOT_CODE)
  const found = await probe(file)
  if (found.exists && found.problem) return refused(file, found.problem)
  try {
    const found = await searcher.load(file)
    if (path.basename(file) === 'package.json' && (found?.config === null || found?.config === undefined)) {
      return {config: {}, file, errors: [{file, field: 'promesse', reason: 'package.json has no "promesse" key'}]}
    }
    return finish(file, found?.config)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'file not found' : errorText(error)
    return {config: {}, file, errors: [{file, field: '(file)', reason: `cannot read configuration: ${reason}`}]}
  }
}

function finish(file: string, raw: unknown): LoadedConfig {
  if (raw instanceof SyntaxFailure) return {config: {}, file, errors: [raw.error]}
  const {config, errors} = validateConfig(raw, file)
  return {config, file, errors}
}

function jsonError(file: string, content: string, error: unknown): ConfigError {
  const text = errorText(error)
  const body = stripBom(content)
  const at = /position (\d+)/.exec(text)
  const offset = at ? Number(at[1]) : /end of JSON/.test(text) ? body.length : undefined
  const message = text.replace(/ in JSON at position \d+.*$/, '')
  if (offset === undefined) return syntaxError(file, 'JSON', message)
  const before = body.slice(0, offset)
  return syntaxError(file, 'JSON', message, before.split('\n').length, offset - before.lastIndexOf('\n'))
}

function syntaxError(file: string, kind: string, message: string, line?: number, column?: number): ConfigError {
  const where = line === undefined ? '' : ` at line ${line}${column === undefined ? '' : `, column ${column}`}`
  const error: ConfigError = {file, field: '(syntax)', reason: `invalid ${kind}${where}: ${message}`}
  if (line !== undefined) error.line = line
  return error
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function firstLine(text: string): string {
  return text.split('\n')[0]!.trim()
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
