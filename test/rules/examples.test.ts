import assert from 'node:assert/strict'
import {RULE_EXAMPLES} from '../../src/core/rules/examples.generated.ts'
import {analyzeSentence} from '../../src/core/detect/index.ts'
import type {Lang} from '../../src/core/types.ts'

/** A finding of `rule` that a single-sentence document would report (not a mention, not backed). */
function reported(sentence: string, lang: Lang, rule: string): boolean {
  const a = analyzeSentence(sentence, lang)
  return !a.mention && a.commitments.length === 0 && a.findings.some((f) => f.ruleId === rule)
}

describe('rule examples (rules/<lang>/*.yaml)', () => {
  for (const lang of ['fr', 'en'] as const) {
    for (const set of RULE_EXAMPLES[lang]) {
      describe(set.file, () => {
        for (const sentence of set.flag) {
          it(`flags ${set.rule}: ${sentence}`, () => {
            assert.ok(reported(sentence, lang, set.rule), JSON.stringify(analyzeSentence(sentence, lang)))
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
