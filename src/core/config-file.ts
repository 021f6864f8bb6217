/**
 * A configuration file, from its name to a validated configuration: the name says how it is parsed
 * (JSON, YAML, the `promesse` key of a package.json), then `validateConfig` checks it. No file
 * system here: the Node search (src/node/config.ts) and the editor's search through
 * `vscode.workspace.fs` (src/extension/config.ts) each hand `configInFolder` a way to look at and
 * read a file, and walk the folders upward themselves, so the two can never read a folder apart.
 */
import {parseDocument} from 'yaml'
import {MAX_CONFIG_BYTES, validateConfig} from './config.ts'
import type {ConfigError, PromesseConfig} from './types.ts'

/** The names looked for in each folder, in this order: the first that holds a configuration wins. */
export const CONFIG_FILES: readonly string[] = ['.promesserc.json', '.promesserc.yaml', '.promesserc.yml', '.promesserc', 'package.json']

export interface ConfigFileReading {
  /** The validated configuration (invalid fields dropped, so defaults apply). */
  config: PromesseConfig
  /** The file's path or URI, as it was given. */
  file: string
  errors: ConfigError[]
}

/** What a front end's file system says of a file: undefined when there is nothing there. */
export interface ConfigFileSystem {
  stat(file: string): Promise<{isFile: boolean; size: number} | undefined>
  /** The file's text (UTF-8); may throw (then the file is named with the reason). */
  read(file: string): Promise<string>
}

/** Extensions of code files: a configuration is data, never run. */
const CODE = /\.(?:js|cjs|mjs|ts|cts|mts)$/i
const NOT_CODE = 'a configuration is JSON or YAML; Promesse never runs a JavaScript or TypeScript file'

/**
 * The configuration a folder holds, the first of `CONFIG_FILES` that holds one; undefined when
 * none does (the search goes on above it). `at(name)` is the address of `name` in the folder.
 */
export async function configInFolder(at: (name: string) => string, fs: ConfigFileSystem): Promise<ConfigFileReading | undefined> {
  for (const name of CONFIG_FILES) {
    const reading = await readConfigAt(at(name), fs)
    if (reading !== 'missing' && reading) return reading
  }
  return undefined
}

/**
 * One file looked at, checked, read and parsed: `missing` when nothing is there; undefined when it
 * holds no configuration (a package.json without a `promesse` key), unless `explicit` (named by the
 * user: then always an answer, see `readConfigFile`).
 */
export async function readConfigAt(file: string, fs: ConfigFileSystem, explicit = false): Promise<ConfigFileReading | 'missing' | undefined> {
  const info = await fs.stat(file)
  if (!info) return 'missing'
  // Checked before it is read: a FIFO would hang the read, a huge file or /dev/zero fill the memory.
  const problem = configFileProblem(info)
  if (problem) return refusedConfig(file, problem)
  let content: string
  try {
    content = await fs.read(file)
  } catch (error) {
    return refusedConfig(file, errorText(error))
  }
  return readConfigFile(file, content, explicit)
}

/** Why a file cannot be a configuration (not a regular file, too large), or undefined when it can. */
export function configFileProblem(info: {isFile: boolean; size: number}): string | undefined {
  if (!info.isFile) return 'not a regular file (a directory, a device or a pipe); a configuration is a JSON or YAML file'
  if (info.size > MAX_CONFIG_BYTES) return `${info.size} bytes; a configuration file is at most ${MAX_CONFIG_BYTES} bytes`
  return undefined
}

/** A configuration file that cannot be read, named with the reason: defaults apply. */
export function refusedConfig(file: string, reason: string): ConfigFileReading {
  return {config: {}, file, errors: [{file, field: '(file)', reason: `cannot read configuration: ${reason}`}]}
}

