/**
 * The detector: per sentence, which customer-centric claims the writer makes, which concrete
 * commitments stand beside them, and whether the sentence only mentions a slogan.
 *
 *   analyzeSentence('Votre satisfaction est notre priorité.', 'fr')
 *   → {findings: [{ruleId: 'hollow-claim', family: 'priority', missing: 'guarantee', …}],
 *      commitments: [], mention: false}
 *
 * The orchestrator decides scope (same sentence, next sentence, what a heading or colon
 * introduces): a finding is reported only when no commitment is in scope.
 */
import type {Lang, PromesseConfig, RuleId} from '../types.ts'
import {RULE_DATA} from '../rules/data.generated.ts'
import {fold, foldedEnd, type Folded} from '../text/fold.ts'
import {tokenize, type Token} from '../text/tokens.ts'
import {CATEGORIES, compileLang, type CompiledLang} from './compile.ts'
import {findRegexCommitments} from './commitment-regex.ts'
import {PatternSet, literalWords, type Match} from './pattern.ts'
import {inside, quoteRegions} from './quotes.ts'

export interface Span {
  start: number
  end: number
}

export interface Finding extends Span {
  ruleId: RuleId
  family: string
  missing: string
  /** The words that made the claim, exactly `sentence.slice(start, end)`. */
  actual: string
}

export interface SentenceAnalysis {
  findings: Finding[]
  commitments: Array<Span & {kind: string}>
  mention: boolean
  /** Kinds of the mention signals seen (quote, report, definition, criticism, maxim, testimonial…). */
  mentionKinds?: string[]
  /** The sentence introduces quoted examples (« Exemples de réponses creuses : »): treat the next one as a mention. */
  introducesMention?: boolean
}

export interface Extras {
  claims: Partial<Record<Lang, PatternSet>>
  commitments: Partial<Record<Lang, PatternSet>>
  allow: Partial<Record<Lang, PatternSet>>
  rewrites: Partial<Record<Lang, string[]>>
}

/** A sentence of at most this many words reads as a marketing fragment (heading, tagline, bullet). */
const FRAGMENT_WORDS = 12

const compiled: Partial<Record<Lang, CompiledLang>> = {}

/** The compiled rules of a language (built on first use, then cached). */
export function rulesFor(lang: Lang): CompiledLang {
  return (compiled[lang] ??= compileLang(RULE_DATA.langs[lang]))
}

interface Hit extends Span {
  ruleId: RuleId
  family: string
  missing: string
}

export function analyzeSentence(sentence: string, lang: Lang, extras?: Extras): SentenceAnalysis {
  const rules = rulesFor(lang)
  const folded = fold(sentence)
  const tokens = tokenize(folded.text, lang)
  const span = (m: Match): Span => ({
    start: folded.map[tokens[m.from]!.s]!,
    end: foldedEnd(folded, tokens[m.to - 1]!.e)
  })

  // One pass of every pattern of the language, bucketed by category.
  const by: Match[][] = CATEGORIES.map(() => [])
  for (const m of rules.all.match(tokens)) by[rules.category[m.id]!]!.push({id: rules.index[m.id]!, from: m.from, to: m.to})
  const [claimM, speakerM, orgM, blockerM, fpHedgeM, hedgeM, requestM, superM, commitM, mentionM, introM] = by as [
    Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[]
  ]

  // Commitments
  const commitments: Array<Span & {kind: string}> = []
  for (const c of findRegexCommitments(folded.text, rules.commitmentRegexes)) {
    commitments.push({kind: c.kind, start: folded.map[c.start]!, end: foldedEnd(folded, c.end)})
  }
  for (const m of commitM) commitments.push({kind: rules.commitmentKinds[m.id]!, ...span(m)})
  const userCommitments = extras?.commitments[lang]
  if (userCommitments) for (const m of userCommitments.match(tokens)) commitments.push({kind: 'custom', ...span(m)})
  commitments.sort((a, b) => a.start - b.start || b.end - a.end)

  const introducesMention = introM.length > 0

  // Mention signals
  const mentionKinds = new Set<string>()
  for (const m of mentionM) mentionKinds.add(rules.mentionKinds[m.id]!)
  if (isTaggedQuestion(folded, tokens, rules)) mentionKinds.add('question')

  // Claims
  const hasSpeaker = speakerM.length > 0
  const hits: Hit[] = []
  for (const m of claimM) {
    const info = rules.claimInfo[m.id]!
    if (info.needs === 'speaker' && !hasSpeaker) continue
    if (info.needs === 'fragment' && !hasSpeaker && tokens.length > FRAGMENT_WORDS) continue
    hits.push({ruleId: 'hollow-claim', family: info.family, missing: info.missing, ...span(m)})
  }
  const userClaims = extras?.claims[lang]
  if (userClaims) for (const m of userClaims.match(tokens)) hits.push({ruleId: 'hollow-claim', family: 'custom', missing: 'measure', ...span(m)})

  // Hedged promises: a claim when the organisation makes them, else a vague promise.
  const isRequest = requestM.length > 0
  for (const m of fpHedgeM) {
    hits.push({ruleId: 'hollow-claim', family: 'hedge', missing: 'deadline', ...span(m)})
  }
  const hedges = hedgeM
  if (hedges.length > 0 && !isRequest) {
    const subjects = orgM
    for (const m of hedges) {
      const byOrg = subjects.some((s) => s.from < m.from)
      hits.push({ruleId: byOrg ? 'hollow-claim' : 'vague-promise', family: 'hedge', missing: 'deadline', ...span(m)})
    }
  }

  // Superlatives: a claim when aimed at customers, else an unverifiable superlative.
  const superlatives = superM
  if (superlatives.length > 0) {
    const aimed = hasSpeaker || tokens.length <= FRAGMENT_WORDS || tokens.some((t) => atomHas(rules.customer, t.w))
    for (const m of superlatives) {
      hits.push({ruleId: aimed ? 'hollow-claim' : 'unverifiable-superlative', family: 'excellence', missing: 'measure', ...span(m)})
    }
  }

  if (hits.length === 0) {
    return result([], commitments, mentionKinds.size > 0, mentionKinds, introducesMention)
  }

  // Ordinary uses and allowed phrases cancel the claims they overlap.
  const cancel: Span[] = blockerM.map(span)
  const allow = extras?.allow[lang]
  if (allow) cancel.push(...allow.match(tokens).map(span))
  let kept = hits.filter((h) => !cancel.some((c) => c.start < h.end && h.start < c.end))
  // A request to the reader (« merci de nous répondre au plus vite ») sets the reader's deadline.
  if (isRequest) kept = kept.filter((h) => h.family !== 'responsiveness' && !(h.family === 'hedge' && h.ruleId !== 'hollow-claim'))

  // Quoted slogans are mentions.
  const quotes = quoteRegions(sentence)
  if (quotes.length > 0) {
    const unquoted = kept.filter((h) => !inside(quotes, h.start, h.end))
    if (unquoted.length < kept.length) mentionKinds.add('quote')
    kept = unquoted
  }
  if (mentionKinds.size > 0) return result([], commitments, true, mentionKinds, introducesMention)

  const findings = merge(kept).map((h) => ({...h, actual: sentence.slice(h.start, h.end)}))
  return result(findings, commitments, false, mentionKinds, introducesMention)
}

