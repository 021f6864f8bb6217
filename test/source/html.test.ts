import assert from 'node:assert/strict'
import {parseBlock} from '../../src/core/source/index.ts'
import {assertMapsBack, assertWordSlices, unitWith} from './helpers.ts'

const html = (text: string) => {
  const parsed = parseBlock(text, 'html')
  for (const u of parsed.units) assertMapsBack(u, text)
  return parsed
}

describe('parseBlock (html)', () => {
  it('reads title, meta description, headings, paragraphs, lists, tables, quotes', () => {
    const text = '<title>Aide &amp; contact</title><meta name="description" content="Une r&eacute;ponse sous 24 h"><h2>Nos délais</h2><p>Nous <em>répondons</em> vite.</p><ul><li>Chat</li><li>Courriel</li></ul><table><tr><th>Canal</th><td>2 h</td></tr></table><blockquote><p>Citation ici</p></blockquote><dl><dt>Terme</dt><dd>Définition</dd></dl><figure><figcaption>Légende</figcaption></figure>'
    const {units} = html(text)
    assert.deepEqual(units.map((u) => u.text), ['Aide & contact', 'Une réponse sous 24 h', 'Nos délais', 'Nous répondons vite.', 'Chat', 'Courriel', 'Canal', '2 h', 'Citation ici', 'Terme', 'Définition', 'Légende'])
    assert.equal(unitWith(units, 'Nos délais').kind, 'heading')
    assert.equal(unitWith(units, 'Nos délais').depth, 2)
    assert.equal(unitWith(units, 'Chat').kind, 'listItem')
    assert.equal(unitWith(units, 'Chat').group, unitWith(units, 'Courriel').group)
    assert.equal(unitWith(units, 'Canal').kind, 'tableCell')
    assert.equal(unitWith(units, 'Citation').quoted, true)
    assert.equal(unitWith(units, 'Une réponse').kind, 'frontMatter')
    assertWordSlices(units, text, 'sous')
    assertWordSlices(units, text, 'répondons')
    assertWordSlices(units, text, 'contact')
  })

  it('skips script, style, code and pre', () => {
    const {units} = html('<p>Texte <code>le client est roi</code> fin</p><pre>roi</pre><script>var roi</script><style>p{}</style>')
    assert.deepEqual(units.map((u) => u.text), ['Texte fin'])
  })

  it('entities map to their start, with monotonic offsets', () => {
    const text = '<p>Prix&nbsp;: 1&#160;000&nbsp;€ &eacute;t&eacute; &#x1F600;!</p>'
    const unit = html(text).units[0]!
    assert.equal(unit.text, 'Prix\u00A0: 1\u00A0000\u00A0€ été 😀!')
    assert.equal(unit.offsets[4], text.indexOf('&nbsp;'))
    assert.equal(unit.offsets[unit.text.indexOf('😀')], text.indexOf('&#x1F600;'))
    assert.equal(unit.offsets[unit.text.indexOf('😀') + 1], text.indexOf('&#x1F600;'))
  })

  it('a legacy reference without « ; » before letters keeps the rest of the text in place', () => {
    for (const text of ['<p>Tarif&nbspfixe. Nous sommes à votre écoute.</p>', '<p>&copy2024 Nous sommes à votre écoute.</p>']) {
      const unit = html(text).units[0]!
      const at = unit.text.indexOf('écoute')
      assert.ok(at > 0, unit.text)
      assert.equal(text.slice(unit.offsets[at]!, unit.offsets[at]! + 'écoute'.length), 'écoute')
      assert.equal(unit.offsets[unit.text.indexOf('fixe') > 0 ? unit.text.indexOf('fixe') : unit.text.indexOf('2024')], text.indexOf(unit.text.includes('fixe') ? 'fixe' : '2024'))
    }
  })

  it('CRLF and newlines inside a paragraph become one space', () => {
    const text = '<p>Une ligne\r\n   puis une autre</p>'
    const unit = html(text).units[0]!
    assert.equal(unit.text, 'Une ligne puis une autre')
    assert.equal(unit.offsets[9], text.indexOf('\r'))
  })

  it('tolerates unbalanced markup', () => {
    const {units} = html('<p>Ouvert <b>gras <li>item</p></div>')
    assert.ok(units.some((u) => u.text.includes('Ouvert')))
    assert.ok(units.some((u) => u.text.includes('item')))
  })
})
