/**
 * Linting in worker threads: the same results, in the same order, as one thread — per file
 * (the pool against `lint()`) and for a whole run, the checks across files included.
 */
import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {lint, type LintOptions} from '../../src/core/index.ts'
import {threadCount, WORKER_MIN_BYTES, WORKER_MIN_FILES} from '../../src/cli/threads.ts'
import {lintWorkerScript, workerPool} from '../../src/cli/worker-pool.ts'
import {ensureBuilt, runCli} from './helpers.ts'

const FR = [
  'Votre satisfaction est notre priorité.',
  'Nous répondons à chaque demande sous 24 h, du lundi au samedi.',
  'Le client est roi.',
  'Dire « le client est roi » ne suffit plus.',
  'Nous vous répondons dans les meilleurs délais.',
  'Livraison offerte dès 50 €, expédiée sous 48 h.',
  'Délais de livraison donnés à titre indicatif.',
  'Notre équipe reste à votre écoute : appelez le 01 23 45 67 89 de 9 h à 18 h.',
  'Un service d’exception, tout simplement.'
]
const EN = [
  'Your satisfaction is our priority.',
  'We reply to every request within 24 hours, Monday to Saturday.',
  'Customer first, always.',
  'Saying "the customer is king" is not enough.',
  'We will get back to you as soon as possible.',
  'Orders ship within 3 business days.',
  'Delivery times are estimates only.',
  'World-class support for every client.',
  'We reply to emails within 48 hours.'
]

/** A deterministic page: headings, paragraphs and lists drawn from the sentences above. */
function page(i: number): string {
  const pick = (list: string[], k: number) => list[(i * 7 + k * 3) % list.length]!
  const lang = i % 3 === 0 ? FR : i % 3 === 1 ? EN : [...FR, ...EN]
  const lines = [`# Page ${i}`, '', `${pick(lang, 0)} ${pick(lang, 1)}`, '', `- ${pick(lang, 2)}`, `- ${pick(lang, 3)}`, '', `## Section ${i}`, '', `${pick(lang, 4)} ${pick(lang, 5)} ${pick(lang, 6)}`, '']
  return lines.join('\n')
}

/** A tree with conflicting promises across pages, a folder with its own config, a broken config and an unreadable file. */
function writeTree(dir: string, pages: number): void {
  for (let i = 0; i < pages; i++) {
    const folder = path.join(dir, `part-${i % 5}`)
    mkdirSync(folder, {recursive: true})
    writeFileSync(path.join(folder, `page-${i}.${i % 11 === 0 ? 'txt' : 'md'}`), page(i))
  }
  writeFileSync(path.join(dir, 'part-1', '.promesserc.json'), JSON.stringify({rules: {'hollow-claim': 'error', 'vague-promise': 'off'}}))
  writeFileSync(path.join(dir, 'part-2', '.promesserc.json'), '{"rules": {"hollow-claim": "loud"}}')
  writeFileSync(path.join(dir, 'part-3', 'contact.html'), '<h1>Contact</h1><p>Nous répondons sous 72 h.</p><p>Le client est roi.</p>')
  writeFileSync(path.join(dir, 'part-4', 'broken.md'), Buffer.from([0x4c, 0x65, 0xff, 0xfe, 0x20, 0x63]))
}

describe('linting in worker threads', function () {
  this.timeout(120000)

  // The pool runs the built worker (dist/lint-worker.js): a worker thread cannot load TypeScript.
  before(ensureBuilt)

  it('gives each file the result lint() gives on this thread, in the order asked', async () => {
    const texts = Array.from({length: 24}, (_, i) => page(i))
    const options = (i: number): LintOptions => ({format: i % 4 === 0 ? 'plaintext' : 'markdown', fileName: `page-${i}.md`, config: i % 5 === 0 ? {rules: {'hollow-claim': 'error'}} : {}})
    const pool = workerPool(3, lintWorkerScript()!)
    try {
      const results = await Promise.all(texts.map((text, i) => pool.lint(text, options(i))))
      assert.deepEqual(results, texts.map((text, i) => lint(text, options(i))))
    } finally {
      await pool.close()
    }
  })

  it('one thread for a few small files or a busy machine, a worker per free core from 1 MB in 4 files or more; --jobs wins', () => {
    const big = {files: 2000, bytes: 10 << 20}
    assert.equal(threadCount({...big, cores: 2, load: 0}), 2)
    assert.equal(threadCount({...big, cores: 2, load: 0.4}), 2)
    assert.equal(threadCount({...big, cores: 2, load: 0.6}), 1)
    assert.equal(threadCount({...big, cores: 8, load: 3}), 5)
    assert.equal(threadCount({...big, cores: 1, load: 0}), 1)
    assert.equal(threadCount({files: 3, bytes: 10 << 20, cores: 8, load: 0}), 1)
    assert.equal(threadCount({files: WORKER_MIN_FILES, bytes: WORKER_MIN_BYTES, cores: 8, load: 0}), WORKER_MIN_FILES)
    assert.equal(threadCount({files: 100, bytes: WORKER_MIN_BYTES - 1, cores: 8, load: 0}), 1)
    assert.equal(threadCount({requested: 4, files: 3, bytes: 10, cores: 1, load: 9}), 3)
    assert.equal(threadCount({requested: 1, ...big, cores: 8, load: 0}), 1)
  })

  describe('the CLI on a generated tree', () => {
    let dir = ''
    before(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'promesse-workers-'))
      writeTree(dir, 80)
    })
    after(() => rmSync(dir, {recursive: true, force: true}))

    for (const format of ['json', 'stylish', 'sarif']) {
      it(`prints the same ${format} report, warnings and exit code with --jobs 3 as with --jobs 1`, () => {
        const one = runCli(['--format', format, '--jobs', '1', '.'], {cwd: dir})
        const three = runCli(['--format', format, '--jobs', '3', '.'], {cwd: dir})
        assert.equal(one.code, 2, one.stderr)
        assert.match(one.stderr, /configuration error in part-2[\\/]\.promesserc\.json/)
        assert.match(one.stderr, /broken\.md/)
        if (format === 'json') {
          // The checks across files ran: a page's reply time conflicts with another page's.
          assert.match(one.stdout, /"ruleId": "conflicting-commitment"[^]*"ruleId": "undercut-commitment"|"ruleId": "undercut-commitment"[^]*"ruleId": "conflicting-commitment"/)
        }
        assert.deepEqual(three, one)
      })
    }

    it('prints the same register with --jobs 3 as with --jobs 1', () => {
      const one = runCli(['register', '--format', 'json', '--jobs', '1', '.'], {cwd: dir})
      const three = runCli(['register', '--format', 'json', '--jobs', '3', '.'], {cwd: dir})
      assert.match(one.stdout, /"conflicts": \[\n/)
      assert.deepEqual(three, one)
    })
  })
})
