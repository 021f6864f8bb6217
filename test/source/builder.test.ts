import assert from 'node:assert/strict'
import fc from 'fast-check'
import {ProseBuilder} from '../../src/core/source/builder.ts'

const pieces = ['Nous', 'é', 'e\u0301', ' ', '  ', '\t', '\n', '\r\n', '\r', '\f', '\u00A0', '\u202F', '&', '&amp;', '&eacute;', '&#233;', '\\', '\\*', '*', '😀', '\uD83D', '.', '«', '»']
const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3, unit: 'binary'})), {maxLength: 40}).map((a) => a.join(''))

describe('ProseBuilder', () => {
  it('copy appends runs at once, exactly as one char at a time', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const runs = new ProseBuilder()
        runs.copy(text, 0, text.length)
        const chars = new ProseBuilder()
        for (let p = 0; p < text.length; p++) chars.char(text[p]!, p, p + 1)
        assert.deepEqual(runs.finish({kind: 'paragraph'}), chars.finish({kind: 'paragraph'}))
      }),
      {numRuns: 2000}
    )
  })

  it('aligned on the source text itself is a copy', () => {
    fc.assert(
      fc.property(texts, texts, (before, text) => {
        const source = before + text
        const aligned = new ProseBuilder()
        aligned.aligned(text, source, before.length, source.length)
        const copied = new ProseBuilder()
        copied.copy(source, before.length, source.length)
        assert.deepEqual(aligned.finish({kind: 'paragraph'}), copied.finish({kind: 'paragraph'}))
      }),
      {numRuns: 2000}
    )
  })

  it('a decoded escape or character reference maps to its source', () => {
    const source = 'a \\* b &eacute; c'
    const b = new ProseBuilder()
    b.aligned('a * b é c', source, 0, source.length)
    const unit = b.finish({kind: 'paragraph'})!
    assert.equal(unit.text, 'a * b é c')
    assert.equal(unit.offsets[2], source.indexOf('*'))
    assert.equal(unit.offsets[6], source.indexOf('&'))
    assert.equal(unit.offsets[unit.text.length], source.length)
  })
})
