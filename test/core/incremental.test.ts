import {strict as assert} from 'node:assert'
import fc from 'fast-check'
import {commonPrefix, commonSuffix, resplit} from '../../src/core/source/resplit.ts'
import {splitBlocks} from '../../src/core/source/index.ts'
import type {Format} from '../../src/core/types.ts'

describe('incremental block cutting', () => {
  it('finds the common prefix and suffix across chunk boundaries', () => {
    const a = 'x'.repeat(10000) + 'A' + 'y'.repeat(9000)
    const b = 'x'.repeat(10000) + 'BB' + 'y'.repeat(9000)
    const p = commonPrefix(a, b)
    assert.equal(p, 10000)
    assert.equal(commonSuffix(a, b, p), 9000)
    assert.equal(commonSuffix('aaaa', 'aaaaa', commonPrefix('aaaa', 'aaaaa')), 0)
  })

  const line = fc.constantFrom('Le client est roi.', 'We answer within 24 h.', '', '', '# Titre', '- item', '```', '~~~', '<!--', '-->', '---', '| a | b |', '   ', 'x', '<div>', '\r', '- ```', '> ~~~', 'un `mot` ici', '<pre>', '</pre>', 'a <b>gras</b>', '...')
  const docArb = fc.array(line, {maxLength: 30}).map((lines) => lines.join('\n'))
  const edit = fc.tuple(fc.nat(), fc.nat({max: 6}), fc.constantFrom('', 'a', '\n', '\n\n', '`', ' ', 'é', '<', '---\n', 'mot ', '```', '~', '-->', '</', '>'))

  for (const format of ['plaintext', 'markdown', 'html'] as Format[]) {
    it(`re-cuts exactly as a full cut after random edits (${format})`, () => {
      fc.assert(
        fc.property(docArb, fc.array(edit, {minLength: 1, maxLength: 5}), (doc, edits) => {
          let before = doc
          let spans = splitBlocks(before, format)
          for (const [at, remove, insert] of edits) {
            const i = before.length ? at % (before.length + 1) : 0
            const text = before.slice(0, i) + insert + before.slice(i + remove)
            spans = resplit(before, spans, text, format, splitBlocks).spans
            assert.deepEqual(spans, splitBlocks(text, format))
            before = text
          }
        }),
        {numRuns: 400}
      )
    })
  }
})
