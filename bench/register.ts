/**
 * The commitments register over a documentation tree: the plain lint of every page, then the
 * same lint plus the register and the conflict checks across all pages (`registerTable`,
 * `checkSet`), measured in the same run. Target: the second within 1.3 × the first.
 */
import {checkSet, lint, registerTable, type LintResult} from '../src/core/index.ts'
import {generate, type BenchLang} from './generate.ts'
import {time, type RunPlan} from './measure.ts'

export interface RegisterReport {
  pages: number
  bytes: number
  commitments: number
  conflicts: number
  lintMs: number
  withRegisterMs: number
  ratio: number
}

export function measureRegister(pages: number, plan: RunPlan): RegisterReport {
  const langs: BenchLang[] = ['fr', 'en', 'mixed']
  const tree = Array.from({length: pages}, (_, i) => ({
    file: `docs/${i % 40}/page-${i}.md`,
    text: generate({lang: langs[i % 3]!, format: 'markdown', bytes: 2048 + (i % 7) * 512, seed: i + 1}).text
  }))
  const bytes = tree.reduce((sum, page) => sum + page.text.length, 0)
  const lintAll = (): Array<{file: string; text: string; result: LintResult}> => tree.map((page) => ({...page, result: lint(page.text, {format: 'markdown'})}))
  let commitments = 0
  let conflicts = 0
  const plain = time(lintAll, plan)
  const full = time(() => {
    const linted = lintAll()
    const members = linted.filter((m) => m.result.commitments.length > 0 || m.result.disclaimers.length > 0)
    const rows = registerTable(members)
    const messages = checkSet(members)
    commitments = rows.length
    conflicts = messages.flat().filter((m) => m.ruleId === 'conflicting-commitment').length
    return messages
  }, plan)
  return {pages, bytes, commitments, conflicts, lintMs: plain.median, withRegisterMs: full.median, ratio: full.median / plain.median}
}