/**
 * The configuration `content` holds, `file` being its path or URI (its last segment decides how it
 * is parsed), or undefined when the file holds none and a search goes on above it:
 *
 * - `package.json`: its `promesse` key. One without the key (or with `null`) holds none; so does
 *   one that does not parse and shows no `"promesse":` (it is not ours: npm will complain about
 *   it, linting goes on). One that does not parse but shows the key is a syntax error.
 * - `*.json`: JSON; `*.yaml`, `*.yml` and a name without extension (`.promesserc`): YAML (JSON is
 *   YAML too), duplicate keys refused. A syntax error is named with its line and column.
 * - An empty file means "defaults here": no error, and the search stops.
 *
 * `explicit`: the file was named (`--config`): a package.json without the key, a code file or an
 * unknown extension is then an error rather than "none here".
 */
export function readConfigFile(file: string, content: string, explicit = false): ConfigFileReading | undefined {
  const name = baseName(file)
  const text = stripBom(content)
  if (name === 'package.json') return readPackageJson(file, text, explicit)
  if (CODE.test(name)) return refusedConfig(file, NOT_CODE)
  const dot = name.lastIndexOf('.')
  const ext = dot > 0 ? name.slice(dot).toLowerCase() : ''
  if (ext !== '' && ext !== '.json' && ext !== '.yaml' && ext !== '.yml') {
    return refusedConfig(file, 'a configuration file is JSON (.json) or YAML (.yaml, .yml, or a name without extension)')
  }
  if (text.trim() === '') return {config: {}, file, errors: []}
  const parsed = ext === '.json' ? parseJson(file, text) : parseYaml(file, text)
  if ('error' in parsed) return {config: {}, file, errors: [parsed.error]}
  return validated(file, parsed.value)
}

function readPackageJson(file: string, text: string, explicit: boolean): ConfigFileReading | undefined {
  const parsed = parseJson(file, text)
  if ('error' in parsed) return explicit || /"promesse"\s*:/.test(text) ? {config: {}, file, errors: [parsed.error]} : undefined
  const pkg = parsed.value
  const value = typeof pkg === 'object' && pkg !== null && !Array.isArray(pkg) ? (pkg as Record<string, unknown>).promesse : undefined
  if (value !== undefined && value !== null) return validated(file, value)
  return explicit ? {config: {}, file, errors: [{file, field: 'promesse', reason: 'package.json has no "promesse" key'}]} : undefined
}

function validated(file: string, raw: unknown): ConfigFileReading {
  const {config, errors} = validateConfig(raw, file)
  return {config, file, errors}
}

type Parsed = {value: unknown} | {error: ConfigError}

function parseJson(file: string, text: string): Parsed {
  try {
    return {value: JSON.parse(text) as unknown}
  } catch (error) {
    const message = errorText(error)
    const at = /position (\d+)/.exec(message)
    const offset = at ? Number(at[1]) : /end of JSON/.test(message) ? text.length : undefined
    const reason = message.replace(/ in JSON at position \d+.*$/, '')
    if (offset === undefined) return {error: syntaxError(file, 'JSON', reason)}
    const before = text.slice(0, offset)
    return {error: syntaxError(file, 'JSON', reason, before.split('\n').length, offset - before.lastIndexOf('\n'))}
  }
}

function parseYaml(file: string, text: string): Parsed {
  const doc = parseDocument(text, {uniqueKeys: true})
  const first = doc.errors[0]
  if (first) {
    const at = first.linePos?.[0]
    const message = firstLine(first.message).replace(/ at line \d+, column \d+:?$/, '')
    return {error: syntaxError(file, 'YAML', message, at?.line, at?.col)}
  }
  try {
    return {value: doc.toJS() as unknown}
  } catch (error) {
    // An alias bomb, an alias to nothing: the document parses but does not resolve.
    return {error: syntaxError(file, 'YAML', firstLine(errorText(error)))}
  }
}

function syntaxError(file: string, kind: string, message: string, line?: number, column?: number): ConfigError {
  const where = line === undefined ? '' : ` at line ${line}${column === undefined ? '' : `, column ${column}`}`
  const error: ConfigError = {file, field: '(syntax)', reason: `invalid ${kind}${where}: ${message}`}
  if (line !== undefined) error.line = line
  return error
}

/** The last segment of a path or URI (`/` or `\`). */
function baseName(file: string): string {
  return file.slice(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1)
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
