import assert from 'node:assert/strict'
import {parseBlock} from '../../src/core/source/index.ts'
import {assertMapsBack, assertWordSlices, parseDocument, unitWith} from './helpers.ts'

const md = (text: string) => {
  const parsed = parseBlock(text, 'markdown')
  for (const u of parsed.units) assertMapsBack(u, text)
  return parsed
}

describe('parseBlock (markdown)', () => {
  it('keeps emphasis and link text, drops inline code, URLs and images', () => {
    const text = 'Notre **équipe** vous *répond* via [le portail](https://exemple.fr/aide) ou `npm i`, voir <https://exemple.fr> et www.exemple.fr ![logo](x.png).'
    const {units} = md(text)
    assert.equal(units.length, 1)
    assert.equal(units[0]!.text, 'Notre équipe vous répond via le portail ou , voir et .')
    assertWordSlices(units, text, 'équipe')
    assertWordSlices(units, text, 'portail')
    assert.ok(!units[0]!.text.includes('https'))
  })

  it('inline code becomes one space mapped to its start, so words do not merge', () => {
    const text = 'avant`code`après'
    const unit = md(text).units[0]!
    assert.equal(unit.text, 'avant après')
    assert.equal(unit.offsets[5], text.indexOf('`'))
  })

  it('soft line breaks become one space mapped to the newline (CRLF: the \\r)', () => {
    const text = 'première ligne\r\nseconde ligne\nfin'
    const unit = md(text).units[0]!
    assert.equal(unit.text, 'première ligne seconde ligne fin')
    assert.equal(unit.offsets[14], text.indexOf('\r'))
    assert.equal(unit.offsets[28], text.lastIndexOf('\n'))
    assertWordSlices([unit], text, 'seconde')
  })

  it('headings carry their depth; a heading is not a paragraph', () => {
    const {units} = md('### Nos engagements')
    assert.equal(units[0]!.kind, 'heading')
    assert.equal(units[0]!.depth, 3)
    assert.equal(units[0]!.text, 'Nos engagements')
  })

  it('blockquotes are quoted, and their continuation markers are not prose', () => {
    const text = '> Le client\r\n> est roi.'
    const unit = md(text).units[0]!
    assert.equal(unit.text, 'Le client est roi.')
    assert.equal(unit.kind, 'blockquote')
    assert.equal(unit.quoted, true)
    assertWordSlices([unit], text, 'roi')
  })

  it('nested lists: one unit per item, the nested list in its own group', () => {
    const text = '- Réponse sous 24 h\n  - par courriel\n  - par téléphone\n- Remboursement'
    const {units} = md(text)
    assert.deepEqual(units.map((u) => u.text), ['Réponse sous 24 h', 'par courriel', 'par téléphone', 'Remboursement'])
    assert.ok(units.every((u) => u.kind === 'listItem'))
    assert.equal(units[0]!.group, units[3]!.group)
    assert.equal(units[1]!.group, units[2]!.group)
    assert.notEqual(units[0]!.group, units[1]!.group)
  })

  it('GFM table cells are units of one group, escaped pipes included', () => {
    const text = '| Canal | Délai |\n| --- | --- |\n| Chat \\| courriel | 2 h |'
    const {units} = md(text)
    assert.deepEqual(units.map((u) => u.text), ['Canal', 'Délai', 'Chat | courriel', '2 h'])
    assert.ok(units.every((u) => u.kind === 'tableCell' && u.group === units[0]!.group))
    assertWordSlices(units, text, 'courriel')
  })

  it('character references and escapes map to their source', () => {
    const text = 'R&eacute;ponse &amp; suivi \\*garanti\\* &#x1F600; fin'
    const unit = md(text).units[0]!
    assert.equal(unit.text, 'Réponse & suivi *garanti* 😀 fin')
    assert.equal(unit.offsets[1], text.indexOf('&eacute;'))
    assertWordSlices([unit], text, 'suivi')
    assertWordSlices([unit], text, 'fin')
  })

  it('NFD accents, NBSP, narrow NBSP and emoji keep exact offsets', () => {
    const text = 'Nous re\u0301pondons a\u0300 99,9\u202F% des appels\u00A0! 🎉 Merci « client »'
    const unit = md(text).units[0]!
    assert.equal(unit.text, text)
    assertWordSlices([unit], text, 're\u0301pondons')
    assertWordSlices([unit], text, '🎉')
  })

  it('code blocks, HTML and comments are not prose', () => {
    const {units} = parseDocument('Texte.\n\n```\nle client est roi\n```\n\n    indenté\n\n<div>\nbloc html\n</div>\n\n<!-- commentaire -->', 'markdown')
    assert.deepEqual(units.map((u) => u.text), ['Texte.'])
  })

  it('a NUL (which Markdown turns into U+FFFD) keeps the text after it in place', () => {
    const text = '\u0000 \uFFFD.<!-->à votre écoute.'
    const unit = unitWith(md(text).units, 'écoute')
    const at = unit.text.indexOf('écoute')
    assert.equal(text.slice(unit.offsets[at]!, unit.offsets[at]! + 'écoute'.length), 'écoute')
    assert.equal(unit.offsets[unit.text.indexOf('\uFFFD')], 2, 'the real U+FFFD is its own char, not taken for the NUL')
  })

  it('front matter: prose keys only, exact offsets, folded and quoted values', () => {
    const text = '---\r\ntitle: Le client au centre\r\nslug: client-au-centre\r\ndescription: >\r\n  Une équipe\r\n  à votre écoute\r\nsummary: "Service \\"premium\\""\r\ntagline: \'C\'\'est simple\'\r\nexcerpt: "Caf\\u00e9 bad"\r\ntags: [a, b]\r\n---'
    const {units} = md(text)
    const texts = units.map((u) => u.text)
    assert.ok(texts.includes('Le client au centre'))
    assert.ok(texts.includes('Une équipe à votre écoute'))
    assert.ok(texts.includes('Service "premium"'))
    assert.ok(!texts.some((t) => t.includes('client-au-centre')), 'slug is not prose')
    assert.ok(!texts.some((t) => t.includes('Caf')), 'an escape that cannot map exactly is skipped')
    assert.ok(units.every((u) => u.kind === 'frontMatter'))
    assertWordSlices(units, text, 'centre')
    assertWordSlices(units, text, 'écoute')
  })

  it('a later `---` block is not front matter when atStart is false', () => {
    const text = '---\ntitle: pas du yaml\n---'
    const later = parseBlock(text, 'markdown', {atStart: false})
    assert.ok(!later.units.some((u) => u.kind === 'frontMatter'))
    assert.ok(unitWith(parseBlock(text, 'markdown').units, 'pas du yaml').kind === 'frontMatter')
  })

  it('a whole document parses block by block with exact maps', () => {
    const doc = '# Titre\n\nUn *paragraphe* avec [lien](u).\n\n> cité\n\n| a | b |\n|---|---|\n| c | d |\n\n1. un\n2. deux\n'
    const {units} = parseDocument(doc, 'markdown')
    assert.deepEqual(units.map((u) => u.kind), ['heading', 'paragraph', 'blockquote', 'tableCell', 'tableCell', 'tableCell', 'tableCell', 'listItem', 'listItem'])
  })
})
