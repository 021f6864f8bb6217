import {strict as assert} from 'node:assert'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {PassThrough, Writable} from 'node:stream'
import {unified} from 'unified'
import remarkParse from 'remark-parse'
import {VFile} from 'vfile'
import {createDocumentLinter, lint} from '../../src/core/index.ts'
import {blockParsers} from '../../src/core/source/index.ts'
import {main} from '../../src/cli/main.ts'
import retextPromesse from '../../src/retext/index.ts'

/** A block holding this word makes the Markdown parser throw (the seam stands for an internal bug). */
const TRIGGER = 'EXPLOSE'

const doc = [
  '# Nos services', // 1
  '',
  'Le client est roi.', // 3
  '',
  `${TRIGGER} ici : votre satisfaction est notre priorité.`, // 5
  '',
  'Nous sommes à votre écoute.', // 7
  ''
].join('\n')

describe('a block whose parser fails is reported, and the rest is linted', () => {
  const markdown = blockParsers.markdown
  beforeEach(() => {
    blockParsers.markdown = (text, format, options) => {
      if (text.includes(TRIGGER)) throw new Error('the parser exploded')
      return markdown(text, format, options)
    }
  })
  afterEach(() => {
    blockParsers.markdown = markdown
  })

  it('names the block (line, offsets) and why, and still reports the other blocks', () => {
    const result = lint(doc, {format: 'markdown', lang: 'fr'})
    const start = doc.indexOf(TRIGGER)
    const end = doc.indexOf('\n', start)
    assert.deepEqual(result.blockErrors, [{line: 5, start, end, reason: 'Error: the parser exploded'}])
    assert.deepEqual(result.messages.map((m) => [m.line, m.actual]), [[3, 'Le client est roi'], [7, 'à votre écoute']])
  })

  it('keeps reporting it after an edit elsewhere, at its new line, and drops it once the block reads', () => {
    const linter = createDocumentLinter({format: 'markdown', lang: 'fr'})
    assert.equal(linter.lint(doc).blockErrors[0]!.line, 5)
    const moved = `Intro.\n\n${doc}`
    assert.deepEqual(linter.lint(moved).blockErrors.map((e) => [e.line, moved.slice(e.start, e.end).slice(0, TRIGGER.length)]), [[7, TRIGGER]])
    const fixed = moved.replace(TRIGGER, 'Voilà')
    const result = linter.lint(fixed)
    assert.deepEqual(result.blockErrors, [])
    assert.deepEqual(result.messages.map((m) => m.line), [5, 7, 9])
  })

  it('the CLI names the file and the line on stderr, lints the rest and exits 2', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'promesse-block-'))
    try {
      writeFileSync(path.join(dir, 'page.md'), doc)
      const out = collector()
      const err = collector()
      const code = await main(['--format', 'json', 'page.md'], {stdout: out.stream, stderr: err.stream, stdin: new PassThrough(), cwd: dir, env: {}})
      assert.equal(code, 2)
      assert.match(err.text(), /^promesse: page\.md:5 the block starting on this line could not be read \(internal error: Error: the parser exploded\) and was not checked; the rest of the file was\n$/)
      const [report] = JSON.parse(out.text()) as Array<{messages: Array<{line: number}>}>
      assert.deepEqual(report!.messages.map((m) => m.line), [3, 7])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('the unified plugin adds a fatal message where the block starts', async () => {
    const vfile = new VFile({value: doc, path: 'page.md'})
    const processor = unified().use(remarkParse).use(retextPromesse, {lang: 'fr'})
    await processor.run(processor.parse(vfile), vfile)
    const unreadable = vfile.messages.filter((m) => m.ruleId === 'unreadable-block')
    assert.deepEqual(unreadable.map((m) => [m.line, m.fatal, m.source]), [[5, true, 'promesse']])
    assert.equal(vfile.messages.filter((m) => m.ruleId === 'hollow-claim').length, 2)
  })
})

describe('blockErrors without a failure', () => {
  it('is empty', () => {
    assert.deepEqual(lint(doc, {format: 'markdown', lang: 'fr'}).blockErrors, [])
  })
})

function collector(): {stream: Writable; text: () => string} {
  let text = ''
  const stream = new Writable({
    write(chunk, _encoding, done) {
      text += String(chunk)
      done()
    }
  })
  return {stream, text: () => text}
}
