/** « Review the document »: the scorecard and the findings by section, the webview, the export. */
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as vscode from 'vscode'
import type {Review} from '../../src/extension/review/model.ts'
import type {WorkspaceSummary} from '../../src/extension/review/summary.ts'
import {api, closeAll, scratch, show, sleep, waitFor} from './helpers.ts'

const fixture = `# Notre promesse

Le client est roi.

## Service

Chez nous, le client est roi.

## Remboursements

Votre satisfaction est notre priorité : remboursement sous 14 jours.

Nous répondons sous 24 h, du lundi au samedi.
`

function reviewTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.includes('promesse.review'))
}

suite('review', () => {
  suiteSetup(api)
  teardown(closeAll)

  test('reviewing the document gives the scorecard and the hollow claims by section, in a panel beside', async () => {
    const uri = scratch(fixture)
    await show(uri)
    await waitFor(uri, (d) => d.length === 2, 'two hollow claims flagged')
    const review = await vscode.commands.executeCommand<Review>('promesse.reviewDocument')
    assert.equal(review.stats.claims, 3)
    assert.equal(review.stats.hollow, 2)
    assert.equal(review.stats.backed, 1)
    assert.ok(review.stats.commitments >= 2, `commitments: ${review.stats.commitments}`)
    assert.equal(review.sayDoRatio, review.stats.claims / review.stats.commitments)
    assert.deepEqual(
      review.sections.map((s) => [s.title, s.findings.map((f) => f.line)]),
      [['Notre promesse', [3]], ['Service', [7]]]
    )
    for (let i = 0; i < 40 && !reviewTab(); i++) await sleep(50)
    const tab = reviewTab()
    assert.ok(tab, 'the review panel is open')
    assert.notEqual(tab.group.viewColumn, vscode.window.tabGroups.all.find((g) => g.tabs.some((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri.toString()))?.viewColumn)
  })

  test('the review exports as a Markdown document with the scorecard', async () => {
    const uri = scratch(fixture)
    await show(uri)
    await waitFor(uri, (d) => d.length === 2, 'two hollow claims flagged')
    const review = await vscode.commands.executeCommand<Review>('promesse.reviewDocument')
    // Saved where the writer said (the command's argument stands for the save dialog's answer).
    const target = vscode.Uri.file(uri.fsPath.replace(/\.md$/, '-review.md'))
    const exported = await vscode.commands.executeCommand<vscode.TextDocument>('promesse.exportReview', target)
    assert.equal(exported.languageId, 'markdown')
    assert.equal(exported.uri.toString(), target.toString())
    const text = exported.getText()
    assert.equal(fs.readFileSync(target.fsPath, 'utf8'), text, 'written to the file')
    fs.rmSync(target.fsPath)
    assert.ok(text.includes(`| ${review.stats.claims} | ${review.stats.backed} | ${review.stats.hollow} | ${review.stats.commitments} |`), text)
    assert.match(text, /## Notre promesse/)
    assert.match(text, /## Service/)
  })

  test('the review lists the other claims apart, applies a rewrite and follows the active editor', async () => {
    const uri = scratch(fixture)
    const editor = await show(uri)
    await waitFor(uri, (d) => d.length === 2, 'two hollow claims flagged')
    const review = await vscode.commands.executeCommand<Review>('promesse.reviewDocument')
    // The backed claim is listed apart, with its line.
    assert.deepEqual(review.setAside.map((c) => [c.status, c.line]), [['backed', 11]])
    // « Appliquer » on the first finding's first rewrite: the same edit as the quick fix.
    const {review: panel, diagnostics} = await api()
    const message = diagnostics.resultFor(editor.document)!.messages[0]
    const fix = message.fixes[0]
    const before = editor.document.getText()
    assert.ok(await panel.apply(message.start.offset, message.end.offset, 0))
    assert.equal(editor.document.getText(), before.slice(0, fix.start) + fix.text + before.slice(fix.end))
    await waitFor(uri, (d) => d.length === 1, 'one hollow claim left')
    // Another document becomes active: the review follows it.
    const other = scratch('Nous sommes à votre écoute.\n')
    await show(other)
    for (let i = 0; i < 40 && panel.document?.uri.toString() !== other.toString(); i++) await sleep(50)
    assert.equal(panel.document?.uri.toString(), other.toString())
    await editor.document.save()
  })

  test('reviewing the workspace fills the Problems panel for files that are not open', async function () {
    if (!vscode.workspace.workspaceFolders?.length) return this.skip()
    const uri = scratch(fixture)
    const summary = await vscode.commands.executeCommand<WorkspaceSummary>('promesse.reviewWorkspace')
    assert.ok(summary.files >= 1)
    assert.ok(summary.hollow >= 2)
    const mine = summary.perFile.find((f) => f.uri === uri.toString())
    assert.deepEqual([mine?.claims, mine?.hollow], [3, 2])
    // « Voir le détail » opens the summary, by folder and by file, in the review panel.
    ;(await api()).review.showSummary(summary)
    for (let i = 0; i < 40 && !vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === 'Review: workspace'); i++) await sleep(50)
    assert.ok(vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((t) => t.label === 'Review: workspace'))
    assert.equal(vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'promesse').length, 2)
  })
})
