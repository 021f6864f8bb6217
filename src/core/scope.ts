/**
 * Decides which claims are backed: a commitment in the same sentence, in the next sentence,
 * or — for a heading or a sentence ending with a colon — in the list or table it introduces.
 */
import type {Lang} from './types.ts'
import type {BlockAnalysis, FindingAt, SentenceAt, UnitAt} from './analyze-block.ts'

/** A sentence placed in the document: absolute offsets, with its unit's context. */
export interface PlacedSentence {
  sentence: SentenceAt
  /** The block the sentence is in, and its absolute offset. */
  block: number
  base: number
  unit: UnitAt
  lang: Lang
  section: string | undefined
  /** Quoted, reported or discussed rather than claimed (or introduced as an example). */
  mention: boolean
}

export interface ResolvedFinding {
  finding: FindingAt
  placed: PlacedSentence
  backed: boolean
}

/** Flattens blocks into document-ordered sentences, choosing a language for units that gave no evidence. */
export function placeSentences(
  blocks: readonly BlockAnalysis[],
  bases: readonly number[],
  fallback: Lang
): PlacedSentence[] {
  const out: PlacedSentence[] = []
  let previous: Lang = fallback
  let section: string | undefined
  for (let b = 0; b < blocks.length; b++) {
    for (const unit of blocks[b]!.units) {
      const lang = unit.lang ?? previous
      if (unit.lang) previous = unit.lang
      if (unit.kind === 'heading') section = unit.heading
      const sentences = unit.sentences[lang] ?? []
      for (const sentence of sentences) {
        const mention = sentence.mention || out.at(-1)?.sentence.introducesMention === true
        out.push({sentence, block: b, base: bases[b]!, unit, lang, section, mention})
      }
    }
  }
  return out
}

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

const listLike = new Set(['listItem', 'tableCell'])

export function resolveScope(sentences: readonly PlacedSentence[]): ResolvedFinding[] {
  const out: ResolvedFinding[] = []
  for (let i = 0; i < sentences.length; i++) {
    const placed = sentences[i]!
    const {sentence} = placed
    if (placed.mention || sentence.findings.length === 0) continue
    const backed = sentence.commitments > 0 || backedByWhatFollows(sentences, i)
    for (const finding of sentence.findings) out.push({finding, placed, backed})
  }
  return out
}

function backedByWhatFollows(sentences: readonly PlacedSentence[], i: number): boolean {
  const next = sentences[i + 1]
  if (!next) return false
  if (next.sentence.commitments > 0) return true
  const current = sentences[i]!
  if (!current.sentence.introduces || !listLike.has(next.unit.kind)) return false
  // A heading or colon introduces the whole list or table right after it.
  for (let j = i + 1; j < sentences.length && listLike.has(sentences[j]!.unit.kind); j++) {
    if (sentences[j]!.sentence.commitments > 0) return true
  }
  return false
}
