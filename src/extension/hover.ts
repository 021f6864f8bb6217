/** Hover on a finding: why it is hollow, what commitment would back it, the rewrites. */
import * as vscode from 'vscode'
import type {Diagnostics} from './diagnostics.ts'
import {commandIds} from './commandIds.ts'
import {ruleMeta, snippetPreview} from './engine.ts'

export class HoverProvider implements vscode.HoverProvider {
  constructor(private readonly diagnostics: Diagnostics) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const result = this.diagnostics.resultFor(doc)
    if (!result) return undefined
    const offset = doc.offsetAt(position)
    const found = result.messages.filter((m) => m.start.offset <= offset && offset <= m.end.offset)
    if (found.length === 0) return undefined
    const parts = found.map((message) => {
      const md = new vscode.MarkdownString(undefined, true)
      // VS Code already shows the diagnostic's message: add why, and what would back the claim.
      md.appendMarkdown(`**${ruleMeta[message.ruleId]?.title[message.lang] ?? message.ruleId}** · Promesse`)
      if (message.note) md.appendMarkdown('\n\n').appendText(message.note)
      if (message.expected.length > 0) {
        md.appendMarkdown(`\n\n${vscode.l10n.t('Rewrites (fill in the blanks):')}\n`)
        for (const rewrite of message.expected) md.appendMarkdown('\n- ').appendText(snippetPreview(rewrite))
      }
      // « En savoir plus » opens the rule's page shipped with the extension, in the UI language.
      md.isTrusted = {enabledCommands: [commandIds.openRuleDocs]}
      const args = encodeURIComponent(JSON.stringify([message.ruleId]))
      md.appendMarkdown(`\n\n[${vscode.l10n.t('Learn more')}](command:${commandIds.openRuleDocs}?${args})`)
      return md
    })
    const first = found[0]
    return new vscode.Hover(parts, new vscode.Range(doc.positionAt(first.start.offset), doc.positionAt(first.end.offset)))
  }
}
