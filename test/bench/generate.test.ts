import assert from 'node:assert/strict'
import {sentenceKinds} from '../../bench/copy.ts'
import {formats, generate, langs, sizes} from '../../bench/generate.ts'

describe('bench input generator', () => {
  it('is deterministic for a given seed and varies with the seed', () => {
    const options = {lang: 'mixed', format: 'markdown', bytes: sizes['10kb']} as const
    assert.equal(generate(options).text, generate(options).text)
    assert.notEqual(generate({...options, seed: 2}).text, generate(options).text)
  })

  for (const size of ['10kb', '100kb'] as const) {
    for (const lang of langs) {
      for (const format of formats) {
        it(`writes ${lang} ${format} at ${size} within 5 %`, () => {
          const document = generate({lang, format, bytes: sizes[size]})
          assert.equal(document.bytes, Buffer.byteLength(document.text))
          assert.ok(Math.abs(document.bytes - sizes[size]) <= sizes[size] * 0.05, `${document.bytes} bytes for ${sizes[size]}`)
        })
      }
    }
  }

  it('reaches 1 MB within 5 %', () => {
    const document = generate({lang: 'fr', format: 'plaintext', bytes: sizes['1mb']})
    assert.ok(Math.abs(document.bytes - sizes['1mb']) <= sizes['1mb'] * 0.05)
  })

  it('holds sentences of every kind, and the claim shapes show in the text', () => {
    for (const lang of langs) {
      const document = generate({lang, format: 'markdown', bytes: sizes['100kb']})
      for (const kind of sentenceKinds) assert.ok(document.counts[kind] > 0, `${lang}: no ${kind} sentence`)
      if (lang !== 'en') {
        assert.match(document.text, /(?:Dire|slogan|formule|affichent) «[\u00a0\u202f ][^»]+[\u00a0\u202f ]»/, 'a French mention in quotes')
        assert.match(document.text, /satisfaction[^.\n]*priorité|client est roi|cœur|coeur/i, 'a French claim')
        assert.match(document.text, /sous \d+[\u00a0 ]h|\d+[\u00a0 ]jours|de 8 h à 20 h/, 'a French commitment')
        assert.match(document.text, /dans les meilleurs délais|au plus vite|rapidement/, 'a French vague promise')
      }
      if (lang !== 'fr') {
        assert.match(document.text, /customers? first|customer-centric|top priority|customer is king/i, 'an English claim')
        assert.match(document.text, /(?:Saying|slogan|phrase|motto|Writing) ["“][^"”]+["”]/, 'an English mention in quotes')
        assert.match(document.text, /within \d+ hours|\d+ days/, 'an English commitment')
      }
    }
  })

  it('marks only prose as prose, and builds Markdown and plaintext structures', () => {
    for (const format of formats) {
      const document = generate({lang: 'mixed', format, bytes: sizes['100kb']})
      assert.ok(document.prose.length > 100)
      for (const [start, end] of document.prose) {
        const slice = document.text.slice(start, end)
        assert.ok(end > start && !slice.includes('\n\n'), `prose range ${start}-${end}`)
        assert.doesNotMatch(slice, /^(?:#|\||```|- |• |\d+\. |> )/, `prose range starts with markup: ${slice.slice(0, 20)}`)
      }
      if (format === 'markdown') {
        assert.match(document.text, /^---\ntitle: /)
        assert.match(document.text, /\n\| --- \| --- \| --- \|\n/)
        assert.match(document.text, /\n```(?:yaml|json|text)\n/)
        assert.match(document.text, /\n## /)
      } else {
        assert.doesNotMatch(document.text, /```|\n#|\n\| /)
        assert.match(document.text, /\n[^\t\n]+\t[^\t\n]+\t/)
      }
    }
  })
})
