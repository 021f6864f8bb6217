import {strict as assert} from 'node:assert'
import {readFileSync} from 'node:fs'
import {withRulesTable} from '../../scripts/docs.ts'
import {ruleIds, ruleMeta} from '../../src/core/rules/index.ts'

describe('generated docs', () => {
  it('the README rules table matches the rule registry (run `npm run docs`)', () => {
    const readme = readFileSync('README.md', 'utf8')
    assert.equal(withRulesTable(readme), readme)
  })

  it('every rule has a documentation page, in English and in French, shipped with the extension', () => {
    for (const id of ruleIds) {
      assert.ok(readFileSync(`docs/rules/${id}.md`, 'utf8').includes(id), id)
      const fr = readFileSync(`docs/rules/fr/${id}.md`, 'utf8')
      assert.ok(fr.includes(`(\`${id}\`)`) && fr.includes(ruleMeta[id].title.fr), `fr/${id}`)
    }
    assert.match(readFileSync('.vscodeignore', 'utf8'), /^!docs\/rules\/\*\*$/m)
  })
})
