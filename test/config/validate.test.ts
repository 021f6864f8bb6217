import assert from 'node:assert/strict'
import {MAX_PHRASE_LENGTH, validateConfig} from '../../src/core/config.ts'

const FILE = '/project/.promesserc.json'

function fields(raw: unknown) {
  return validateConfig(raw, FILE).errors.map((e) => e.field)
}

describe('validateConfig', () => {
  it('keeps a fully valid configuration as it is, with no errors', () => {
    const raw = {
      language: 'fr',
      languages: ['fr', 'en'],
      rules: {'hollow-claim': 'error', 'vague-promise': 'off', 'unverifiable-superlative': 'info'},
      allow: ['au plus près de vos besoins'],
      claims: {fr: ['votre bonheur nous anime'], en: ['your happiness drives us']},
      commitments: {en: ['next-day callback']},
      rewrites: {fr: ['Nous répondons sous ${1:48} h.']}
    }
    const {config, errors} = validateConfig(raw, FILE)
    assert.deepEqual(errors, [])
    assert.deepEqual(config, raw)
  })

  it('treats a missing or empty file (null, undefined, {}) as all defaults', () => {
    for (const raw of [undefined, null, {}]) assert.deepEqual(validateConfig(raw, FILE), {config: {}, errors: []})
  })

  it('accepts a $schema key and leaves it out of the config', () => {
    const {config, errors} = validateConfig({$schema: './schema.json', language: 'en'}, FILE)
    assert.deepEqual(errors, [])
    assert.deepEqual(config, {language: 'en'})
  })

  it('reports a bad severity with file, field and the allowed values, and keeps the valid rules', () => {
    const {config, errors} = validateConfig({rules: {'hollow-claim': 'warn', 'vague-promise': 'error'}}, FILE)
    assert.deepEqual(errors, [
      {file: FILE, field: 'rules.hollow-claim', reason: 'expected one of off, info, warning, error, got "warn"'}
    ])
    assert.deepEqual(config.rules, {'vague-promise': 'error'})
  })

  it('reports an unknown rule id and lists the known ones', () => {
    const [error] = validateConfig({rules: {'customer-first': 'error'}}, FILE).errors
    assert.equal(error?.field, 'rules.customer-first')
    assert.match(error!.reason, /unknown rule.*hollow-claim, vague-promise, unverifiable-superlative/)
  })

  it('reports unknown top-level keys', () => {
    const {config, errors} = validateConfig({language: 'en', severity: 'high'}, FILE)
    assert.deepEqual(errors.map((e) => [e.field, /unknown setting/.test(e.reason)]), [['severity', true]])
    assert.deepEqual(config, {language: 'en'})
  })

  it('reports a bad language and falls back to the default', () => {
    const {config, errors} = validateConfig({language: 'de'}, FILE)
    assert.deepEqual(errors, [{file: FILE, field: 'language', reason: 'expected one of fr, en, auto, got "de"'}])
    assert.equal(config.language, undefined)
  })

  it('reports each bad item of `languages` by index, and empty or repeated lists', () => {
    assert.deepEqual(fields({languages: ['fr', 'es', 'fr']}), ['languages[1]', 'languages[2]'])
    assert.deepEqual(validateConfig({languages: ['fr', 'es']}, FILE).config.languages, ['fr'])
    assert.deepEqual(fields({languages: []}), ['languages'])
    assert.deepEqual(fields({languages: 'fr'}), ['languages'])
  })

  it('reports allow phrases that are not text, empty, blank or too long, by index, and keeps the rest', () => {
    const long = 'x'.repeat(MAX_PHRASE_LENGTH + 1)
    const {config, errors} = validateConfig({allow: ['proche de vous', 7, '', '  ', long, 'service de proximité']}, FILE)
    assert.deepEqual(errors.map((e) => e.field), ['allow[1]', 'allow[2]', 'allow[3]', 'allow[4]'])
    assert.match(errors[0]!.reason, /got 7/)
    assert.match(errors[1]!.reason, /empty/)
    assert.match(errors[3]!.reason, /201 characters long; at most 200/)
    assert.deepEqual(config.allow, ['proche de vous', 'service de proximité'])
  })

  it('counts characters, not UTF-16 units, against the phrase limit', () => {
    const emoji = '🙂'.repeat(MAX_PHRASE_LENGTH)
    assert.deepEqual(validateConfig({allow: [emoji]}, FILE).errors, [])
  })

  it('takes regex-looking phrases as literal text, never compiling them', () => {
    const {config, errors} = validateConfig({claims: {en: ['(a+)+$ customer [first]']}}, FILE)
    assert.deepEqual(errors, [])
    assert.deepEqual(config.claims, {en: ['(a+)+$ customer [first]']})
  })

  it('reports per-language lists that are not lists, and unknown languages', () => {
    const {config, errors} = validateConfig({claims: {fr: 'pas une liste', es: ['hola'], en: ['customer love']}, commitments: ['x']}, FILE)
    assert.deepEqual(errors.map((e) => e.field), ['claims.fr', 'claims.es', 'commitments'])
    assert.deepEqual(config.claims, {en: ['customer love']})
    assert.equal(config.commitments, undefined)
  })

  it('allows longer rewrite templates than phrases, within their own limit', () => {
    assert.deepEqual(fields({rewrites: {en: ['y'.repeat(300)]}}), [])
    assert.deepEqual(fields({rewrites: {en: ['y'.repeat(501)]}}), ['rewrites.en[0]'])
  })

  it('reports a root that is not an object', () => {
    for (const raw of [[1, 2], 'rules', 3]) {
      const {config, errors} = validateConfig(raw, FILE)
      assert.deepEqual(config, {})
      assert.equal(errors[0]?.field, '(root)')
    }
  })

  it('reports every error of a badly broken config at once, each with the file', () => {
    const errors = validateConfig({language: 1, rules: [], allow: {}, claims: null, extra: true}, FILE).errors
    assert.deepEqual(errors.map((e) => e.field).sort(), ['allow', 'claims', 'extra', 'language', 'rules'])
    assert.ok(errors.every((e) => e.file === FILE))
  })

  it('omits the file when none is given (options passed in code)', () => {
    assert.deepEqual(validateConfig({language: 'xx'}).errors, [{field: 'language', reason: 'expected one of fr, en, auto, got "xx"'}])
  })
})
