/** « Réviser le document »: the review webview beside the editor, kept up to date as the writer types. */
import * as vscode from 'vscode'
import type {Diagnostics} from '../diagnostics.ts'
import {guarded} from '../log.ts'
import {reviewHtml} from './html.ts'
import {buildReview, reviewToMarkdown, type Review} from './model.ts'
import {reviewStrings} from './strings.ts'

export const reviewViewType = 'promesse.review'

export class ReviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined
  private doc: vscode.TextDocument | undefined
  private review: Review | undefined
  private readonly subscription: vscode.Disposable

  constructor(private readonly diagnostics: Diagnostics) {
    this.subscription = diagnostics.onDidUpdate((uri) => {
      if (this.panel && this.doc && uri.toString() === this.doc.uri.toString()) void this.refresh()
    })
  }

  /** Opens (or reuses) the panel for `doc`; returns the review shown. */
  async show(doc: vscode.TextDocument): Promise<Review | undefined> {
    this.doc = doc
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(reviewViewType, vscode.l10n.t('Review'), {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true}, {enableScripts: true, localResourceRoots: []})
      this.panel.onDidDispose(() => (this.panel = undefined))
      this.panel.webview.onDidReceiveMessage((message: {type: string; start?: number; end?: number}) =>
        guarded('review message', async () => {
          if (message.type === 'export') await this.exportMarkdown()
          else await this.jump(message.start ?? 0, message.end ?? 0)
        })
      )
    } else this.panel.reveal(vscode.ViewColumn.Beside, true)
    return this.refresh()
  }

  /** Opens the review as a new Markdown document. */
  async exportMarkdown(): Promise<vscode.TextDocument | undefined> {
    if (!this.review) return undefined
    const content = reviewToMarkdown(this.review, reviewStrings())
    const exported = await vscode.workspace.openTextDocument({language: 'markdown', content})
    await vscode.window.showTextDocument(exported, vscode.ViewColumn.Beside)
    return exported
  }

  private async refresh(): Promise<Review | undefined> {
    const doc = this.doc
    if (!doc || !this.panel) return undefined
    const result = this.diagnostics.resultFor(doc) ?? (await this.diagnostics.lintNow(doc))
    if (!result || !this.panel) return this.review
    const title = doc.uri.path.split('/').pop() ?? doc.uri.toString()
    this.review = buildReview(title, result)
    this.panel.title = vscode.l10n.t('Review: {0}', title)
    const nonce = Array.from({length: 16}, () => Math.floor(Math.random() * 36).toString(36)).join('')
    this.panel.webview.html = reviewHtml(this.review, reviewStrings(), nonce, this.panel.webview.cspSource)
    return this.review
  }

  private async jump(start: number, end: number): Promise<void> {
    if (!this.doc) return
    const editor = await vscode.window.showTextDocument(this.doc, vscode.ViewColumn.One)
    const range = new vscode.Range(this.doc.positionAt(start), this.doc.positionAt(end))
    editor.selection = new vscode.Selection(range.start, range.end)
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport)
  }

  dispose(): void {
    this.subscription.dispose()
    this.panel?.dispose()
  }
}
