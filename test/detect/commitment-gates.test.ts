import assert from 'node:assert/strict'
import fc from 'fast-check'
import {rulesFor} from '../../src/core/detect/index.ts'
import {buildCommitmentRegexes, findRegexCommitments, HAS_ALL, HAS_DAY, wordBits} from '../../src/core/detect/commitment-regex.ts'
import {fold} from '../../src/core/text/fold.ts'
import {tokenize} from '../../src/core/text/tokens.ts'
import type {Lang} from '../../src/core/types.ts'

/** The bits a sentence holds, from its words (see `wordBits`). */
function sentenceBits(text: string, lang: Lang): number {
  const rx = rulesFor(lang).commitmentRegexes
  const tokens = tokenize(text, lang)
  let has = 0
  tokens.forEach((t, i) => {
    has |= wordBits(t.w, rx)
    if (t.w === "n't" && i > 0) has |= wordBits(tokens[i - 1]!.w + 'n', rx)
  })
  return has
}

describe('commitment expressions skipped by their gates', () => {
  // Pieces that make and break commitments: numbers, units, days, currencies, streets, glued and split.
  const pieces = [
    '24', '7', '8', '30', '1', '12', '2024', '01 23 45 67 89', '+33', '%', '/', ':', '.', ',', '-', '–', '(', ')', '@', 'a@b.io',
    'h', 'j', 'am', 'pm', 'heures', 'jours', 'minutes', 'hours', 'days', 'business days', 'semaine', 'week',
    'lundi', 'vendredi', 'lun', 'ven', 'monday', 'fri', 'mon', 'sun', 'au', 'to', 'through',
    'deux', 'trois', 'quatre-vingt-dix', 'six', 'dix', 'one', 'ten', 'seven', 'forty-eight',
    '€', '$', '£', 'euros', 'eur', 'dollars', 'usd', 'rue', 'avenue', 'bd', 'street', 'st', 'boulevard', 'bis',
    "don't", "won't", "sun't", "seven't", "l'", 'client', 'notre', 'the', 'in', 'sous', 'dans', 'moins'
  ]
  const text = fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom('', ' ', ' ', '\u00a0', '-', ', ')), {minLength: 1, maxLength: 10})
    .map((parts) => parts.map(([p, sep]) => p + sep).join(''))

  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: find exactly what the ungated expressions find`, () => {
      const rx = rulesFor(lang).commitmentRegexes
      fc.assert(
        fc.property(text, (raw) => {
          const folded = fold(raw).text
          assert.deepEqual(findRegexCommitments(folded, rx, sentenceBits(folded, lang)), findRegexCommitments(folded, rx, HAS_ALL), raw)
        }),
        {numRuns: 3000}
      )
    })
  }

  it('mark a day name only where no letter precedes it', () => {
    const rx = rulesFor('fr').commitmentRegexes
    const day = (w: string) => (wordBits(w, rx) & HAS_DAY) !== 0
    assert.equal(day('samedis'), true)
    assert.equal(day('12lundi'), true)
    assert.equal(day('livrons'), false)
    assert.equal(day('ondimanche'), false)
  })
})

describe('commitment shapes read their words from the rule data', () => {
  const found = (text: string, lang: Lang) =>
    findRegexCommitments(fold(text).text, rulesFor(lang).commitmentRegexes).map((c) => `${c.kind}:${fold(text).text.slice(c.start, c.end)}`)

  it('French: « 7j/7 », « 365j/365 », a range « 2 à 3 jours » or « 24 ou 48 h », « 12 bis rue »', () => {
    assert.deepEqual(found('Ouvert 7j/7 et 365 j/365.', 'fr').filter((c) => c.startsWith('hours')), ['hours:7j/7', 'hours:365 j/365'])
    assert.deepEqual(found('Réponse en 2 à 3 jours, ou 24 ou 48 h.', 'fr'), ['deadline:2 a 3 jours', 'deadline:24 ou 48 h'])
    assert.ok(found('Au 12 bis rue des Lilas.', 'fr').includes('channel:12 bis rue'))
  })

  it('English: "2 to 3 days", "24 or 48 hours", "24/7" with no day letter', () => {
    assert.deepEqual(found('Replies in 2 to 3 days, or 24 or 48 hours.', 'en'), ['deadline:2 to 3 days', 'deadline:24 or 48 hours'])
    assert.deepEqual(found('Open 24/7 and 7/7.', 'en'), ['hours:24/7', 'hours:7/7'])
  })

  it('a word added to the data is read without touching the code', () => {
    const data = structuredClone(rulesFor('fr').data.commitments)
    data.numberRangeWords.push('voire')
    const rx = buildCommitmentRegexes(data)
    const text = fold('Sous 24 voire 48 h.').text
    assert.deepEqual(findRegexCommitments(text, rx).map((c) => text.slice(c.start, c.end)), ['24 voire 48 h'])
  })
})
