/** Each quick fix edits exactly its range: rewrite (as a snippet), ignore comment, allow phrase. */
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as vscode from 'vscode'
import {snippetText} from '../../src/core/report/snippet.ts'
import {hollow} from './diagnostics.suite.ts'
import {api, closeAll, folder, hasFolder, linted, ours, quickFixes, resetSetting, scratch, show, sleep, waitFor} from './helpers.ts'

const before = '# Service\n\nNos conseillers vous rappellent.\n\n'
const after = '\n\nÀ bientôt.\n'

async function flagged() {
  const uri = scratch(before + hollow + after)
  const editor = await show(uri)
  const [diagnostic] = await waitFor(uri, (d) => d.length === 1, 'the hollow claim is flagged')
  return {uri, editor, doc: editor.document, diagnostic, original: editor.document.getText()}
}

suite('quick fixes', () => {
  suiteSetup(api)
  teardown(closeAll)

  test('the preferred rewrite replaces exactly the flagged claim, its blanks filled with their defaults', async () => {
    const {uri, doc, diagnostic} = await flagged()
    const actions = await quickFixes(uri, diagnostic.range, /^Rewrite as/)
    const rewrites = actions.filter((a) => a.title.startsWith('Rewrite as'))
    assert.ok(rewrites[0].isPreferred, 'the first rewrite is preferred')
    assert.ok(rewrites.slice(1).every((a) => !a.isPreferred), 'only the first rewrite is preferred')
    const snippet = (await api()).diagnostics.resultFor(doc)!.messages[0].expected[0]
    assert.match(snippet, /\$\{1:/, 'the rewrite has a blank to fill')
    assert.ok(await vscode.workspace.applyEdit(rewrites[0].edit!))
    // The sentence ends once: the rewrite's final stop replaces the claim's.
    assert.equal(doc.getText(), before + snippetText(snippet) + after)
    // Inserted as a snippet in the active editor: its first blank is selected, ready to type over.
    const editor = vscode.window.activeTextEditor!
    const blank = snippetText(snippet.slice(0, snippet.indexOf('${1:')) + '${1:' + /\$\{1:([^}]*)\}/.exec(snippet)![1] + '}')
    assert.equal(doc.getText(editor.selection), /\$\{1:([^}]*)\}/.exec(snippet)![1])
    assert.equal(doc.offsetAt(editor.selection.end), before.length + blank.length)
  })

  test('« Rewrite all occurrences » rewrites the same words everywhere in the document, in one undoable edit', async () => {
    const text = `${hollow}\n\nNos horaires changent.\n\n${hollow}\n\n${hollow}\n`
    const uri = scratch(text)
    const editor = await show(uri)
    const [diagnostic] = await waitFor(uri, (d) => d.length === 3, 'three hollow claims')
    const all = (await quickFixes(uri, diagnostic.range, /^Rewrite all/)).find((a) => a.title.startsWith('Rewrite all'))
    assert.ok(all, 'offered when the words recur')
    assert.match(all.title, /^Rewrite all 3 occurrences of “Le client est roi”$/)
    const preferred = (await api()).diagnostics.resultFor(editor.document)!.messages[0].fixes[0].text
    assert.ok(await vscode.workspace.applyEdit(all.edit!))
    assert.equal(editor.document.getText(), `${preferred}\n\nNos horaires changent.\n\n${preferred}\n\n${preferred}\n`)
    await waitFor(uri, (d) => d.length === 0, 'no claim left')
    await vscode.commands.executeCommand('undo')
    assert.equal(editor.document.getText(), text, 'one undo restores the three')
    await editor.document.save()
  })

  test('« Ignore here » writes a disable-next-line comment above the line, and the finding goes', async () => {
    const {uri, doc, diagnostic, original} = await flagged()
    const actions = await quickFixes(uri, diagnostic.range, /^Ignore here$/)
    const ignore = actions.find((a) => a.title === 'Ignore here')!
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!))
    assert.equal(doc.getText(), `${before}<!-- promesse-disable-next-line hollow-claim -->\n${hollow}${after}`)
    assert.notEqual(doc.getText(), original)
    await waitFor(uri, (d) => d.length === 0, 'the ignored claim is no longer flagged')
    // The counts agree with Problems: the ignored claim is not counted as hollow any more.
    const {diagnostics, statusBar} = await api()
    assert.deepEqual([diagnostics.resultFor(doc)!.stats.hollow, diagnostics.resultFor(doc)!.stats.silenced], [0, 1])
    for (let i = 0; i < 40 && statusBar.text !== '$(megaphone) No hollow claim'; i++) await sleep(50)
    assert.equal(statusBar.text, '$(megaphone) No hollow claim')
  })

  test('« Ignore here » in plain text, which has no comments, remembers the sentence in the config', async () => {
    const rc = path.join(folder, '.promesserc.json')
    fs.rmSync(rc, {force: true})
    try {
      const uri = scratch(`Bonjour.\n\n${hollow}\n`, 'txt')
      const editor = await show(uri)
      const [diagnostic] = await waitFor(uri, (d) => d.length === 1, 'flagged in plain text')
      const ignore = (await quickFixes(uri, diagnostic.range, /^Ignore here$/)).find((a) => a.title === 'Ignore here')!
      assert.equal(ignore.edit, undefined, 'the text itself is not edited')
      await vscode.commands.executeCommand(ignore.command!.command, ...ignore.command!.arguments!)
      if (hasFolder) assert.deepEqual(JSON.parse(fs.readFileSync(rc, 'utf8')), {ignore: [hollow]})
      else assert.deepEqual(vscode.workspace.getConfiguration('promesse').get('ignore'), [hollow])
      await waitFor(uri, (d) => d.length === 0, 'the ignored sentence is no longer flagged')
      const {diagnostics} = await api()
      assert.equal(diagnostics.resultFor(editor.document)!.stats.silenced, 1)
      assert.equal(await vscode.commands.executeCommand('promesse.undoSettingChange'), true)
      await waitFor(uri, (d) => d.length === 1, 'flagged again after the undo')
    } finally {
      fs.rmSync(rc, {force: true})
      await resetSetting('ignore')
    }
  })

  test('« Allow this phrase » writes it to the workspace config, keeping its other fields', async function () {
    const rc = path.join(folder, '.promesserc.json')
    if (hasFolder) fs.writeFileSync(rc, JSON.stringify({language: 'auto', rules: {'vague-promise': 'info'}}, null, 2))
    try {
      const {uri, doc, diagnostic, original} = await flagged()
      const actions = await quickFixes(uri, diagnostic.range, /^Allow this phrase/)
      const allow = actions.find((a) => a.title.startsWith('Allow this phrase'))!
      const phrase = (await api()).diagnostics.resultFor(doc)!.messages[0].actual
      await vscode.commands.executeCommand(allow.command!.command, ...allow.command!.arguments!)
      if (hasFolder) {
        const written = JSON.parse(fs.readFileSync(rc, 'utf8'))
        assert.deepEqual(written, {language: 'auto', rules: {'vague-promise': 'info'}, allow: [phrase]})
      } else {
        assert.deepEqual(vscode.workspace.getConfiguration('promesse').get('allow'), [phrase])
      }
      assert.equal(doc.getText(), original, 'the document itself is not edited')
      await waitFor(uri, (d) => d.length === 0, 'the allowed phrase is no longer flagged')
      // « Annuler » puts the config back as it was, and the finding comes back.
      assert.equal(await vscode.commands.executeCommand('promesse.undoSettingChange'), true)
      if (hasFolder) assert.deepEqual(JSON.parse(fs.readFileSync(rc, 'utf8')), {language: 'auto', rules: {'vague-promise': 'info'}})
      else assert.deepEqual(vscode.workspace.getConfiguration('promesse').get('allow'), [])
      await waitFor(uri, (d) => d.length === 1, 'flagged again after the undo')
    } finally {
      fs.rmSync(rc, {force: true})
      await resetSetting('allow')
    }
  })

  test('the allowed phrases are listed where the writer looks, and can be taken back one by one', async () => {
    const rc = path.join(folder, '.promesserc.json')
    fs.rmSync(rc, {force: true})
    try {
      const uri = scratch(`${hollow}\n`)
      await show(uri)
      await waitFor(uri, (d) => d.length === 1, 'flagged')
      await vscode.commands.executeCommand('promesse.allowPhrase', uri, 'Le client est roi')
      await waitFor(uri, (d) => d.length === 0, 'allowed')
      const listed = await vscode.commands.executeCommand<string[]>('promesse.showAllowed')
      await vscode.commands.executeCommand('workbench.action.closeQuickOpen')
      assert.deepEqual(listed, ['Le client est roi'])
      await vscode.commands.executeCommand('promesse.removeAllowed', uri, 'allow', 'Le client est roi')
      if (hasFolder) assert.deepEqual(JSON.parse(fs.readFileSync(rc, 'utf8')), {allow: []})
      else assert.deepEqual(vscode.workspace.getConfiguration('promesse').get('allow'), [])
      await waitFor(uri, (d) => d.length === 1, 'flagged again once taken back')
    } finally {
      fs.rmSync(rc, {force: true})
      await resetSetting('allow')
    }
  })

  test('« Allow this phrase » never writes through a symbolic link (it may lead outside the workspace)', async function () {
    if (!hasFolder || process.platform === 'win32') return this.skip()
    const rc = path.join(folder, '.promesserc.json')
    const outside = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'promesse-victim-')), 'victim.json')
    fs.writeFileSync(outside, '{}\n')
    fs.rmSync(rc, {force: true})
    fs.symlinkSync(outside, rc)
    try {
      const uri = scratch(`${hollow}\n`)
      await show(uri)
      await waitFor(uri, (d) => d.length === 1, 'flagged')
      assert.equal(await vscode.commands.executeCommand('promesse.allowPhrase', uri, 'Le client est roi'), undefined)
      assert.equal(fs.readFileSync(outside, 'utf8'), '{}\n', 'the file behind the link is untouched')
      assert.ok(fs.lstatSync(rc).isSymbolicLink())
    } finally {
      fs.rmSync(rc, {force: true})
      fs.rmSync(path.dirname(outside), {recursive: true, force: true})
    }
  })

  test('a new .promesserc.json is created when the workspace has none', async function () {
    if (!hasFolder) return this.skip()
    const rc = path.join(folder, '.promesserc.json')
    fs.rmSync(rc, {force: true})
    try {
      const {uri, doc} = await flagged()
      await linted(doc)
      const phrase = (await api()).diagnostics.resultFor(doc)!.messages[0].actual
      await vscode.commands.executeCommand('promesse.allowPhrase', uri, phrase)
      assert.deepEqual(JSON.parse(fs.readFileSync(rc, 'utf8')), {allow: [phrase]})
      await waitFor(uri, (d) => d.length === 0, 'the allowed phrase is no longer flagged')
      assert.equal(ours(uri).length, 0)
      // Undoing removes the file it created.
      assert.equal(await vscode.commands.executeCommand('promesse.undoSettingChange'), true)
      assert.equal(fs.existsSync(rc), false)
      assert.equal(await vscode.commands.executeCommand('promesse.undoSettingChange'), false, 'nothing left to undo')
    } finally {
      fs.rmSync(rc, {force: true})
    }
  })
})
