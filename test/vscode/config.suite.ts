/** The shared config file: honoured, and an invalid one reported once while linting goes on. */
import * as assert from 'node:assert/strict'
import * as fs from 'node:fs'
import * as path from 'node:path'
import {hollow} from './diagnostics.suite.ts'
import {api, closeAll, folder, scratch, show, waitFor} from './helpers.ts'

suite('config file', () => {
  suiteSetup(api)
  teardown(closeAll)

  test('an invalid field is reported with its file and field, and linting goes on with defaults', async () => {
    const dir = path.join(folder, `invalid-${Date.now()}`)
    fs.mkdirSync(dir)
    fs.writeFileSync(path.join(dir, '.promesserc.json'), JSON.stringify({rules: {'hollow-claim': 'loud'}}))
    const uri = scratch(`${hollow}\n`, 'md', dir)
    await show(uri)
    await waitFor(uri, (d) => d.length === 1, 'still flagged with the default severity')
    const {configErrors} = await api()
    const errors = configErrors.filter((e) => e.file?.includes(path.basename(dir)))
    assert.equal(errors.length, 1, JSON.stringify(configErrors))
    assert.equal(errors[0].field, 'rules.hollow-claim')
    assert.match(errors[0].file!, /\.promesserc\.json$/)
  })

  test('a config file in a parent folder is honoured (rule set to info)', async () => {
    const dir = path.join(folder, `info-${Date.now()}`)
    fs.mkdirSync(path.join(dir, 'chapitre'), {recursive: true})
    fs.writeFileSync(path.join(dir, '.promesserc.yaml'), 'rules:\n  hollow-claim: info\n')
    const uri = scratch(`${hollow}\n`, 'md', path.join(dir, 'chapitre'))
    await show(uri)
    const [diagnostic] = await waitFor(uri, (d) => d.length === 1, 'flagged')
    assert.equal(diagnostic.severity, 2 /* Information */)
  })
})
