/** Entry of VS Code for the Web (bundled to dist/web/extension.js): the same extension, no Node APIs. */
import type * as vscode from 'vscode'
import {activateExtension, type PromesseApi} from './activate.ts'

export function activate(context: vscode.ExtensionContext): PromesseApi {
  return activateExtension(context)
}

export function deactivate(): void {}
