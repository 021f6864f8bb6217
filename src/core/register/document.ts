/**
 * A document's commitments and disclaimers, gathered from its analysed blocks. Each block's
 * reading is kept block-relative (by block analysis, which lives as long as its text is
 * unchanged, and by the section it is in), so a keystroke reads only the blocks it changed and
 * moves nothing: absolute records are made when a front end asks for them.
 */
import type {CommitmentRecord, DisclaimerRecord, Lang} from '../types.ts'
import type {BlockAnalysis} from '../analyze-block.ts'
import {qualifiersIn, readSentence, restrictionsFor, subjectsIn} from './read.ts'
import {valueKey} from './check.ts'
import {RULE_DATA} from '../rules/data.generated.ts'
import {fold} from '../text/fold.ts'

/** One block's register, offsets relative to the block. */
export interface BlockRegister {
  lang: Lang
  /** The section and page headings it was read with (shared by heading unit). */
  heading: Heading | undefined
  page: Heading | undefined
  commitments: CommitmentRecord[]
  disclaimers: DisclaimerRecord[]
  /**
   * What the checks read of it, offsets aside (kinds, subjects, values, restrictions, which
   * sentence): two readings with the same signature give the same findings.
   */
  signature: string
}

export type RegisterCache = WeakMap<BlockAnalysis, BlockRegister>

/** The blocks of a document that promise or disclaim something, in order, with where each starts. */
export interface DocumentRegister {
  blocks: BlockRegister[]
  /** Offset of each block in the text, and its index among all blocks (for line numbers). */
  bases: number[]
  indexes: number[]
}

const NONE: never[] = []

/**
 * Reads a block's sentences in the language the walk carries in; commitments whose sentence (and
 * the one before) name no subject take the section heading's, else the page title's.
 */
function readBlock(block: BlockAnalysis, blockText: () => string, lang: Lang, heading: Heading | undefined, page: Heading | undefined, cache: RegisterCache): BlockRegister {
  const cached = cache.get(block)
  if (cached && cached.lang === lang && cached.heading === heading && cached.page === page) return cached
  let commitments: CommitmentRecord[] = NONE
  let disclaimers: DisclaimerRecord[] = NONE
  let walk = lang
  let section = heading?.subjects
  let sectionText = heading?.text
  let sectionQualifiers = heading?.qualifiers
  let title = page?.subjects
  let titleText = page?.text
  for (const unit of block.units) {
    if (unit.lang) walk = unit.lang
    if (unit.kind === 'heading' && unit.heading !== undefined) {
      const named = unitHeading(unit, walk)
      section = named.subjects
      sectionText = named.text
      sectionQualifiers = named.qualifiers
      if (title === undefined) {
        title = section
        titleText = sectionText
      }
    }
    const sentences = unit.sentences[walk] ?? []
    sentences.forEach((sentence, k) => {
      if (!sentence.held && !sentence.disclaimers) return
      const read = readSentence(blockText(), sentence, walk)
      // A sentence that names no subject takes the one before's (« Combien de temps pour être remboursé ? Comptez 5 jours. »).
      const previousText = k > 0 && read.records.some((r) => r.subject === 'general') ? blockText().slice(sentences[k - 1]!.start, sentences[k - 1]!.end) : undefined
      const previous = previousText === undefined ? undefined : subjectsIn(previousText, walk)
      // What the section's heading restricts (« Livraison internationale », "Weekend hours") restricts all under it.
      const headed = sectionQualifiers ?? NONE
      const records = read.records.map((r) => {
        if (r.subject !== 'general') return headed.length === 0 ? r : {...r, qualifiers: restrictionsFor(r.kind, [...new Set([...r.qualifiers, ...headed])].sort(), walk)}
        // The subject, and what restricts it (« Livrez-vous à l'étranger ? »), from where it was named.
        const from = previous?.has(r.kind) ? {subjects: previous, text: previousText!} : section?.has(r.kind) ? {subjects: section, text: sectionText!} : title?.has(r.kind) ? {subjects: title, text: titleText!} : undefined
        if (!from) return r
        const qualifiers = restrictionsFor(r.kind, [...new Set([...r.qualifiers, ...qualifiersIn(from.text, walk), ...headed])].sort(), walk)
        return {...r, subject: from.subjects.get(r.kind)!, qualifiers}
      })
      if (records.length > 0) commitments = commitments.concat(records)
      if (read.disclaimers.length > 0) disclaimers = disclaimers.concat(read.disclaimers)
    })
  }
  const register = {lang, heading, page, commitments, disclaimers, signature: signatureOf(commitments, disclaimers)}
  cache.set(block, register)
  return register
}

