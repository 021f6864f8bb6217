import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {ensureBuilt, json, runCli} from './helpers.ts'

interface Report {
  file: string
  messages: Array<{ruleId: string; actual: string}>
}

/** A site in our own words: copy in translation and data files, and JSON/YAML that is not copy. */
const SITE: Record<string, string> = {
  'locales/fr.json': '{"accueil": {"intro": "Chez nous, le client est roi."}, "panier": "Ajouter au panier"}\n',
  'locales/de.json': '{"intro": "Bei uns steht der Kunde im Mittelpunkt."}\n',
  '_data/equipe.yml': 'membres:\n  - bio: Votre satisfaction est notre priorité de chaque jour.\n    photo: /img/le-client-est-roi.jpg\n',
  'package.json': '{"name": "site", "description": "Le client est roi, toujours."}\n',
  '.github/workflows/ci.yml': 'name: Le client est roi\non: push\n',
  'po/fr.po': 'msgid ""\nmsgstr ""\n"Language: fr\\n"\n\nmsgid "Always there for you."\nmsgstr "Toujours à votre écoute."\n',
  'messages.fr.xlf':
    '<xliff version="1.2"><file source-language="en" target-language="fr"><body>\n' +
    '<trans-unit id="a"><source>Add to cart</source><target>Chez nous, le client est roi.</target></trans-unit>\n' +
    '</body></file></xliff>\n',
  'about.mdx': '<Hero title="Le client est roi" />\n\nVotre satisfaction est notre priorité de chaque jour.\n'
}

describe('promesse on data and translation files (spawned)', () => {
  let root: string
  before(function () {
    this.timeout(120000)
    ensureBuilt()
    root = mkdtempSync(path.join(os.tmpdir(), 'promesse-data-'))
    for (const [name, content] of Object.entries(SITE)) {
      mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
      writeFileSync(path.join(root, name), content)
    }
  })
  after(() => rmSync(root, {recursive: true, force: true}))

  const byFile = (reports: Report[]) =>
    Object.fromEntries(reports.filter((r) => r.messages.length > 0).map((r) => [r.file.split(path.sep).join('/'), r.messages.map((m) => m.actual)]))

  it('walks a folder: copy in data, translation and MDX files is read; package.json, CI files and German are not', () => {
    const found = byFile(json<Report[]>(runCli(['--format', 'json', '.'], {cwd: root})))
    assert.deepEqual(found, {
      '_data/equipe.yml': ['Votre satisfaction est notre priorité'],
      'about.mdx': ['Votre satisfaction est notre priorité'],
      'locales/fr.json': ['le client est roi'],
      'messages.fr.xlf': ['le client est roi'],
      'po/fr.po': ['Always there for you', 'à votre écoute']
    })
  })

  it('a JSON file named on the command line is read whatever its folder', () => {
    const found = byFile(json<Report[]>(runCli(['--format', 'json', 'package.json'], {cwd: root})))
    assert.deepEqual(Object.keys(found), ['package.json'])
  })

  it('dataFiles in the config replaces the default folders', () => {
    writeFileSync(path.join(root, '.promesserc.json'), JSON.stringify({dataFiles: ['_data/**']}))
    try {
      const found = byFile(json<Report[]>(runCli(['--format', 'json', '.'], {cwd: root})))
      assert.ok('_data/equipe.yml' in found)
      assert.ok(!('locales/fr.json' in found))
    } finally {
      rmSync(path.join(root, '.promesserc.json'))
    }
  })
})
