import * as assert from 'node:assert/strict'
import {unified} from 'unified'
import retextLatin from 'retext-latin'
import {VFile} from 'vfile'
import {lint, snippetPreview, snippetText} from '../../src/core/index.ts'
import {fixesFor} from '../../src/core/report/fixes.ts'
import {formatJson} from '../../src/cli/formatters/json.ts'
import {formatStylish} from '../../src/cli/formatters/stylish.ts'
import {colors} from '../../src/cli/color.ts'
import retextPromesse from '../../src/retext/index.ts'

/** A rewrite whose blank holds another blank: the text a writer reads is the same in every front end. */
const nested = 'Sous ${1:${2:24} h ouvrées}.'
const text = 'Avec nous, zéro souci.'
const config = {claims: {fr: ['zéro souci']}, rewrites: {fr: [nested]}}

describe('a nested snippet placeholder renders one way in every front end', () => {
  const [message] = lint(text, {lang: 'fr', config}).messages
  const fix = message!.fixes.find((f) => f.snippet === nested)!

  it('the core’s fix text is the snippet with its defaults filled', () => {
    assert.equal(fix.text, 'Sous 24 h ouvrées.')
    assert.equal(fix.text, snippetText(nested))
  })

  it('the CLI prints that text (json fixes, and stylish under the finding)', () => {
    const [report] = JSON.parse(formatJson([{file: 'a.txt', messages: [message!]}])) as Array<{messages: Array<{fixes: Array<{text: string; snippet: string}>}>}>
    assert.deepEqual(report!.messages[0]!.fixes.find((f) => f.snippet === nested), {start: fix.start, end: fix.end, text: 'Sous 24 h ouvrées.', snippet: nested})
    assert.match(formatStylish([{file: 'a.txt', messages: [{...message!, fixes: [fix]}]}], colors(false)), /zéro souci\s*» → Sous 24 h ouvrées\./)
  })

  it('the unified plugin gives it as `expected`', async () => {
    const file = new VFile(text)
    const processor = unified().use(retextLatin).use(retextPromesse, {lang: 'fr', config})
    await processor.run(processor.parse(file), file)
    assert.ok(file.messages[0]!.expected!.includes('Sous 24 h ouvrées.'))
  })

  it('the editor’s hover and review show it with the inner blank marked', () => {
    assert.equal(snippetPreview(nested), 'Sous [24] h ouvrées.')
  })

  it('a nested phrase that starts its sentence takes the capital inside its blanks', () => {
    const place = {text: 'Au plus vite, les colis partent.', start: 0, end: 12, sentenceStart: 0, sentenceEnd: 32, markup: false, phraseFits: true, targets: new Map()}
    assert.deepEqual(fixesFor(place, ['${1:sous ${2:48} h}']), [{start: 0, end: 12, text: 'Sous 48 h', snippet: '${1:Sous ${2:48} h}'}])
  })
})