function signatureOf(commitments: readonly CommitmentRecord[], disclaimers: readonly DisclaimerRecord[]): string {
  const sentences = new Map<number, number>()
  const sentence = (start: number) => {
    let n = sentences.get(start)
    if (n === undefined) sentences.set(start, (n = sentences.size))
    return n
  }
  const parts: string[] = []
  for (const r of commitments) {
    parts.push(`${r.kind}|${r.subject}|${r.qualifiers.join(',')}|${sentence(r.sentenceStart)}|${valueKey(r.value)}|${r.silenced ?? ''}|${r.words}`)
  }
  // A disclaimer in a commitment's sentence is the writer's nuance: which one it is in counts.
  for (const d of disclaimers) {
    const inside = commitments.find((r) => r.sentenceStart <= d.start && d.end <= r.sentenceEnd)
    parts.push(`!${d.subject}|${d.value ? valueKey(d.value) : ''}|${d.words}|${inside ? sentence(inside.sentenceStart) : -1}`)
  }
  return parts.join('\n')
}

/** A heading, and the subjects it names. */
export interface Heading {
  text: string
  subjects: Map<string, string>
  /** Its restricting words (« internationale », "weekend"). */
  qualifiers: string[]
}

const headings = new Map<string, Heading>()
const unitHeadings = new WeakMap<object, {lang: Lang; heading: Heading}>()

/** `namedBy` of a heading unit, remembered by the unit (asked on every keystroke). */
function unitHeading(unit: {heading?: string}, lang: Lang): Heading {
  const kept = unitHeadings.get(unit)
  if (kept && kept.lang === lang) return kept.heading
  const heading = namedBy(unit.heading!, lang)
  unitHeadings.set(unit, {lang, heading})
  return heading
}

/**
 * The subjects a heading names, remembered by its text (the same heading gives the same object).
 * A heading that is one of `notHeadings` alone (« Accueil »: the home page) names none.
 */
function namedBy(text: string, lang: Lang): Heading {
  const key = `${lang}\u0000${text}`
  let found = headings.get(key)
  if (!found) {
    if (headings.size > 2000) headings.clear()
    const alone = RULE_DATA.langs[lang].register.notHeadings.some((w) => fold(w).text === fold(text).text.replace(/[^a-z' -]/g, '').trim())
    headings.set(key, (found = {text, subjects: alone ? new Map() : subjectsIn(text, lang), qualifiers: qualifiersIn(text, lang)}))
  }
  return found
}

/** The document's register: the blocks with commitments or disclaimers, read or taken from `cache`. */
export function documentRegister(
  text: string,
  blocks: readonly BlockAnalysis[],
  spans: ReadonlyArray<{start: number; end: number}>,
  lang: Lang,
  cache: RegisterCache
): DocumentRegister {
  const out: DocumentRegister = {blocks: [], bases: [], indexes: []}
  let current = lang
  // What the section's heading is about (« Livrez-vous ? »), and the page's first heading (« Livraison »).
  let heading: Heading | undefined
  let page: Heading | undefined
  blocks.forEach((block, b) => {
    const span = spans[b]!
    if (block.holds) {
      const register = readBlock(block, () => text.slice(span.start, span.end), current, heading, page, cache)
      if (register.commitments.length > 0 || register.disclaimers.length > 0) {
        out.blocks.push(register)
        out.bases.push(span.start)
        out.indexes.push(b)
      }
    }
    if (!block.headed) {
      // Only the language may change here.
      for (const unit of block.units) if (unit.lang) current = unit.lang
      return
    }
    for (const unit of block.units) {
      if (unit.lang) current = unit.lang
      if (unit.kind !== 'heading' || unit.heading === undefined) continue
      heading = unitHeading(unit, current)
      page ??= heading
    }
  })
  return out
}

function moved<T extends {start: number; end: number}>(t: T, by: number): T {
  return {...t, start: t.start + by, end: t.end + by}
}

/** The document's commitments with offsets into its text, in order. */
export function absoluteCommitments(register: DocumentRegister): CommitmentRecord[] {
  const out: CommitmentRecord[] = []
  register.blocks.forEach((block, k) => {
    const by = register.bases[k]!
    for (const r of block.commitments) out.push({...moved(r, by), sentenceStart: r.sentenceStart + by, sentenceEnd: r.sentenceEnd + by})
  })
  return out
}

export function absoluteDisclaimers(register: DocumentRegister): DisclaimerRecord[] {
  const out: DisclaimerRecord[] = []
  register.blocks.forEach((block, k) => {
    for (const d of block.disclaimers) out.push(moved(d, register.bases[k]!))
  })
  return out
}
