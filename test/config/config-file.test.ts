import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {configInFolder, readConfigFile, type ConfigFileReading, type ConfigFileSystem} from '../../src/core/index.ts'
import {clearConfigCache, loadConfigFor} from '../../src/node/config.ts'

describe('readConfigFile (name → parse → validate)', () => {
  it('reads JSON, YAML and an extension-less .promesserc, and validates them', () => {
    assert.deepEqual(readConfigFile('/a/.promesserc.json', '\uFEFF{"language": "fr"}'), {config: {language: 'fr'}, file: '/a/.promesserc.json', errors: []})
    assert.deepEqual(readConfigFile('/a/.promesserc.yml', 'language: en\n')?.config, {language: 'en'})
    assert.deepEqual(readConfigFile('/a/.promesserc', '{"language": "en"}')?.config, {language: 'en'})
    assert.deepEqual(readConfigFile('/a/.promesserc.json', '{"language": "de"}')?.errors.map((e) => e.field), ['language'])
  })

  it('takes an empty file as "defaults here"', () => {
    for (const name of ['.promesserc.json', '.promesserc.yaml', '.promesserc']) {
      assert.deepEqual(readConfigFile(`/a/${name}`, ' \n'), {config: {}, file: `/a/${name}`, errors: []}, name)
    }
  })

  it('names a broken .promesserc.json with its line', () => {
    const reading = readConfigFile('/a/.promesserc.json', '{\n  "language": "fr",\n}\n')!
    assert.deepEqual(reading.config, {})
    assert.equal(reading.errors.length, 1)
    assert.equal(reading.errors[0]!.file, '/a/.promesserc.json')
    assert.equal(reading.errors[0]!.line, 3)
    assert.match(reading.errors[0]!.reason, /^invalid JSON at line 3, column 1: /)
  })

  it('refuses duplicate keys in YAML, with the line', () => {
    const reading = readConfigFile('/a/.promesserc.yaml', 'language: fr\nlanguage: en\n')!
    assert.equal(reading.errors[0]!.line, 2)
    assert.match(reading.errors[0]!.reason, /^invalid YAML at line 2/)
  })

  it('a package.json: its "promesse" key; without it (or null), or broken without it, it holds none', () => {
    assert.deepEqual(readConfigFile('/a/package.json', '{"name": "x", "promesse": {"language": "fr"}}')?.config, {language: 'fr'})
    assert.equal(readConfigFile('/a/package.json', '{"name": "x"}'), undefined)
    assert.equal(readConfigFile('/a/package.json', '{"name": "x", "promesse": null}'), undefined)
    assert.equal(readConfigFile('/a/package.json', '{ "name": "x", '), undefined)
    assert.equal(readConfigFile('/a/package.json', ''), undefined)
  })

  it('a broken package.json that shows a "promesse" key is a syntax error naming it', () => {
    const reading = readConfigFile('/a/package.json', '{\n  "name": "x",\n  "promesse": {"language": "fr",}\n}\n')!
    assert.equal(reading.errors[0]!.file, '/a/package.json')
    assert.equal(reading.errors[0]!.line, 3)
  })

  it('named by the user (--config): a package.json without the key, a code file, an unknown extension are errors', () => {
    assert.match(readConfigFile('/a/package.json', '{"name": "x"}', true)!.errors[0]!.reason, /no "promesse" key/)
    assert.match(readConfigFile('/a/package.json', '{ broken', true)!.errors[0]!.reason, /^invalid JSON/)
    assert.match(readConfigFile('/a/promesse.config.js', 'module.exports = {}', true)!.errors[0]!.reason, /never runs a JavaScript/)
    assert.match(readConfigFile('/a/promesse.toml', 'language = "fr"', true)!.errors[0]!.reason, /JSON \(\.json\) or YAML/)
  })

  it('reads the name from a URI as from a path', () => {
    assert.deepEqual(readConfigFile('vscode-vfs://github/owner/repo/docs/package.json', '{"promesse": {"language": "en"}}')?.config, {language: 'en'})
    assert.deepEqual(readConfigFile('C:\\site\\.promesserc.yaml', 'language: en')?.config, {language: 'en'})
  })
})

/** A folder tree: a file's text, or `null` for a folder (where a config file was expected). */
type Tree = Record<string, string | null>

/** The editor's search on the web, over a tree in memory: the same core reading, folder by folder up to the workspace root. */
async function searchInMemory(tree: Tree, dir: string): Promise<ConfigFileReading | undefined> {
  const fs: ConfigFileSystem = {
    stat: async (file) => {
      const key = file.slice('mem:'.length)
      if (!(key in tree)) return undefined
      const text = tree[key]
      return text === null ? {isFile: false, size: 0} : {isFile: true, size: Buffer.byteLength(text!)}
    },
    read: async (file) => tree[file.slice('mem:'.length)]!
  }
  for (let here = dir; ; here = path.posix.dirname(here)) {
    const found = await configInFolder((name) => `mem:${path.posix.join(here, name)}`, fs)
    if (found || here === '/ws') return found
  }
}

