// Ships the rule data (rules/**/*.yaml, generated into src/core/rules/data.generated.ts: ≈ 130 KB of
// JSON, a third of the Node extension bundle) deflated, and inflates it once at load with Node's
// zlib. Node bundles only: the web bundle keeps the plain object. The data is the same object
// (test/build/bundle.test.ts compares the engine bundled this way with the source).
import {readFileSync} from 'node:fs'
import {deflateRawSync} from 'node:zlib'

const generated = /[\\/]src[\\/]core[\\/]rules[\\/]data\.generated\.ts$/

/** The JSON literal of the generated module (`export const RULE_DATA: RuleData = {…}`). */
export function ruleDataJson(source) {
  const at = source.indexOf('export const RULE_DATA')
  const start = source.indexOf('{', at)
  if (at === -1 || start === -1) throw new Error('data.generated.ts: no RULE_DATA object found')
  return JSON.stringify(JSON.parse(source.slice(start)))
}

export function packedRuleData() {
  return {
    name: 'packed-rule-data',
    setup(build) {
      build.onLoad({filter: generated}, (args) => {
        const packed = deflateRawSync(Buffer.from(ruleDataJson(readFileSync(args.path, 'utf8')), 'utf8'), {level: 9}).toString('base64')
        return {
          contents: `import {inflateRawSync} from 'node:zlib'\nexport const RULE_DATA = JSON.parse(inflateRawSync(Buffer.from(${JSON.stringify(packed)}, 'base64')).toString('utf8'))\n`,
          loader: 'js'
        }
      })
    }
  }
}
