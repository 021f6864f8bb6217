import {strict as assert} from 'node:assert'
import {readFileSync} from 'node:fs'
import {withRulesTable} from '../../scripts/docs.ts'
import {ruleIds} from '../../src/core/rules/index.ts'

describe('generated docs', () => {
  it('the README rules table matches the rule registry (run `npm run docs`)', () => {
    const readme = readFileSync('README.md', 'utf8')
    assert.equal(withRulesTable(readme), readme)
  })

  it('every rule has a documentation page', () => {
    for (const id of ruleIds) assert.ok(readFileSync(`docs/rules/${id}.md`, 'utf8').includes(id), id)
  })
})
