// The size plugins of esbuild.mjs (franc trimmed to French and English, GFM without to-markdown,
// parse5 and yaml in lazily required files, the rule data deflated) must not change any result: the engine bundled with
// them answers exactly as the source does.
import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import * as esbuild from 'esbuild'
import {francAll} from 'franc-min'
import {lint} from '../../src/core/index.ts'
import {RULE_DATA} from '../../src/core/rules/data.generated.ts'
import type {LintOptions, LintResult} from '../../src/core/index.ts'
import {detectLanguage} from '../../src/core/prose/language.ts'
import {parseBlock} from '../../src/core/source/index.ts'
import {clearConfigCache, loadConfigFor} from '../../src/node/config.ts'
import type {LoadedConfig} from '../../src/node/config.ts'
import {NODE_CHUNKS, nodeChunks, nodeTrims, trims} from '../../scripts/esbuild/plugins.mjs'

interface Bundled {
  RULE_DATA: typeof RULE_DATA
  lint: typeof lint
  detectLanguage: typeof detectLanguage
  francAll: typeof francAll
  parseBlock: typeof parseBlock
  loadConfigFor: typeof loadConfigFor
  clearConfigCache: typeof clearConfigCache
}

const root = resolve(import.meta.dirname, '../..')
const entry = `
export {lint} from './src/core/index.ts'
export {detectLanguage} from './src/core/prose/language.ts'
export {parseBlock} from './src/core/source/index.ts'
export {loadConfigFor, clearConfigCache} from './src/node/config.ts'
export {francAll} from 'franc-min'
export {RULE_DATA} from './src/core/rules/data.generated.ts'
`

const sentences = [
  // French, English, short and long, NFD accents, typographic spaces.
  'Nous rappelons chaque client dans la journée, même le samedi.',
  'Le client est au cœur de tout ce que nous faisons depuis vingt ans.',
  'Satisfaction garantie\u202F!',
  'Livraison offerte dès trente euros d\u2019achat, retour gratuit pendant un mois.',
  'Une e\u0301quipe de passionne\u0301s a\u0300 votre service',
  'Notre priorite est votre confort, toujours et partout',
  'Service client joignable au 01 23 45 67 89 du lundi au vendredi',
  'We answer every ticket within four business hours, weekends included.',
  'Customer first, always.',
  'Our award winning team goes the extra mile for every single order',
  'Shipping is free above thirty dollars and returns are free for sixty days.',
  'Best in class support',
  'Premium quality delivered fast',
  // Mixed and borderline.
  'Le support premium est disponible 24/7 for all enterprise customers.',
  'Service premium, support dédié, quality first',
  'Contact : support@example.com — hotline 0800 000 000',
  'Merci and thank you',
  'OK',
  '12 345,67 €',
  '',
  // Other languages and scripts: franc has no model for them once trimmed.
  'Wir beantworten jede Anfrage innerhalb von zwei Stunden, auch am Wochenende.',
  'Respondemos a todas las consultas en menos de dos horas, incluso los fines de semana.',
  'Rispondiamo a ogni richiesta entro due ore, anche nel fine settimana.',
  'Мы отвечаем на каждый запрос в течение двух часов.',
  '我们在两个小时内回复每一个请求。',
  'نرد على كل طلب خلال ساعتين',
  'हम हर अनुरोध का जवाब दो घंटे में देते हैं',
  'Zoë et Chloé',
  'Café crème'
]

const documents: Array<{name: string; text: string; options: LintOptions}> = [
  {name: 'French plaintext', options: {format: 'plaintext'}, text: 'Chez nous, le client est roi.\n\nVotre satisfaction est notre priorité : nous répondons sous 24 h.\n\nNous faisons de notre mieux.\n'},
  {name: 'English plaintext', options: {format: 'plaintext'}, text: 'We are customer-obsessed.\n\nCustomer first: every refund is paid within 5 days.\n\nWe do our best for you.\n'},
  {name: 'Markdown with front matter and GFM', options: {format: 'markdown'}, text: '---\ntitle: Le client est roi\ndescription: "Customer first, always"\n---\n\n# Nos engagements\n\n| Promesse | Délai |\n| --- | --- |\n| Le client au centre | ~~jamais~~ |\n\n- [x] We put customers first.\n- [ ] Votre satisfaction est notre priorité[^1].\n\n[^1]: Voir www.example.com pour le détail.\n'},
  {name: 'Markdown, auto language per paragraph', options: {format: 'markdown', lang: 'auto'}, text: 'Le client est au centre de nos préoccupations.\n\nThe customer comes first in everything we do.\n\n> Votre satisfaction, notre priorité.\n'},
  {name: 'HTML page', options: {format: 'html'}, text: '<!doctype html><html><head><title>Customer first</title><meta name="description" content="Le client est roi"></head><body><h1>Nos promesses</h1><p>Votre satisfaction est notre priorit&eacute;.</p><ul><li>We are customer-obsessed.</li></ul><!-- promesse-disable-next-line --><p>Customer first.</p><script>const x = "le client est roi"</script></body></html>'}
]

/** Blocks that use every GFM construct, front matter, and HTML. */
const blocks: Array<[string, 'markdown' | 'html']> = [
  ['| Promesse | Délai |\n| :-- | --: |\n| Réponse *rapide* | 24 h |\n| Retour | ~~jamais~~ 30 j |\n', 'markdown'],
  ['- [x] Livraison suivie\n- [ ] Retour ~gratuit~ offert\n  * item imbriqué\n', 'markdown'],
  ['Voir www.example.com, https://example.org/a?b=c et contact@example.com pour tout savoir.\n', 'markdown'],
  ['We keep our word[^note] and more[^2].\n\n[^note]: Refunds within **five** days.\n[^2]: Always.\n', 'markdown'],
  ['---\ntitle: "Customer first"\ntags: [a, b]\ndescription: >\n  Le client\n  est roi\n---\n\nTexte &eacute;crit &amp; relu.\n', 'markdown'],
  ['<div><p>Votre satisfaction&nbsp;: <b>notre</b> priorit&eacute;</p><table><tr><td>Customer</td><td>first</td></tr></table></div>', 'html'],
  ['<p>Broken <em>markup <p>still prose<br>after a break</p>', 'html']
]

