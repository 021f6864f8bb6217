/** Settings take effect at once: rule severity, enable, languages. */
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {hollow} from './diagnostics.suite.ts'
import {api, closeAll, hasFolder, resetSetting, scratch, show, waitFor} from './helpers.ts'

const target = () => (hasFolder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global)
const update = (key: string, value: unknown) => vscode.workspace.getConfiguration('promesse').update(key, value, target())

suite('settings', () => {
  suiteSetup(api)
  teardown(async () => {
    await closeAll()
    for (const key of ['rules', 'enable', 'languages']) await resetSetting(key)
  })

  test('a rule severity set to error turns the warning into an error', async () => {
    const uri = scratch(`${hollow}\n`)
    await show(uri)
    await waitFor(uri, (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Warning, 'a warning')
    await update('rules', {'hollow-claim': 'error'})
    await waitFor(uri, (d) => d.length === 1 && d[0].severity === vscode.DiagnosticSeverity.Error, 'an error after the change')
  })

  test('« Disable the rule » turns it off and its diagnostics go', async () => {
    const uri = scratch(`${hollow}\n`)
    await show(uri)
    await waitFor(uri, (d) => d.length === 1, 'a diagnostic')
    await vscode.commands.executeCommand('promesse.disableRule', 'hollow-claim')
    assert.equal(vscode.workspace.getConfiguration('promesse').get<Record<string, string>>('rules')?.['hollow-claim'], 'off')
    await waitFor(uri, (d) => d.length === 0, 'no diagnostic once the rule is off')
    // The writer is told where it was written, and « Annuler » brings the squiggles back.
    assert.equal(await vscode.commands.executeCommand('promesse.undoSettingChange'), true)
    assert.equal(vscode.workspace.getConfiguration('promesse').get<Record<string, string>>('rules')?.['hollow-claim'], undefined)
    await waitFor(uri, (d) => d.length === 1, 'the diagnostic is back after the undo')
  })

  test('« Disable the rule » can apply to all the writer’s documents (user settings)', async () => {
    const uri = scratch(`${hollow}\n`)
    await show(uri)
    await waitFor(uri, (d) => d.length === 1, 'a diagnostic')
    await vscode.commands.executeCommand('promesse.disableRule', 'hollow-claim', 'user')
    assert.equal(vscode.workspace.getConfiguration('promesse').inspect<Record<string, string>>('rules')?.globalValue?.['hollow-claim'], 'off')
    await waitFor(uri, (d) => d.length === 0, 'no diagnostic once the rule is off for the user')
    assert.equal(await vscode.commands.executeCommand('promesse.undoSettingChange'), true)
    assert.equal(vscode.workspace.getConfiguration('promesse').inspect<Record<string, string>>('rules')?.globalValue?.['hollow-claim'], undefined)
  })

  test('toggling Promesse off clears the diagnostics, toggling it on brings them back', async () => {
    const uri = scratch(`${hollow}\n`)
    await show(uri)
    await waitFor(uri, (d) => d.length === 1, 'a diagnostic')
    // A file the workspace review published for, not open: cleared too.
    const closed = vscode.Uri.file(uri.fsPath.replace(/\.md$/, '-closed.md'))
    const {diagnostics} = await api()
    const published = new vscode.Diagnostic(new vscode.Range(0, 0, 0, 5), 'x')
    published.source = 'promesse'
    diagnostics.publish(closed, [published])
    await waitFor(closed, (d) => d.length === 1, 'as the workspace review publishes it')
    assert.equal(await vscode.commands.executeCommand('promesse.toggle'), false)
    await waitFor(uri, (d) => d.length === 0, 'cleared when disabled')
    await waitFor(closed, (d) => d.length === 0, 'the workspace review’s diagnostics cleared too')
    assert.equal(await vscode.commands.executeCommand('promesse.toggle'), true)
    await waitFor(uri, (d) => d.length === 1, 'back when enabled')
  })

  test('a language removed from promesse.languages is no longer checked', async () => {
    const uri = scratch(`${hollow}\n`, 'txt')
    await show(uri)
    await waitFor(uri, (d) => d.length === 1, 'plain text is checked by default')
    await update('languages', ['markdown'])
    await waitFor(uri, (d) => d.length === 0, 'plain text no longer checked')
  })
})
