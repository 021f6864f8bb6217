import assert from 'node:assert/strict'
import {words} from '../../src/core/prose/segment.ts'
import type {Lang} from '../../src/core/types.ts'

const list = (text: string, lang: Lang): string[] => words(text, lang).map((w) => text.slice(w.start, w.end))

describe('words', () => {
  it('splits French elisions off, with straight and curly apostrophes', () => {
    assert.deepEqual(list("L'écoute qu’un client d'abord", 'fr'), ["L'", 'écoute', 'qu’', 'un', 'client', "d'", 'abord'])
  })

  it('keeps compounds, decimals and thousands groups whole', () => {
    assert.deepEqual(list('Le client-roi à 99,9\u00A0% pour 1\u202F000 € noté 4,5/5', 'fr'), ['Le', 'client-roi', 'à', '99,9', 'pour', '1\u202F000', 'noté', '4,5/5'])
  })

  it('drops a sentence-ending dot but keeps abbreviation dots', () => {
    assert.deepEqual(list('Sous 24 h. M. Martin répond.', 'fr'), ['Sous', '24', 'h', 'M.', 'Martin', 'répond'])
  })

  it('English: initialisms, slashes and decimals', () => {
    assert.deepEqual(list("We're open 24/7 in the U.S. at 3.5 stars", 'en'), ["We're", 'open', '24/7', 'in', 'the', 'U.S.', 'at', '3.5', 'stars'])
  })

  it('NFD accents stay inside the word', () => {
    assert.deepEqual(list('une re\u0301ponse', 'fr'), ['une', 're\u0301ponse'])
  })
})
