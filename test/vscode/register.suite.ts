/** The commitments register: conflicts inside a document and across the workspace, the panel, updates on save. */
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as vscode from 'vscode'
import type {RegisterRow} from '../../src/extension/engine.ts'
import {ruleOf} from '../../src/extension/convert.ts'
import {api, closeAll, hasFolder, scratch, show, sleep, waitFor} from './helpers.ts'

const conflicts = (d: vscode.Diagnostic[]) => d.filter((x) => ruleOf(x) === 'conflicting-commitment')

suite('register', () => {
  teardown(closeAll)

  test('two reply times in one document: each place flagged, linked to the other, with a fix taking the other value', async () => {
    const uri = scratch('# Contact\n\nNous répondons à vos messages sous 24 h.\n\n## FAQ\n\nNotre équipe vous répond sous 48 h.\n')
    await show(uri)
    const found = conflicts(await waitFor(uri, (d) => conflicts(d).length === 2, 'two conflict diagnostics'))
    const first = found.find((d) => d.range.start.line === 2)!
    assert.match(first.message, /24 h.*48 h.*ligne 7/)
    assert.equal(first.relatedInformation?.[0]?.location.uri.toString(), uri.toString())
    assert.equal(first.relatedInformation?.[0]?.location.range.start.line, 6)
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, first.range)
    assert.ok(actions.some((a) => a.title.includes('48 h')), JSON.stringify(actions.map((a) => a.title)))
  })

  test('« Registre des engagements » lists the workspace’s commitments, links a conflict across files, and follows a saved fix', async function () {
    if (!hasFolder) return this.skip()
    const a = scratch('Livraison en 48 h partout en France.\n')
    const b = scratch('Nous livrons votre commande sous 72 h.\n')
    const promesse = await api()
    const rows = await vscode.commands.executeCommand<RegisterRow[]>('promesse.showRegister')
    const relA = vscode.workspace.asRelativePath(a)
    const relB = vscode.workspace.asRelativePath(b)
    const rowA = rows.find((r) => r.file === relA)
    assert.deepEqual([rowA?.subject, rowA?.label, rowA?.conflicts.map((c) => c.file)], ['delivery', '2 d', [relB]])
    for (let i = 0; i < 40 && !vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === 'Commitments register'); i++) await sleep(50)
    assert.ok(vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === 'Commitments register'))
    // The file that is not open gets the conflict in Problems, linked to the other file.
    const inA = conflicts(await waitFor(a, (d) => conflicts(d).length === 1, 'the conflict across files'))
    assert.equal(inA[0]!.relatedInformation?.[0]?.location.uri.toString(), b.toString())
    assert.match(inA[0]!.message, new RegExp(`72 h.*${relB.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}, ligne 1`))
    // The writer aligns the second page and saves: the register follows, without reading the workspace again.
    // Open, the second page shows the conflict too, checked against the first as the writer types.
    const editor = await show(b)
    const inB = conflicts(await waitFor(b, (d) => conflicts(d).length === 1, 'the conflict in the open page'))
    assert.equal(inB[0]!.relatedInformation?.[0]?.location.uri.toString(), a.toString())
    const at = editor.document.getText().indexOf('72 h')
    await editor.edit((e) => e.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 4)), '48 h'))
    await editor.document.save()
    for (let i = 0; i < 60 && promesse.register.shown.some((r) => r.file === relA && r.conflicts.length > 0); i++) await sleep(50)
    assert.deepEqual(promesse.register.shown.filter((r) => r.file === relA || r.file === relB).map((r) => r.conflicts.length), [0, 0])
    assert.equal(fs.readFileSync(b.fsPath, 'utf8'), 'Nous livrons votre commande sous 48 h.\n')
    await waitFor(b, (d) => conflicts(d).length === 0, 'no conflict left in the open page')
  })
})
