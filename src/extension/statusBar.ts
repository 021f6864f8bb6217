/** Status bar: « 3 promesses creuses » in the current document, as Problems shows them; a click opens the review. */
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
    if (!doc || !result) {
      this.visible = false
      this.item.hide()
      return
    }
    // The engine counts what is shown: a claim silenced by « Ignorer ici » or an `off` rule is not hollow here.
    const {hollow, backed, commitments, silenced} = result.stats
    const label = hollow === 0 ? vscode.l10n.t('No hollow claim') : hollow === 1 ? vscode.l10n.t('1 hollow claim') : vscode.l10n.t('{0} hollow claims', hollow)
    const shown = this.diagnostics.shownFor(doc)
    const capped = shown !== undefined && shown.shown < shown.total
    // Past the cap, say so: Problems lists fewer findings than the document has.
    this.item.text = `$(megaphone) ${label}${capped ? ` ${vscode.l10n.t('({0} shown)', shown.shown)}` : ''}`
    this.item.tooltip =
      vscode.l10n.t('Promesse: {0} hollow claim(s), {1} backed, {2} commitment(s). Click to review the document.', hollow, backed, commitments) +
      (silenced > 0 ? '\n' + vscode.l10n.t('{0} claim(s) silenced (ignored here or rule off).', silenced) : '') +
      (capped ? '\n' + vscode.l10n.t('{0} of {1} findings shown: those nearest the lines on screen, the others as you scroll. The review lists them all.', shown.shown, shown.total) : '')
    this.item.backgroundColor = hollow > 0 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined
    this.visible = true
    this.item.show()
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose()
    this.item.dispose()
  }
}
