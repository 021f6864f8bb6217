import assert from 'node:assert/strict'
import {cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {spawnSync} from 'node:child_process'
import {loadRuleData, MESSAGE_KEYS, REGISTER_KINDS, RULE_IDS, rulesDir, RuleDataError} from '../../scripts/build-rules.ts'
import {patternFields} from '../../scripts/rule-source.ts'
import {COMMITMENT_KINDS} from '../../src/core/detect/compile.ts'

/** A copy of `rules/` in a temporary folder, to break one file of. */
function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'promesse-rules-'))
  cpSync(rulesDir, dir, {recursive: true})
  return dir
}

/** Replaces the first match of `find` in `file` (under `dir`) and returns its line (1-based). */
function breakFile(dir: string, file: string, find: string, replace: string): number {
  const path = join(dir, file)
  const text = readFileSync(path, 'utf8')
  const at = text.indexOf(find)
  assert.ok(at >= 0, `${find} not in ${file}`)
  writeFileSync(path, text.slice(0, at) + replace + text.slice(at + find.length))
  return text.slice(0, at).split('\n').length
}

/** The refusal of the broken copy. */
function refusal(dir: string): RuleDataError {
  try {
    loadRuleData(dir)
  } catch (error) {
    if (error instanceof RuleDataError) return error
    throw error
  }
  assert.fail('the broken rule data was accepted')
}

