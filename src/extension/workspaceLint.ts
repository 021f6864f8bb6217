/**
 * Linting the workspace's files (those of the linted languages), shared by the workspace review
 * and the commitments register: each file with its own configuration, open documents as they
 * are in the editor, cancellable, yielding to the host between files.
 */
import * as vscode from 'vscode'
import {configFor} from './config.ts'
import {sliceMs, yieldToHost} from './diagnostics.ts'
import {documentFormat, readsDocument} from './formats.ts'
import {createDocumentLinter, type LintResult, type PromesseConfig} from './engine.ts'
import {reportBlockErrors} from './blockErrors.ts'
import {logError} from './log.ts'
import {mergeSettings, readSettings} from './settings.ts'

/** File extensions per VS Code language id (other languages are only linted when open). */
const extensions: Record<string, string[]> = {
  markdown: ['md', 'markdown'], mdx: ['mdx'], plaintext: ['txt'], html: ['html', 'htm'],
  json: ['json'], yaml: ['yml', 'yaml'], po: ['po', 'pot'], xml: ['xlf', 'xliff']
}
const languageOf: Record<string, string> = Object.fromEntries(Object.entries(extensions).flatMap(([id, exts]) => exts.map((ext) => [ext, id])))

export interface LintedFile {
  uri: vscode.Uri
  /** Workspace-relative path: how other files' messages name it. */
  file: string
  text: string
  result: LintResult
  config: PromesseConfig
}

/** The glob of the files the workspace commands read, or undefined when no language is linted. */
export function workspaceGlob(): string | undefined {
  const exts = readSettings().languages.flatMap((id) => extensions[id] ?? [])
  return exts.length === 0 ? undefined : `**/*.{${exts.join(',')}}`
}

/** Whether a saved or opened document is one of the files the workspace commands read. */
export function isWorkspaceFile(uri: vscode.Uri): boolean {
  const ext = uri.path.split('.').pop()?.toLowerCase() ?? ''
  return readSettings().languages.some((id) => (extensions[id] ?? []).includes(ext)) && vscode.workspace.getWorkspaceFolder(uri) !== undefined
}

/**
 * Lints one file of the workspace: the editor's text when it is open. `null`: the file is not
 * copy (a JSON or YAML file outside the data folders); undefined: cancelled.
 */
export async function lintFile(uri: vscode.Uri, cancelled: () => boolean = () => false): Promise<LintedFile | undefined | null> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())
  const languageId = open?.languageId ?? languageOf[uri.path.split('.').pop()!.toLowerCase()] ?? 'plaintext'
  const format = documentFormat(languageId, uri.path)
  const file = await configFor(uri)
  const config = mergeSettings(file.config, readSettings(uri))
  if (!readsDocument(uri, format, config, file.file)) return null
  const text = open?.getText() ?? new TextDecoder().decode(await vscode.workspace.fs.readFile(uri))
  const linter = createDocumentLinter({format, config, configFile: file.file, fileName: uri.path})
  const result = await linter.lintAsync(text, {pause: yieldToHost, cancelled, sliceMs})
  if (result) reportBlockErrors(uri, result.blockErrors)
  return result && {uri, file: vscode.workspace.asRelativePath(uri), text, result, config}
}

/** Lints every workspace file with a progress notification; `onFile` sees each. */
export async function lintWorkspace(title: string, onFile: (linted: LintedFile) => void): Promise<'complete' | 'cancelled' | 'no folder'> {
  const glob = workspaceGlob()
  if (!vscode.workspace.workspaceFolders?.length || !glob) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to review a workspace.'))
    return 'no folder'
  }
  let complete = true
  await vscode.window.withProgress({location: vscode.ProgressLocation.Notification, title, cancellable: true}, async (progress, token) => {
    const files = await vscode.workspace.findFiles(glob, '**/{node_modules,.git,dist,out}/**', 5000, token)
    for (const uri of files) {
      if (token.isCancellationRequested) return void (complete = false)
      progress.report({increment: 100 / files.length, message: vscode.workspace.asRelativePath(uri)})
      try {
        const linted = await lintFile(uri, () => token.isCancellationRequested)
        if (linted === null) continue
        if (!linted) return void (complete = false)
        onFile(linted)
      } catch (error) {
        logError(`workspace ${uri.toString()}`, error)
      }
      await new Promise((resolve) => setTimeout(resolve, 0))
    }
  })
  return complete ? 'complete' : 'cancelled'
}
