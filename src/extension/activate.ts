/**
 * Wires the extension, the same for the desktop/remote host (main.ts) and the web (browser.ts):
 * lint on open/change/save, clear on close, hover, quick fixes, commands, status bar, config watch.
 */
import * as vscode from 'vscode'
import {codeActionKinds, CodeActionProvider} from './codeActions.ts'
import {registerCommands} from './commands.ts'
import {clearConfigCache, configGlob, configNames} from './config.ts'
import {forgetConfigErrors, reported} from './configErrors.ts'
import {Diagnostics} from './diagnostics.ts'
import {HoverProvider} from './hover.ts'
import {guarded, output} from './log.ts'
import {ReviewPanel} from './review/panel.ts'
import {RegisterPanel} from './register/panel.ts'
import {section} from './settings.ts'
import {StatusBar} from './statusBar.ts'

/** What `activate` returns: used by the in-host tests, stable enough for other extensions. */
export interface PromesseApi {
  diagnostics: Diagnostics
  statusBar: StatusBar
  review: ReviewPanel
  register: RegisterPanel
  configErrors: typeof reported
}

export function activateExtension(context: vscode.ExtensionContext): PromesseApi {
  const diagnostics = new Diagnostics()
  const review = new ReviewPanel(diagnostics)
  const register = new RegisterPanel(diagnostics)
  const statusBar = new StatusBar(diagnostics)
  const selector: vscode.DocumentSelector = [{scheme: '*'}]
  const isConfig = (uri: vscode.Uri) => configNames.includes(uri.path.split('/').pop() ?? '')
  const configChanged = () => {
    clearConfigCache()
    forgetConfigErrors()
    diagnostics.relintAll()
  }
  const watcher = vscode.workspace.createFileSystemWatcher(configGlob)
  context.subscriptions.push(
    output(),
    diagnostics,
    review,
    register,
    statusBar,
    watcher,
    watcher.onDidChange(configChanged),
    watcher.onDidCreate(configChanged),
    watcher.onDidDelete(configChanged),
    vscode.languages.registerHoverProvider(selector, new HoverProvider(diagnostics)),
    vscode.languages.registerCodeActionsProvider(selector, new CodeActionProvider(diagnostics), {providedCodeActionKinds: codeActionKinds}),
    vscode.workspace.onDidOpenTextDocument((doc) => diagnostics.schedule(doc, 0)),
    vscode.workspace.onDidChangeTextDocument((event) => event.contentChanges.length > 0 && diagnostics.onChange(event.document)),
    vscode.workspace.onDidSaveTextDocument((doc) => (isConfig(doc.uri) ? configChanged() : diagnostics.onSave(doc))),
    vscode.workspace.onDidCloseTextDocument((doc) => diagnostics.clear(doc.uri)),
    // The host may keep a document open long after its last tab closed: clear on the tab too,
    // and lint again when it shows up in an editor.
    vscode.window.tabGroups.onDidChangeTabs((event) => {
      const shown = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : '')))
      for (const tab of event.closed) if (tab.input instanceof vscode.TabInputText && !shown.has(tab.input.uri.toString())) diagnostics.clear(tab.input.uri)
    }),
    vscode.window.onDidChangeVisibleTextEditors((editors) => {
      for (const {document} of editors) if (!diagnostics.resultFor(document)) diagnostics.schedule(document, 0)
    }),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration(section) && diagnostics.relintAll()),
    ...registerCommands(diagnostics, review, register, context.extensionUri)
  )
  void guarded('initial lint', () => {
    for (const doc of vscode.workspace.textDocuments) diagnostics.schedule(doc, 0)
  })
  return {diagnostics, statusBar, review, register, configErrors: reported}
}