describe('rule data validation (file, line and reason)', function () {
  this.timeout(60_000)
  let dir: string
  beforeEach(() => (dir = copyRules()))
  afterEach(() => rmSync(dir, {recursive: true, force: true}))

  it('accepts the project data as it is', () => {
    assert.doesNotThrow(() => loadRuleData(dir))
  })

  it('refuses a misspelt class in a pattern, on the pattern line, and suggests the class', () => {
    const line = breakFile(dir, 'fr/hollow-claim.yaml', '(le|les) @cust (d', '(le|les) @cutst (d')
    const e = refusal(dir)
    assert.equal(e.file, 'fr/hollow-claim.yaml')
    assert.equal(e.line, line)
    assert.match(e.message, /^fr\/hollow-claim\.yaml:\d+: families\[\d+\]\.standalone\[\d+\]: unknown class @cutst \(not in fr\/lexicon\.yaml\) \(did you mean "cust"\?\)/)
  })

  it('refuses a value class that names no family, on its line', () => {
    const line = breakFile(dir, 'en/lexicon.yaml', '  valueCare:', '  valueCaer:')
    const e = refusal(dir)
    assert.equal(e.message.split(': ')[0], `en/lexicon.yaml:${line}`)
    assert.match(e.message, /classes\.valueCaer: names the claim family "caer", which en\/hollow-claim\.yaml does not define \(did you mean "care"\?\)/)
  })

  it('refuses data that lacks a family the code assigns by name', () => {
    breakFile(dir, 'en/hollow-claim.yaml', '- id: responsiveness', '- id: responsivness')
    const e = refusal(dir)
    assert.match(e.message, /^en\/hollow-claim\.yaml:\d+: families: missing family "responsiveness": the detector assigns it by name/)
    assert.equal(readFileSync(join(dir, 'en/hollow-claim.yaml'), 'utf8').split('\n')[e.line! - 1], 'families:')
  })

  it('refuses a lexicon that lacks a class the code reads', () => {
    breakFile(dir, 'en/lexicon.yaml', '  neg: [', '  negg: [')
    assert.match(refusal(dir).message, /^en\/lexicon\.yaml:\d+: classes\.neg: is required: the detector reads this class/)
  })

  it('refuses a misspelt field, on its line (JSON Schema)', () => {
    const line = breakFile(dir, 'fr/hollow-claim.yaml', '    backedBy:', '    backedby:')
    const e = refusal(dir)
    assert.equal(e.line, line)
    assert.match(e.message, /^fr\/hollow-claim\.yaml:\d+: families\[0\]\.backedby: unknown key/)
  })

  it('refuses an unknown commitment kind, and a misspelt top-level key with a suggestion (JSON Schema)', () => {
    const line = breakFile(dir, 'en/commitments.yaml', '\n  guarantee:', '\n  guarantees:')
    let e = refusal(dir)
    assert.equal(e.message, `en/commitments.yaml:${line + 1}: patterns.guarantees: is not a name this mapping accepts: must be one of ${COMMITMENT_KINDS.join(', ')}`)
    rmSync(dir, {recursive: true, force: true})
    dir = copyRules()
    const at = breakFile(dir, 'fr/vague-promise.yaml', '\nnote:', '\nnotes:')
    e = refusal(dir)
    assert.equal(e.line, at + 1)
    assert.match(e.message, /fr\/vague-promise\.yaml:\d+: notes: unknown key \(did you mean "note"\?\)/)
  })

  it('refuses invalid YAML with its line', () => {
    const line = breakFile(dir, 'en/mentions.yaml', 'signals:', 'signals: [')
    const e = refusal(dir)
    assert.equal(e.file, 'en/mentions.yaml')
    assert.ok(e.line !== undefined && e.line >= line, `${e.message}`)
    assert.match(e.message, /invalid YAML/)
  })

  it('makes `npm run build:rules` fail with file, line and reason', () => {
    const line = breakFile(dir, 'fr/hollow-claim.yaml', '(le|les) @cust (d', '(le|les) @cutst (d')
    const run = spawnSync('npm', ['run', '--silent', 'build:rules', '--', '--rules', dir], {encoding: 'utf8'})
    assert.equal(run.status, 2, run.stderr)
    assert.match(run.stderr, new RegExp(`rule data error: fr/hollow-claim\\.yaml:${line}: families\\[\\d+\\]\\.standalone\\[\\d+\\]: unknown class @cutst`))
  })

  it('schemas name the rule ids, commitment kinds, register kinds and messages of the code, and mark every pattern field the compiler reads', () => {
    const schema = (kind: string) => JSON.parse(readFileSync(join(rulesDir, `schema/${kind}.schema.json`), 'utf8'))
    const common = schema('common')
    assert.deepEqual(common.$defs.commitmentKind.enum, [...COMMITMENT_KINDS])
    assert.deepEqual(common.$defs.rule.enum, RULE_IDS)
    const register = schema('register')
    assert.deepEqual(register.properties.subjects.items.properties.kind.enum, REGISTER_KINDS)
    assert.deepEqual(register.properties.messages.required, MESSAGE_KEYS)
    assert.deepEqual(patternFields(rulesDir, 'hollow-claim').map((f) => f.join('.')), [
      'families.*.standalone.*', 'families.*.withSpeaker.*', 'families.*.fragment.*', 'speakers.*', 'orgSubjects.*', 'blockers.*'
    ])
    assert.deepEqual(patternFields(rulesDir, 'mentions').map((f) => f.join('.')), ['signals.*.*', 'introducers.*', 'aboutPrevious.*', 'questionHooks.*'])
    assert.deepEqual(patternFields(rulesDir, 'commitments').map((f) => f.join('.')), ['patterns.*.*'])
    assert.deepEqual(patternFields(rulesDir, 'disclaimers').map((f) => f.join('.')), ['disclaimers.*.patterns.*'])
    assert.deepEqual(patternFields(rulesDir, 'vague-promise').map((f) => f.join('.')), ['firstPerson.*', 'hedges.*', 'adverbials.*', 'requests.*'])
    assert.deepEqual(patternFields(rulesDir, 'unverifiable-superlative').map((f) => f.join('.')), ['patterns.*'])
  })

  it('editing the YAML in VS Code gets each file its schema', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8'))['yaml.schemas'] as Record<string, string[]>
    for (const kind of ['lexicon', 'hollow-claim', 'vague-promise', 'unverifiable-superlative', 'commitments', 'mentions', 'register', 'disclaimers']) {
      assert.deepEqual(settings[`./rules/schema/${kind}.schema.json`], [`rules/*/${kind}.yaml`])
    }
  })
})
