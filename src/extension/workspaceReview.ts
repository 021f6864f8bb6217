/**
 * « Réviser l'espace de travail »: lints every file of the linted languages, with a cancellable
 * progress notification, fills the Problems panel, and ends with a summary (files, claims, hollow,
 * by folder) that opens in the review panel.
 */
import * as vscode from 'vscode'
import {configFor} from './config.ts'
import {textPositions, toDiagnostic} from './convert.ts'
import {sliceMs, yieldToHost, type Diagnostics} from './diagnostics.ts'
import {createDocumentLinter, formatFor} from './engine.ts'
import {logError} from './log.ts'
import {mergeSettings, readSettings} from './settings.ts'
import type {ReviewPanel} from './review/panel.ts'
import type {WorkspaceSummary} from './review/summary.ts'

/** File extensions per VS Code language id (other languages are only linted when open). */
const extensions: Record<string, string[]> = {markdown: ['md', 'markdown'], plaintext: ['txt'], html: ['html', 'htm']}
const languageOf: Record<string, string> = {md: 'markdown', markdown: 'markdown', txt: 'plaintext', html: 'html', htm: 'html'}

export type {WorkspaceSummary}

/** Lints the workspace; then says what it found, with « Voir le détail » opening the summary in the review panel. */
export async function reviewWorkspace(diagnostics: Diagnostics, review?: ReviewPanel): Promise<WorkspaceSummary> {
  const settings = readSettings()
  const exts = settings.languages.flatMap((id) => extensions[id] ?? [])
  const summary: WorkspaceSummary = {files: 0, claims: 0, hollow: 0, cancelled: false, perFile: []}
  if (!vscode.workspace.workspaceFolders?.length || exts.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to review a workspace.'))
    return summary
  }
  await vscode.window.withProgress(
    {location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Promesse: reviewing the workspace'), cancellable: true},
    async (progress, token) => {
      const files = await vscode.workspace.findFiles(`**/*.{${exts.join(',')}}`, '**/{node_modules,.git,dist,out}/**', 5000, token)
      for (const uri of files) {
        if (token.isCancellationRequested) return void (summary.cancelled = true)
        progress.report({increment: 100 / files.length, message: vscode.workspace.asRelativePath(uri)})
        try {
          const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
          const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))
          const languageId = open?.languageId ?? languageOf[uri.path.split('.').pop()!.toLowerCase()] ?? 'plaintext'
          const file = await configFor(uri)
          const linter = createDocumentLinter({format: formatFor(languageId), config: mergeSettings(file.config, readSettings(uri)), configFile: file.file})
          const result = await linter.lintAsync(text, {pause: yieldToHost, cancelled: () => token.isCancellationRequested, sliceMs})
          if (!result) return void (summary.cancelled = true)
          const positions = open ?? textPositions(text)
          diagnostics.publish(uri, result.messages.map((m) => toDiagnostic(m, positions)))
          summary.files++
          summary.claims += result.stats.claims
          summary.hollow += result.stats.hollow
          summary.perFile.push({path: vscode.workspace.asRelativePath(uri), uri: uri.toString(), claims: result.stats.claims, hollow: result.stats.hollow})
        } catch (error) {
          logError(`review ${uri.toString()}`, error)
        }
        await new Promise((resolve) => setTimeout(resolve, 0))
      }
    }
  )
  if (review) {
    const details = vscode.l10n.t('See the details')
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Workspace reviewed: {0} files, {1} claims, {2} hollow.', summary.files, summary.claims, summary.hollow), details)
      .then((choice) => choice === details && review.showSummary(summary))
  }
  return summary
}
