import assert from 'node:assert/strict'
import {splitBlocks} from '../../src/core/source/index.ts'
import type {Format} from '../../src/core/types.ts'

function blockTexts(text: string, format: Format): string[] {
  const blocks = splitBlocks(text, format)
  let previousEnd = 0
  for (const b of blocks) {
    assert.ok(b.start >= previousEnd, 'blocks overlap or are out of order')
    assert.ok(b.end > b.start && b.end <= text.length, 'block out of bounds or empty')
    previousEnd = b.end
  }
  return blocks.map((b) => text.slice(b.start, b.end))
}

describe('splitBlocks', () => {
  it('plaintext: paragraphs separated by blank lines (LF, CRLF, blank lines with spaces)', () => {
    const text = 'Premier paragraphe\nsuite.\r\n  \r\nSecond paragraphe.\n\n\n\nTroisième.'
    assert.deepEqual(blockTexts(text, 'plaintext'), ['Premier paragraphe\nsuite.', 'Second paragraphe.', 'Troisième.'])
  })

  it('markdown: a fence with blank lines and an info string is one block', () => {
    const text = 'Avant.\n\n```ts title="x"\nconst a = 1\n\nconst b = 2\n```\n\nAprès.'
    assert.deepEqual(blockTexts(text, 'markdown'), ['Avant.', '```ts title="x"\nconst a = 1\n\nconst b = 2\n```', 'Après.'])
  })

  it('markdown: tilde fences, longer closing fences, and an unclosed fence running to the end', () => {
    const text = '~~~~\na\n\n~~~\nstill code\n\n~~~~~\n\nProse.\n\n```\nopen\n\nforever'
    assert.deepEqual(blockTexts(text, 'markdown'), ['~~~~\na\n\n~~~\nstill code\n\n~~~~~', 'Prose.', '```\nopen\n\nforever'])
  })

  it('markdown: a fence inside a list item is not cut', () => {
    const text = '- item\n  ```\n  one\n\n  two\n  ```\n\nEnd.'
    assert.deepEqual(blockTexts(text, 'markdown'), ['- item\n  ```\n  one\n\n  two\n  ```', 'End.'])
  })

  it('markdown: front matter is its own block, even with blank lines inside', () => {
    const text = '---\ntitle: Bonjour\n\ndescription: Une page\n---\nTexte juste après.\n\nSuite.'
    assert.deepEqual(blockTexts(text, 'markdown'), ['---\ntitle: Bonjour\n\ndescription: Une page\n---', 'Texte juste après.', 'Suite.'])
  })

  it('markdown: a leading thematic break with no closing fence is not front matter', () => {
    const text = '---\n\nParagraphe.\n\nAutre.'
    assert.deepEqual(blockTexts(text, 'markdown'), ['---', 'Paragraphe.', 'Autre.'])
  })

  it('markdown: multi-line comments and raw HTML blocks stay whole', () => {
    const text = 'A.\n\n<!-- début\n\nfin -->\n\n<pre>\nx\n\ny\n</pre>\n\n<script>\n\n</script>\n\nB.'
    assert.deepEqual(blockTexts(text, 'markdown'), ['A.', '<!-- début\n\nfin -->', '<pre>\nx\n\ny\n</pre>', '<script>\n\n</script>', 'B.'])
  })

  it('markdown: an ATX heading line is its own block', () => {
    const text = 'Intro.\n# Titre\nTexte du titre.\n## Sous-titre'
    assert.deepEqual(blockTexts(text, 'markdown'), ['Intro.', '# Titre', 'Texte du titre.', '## Sous-titre'])
  })

  it('html: never cuts inside a tag, a comment, a raw element or an open list', () => {
    const text = '<p class="a\n\nb">Un\n\ndeux</p>\n\n<!-- x\n\ny -->\n\n<ul>\n<li>a</li>\n\n<li>b</li>\n</ul>\n\n<style>\n\n</style>\n\n<p>Fin.</p>'
    assert.deepEqual(blockTexts(text, 'html'), [
      '<p class="a\n\nb">Un\n\ndeux</p>',
      '<!-- x\n\ny -->',
      '<ul>\n<li>a</li>\n\n<li>b</li>\n</ul>',
      '<style>\n\n</style>',
      '<p>Fin.</p>'
    ])
  })

  for (const format of ['plaintext', 'markdown', 'html'] as const) {
    it(`${format}: a one-character edit in a paragraph changes only that block`, () => {
      const paragraphs = ['Le premier paragraphe parle de délais.', 'Le deuxième promet une réponse sous 24 h.', 'Le troisième conclut.']
      const wrap = (p: string): string => (format === 'html' ? `<p>${p}</p>` : p)
      const before = paragraphs.map(wrap).join('\n\n')
      const edited = paragraphs.map((p, i) => wrap(i === 1 ? p.replace('24', '48') : p)).join('\n\n')
      const a = blockTexts(before, format)
      const b = blockTexts(edited, format)
      assert.equal(a.length, 3)
      assert.equal(b.length, 3)
      assert.equal(a[0], b[0])
      assert.notEqual(a[1], b[1])
      assert.equal(a[2], b[2])
    })
  }

  it('handles empty and blank documents', () => {
    for (const format of ['plaintext', 'markdown', 'html'] as const) {
      assert.deepEqual(splitBlocks('', format), [])
      assert.deepEqual(splitBlocks('\n \n\r\n', format), [])
    }
  })
})
