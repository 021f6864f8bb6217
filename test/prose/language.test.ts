import assert from 'node:assert/strict'
import fc from 'fast-check'
import {countEvidence, detectLanguage, STOP_WORDS} from '../../src/core/prose/language.ts'

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

describe('detectLanguage: the decision rule on short and mixed copy', () => {
  // Stop words and accents decide short units; trigrams (franc) only settle weak evidence.
  const expected: Array<[string, 'fr' | 'en' | undefined]> = [
    // One or two words without stop words or accents: too short to tell (the unit before decides).
    ['FAQ', undefined],
    ['Pricing', undefined],
    ['Tarifs', undefined],
    ['Support client', undefined],
    ['Livraison & retours', undefined],
    ['Response time', undefined],
    // Short headings: one stop word or one accent is enough.
    ['À propos', 'fr'],
    ['About us', 'en'],
    ['Nos engagements', 'fr'],
    ['Our commitments', 'en'],
    ['Meet the team', 'en'],
    ['Rencontrez l’équipe', 'fr'],
    ['Rencontrez l\u2019e\u0301quipe', 'fr'],
    ['Crème brûlée', 'fr'],
    ['Délai de réponse', 'fr'],
    ['Monday to Friday, 9am to 6pm', 'en'],
    ['Lundi–vendredi, 9 h–18 h', 'fr'],
    // Names with accents do not outweigh English grammar, and English jargon does not outweigh French.
    ['Chloé Martin, Head of Customer Success', 'en'],
    ['Our café in Montréal opens at 8 a.m. every weekday.', 'en'],
    ['We moved the “Service clients” page to the help centre.', 'en'],
    ['Savoir-faire and know-how', 'en'],
    ['Notre équipe customer success vous rappelle sous 2 h.', 'fr'],
    ['Le onboarding se fait en self-service depuis le dashboard.', 'fr'],
    ['Roadmap produit Q3 : release du nouveau checkout', 'fr'],
    ['Brainstorming sur le naming du nouveau produit', 'fr'],
    ['Jean-Baptiste Lefèvre, directeur commercial', 'fr'],
    // Addresses and numbers are no evidence either way.
    ['Écrivez-nous à support@exemple.fr, nous répondons sous 48 h.', 'fr'],
    ['Write to support@example.com and we reply within 48 hours.', 'en']
  ]
  for (const [text, lang] of expected) it(`${JSON.stringify(text)} → ${lang}`, () => assert.equal(detectLanguage(text), lang))
})

describe('countEvidence (the hand-written word scan)', () => {
  const stopWords = ['le', 'La', 'NOUS', 'the', 'We', 'our', 'qu', 'l', 'i', 'et', 'and', 'Où', 'OÙ', 'TRÈS', 'Été', 'être', 'within', 'chaque', 'shoulds']
  // Letters whose lowercase is odd: Kelvin sign, dotted capital I (two units), final sigma, sharp s.
  const odd = ['\u212A', '\u0130', 'Σ', 'ς', 'ẞ', 'ǅ', 'Ⅰ', '\u00B5', '\u00AA']
  const pieces = [...stopWords, ...odd, 'client', 'é', 'É', 'e\u0301', 'œ', 'Ç', 'Zoë', 'İ', 'ß', '𝐀', '𝐚', '😀', '\uD835', '\uDC00', ' ', '\u00A0', "'", '’', '-', '.', '5', '\u0301', '\u0327', '\uFFFF']
  const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3, unit: 'binary'})), {maxLength: 40}).map((a) => a.join(''))

  it('counts what the regular expressions count: words, stop words, French letters', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const found = text.match(/[\p{L}\p{M}]+/gu) ?? []
        const evidence = countEvidence(text)
        assert.equal(evidence.words, found.length)
        assert.equal(evidence.accents, text.match(/[éèêëàâîïôûùüçœæÉÈÊÀÂÎÔÛÙÇŒ\u0300\u0301\u0302\u0308\u0327]/g)?.length ?? 0)
        const lower = found.map((w) => w.toLowerCase())
        assert.equal(evidence.fr, lower.filter((w) => STOP_WORDS.fr.has(w)).length)
        assert.equal(evidence.en, lower.filter((w) => !STOP_WORDS.fr.has(w) && STOP_WORDS.en.has(w)).length)
      }),
      {numRuns: 3000}
    )
  })

  it('reads every stop word in any case, and nothing one letter longer', () => {
    for (const [lang, list] of [['fr', STOP_WORDS.fr], ['en', STOP_WORDS.en]] as const) {
      for (const w of list) {
        for (const form of [w, w.toUpperCase(), w[0]!.toUpperCase() + w.slice(1)]) {
          const evidence = countEvidence(` ${form}, `)
          assert.deepEqual([evidence.fr, evidence.en], lang === 'fr' ? [1, 0] : [0, 1], form)
        }
        const longer = countEvidence(`${w}ß ${w}\u0301 ${w}\u212A`)
        assert.equal(longer.fr + longer.en, 0, w)
      }
    }
  })
})
