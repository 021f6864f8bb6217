import * as assert from 'node:assert/strict'
import {isSentenceRewrite, snippetPreview, snippetText} from '../../src/core/report/snippet.ts'

describe('core: snippet rewrites', () => {
  it('gives the text a snippet inserts, placeholders filled with their defaults', () => {
    assert.equal(snippetText('Nous répondons sous ${1:24} h.'), 'Nous répondons sous 24 h.')
    assert.equal(snippetText('Remboursé sous ${1:14} jours, par ${2|virement,chèque|}.'), 'Remboursé sous 14 jours, par virement.')
    assert.equal(snippetText('Prix : \\$${1:9} par mois$0'), 'Prix : $9 par mois')
    assert.equal(snippetText('Refund within $1 days${0}.'), 'Refund within  days.')
  })

  it('renders nested placeholders once, the same way everywhere', () => {
    assert.equal(snippetText('Sous ${1:${2:24} h ouvrées}.'), 'Sous 24 h ouvrées.')
  })

  it('marks the blanks for hovers and reviews', () => {
    assert.equal(snippetPreview('We reply within ${1:24} hours.'), 'We reply within [24] hours.')
  })

  it('tells a whole-sentence rewrite from a phrase', () => {
    assert.equal(isSentenceRewrite('Nous répondons sous ${1:24} h.'), true)
    assert.equal(isSentenceRewrite('Do we answer within ${1:2} days?'), true)
    assert.equal(isSentenceRewrite('sous ${1:48} h'), false)
    assert.equal(isSentenceRewrite('Our team, reachable ${1:8 am to 8 pm},'), false)
  })
})
