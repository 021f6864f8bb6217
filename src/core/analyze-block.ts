/**
 * Everything the engine learns from one block, with offsets relative to the block start.
 * It depends only on the block's text and the linter's options, so it can be cached by text.
 */
import type {FrontMatterKeys} from './source/frontmatter.ts'
import type {Format, Lang, RuleId} from './types.ts'
import type {Directive, ProseUnit, UnitKind} from './source/types.ts'
import {originalRange, parseBlock, type Declared} from './source/index.ts'
import {segment} from './prose/segment.ts'
import {detectLanguage} from './prose/language.ts'
import {analyzeSentence, rulesFor, spokenByOrg, type Extras} from './detect/index.ts'
import {ALL_KINDS, kindBit} from './detect/compile.ts'
import {inside, quoteRegions, type Region} from './detect/quotes.ts'
import {lineStartsIn} from './report/block-lines.ts'
import {kept, NONE} from './lists.ts'

export interface FindingAt {
  ruleId: RuleId
  family: string
  missing: string
  /** The words that made the claim, as the writer reads them (markup removed). */
  words: string
  /** Block-relative original offsets. */
  start: number
  end: number
}

export interface SentenceAt {
  start: number
  end: number
  /** Ends with a colon, or is a heading: what follows it counts as its backing. */
  introduces: boolean
  mention: boolean
  /** Introduces quoted examples (« Exemples de formules creuses : »): the next sentence is a mention. */
  introducesMention: boolean
  commitments: number
  /** The kinds of those commitments (`kindBit`), and the kinds that would back this sentence's claims. */
  kinds: number
  accepts: number
  findings: FindingAt[]
  /** Discusses the sentence before it (« Cette formule… », "Really?"): a claim waiting there is a mention. */
  discussesPrevious: boolean
  /** A short question with nothing in it ("Not happy?"): a claim before it is backed by its answer. */
  hinge?: true
  /** The commitments themselves (block-relative ranges), for the register; absent when there is none. */
  held?: Array<{kind: string; start: number; end: number}>
  /** Disclaimers of promised times (block-relative ranges), for the register. */
  disclaimers?: Array<{subject: string; start: number; end: number}>
}

export interface UnitAt {
  kind: UnitKind
  quoted: boolean
  /** Text of a heading, for sections in reviews. */
  heading?: string
  /** Detected (or forced) language; undefined when the text gives no evidence. */
  lang: Lang | undefined
  /** Sentences per language: one entry when the language is known, both when it is not. */
  sentences: Partial<Record<Lang, SentenceAt[]>>
}

export interface BlockAnalysis {
  units: UnitAt[]
  directives: Directive[]
  /** Where lines start inside the block (block-relative), for line numbers. */
  lineStarts: number[]
  /** Some sentence holds a commitment or a disclaimer (the register reads only these blocks). */
  holds: boolean
  /** Some unit is a heading (the register's section subjects change there). */
  headed: boolean
  /** Why the block could not be read (an internal error of its parser): it was not linted. */
  failure?: string
}

export interface AnalyzeOptions {
  format: Format
  /** A forced language, or undefined to detect per unit. */
  lang: Lang | undefined
  languages: readonly Lang[]
  extras: Extras
  /** Front-matter keys read or skipped beyond the defaults. */
  frontMatter?: FrontMatterKeys
  /** The languages a data or translation file declares. */
  declared?: Declared
  /** The languages checked when a file declares its own (`languages` in the config), even under a forced `lang`. */
  checked?: readonly Lang[]
}

/** `atStart`: the block opens the document (only there can Markdown front matter be). */
export function analyzeBlock(blockText: string, options: AnalyzeOptions, atStart: boolean): BlockAnalysis {
  const {units, directives, failure} = parseBlock(blockText, options.format, {atStart, frontMatter: options.frontMatter, declared: options.declared})
  // A unit too short to tell takes the language of the unit before it; inside a block that one
  // is known here, so only a block's leading undetermined units are analysed in every language.
  let before: Lang | undefined
  const analysed = units.map((unit) => {
    const at = analyzeUnit(blockText, unit, options, before)
    before = at.lang ?? before
    return at
  })
  const lineStarts = lineStartsIn(blockText)
  let holds = false
  for (const unit of analysed) for (const list of Object.values(unit.sentences)) for (const s of list ?? []) if (s.held || s.disclaimers) holds = true
  const analysis: BlockAnalysis = {
    units: analysed,
    directives: directives.length === 0 ? NONE : directives,
    lineStarts: kept(lineStarts),
    holds,
    headed: analysed.some((unit) => unit.kind === 'heading')
  }
  if (failure !== undefined) analysis.failure = failure
  return analysis
}

