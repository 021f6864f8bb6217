/**
 * Decides which claims are backed: a commitment in the same sentence, in the next sentence,
 * or — for a heading or a sentence ending with a colon — in the list or table it introduces.
 *
 * One pass over the document's sentences, in order, that allocates only for findings and
 * mentions: it runs on every keystroke, over every sentence of the document.
 */
import type {Lang} from './types.ts'
import type {BlockAnalysis, FindingAt, SentenceAt} from './analyze-block.ts'

/** Where a sentence with findings (or a mention) sits in the document. */
export interface SentenceContext {
  sentence: SentenceAt
  /** The block the sentence is in, and its absolute offset. */
  block: number
  base: number
  lang: Lang
  section: string | undefined
}

export interface ResolvedFinding {
  finding: FindingAt
  context: SentenceContext
  backed: boolean
}

export interface Resolution {
  /** In document order. */
  findings: ResolvedFinding[]
  mentions: SentenceContext[]
  commitments: number
}

const listLike = new Set(['listItem', 'tableCell'])

/** The language most of the document is written in, for units too short to tell. */
export function majorityLang(blocks: readonly BlockAnalysis[], languages: readonly Lang[]): Lang {
  let fr = 0
  let en = 0
  for (const block of blocks) {
    for (const unit of block.units) {
      if (unit.lang === 'fr') fr++
      else if (unit.lang === 'en') en++
    }
  }
  if (fr === 0 && en === 0) return languages[0] ?? 'fr'
  return en > fr ? 'en' : 'fr'
}

export function resolveScope(blocks: readonly BlockAnalysis[], bases: readonly number[], languages: readonly Lang[]): Resolution {
  const findings: ResolvedFinding[] = []
  const mentions: SentenceContext[] = []
  let commitments = 0
  let ordered = true

  /** Findings of the previous sentence, waiting to know whether the next one backs them. */
  let pending: {context: SentenceContext; introduces: boolean} | undefined
  /** Findings of a sentence that introduced a list, waiting for the end of the list. */
  let listRun: {context: SentenceContext; backed: boolean} | undefined

  const emit = (context: SentenceContext, backed: boolean) => {
    const last = findings.at(-1)
    for (const finding of context.sentence.findings) {
      if (last && last.context.base + last.finding.start > context.base + finding.start) ordered = false
      findings.push({finding, context, backed})
    }
  }

  let previous: Lang | undefined
  let section: string | undefined
  let introducesMention = false
  for (let b = 0; b < blocks.length; b++) {
    for (const unit of blocks[b]!.units) {
      if (!unit.lang && !previous) previous = majorityLang(blocks, languages)
      const lang = (unit.lang ?? previous)!
      if (unit.lang) previous = unit.lang
      if (unit.kind === 'heading') section = unit.heading
      const isList = listLike.has(unit.kind)
      for (const sentence of unit.sentences[lang] ?? []) {
        const commits = sentence.commitments > 0
        commitments += sentence.commitments
        if (listRun) {
          if (!isList) {
            emit(listRun.context, listRun.backed)
            listRun = undefined
          } else if (commits) listRun.backed = true
        }
        if (pending) {
          if (commits) emit(pending.context, true)
          else if (pending.introduces && isList) listRun = {context: pending.context, backed: false}
          else emit(pending.context, false)
          pending = undefined
        }
        const mention = sentence.mention || introducesMention
        introducesMention = sentence.introducesMention
        if (!mention && sentence.findings.length === 0) continue
        const context: SentenceContext = {sentence, block: b, base: bases[b]!, lang, section}
        if (mention) mentions.push(context)
        else if (commits) emit(context, true)
        else pending = {context, introduces: sentence.introduces}
      }
    }
  }
  if (listRun) emit(listRun.context, listRun.backed)
  if (pending) emit(pending.context, false)
  if (!ordered) findings.sort((x, y) => x.context.base + x.finding.start - (y.context.base + y.finding.start))
  return {findings, mentions, commitments}
}
