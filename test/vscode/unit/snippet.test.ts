import * as assert from 'node:assert/strict'
import {snippetPreview, snippetText} from '../../../src/extension/snippet.ts'

describe('extension: snippet rewrites', () => {
  it('gives the text a snippet inserts, placeholders filled with their defaults', () => {
    assert.equal(snippetText('Nous répondons sous ${1:24} h.'), 'Nous répondons sous 24 h.')
    assert.equal(snippetText('Remboursé sous ${1:14} jours, par ${2|virement,chèque|}.'), 'Remboursé sous 14 jours, par virement.')
    assert.equal(snippetText('Prix : \\$${1:9} par mois$0'), 'Prix : $9 par mois')
  })

  it('marks the blanks for hovers and reviews', () => {
    assert.equal(snippetPreview('We reply within ${1:24} hours.'), 'We reply within [24] hours.')
  })
})
