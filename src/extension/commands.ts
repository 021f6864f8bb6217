/** The « Promesse » commands: review the document / the workspace, toggle, and the quick-fix helpers. */
import * as vscode from 'vscode'
import {commandIds} from './commandIds.ts'
import {allowPhrase, ignoreSentence, removeFromList, WriteRefused, type Written} from './configWriter.ts'
import {configFor} from './config.ts'
import type {Diagnostics} from './diagnostics.ts'
import {logError} from './log.ts'
import type {ReviewPanel} from './review/panel.ts'
import type {RegisterPanel} from './register/panel.ts'
import {readSettings, section, settingsTarget} from './settings.ts'
import {reviewWorkspace} from './workspaceReview.ts'
import {announce, undoLast} from './undo.ts'
import {ruleTitle} from './engine.ts'

/** Wraps a command so a failure is logged and shown, never thrown at the host. */
function safe<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R | undefined> {
  return async (...args) => {
    try {
      return await fn(...args)
    } catch (error) {
      if (error instanceof WriteRefused) return void vscode.window.showWarningMessage(error.message)
      logError(name, error)
      void vscode.window.showErrorMessage(vscode.l10n.t('Promesse: {0} failed. See the « Promesse » output for details.', name))
      return undefined
    }
  }
}

export function registerCommands(diagnostics: Diagnostics, review: ReviewPanel, registerPanel: RegisterPanel, extensionUri: vscode.Uri): vscode.Disposable[] {
  /** After an `allow` or `ignore` list changed: re-lint, say what and where, offer Annuler and Ouvrir. */
  const listChanged = (written: Written, key: 'allow' | 'ignore', message: (where: string) => string): vscode.Uri | undefined => {
    diagnostics.relintAll()
    const where = written.uri ? vscode.workspace.asRelativePath(written.uri) : vscode.l10n.t('your user settings ({0})', `promesse.${key}`)
    announce(
      message(where),
      async () => {
        await written.undo()
        diagnostics.relintAll()
      },
      written.uri ? () => vscode.window.showTextDocument(written.uri!) : () => vscode.commands.executeCommand('workbench.action.openSettings', `promesse.${key}`)
    )
    return written.uri
  }
  const register = <A extends unknown[], R>(id: string, fn: (...args: A) => Promise<R>) =>
    vscode.commands.registerCommand(id, safe(id, fn) as (...args: unknown[]) => unknown)
  return [
    register(commandIds.reviewDocument, async (uri?: vscode.Uri) => {
      const doc = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document
      if (!doc) return void vscode.window.showInformationMessage(vscode.l10n.t('Open a document to review it.'))
      return review.show(doc)
    }),
    register(commandIds.exportReview, (target?: vscode.Uri) => review.exportMarkdown(target)),
    register(commandIds.reviewWorkspace, () => reviewWorkspace(diagnostics, review, (files) => registerPanel.adopt(files))),
    register(commandIds.showRegister, () => registerPanel.show()),
    register(commandIds.toggle, async () => {
      const enable = !readSettings().enable
      await vscode.workspace.getConfiguration(section).update('enable', enable, settingsTarget())
      void vscode.window.setStatusBarMessage(enable ? vscode.l10n.t('Promesse enabled') : vscode.l10n.t('Promesse disabled'), 3000)
      return enable
    }),
    register(commandIds.allowPhrase, async (uri: vscode.Uri, phrase: string) => {
      const written = await allowPhrase(uri, phrase)
      return listChanged(written, 'allow', (where) => vscode.l10n.t('“{0}” is allowed: added to {1}.', phrase.trim(), where))
    }),
    register(commandIds.ignoreSentence, async (uri: vscode.Uri, sentence: string) => {
      const written = await ignoreSentence(uri, sentence)
      return listChanged(written, 'ignore', (where) => vscode.l10n.t('This sentence is ignored here: added to {0}.', where))
    }),
    register(commandIds.disableRule, async (ruleId: string, scope?: 'user' | 'workspace') => {
      const config = vscode.workspace.getConfiguration(section)
      const target = scope === 'user' ? vscode.ConfigurationTarget.Global : scope === 'workspace' ? vscode.ConfigurationTarget.Workspace : settingsTarget()
      const inspected = config.inspect<Record<string, string>>('rules')
      const before = target === vscode.ConfigurationTarget.Workspace ? inspected?.workspaceValue : inspected?.globalValue
      await config.update('rules', {...config.get<Record<string, string>>('rules', {}), [ruleId]: 'off'}, target)
      const where = target === vscode.ConfigurationTarget.Workspace ? vscode.l10n.t('this workspace’s settings') : vscode.l10n.t('your user settings')
      announce(
        vscode.l10n.t('The rule “{0}” is off in {1}: its findings are no longer shown.', ruleTitle(ruleId), where),
        () => Promise.resolve(vscode.workspace.getConfiguration(section).update('rules', before, target)),
        () => vscode.commands.executeCommand('workbench.action.openSettings', 'promesse.rules'),
        // The writer chooses the scope: this workspace (the default with a folder) or all their documents.
        target === vscode.ConfigurationTarget.Workspace
          ? [
              {
                label: vscode.l10n.t('For all my documents'),
                run: async () => {
                  await vscode.workspace.getConfiguration(section).update('rules', before, target)
                  await vscode.commands.executeCommand(commandIds.disableRule, ruleId, 'user')
                }
              }
            ]
          : []
      )
      return where
    }),
    register(commandIds.undoSettingChange, () => undoLast()),
    // The phrases the writer allowed and the sentences they ignored, where they look: a list to
    // review, each with a button to take it back.
    register(commandIds.showAllowed, async () => {
      const uri = vscode.window.activeTextEditor?.document.uri ?? vscode.workspace.workspaceFolders?.[0]?.uri
      const pick = vscode.window.createQuickPick<vscode.QuickPickItem & {key: 'allow' | 'ignore'; phrase: string}>()
      const remove = {iconPath: new vscode.ThemeIcon('trash'), tooltip: vscode.l10n.t('Remove')}
      const fill = async () => {
        const listed = await allowedFor(uri)
        pick.items = listed.map((l) => ({label: l.phrase, description: l.key === 'allow' ? vscode.l10n.t('allowed phrase') : vscode.l10n.t('ignored sentence'), buttons: [remove], ...l}))
        pick.placeholder = listed.length ? vscode.l10n.t('Allowed phrases and ignored sentences: the bin takes one back') : vscode.l10n.t('No phrase is allowed and no sentence ignored.')
      }
      pick.onDidTriggerItemButton(async (e) => {
        await vscode.commands.executeCommand(commandIds.removeAllowed, uri, e.item.key, e.item.phrase)
        await fill()
      })
      pick.onDidHide(() => pick.dispose())
      await fill()
      pick.show()
      return pick.items.map((i) => i.phrase)
    }),
    register(commandIds.removeAllowed, async (uri: vscode.Uri, key: 'allow' | 'ignore', phrase: string) => {
      const written = await removeFromList(uri, key, phrase)
      return listChanged(written, key, (where) => vscode.l10n.t('“{0}” is flagged again: taken out of {1}.', phrase, where))
    }),
    // « En savoir plus »: the rule's page shipped with the extension, in the UI language, in the
    // Markdown preview (no network needed); a web address is opened as such.
    register(commandIds.openRuleDocs, async (rule: string) => {
      if (/^https?:/.test(rule)) return vscode.env.openExternal(vscode.Uri.parse(rule))
      const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', ...(vscode.env.language.startsWith('fr') ? ['fr'] : []), `${rule}.md`)
      await vscode.commands.executeCommand('markdown.showPreview', page)
      return page
    })
  ]
}

/** The allowed phrases and ignored sentences that apply to `uri`: its config file's, then the user settings'. */
async function allowedFor(uri: vscode.Uri | undefined): Promise<Array<{key: 'allow' | 'ignore'; phrase: string}>> {
  const file = uri ? await configFor(uri) : {config: {allow: [], ignore: []}}
  const settings = readSettings(uri)
  const out: Array<{key: 'allow' | 'ignore'; phrase: string}> = []
  for (const key of ['allow', 'ignore'] as const) {
    const seen = new Set<string>()
    for (const phrase of [...(file.config[key] ?? []), ...settings[key]]) {
      if (seen.has(phrase)) continue
      seen.add(phrase)
      out.push({key, phrase})
    }
  }
  return out
}
