import assert from 'node:assert/strict'
import {setFlagsFromString} from 'node:v8'
import {runInNewContext} from 'node:vm'
import {createDocumentLinter} from '../../src/core/index.ts'

setFlagsFromString('--expose-gc')
const collect = runInNewContext('gc') as () => void

function heapAfterCollect(): number {
  collect()
  collect()
  return process.memoryUsage().heapUsed
}

describe('memory across keystrokes', () => {
  it('does not keep each edited version of a long document alive', function () {
    this.timeout(60000)
    // 1 MB of paragraphs, each with a claim whose words are longer than a short string.
    const paragraph = (n: number) =>
      `Paragraph ${n}. Votre confort est notre priorité de chaque instant, ici comme ailleurs. Nous restons à votre écoute.\n\n`
    let text = ''
    for (let n = 0; text.length < 1 << 20; n++) text += paragraph(n)
    const linter = createDocumentLinter({format: 'markdown', lang: 'fr'})
    linter.lint(text)
    const before = heapAfterCollect()
    const edits = 40
    for (let k = 0; k < edits; k++) {
      // Each edit touches another paragraph, so its new analysis is kept until the end.
      const at = text.indexOf('Votre', Math.floor((k / edits) * text.length))
      text = text.slice(0, at) + 'x' + text.slice(at)
      // A flat string, as an editor hands over (not a rope over the previous version).
      text = JSON.parse(JSON.stringify(text)) as string
      linter.lint(text)
    }
    const grown = heapAfterCollect() - before
    // Keeping every version would cost about 40 × 1 MB (a Latin-1 text takes a byte per character).
    assert.ok(grown < 16 * 1024 * 1024, `heap grew by ${(grown / 1e6).toFixed(1)} MB over ${edits} edits`)
  })
})
