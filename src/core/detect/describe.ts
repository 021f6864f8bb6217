/**
 * Words for a finding: the message (which words made the claim, what commitment is missing),
 * the note (why it matters) and 2–3 rewrites with snippet placeholders, in the document language.
 */
import type {Lang} from '../types.ts'
import {RULE_DATA} from '../rules/data.generated.ts'
import type {Extras, Finding} from './index.ts'

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}

export function describe(finding: Finding, lang: Lang, extras?: Extras): {message: string; note: string; expected: string[]} {
  const data = RULE_DATA.langs[lang]
  const missing = data.claim.missing[finding.missing] ?? data.claim.missing['measure']!
  const family = data.claim.families.find((f) => f.id === finding.family)
  const actual = finding.actual.replace(/\s+/g, ' ').trim()
  const values = {actual, label: family?.label ?? '', missing: missing.label}
  const user = extras?.rewrites[lang] ?? []
  if (finding.ruleId === 'vague-promise') {
    return {message: fill(data.vague.message, values), note: fill(data.vague.note, values), expected: [...data.vague.rewrites.slice(0, 3), ...user]}
  }
  if (finding.ruleId === 'unverifiable-superlative') {
    return {
      message: fill(data.superlative.message, values),
      note: fill(data.superlative.note, values),
      expected: [...data.superlative.rewrites.slice(0, 3), ...user]
    }
  }
  const rewrites = family?.rewrites ?? data.claim.families.find((f) => f.id === 'hedge')?.rewrites ?? []
  return {message: fill(data.claim.message, values), note: missing.note, expected: [...rewrites.slice(0, 3), ...user]}
}
