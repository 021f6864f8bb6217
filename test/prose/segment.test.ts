import assert from 'node:assert/strict'
import {segment} from '../../src/core/prose/segment.ts'
import type {Lang} from '../../src/core/types.ts'

const sentences = (text: string, lang: Lang): string[] => segment(text, lang).map((s) => text.slice(s.start, s.end))

describe('segment (French layer)', () => {
  it('a number and its unit end a sentence before a capital', () => {
    assert.deepEqual(sentences('Nous répondons sous 24 h. Le client est roi\u00A0!', 'fr'), ['Nous répondons sous 24 h.', 'Le client est roi\u00A0!'])
    assert.deepEqual(sentences('Voir la page 12. Elle détaille les tarifs.', 'fr'), ['Voir la page 12.', 'Elle détaille les tarifs.'])
  })

  const oneSentence: Array<[string, string]> = [
    ['elisions', "L'équipe d’accueil qu'on joint n'attend pas, s'engage et jusqu’au bout."],
    ['NBSP and narrow NBSP before punctuation and in guillemets', 'Notre devise\u00A0: «\u202Fservir vite\u202F» ; vraiment\u202F?'],
    ['hyphenated compounds', 'Le client-roi peut-être, vingt-quatre heures sur vingt-quatre.'],
    ['percent, times, money, ratings, numbers', 'Un taux de 99,9\u00A0% de 8 h 30 à 20 h, ou de 8h30 à 20h, pour 1\u202F000\u00A0€ noté 4,5/5, le n° 1 du secteur.'],
    ['abbreviations', 'M. Martin et Mme Durand, p. ex. nos conseillers, cf. la charte, etc. vous rappellent.'],
    ['initials', 'Signé J. Martin pour l’équipe.'],
    ['ellipsis inside a sentence', 'Nous attendons… puis nous rappelons (…) sans faute.'],
    ['a sentence ending with a colon', 'Nos engagements\u00A0:']
  ]
  for (const [name, text] of oneSentence) {
    it(`does not cut on ${name}`, () => {
      assert.deepEqual(sentences(text, 'fr'), [text])
    })
  }

  it('a closing guillemet after a space belongs to the sentence it closes', () => {
    assert.deepEqual(sentences('« Le service avant tout. » Nous le prouvons chaque jour.', 'fr'), ['« Le service avant tout. »', 'Nous le prouvons chaque jour.'])
  })

  it('question and exclamation marks after a NBSP end sentences', () => {
    assert.deepEqual(sentences('Un souci\u00A0? Appelez-nous\u202F! Nous rappelons.', 'fr'), ['Un souci\u00A0?', 'Appelez-nous\u202F!', 'Nous rappelons.'])
  })

  it('spans exclude leading and trailing white space', () => {
    const text = '  \u00A0Une phrase.   Une autre.\u202F '
    for (const s of segment(text, 'fr')) {
      assert.doesNotMatch(text[s.start]!, /\s/)
      assert.doesNotMatch(text[s.end - 1]!, /\s/)
    }
    assert.deepEqual(segment('   ', 'fr'), [])
    assert.deepEqual(segment('', 'en'), [])
  })

  it('keeps offsets exact with NFD accents and emoji', () => {
    const text = 'Re\u0301ponse rapide 🚀. Suivi garanti.'
    assert.deepEqual(sentences(text, 'fr'), ['Re\u0301ponse rapide 🚀.', 'Suivi garanti.'])
  })
})

describe('segment (English)', () => {
  it('abbreviations, initialisms and numbers do not cut', () => {
    const text = 'We help, e.g. with refunds, i.e. the full amount; Mr. Lee of Acme Inc. answers 24/7, rated 3.5 in the U.S. market.'
    assert.deepEqual(sentences(text, 'en'), [text])
  })

  it('ordinary sentence ends cut', () => {
    assert.deepEqual(sentences('We answer within 2 h. Then we follow up! Ready?', 'en'), ['We answer within 2 h.', 'Then we follow up!', 'Ready?'])
  })
})

describe('segment (long paragraphs)', () => {
  it('a paragraph far longer than a chunk gives the same sentences as short ones', () => {
    const parts = ['M. Martin répond sous 24 h. ', 'Nous rappelons chaque client dans la journée. ', 'Le taux de résolution atteint 85\u00A0%\u202F! ', 'Votre avis compte, p. ex. via le formulaire. ']
    let text = ''
    const expected: string[] = []
    for (let i = 0; text.length < 12000; i++) {
      const part = parts[i % parts.length]!
      text += part
      expected.push(part.trimEnd())
    }
    assert.deepEqual(sentences(text, 'fr'), expected)
  })
})
