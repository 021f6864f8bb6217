/**
 * Finds and reads the shared config file for a document, the way the CLI does: from the
 * document's folder upwards (stopping at its workspace folder), the first of `.promesserc.json`,
 * `.promesserc.yaml`, `.promesserc.yml`, or a `promesse` key in `package.json`.
 * Reads through `vscode.workspace.fs`, so it works on the web and in virtual workspaces; the
 * Node host plugs in the CLI's own loader (src/node/config.ts) for files on disk, so the editor
 * and the CLI can never disagree. Results are cached per folder until a config file changes.
 */
import * as vscode from 'vscode'
import {parse as parseYaml} from 'yaml'
import {MAX_CONFIG_BYTES, validateConfig, type ConfigError, type PromesseConfig} from './engine.ts'

export const configNames = ['.promesserc.json', '.promesserc.yaml', '.promesserc.yml', '.promesserc', 'package.json']
export const configGlob = '**/{.promesserc.json,.promesserc.yaml,.promesserc.yml,.promesserc,package.json}'

export interface FileConfig {
  config: PromesseConfig
  /** The file it came from (a URI string); none when no config file applies. */
  file?: string
  errors: ConfigError[]
}

/** A host-specific loader: returns undefined for the documents it does not handle. */
export interface ConfigLoader {
  load(uri: vscode.Uri): Promise<FileConfig> | undefined
  clear(): void
}

const none: FileConfig = {config: {}, errors: []}
const cache = new Map<string, Promise<FileConfig>>()
let hostLoader: ConfigLoader | undefined

export function useConfigLoader(loader: ConfigLoader): void {
  hostLoader = loader
}

export function clearConfigCache(): void {
  cache.clear()
  hostLoader?.clear()
}

export async function configFor(uri: vscode.Uri): Promise<FileConfig> {
  if (uri.scheme === 'untitled') return none
  const fromHost = hostLoader?.load(uri)
  if (fromHost) return fromHost
  const stop = vscode.workspace.getWorkspaceFolder(uri)?.uri
  return searchFrom(vscode.Uri.joinPath(uri, '..'), stop)
}

function searchFrom(dir: vscode.Uri, stop: vscode.Uri | undefined): Promise<FileConfig> {
  const key = dir.toString()
  let found = cache.get(key)
  if (!found) {
    found = (async () => {
      const here = await readFolder(dir)
      if (here) return here
      const parent = vscode.Uri.joinPath(dir, '..')
      if (parent.path === dir.path || (stop && dir.path === stop.path)) return none
      return searchFrom(parent, stop)
    })()
    cache.set(key, found)
  }
  return found
}

async function readFolder(dir: vscode.Uri): Promise<FileConfig | undefined> {
  for (const name of configNames) {
    const uri = vscode.Uri.joinPath(dir, name)
    const file = uri.toString()
    let bytes: Uint8Array
    try {
      // Checked before it is read: a directory or an oversized file is named, never read whole.
      const info = await vscode.workspace.fs.stat(uri)
      if ((info.type & vscode.FileType.File) === 0) return {config: {}, file, errors: [{file, field: '', reason: 'cannot be read: not a regular file'}]}
      if (info.size > MAX_CONFIG_BYTES) return {config: {}, file, errors: [{file, field: '', reason: `cannot be read: ${info.size} bytes; a configuration file is at most ${MAX_CONFIG_BYTES} bytes`}]}
      bytes = await vscode.workspace.fs.readFile(uri)
    } catch {
      continue
    }
    const text = new TextDecoder().decode(bytes)
    let raw: unknown
    try {
      raw = name.endsWith('.json') ? JSON.parse(text.replace(/^\uFEFF/, '')) : parseYaml(text)
    } catch (error) {
      return {config: {}, file, errors: [{file, field: '', reason: `cannot be parsed: ${(error as Error).message}`}]}
    }
    if (name === 'package.json') {
      const key = (raw as Record<string, unknown> | null)?.promesse
      if (key === undefined) continue
      raw = key
    }
    const {config, errors} = validateConfig(raw, file)
    return {config, file, errors}
  }
  return undefined
}
