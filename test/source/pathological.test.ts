import assert from 'node:assert/strict'
import fs from 'node:fs'
import path from 'node:path'
import {lint} from '../../src/core/index.ts'
import {blankMarkup, isPathological} from '../../src/core/source/markdown.ts'

/** Blocks remark reads in superlinear time (minutes for 100 KB) and then loses to a stack overflow. */
const shapes: Record<string, {text: string; claim: string}> = {
  'a line of 4,000 nested list items': {text: '- '.repeat(4000) + 'le client est roi', claim: 'le client est roi'},
  'a line of 5,000 nested block quotes': {text: '> '.repeat(5000) + 'Nous sommes à votre écoute.', claim: 'à votre écoute'},
  '16,000 unclosed links': {text: '[a]('.repeat(16000) + ' Le client est roi.', claim: 'Le client est roi'},
  '20 lines of 2,500 nested items': {text: Array.from({length: 20}, () => '* '.repeat(2500) + 'Notre équipe reste à votre écoute.').join('\n'), claim: 'à votre écoute'}
}

describe('markdown: blocks remark cannot read in reasonable time', () => {
  for (const [name, {text, claim}] of Object.entries(shapes)) {
    it(`${name}: read as plain text, the claim still found on its words`, () => {
      assert.ok(isPathological(text))
      const hollow = lint(text, {format: 'markdown', lang: 'fr'}).messages.filter((m) => m.ruleId === 'hollow-claim')
      assert.ok(hollow.length > 0, 'the claim is found')
      for (const m of hollow) assert.equal(text.slice(m.start.offset, m.end.offset), claim)
    })
  }

  it('blanking keeps every offset: same length, markers and markup turned into spaces', () => {
    const text = '> - 1. [**Le client**](url) est roi'
    const blank = blankMarkup(text)
    assert.equal(blank.length, text.length)
    assert.equal(blank.trim().replace(/\s+/g, ' '), 'Le client url est roi')
  })

  it('no real page is pathological: the examples, the fixtures and the seed essays', () => {
    const files = ['examples', 'test/fixtures'].flatMap((dir) => fs.readdirSync(dir, {recursive: true}).map((f) => path.join(dir, String(f))))
    const seeds = path.join('..', 'shared', 'seeds')
    if (fs.existsSync(seeds)) files.push(...fs.readdirSync(seeds).map((f) => path.join(seeds, f)))
    const pages = files.filter((f) => /\.(md|mdx|markdown)$/.test(f))
    assert.ok(pages.length >= 5)
    for (const page of pages) assert.equal(isPathological(fs.readFileSync(page, 'utf8')), false, page)
    // Deep but real: ten levels of lists and quotes, a paragraph of 300 links.
    assert.equal(isPathological(Array.from({length: 10}, (_, k) => '  '.repeat(k) + '- item').join('\n')), false)
    assert.equal(isPathological('[lien](https://exemple.fr) '.repeat(300)), false)
  })
})
