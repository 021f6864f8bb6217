import assert from 'node:assert/strict'
import {fold} from '../../src/core/text/fold.ts'
import {tokenize} from '../../src/core/text/tokens.ts'

const words = (text: string, lang: 'fr' | 'en' = 'fr') => tokenize(fold(text).text, lang).map((t) => t.w)

describe('word tokens', () => {
  it('reads an inclusive form as its first form, plural when it ends in s', () => {
    assert.deepEqual(words('Nos client·e·s et nos conseiller·ères'), ['nos', 'clients', 'et', 'nos', 'conseillers'])
    assert.deepEqual(words('Chaque patient·e, chaque usager·ère'), ['chaque', 'patient', 'chaque', 'usager'])
    // A stem already ending in s stays as it is; a lone letter before the dot is no inclusive form.
    assert.deepEqual(words('Les Français·es et a·b'), ['les', 'francais', 'et', 'a·b'])
  })

  it('keeps the offsets of the whole written word', () => {
    const text = 'Les client·e·s'
    const [, token] = tokenize(fold(text).text, 'fr')
    assert.equal(text.slice(token!.s, token!.e), 'client·e·s')
  })
})
