/**
 * A document's commitments and disclaimers, gathered from its analysed blocks. Each block's
 * reading is kept (by block analysis, which lives as long as its text is unchanged) and only
 * moved when an edit before it shifts it, so this costs little on each keystroke.
 */
import type {CommitmentRecord, DisclaimerRecord, Lang} from '../types.ts'
import type {BlockAnalysis} from '../analyze-block.ts'
import {readSentence, subjectsIn} from './read.ts'

interface BlockRegister {
  base: number
  lang: Lang
  commitments: CommitmentRecord[]
  disclaimers: DisclaimerRecord[]
}

export type RegisterCache = WeakMap<BlockAnalysis, BlockRegister>

const NONE: never[] = []

function moved<T extends {start: number; end: number}>(list: T[], by: number, more: (t: T) => Partial<T> = () => ({})): T[] {
  return by === 0 ? list : list.map((t) => ({...t, start: t.start + by, end: t.end + by, ...more(t)}))
}

/** Reads a block's sentences, in the language the walk carries in (`lang`); returns the language it leaves in. */
function readBlock(block: BlockAnalysis, blockText: () => string, base: number, lang: Lang, cache: RegisterCache): {register: BlockRegister; lang: Lang} {
  let current = lang
  const cached = cache.get(block)
  // A block without commitments or disclaimers leaves only its language.
  for (const unit of block.units) if (unit.lang) current = unit.lang
  if (cached && cached.lang === lang) {
    if (cached.base === base) return {register: cached, lang: current}
    const by = base - cached.base
    const register = {
      base,
      lang,
      commitments: moved(cached.commitments, by, (r) => ({sentenceStart: r.sentenceStart + by, sentenceEnd: r.sentenceEnd + by})),
      disclaimers: moved(cached.disclaimers, by)
    }
    cache.set(block, register)
    return {register, lang: current}
  }
  let commitments: CommitmentRecord[] = NONE
  let disclaimers: DisclaimerRecord[] = NONE
  let walk = lang
  for (const unit of block.units) {
    if (unit.lang) walk = unit.lang
    const sentences = unit.sentences[walk] ?? []
    sentences.forEach((sentence, k) => {
      if (!sentence.held && !sentence.disclaimers) return
      const read = readSentence(blockText(), sentence, walk)
      // A sentence that names no subject takes the one before's (« Combien de temps pour être remboursé ? Comptez 5 jours. »).
      const previous = k > 0 && read.records.some((r) => r.subject === 'general') ? subjectsIn(blockText().slice(sentences[k - 1]!.start, sentences[k - 1]!.end), walk) : undefined
      const records = previous ? read.records.map((r) => (r.subject === 'general' && previous.has(r.kind) ? {...r, subject: previous.get(r.kind)!} : r)) : read.records
      if (records.length > 0) commitments = commitments.concat(moved(records, base, (r) => ({sentenceStart: r.sentenceStart + base, sentenceEnd: r.sentenceEnd + base})))
      if (read.disclaimers.length > 0) disclaimers = disclaimers.concat(moved(read.disclaimers, base))
    })
  }
  const register = {base, lang, commitments, disclaimers}
  cache.set(block, register)
  return {register, lang: current}
}

const headings = new Map<string, Map<string, string>>()

/** The subjects a heading names, remembered by its text (headings repeat across keystrokes). */
function headingSubjects(text: string, lang: Lang): Map<string, string> {
  const key = `${lang}\u0000${text}`
  let found = headings.get(key)
  if (!found) {
    if (headings.size > 2000) headings.clear()
    headings.set(key, (found = subjectsIn(text, lang)))
  }
  return found
}

/** Every commitment and disclaimer of the document, in order, with offsets into `text`. */
export function documentRegister(
  text: string,
  blocks: readonly BlockAnalysis[],
  spans: ReadonlyArray<{start: number; end: number}>,
  lang: Lang,
  cache: RegisterCache
): {commitments: CommitmentRecord[]; disclaimers: DisclaimerRecord[]} {
  const commitments: CommitmentRecord[] = []
  const disclaimers: DisclaimerRecord[] = []
  let current = lang
  // What the section's heading is about (« Livrez-vous ? »), for commitments whose sentence names nothing.
  // and what the page's first heading is about (« Livraison »), when the section's says nothing of it.
  let heading: Map<string, string> | undefined
  let page: Map<string, string> | undefined
  blocks.forEach((block, b) => {
    const span = spans[b]!
    const read = readBlock(block, () => text.slice(span.start, span.end), span.start, current, cache)
    for (const unit of block.units) {
      if (unit.kind !== 'heading' || unit.heading === undefined) continue
      heading = headingSubjects(unit.heading, unit.lang ?? current)
      page ??= heading
    }
    current = read.lang
    for (const r of read.register.commitments) {
      const inherited = r.subject === 'general' ? (heading?.get(r.kind) ?? page?.get(r.kind)) : undefined
      commitments.push(inherited ? {...r, subject: inherited} : r)
    }
    for (const d of read.register.disclaimers) disclaimers.push(d)
  })
  return {commitments, disclaimers}
}
