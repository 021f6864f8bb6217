import assert from 'node:assert/strict'
import fc from 'fast-check'
import picomatch from 'picomatch'
import {formatOf, isDataFile, validateConfig} from '../../src/core/index.ts'
import {globTest} from '../../src/core/formats.ts'

describe('file formats and data files', () => {
  it('maps file names to formats, without case', () => {
    const cases: Array<[string, string]> = [
      ['a.md', 'markdown'], ['a.MDX', 'mdx'], ['locales/fr.json', 'json'], ['_data/team.yml', 'yaml'], ['x.yaml', 'yaml'],
      ['fr.po', 'po'], ['site.pot', 'po'], ['messages.fr.xlf', 'xliff'], ['a.xliff', 'xliff'], ['a.htm', 'html'], ['notes', 'plaintext']
    ]
    for (const [name, format] of cases) assert.equal(formatOf(name), format, name)
  })

  it('reads JSON and YAML only where copy lives, by default and by the config', () => {
    assert.equal(isDataFile('locales/fr.json'), true)
    assert.equal(isDataFile('src/_data/team.yml'), true)
    assert.equal(isDataFile('config/locales/fr.yml'), true)
    assert.equal(isDataFile('package.json'), false)
    assert.equal(isDataFile('tsconfig.json'), false)
    assert.equal(isDataFile('.github/workflows/ci.yml'), false)
    const globs = ['content/**/*.json', '!content/private/**']
    assert.equal(isDataFile('content/pages/about.json', globs), true)
    assert.equal(isDataFile('content/private/keys.json', globs), false)
    assert.equal(isDataFile('locales/fr.json', globs), false)
  })

  it('refuses globs outside the grammar, with the field named', () => {
    const {config, errors} = validateConfig({dataFiles: ['locales/**', '[a-z]/*.json', '*a*a*a*a*a*a*a*a*a*a*a.json']}, '.promesserc.json')
    assert.equal(config.dataFiles, undefined)
    assert.equal(errors.length, 1)
    assert.equal(errors[0]!.field, 'dataFiles[1]')
    assert.equal(validateConfig({dataFiles: ['*a*a*a*a*a*a*a*a*a*a*a.json']}).errors[0]?.field, 'dataFiles[0]')
    assert.deepEqual(validateConfig({dataFiles: ['locales/**', '!**/draft/**', 'données/*.{yml,json}']}).errors, [])
  })

  it('matches globs as picomatch does (differential, on generated globs and paths)', () => {
    const segment = fc.constantFrom('locales', 'fr', 'en', 'data', '_data', 'a', 'b.json', 'fr.yml', '.hidden', 'team.yml', 'x-y', 'Données')
    const path = fc.array(segment, {minLength: 1, maxLength: 5}).map((parts) => parts.join('/'))
    const piece = fc.oneof(
      segment,
      fc.constantFrom('*', '**', '*.json', '*.{yml,json}', '?r', 'fr*', '{fr,en}', 'a?', '*a*')
    )
    // Left out: a trailing `/**` after a folder with wildcards (`fr*/**`, `*.{yml,json}/**`), where
    // picomatch itself answers differently for the same single-folder path; ours needs a `/` there.
    const glob = fc.array(piece, {minLength: 1, maxLength: 4}).map((parts) => parts.join('/')).filter((g) => !/[*?][^/]*\/\*\*$/.test(g))
    fc.assert(
      fc.property(glob, fc.array(path, {minLength: 1, maxLength: 8}), (g, paths) => {
        const ours = globTest(g)
        const theirs = picomatch(g, {dot: true, nocase: true})
        for (const p of paths) assert.equal(ours(p), theirs(p), `${g} on ${p}`)
      }),
      {numRuns: 1000}
    )
  })
})
