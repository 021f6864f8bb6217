/** Engine messages → VS Code diagnostics (ranges from UTF-16 offsets, severities, rule links). */
import * as vscode from 'vscode'
import {ruleMeta, type Message, type Severity} from './engine.ts'

export const source = 'promesse'

const severities: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information
}

/** Turns offsets into positions for a text that is not open in an editor. */
export interface PositionMapper {
  positionAt(offset: number): vscode.Position
}

/** Line starts of `text`, splitting lines as VS Code does (`\r\n`, `\n` or `\r`). */
export function textPositions(text: string): PositionMapper {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++
    if (code === 10 || code === 13) starts.push(i + 1)
  }
  return {
    positionAt(offset) {
      let low = 0
      let high = starts.length - 1
      while (low < high) {
        const mid = (low + high + 1) >> 1
        if (starts[mid] <= offset) low = mid
        else high = mid - 1
      }
      return new vscode.Position(low, offset - starts[low])
    }
  }
}

export function rangeOf(message: Message, doc: PositionMapper): vscode.Range {
  return new vscode.Range(doc.positionAt(message.start.offset), doc.positionAt(message.end.offset))
}

/**
 * `uri`: the document's, for the other places a message names (`related`: the other commitment
 * of a conflict, the disclaimer); `resolve` turns another file's name into its URI.
 */
export function toDiagnostic(message: Message, doc: PositionMapper, uri?: vscode.Uri, resolve?: (file: string) => vscode.Uri | undefined): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(message, doc), message.message, severities[message.severity] ?? vscode.DiagnosticSeverity.Warning)
  diagnostic.source = source
  if (message.related && uri) {
    diagnostic.relatedInformation = message.related.flatMap((place) => {
      const target = place.file === undefined ? uri : resolve?.(place.file)
      if (!target) return []
      const range =
        place.file === undefined
          ? new vscode.Range(doc.positionAt(place.start.offset), doc.positionAt(place.end.offset))
          : new vscode.Range(place.start.line - 1, place.start.column - 1, place.end.line - 1, place.end.column - 1)
      return [new vscode.DiagnosticRelatedInformation(new vscode.Location(target, range), place.message)]
    })
  }
  // The rule's title in the message's language (« Promesse client creuse »), linked to its documentation.
  const title = ruleMeta[message.ruleId]?.title[message.lang] ?? message.ruleId
  diagnostic.code = message.url ? {value: title, target: uriOf(message.url)} : title
  return diagnostic
}

/** Rule links, parsed once each (a long document has thousands of messages and three links). */
const uris = new Map<string, vscode.Uri>()

function uriOf(url: string): vscode.Uri {
  let uri = uris.get(url)
  if (!uri) uris.set(url, (uri = vscode.Uri.parse(url)))
  return uri
}

/**
 * Diagnostics already made, by message. A document's linter hands the same message object again
 * while nothing before it moved (same offsets, same positions in the new text), so after a
 * keystroke only the messages it created or moved are converted.
 */
const converted = new WeakMap<Message, vscode.Diagnostic>()

/** `toDiagnostic` for a message of the open document `doc` as linted now. */
export function diagnosticOf(message: Message, doc: PositionMapper & {uri?: vscode.Uri}, resolve?: (file: string) => vscode.Uri | undefined): vscode.Diagnostic {
  let diagnostic = converted.get(message)
  if (!diagnostic) converted.set(message, (diagnostic = toDiagnostic(message, doc, doc.uri, resolve)))
  return diagnostic
}

/** Rule ids by id and by title in either language (a diagnostic's `code` shows the title). */
const byName = new Map<string, string>(
  Object.values(ruleMeta).flatMap((meta) => [[meta.id, meta.id], [meta.title.fr, meta.id], [meta.title.en, meta.id]] as Array<[string, string]>)
)

/** The rule id of one of our diagnostics, whatever the shape of its `code`. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== source) return undefined
  const code = diagnostic.code
  const value = typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code)
  return value === undefined ? undefined : byName.get(value)
}
