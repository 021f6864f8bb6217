/**
 * Settings the quick fixes change (« Désactiver la règle », « Autoriser cette formule ») are never
 * changed silently: the writer is told what was written and where, with « Annuler ». The last
 * change can also be undone with the `promesse.undoSettingChange` command.
 */
import * as vscode from 'vscode'

let last: (() => Promise<void>) | undefined

/** A further choice offered beside Undo (« Pour tous mes documents »). */
export interface Choice {
  label: string
  run: () => Promise<void>
}

/** Remembers how to undo a change and tells the writer what it did, with Undo, an optional Open and other choices. */
export function announce(message: string, undo: () => Promise<void>, open?: () => Thenable<unknown>, choices: Choice[] = []): void {
  last = undo
  const undoLabel = vscode.l10n.t('Undo')
  const openLabel = vscode.l10n.t('Open')
  const buttons = [undoLabel, ...choices.map((c) => c.label), ...(open ? [openLabel] : [])]
  void vscode.window.showInformationMessage(message, ...buttons).then(async (choice) => {
    if (choice === undoLabel) await undoLast()
    else if (choice === openLabel) await open?.()
    else await choices.find((c) => c.label === choice)?.run()
  })
}

/** Undoes the last announced change; false when there is none. */
export async function undoLast(): Promise<boolean> {
  const undo = last
  last = undefined
  if (!undo) return false
  await undo()
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Promesse: change undone'), 3000)
  return true
}
