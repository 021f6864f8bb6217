import assert from 'node:assert/strict'
import {parseBlock} from '../../src/core/source/index.ts'

describe('directives', () => {
  it('markdown: disable / enable / disable-next-line with and without rules', () => {
    const text = '<!-- promesse-disable -->\n<!-- promesse-disable hollow-claim vague-promise -->\n<!-- promesse-enable hollow-claim -->\n<!--promesse-disable-next-line unverifiable-superlative-->\nTexte <!-- promesse-disable-next-line --> inline.'
    const {directives} = parseBlock(text, 'markdown')
    assert.deepEqual(directives.map((d) => [d.kind, d.rules]), [
      ['disable', []],
      ['disable', ['hollow-claim', 'vague-promise']],
      ['enable', ['hollow-claim']],
      ['disable-next-line', ['unverifiable-superlative']],
      ['disable-next-line', []]
    ])
    for (const d of directives) {
      assert.ok(text.slice(d.offset, d.end).startsWith('<!--'))
      assert.ok(text.slice(d.offset, d.end).endsWith('-->'))
    }
  })

  it('markdown: comments in code are not directives; other comments are ignored', () => {
    const text = '```\n<!-- promesse-disable -->\n```\n\n`<!-- promesse-disable -->` <!-- note --> <!-- promesse-disabled -->'
    assert.deepEqual(parseBlock(text, 'markdown').directives, [])
  })

  it('html: comments anywhere in the fragment', () => {
    const text = '<p>Un <!-- promesse-disable-next-line vague-promise --> deux</p>\n<!-- promesse-enable -->'
    const {directives} = parseBlock(text, 'html')
    assert.deepEqual(directives.map((d) => [d.kind, d.rules, text.slice(d.offset, d.end)]), [
      ['disable-next-line', ['vague-promise'], '<!-- promesse-disable-next-line vague-promise -->'],
      ['enable', [], '<!-- promesse-enable -->']
    ])
  })
})
