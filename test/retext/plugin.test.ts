import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {existsSync} from 'node:fs'
import {resolve} from 'node:path'
import {unified} from 'unified'
import retextLatin from 'retext-latin'
import retextEnglish from 'retext-english'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import retextPromesse from '../../src/retext/index.ts'
import {lint} from '../../src/core/index.ts'

/** What a unified user reads of each message, with the words its place slices out of the file. */
function seen(file: VFile) {
  const text = String(file.value)
  return file.messages.map((m) => ({ruleId: m.ruleId, source: m.source, words: text.slice(m.place && 'start' in m.place ? m.place.start.offset : 0, m.place && 'end' in m.place ? m.place.end.offset : 0), actual: m.actual}))
}

describe('retext plugin (promesse/retext)', () => {
  it('in a retext pipeline (French), each hollow claim is a VFileMessage with the fields unified tools read', async () => {
    const text = 'Chez nous, le client est roi.\n\nNos boutiques ont des volets bleus.\n\nVotre satisfaction est notre priorité : remboursement sous 14 jours.\n'
    const vfile = new VFile(text)
    const processor = unified().use(retextLatin).use(retextPromesse, {lang: 'fr'})
    await processor.run(processor.parse(vfile), vfile)
    assert.deepEqual(seen(vfile), [{ruleId: 'hollow-claim', source: 'promesse', words: 'le client est roi', actual: 'le client est roi'}])
    const [message] = vfile.messages
    assert.equal(message!.fatal, false)
    assert.ok(message!.note && message!.url?.includes('hollow-claim'))
    assert.ok(message!.expected!.length > 0 && message!.expected!.every((e) => !e.includes('${')), 'rewrites with their blanks filled')
    assert.deepEqual([message!.line, message!.column], [1, 12])
  })

  it('gives the same findings as the engine, in English with retext-english', async () => {
    const text = 'We put our customers first. Our friendly team answers every email within 24 hours.\n\nOur shop has a blue door. We are always here to help!\n'
    const vfile = new VFile(text)
    const processor = unified().use(retextEnglish).use(retextPromesse, {lang: 'en'})
    await processor.run(processor.parse(vfile), vfile)
    const engine = lint(text, {lang: 'en'}).messages
    assert.deepEqual(vfile.messages.map((m) => [m.ruleId, m.actual, m.place && 'start' in m.place ? m.place.start.offset : -1]), engine.map((m) => [m.ruleId, m.actual, m.start.offset]))
    assert.ok(vfile.messages.length > 0)
  })

  it('in a remark pipeline, reads the Markdown (format from the file name): code is not prose, places are in the Markdown file', async () => {
    const text = '# Nos engagements\n\nChez nous, **le client est roi**.\n\n```\nle client est roi\n```\n'
    const vfile = new VFile({path: 'engagements.md', value: text})
    const processor = unified().use(remarkParse).use(retextPromesse, {lang: 'fr'})
    await processor.run(processor.parse(vfile), vfile)
    assert.deepEqual(seen(vfile).map((m) => m.words), ['le client est roi'])
    assert.equal(vfile.messages[0]!.line, 3)
  })

  it('is exported as promesse/retext, built (dist/retext.js, made by npm run build before the tests)', function () {
    const root = resolve(import.meta.dirname, '../..')
    assert.ok(existsSync(resolve(root, 'dist/retext.js')), 'dist/retext.js is built')
    const script = "import p from 'promesse/retext'; import {unified} from 'unified'; import remarkParse from 'remark-parse'; import {VFile} from 'vfile'; " +
      "const f = new VFile({path: 'a.md', value: '# Accueil\\n\\nChez nous, le client est roi.\\n'}); const u = unified().use(remarkParse).use(p); " +
      "await u.run(u.parse(f), f); console.log(JSON.stringify(f.messages.map((m) => [m.line, m.column, m.ruleId, m.actual])))"
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], {cwd: root, encoding: 'utf8'})
    assert.deepEqual(JSON.parse(out), [[3, 12, 'hollow-claim', 'le client est roi']])
  })
})
