import assert from 'node:assert/strict'
import fc from 'fast-check'
import {francAll} from 'franc-min'
import {francFrEn} from '../../src/core/prose/franc-fr-en.ts'

/** What detectLanguage used to read from franc itself. */
function reference(text: string): {best: string; margin: number} {
  const scores = francAll(text, {only: ['fra', 'eng'], minLength: 8})
  const best = scores[0]!
  const second = scores[1]
  return {best: best[0], margin: second ? best[1] - second[1] : 1}
}

const sentences = [
  'Nous livrons votre commande en deux jours ouvrés.',
  'We ship your order within two working days.',
  'Le support répond par chat, email et téléphone.',
  'Support answers by chat, email and phone.',
  'Onboarding des nouveaux arrivants : checklist et planning',
  'Roadmap Q3 — migration du back-office vers le cloud',
  'Café-crème & croissants offered at the Lyon meetup',
  'Jean-Michel Basquiat, Zoë Saldaña, Ðorđe Balašević',
  'ÉQUIPE SUPPORT — HORAIRES D’OUVERTURE',
  'Password reset: 3 attempts, then a 15-minute lock.',
  '« Satisfait ou remboursé » pendant 30 jours.',
  'Tarifs 2024 : 12,50 € HT / mois, 150 € HT / an',
  'Ünïcödé çhàrs ïn ẞtrange wørds',
  'The Kelvin sign \u212A and the dotted \u0130 lowercase oddly.',
  'Re\u0301ponse garantie sous 24\u202Fh, me\u0302me le dimanche.',
  'Поддержка клиентов 24/7 with a French touch',
  '日本語とEnglishとfrançais',
  'Emoji 😀 inside a sentence about delivery times',
  'ab',
  '1234567890 !!! ???',
  '   \n\t  ',
  ''
]

describe('francFrEn (franc-min between French and English, computed directly)', () => {
  for (const text of sentences) {
    it(`agrees with franc: ${JSON.stringify(text)}`, () => assert.deepEqual(francFrEn(text), reference(text)))
  }

  it('agrees with franc on random mixes of words, scripts, digits and punctuation', () => {
    const words = ['le', 'the', 'nous', 'we', 'client', 'customer', 'équipe', 'ŒUVRE', 'garçon', 'naïve', 'Straße', 'İstanbul', 'façade', 'delivery', 'livraison']
    const others = ['Ж', 'ж', 'م', 'क', '中', 'ア', 'α', 'Ω', '😀', '𝐀', '\uD835', '\uDC00', '\u0301', '\u00A0', '\u202F', '\u2019', '«', '»', '—', '€', '\n', '\r\n', '\t', '  ', '.', ',', '!', '42', '@', '#', '\u00AA', '\u00B5', '\u212A']
    const piece = fc.oneof(
      {weight: 6, arbitrary: fc.constantFrom(...words).map((w) => w + ' ')},
      {weight: 3, arbitrary: fc.constantFrom(...others)},
      {weight: 2, arbitrary: fc.string({maxLength: 4})},
      {weight: 1, arbitrary: fc.string({maxLength: 3, unit: 'binary'})}
    )
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 60}).map((a) => a.join('')), (text) => {
        assert.deepEqual(francFrEn(text), reference(text))
      }),
      {numRuns: 3000}
    )
  })

  it('agrees with franc past its 2048-unit cut', () => {
    const long = 'Nous répondons sous 24 heures, the same day. '.repeat(60)
    assert.ok(long.length > 2048)
    assert.deepEqual(francFrEn(long), reference(long))
    assert.deepEqual(francFrEn('x'.repeat(2047) + ' the end'), reference('x'.repeat(2047) + ' the end'))
  })
})
