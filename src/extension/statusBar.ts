/** Status bar: the hollow claims in the current document; a click opens the review. */
import * as vscode from 'vscode'
import {commandIds} from './commandIds.ts'
import type {Diagnostics} from './diagnostics.ts'

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('promesse.status', vscode.StatusBarAlignment.Right, 100)
  private readonly subscriptions: vscode.Disposable[]

  constructor(private readonly diagnostics: Diagnostics) {
    this.item.name = 'Promesse'
    this.item.command = commandIds.reviewDocument
    this.subscriptions = [
      diagnostics.onDidUpdate(() => this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update())
    ]
    this.update()
  }

  /** The text shown, for tests: undefined when hidden. */
  get text(): string | undefined {
    return this.visible ? this.item.text : undefined
  }

  private visible = false

  update(): void {
    const doc = vscode.window.activeTextEditor?.document
    const result = doc && this.diagnostics.handles(doc) ? this.diagnostics.resultFor(doc) : undefined
    if (!result) {
      this.visible = false
      this.item.hide()
      return
    }
    const hollow = result.stats.hollow
    this.item.text = `$(megaphone) ${hollow}`
    this.item.tooltip = vscode.l10n.t('Promesse: {0} hollow claim(s), {1} backed, {2} commitment(s). Click to review the document.', hollow, result.stats.backed, result.stats.commitments)
    this.item.backgroundColor = hollow > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined
    this.visible = true
    this.item.show()
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose()
    this.item.dispose()
  }
}
