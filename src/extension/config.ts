/**
 * Finds and reads the shared config file for a document, the way the CLI does: from the
 * document's folder upwards (stopping at its workspace folder), the first of `.promesserc.json`,
 * `.promesserc.yaml`, `.promesserc.yml`, `.promesserc`, or a `promesse` key in `package.json`.
 * Reads through `vscode.workspace.fs`, so it works on the web and in virtual workspaces; what a
 * folder holds, and how a file is parsed and validated, is the core's (`configInFolder`), as in
 * the CLI. The Node host plugs in the CLI's own loader (src/node/config.ts) for files on disk.
 * Results are cached per folder until a config file changes.
 */
import * as vscode from 'vscode'
import {CONFIG_FILES, configInFolder, type ConfigError, type ConfigFileSystem, type PromesseConfig} from './engine.ts'

export const configNames: readonly string[] = CONFIG_FILES
export const configGlob = `**/{${CONFIG_FILES.join(',')}}`

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

/** The workspace's file system (on disk, on the web, in a virtual workspace), as the core's folder reading sees it. */
const workspaceFs: ConfigFileSystem = {
  async stat(file) {
    try {
      const info = await vscode.workspace.fs.stat(vscode.Uri.parse(file))
      return {isFile: (info.type & vscode.FileType.File) !== 0, size: info.size}
    } catch {
      return undefined
    }
  },
  read: async (file) => new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.parse(file)))
}

/** The configuration `dir` holds: the core reads and validates it as the CLI does. */
function readFolder(dir: vscode.Uri): Promise<FileConfig | undefined> {
  return configInFolder((name) => vscode.Uri.joinPath(dir, name).toString(), workspaceFs)
}
