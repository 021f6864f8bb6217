import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import fc from 'fast-check'
import {lint} from '../../src/core/index.ts'
import {countEvidence, detectLanguage, explainLanguage, STOP_WORDS} from '../../src/core/prose/language.ts'

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

describe('detectLanguage: when stop words and franc disagree', () => {
  it('franc never overrules English stop words (it reads short English as French)', () => {
    for (const text of [
      'Our Nantes depot now stocks 300 spare parts.',
      'Badges must be worn at all times in the warehouse.',
      'Our Bordeaux warehouse ships orders across Europe.',
      'Lockers get emptied every Friday evening.'
    ]) {
      assert.deepEqual(explainLanguage(text), {lang: 'en', step: 'stop words'}, text)
    }
  })

  it('franc reading English overrules a weak French lean (names, quoted French)', () => {
    for (const text of ['The Côte d’Azur team handles summer bookings.', 'Noémie and Jérôme run the Québec City branch.']) {
      assert.deepEqual(explainLanguage(text), {lang: 'en', step: 'franc'}, text)
    }
  })

  it('without a stop word or accent, franc’s English verdict stands and a French one is left to the context', () => {
    assert.equal(detectLanguage('Quarterly business review'), 'en')
    assert.equal(detectLanguage('Support tickets auto-close after seven days without reply.'), 'en')
    for (const text of ['Passwords expire after 90 days.', 'Customers come first, always.', 'Garantie constructeur deux ans, extension possible.']) {
      assert.deepEqual(explainLanguage(text), {lang: undefined, step: 'none'}, text)
    }
  })

  it('days and months are evidence, in either language', () => {
    const expected: Array<[string, 'fr' | 'en']> = [
      ['Open Sunday 10 am – 4 pm', 'en'],
      ['Tuesday 14 May, 10 am', 'en'],
      ['Mardi 14 mai, 10 h', 'fr'],
      ['Casiers vidés chaque vendredi soir.', 'fr'],
      ['Compte rendu — 3 juin', 'fr'],
      ['Meeting notes — 3 June', 'en'],
      ['SOLDES MONSTRES SAMEDI 12 OCTOBRE', 'fr'],
      ['Reviews close on Wednesday, 2 September', 'en']
    ]
    for (const [text, lang] of expected) assert.equal(detectLanguage(text), lang, text)
    const evidence = countEvidence('Lundi, MARDI et décembre ; Wednesday, SEPTEMBER, may')
    assert.deepEqual([evidence.fr, evidence.en], [4, 3])
  })

  it('counts long stop words exactly, and no word that only starts like one', () => {
    const pieces = ['septembre', 'September', 'SEPTEMBRES', 'septem', 'wednesday', 'Wednesda', 'décembre', 'DÉCEMBRE', 'de\u0301cembre', 'decembrex', 'mercredi', 'vendredis', 'novembre', 'november', 'août', 'aout', 'may', 'mai', ' ', '-', '’', 'e', 'ß']
    const texts = fc.array(fc.constantFrom(...pieces), {maxLength: 30}).map((a) => a.join(''))
    fc.assert(
      fc.property(texts, (text) => {
        const lower = (text.match(/[\p{L}\p{M}]+/gu) ?? []).map((w) => w.toLowerCase())
        const evidence = countEvidence(text)
        assert.equal(evidence.fr, lower.filter((w) => STOP_WORDS.fr.has(w)).length)
        assert.equal(evidence.en, lower.filter((w) => !STOP_WORDS.fr.has(w) && STOP_WORDS.en.has(w)).length)
      }),
      {numRuns: 2000}
    )
  })

  it('a unit left undetermined takes the language of the unit before it, so its claim is found', () => {
    const text = 'We ship from our Leeds depot and answer the phone until 6 pm.\n\nCustomers come first, always.'
    const claims = lint(text, {format: 'markdown', lang: 'auto'}).messages.filter((m) => m.ruleId === 'hollow-claim')
    assert.equal(claims.length, 1)
    assert.equal(claims[0]!.line, 3)
  })
})

describe('detectLanguage on the labelled units (test/fixtures/lang/units.jsonl)', () => {
  const items = readFileSync(new URL('../fixtures/lang/units.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as {id: string; lang: 'fr' | 'en'; kind: string; text: string})

  it('holds both languages and every kind of unit', () => {
    assert.ok(items.length >= 200)
    for (const lang of ['fr', 'en']) assert.ok(items.filter((item) => item.lang === lang).length >= 100, lang)
    assert.ok(new Set(items.map((item) => item.kind)).size >= 8)
  })

  it('answers at least 90 % right and at most 3 % wrong (the rest is left to the context)', () => {
    const wrong = items.filter((item) => {
      const lang = detectLanguage(item.text)
      return lang !== undefined && lang !== item.lang
    })
    const right = items.filter((item) => detectLanguage(item.text) === item.lang)
    assert.ok(right.length >= 0.9 * items.length, `${right.length} right of ${items.length}`)
    assert.ok(wrong.length <= 0.03 * items.length, `wrong: ${wrong.map((item) => item.id).join(', ')}`)
  })
})
