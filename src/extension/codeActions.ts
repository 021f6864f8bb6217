/**
 * Quick fixes for a finding: each rewrite (inserted as a snippet, its blanks selected; the first
 * one preferred), « Réécrire les N occurrences » when the same words are flagged elsewhere,
 * « Ignorer ici », « Autoriser cette formule dans l'espace de travail », « Désactiver la règle »,
 * « En savoir plus ».
 */
import * as vscode from 'vscode'
import {commandIds} from './commandIds.ts'
import {rangeOf, ruleOf, toDiagnostic} from './convert.ts'
import type {Diagnostics} from './diagnostics.ts'
import {formatOfDocument} from './formats.ts'
import {ruleMeta, ruleTitle, suppressionLine, type Message} from './engine.ts'

export const codeActionKinds = [vscode.CodeActionKind.QuickFix]

export class CodeActionProvider implements vscode.CodeActionProvider {
  constructor(private readonly diagnostics: Diagnostics) {}

  provideCodeActions(doc: vscode.TextDocument, range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !vscode.CodeActionKind.QuickFix.intersects(context.only)) return []
    const result = this.diagnostics.resultFor(doc)
    if (!result) return []
    const ours = context.diagnostics.filter((d) => ruleOf(d) !== undefined)
    const actions: vscode.CodeAction[] = []
    for (const message of result.messages) {
      const messageRange = rangeOf(message, doc)
      if (!messageRange.intersection(range)) continue
      const related = [ours.find((d) => d.range.isEqual(messageRange) && ruleOf(d) === message.ruleId) ?? toDiagnostic(message, doc)]
      actions.push(...rewrites(doc, message, related), ...fixAll(doc, message, result.messages, related), ...others(doc, message, related))
    }
    return actions
  }
}

function action(title: string, diagnostics: vscode.Diagnostic[]): vscode.CodeAction {
  const fix = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix)
  fix.diagnostics = diagnostics
  return fix
}

function rewrites(doc: vscode.TextDocument, message: Message, related: vscode.Diagnostic[]): vscode.CodeAction[] {
  // The engine decided where each rewrite lands (the sentence, or only a vague deadline's words).
  return message.fixes.map((f, index) => {
    const fix = action(vscode.l10n.t('Rewrite as “{0}”', f.text), related)
    fix.isPreferred = index === 0
    fix.edit = new vscode.WorkspaceEdit()
    const range = new vscode.Range(doc.positionAt(f.start), doc.positionAt(f.end))
    fix.edit.set(doc.uri, [vscode.SnippetTextEdit.replace(range, new vscode.SnippetString(f.snippet))])
    return fix
  })
}

/** The same words flagged elsewhere in the document: one action rewrites them all with the preferred rewrite. */
function fixAll(doc: vscode.TextDocument, message: Message, all: readonly Message[], related: vscode.Diagnostic[]): vscode.CodeAction[] {
  const key = (m: Message) => `${m.ruleId}\u0000${m.actual.normalize('NFC').toLocaleLowerCase()}`
  // Each place of a conflict has its own other value: never rewritten all at once.
  if (ruleMeta[message.ruleId]?.scope === 'document') return []
  const same = all.filter((m) => key(m) === key(message) && m.fixes.length > 0)
  if (same.length < 2) return []
  // One edit per place, never two that overlap (two claims of one sentence share its rewrite).
  const edits: Array<{start: number; end: number; text: string}> = []
  for (const m of same) {
    const f = m.fixes[0]!
    if (!edits.some((e) => e.start < f.end && f.start < e.end)) edits.push(f)
  }
  const fix = action(vscode.l10n.t('Rewrite all {0} occurrences of “{1}”', edits.length, message.actual), related)
  fix.edit = new vscode.WorkspaceEdit()
  for (const e of edits) fix.edit.replace(doc.uri, new vscode.Range(doc.positionAt(e.start), doc.positionAt(e.end)), e.text)
  return [fix]
}

function others(doc: vscode.TextDocument, message: Message, related: vscode.Diagnostic[]): vscode.CodeAction[] {
  const actions: vscode.CodeAction[] = []
  const format = formatOfDocument(doc)
  // The engine writes the comment its readers read (Markdown, HTML), on a line above the finding's.
  const line = doc.lineAt(doc.positionAt(message.start.offset).line)
  const comment = format && suppressionLine(format, message.ruleId, line.text, doc.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n')
  if (comment) {
    const ignore = action(vscode.l10n.t('Ignore here'), related)
    ignore.edit = new vscode.WorkspaceEdit()
    ignore.edit.insert(doc.uri, line.range.start, comment)
    actions.push(ignore)
  } else if (message.sentence) {
    // No comment in plain text: the sentence is remembered in the config's `ignore` list.
    const ignore = action(vscode.l10n.t('Ignore here'), related)
    const sentence = doc.getText(new vscode.Range(doc.positionAt(message.sentence.start.offset), doc.positionAt(message.sentence.end.offset)))
    ignore.command = {title: ignore.title, command: commandIds.ignoreSentence, arguments: [doc.uri, sentence]}
    actions.push(ignore)
  }
  // Words compared with other places (« 24 h ») are no phrase to allow.
  if (ruleMeta[message.ruleId]?.scope !== 'document') {
    const allow = action(vscode.l10n.t('Allow this phrase in the workspace'), related)
    allow.command = {title: allow.title, command: commandIds.allowPhrase, arguments: [doc.uri, message.actual]}
    actions.push(allow)
  }
  const disable = action(vscode.l10n.t('Disable the rule “{0}”', ruleTitle(message.ruleId)), related)
  disable.command = {title: disable.title, command: commandIds.disableRule, arguments: [message.ruleId]}
  actions.push(disable)
  if (message.url) {
    const learn = action(vscode.l10n.t('Learn more about “{0}”', ruleTitle(message.ruleId)), related)
    learn.command = {title: learn.title, command: commandIds.openRuleDocs, arguments: [message.ruleId]}
    actions.push(learn)
  }
  return actions
}
