import assert from 'node:assert/strict'
import fc from 'fast-check'
import {parseBlock, splitBlocks} from '../../src/core/source/index.ts'
import type {Format} from '../../src/core/types.ts'
import {isPlainParagraph, parseMarkdown, parseMarkdownTree} from '../../src/core/source/markdown.ts'
import {assertMapsBack} from './helpers.ts'

/** Characters that stress the parsers: markup, line endings, odd spaces, lone and paired surrogates. */
const pieces = [
  'a', 'é', 'e\u0301', ' ', '\u00A0', '\u202F', '\n', '\r\n', '\r', '\t', '#', '*', '_', '`', '```', '~~~', '>', '-', '---',
  '|', '[', ']', '(', ')', '<', '>', '!', '&', ';', '&amp;', '&eacute;', '&#', '<!--', '-->', '<p>', '</p>', '<li>',
  '<script>', '\\', ':', '1.', '"', "'", '’', '«', '»', '\uD83D', '\uDE00', '😀', 'promesse-disable', 'title: ', 'http://x.y'
]
const documents = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({maxLength: 3, unit: 'binary'})), {maxLength: 60}).map((a) => a.join(''))

function check(text: string, format: Format): string {
  const blocks = splitBlocks(text, format)
  let previous = 0
  const summary: string[] = []
  for (const b of blocks) {
    assert.ok(b.start >= previous && b.end > b.start && b.end <= text.length)
    previous = b.end
    const blockText = text.slice(b.start, b.end)
    const {units, directives} = parseBlock(blockText, format, {atStart: b.start === 0})
    for (const u of units) assertMapsBack(u, blockText)
    for (const d of directives) assert.ok(d.offset >= 0 && d.end <= blockText.length && d.offset < d.end)
    summary.push(JSON.stringify(units.map((u) => [u.text, Array.from(u.offsets), u.kind])), JSON.stringify(directives))
  }
  return summary.join('\n')
}

describe('sources: properties', () => {
  for (const format of ['markdown', 'html', 'plaintext'] as const) {
    it(`${format}: random documents never throw, map back exactly, and are deterministic`, () => {
      fc.assert(
        fc.property(documents, (text) => {
          const first = check(text, format)
          assert.equal(check(text, format), first)
        }),
        {numRuns: 300}
      )
    })
  }

  it('blocks parse the same alone as inside an edited document (caching is sound)', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('Un client.', 'Deux *mots*', '# Titre', '- item', '> cité', '```\ncode\n\nfin\n```'), {minLength: 2, maxLength: 8}), (paragraphs) => {
        const text = paragraphs.join('\n\n')
        for (const b of splitBlocks(text, 'markdown')) {
          const blockText = text.slice(b.start, b.end)
          assert.deepEqual(parseBlock(blockText, 'markdown', {atStart: b.start === 0}), parseBlock(String(blockText), 'markdown', {atStart: b.start === 0}))
        }
      }),
      {numRuns: 100}
    )
  })
})

describe('markdown fast path', () => {
  const plainPieces = ['Nous', ' ', '  ', '\n', '\r\n', '\r', '\t', 'é', 'e\u0301', '\u00A0', '\u202F', '.', ',', ':', ';', '!', '?', "'", '’', '"', '(', ')', '«', '»', '1', '24', '😀', '\uD83D', '-', '=', '#', '1.', '    ', '%', '€', '/', '$', '^']
  it('a block with no markup gives the same units as remark', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...plainPieces), {maxLength: 40}).map((a) => a.join('')), (text) => {
        if (!isPlainParagraph(text)) return
        assert.deepEqual(parseMarkdown(text, true), parseMarkdownTree(text, true))
      }),
      {numRuns: 1000}
    )
  })

  it('markup is never taken for a plain paragraph', () => {
    for (const text of ['# Titre', 'a\n> b', 'a *b*', 'x\n---', 'x\n===', '1. un', '    code', 'a `b`', 'a\n- b', 'voir www.x.fr', 'a | b', 'a &amp; b', 'a\\\nb', 'x@y.fr']) {
      assert.equal(isPlainParagraph(text), false, text)
    }
    assert.equal(isPlainParagraph('Nous répondons sous 24 h.\nLe client est roi !'), true)
  })
})
