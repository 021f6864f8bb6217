import assert from 'node:assert/strict'
import fc from 'fast-check'
import {countEvidence, detectLanguage} from '../../src/core/prose/language.ts'

describe('detectLanguage', () => {
  const french = [
    'Nous rappelons chaque client dans la journée.',
    'Votre colis part sous 48 heures.',
    'Une équipe à votre écoute',
    'Le remboursement est intégral pendant trente jours.',
    'Livraison gratuite dès 40 €'
  ]
  const english = [
    'We call every customer back the same day.',
    'Your parcel ships within 48 hours.',
    'Our team is here for you',
    'Refunds are paid in full for thirty days.',
    'Free shipping on orders over $40 with tracking.'
  ]
  for (const text of french) it(`French: ${text}`, () => assert.equal(detectLanguage(text), 'fr'))
  for (const text of english) it(`English: ${text}`, () => assert.equal(detectLanguage(text), 'en'))

  it('no evidence gives undefined', () => {
    for (const text of ['OK', '12 345', '', '— !', '😀😀']) assert.equal(detectLanguage(text), undefined, text)
  })

  it('accents are French evidence, in NFC and NFD', () => {
    assert.equal(detectLanguage('Réactivité garantie'), 'fr')
    assert.equal(detectLanguage('Re\u0301activite\u0301 garantie'), 'fr')
  })

  it('a long paragraph is decided by its content, not its first words', () => {
    const text = 'The team. ' + 'Nous répondons à toutes les demandes avec soin et dans les délais annoncés. '.repeat(20)
    assert.equal(detectLanguage(text), 'fr')
  })
})

describe('countEvidence (the hand-written word scan)', () => {
  const stopWords = ['le', 'La', 'NOUS', 'the', 'We', 'our', 'qu', 'l', 'i', 'et', 'and']
  const pieces = [...stopWords, 'client', 'é', 'É', 'e\u0301', 'œ', 'Ç', 'Zoë', 'İ', 'ß', '𝐀', '𝐚', '😀', '\uD835', '\uDC00', ' ', '\u00A0', "'", '’', '-', '.', '5', '\u0301', '\u0327']
  const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3, unit: 'binary'})), {maxLength: 40}).map((a) => a.join(''))
  const french = new Set(['le', 'la', 'nous', 'qu', 'l', 'et'])
  const english = new Set(['the', 'we', 'our', 'i', 'and'])

  it('counts what the regular expressions count: words, stop words, French letters', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = text.match(/[\p{L}\p{M}]+/gu) ?? []
        const evidence = countEvidence(text)
        assert.equal(evidence.words, found.length)
        assert.equal(evidence.accents, text.match(/[éèêëàâîïôûùüçœæÉÈÊÀÂÎÔÛÙÇŒ\u0300\u0301\u0302\u0308\u0327]/g)?.length ?? 0)
        // Only the stop words this test put in are checked (the lists are the module's business).
        const fr = found.filter((w) => french.has(w.toLowerCase())).length
        const en = found.filter((w) => english.has(w.toLowerCase())).length
        assert.ok(evidence.fr >= fr && evidence.en >= en)
        if (!found.some((w) => !french.has(w.toLowerCase()) && !english.has(w.toLowerCase()))) {
          assert.equal(evidence.fr, fr)
          assert.equal(evidence.en, en)
        }
      }),
      {numRuns: 3000}
    )
  })
})
