import assert from 'node:assert/strict'
import {parseBlock} from '../../src/core/source/index.ts'
import {assertMapsBack, assertWordSlices} from './helpers.ts'

describe('parseBlock (plaintext)', () => {
  it('one unit per paragraph; single newlines become a space mapped to the newline', () => {
    const text = '  Nous répondons\r\nsous 24 h.  \r\n\r\nSecond\nparagraphe'
    const {units, directives} = parseBlock(text, 'plaintext')
    for (const u of units) assertMapsBack(u, text)
    assert.deepEqual(units.map((u) => u.text), ['Nous répondons sous 24 h.', 'Second paragraphe'])
    assert.equal(units[0]!.offsets[14], text.indexOf('\r'))
    assert.deepEqual(directives, [], 'plaintext has no directives')
    assertWordSlices(units, text, 'sous')
    assertWordSlices(units, text, 'paragraphe')
  })

  it('keeps markup-looking text as prose', () => {
    const text = '<!-- promesse-disable --> *étoile* `code`'
    const {units, directives} = parseBlock(text, 'plaintext')
    assert.equal(units[0]!.text, text)
    assert.equal(directives.length, 0)
  })
})
