import assert from 'node:assert/strict'
import {execFileSync} from 'node:child_process'
import {existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {clearConfigCache, loadConfigFor} from '../../src/node/config.ts'

const fixtures = fileURLToPath(new URL('../fixtures/config/', import.meta.url))
const at = (...parts: string[]) => path.join(fixtures, ...parts)

describe('loadConfigFor (config discovery)', () => {
  afterEach(clearConfigCache)

  it('finds .promesserc.json several directories up from the linted file', async () => {
    const loaded = await loadConfigFor(at('upward', 'deep', 'er', 'notes.md'))
    assert.equal(loaded.file, at('upward', '.promesserc.json'))
    assert.deepEqual(loaded.errors, [])
    assert.deepEqual(loaded.config, {rules: {'hollow-claim': 'error'}, allow: ['au service du client']})
  })

  it('takes the nearest file and does not merge it with those further up', async () => {
    const loaded = await loadConfigFor(at('upward', 'inner', 'page.md'))
    assert.equal(loaded.file, at('upward', 'inner', '.promesserc.yml'))
    assert.deepEqual(loaded.config, {language: 'en', rules: {'vague-promise': 'off'}})
  })

  it('reads the "promesse" key of a package.json', async () => {
    const loaded = await loadConfigFor(at('pkg', 'docs', 'index.md'))
    assert.equal(loaded.file, at('pkg', 'package.json'))
    assert.deepEqual(loaded.config, {language: 'fr', claims: {fr: ['le partenaire de votre réussite']}})
  })

  it('reads .promesserc.yaml and an extension-less .promesserc (YAML)', async () => {
    const yaml = await loadConfigFor(at('yaml', 'any.txt'))
    assert.deepEqual(yaml.config.languages, ['fr'])
    assert.deepEqual(yaml.config.rewrites, {fr: ['Nous rappelons sous ${1:2} h.']})
    const noExt = await loadConfigFor(at('rc-noext', 'page.html'))
    assert.equal(noExt.file, at('rc-noext', '.promesserc'))
    assert.deepEqual(noExt.config, {language: 'fr', rules: {'unverifiable-superlative': 'info'}})
  })

  it('works for a file that does not exist yet (an unsaved buffer, --stdin-filename)', async () => {
    const loaded = await loadConfigFor(at('upward', 'not-written-yet.md'))
    assert.equal(loaded.file, at('upward', '.promesserc.json'))
  })

  it('treats an empty config file as "defaults here" and stops searching', async () => {
    const loaded = await loadConfigFor(at('empty', 'a.md'))
    assert.deepEqual(loaded, {config: {}, file: at('empty', '.promesserc.json'), errors: []})
  })

  it('uses an explicit file instead of searching (--config)', async () => {
    const loaded = await loadConfigFor(at('upward', 'deep', 'er', 'notes.md'), at('explicit', 'custom.yaml'))
    assert.equal(loaded.file, at('explicit', 'custom.yaml'))
    assert.deepEqual(loaded.config, {rules: {'hollow-claim': 'info'}})
  })

  it('reports a missing explicit file by name', async () => {
    const missing = at('explicit', 'nope.json')
    const loaded = await loadConfigFor(at('upward', 'x.md'), missing)
    assert.deepEqual(loaded.config, {})
    assert.equal(loaded.errors.length, 1)
    assert.equal(loaded.errors[0]!.file, missing)
    assert.match(loaded.errors[0]!.reason, /file not found/)
  })

  it('reports a YAML syntax error with the file and line, and falls back to defaults', async () => {
    const loaded = await loadConfigFor(at('yaml-broken', 'doc.md'))
    assert.deepEqual(loaded.config, {})
    assert.equal(loaded.errors.length, 1)
    const [error] = loaded.errors
    assert.equal(error!.file, at('yaml-broken', '.promesserc.yaml'))
    assert.equal(typeof error!.line, 'number')
    assert.ok(error!.line! >= 3, `line ${error!.line}`)
    assert.match(error!.reason, /^invalid YAML at line \d+, column \d+: /)
  })

  it('reports a JSON syntax error with the file and line', async () => {
    const loaded = await loadConfigFor(at('json-broken', 'doc.md'))
    const [error] = loaded.errors
    assert.equal(error!.file, at('json-broken', '.promesserc.json'))
    // The trailing comma sits at the end of line 3; the parser trips on the "}" of line 4.
    assert.equal(error!.line, 4)
    assert.match(error!.reason, /^invalid JSON at line 4, column 3: /)
  })

  it('reports every invalid field with its file and keeps the valid ones', async () => {
    const loaded = await loadConfigFor(at('invalid', 'doc.md'))
    const file = at('invalid', '.promesserc.json')
    assert.ok(loaded.errors.every((e) => e.file === file))
    assert.deepEqual(loaded.errors.map((e) => e.field).sort(), [
      'allow[1]', 'allow[2]', 'allow[3]', 'claims.es', 'claims.fr', 'colour', 'language', 'rules.hollow-claim', 'rules.no-such-rule'
    ])
    assert.deepEqual(loaded.config, {rules: {'vague-promise': 'error'}, allow: ['ok phrase'], claims: {}})
  })

  it('returns defaults with no file when nothing is found', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'promesse-noconfig-'))
    try {
      const loaded = await loadConfigFor(path.join(dir, 'a.md'))
      assert.deepEqual(loaded.errors, [])
      // Whatever sits above the temp dir, the search never invents settings of its own.
      if (loaded.file === undefined) assert.deepEqual(loaded.config, {})
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('caches per directory until the cache is cleared', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'promesse-cache-'))
    try {
      const rc = path.join(dir, '.promesserc.json')
      writeFileSync(rc, '{"language": "fr"}')
      assert.equal((await loadConfigFor(path.join(dir, 'a.md'))).config.language, 'fr')
      writeFileSync(rc, '{"language": "en"}')
      assert.equal((await loadConfigFor(path.join(dir, 'b.md'))).config.language, 'fr', 'same directory: cached')
      clearConfigCache()
      assert.equal((await loadConfigFor(path.join(dir, 'a.md'))).config.language, 'en')
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })

  it('ignores a package.json that does not parse and keeps searching upward', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'promesse-pkg-'))
    try {
      writeFileSync(path.join(dir, '.promesserc.json'), '{"language": "en"}')
      const sub = path.join(dir, 'sub')
      mkdirSync(sub)
      writeFileSync(path.join(sub, 'package.json'), '{ not json')
      const loaded = await loadConfigFor(path.join(sub, 'a.md'))
      assert.equal(loaded.file, path.join(dir, '.promesserc.json'))
      assert.deepEqual(loaded.errors, [])
    } finally {
      rmSync(dir, {recursive: true, force: true})
    }
  })
})

