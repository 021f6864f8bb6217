import assert from 'node:assert/strict'
import {describe as describeFinding} from '../../src/core/report/describe.ts'
import {RULE_DATA} from '../../src/core/rules/data.generated.ts'
import {isSentenceRewrite} from '../../src/core/report/snippet.ts'
import {FALLBACK_FAMILY} from '../../src/core/detect/contract.ts'
import type {Finding} from '../../src/core/detect/index.ts'

describe('describe: the words of a finding', () => {
  const claim = (family: string, missing: string): Finding => ({ruleId: 'hollow-claim', family, missing, start: 0, end: 14, actual: 'à votre écoute'})

  it('describes a family the data does not define as the fallback family, with whole-sentence rewrites', () => {
    for (const lang of ['fr', 'en'] as const) {
      const fallback = RULE_DATA.langs[lang].claim.families.find((f) => f.id === FALLBACK_FAMILY)!
      const unknown = describeFinding(claim('no-such-family', 'no-such-kind'), lang)
      assert.deepEqual(unknown, describeFinding(claim(FALLBACK_FAMILY, fallback.missing), lang))
      assert.doesNotMatch(unknown.message, /\{\w+\}/)
      assert.ok(unknown.expected.length >= 2 && unknown.expected.every(isSentenceRewrite), `${lang}: ${unknown.expected.join(' | ')}`)
    }
  })
})
