/**
 * Blocks of a document the engine could not read (an internal error of its parser): they were not
 * checked. Each is logged once in the « Promesse » output, and the writer is told once per document
 * so that silence is never read as "nothing to report"; the rest of the document is checked as usual.
 */
import * as vscode from 'vscode'
import type {BlockError} from './engine.ts'
import {log, output} from './log.ts'

const logged = new Set<string>()
const told = new Set<string>()

export function reportBlockErrors(uri: vscode.Uri, errors: readonly BlockError[]): void {
  if (errors.length === 0) return
  const where = vscode.workspace.asRelativePath(uri)
  for (const error of errors) {
    const key = `${uri.toString()}\u0000${error.line}\u0000${error.reason}`
    if (logged.has(key)) continue
    logged.add(key)
    log(`${where}:${error.line}: the block starting on this line could not be read and was not checked (internal error: ${error.reason})`)
  }
  if (told.has(uri.toString())) return
  told.add(uri.toString())
  const details = vscode.l10n.t('Show details')
  const text = vscode.l10n.t('Promesse could not read part of {0} (from line {1}): that part was not checked.', where, errors[0]!.line)
  void vscode.window.showWarningMessage(text, details).then((choice) => {
    if (choice === details) output().show(true)
  })
}
