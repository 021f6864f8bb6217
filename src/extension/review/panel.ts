/**
 * « Réviser le document »: the review webview beside the editor, kept up to date as the writer
 * types and following the active editor. Its buttons apply a rewrite, jump to a finding, or save
 * the review as Markdown to a file the writer names.
 */
import * as vscode from 'vscode'
import type {Diagnostics} from '../diagnostics.ts'
import {guarded} from '../log.ts'
import {reviewHtml} from './html.ts'
import {buildReview, reviewToMarkdown, type Review} from './model.ts'
import {reviewStrings, summaryStrings} from './strings.ts'
import {summaryHtml, type WorkspaceSummary} from './summary.ts'

export const reviewViewType = 'promesse.review'

const nonce = () => Array.from({length: 16}, () => Math.floor(Math.random() * 36).toString(36)).join('')

export class ReviewPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined
  private doc: vscode.TextDocument | undefined
  private review: Review | undefined
  private readonly subscriptions: vscode.Disposable[]

  constructor(private readonly diagnostics: Diagnostics) {
    this.subscriptions = [
      diagnostics.onDidUpdate((uri) => {
        if (this.panel && this.doc && uri.toString() === this.doc.uri.toString()) void this.refresh()
      }),
      // The review follows the document the writer is working on.
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        const doc = editor?.document
        if (!this.panel || !doc || doc === this.doc || !diagnostics.handles(doc)) return
        this.doc = doc
        void this.refresh()
      })
    ]
  }

  /** The document reviewed, if the panel is open. */
  get document(): vscode.TextDocument | undefined {
    return this.panel ? this.doc : undefined
  }

  /** Opens (or reuses) the panel for `doc`; returns the review shown. */
  async show(doc: vscode.TextDocument): Promise<Review | undefined> {
    this.doc = doc
    this.open()
    return this.refresh()
  }

  /** Shows the workspace review's summary in the panel (a file clicked there gets its own review). */
  showSummary(summary: WorkspaceSummary): void {
    this.open()
    this.doc = undefined
    this.panel!.title = vscode.l10n.t('Review: workspace')
    this.panel!.webview.html = summaryHtml(summary, summaryStrings(), nonce(), this.panel!.webview.cspSource)
  }

  private open(): void {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(reviewViewType, vscode.l10n.t('Review'), {viewColumn: vscode.ViewColumn.Beside, preserveFocus: true}, {enableScripts: true, localResourceRoots: []})
      this.panel.onDidDispose(() => (this.panel = undefined))
      this.panel.webview.onDidReceiveMessage((message: {type: string; start?: number; end?: number; index?: number; uri?: string}) =>
        guarded('review message', async () => {
          if (message.type === 'open' && message.uri) await this.show(await vscode.workspace.openTextDocument(vscode.Uri.parse(message.uri)))
          else if (message.type === 'export') await this.exportMarkdown()
          else if (message.type === 'apply') await this.apply(message.start ?? 0, message.end ?? 0, message.index ?? 0)
          else await this.jump(message.start ?? 0, message.end ?? 0)
        })
      )
    } else this.panel.reveal(vscode.ViewColumn.Beside, true)
  }

  /**
   * Saves the review as Markdown to a file the writer names (`target`, or asked in a save dialog
   * that proposes « <document>-revision.md » beside it), and opens it.
   */
  async exportMarkdown(target?: vscode.Uri): Promise<vscode.TextDocument | undefined> {
    if (!this.review || !this.doc) return undefined
    const content = reviewToMarkdown(this.review, reviewStrings())
    const base = this.doc.uri.path.replace(/\.[^./]*$/, '')
    const proposed = this.doc.isUntitled ? undefined : this.doc.uri.with({path: `${base}-${vscode.l10n.t('review')}.md`})
    const uri = target ?? (await vscode.window.showSaveDialog({defaultUri: proposed, filters: {Markdown: ['md']}, saveLabel: vscode.l10n.t('Save the review')}))
    if (!uri) return undefined
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content))
    const exported = await vscode.workspace.openTextDocument(uri)
    await vscode.window.showTextDocument(exported, vscode.ViewColumn.Beside)
    void vscode.window.setStatusBarMessage(vscode.l10n.t('Review saved to {0}.', vscode.workspace.asRelativePath(uri)), 4000)
    return exported
  }

  /** Applies rewrite `index` of the finding at `start`–`end`, as the quick fix would (its blanks selected). */
  async apply(start: number, end: number, index: number): Promise<boolean> {
    const doc = this.doc
    const result = doc && this.diagnostics.resultFor(doc)
    const fix = result?.messages.find((m) => m.start.offset === start && m.end.offset === end)?.fixes[index]
    if (!doc || !fix) return false
    const editor = await vscode.window.showTextDocument(doc, vscode.ViewColumn.One)
    const range = new vscode.Range(doc.positionAt(fix.start), doc.positionAt(fix.end))
    return editor.insertSnippet(new vscode.SnippetString(fix.snippet), range)
  }

  private async refresh(): Promise<Review | undefined> {
    const doc = this.doc
    if (!doc || !this.panel) return undefined
    const result = this.diagnostics.resultFor(doc) ?? (await this.diagnostics.lintNow(doc))
    if (!result || !this.panel) return this.review
    const title = doc.uri.path.split('/').pop() ?? doc.uri.toString()
    this.review = buildReview(title, result, (offset) => doc.positionAt(offset).line + 1)
    this.panel.title = vscode.l10n.t('Review: {0}', title)
    this.panel.webview.html = reviewHtml(this.review, reviewStrings(), nonce(), this.panel.webview.cspSource)
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
    for (const sub of this.subscriptions) sub.dispose()
    this.panel?.dispose()
  }
}
