/**
 * Config discovery for Node front ends (CLI, VS Code extension on the desktop).
 *
 * Looks upward from the linted file's directory, up to the root, for `.promesserc.json`,
 * `.promesserc.yaml`, `.promesserc.yml`, `.promesserc` (YAML or JSON) or a `promesse` key in
 * `package.json`; the first one found wins (no merging). An explicit file (`--config`) replaces
 * the search. What a folder holds, and how a file is parsed and validated, is the core's
 * (core/config-file.ts), shared with the editor's search on the web. Syntax errors are reported
 * with the file and line, never thrown. Results are cached per directory until `clearConfigCache()`.
 */
import path from 'node:path'
import {readFile, stat} from 'node:fs/promises'
import {configInFolder, readConfigAt, refusedConfig, type ConfigFileSystem} from '../core/index.ts'
import type {ConfigError, PromesseConfig} from '../core/index.ts'

export interface LoadedConfig {
  /** The validated configuration (invalid fields dropped, so defaults apply). */
  config: PromesseConfig
  /** The file it came from, absolute; absent when none was found. */
  file?: string
  errors: ConfigError[]
}

/** The disk, as the core's folder reading (core/config-file.ts) sees it. */
const disk: ConfigFileSystem = {
  async stat(file) {
    try {
      const info = await stat(file)
      return {isFile: info.isFile(), size: info.size}
    } catch {
      return undefined
    }
  },
  read: (file) => readFile(file, 'utf8')
}

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
}

/** From `dir` up to the root, the first folder that holds a configuration. */
async function search(dir: string): Promise<LoadedConfig> {
  try {
    for (let here = dir; ; here = path.dirname(here)) {
      const found = await configInFolder((name) => path.join(here, name), disk)
      if (found) return found
      if (path.dirname(here) === here) return {config: {}, errors: []}
    }
  } catch (error) {
    return {config: {}, errors: [{field: '(file)', reason: `cannot read configuration: ${errorText(error)}`}]}
  }
}

async function loadExplicit(file: string): Promise<LoadedConfig> {
  const reading = await readConfigAt(file, disk, true)
  if (reading === 'missing') return refusedConfig(file, 'file not found')
  // Named by the user: it always gives an answer (an error when it holds no configuration).
  return reading ?? {config: {}, file, errors: []}
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
