import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {checkContract, generate, rewriteList} from '../../scripts/build-rules.ts'
import {OPTIONAL_CLASSES, REQUIRED_CLASSES, REQUIRED_FAMILIES} from '../../src/core/detect/contract.ts'
import {readdirSync} from 'node:fs'
import {ruleMeta, ruleIds} from '../../src/core/rules/index.ts'
import {RULE_DATA} from '../../src/core/rules/data.generated.ts'

describe('generated rule data', () => {
  it('matches the YAML in rules/ (run `npm run build:rules` after editing it)', () => {
    const files = Object.entries(generate())
    assert.equal(files.length, 2)
    for (const [path, contents] of files) assert.equal(readFileSync(path, 'utf8'), contents, path)
  })

  it('registers the five rules with documentation URLs that exist, in English and in French', () => {
    assert.deepEqual([...ruleIds].sort(), ['conflicting-commitment', 'hollow-claim', 'undercut-commitment', 'unverifiable-superlative', 'vague-promise'])
    for (const id of ruleIds) {
      const meta = ruleMeta[id]
      assert.equal(meta.url, `https://github.com/promesse-lint/promesse/blob/main/docs/rules/${id}.md`)
      assert.ok(readFileSync(new URL(`../../docs/rules/${id}.md`, import.meta.url), 'utf8').includes(id))
      assert.ok(meta.title.fr && meta.title.en && meta.description.fr && meta.description.en)
    }
  })

  it('gives every claim family two or three rewrites with a snippet placeholder in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const family of RULE_DATA.langs[lang].claim.families) {
        assert.ok(family.rewrites.length >= 2, `${lang} ${family.id}`)
        assert.ok(family.rewrites.some((r) => /\$\{1:[^}]+\}/.test(r)), `${lang} ${family.id}`)
      }
    }
  })

  it('refuses a rewrite that is a phrase where only a sentence can land, naming file and field', () => {
    const file = 'fr/hollow-claim.yaml'
    assert.throws(() => rewriteList(['Notre équipe, joignable ${1:8 h–20 h},', 'Nous répondons sous ${1:24} h.'], file, 'families[3].rewrites'), /fr\/hollow-claim\.yaml: families\[3\]\.rewrites\[0\]: must be a whole sentence/)
    assert.throws(() => rewriteList(['sous ${1:48} h'], file, 'rewrites', {phrases: true}), /at least one whole-sentence rewrite/)
    assert.deepEqual(rewriteList(['sous ${1:48} h', 'Réponse sous ${1:24} h.'], file, 'rewrites', {phrases: true}), ['sous ${1:48} h', 'Réponse sous ${1:24} h.'])
  })

  it('the classes the detector reads by name are exactly those its contract declares', () => {
    const read = new Set<string>()
    for (const name of readdirSync('src/core/detect')) {
      for (const m of readFileSync(`src/core/detect/${name}`, 'utf8').matchAll(/classes\.get\('([A-Za-z0-9]+)'\)/g)) read.add(m[1]!)
    }
    const declared = new Set<string>([...REQUIRED_CLASSES, ...OPTIONAL_CLASSES])
    assert.deepEqual([...read].filter((n) => !declared.has(n)), [], 'read in detect/ but not declared in contract.ts')
  })

  it('refuses a lexicon that lacks a class the code reads, or a value class naming no family', () => {
    const classes = Object.fromEntries(REQUIRED_CLASSES.map((n) => [n, ['x']]))
    const families = ['care', ...REQUIRED_FAMILIES]
    assert.doesNotThrow(() => checkContract('fr', classes, families))
    const {owner: _, ...withoutOwner} = classes
    assert.throws(() => checkContract('fr', withoutOwner, families), /fr\/lexicon\.yaml: classes\.owner: is required/)
    assert.throws(() => checkContract('fr', {...classes, valueCaer: ['x']}, families), /classes\.valueCaer: names the claim family "caer"/)
    assert.throws(() => checkContract('fr', classes, ['care', 'custom', 'excellence', 'hedge']), /fr\/hollow-claim\.yaml: families: missing family "responsiveness"/)
  })

  it('the families the detector names in code are exactly those its contract declares', () => {
    const named = new Set<string>()
    for (const name of readdirSync('src/core', {recursive: true}) as string[]) {
      if (!name.endsWith('.ts') || name.includes('generated')) continue
      const code = readFileSync(`src/core/${name}`, 'utf8')
      for (const m of code.matchAll(/family [!=]== '([a-z]+)'|f\.id === '([a-z]+)'|'(?:hollow-claim|vague-promise|unverifiable-superlative)', '([a-z]+)', '[a-z-]+'/g)) named.add((m[1] ?? m[2] ?? m[3])!)
    }
    assert.deepEqual([...named].sort(), [...REQUIRED_FAMILIES].sort())
  })
})
