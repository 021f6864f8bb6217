/** Loads a labelled set from test/fixtures/eval and scores it the way `promesse eval` does. */
import {readdirSync, readFileSync} from 'node:fs'
import {evaluate} from '../../src/cli/eval.ts'
import {parseItems, type EvalItem, type Label, type Scores} from '../../src/cli/eval-score.ts'

/** Every blind batch in test/fixtures/eval/ (all files but the hand-written `own.jsonl`): a new batch is picked up by being there. */
export function blindBatches(): string[] {
  return readdirSync(new URL('../fixtures/eval/', import.meta.url))
    .filter((name) => name.endsWith('.jsonl') && name !== 'own.jsonl')
    .sort()
}

export function loadEvalSet(...names: string[]): EvalItem[] {
  return names.flatMap((name) => {
    const {items, badLines} = parseItems(readFileSync(new URL(`../fixtures/eval/${name}`, import.meta.url), 'utf8'))
    if (badLines.length > 0) throw new Error(`${name}: bad lines ${JSON.stringify(badLines)}`)
    return items
  })
}

export interface LangScores {
  scores: Scores
  rate: (label: Label) => number
  misses: string[]
  falseAlarms: string[]
}

/** Lints every item once; returns the scores of one language, with the ids to show on failure. */
export function scoreEvalSet(items: EvalItem[]): (lang: 'fr' | 'en') => LangScores {
  const report = evaluate('eval set', items)
  return (lang) => {
    const scores = report.scores[lang]!
    return {
      scores,
      rate: (label) => scores.byLabel[label].rate ?? 0,
      misses: report.misses.filter((m) => m.lang === lang).map((m) => m.id),
      falseAlarms: report.falseAlarms.filter((f) => f.lang === lang).map((f) => `${f.id} (${f.label})`)
    }
  }
}