function result(findings: Finding[], commitments: Array<Span & {kind: string}>, mention: boolean, kinds: Set<string>, introduces: boolean): SentenceAnalysis {
  const out: SentenceAnalysis = {findings, commitments, mention}
  if (kinds.size > 0) out.mentionKinds = [...kinds]
  if (introduces) out.introducesMention = true
  return out
}

function atomHas(atom: {exact: Set<string>; prefixes: string[]}, w: string): boolean {
  if (atom.exact.has(w)) return true
  for (const p of atom.prefixes) if (w.startsWith(p)) return true
  return false
}

function isTaggedQuestion(folded: Folded, tokens: Token[], rules: CompiledLang): boolean {
  if (tokens.length === 0 || !/\?\s*$/.test(folded.text)) return false
  return rules.questionTags.has(tokens[tokens.length - 1]!.w)
}

/**
 * One finding per claim: overlapping hollow claims merge (the first family wins); a vague
 * promise or superlative inside a hollow claim is described by that claim, not repeated.
 */
function merge(hits: Hit[]): Hit[] {
  const claims = hits.filter((h) => h.ruleId === 'hollow-claim').sort((a, b) => a.start - b.start || b.end - a.end)
  const merged: Hit[] = []
  for (const h of claims) {
    const last = merged[merged.length - 1]
    if (last && h.start < last.end) {
      if (h.end > last.end) last.end = h.end
      continue
    }
    merged.push({...h})
  }
  const others = hits
    .filter((h) => h.ruleId !== 'hollow-claim')
    .filter((h) => !merged.some((c) => c.start < h.end && h.start < c.end))
    .sort((a, b) => a.start - b.start)
  const out: Hit[] = [...merged]
  for (const h of others) {
    const last = out.filter((o) => o.ruleId === h.ruleId).pop()
    if (last && h.start < last.end) continue
    out.push(h)
  }
  return out.sort((a, b) => a.start - b.start)
}

/** Compiles the user's extra phrases: literal word sequences, folded, never regular expressions. */
export function compileExtras(config: PromesseConfig): Extras {
  const extras: Extras = {claims: {}, commitments: {}, allow: {}, rewrites: {}}
  for (const lang of ['fr', 'en'] as const) {
    const claims = literalSet(config.claims?.[lang] ?? [], lang)
    if (claims) extras.claims[lang] = claims
    const commitments = literalSet(config.commitments?.[lang] ?? [], lang)
    if (commitments) extras.commitments[lang] = commitments
    const allow = literalSet(config.allow ?? [], lang)
    if (allow) extras.allow[lang] = allow
    const rewrites = (config.rewrites?.[lang] ?? []).filter((r) => typeof r === 'string' && r.trim() !== '')
    if (rewrites.length > 0) extras.rewrites[lang] = rewrites
  }
  return extras
}

function literalSet(phrases: string[], lang: Lang): PatternSet | undefined {
  const set = new PatternSet()
  for (const phrase of phrases) {
    if (typeof phrase !== 'string') continue
    const words = literalWords(phrase, lang)
    if (words.length > 0) set.addLiteral(words)
  }
  return set.size > 0 ? set : undefined
}

export {describe} from './describe.ts'