function analyzeUnit(blockText: string, unit: ProseUnit, options: AnalyzeOptions, before: Lang | undefined): UnitAt {
  // A language the file declares wins; text in a language not checked is not analysed.
  const declared = unit.lang
  const checked = declared === undefined ? options.languages : options.checked ?? options.languages
  if (declared !== undefined && !(checked as readonly string[]).includes(declared)) {
    return {kind: unit.kind, quoted: unit.quoted === true, lang: undefined, sentences: {}}
  }
  const lang = (declared as Lang | undefined) ?? options.lang ?? detectLanguage(unit.text)
  const langs = lang ? [lang] : before ? [before] : options.languages
  const sentences: Partial<Record<Lang, SentenceAt[]>> = {}
  for (const l of langs) {
    if (!checked.includes(l)) continue
    sentences[l] = analyzeSentences(blockText, unit, l, options.extras)
  }
  const at: UnitAt = {kind: unit.kind, quoted: unit.quoted === true, lang, sentences}
  if (unit.kind === 'heading') at.heading = unit.text.trim()
  return at
}

function kindsOf(commitments: ReadonlyArray<{kind: string}>): number {
  let mask = 0
  for (const c of commitments) mask |= kindBit(c.kind)
  return mask
}

/** The commitment kinds that back at least one of the claims (every kind when there is none). */
function acceptsOf(findings: ReadonlyArray<{family: string}>, lang: Lang): number {
  if (findings.length === 0) return ALL_KINDS
  const backedBy = rulesFor(lang).backedBy
  let mask = 0
  for (const f of findings) mask |= backedBy.get(f.family) ?? ALL_KINDS
  return mask
}

/** At most this many words make a sentence after a testimonial part of it (« Équipe au top. »). */
const TESTIMONIAL_TAIL_WORDS = 6

/** At most this many words make a question a hinge (« Un souci ? », "Not happy with it?"). */
const HINGE_WORDS = 4

function words(text: string): number {
  return text.trim().split(/\s+/).length
}

/** A quotation spanning several sentences longer than this is more likely a stray mark than a quote. */
const MAX_QUOTE = 600
const NO_REGIONS: Region[] = []

/** Quotations that span several sentences of a unit (“We are busy. Your call matters to us.”). */
function longQuotes(text: string, pieces: ReadonlyArray<{start: number; end: number}>, lang: Lang): Region[] {
  if (pieces.length < 2 || !/["«“„]/.test(text)) return NO_REGIONS
  const spans = (r: Region) => pieces.some((p) => p.start > r.start && p.start < r.end - 1)
  // A spokesperson's own words (« Nous… », explique la gérante) are the organisation speaking.
  const regions = quoteRegions(text).filter((r) => r.end - r.start <= MAX_QUOTE && spans(r) && !spokenByOrg(text, r, lang))
  return regions.length === 0 ? NO_REGIONS : regions
}

function analyzeSentences(blockText: string, unit: ProseUnit, lang: Lang, extras: Extras): SentenceAt[] {
  const out: SentenceAt[] = []
  const pieces = segment(unit.text, lang)
  const quotes = longQuotes(unit.text, pieces, lang)
  // « Un grand merci pour la réactivité. Équipe disponible et professionnelle. »: a short fragment
  // after a testimonial in the same paragraph is the customer's voice too.
  let afterTestimonial = false
  for (const s of pieces) {
    const text = unit.text.slice(s.start, s.end)
    const analysis = analyzeSentence(text, lang, extras)
    const last = text.trimEnd().at(-1)
    const sentence = originalRange(unit, blockText, s.start, s.end)
    // A sentence inside a quotation that spans several sentences is quoted material.
    const quoted = quotes.length > 0 && inside(quotes, s.start + (text.length - text.trimStart().length), s.end - (text.length - text.trimEnd().length))
    const at: SentenceAt = {
      start: sentence.start,
      end: sentence.end,
      introduces: unit.kind === 'heading' || last === ':',
      mention: analysis.mention || unit.quoted === true || quoted || (afterTestimonial && words(text) <= TESTIMONIAL_TAIL_WORDS),
      introducesMention: analysis.introducesMention === true,
      commitments: analysis.commitments.length,
      kinds: kindsOf(analysis.commitments),
      accepts: acceptsOf(analysis.findings, lang),
      discussesPrevious: analysis.discussesPrevious === true,
      findings: analysis.findings.length === 0 ? NONE : analysis.findings.map((f) => ({
        ruleId: f.ruleId,
        family: f.family,
        missing: f.missing,
        words: f.actual,
        ...originalRange(unit, blockText, s.start + f.start, s.start + f.end)
      }))
    }
    if (analysis.commitments.length > 0) at.held = analysis.commitments.map((c) => ({kind: c.kind, ...originalRange(unit, blockText, s.start + c.start, s.start + c.end)}))
    if (analysis.disclaimers) at.disclaimers = analysis.disclaimers.map((c) => ({subject: c.subject, ...originalRange(unit, blockText, s.start + c.start, s.start + c.end)}))
    afterTestimonial = analysis.mentionKinds?.includes('testimonial') === true
    if (last === '?' && !at.discussesPrevious && at.findings.length === 0 && at.commitments === 0 && !at.mention && words(text) <= HINGE_WORDS) at.hinge = true
    out.push(at)
  }
  return kept(out)
}
