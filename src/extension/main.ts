/** Entry of the desktop and remote extension host (bundled to dist/extension.cjs). */
import type * as vscode from 'vscode'
import {clearConfigCache, loadConfigFor} from '../node/config.ts'
import {activateExtension, type PromesseApi} from './activate.ts'
import {useConfigLoader} from './config.ts'

export function activate(context: vscode.ExtensionContext): PromesseApi {
  // Files on disk: the CLI's own config discovery (src/node/config.ts), so both always agree.
  useConfigLoader({load: (uri) => (uri.scheme === 'file' ? loadConfigFor(uri.fsPath) : undefined), clear: clearConfigCache})
  return activateExtension(context)
}

export function deactivate(): void {}
