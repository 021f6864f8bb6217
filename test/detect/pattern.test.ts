import assert from 'node:assert/strict'
import {classAtom, parsePattern, PatternError, PatternSet} from '../../src/core/detect/pattern.ts'
import {fold} from '../../src/core/text/fold.ts'
import {tokenize} from '../../src/core/text/tokens.ts'

const classes = new Map([['cust', classAtom(['client', 'clients', 'usager*'], 'fr')]])

function matches(pattern: string, text: string): string[] {
  const set = new PatternSet()
  set.add(parsePattern(pattern, 'fr', classes))
  const tokens = tokenize(fold(text).text, 'fr')
  return set.match(tokens).map((m) => tokens.slice(m.from, m.to).map((t) => t.w).join(' '))
}

describe('token patterns', () => {
  it('binds | tightly outside parentheses and loosely inside', () => {
    assert.deepEqual(matches('client|clients roi', 'Le client roi.'), ['client roi'])
    assert.deepEqual(matches('(de nos clients|des usagers) au centre', 'Le bien des usagers au centre.'), ['des usagers au centre'])
  })
  it('matches classes, prefixes, optional items and elisions', () => {
    assert.deepEqual(matches("a l' ecoute (de|des)? @cust", "À l’écoute des usagères."), ["a l' ecoute des usageres"])
    assert.deepEqual(matches('orient* client', 'Orientées client !'), ['orientees client'])
  })
  it('bounds gaps and never crosses a separating punctuation mark', () => {
    assert.deepEqual(matches('client ~2 roi', 'Le client est toujours roi.'), ['client est toujours roi'])
    assert.deepEqual(matches('client ~2 roi', 'Le client est hélas toujours roi.'), [])
    assert.deepEqual(matches('client ~3 roi', 'Le client ; le roi.'), [])
  })
  it('anchors ^ patterns to the start of the sentence', () => {
    assert.deepEqual(matches('^ placer', 'Placer le client au centre.'), ['placer'])
    assert.deepEqual(matches('^ placer', 'Il faut placer le client au centre.'), [])
  })
  it('rejects malformed patterns with a reason', () => {
    for (const bad of ['(client', 'client)', '~2 client', 'client ~2', '@inconnu', 'client ~9 roi', 'a*']) {
      assert.throws(() => parsePattern(bad, 'fr', classes), PatternError, bad)
    }
  })
  it('treats user phrases as literal words', () => {
    const set = new PatternSet()
    set.addLiteral(['a.*b'])
    assert.deepEqual(set.match(tokenize('axb a.*b', 'en')), [])
  })
})
