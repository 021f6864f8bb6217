/**
 * Words for a finding: the message (which words made the claim, what commitment is missing),
 * the note (why it matters) and the rewrites with snippet placeholders, in the document language
 * (where each lands, and which three are offered, is decided by `fixes.ts`).
 */
import type {Lang} from '../types.ts'
import {RULE_DATA} from '../rules/data.generated.ts'
import type {Extras, Finding} from '../detect/index.ts'
import {detach} from '../text/detach.ts'
import {FALLBACK_FAMILY} from '../detect/contract.ts'

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
}

type Described = {message: string; note: string; expected: string[]}

/** Descriptions already written (the same claims recur across documents), per extras. */
const written = new Map<string, Described>()
const writtenWithExtras = new WeakMap<Extras, Map<string, Described>>()
const WRITTEN_LIMIT = 10_000

export function describe(finding: Finding, lang: Lang, extras?: Extras): Described {
  let memo = written
  if (extras) {
    let own = writtenWithExtras.get(extras)
    if (!own) writtenWithExtras.set(extras, (own = new Map()))
    memo = own
  }
  const key = `${lang}\u0000${finding.ruleId}\u0000${finding.family}\u0000${finding.missing}\u0000${finding.actual}`
  let words = memo.get(key)
  if (!words) {
    words = write(finding, lang, extras)
    if (memo.size >= WRITTEN_LIMIT) memo.clear()
    memo.set(detach(key), words)
  }
  return {message: words.message, note: words.note, expected: [...words.expected]}
}

function write(finding: Finding, lang: Lang, extras?: Extras): Described {
  const data = RULE_DATA.langs[lang]
  const missing = data.claim.missing[finding.missing] ?? data.claim.missing['measure']!
  // A family the data does not define (the build refuses such data) is described as the fallback's.
  const family = data.claim.families.find((f) => f.id === finding.family) ?? data.claim.families.find((f) => f.id === FALLBACK_FAMILY)
  const actual = finding.actual.replace(/\s+/g, ' ').trim()
  const values = {actual, label: family?.label ?? '', missing: missing.label}
  const user = extras?.rewrites[lang] ?? []
  if (finding.ruleId === 'vague-promise') {
    return {message: fill(data.vague.message, values), note: fill(data.vague.note, values), expected: [...data.vague.rewrites, ...user]}
  }
  if (finding.ruleId === 'unverifiable-superlative') {
    return {
      message: fill(data.superlative.message, values),
      note: fill(data.superlative.note, values),
      expected: [...data.superlative.rewrites, ...user]
    }
  }
  const rewrites = family?.rewrites ?? []
  return {message: fill(data.claim.message, values), note: missing.note, expected: [...rewrites, ...user]}
}
