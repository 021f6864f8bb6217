/** Translation and data files: their strings are checked in place, other JSON is left alone, fixes keep the file valid. */
import * as assert from 'node:assert/strict'
import * as path from 'node:path'
import * as vscode from 'vscode'
import {api, closeAll, folder, ours, quickFixes, scratch, show, waitFor} from './helpers.ts'

suite('data and translation files', () => {
  suiteSetup(api)
  teardown(closeAll)

  test('a claim in a translation JSON is flagged on its words; a JSON that is not copy is not read', async () => {
    const other = scratch('{"description": "Le client est roi, toujours."}\n', 'json', path.join(folder, 'config'))
    await show(other)
    const uri = scratch('{\n  "accueil": {\n    "intro": "Chez nous, le client est roi.",\n    "url": "/le-client-est-roi"\n  }\n}\n', 'json', path.join(folder, 'locales', 'fr'))
    const {document} = await show(uri)
    const [diagnostic, ...rest] = await waitFor(uri, (d) => d.length > 0, 'a diagnostic in the translation file')
    assert.equal(rest.length, 0, 'the key and the URL are not read')
    assert.equal(document.getText(diagnostic.range), 'le client est roi')
    assert.deepEqual(ours(other), [], 'a JSON file outside the data folders gets nothing')
  })

  test('a rewrite applied in a translation JSON leaves valid JSON, the rest untouched', async () => {
    const uri = scratch('{"intro": "Chez nous, le client est roi.", "panier": "Ajouter au panier"}\n', 'json', path.join(folder, 'locales', 'fr'))
    const {document} = await show(uri)
    const [diagnostic] = await waitFor(uri, (d) => d.length === 1, 'the claim is flagged')
    const fix = (await quickFixes(uri, diagnostic!.range, /^Rewrite as/)).find((a) => a.title.startsWith('Rewrite as'))
    assert.ok(fix?.edit, 'a rewrite is offered')
    assert.ok(await vscode.workspace.applyEdit(fix.edit))
    const parsed = JSON.parse(document.getText()) as {intro: string; panier: string}
    assert.equal(parsed.panier, 'Ajouter au panier')
    assert.doesNotMatch(parsed.intro, /client est roi/)
  })

  test('a gettext catalogue opened as plain text is read as one: msgstr in its language', async () => {
    const uri = scratch('msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Add to cart"\nmsgstr "Votre satisfaction est notre priorité de chaque jour."\n', 'po')
    const {document} = await show(uri)
    const [diagnostic] = await waitFor(uri, (d) => d.length === 1, 'the msgstr claim is flagged')
    assert.match(document.getText(diagnostic!.range), /^Votre satisfaction est notre priorité/)
  })

  test('an MDX page opened as plain text is read as MDX: JSX attributes, expressions and comments are not prose', async () => {
    const text = '<Hero title="Le client est roi" />\n\n{/* Notre équipe est toujours à votre écoute. */}\n\nChez nous, le client est roi.\n'
    const uri = scratch(text, 'mdx')
    const {document} = await show(uri)
    const diagnostics = await waitFor(uri, (d) => d.length > 0, 'the claim in the prose is flagged')
    assert.deepEqual(diagnostics.map((d) => document.getText(d.range)), ['le client est roi'])
    assert.equal(diagnostics[0]!.range.start.line, 4, 'the prose line, not the JSX attribute')
  })
})
