/** Helpers for the in-host suites: scratch files, waiting for diagnostics, quick fixes. */
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as vscode from 'vscode'
import type {PromesseApi} from '../../src/extension/activate.ts'

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export async function api(): Promise<PromesseApi> {
  const extension = vscode.extensions.getExtension<PromesseApi>('promesse.promesse')
  assert.ok(extension, 'the Promesse extension is loaded')
  return extension.activate()
}

/** The workspace folder when there is one, else a temp folder (the suite runs both ways). */
export const folder: string = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath ?? fs.mkdtempSync(path.join(os.tmpdir(), 'promesse-nofolder-'))
export const hasFolder = Boolean(vscode.workspace.workspaceFolders?.length)

let counter = 0
/** Writes a fresh file in `folder` (or a subfolder) and returns its URI. */
export function scratch(text: string, ext = 'md', dir = folder): vscode.Uri {
  fs.mkdirSync(dir, {recursive: true})
  const file = path.join(dir, `doc-${process.pid}-${++counter}.${ext}`)
  fs.writeFileSync(file, text)
  return vscode.Uri.file(file)
}

/** Opens `uri` in an editor (retrying: at start-up the workbench may cancel the first open). */
export async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri)
  for (let attempt = 0; ; attempt++) {
    try {
      return await vscode.window.showTextDocument(doc)
    } catch (error) {
      if (attempt >= 20) throw error
      await sleep(250)
    }
  }
}

export const ours = (uri: vscode.Uri) => vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'promesse')

/** Waits until `check(diagnostics)` holds (polling, bounded), and returns the diagnostics. */
export async function waitFor(uri: vscode.Uri, check: (d: vscode.Diagnostic[]) => boolean, what: string, ms = 15000): Promise<vscode.Diagnostic[]> {
  const deadline = Date.now() + ms
  for (;;) {
    const diagnostics = ours(uri)
    if (check(diagnostics)) return diagnostics
    if (Date.now() > deadline) assert.fail(`${what}; diagnostics: ${JSON.stringify(diagnostics.map((d) => [d.message, d.range]))}`)
    await sleep(50)
  }
}

/** Waits until the document was linted in its current version (a result exists for it). */
export async function linted(doc: vscode.TextDocument): Promise<void> {
  const {diagnostics} = await api()
  const deadline = Date.now() + 15000
  while (!diagnostics.resultFor(doc)) {
    if (Date.now() > deadline) assert.fail(`${doc.uri.fsPath} was never linted`)
    await sleep(50)
  }
}

/**
 * The quick fixes offered on `range`. Right after start-up the first code-action request can
 * come back cancelled or empty: poll, bounded, until `title` is offered.
 */
export async function quickFixes(uri: vscode.Uri, range: vscode.Range, title: RegExp): Promise<vscode.CodeAction[]> {
  let last: string[] = []
  for (const deadline = Date.now() + 15000; Date.now() < deadline; await sleep(250)) {
    try {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value)
      last = actions.map((a) => a.title)
      if (actions.some((a) => title.test(a.title))) return actions
    } catch (error) {
      last = [`error: ${(error as Error).message}`]
    }
  }
  return assert.fail(`no quick fix matching ${title}; offered: ${last.join(' | ')}`)
}

/** Resets a `promesse.*` setting everywhere the tests may have written it. */
export async function resetSetting(key: string): Promise<void> {
  const config = vscode.workspace.getConfiguration('promesse')
  await config.update(key, undefined, vscode.ConfigurationTarget.Global)
  if (hasFolder) await config.update(key, undefined, vscode.ConfigurationTarget.Workspace)
}

export async function closeAll(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors')
}
