import assert from 'node:assert/strict'
import fc from 'fast-check'
import {fold, foldedEnd} from '../../src/core/text/fold.ts'

describe('fold', () => {
  it('lowercases, removes accents and expands ligatures', () => {
    assert.equal(fold('Le CŒUR de l’Équipe').text, "le coeur de l'equipe")
    assert.equal(fold('Æsop').text, 'aesop')
  })

  it('folds NFC and NFD input the same way and maps back into the original', () => {
    const nfc = 'Réactivité'
    const nfd = nfc.normalize('NFD')
    assert.notEqual(nfc.length, nfd.length)
    const a = fold(nfc)
    const b = fold(nfd)
    assert.equal(a.text, b.text)
    // "activite" ends with an accented e: the span must include its combining mark.
    const s = b.text.indexOf('activite')
    assert.equal(nfd.slice(b.map[s], foldedEnd(b, s + 'activite'.length)), 'activité'.normalize('NFD'))
  })

  it('turns NBSP, narrow NBSP and thin spaces into spaces, one for one', () => {
    const f = fold('24\u00a0h\u202f/\u200924')
    assert.equal(f.text, '24 h / 24')
    assert.deepEqual(f.map.slice(0, f.text.length + 1), [0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('maps a span ending inside an expansion to the end of the input character', () => {
    const f = fold('cœur')
    assert.equal(f.text, 'coeur')
    assert.equal(foldedEnd(f, 2), 2) // "co" → "cœ"
    assert.equal(f.map[f.text.length], 4)
  })

  it('keeps surrogate pairs intact', () => {
    const f = fold('a😀b')
    assert.equal(f.text, 'a😀b')
    assert.equal(foldedEnd(f, 3), 3)
  })

  it('property: the map is monotone, in bounds, and every span maps to a valid range', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 60}), fc.nat(), fc.nat(), (s, x, y) => {
        const f = fold(s)
        // The map is read up to the text's length (a shared identity map runs longer).
        assert.ok(f.map.length >= f.text.length + 1)
        assert.equal(f.map[f.text.length], s.length)
        for (let i = 1; i <= f.text.length; i++) assert.ok(f.map[i]! >= f.map[i - 1]!)
        const a = Math.min(x, y) % (f.text.length + 1)
        const b = Math.max(a, Math.max(x, y) % (f.text.length + 1))
        const start = f.map[a]!
        const end = foldedEnd(f, b)
        assert.ok(start >= 0 && start <= end && end <= s.length)
      })
    )
  })
})