describe('loadConfigFor on hostile files (never hangs, never runs code, never reads without limit)', () => {
  let dir: string
  beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), 'promesse-hostile-'))))
  afterEach(() => {
    clearConfigCache()
    rmSync(dir, {recursive: true, force: true})
  })

  it('a --config that is JavaScript is refused, not executed', async () => {
    const marker = path.join(dir, 'ran')
    const js = path.join(dir, 'c.js')
    writeFileSync(js, `require('fs').writeFileSync(${JSON.stringify(marker)}, '')\nmodule.exports = {}`)
    const loaded = await loadConfigFor(path.join(dir, 'a.md'), js)
    assert.match(loaded.errors[0]!.reason, /JSON or YAML; Promesse never runs/)
    assert.equal(loaded.errors[0]!.file, js)
    assert.equal(existsSync(marker), false, 'the file was not run')
  })

  it('a config that is a symlink to /dev/zero, a pipe or a huge file is named and refused, found or given', async function () {
    if (process.platform === 'win32') return this.skip()
    symlinkSync('/dev/zero', path.join(dir, '.promesserc.json'))
    const zero = await loadConfigFor(path.join(dir, 'a.md'))
    assert.equal(zero.file, path.join(dir, '.promesserc.json'))
    assert.match(zero.errors[0]!.reason, /not a regular file/)
    mkdirSync(path.join(dir, 'fifo'))
    execFileSync('mkfifo', [path.join(dir, 'fifo', '.promesserc.yaml')])
    const fifo = await loadConfigFor(path.join(dir, 'fifo', 'a.md'))
    assert.match(fifo.errors[0]!.reason, /not a regular file/)
    const big = path.join(dir, 'big.json')
    writeFileSync(big, `{"allow": [${'"x",'.repeat(300_000)}"x"]}`)
    const huge = await loadConfigFor(path.join(dir, 'a.md'), big)
    assert.match(huge.errors[0]!.reason, /at most 1048576 bytes/)
  })
})
