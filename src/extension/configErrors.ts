/** Config errors are shown once each (file + field), logged, and linting goes on with defaults. */
import * as vscode from 'vscode'
import type {ConfigError} from './engine.ts'
import {log} from './log.ts'

const shown = new Set<string>()
/** Every config error reported since activation (the tests read them through the extension's API). */
export const reported: ConfigError[] = []

export function describe(error: ConfigError): string {
  const file = error.file && (error.file.includes('://') ? vscode.Uri.parse(error.file) : vscode.Uri.file(error.file))
  const where = file ? vscode.workspace.asRelativePath(file) : vscode.l10n.t('settings')
  // `(file)`, `(syntax)`, `(root)`: the whole file, no field to name.
  return error.field && !error.field.startsWith('(')
    ? vscode.l10n.t('Promesse configuration {0}, field “{1}”: {2}. Default values are used instead.', where, error.field, error.reason)
    : vscode.l10n.t('Promesse configuration {0}: {1}. Default values are used instead.', where, error.reason)
}

export function reportConfigErrors(errors: ConfigError[]): void {
  for (const error of errors) {
    const key = `${error.file ?? ''}\u0000${error.field}\u0000${error.reason}`
    if (shown.has(key)) continue
    shown.add(key)
    reported.push(error)
    const text = describe(error)
    log(text)
    void vscode.window.showWarningMessage(text)
  }
}

/** Lets a fixed-then-broken-again config be reported again. */
export function forgetConfigErrors(): void {
  shown.clear()
}
