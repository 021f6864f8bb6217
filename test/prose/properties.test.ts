import assert from 'node:assert/strict'
import fc from 'fast-check'
import {analyse} from '../../src/core/prose/segment.ts'
import {detectLanguage} from '../../src/core/prose/language.ts'
import {leadingClosingMarks, numberSentenceEnds} from '../../src/core/prose/french.ts'

const pieces = ['a', 'É', 'e\u0301', ' ', '\u00A0', '\u202F', '\n', '.', '…', '!', '?', ':', "'", '’', '«', '»', '-', '24', ',', 'h', 'M.', 'etc.', '\uD83D', '😀', '%', '/']
const texts = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3, unit: 'binary'})), {maxLength: 50}).map((a) => a.join(''))

describe('prose: properties', () => {
  it('segment and words never throw; spans are ordered, in bounds, trimmed, deterministic', () => {
    fc.assert(
      fc.property(texts, fc.constantFrom('fr' as const, 'en' as const), (text, lang) => {
        const first = analyse(text, lang)
        assert.deepEqual(analyse(text, lang), first)
        let previous = 0
        for (const s of first.sentences) {
          assert.ok(s.start >= previous && s.end > s.start && s.end <= text.length)
          assert.notEqual(text.slice(s.start, s.start + 1).trim(), '')
          assert.notEqual(text.slice(s.end - 1, s.end).trim(), '')
          previous = s.end
        }
        previous = 0
        for (const w of first.words) {
          assert.ok(w.start >= previous && w.end > w.start && w.end <= text.length)
          previous = w.end
        }
      }),
      {numRuns: 400}
    )
  })

  it('detectLanguage never throws and is deterministic', () => {
    fc.assert(
      fc.property(texts, (text) => {
        const lang = detectLanguage(text)
        assert.ok(lang === undefined || lang === 'fr' || lang === 'en')
        assert.equal(detectLanguage(text), lang)
      }),
      {numRuns: 300}
    )
  })

  it('the hand-written scans of the French layer agree with their regular expressions', () => {
    const marks = fc.array(fc.constantFrom(' ', '\u00A0', '\u202F', '»', '”', '’', '«', 'a', '.', '\t'), {maxLength: 12}).map((a) => a.join(''))
    fc.assert(
      fc.property(marks, fc.nat(12), fc.nat(12), (text, a, b) => {
        const from = Math.min(a, text.length)
        const end = Math.min(text.length, from + b)
        const m = /^[ \u00A0\u202F]*[»”’]+/.exec(text.slice(from, Math.min(end, from + 8)))
        assert.equal(leadingClosingMarks(text, from, end), m ? m[0].length : 0)
      }),
      {numRuns: 2000}
    )
    // A number ends a sentence only before white space: the pre-check must let every kind through.
    for (const space of [' ', '\t', '\n', '\u00A0', '\u202F']) {
      const text = `Nous répondons sous 24 h.${space}Le client est roi.`
      assert.deepEqual(numberSentenceEnds(text, 0, text.length), [text.indexOf('h.') + 2], JSON.stringify(space))
    }
  })
})
