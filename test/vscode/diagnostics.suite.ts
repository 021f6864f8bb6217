/** Inline warnings: what gets a diagnostic, where, with which code; what does not; when they go. */
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {api, closeAll, linted, ours, scratch, show, sleep, waitFor} from './helpers.ts'

export const hollow = 'Le client est roi.'
export const backed = 'Le client est roi : nous répondons sous 24 h.'
export const quoted = 'Dire « le client est roi » ne suffit pas.'

suite('diagnostics', () => {
  suiteSetup(api)
  teardown(closeAll)

  test('a hollow claim alone in its paragraph gets one diagnostic on the claim, with the rule as code', async () => {
    const uri = scratch(`# Accueil\n\nBienvenue chez nous.\n\n${hollow}\n`)
    const {document} = await show(uri)
    const [diagnostic, ...rest] = await waitFor(uri, (d) => d.length > 0, 'a diagnostic for the hollow claim')
    assert.equal(rest.length, 0)
    assert.equal(diagnostic.range.start.line, 4)
    assert.equal(diagnostic.range.end.line, 4)
    assert.match(document.getText(diagnostic.range), /client est roi/i)
    assert.ok(diagnostic.range.end.character <= hollow.length, 'the range stays within the sentence')
    assert.equal(diagnostic.source, 'promesse')
    const code = diagnostic.code as {value: string; target: vscode.Uri}
    assert.equal(code.value, 'Promesse client creuse', 'the title of the rule in the language of the document, not its id')
    assert.match(code.target.toString(), /^https?:\/\/.*hollow-claim/)
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Warning)
  })

  test('a backed claim and a quoted slogan get no diagnostic', async () => {
    for (const text of [backed, quoted]) {
      const uri = scratch(`${text}\n`)
      const {document} = await show(uri)
      await linted(document)
      assert.deepEqual(ours(uri).map((d) => d.message), [], text)
    }
  })

  test('typing a hollow claim adds the diagnostic; completing it with a commitment removes it', async () => {
    const uri = scratch('# Notes\n\n')
    const editor = await show(uri)
    await editor.edit((e) => e.insert(new vscode.Position(2, 0), hollow))
    await waitFor(uri, (d) => d.length === 1, 'the typed claim is flagged')
    // Two quick edits: only the result for the final text may be shown (no stale result).
    await editor.edit((e) => e.insert(new vscode.Position(2, hollow.length - 1), ' : nous répondons sous 24 h'))
    await editor.edit((e) => e.insert(new vscode.Position(3, 0), '\n'))
    await waitFor(uri, (d) => d.length === 0, 'the backed claim is no longer flagged')
    await linted(editor.document)
    assert.equal(ours(uri).length, 0)
  })

  test('edits before, between and after claims keep every diagnostic on its claim', async () => {
    const paragraphs = Array.from({length: 12}, (_, k) => (k % 3 === 0 ? `Paragraphe ${k}. ${hollow}` : `Paragraphe ${k}, sans promesse.`))
    const uri = scratch(paragraphs.join('\n\n') + '\n')
    const editor = await show(uri)
    const doc = editor.document
    const lineOf = (prefix: string) => Array.from({length: doc.lineCount}, (_, n) => n).find((n) => doc.lineAt(n).text.startsWith(prefix))!
    // Every diagnostic on the words of a claim of the current text: a diagnostic kept from before an
    // edit that moved its claim would point elsewhere.
    const onClaims = (what: string) =>
      waitFor(uri, (d) => d.length === 4 && d.every((x) => /^le client est roi/i.test(doc.getText(x.range))), what)
    await onClaims('four claims')
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Introduction.\n\n'))
    await onClaims('after a paragraph inserted at the top')
    await editor.edit((e) => e.insert(doc.lineAt(lineOf('Paragraphe 4')).range.end, ' Encore une phrase.'))
    await onClaims('after a sentence added in the middle')
    await editor.edit((e) => e.replace(new vscode.Range(lineOf('Paragraphe 1'), 0, lineOf('Paragraphe 1'), 1), 'p'))
    await onClaims('after one character replaced')
    await editor.edit((e) => e.delete(new vscode.Range(0, 0, 2, 0)))
    await onClaims('after the first paragraph deleted')
    await linted(doc)
  })

  test('the status bar counts the hollow claims of the active document', async () => {
    const {statusBar} = await api()
    const uri = scratch(`${hollow}\n\n## Plus loin\n\nVotre satisfaction est notre priorité.\n\n${backed}\n`)
    const {document} = await show(uri)
    await linted(document)
    const hollowCount = ours(uri).length
    assert.ok(hollowCount >= 1)
    await sleep(100)
    assert.equal(statusBar.text, `$(megaphone) ${hollowCount === 1 ? '1 hollow claim' : `${hollowCount} hollow claims`}`)
  })

  test('the hover explains the finding and lists the rewrites', async () => {
    const uri = scratch(`${hollow}\n`)
    await show(uri)
    const [diagnostic] = await waitFor(uri, (d) => d.length === 1, 'a diagnostic')
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, diagnostic.range.start.translate(0, 1))
    const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n')
    assert.match(text, /^\*\*Promesse client creuse\*\*/, 'headed by the rule title')
    assert.doesNotMatch(text, /`hollow-claim`/, 'not by its id')
  })

  test('« Learn more » opens the page of the rule shipped with the extension, in the Markdown preview', async () => {
    const page = await vscode.commands.executeCommand<vscode.Uri>('promesse.openRuleDocs', 'hollow-claim')
    assert.match(page.path, /\/docs\/rules\/(fr\/)?hollow-claim\.md$/)
    assert.ok((await vscode.workspace.fs.stat(page)).size > 500, 'the page ships with the extension')
    let preview: vscode.Tab | undefined
    for (let i = 0; i < 60 && !preview; i++) {
      preview = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputWebview && /markdown\.preview/.test(t.input.viewType))
      if (!preview) await sleep(100)
    }
    assert.ok(preview, 'a Markdown preview tab is open')
  })

  test('closing a document clears its diagnostics', async () => {
    const uri = scratch(`${hollow}\n`)
    await show(uri)
    await waitFor(uri, (d) => d.length === 1, 'a diagnostic')
    await closeAll()
    // The extension host hears of the close once the editor model is released.
    await waitFor(uri, (d) => d.length === 0, 'diagnostics cleared on close', 30000)
  })
})
