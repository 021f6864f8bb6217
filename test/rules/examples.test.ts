import assert from 'node:assert/strict'
import {RULE_EXAMPLES} from '../../src/core/rules/examples.generated.ts'
import {analyzeSentence, rulesFor} from '../../src/core/detect/index.ts'
import {ALL_KINDS, kindBit} from '../../src/core/detect/compile.ts'
import type {Lang} from '../../src/core/types.ts'
import {lint} from '../../src/core/index.ts'

/** Rules about a whole document (two places that disagree): their examples are linted as documents. */
const DOCUMENT_RULES = new Set(['conflicting-commitment', 'undercut-commitment'])

/**
 * A finding of `rule` that a single-sentence document would report: not a mention, and no
 * commitment of a kind that keeps its family's promise (a free quote backs no satisfaction claim).
 */
function reported(sentence: string, lang: Lang, rule: string): boolean {
  if (DOCUMENT_RULES.has(rule)) return lint(sentence, {lang}).messages.some((m) => m.ruleId === rule)
  const a = analyzeSentence(sentence, lang)
  if (a.mention) return false
  const kinds = a.commitments.reduce((mask, c) => mask | kindBit(c.kind), 0)
  const backedBy = rulesFor(lang).backedBy
  const backed = a.findings.some((f) => (kinds & (backedBy.get(f.family) ?? ALL_KINDS)) !== 0)
  return !backed && a.findings.some((f) => f.ruleId === rule)
}

describe('rule examples (rules/<lang>/*.yaml)', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const set of RULE_EXAMPLES[lang]) {
      if (set.commitmentKind) {
        const kind = set.commitmentKind
        const kinds = (sentence: string) => analyzeSentence(sentence, lang).commitments.map((c) => c.kind)
        describe(`${set.file}: kind ${kind}`, () => {
          for (const sentence of set.flag) it(`finds ${kind}: ${sentence}`, () => assert.ok(kinds(sentence).includes(kind), kinds(sentence).join(', ')))
          for (const sentence of set.pass) it(`finds no ${kind}: ${sentence}`, () => assert.ok(!kinds(sentence).includes(kind), kinds(sentence).join(', ')))
        })
        continue
      }
      describe(set.file, () => {
        for (const sentence of set.flag) {
          it(`flags ${set.rule}${set.family ? ` (${set.family})` : ''}: ${sentence}`, () => {
            assert.ok(reported(sentence, lang, set.rule), JSON.stringify(analyzeSentence(sentence, lang)))
            // A family's own examples: found as that family (it decides the message and rewrites), and
            // reported by lint() on a one-sentence document too.
            if (set.family) {
              const families = analyzeSentence(sentence, lang).findings.map((f) => f.family)
              assert.ok(families.includes(set.family), `${set.family} not among ${families.join(', ')}`)
              assert.ok(lint(sentence, {lang}).messages.some((m) => m.ruleId === set.rule), 'lint() reports it')
            }
          })
        }
        for (const sentence of set.pass) {
          it(`passes: ${sentence}`, () => {
            assert.ok(!reported(sentence, lang, set.rule), JSON.stringify(analyzeSentence(sentence, lang)))
          })
        }
      })
    }
  }
})
