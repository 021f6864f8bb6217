/**
 * « Réviser l'espace de travail »: lints every file of the linted languages, with a cancellable
 * progress notification, fills the Problems panel — commitments compared across the files — and
 * ends with a summary (files, claims, hollow, by folder) that opens in the review panel.
 */
import * as vscode from 'vscode'
import {textPositions, toDiagnostic} from './convert.ts'
import type {Diagnostics} from './diagnostics.ts'
import {checkSet, type Message} from './engine.ts'
import type {ReviewPanel} from './review/panel.ts'
import type {WorkspaceSummary} from './review/summary.ts'
import {lintWorkspace, type LintedFile} from './workspaceLint.ts'

export type {WorkspaceSummary}

/** Publishes each file's messages, with conflicts and undercuts found across all of them; related places link to the other file. */
export function publishAcross(diagnostics: Diagnostics, linted: readonly LintedFile[]): void {
  const byFile = new Map(linted.map((l) => [l.file, l.uri]))
  const members = linted.filter((l) => l.result.commitments.length > 0 || l.result.disclaimers.length > 0)
  const across = members.length > 1 ? checkSet(members) : []
  const merged = new Map<LintedFile, Message[]>(members.map((m, i) => [m, across[i] ?? m.result.messages]))
  for (const l of linted) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === l.uri.toString())
    // An open document is linted again, as the writer sees it, against the others.
    if (open && diagnostics.handles(open)) {
      diagnostics.schedule(open, 0)
      continue
    }
    const positions = open ?? textPositions(l.text)
    diagnostics.publish(l.uri, (merged.get(l) ?? l.result.messages).map((m) => toDiagnostic(m, positions, l.uri, (file) => byFile.get(file))))
  }
}

/** Lints the workspace; then says what it found, with « Voir le détail » opening the summary in the review panel. */
export async function reviewWorkspace(diagnostics: Diagnostics, review?: ReviewPanel, read?: (files: readonly LintedFile[]) => void): Promise<WorkspaceSummary> {
  const summary: WorkspaceSummary = {files: 0, claims: 0, hollow: 0, cancelled: false, perFile: []}
  const linted: LintedFile[] = []
  const outcome = await lintWorkspace(vscode.l10n.t('Promesse: reviewing the workspace'), (file) => {
    linted.push(file)
    const {stats} = file.result
    summary.files++
    summary.claims += stats.claims
    summary.hollow += stats.hollow
    summary.perFile.push({path: file.file, uri: file.uri.toString(), claims: stats.claims, hollow: stats.hollow})
  })
  if (outcome === 'no folder') return summary
  summary.cancelled = outcome === 'cancelled'
  read?.(linted)
  publishAcross(diagnostics, linted)
  if (review) {
    const details = vscode.l10n.t('See the details')
    void vscode.window
      .showInformationMessage(vscode.l10n.t('Workspace reviewed: {0} files, {1} claims, {2} hollow.', summary.files, summary.claims, summary.hollow), details)
      .then((choice) => choice === details && review.showSummary(summary))
  }
  return summary
}
