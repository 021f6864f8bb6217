import assert from 'node:assert/strict'
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {decodeText, formatFor, readForLint} from '../../src/node/read.ts'

describe('readForLint', () => {
  let dir: string
  const file = (name: string, content: string | Uint8Array) => {
    const full = path.join(dir, name)
    writeFileSync(full, content)
    return full
  }
  before(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'promesse-read-'))
  })
  after(() => rmSync(dir, {recursive: true, force: true}))

  it('reads UTF-8 text and picks the format from the extension', async () => {
    const result = await readForLint(file('page.md', 'Nous rappelons sous 2 h.\n'))
    assert.deepEqual(result, {ok: true, file: path.join(dir, 'page.md'), text: 'Nous rappelons sous 2 h.\n', format: 'markdown', bom: false})
  })

  it('strips a UTF-8 BOM so offsets match the editor, and says it did', async () => {
    const result = await readForLint(file('bom.txt', '\uFEFFÀ votre écoute.'))
    assert.ok(result.ok)
    assert.equal(result.text, 'À votre écoute.')
    assert.equal(result.bom, true)
  })

  it('reports a missing file', async () => {
    const missing = path.join(dir, 'absent.md')
    assert.deepEqual(await readForLint(missing), {ok: false, file: missing, reason: 'does not exist'})
  })

  it('reports a directory', async () => {
    assert.deepEqual(await readForLint(dir), {ok: false, file: dir, reason: 'is a directory'})
  })

  it('reports binary content (a NUL byte in the first 8 KB)', async () => {
    const result = await readForLint(file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01])))
    assert.equal(result.ok, false)
    assert.match(!result.ok ? result.reason : '', /binary/)
  })

  it('reports text that is not UTF-8 (Latin-1 « é »), with where it breaks', async () => {
    const latin1 = Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(' ouvert')])
    const result = await readForLint(file('latin1.txt', latin1))
    assert.equal(result.ok, false)
    assert.match(!result.ok ? result.reason : '', /not valid UTF-8 text \(first bad byte on line 1, at byte 3\)/)
  })

  it('refuses files over the size limit, naming both sizes', async () => {
    const result = await readForLint(file('big.md', 'a'.repeat(3 * 1024 * 1024)), {maxBytes: 1024 * 1024})
    assert.equal(result.ok, false)
    assert.match(!result.ok ? result.reason : '', /too large \(3\.0 MB; the limit is 1\.0 MB\)/)
  })
})

describe('decodeText', () => {
  it('keeps surrogate pairs, NBSP and CRLF untouched', () => {
    const text = 'Service 7j/7\u00a0😀\r\nfin'
    const decoded = decodeText(new TextEncoder().encode(text))
    assert.deepEqual(decoded, {ok: true, text, bom: false})
  })
})

describe('formatFor', () => {
  it('maps extensions to formats, case-insensitively, defaulting to plain text', () => {
    const cases: [string, string][] = [
      ['a.md', 'markdown'], ['b.MARKDOWN', 'markdown'], ['c.mdx', 'mdx'],
      ['d.html', 'html'], ['e.HTM', 'html'], ['f.txt', 'plaintext'], ['g.rst', 'plaintext'], ['README', 'plaintext'],
      ['locales/fr.json', 'json'], ['_data/team.YML', 'yaml'], ['i18n/en.yaml', 'yaml'], ['fr.po', 'po'], ['site.pot', 'po'],
      ['messages.fr.xlf', 'xliff'], ['a.xliff', 'xliff'], ['.json', 'plaintext']
    ]
    for (const [name, format] of cases) assert.equal(formatFor(name), format, name)
  })
})
