import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {Ajv} from 'ajv'
import {RULE_IDS, validateConfig} from '../../src/core/config.ts'

const schema = JSON.parse(readFileSync(new URL('../../schema/promesserc.schema.json', import.meta.url), 'utf8'))

const VALID: unknown[] = [
  {},
  {$schema: './node_modules/promesse/schema/promesserc.schema.json'},
  {language: 'auto', languages: ['en']},
  {rules: {'hollow-claim': 'off', 'vague-promise': 'info', 'unverifiable-superlative': 'error'}},
  {allow: ['toujours à vos côtés', 'x'.repeat(200)]},
  {claims: {fr: ['le confort de nos clients avant tout']}, commitments: {en: ['refund within 14 days']}},
  {rewrites: {en: ['We reply within ${1:2} business days.'], fr: []}},
  {allow: []}
]

const INVALID: unknown[] = [
  [],
  'fr',
  {language: 'de'},
  {language: null},
  {languages: []},
  {languages: ['fr', 'fr']},
  {languages: ['it']},
  {rules: {'hollow-claim': 'warn'}},
  {rules: {'made-up-rule': 'error'}},
  {rules: ['hollow-claim']},
  {allow: 'customer first'},
  {allow: ['']},
  {allow: ['   ']},
  {allow: ['x'.repeat(201)]},
  {allow: [null]},
  {claims: {de: ['kunde zuerst']}},
  {claims: {fr: 'pas une liste'}},
  {commitments: {en: [42]}},
  {rewrites: {fr: ['z'.repeat(501)]}},
  {extra: true},
  {$schema: 7}
]

describe('schema/promesserc.schema.json', () => {
  const ajv = new Ajv({allErrors: true, strict: true})
  const check = ajv.compile(schema)

  it('is a valid draft-07 schema that compiles in strict mode', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#')
    assert.equal(typeof check, 'function')
  })

  it('accepts every configuration the validator accepts', () => {
    for (const raw of VALID) {
      assert.deepEqual(validateConfig(raw).errors, [], `validator rejects ${JSON.stringify(raw)}`)
      assert.ok(check(raw), `schema rejects ${JSON.stringify(raw)}: ${ajv.errorsText(check.errors)}`)
    }
  })

  it('rejects every configuration the validator rejects', () => {
    for (const raw of INVALID) {
      assert.notDeepEqual(validateConfig(raw).errors, [], `validator accepts ${JSON.stringify(raw)}`)
      assert.equal(check(raw), false, `schema accepts ${JSON.stringify(raw)}`)
    }
  })

  it('documents every top-level setting in English', () => {
    for (const [key, property] of Object.entries<{description?: string}>(schema.properties)) {
      assert.ok(property.description && property.description.length > 10, `${key} has no description`)
    }
  })

  it('names exactly the rules the validator knows', () => {
    const known = Object.keys(schema.properties.rules.properties).sort()
    assert.deepEqual(known, [...RULE_IDS].sort())
    for (const id of known) assert.deepEqual(validateConfig({rules: {[id]: 'off'}}).errors, [])
    assert.deepEqual(validateConfig({rules: Object.fromEntries(known.map((id) => [id, 'off']))}).config.rules, Object.fromEntries(known.map((id) => [id, 'off'])))
  })
})
