import assert from 'node:assert/strict'
import fc from 'fast-check'
import {ParseLatin} from 'parse-latin'
import {ParseEnglish} from 'parse-english'
import {fastParser} from '../../src/core/prose/tokenizer.ts'

const pieces = ['a', 'É', 'e\u0301', 'Zoë', ' ', '  ', '\u00A0', '\u202F', '\t', '\n', '\r', '\r\n', '.', '...', '…', '!', '?', ':', ';', ',', "'", '’', '«', '»', '"', '(', ')', '-', '—', '/', '_', '&', '@', '#', '%', '€', '$', '+', '=', '24', '3.5', '99,9', 'M.', 'etc.', 'U.S.', '\uD83D', '\uDE00', '😀', '👍🏽', '中', 'ß', '\u0000', '\u2028']
const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 4, unit: 'binary'})), {maxLength: 60}).map((a) => a.join(''))

describe('prose: fast tokenizer', () => {
  for (const [lang, Reference] of [['fr', ParseLatin], ['en', ParseEnglish]] as const) {
    it(`${lang}: tokens and whole paragraph trees are parse-latin's own`, () => {
      const fast = fastParser(lang)
      const reference = new Reference()
      fc.assert(
        fc.property(texts, (text) => {
          assert.deepEqual(fast.tokenize(text), reference.tokenize(text))
          assert.deepEqual(fast.tokenizeParagraph(text), reference.tokenizeParagraph(text))
        }),
        {numRuns: 1500}
      )
    })

    it(`${lang}: the single-line parser gives the same trees on text without line breaks`, () => {
      const fast = fastParser(lang, true)
      const reference = new Reference()
      // It does skip a plugin (the blank-line break), so it must not be used on text with line breaks.
      assert.equal(fast.tokenizeParagraphPlugins.length, reference.tokenizeParagraphPlugins.length - 1)
      fc.assert(
        fc.property(texts.map((t) => t.replace(/[\r\n]/g, ' ')), (text) => {
          assert.deepEqual(fast.tokenizeParagraph(text), reference.tokenizeParagraph(text))
        }),
        {numRuns: 1500}
      )
    })
  }
})
