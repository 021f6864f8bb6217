/**
 * « Registre des engagements »: every checkable promise of the workspace in a panel, grouped by
 * subject, conflicts highlighted, click to jump. Built once from the workspace, then kept up to
 * date file by file as files are saved (the workspace is not read again).
 */
import * as vscode from 'vscode'
import {checkSet, registerTable, type LintResult, type RegisterRow} from '../engine.ts'
import {guarded} from '../log.ts'
import {registerStrings} from './strings.ts'
import {registerHtml} from './html.ts'
import {isWorkspaceFile, lintFile, lintWorkspace, type LintedFile} from '../workspaceLint.ts'
import {publishAcross} from '../workspaceReview.ts'
import type {Diagnostics} from '../diagnostics.ts'

export const registerViewType = 'promesse.register'

/** Past this many commitments, an open document is not compared with the other files as the writer types. */
const MAX_ACROSS = 1000

const nonce = () => Array.from({length: 16}, () => Math.floor(Math.random() * 36).toString(36)).join('')

export class RegisterPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined
  /** The workspace's files as last linted, by workspace-relative path. */
  private readonly files = new Map<string, LintedFile>()
  private rows: RegisterRow[] = []
  private cancelled = false
  private readonly subscriptions: vscode.Disposable[]

  constructor(private readonly diagnostics: Diagnostics) {
    this.subscriptions = [
      vscode.workspace.onDidSaveTextDocument((doc) => {
        if (this.panel && isWorkspaceFile(doc.uri)) void guarded('register update', () => this.update(doc.uri))
      })
    ]
  }

  /** The rows shown (for the in-host tests and other extensions). */
  get shown(): readonly RegisterRow[] {
    return this.rows
  }

  /** Lints the workspace and shows the register; returns its rows. */
  async show(): Promise<RegisterRow[]> {
    const read: LintedFile[] = []
    const outcome = await lintWorkspace(vscode.l10n.t('Promesse: reading the commitments of the workspace'), (file) => read.push(file))
    if (outcome === 'no folder') return []
    this.adopt(read, outcome === 'cancelled')
    this.open()
    this.render()
    return this.rows
  }

  /**
   * Keeps the workspace's files as read (by the register or the workspace review): from then on,
   * each open document is checked against the others as the writer types.
   */
  adopt(files: readonly LintedFile[], cancelled = false): void {
    this.files.clear()
    for (const f of files) this.files.set(f.file, f)
    this.cancelled = cancelled
    this.diagnostics.resolveFile = (file) => this.files.get(file)?.uri
    this.diagnostics.acrossFiles = (doc, result) => this.across(doc, result)
  }

  /**
   * `result` with the conflicts and undercuts between `doc` as it is now and the other files.
   * A document with more than `MAX_ACROSS` commitments (a long generated page, a price list) is
   * compared with the others in the register and on save, not on every keystroke.
   */
  private across(doc: vscode.TextDocument, result: LintResult): LintResult | undefined {
    if (!isWorkspaceFile(doc.uri) || result.commitments.length > MAX_ACROSS) return undefined
    const file = vscode.workspace.asRelativePath(doc.uri)
    const others = [...this.files.values()].filter((f) => f.file !== file && (f.result.commitments.length > 0 || f.result.disclaimers.length > 0))
    if (others.length === 0 || (result.commitments.length === 0 && result.disclaimers.length === 0)) return undefined
    const members = [...others, {file, text: doc.getText(), result}]
    const messages = checkSet(members)[members.length - 1]!
    return {...result, messages}
  }

  /** Re-reads one saved file and redraws; its conflicts with the others are published again. */
  private async update(uri: vscode.Uri): Promise<void> {
    const linted = await lintFile(uri)
    if (!linted) return
    this.files.set(linted.file, linted)
    this.render()
  }

  private render(): void {
    const files = [...this.files.values()]
    this.rows = registerTable(files.filter((f) => f.result.commitments.length > 0 || f.result.disclaimers.length > 0))
    publishAcross(this.diagnostics, files)
    if (this.panel) this.panel.webview.html = registerHtml(this.rows, registerStrings(), nonce(), this.panel.webview.cspSource, this.cancelled)
  }

  private open(): void {
    if (this.panel) return this.panel.reveal(vscode.ViewColumn.Beside, true)
    this.panel = vscode.window.createWebviewPanel(registerViewType, vscode.l10n.t('Commitments register'), {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true}, {enableScripts: true, localResourceRoots: []})
    this.panel.onDidDispose(() => (this.panel = undefined))
    this.panel.webview.onDidReceiveMessage((message: {type: string; file?: string; line?: number; column?: number}) =>
      guarded('register message', async () => {
        const file = message.file && this.files.get(message.file)
        if (message.type !== 'open' || !file) return
        const doc = await vscode.workspace.openTextDocument(file.uri)
        const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One)
        const position = new vscode.Position((message.line ?? 1) - 1, (message.column ?? 1) - 1)
        editor.selection = new vscode.Selection(position, position)
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport)
      })
    )
  }

  dispose(): void {
    for (const sub of this.subscriptions) sub.dispose()
    this.panel?.dispose()
  }
}
