/**
 * Which documents the extension reads, and as what: the VS Code language id where it is
 * precise (Markdown, MDX, HTML, JSON, YAML), the file name where it is not (a `.po` or `.xlf`
 * file opened as plain text or XML, an `.mdx` page in a VS Code without an MDX extension). JSON and YAML documents are read only where copy lives
 * (`dataFiles` in the config: translation and data folders by default), as in the CLI.
 */
import * as vscode from 'vscode'
import {formatOf, isDataFileIn, isDataOnly, type Format, type PromesseConfig} from './engine.ts'

const BY_LANGUAGE: Readonly<Record<string, Format>> = {
  markdown: 'markdown',
  mdx: 'mdx',
  html: 'html',
  json: 'json',
  jsonc: 'json',
  yaml: 'yaml',
  po: 'po'
}

/** Language ids whose documents are read only when their file name says what they hold. */
const ONLY_BY_NAME = new Set(['xml'])

/** The engine's format for a document of `languageId` at `path`; undefined: not read (XML that is not XLIFF). */
export function documentFormat(languageId: string, path: string): Format | undefined {
  const byName = formatOf(path)
  // A catalogue or an XLIFF file is one whatever language id an extension gave it.
  if (byName === 'po' || byName === 'xliff') return byName
  if (ONLY_BY_NAME.has(languageId)) return undefined
  // Stock VS Code has no MDX language: a page opened as plain text is read by its name, JSX and all.
  if (languageId === 'plaintext') return byName
  return BY_LANGUAGE[languageId] ?? 'plaintext'
}

/** The format of an open document (undefined: not read). */
export function formatOfDocument(doc: vscode.TextDocument): Format | undefined {
  return documentFormat(doc.languageId, doc.uri.path)
}

/**
 * Whether a document of `format` is read at all: a JSON or YAML file only inside `dataFiles`
 * (relative to the config file's folder, else to its workspace folder).
 */
export function readsDocument(uri: vscode.Uri, format: Format | undefined, config: PromesseConfig, configFile: string | undefined): format is Format {
  if (format === undefined) return false
  if (!isDataOnly(format)) return true
  const base = configFile ? vscode.Uri.joinPath(vscode.Uri.parse(configFile), '..').path : vscode.workspace.getWorkspaceFolder(uri)?.uri.path
  return isDataFileIn(uri.path, base, config.dataFiles)
}
