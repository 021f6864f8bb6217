import assert from 'node:assert/strict'
import {detectLanguage} from '../../src/core/prose/language.ts'

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
