import * as assert from 'node:assert/strict'
import {chunkStarts, lintInChunks} from '../../../src/extension/chunks.ts'
import type {DocumentLinter, LintResult} from '../../../src/extension/engine.ts'

/** A linter that flags every "roi" with its offsets and lines, to check how chunks are stitched. */
function fakeLinter(): DocumentLinter & {calls: number} {
  const linter = {
    calls: 0,
    lint(text: string): LintResult {
      linter.calls++
      const messages: LintResult['messages'] = []
      let line = 1
      let lineStart = 0
      for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') (line++, (lineStart = i + 1))
        else if (text.startsWith('roi', i)) {
          const start = {line, column: i - lineStart + 1, offset: i}
          const end = {line, column: i - lineStart + 4, offset: i + 3}
          messages.push({ruleId: 'hollow-claim', source: 'promesse', severity: 'warning', start, end, line, column: start.column, endLine: line, endColumn: end.column, message: '', actual: 'roi', expected: [], note: '', url: '', lang: 'fr'})
        }
      }
      return {messages, claims: [], stats: {claims: messages.length, backed: 0, hollow: messages.length, mentions: 0, commitments: 0}, configErrors: []}
    }
  }
  return linter
}

describe('extension: large documents in chunks', () => {
  it('cuts at blank lines, never inside fenced code', () => {
    const para = 'x'.repeat(60) + '\n\n'
    const text = para.repeat(3) + '```\n' + 'code\n\n'.repeat(20) + '```\n\n' + para.repeat(3)
    const starts = chunkStarts(text, 100)
    assert.ok(starts.length > 2)
    const fenceStart = text.indexOf('```')
    const fenceEnd = text.lastIndexOf('```')
    for (const start of starts) {
      assert.ok(start === 0 || text.slice(start - 2, start) === '\n\n', `chunk at ${start} starts after a blank line`)
      assert.ok(start <= fenceStart || start > fenceEnd, `chunk at ${start} is not inside the fence`)
    }
  })

  it('gives the same findings, offsets and lines as linting the whole text', async () => {
    const text = Array.from({length: 30000}, (_, i) => (i % 7 === 0 ? `Le client est roi ${i}.` : `Paragraphe ${i}.`)).join('\r\n\r\n')
    const whole = fakeLinter().lint(text)
    const chunked = await lintInChunks(text, [], fakeLinter, () => false)
    assert.ok(chunkStarts(text).length > 1)
    assert.deepEqual(chunked?.messages.map((m) => [m.start.offset, m.start.line, m.end.offset]), whole.messages.map((m) => [m.start.offset, m.start.line, m.end.offset]))
    assert.equal(chunked?.stats.hollow, whole.stats.hollow)
    for (const m of chunked!.messages) assert.equal(text.slice(m.start.offset, m.end.offset), 'roi')
  })

  it('stops as soon as the result is stale, and reuses each chunk linter', async () => {
    const text = 'Le client est roi.\n\n'.repeat(60000)
    const linters: ReturnType<typeof fakeLinter>[] = []
    let checks = 0
    assert.equal(await lintInChunks(text, linters, fakeLinter, () => ++checks > 1), undefined)
    assert.equal(linters.length, 2)
    await lintInChunks(text, linters, fakeLinter, () => false)
    assert.equal(linters[0].calls, 2)
  })
})
