/**
 * Large documents: a 10 MB document never blocks the extension host for long, and the time from
 * a keystroke to updated diagnostics on a 1 MB Markdown document is measured (printed).
 */
import * as assert from 'node:assert/strict'
import * as vscode from 'vscode'
import {hollow} from './diagnostics.suite.ts'
import {api, closeAll, ours, scratch, show, waitFor} from './helpers.ts'

/** A Markdown document of about `bytes`, sections of prose with one hollow claim each. */
function bigMarkdown(bytes: number): string {
  const parts: string[] = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const part = `## Partie ${i}\n\nNous livrons les commandes passées avant midi le jour même, et nos équipes suivent chaque colis jusqu'à la porte.\n\n${i % 10 === 0 ? hollow : 'Les retours sont gratuits pendant 30 jours.'}\n\n`
    parts.push(part)
    size += part.length
  }
  return parts.join('')
}

/** Runs `fn` while measuring the longest stall of the event loop (timer lateness). */
async function longestStall<T>(fn: () => Promise<T>): Promise<{value: T; stall: number}> {
  let stall = 0
  let last = performance.now()
  const timer = setInterval(() => {
    const now = performance.now()
    stall = Math.max(stall, now - last)
    last = now
  }, 10)
  try {
    return {value: await fn(), stall}
  } finally {
    clearInterval(timer)
  }
}

suite('large documents', () => {
  suiteSetup(api)
  teardown(closeAll)

  test('a 10 MB document is linted in chunks without stalling the extension host', async function () {
    this.timeout(240000)
    const text = bigMarkdown(10 * 1024 * 1024)
    const uri = scratch(text)
    const doc = await vscode.workspace.openTextDocument(uri)
    const {diagnostics} = await api()
    const t0 = performance.now()
    const {value: result, stall} = await longestStall(() => diagnostics.lintNow(doc))
    const ms = performance.now() - t0
    console.log(`    10 MB: linted in ${(ms / 1000).toFixed(1)} s, longest event-loop stall ${stall.toFixed(0)} ms, ${result?.messages.length} findings`)
    assert.ok(result, 'a result')
    assert.equal(result.messages.length, (text.match(/^Le client est roi\.$/gm) ?? []).length)
    // The host yields between chunks: never blocked for the whole lint, nor for seconds on end.
    assert.ok(stall < Math.min(4000, ms / 4), `the host stalled ${stall.toFixed(0)} ms of ${ms.toFixed(0)} ms`)
  })

  test('keystroke to updated diagnostics on a 1 MB Markdown document', async function () {
    this.timeout(120000)
    const text = bigMarkdown(1024 * 1024)
    const uri = scratch(text)
    const editor = await show(uri)
    const expected = (text.match(/^Le client est roi\.$/gm) ?? []).length
    await waitFor(uri, (d) => d.length === expected, `${expected} findings`, 60000)
    const {diagnostics} = await api()
    const debounce = vscode.workspace.getConfiguration('promesse').get<number>('debounce', 300)
    const times: number[] = []
    for (let i = 0; i < 3; i++) {
      const updated = new Promise<void>((resolve) => {
        const sub = diagnostics.onDidUpdate((u) => u.toString() === uri.toString() && (sub.dispose(), resolve()))
      })
      const t0 = performance.now()
      await editor.edit((e) => e.insert(new vscode.Position(editor.document.lineCount - 1, 0), `${hollow}\n\n`))
      await updated
      times.push(performance.now() - t0)
    }
    assert.equal(ours(uri).length, expected + 3)
    const median = [...times].sort((a, b) => a - b)[1]
    console.log(`    1 MB: keystroke → diagnostics ${times.map((t) => t.toFixed(0)).join(', ')} ms (median ${median.toFixed(0)} ms, of which ${debounce} ms debounce)`)
  })
})