/** The CLI's search on disk, over the same tree written under a temporary folder. */
async function searchOnDisk(tree: Tree, dir: string): Promise<ConfigFileReading | undefined> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'promesse-same-'))
  try {
    for (const [file, text] of Object.entries(tree)) {
      const at = path.join(root, file)
      if (text === null) mkdirSync(at, {recursive: true})
      else {
        mkdirSync(path.dirname(at), {recursive: true})
        writeFileSync(at, text)
      }
    }
    mkdirSync(path.join(root, dir), {recursive: true})
    clearConfigCache()
    const loaded = await loadConfigFor(path.join(root, dir, 'page.md'))
    if (loaded.file === undefined) return undefined
    // Addresses compared as the in-memory search writes them.
    const rename = (file: string) => `mem:/${path.relative(root, file).split(path.sep).join('/')}`
    return {config: loaded.config, file: rename(loaded.file), errors: loaded.errors.map((e) => (e.file ? {...e, file: rename(e.file)} : e))}
  } finally {
    clearConfigCache()
    rmSync(root, {recursive: true, force: true})
  }
}

describe('the Node and the web config searches give the same answer', () => {
  const above = {'/ws/.promesserc.json': '{"language": "en"}'}
  const cases: Array<[string, Tree, (found: ConfigFileReading | undefined) => void]> = [
    ['a broken package.json with no "promesse" key is passed over', {...above, '/ws/site/package.json': '{ "name": "site", '}, (found) => {
      assert.equal(found?.file, 'mem:/ws/.promesserc.json')
      assert.deepEqual(found?.errors, [])
    }],
    ['a broken package.json that holds the key is named with its line', {...above, '/ws/site/package.json': '{\n "promesse": {"language": "fr"\n}\n'}, (found) => {
      assert.equal(found?.file, 'mem:/ws/site/package.json')
      assert.equal(found?.errors[0]!.field, '(syntax)')
    }],
    ['a broken .promesserc.json stops the search, named with its line', {...above, '/ws/site/.promesserc.json': '{"language": "fr",}'}, (found) => {
      assert.equal(found?.errors[0]!.file, 'mem:/ws/site/.promesserc.json')
      assert.equal(found?.errors[0]!.line, 1)
    }],
    ['a package.json without the key (or null) is passed over', {...above, '/ws/site/package.json': '{"name": "site", "promesse": null}'}, (found) => {
      assert.equal(found?.file, 'mem:/ws/.promesserc.json')
    }],
    ['the "promesse" key of a package.json is read', {...above, '/ws/site/package.json': '{"promesse": {"rules": {"vague-promise": "off"}}}'}, (found) => {
      assert.deepEqual(found?.config, {rules: {'vague-promise': 'off'}})
    }],
    ['an empty .promesserc.yaml means defaults here', {...above, '/ws/site/.promesserc.yaml': ''}, (found) => {
      assert.deepEqual(found, {config: {}, file: 'mem:/ws/site/.promesserc.yaml', errors: []})
    }],
    ['.promesserc.json wins over package.json in the same folder', {...above, '/ws/site/package.json': '{"promesse": {"language": "en"}}', '/ws/site/.promesserc.json': '{"language": "fr"}'}, (found) => {
      assert.deepEqual(found?.config, {language: 'fr'})
    }],
    ['an extension-less .promesserc is YAML, duplicate keys refused', {...above, '/ws/site/.promesserc': 'language: fr\nlanguage: en\n'}, (found) => {
      assert.equal(found?.errors[0]!.line, 2)
    }],
    ['a folder named .promesserc.json is named, not searched past', {...above, '/ws/site/.promesserc.json': null}, (found) => {
      assert.match(found?.errors[0]!.reason ?? '', /not a regular file/)
    }],
    ['an invalid field is reported, the valid ones kept', {...above, '/ws/site/.promesserc.yml': 'language: de\nallow: [ok]\n'}, (found) => {
      assert.deepEqual(found?.config, {allow: ['ok']})
      assert.deepEqual(found?.errors.map((e) => e.field), ['language'])
    }]
  ]
  for (const [name, tree, check] of cases) {
    it(name, async () => {
      const web = await searchInMemory(tree, '/ws/site/docs')
      const node = await searchOnDisk(tree, '/ws/site/docs')
      assert.deepEqual(node, web)
      check(web)
    })
  }
})