describe('bundle size plugins keep results identical', function () {
  this.timeout(60000)
  let dir: string
  let bundled: Bundled
  let bundlePath: string
  const require = createRequire(import.meta.url)

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'promesse-bundle-'))
    bundlePath = join(dir, 'engine.cjs')
    const lazy = await nodeChunks()
    const base = {bundle: true, minify: true, logLevel: 'silent', platform: 'node', target: 'node20', absWorkingDir: root} as const
    await esbuild.build({...base, format: 'cjs', stdin: {contents: entry, resolveDir: root, loader: 'ts'}, outfile: bundlePath, plugins: [...trims(), ...nodeTrims(), lazy.plugin]})
    for (const chunk of lazy.builds(dir, base)) await esbuild.build(chunk)
    bundled = require(bundlePath) as Bundled
  })

  after(() => rmSync(dir, {recursive: true, force: true}))

  const chunkLoaded = (file: string): boolean => join(dir, file) in require.cache

  it('the rule data, shipped deflated, inflates to the same object', () => {
    assert.deepEqual(bundled.RULE_DATA, RULE_DATA)
    assert.ok(!readFileSync(bundlePath, 'utf8').includes('"firstPerson"'), 'the data is not also in the bundle in plain')
  })

  it('franc scores, French and English only, are the same as with all its models', () => {
    const options = {only: ['fra', 'eng'], minLength: 8}
    for (const text of sentences) assert.deepEqual(bundled.francAll(text, options), francAll(text, options), text)
  })

  it('detectLanguage answers the same on French, English, mixed and other languages', () => {
    const answers = sentences.map((text) => detectLanguage(text))
    assert.deepEqual(sentences.map((text) => bundled.detectLanguage(text)), answers)
    // The samples exercise every outcome, not one constant answer.
    assert.deepEqual(new Set(answers), new Set(['fr', 'en', undefined]))
  })

  it('does not load the HTML parser nor yaml for plaintext and plain Markdown', () => {
    bundled.lint('Le client est roi.\n\nWe do our best.\n', {format: 'plaintext'})
    bundled.lint('# Title\n\nCustomer *first*.\n', {format: 'markdown'})
    for (const file of Object.values(NODE_CHUNKS)) assert.equal(chunkLoaded(file), false, file)
  })

  it('Markdown (GFM, front matter) and HTML blocks give the same prose units', () => {
    for (const [text, format] of blocks) {
      const expected = parseBlock(text, format)
      assert.ok(expected.units.length > 0, text)
      assert.deepEqual(bundled.parseBlock(text, format), expected, text)
    }
  })

  for (const document of documents) {
    it(`lint gives the same result: ${document.name}`, () => {
      const expected: LintResult = lint(document.text, document.options)
      assert.ok(expected.messages.length > 0, 'the document has findings to compare')
      assert.deepEqual(bundled.lint(document.text, document.options), expected)
    })
  }

  it('loads the chunks on first use: HTML for an HTML document, yaml for front matter', () => {
    bundled.lint('<p>Customer first.</p>', {format: 'html'})
    assert.equal(chunkLoaded('html.cjs'), true)
    bundled.lint('---\ntitle: Customer first\n---\n\nText.\n', {format: 'markdown'})
    assert.equal(chunkLoaded('yaml.cjs'), true)
    const entities = 'Le client est roi, &laquo;&nbsp;toujours&nbsp;&raquo; &eacute;videmment.\n'
    assert.deepEqual(bundled.lint(entities, {format: 'markdown'}), lint(entities, {format: 'markdown'}))
    assert.equal(chunkLoaded('entities.cjs'), true)
  })

  it('reads YAML configuration files the same way, errors included', async () => {
    const configs = {
      'good/.promesserc.yaml': 'language: fr\nrules:\n  hollow-claim: error\nallow:\n  - client roi\n',
      'broken/.promesserc.yaml': 'language: fr\nrules: [unclosed\n',
      'duplicate/.promesserc.yml': 'language: fr\nlanguage: en\n'
    }
    for (const [name, text] of Object.entries(configs)) {
      const file = join(dir, 'configs', name)
      mkdirSync(join(file, '..'), {recursive: true})
      writeFileSync(file, text)
    }
    for (const name of Object.keys(configs)) {
      const doc = join(dir, 'configs', name, '..', 'page.md')
      clearConfigCache()
      bundled.clearConfigCache()
      const expected: LoadedConfig = await loadConfigFor(doc)
      assert.deepEqual(await bundled.loadConfigFor(doc), expected, name)
    }
  })

  it('an import the lazy stand-in cannot forward (a class) fails the build', async () => {
    const lazy = await nodeChunks()
    await assert.rejects(
      esbuild.build({bundle: true, write: false, logLevel: 'silent', platform: 'node', format: 'cjs', absWorkingDir: root, plugins: [lazy.plugin],
        stdin: {contents: "import {Document} from 'yaml'\nconsole.log(new Document())", resolveDir: root, loader: 'js'}}),
      /No matching export/
    )
  })

  it('every chunk file ships in the .vsix (.vscodeignore)', () => {
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n')
    for (const file of Object.values(NODE_CHUNKS)) assert.ok(ignore.includes(`!dist/${file}`), file)
  })
})
