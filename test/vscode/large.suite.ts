/**
 * Large documents, linted whole by one incremental linter in slices: the longest event-loop stall
 * while a 10 MB document is first linted, an edit during that lint (never a stale result, work
 * kept), and the time from a keystroke to updated diagnostics on a 1 MB Markdown document, with a
 * known debounce. The figures are printed; only generous sanity bounds are asserted.
 */
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {hollow} from './diagnostics.suite.ts'
import {api, closeAll, hasFolder, ours, resetSetting, scratch, show, waitFor} from './helpers.ts'

/** A Markdown document of about `bytes`, sections of prose with one hollow claim every `every`th. */
function bigMarkdown(bytes: number, every = 10): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const part = `## Partie ${i}\n\nNous livrons les commandes passées avant midi le jour même, et nos équipes suivent chaque colis jusqu'à la porte.\n\n${i % every === 0 ? hollow : 'Les retours sont gratuits pendant 30 jours.'}\n\n`
    parts.push(part)
    size += part.length
  }
  return parts.join('')
}

const hollowLines = (text: string) => (text.match(/^Le client est roi\.$/gm) ?? []).length

/** Measures how late a 10 ms interval timer fires: the longest time the event loop was blocked. */
function stallMonitor(): {longest: () => number; reset: () => void; stop: () => void} {
  const period = 10
  let longest = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last - period)
    last = now
  }, period)
  return {longest: () => longest, reset: () => ((longest = 0), (last = performance.now())), stop: () => clearInterval(timer)}
}

