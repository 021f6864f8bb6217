/**
 * « Autoriser cette formule dans l'espace de travail » and, in plain text, « Ignorer ici »: adds a
 * phrase to `allow` (or a sentence to `ignore`) in the workspace folder's config file — the existing `.promesserc.json`/`.yaml`/`.yml` or `package.json#promesse`,
 * else a new `.promesserc.json` — keeping every other field (and YAML comments). With no
 * workspace folder, it goes to the user setting `promesse.allow` (`promesse.ignore`).
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

/** A write the extension will not make, with the reason for the writer. */
export class WriteRefused extends Error {}

/** Writes `text` to `uri`, never through a symbolic link (it could point outside the workspace). */
async function write(uri: vscode.Uri, text: string): Promise<void> {
  const info = await vscode.workspace.fs.stat(uri).then(
    (stat) => stat,
    () => undefined
  )
  if (info && (info.type & vscode.FileType.SymbolicLink) !== 0) {
    throw new WriteRefused(vscode.l10n.t('Promesse did not write to {0}: it is a symbolic link, which may lead outside the workspace.', vscode.workspace.asRelativePath(uri)))
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text))
}

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

/** « Autoriser cette formule »: `phrase` joins `allow`. */
export function allowPhrase(docUri: vscode.Uri, phrase: string): Promise<Written> {
  return addToList(docUri, 'allow', phrase)
}

/** « Ignorer ici » where no comment can be written (plain text): `sentence` joins `ignore`. */
export function ignoreSentence(docUri: vscode.Uri, sentence: string): Promise<Written> {
  return addToList(docUri, 'ignore', sentence)
}

/** Takes `phrase` out of the list `key` (the writer changed their mind), where it is: user settings or the workspace config. */
export async function removeFromList(docUri: vscode.Uri, key: 'allow' | 'ignore', phrase: string): Promise<Written> {
  const config = vscode.workspace.getConfiguration(section)
  const user = config.inspect<string[]>(key)?.globalValue ?? []
  if (user.some((p) => same(p, phrase))) {
    await config.update(key, user.filter((p) => !same(p, phrase)), vscode.ConfigurationTarget.Global)
    return {uri: undefined, undo: () => Promise.resolve(vscode.workspace.getConfiguration(section).update(key, user, vscode.ConfigurationTarget.Global))}
  }
  return editList(docUri, key, phrase, 'remove')
}

function addToList(docUri: vscode.Uri, key: 'allow' | 'ignore', phrase: string): Promise<Written> {
  return editList(docUri, key, phrase, 'add')
}

/** Adds `phrase` to (or removes it from) the list `key` of the workspace config (or of the user setting with no folder). */
async function editList(docUri: vscode.Uri, key: 'allow' | 'ignore', phrase: string, op: 'add' | 'remove'): Promise<Written> {
  const folder = vscode.workspace.getWorkspaceFolder(docUri) ?? vscode.workspace.workspaceFolders?.[0]
  phrase = phrase.trim()
  if (folder && !vscode.workspace.isTrusted) {
    throw new WriteRefused(vscode.l10n.t('Promesse writes nothing in a workspace you have not trusted: trust it first (Workspace Trust), then allow the phrase again.'))
  }
  if (!folder) {
    const config = vscode.workspace.getConfiguration(section)
    const before = config.inspect<string[]>(key)?.globalValue
    const list = config.get<string[]>(key, [])
    if (list.some((p) => same(p, phrase)) === (op === 'add')) return {uri: undefined, undo: nothing}
    await config.update(key, op === 'add' ? [...list, phrase] : list.filter((p) => !same(p, phrase)), vscode.ConfigurationTarget.Global)
    return {uri: undefined, undo: () => Promise.resolve(vscode.workspace.getConfiguration(section).update(key, before, vscode.ConfigurationTarget.Global))}
  }
  const file = (name: string) => vscode.Uri.joinPath(folder.uri, name)
  for (const name of ['.promesserc.yaml', '.promesserc.yml']) {
    const text = await read(file(name))
    if (text === undefined) continue
    const doc = parseDocument(text)
    const existing = doc.get(key) as {items?: {value?: unknown}[]} | undefined
    const phrases = existing?.items?.map((item) => String(item.value ?? item)) ?? []
    let undo = nothing
    const at = phrases.findIndex((p) => same(p, phrase))
    if ((at === -1) === (op === 'add')) {
      if (op === 'remove') doc.deleteIn([key, at])
      else if (existing?.items) doc.addIn([key], phrase)
      else doc.set(key, [phrase])
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
  const list = Array.isArray(config[key]) ? (config[key] as string[]) : []
  let undo = nothing
  if (list.some((p) => same(p, phrase)) !== (op === 'add')) {
    config[key] = op === 'add' ? [...list, phrase] : list.filter((p) => !same(p, phrase))
    const indent = /^[ \t]+(?=")/m.exec(text ?? '')?.[0] ?? 2
    const written = JSON.stringify(root, null, indent) + '\n'
    await write(target, written)
    undo = restore(target, text, written)
  }
  clearConfigCache()
  return {uri: target, undo}
}
