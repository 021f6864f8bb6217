/**
 * « Autoriser cette formule dans l'espace de travail »: adds a phrase to `allow` in the workspace
 * folder's config file — the existing `.promesserc.json`/`.yaml`/`.yml` or `package.json#promesse`,
 * else a new `.promesserc.json` — keeping every other field (and YAML comments). With no
 * workspace folder, the phrase goes to the user setting `promesse.allow`.
 */
import * as vscode from 'vscode'
import {parseDocument} from 'yaml'
import {clearConfigCache} from './config.ts'
import {section} from './settings.ts'

const same = (a: string, b: string) => a.normalize('NFC').toLocaleLowerCase() === b.normalize('NFC').toLocaleLowerCase()

async function read(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))
  } catch {
    return undefined
  }
}

const write = (uri: vscode.Uri, text: string) => vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text))

/** Where the phrase was written (the config file, or undefined for the user setting), and how to take it back. */
export interface Written {
  uri: vscode.Uri | undefined
  /** Puts the file or setting back as it was before (a file created for the phrase is deleted). */
  undo: () => Promise<void>
}

const nothing = () => Promise.resolve()

/** Restores `uri` to `before` (undefined: the file did not exist), unless it was edited since. */
function restore(uri: vscode.Uri, before: string | undefined, written: string): () => Promise<void> {
  return async () => {
    if ((await read(uri)) !== written) return
    if (before === undefined) await vscode.workspace.fs.delete(uri)
    else await write(uri, before)
    clearConfigCache()
  }
}

export async function allowPhrase(docUri: vscode.Uri, phrase: string): Promise<Written> {
  const folder = vscode.workspace.getWorkspaceFolder(docUri) ?? vscode.workspace.workspaceFolders?.[0]
  phrase = phrase.trim()
  if (!folder) {
    const config = vscode.workspace.getConfiguration(section)
    const before = config.inspect<string[]>('allow')?.globalValue
    const allow = config.get<string[]>('allow', [])
    if (allow.some((p) => same(p, phrase))) return {uri: undefined, undo: nothing}
    await config.update('allow', [...allow, phrase], vscode.ConfigurationTarget.Global)
    return {uri: undefined, undo: () => Promise.resolve(vscode.workspace.getConfiguration(section).update('allow', before, vscode.ConfigurationTarget.Global))}
  }
  const file = (name: string) => vscode.Uri.joinPath(folder.uri, name)
  for (const name of ['.promesserc.yaml', '.promesserc.yml']) {
    const text = await read(file(name))
    if (text === undefined) continue
    const doc = parseDocument(text)
    const allow = doc.get('allow') as {items?: {value?: unknown}[]} | undefined
    const phrases = allow?.items?.map((item) => String(item.value ?? item)) ?? []
    let undo = nothing
    if (!phrases.some((p) => same(p, phrase))) {
      if (allow?.items) doc.addIn(['allow'], phrase)
      else doc.set('allow', [phrase])
      const written = String(doc)
      await write(file(name), written)
      undo = restore(file(name), text, written)
    }
    clearConfigCache()
    return {uri: file(name), undo}
  }
  const rc = await read(file('.promesserc.json'))
  const pkg = rc === undefined ? await read(file('package.json')) : undefined
  const inPackage = pkg !== undefined && (JSON.parse(pkg) as Record<string, unknown>).promesse !== undefined
  const target = inPackage ? file('package.json') : file('.promesserc.json')
  const text = inPackage ? pkg : rc
  const root = text === undefined ? {} : (JSON.parse(text) as Record<string, unknown>)
  const config = (inPackage ? root.promesse : root) as Record<string, unknown>
  const allow = Array.isArray(config.allow) ? (config.allow as string[]) : []
  let undo = nothing
  if (!allow.some((p) => same(p, phrase))) {
    config.allow = [...allow, phrase]
    const indent = /^[ \t]+(?=")/m.exec(text ?? '')?.[0] ?? 2
    const written = JSON.stringify(root, null, indent) + '\n'
    await write(target, written)
    undo = restore(target, text, written)
  }
  clearConfigCache()
  return {uri: target, undo}
}