/** Resolves when `check` holds: now, or at the first publication for `uri` after which it does. */
async function published(uri: vscode.Uri, check: () => boolean): Promise<number> {
  const {diagnostics} = await api()
  if (check()) return performance.now()
  return new Promise((resolve) => {
    const sub = diagnostics.onDidUpdate((u) => {
      if (u.toString() === uri.toString() && check()) resolve(performance.now()), sub.dispose()
    })
  })
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
const ms = (n: number) => `${n.toFixed(0)} ms`

const debounce = 50
const maxDiagnostics = 500
const target = () => (hasFolder ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global)

suite('large documents', () => {
  suiteSetup(async () => {
    await api()
    await vscode.workspace.getConfiguration('promesse').update('debounce', debounce, target())
  })
  suiteTeardown(() => resetSetting('debounce'))
  teardown(closeAll)

  test('a 10 MB document is linted whole without stalling the extension host', async function () {
    this.timeout(300000)
    const text = bigMarkdown(10 * 1024 * 1024)
    const uri = scratch(text)
    const {diagnostics} = await api()
    const monitor = stallMonitor()
    try {
      const t0 = performance.now()
      // Opening starts the lint (onDidOpenTextDocument); receiving the 10 MB text is VS Code's part.
      const doc = await vscode.workspace.openTextDocument(uri)
      const opened = performance.now()
      const openStall = monitor.longest()
      monitor.reset()
      const done = diagnostics.resultFor(doc) ? opened : await published(uri, () => Boolean(diagnostics.resultFor(doc)))
      const stall = monitor.longest()
      const result = diagnostics.resultFor(doc)
      assert.ok(result, 'a result for the current version')
      console.log(
        `    10 MB: open ${ms(opened - t0)} (longest stall ${ms(openStall)}), lint → diagnostics ${((done - opened) / 1000).toFixed(1)} s, ` +
          `longest event-loop stall while linting ${ms(stall)}, ${result.messages.length} findings`
      )
      assert.equal(result.messages.length, hollowLines(text))
      // Past the cap, VS Code gets the findings nearest the lines on screen, not thousands.
      assert.equal(ours(uri).length, Math.min(hollowLines(text), maxDiagnostics))
      assert.deepEqual(diagnostics.shownFor(doc), {shown: Math.min(hollowLines(text), maxDiagnostics), total: hollowLines(text)})
      // The linter yields every few ms: the host is never blocked for the whole lint, nor for seconds.
      assert.ok(stall < Math.min(5000, (done - t0) / 2), `the host stalled ${ms(stall)} during a ${ms(done - t0)} lint`)
    } finally {
      monitor.stop()
      diagnostics.clear(uri) // no tab: the host may keep the document (and its linter) a while
    }
  })

  test('an edit during the first lint of a 10 MB document: no stale result, the work done is kept', async function () {
    this.timeout(300000)
    const text = bigMarkdown(10 * 1024 * 1024)
    const uri = scratch(text)
    const {diagnostics} = await api()
    // Where the first published finding is, for each publication once the extension host knows of the edit.
    const counts: number[] = []
    let edited = 0
    const subs = [
      vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === uri.toString() && (edited ||= performance.now())),
      diagnostics.onDidUpdate((u) => u.toString() === uri.toString() && edited > 0 && counts.push(ours(uri)[0]?.range.start.line ?? -1))
    ]
    try {
      const doc = await vscode.workspace.openTextDocument(uri)
      const opened = performance.now()
      await new Promise((resolve) => setTimeout(resolve, 400))
      const midway = !diagnostics.resultFor(doc)
      const edit = new vscode.WorkspaceEdit()
      edit.insert(uri, new vscode.Position(0, 0), `${hollow}\n\n`)
      assert.ok(await vscode.workspace.applyEdit(edit))
      assert.ok(edited > 0, 'the change event came before applyEdit resolved')
      const version = doc.version
      const done = await published(uri, () => diagnostics.resultFor(doc) !== undefined && doc.version === version)
      console.log(
        `    10 MB: edited ${ms(edited - opened)} after opening (${midway ? 'during' : 'after'} the first lint), ` +
          `diagnostics for the new version ${((done - edited) / 1000).toFixed(1)} s later`
      )
      // Every publication after the edit is for the edited text (its first finding is the claim
      // inserted on line 0), never the old one.
      assert.ok(counts.length > 0)
      assert.deepEqual(counts, counts.map(() => 0))
      assert.equal(ours(uri).length, Math.min(maxDiagnostics, hollowLines(text) + 1))
      assert.equal(diagnostics.resultFor(doc)?.messages.length, hollowLines(text) + 1)
      assert.equal(diagnostics.resultFor(doc)?.messages[0]?.start.offset, 0)
      await doc.save() // not left dirty
    } finally {
      for (const sub of subs) sub.dispose()
      diagnostics.clear(uri)
    }
  })

  test('past the cap, the findings shown follow the lines on screen', async function () {
    this.timeout(120000)
    const text = bigMarkdown(1024 * 1024, 2)
    const uri = scratch(text)
    const editor = await show(uri)
    await waitFor(uri, (d) => d.length === maxDiagnostics, `${maxDiagnostics} findings published`, 60000)
    const {diagnostics, statusBar} = await api()
    assert.deepEqual(diagnostics.shownFor(editor.document), {shown: maxDiagnostics, total: hollowLines(text)})
    assert.match(statusBar.text ?? '', new RegExp(`\\(${maxDiagnostics} shown\\)$`))
    const last = editor.document.lineCount - 3
    assert.ok(ours(uri).every((d) => d.range.start.line < last - 1000), 'at first, the findings near the top')
    editor.revealRange(new vscode.Range(last, 0, last, 0), vscode.TextEditorRevealType.InCenter)
    await waitFor(uri, (d) => d.length === maxDiagnostics && d.some((x) => x.range.start.line > last - 50), 'findings near the end once scrolled there', 10000)
    await editor.document.save()
  })

  test('keystroke to updated diagnostics on a 1 MB Markdown document dense with claims', async function () {
    this.timeout(180000)
    assert.equal(vscode.workspace.getConfiguration('promesse').get('debounce'), debounce)
    const text = bigMarkdown(1024 * 1024, 2)
    const uri = scratch(text)
    const editor = await show(uri)
    const expected = hollowLines(text)
    await waitFor(uri, (d) => d.length === Math.min(expected, maxDiagnostics), `${expected} findings, ${maxDiagnostics} published`, 60000)
    const {diagnostics} = await api()
    const doc = editor.document
    // Type a word, one character at a time, at the end of a plain sentence halfway down.
    const line = doc.lineCount >> 1
    const at = Array.from({length: 200}, (_, k) => line + k).find((n) => doc.lineAt(n).text.startsWith('Les retours'))!
    const typed = ' et les échanges aussi, sans frais ni formulaire à remplir'
    const total: number[] = []
    const roundTrip: number[] = []
    for (const char of typed) {
      const changed = new Promise<number>((resolve) => {
        const sub = vscode.workspace.onDidChangeTextDocument((e) => e.document === doc && (sub.dispose(), resolve(performance.now())))
      })
      const t0 = performance.now()
      const applied = editor.edit((e) => e.insert(doc.lineAt(at).range.end, char), {undoStopBefore: false, undoStopAfter: false})
      const keystroke = await changed
      const version = doc.version
      const done = await published(uri, () => diagnostics.resultFor(doc) !== undefined && doc.version === version)
      assert.ok(await applied)
      roundTrip.push(keystroke - t0)
      total.push(done - keystroke)
    }
    assert.ok(doc.lineAt(at).text.endsWith(typed))
    assert.equal(diagnostics.resultFor(doc)?.messages.length, expected)
    assert.equal(ours(uri).length, Math.min(expected, maxDiagnostics))
    const sorted = [...total].sort((a, b) => a - b)
    const beyond = sorted.map((t) => t - debounce)
    console.log(
      `    1 MB, ${expected} findings (${ours(uri).length} published), ${total.length} keystrokes: change event → diagnostics median ${ms(percentile(sorted, 50))}, p95 ${ms(percentile(sorted, 95))} ` +
        `(debounce ${debounce} ms; beyond it: median ${ms(percentile(beyond, 50))}, p95 ${ms(percentile(beyond, 95))}, max ${ms(beyond.at(-1)!)}); ` +
        `edit → change event median ${ms(percentile([...roundTrip].sort((a, b) => a - b), 50))}`
    )
    // Sanity only: a keystroke on 1 MB never costs seconds.
    assert.ok(percentile(beyond, 95) < 3000, `p95 beyond the debounce ${ms(percentile(beyond, 95))}`)
    await doc.save() // closed without a save prompt
  })
})
