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
import {CATEGORIES, compileLang, type CompiledLang, type PatternGroup} from './compile.ts'
import {findRegexCommitments, HAS_ALL, wordBits} from './commitment-regex.ts'
import {PatternSet, literalWords, type Atom, type Match, type WordInfo} from './pattern.ts'
import {inside, quoteRegions} from './quotes.ts'
import {atomHas, coOccurrence, isAbout, isCustomersDeadline, isDenied, isNarrative, isNegated, mayCoOccur, othersCustomerAt, SHAPE_CUSTOMER, SHAPE_SPEAKER, SHAPE_VALUE_SHIFT, wordShape, type Classes} from './shape.ts'
import {detach} from '../text/detach.ts'

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
  /** The sentence discusses the one before it (« Cette formule… », "Really?"): a claim there is a mention. */
  discussesPrevious?: boolean
  /** Disclaimers that undercut promised times (« délais donnés à titre indicatif »), with the subject they default to. */
  disclaimers?: Array<Span & {subject: string}>
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

/** Marks that set a tagline's clause apart inside a longer sentence (« Dépannage — intervention rapide »). */
const CLAUSE_MARK = /[\u2013\u2014|\u2022;]/

/**
 * Whether the words [from, to) sit in a short clause set apart by a dash, a bar, a bullet or a
 * semicolon, that tells no story: a tagline inside a longer line.
 */
function isTaglineClause(text: string, tokens: Token[], from: number, to: number, classes: Classes): boolean {
  const marked = (k: number): boolean => k > 0 && tokens[k]!.pb && CLAUSE_MARK.test(text.slice(tokens[k - 1]!.e, tokens[k]!.s))
  let a = from
  while (a > 0 && !marked(a)) a--
  let b = to
  while (b < tokens.length && !marked(b)) b++
  if (a === 0 && b === tokens.length) return false
  const clause = tokens.slice(a, b)
  return clause.length <= FRAGMENT_WORDS && !isNarrative(clause, classes)
}

/** The compiled rules of a language (built on first use, then cached). */
export function rulesFor(lang: Lang): CompiledLang {
  return (compiled[lang] ??= compileLang(RULE_DATA.langs[lang]))
}

interface Hit extends Span {
  ruleId: RuleId
  family: string
  missing: string
}

/** What the language knows about a word: for each pattern group, and which `HAS_*` bits it brings. */
interface LangWord {
  primary: WordInfo
  context: WordInfo
  has: number
  /** Bits for the speaker + value + customer fallback (`wordShape`). */
  shape: number
}

/** Tag of the English `n't` token: the `n` belongs to the previous word for the commitment expressions. */
const NT = 1 << 8
/** Distinct words remembered per language; the cache starts over beyond this. */
const LEXICON_LIMIT = 50_000
const lexicons = new Map<CompiledLang, Map<string, LangWord>>()

/** Word infos of the last sentence, per pattern group (reused: analysis is synchronous and not re-entrant). */
let primaryInfos: WordInfo[] = []
let contextInfos: WordInfo[] = []
let shapeInfos = new Int32Array(64)
/** `wordShape` bits of the last sentence, or-ed together. */
let shapeSeen = 0

/** Looks every word up once for both pattern groups; returns the `HAS_*` bits of the sentence. */
function lookUpWords(rules: CompiledLang, tokens: Token[]): number {
  let lexicon = lexicons.get(rules)
  if (!lexicon) lexicons.set(rules, (lexicon = new Map()))
  const n = tokens.length
  if (primaryInfos.length < n) {
    primaryInfos = new Array<WordInfo>(n * 2)
    contextInfos = new Array<WordInfo>(n * 2)
  }
  if (shapeInfos.length < n) shapeInfos = new Int32Array(n * 2)
  shapeSeen = 0
  let has = 0
  for (let i = 0; i < n; i++) {
    const w = tokens[i]!.w
    let word = lexicon.get(w)
    if (word === undefined) {
      word = {primary: rules.primary.set.wordInfo(w), context: rules.context.set.wordInfo(w), has: wordBits(w, rules.commitmentRegexes), shape: wordShape(rules.classes, w)}
      if (w === "n't") word.has |= NT
      if (lexicon.size >= LEXICON_LIMIT) lexicon.clear()
      lexicon.set(detach(w), word)
    }
    primaryInfos[i] = word.primary
    contextInfos[i] = word.context
    shapeInfos[i] = word.shape
    shapeSeen |= word.shape
    has |= word.has
    // `don't` is split `do` + `n't`: the `n` ends the previous word for the expressions.
    if ((word.has & NT) !== 0 && i > 0) has |= wordBits(tokens[i - 1]!.w + 'n', rules.commitmentRegexes)
  }
  return has & HAS_ALL
}

/** Matches of the last sentence, by category (reused: analysis is synchronous and not re-entrant). */
const buckets: Match[][] = CATEGORIES.map(() => [])
const [claimM, speakerM, orgM, blockerM, fpHedgeM, hedgeM, requestM, superM, commitM, mentionM, introM, aboutM, hookM, disclaimM] = buckets as [
  Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[], Match[]
]

/** Categories with matches in the buckets (bit per category), to empty them cheaply. */
let filled = 0

/** Adds matches of a pattern group to the buckets; `id` becomes the rank within the category. */
function fill(group: PatternGroup, matches: Match[]): void {
  for (const m of matches) {
    const category = group.category[m.id]!
    m.id = group.index[m.id]!
    buckets[category]!.push(m)
    filled |= 1 << category
  }
}

function emptyBuckets(): void {
  for (let c = 0; filled !== 0; c++, filled >>>= 1) if ((filled & 1) !== 0) buckets[c]!.length = 0
}

function spanOf(folded: Folded, tokens: Token[], m: Match): Span {
  return {start: folded.map[tokens[m.from]!.s]!, end: foldedEnd(folded, tokens[m.to - 1]!.e)}
}

function addHit(hits: Hit[], folded: Folded, tokens: Token[], ruleId: RuleId, family: string, missing: string, m: Match): void {
  hits.push({ruleId, family, missing, start: folded.map[tokens[m.from]!.s]!, end: foldedEnd(folded, tokens[m.to - 1]!.e)})
}

const NO_KINDS: ReadonlySet<string> = new Set()

/** Mention kinds that do not hold when the organisation or the reader is in the sentence. */
const OWNABLE_KINDS: ReadonlySet<string> = new Set(['ownable', 'thirdParty'])

export function analyzeSentence(sentence: string, lang: Lang, extras?: Extras): SentenceAnalysis {
  emptyBuckets()
  const analysis = analyzeClaims(sentence, lang, extras)
  if (disclaimM.length > 0) {
    // The buckets still hold this sentence's matches (filled by analyzeClaims, emptied at the next).
    const folded = fold(sentence)
    const tokens = tokenize(folded.text, lang)
    const subjects = rulesFor(lang).disclaimerSubjects
    analysis.disclaimers = disclaimM.map((m) => ({...spanOf(folded, tokens, m), subject: subjects[m.id]!}))
  }
  return analysis
}

function analyzeClaims(sentence: string, lang: Lang, extras?: Extras): SentenceAnalysis {
  const rules = rulesFor(lang)
  const folded = fold(sentence)
  const tokens = tokenize(folded.text, lang)
  const present = lookUpWords(rules, tokens)
  const primary = rules.primary.set.matchWords(tokens, primaryInfos)
  const regexCommitments = findRegexCommitments(folded.text, rules.commitmentRegexes, present)
  const userCommitments = extras?.commitments[lang]
  const userClaims = extras?.claims[lang]

  // A speaker, a customer and a value word: the speaker + value + customer fallback may apply.
  const fallback =
    (shapeSeen & (SHAPE_CUSTOMER | SHAPE_SPEAKER)) === (SHAPE_CUSTOMER | SHAPE_SPEAKER) &&
    shapeSeen >> SHAPE_VALUE_SHIFT !== 0 &&
    mayCoOccur(folded.text, tokens, shapeInfos)

  // Most sentences: no pattern, no commitment, nothing to weigh.
  if (primary.length === 0 && regexCommitments.length === 0 && !userCommitments && !userClaims && !fallback) {
    if (isTaggedQuestion(folded, tokens, rules)) return result([], [], true, new Set(['question']), false, isBareTag(tokens, rules))
    return {findings: [], commitments: [], mention: false}
  }

  // Every pattern of the language, bucketed by category; the context of a claim only around candidate claims.
  emptyBuckets()
  fill(rules.primary, primary)
  const candidates = claimM.length > 0 || fpHedgeM.length > 0 || hedgeM.length > 0 || superM.length > 0 || userClaims !== undefined || fallback
  if (candidates) fill(rules.context, rules.context.set.matchWords(tokens, contextInfos))

  // Commitments
  // Spans in the folded text first, so that negated ones (« nous ne répondons pas sous 24 h ») drop out.
  const raw: Array<Span & {kind: string}> = []
  for (const c of regexCommitments) raw.push({kind: c.kind, start: c.start, end: c.end})
  for (const m of commitM) raw.push({kind: rules.commitmentKinds[m.id]!, start: tokens[m.from]!.s, end: tokens[m.to - 1]!.e})
  const commitments: Array<Span & {kind: string}> = []
  for (const c of raw) {
    if (isNegated(folded.text, tokens, rules.classes, c.start, raw)) continue
    // « signalez-le sous 48 h », "send us your complaint in writing": the customer's step, not the company's.
    if ((c.kind === 'deadline' || c.kind === 'policy') && isCustomersDeadline(tokens, rules.classes, c.start, c.end)) continue
    // « un acompte de 30 % », "a deposit of 50%": what the customer pays, not what the company keeps.
    if ((c.kind === 'measure' || c.kind === 'price') && isAbout(tokens, rules.classes.get('custPays'), c.start, 3)) continue
    // « devis sous 24 h », "a quote within 24 hours": a fast quote, not a kept promise (« une fois le
    // devis signé, nous intervenons sous 5 jours » is the organisation's own time).
    // « à partir de 49 € », "from $49": the price of an offer, no promise kept.
    const kind =
      c.kind === 'deadline' && isAbout(tokens, rules.classes.get('quoteWord'), c.start, 5, rules.classes.get('weSubject')) ? 'quote'
        : c.kind === 'price' && isAbout(tokens, rules.classes.get('priceFrom'), c.start, 2) ? 'offer'
          : c.kind
    commitments.push({kind, start: folded.map[c.start]!, end: foldedEnd(folded, c.end)})
  }
  if (userCommitments) {
    for (const m of userCommitments.match(tokens)) {
      const {start, end} = spanOf(folded, tokens, m)
      commitments.push({kind: 'custom', start, end})
    }
  }
  if (commitments.length > 1) {
    sortSpans(commitments)
    // « devis gratuit »: the word « gratuit » inside an offer is no guarantee of its own.
    if (commitments.some((c) => c.kind === 'offer')) {
      const offers = commitments.filter((c) => c.kind === 'offer')
      const inside = (c: Span & {kind: string}) => c.kind !== 'offer' && offers.some((o) => o.start <= c.start && c.end <= o.end)
      for (let k = commitments.length - 1; k >= 0; k--) if (inside(commitments[k]!)) commitments.splice(k, 1)
    }
  }

  const introducesMention = introM.length > 0
  // « Cette formule guide tout ce que nous faisons », "This motto guides everything we do": the
  // organisation owns the slogan it takes up, so the claim before stands.
  const about = (aboutM.length > 0 && !tokens.some((t) => atomHas(rules.classes.get('owner'), t.w))) || isBareTag(tokens, rules)

  // Mention signals
  let mentionKinds: Set<string> | undefined
  const negCond = rules.classes.get('negCond')
  const readerSubject = rules.classes.get('readerSubject')
  for (const m of mentionM) {
    const kind = rules.mentionKinds[m.id]!
    // "If you need to reschedule, …", « Si vous devez … »: a condition put to the reader, not a
    // maxim ("If your organisation is determined to…" stays one).
    if (kind === 'maxim' && m.from > 0 && atomHas(negCond, tokens[m.from - 1]!.w) && atomHas(readerSubject, tokens[m.from]!.w)) continue
    ;(mentionKinds ??= new Set()).add(kind)
  }
  // « Être à votre écoute. », "Delighting our patients is what we do", "it's important that our
  // customers can trust us": a maxim the organisation or the reader is in is a pledge; so is
  // « nos conseillers restent à l'écoute de leurs clients » (a third party's customers, ours too).
  if (mentionKinds !== undefined && [...mentionKinds].every((k) => OWNABLE_KINDS.has(k))) {
    const you = rules.classes.get('you')
    const we = rules.classes.get('we')
    // A third party's customers stay a report when the reader is addressed ("they want to make you
    // a happy customer"); only the organisation speaking makes them its own.
    const byReader = !mentionKinds.has('thirdParty')
    if (tokens.some((t) => (byReader && atomHas(you, t.w)) || atomHas(we, t.w))) mentionKinds = undefined
  }
  if (isTaggedQuestion(folded, tokens, rules)) (mentionKinds ??= new Set()).add('question')
  if (!candidates) return result([], commitments, mentionKinds !== undefined, mentionKinds ?? NO_KINDS, introducesMention, about)

  // Claims
  const hasSpeaker = speakerM.length > 0
  // A short sentence is a tagline unless it tells a story in the third person (press narrative).
  let fragment: boolean | undefined
  const isFragment = (): boolean => (fragment ??= tokens.length <= FRAGMENT_WORDS && !isNarrative(tokens, rules.classes))
  const hits: Hit[] = []
  for (const m of claimM) {
    const info = rules.claimInfo[m.id]!
    if (info.needs === 'speaker' && !hasSpeaker) continue
    if (info.needs === 'fragment' && !hasSpeaker && !isFragment() && !isTaglineClause(folded.text, tokens, m.from, m.to, rules.classes)) continue
    if (isDenied(folded.text, tokens, rules.classes, m.from)) continue
    addHit(hits, folded, tokens, 'hollow-claim', info.family, info.missing, m)
  }
  if (userClaims) for (const m of userClaims.match(tokens)) addHit(hits, folded, tokens, 'hollow-claim', 'custom', 'measure', m)

  // Hedged promises: a claim when the organisation makes them, else a vague promise.
  const isRequest = requestM.length > 0
  for (const m of fpHedgeM) addHit(hits, folded, tokens, 'hollow-claim', 'hedge', 'deadline', m)
  if (hedgeM.length > 0) {
    const custAsk = rules.classes.get('custAsk')
    const act = rules.classes.get('act')
    const finite = rules.classes.get('finite3')
    const joiner = rules.classes.get('joiner')
    for (const m of hedgeM) {
      // « Merci de nous répondre au plus vite » is the reader's deadline, unless the organisation
      // speaks between the request and the hedge ("please tell us and we'll make every effort to…").
      if (isRequest && !requestM.some((r) => r.to <= m.from && orgM.some((o) => r.to <= o.from && o.to <= m.from && joins(tokens, joiner, r.to, o.from)))) continue
      // Made by the organisation, or aimed at the customer (« votre demande sera traitée au plus vite »).
      // A verbless tagline opening on the service (« Intervention discrète dans les plus brefs délais. »)
      // is the organisation's voice too; "Refunds will be processed promptly." stays a vague promise.
      const byOrg =
        orgM.some((s) => s.from < m.from) ||
        tokens.some((t) => atomHas(rules.customer, t.w) || atomHas(custAsk, t.w)) ||
        (isFragment() && atomHas(act, tokens[0]!.w) && !tokens.some((t) => atomHas(finite, t.w)))
      addHit(hits, folded, tokens, byOrg ? 'hollow-claim' : 'vague-promise', 'hedge', 'deadline', m)
    }
  }

  // Superlatives: a claim when aimed at customers, else an unverifiable superlative.
  if (superM.length > 0) {
    // Someone else's customers (« les hôteliers … à leurs clients ») are not the reader.
    const aimed = hasSpeaker || isFragment() || tokens.some((t, i) => atomHas(rules.customer, t.w) && !othersCustomerAt(tokens, i, rules.classes))
    for (const m of superM) addHit(hits, folded, tokens, aimed ? 'hollow-claim' : 'unverifiable-superlative', 'excellence', 'measure', m)
  }

  // No known shape: the organisation, a value word and the customer in one clause still make a claim.
  if (hits.length === 0 && fallback && mentionKinds === undefined && !isRequest) {
    const found = coOccurrence(sentence, folded.map, folded.text, tokens, shapeInfos, rules.classes, orgM, blockerM)
    if (found) {
      const missing = rules.data.claim.families.find((f) => f.id === found.family)?.missing ?? 'measure'
      addHit(hits, folded, tokens, 'hollow-claim', found.family, missing, {id: -1, from: found.from, to: found.to})
    }
  }

  if (hits.length === 0) {
    return result([], commitments, mentionKinds !== undefined, mentionKinds ?? NO_KINDS, introducesMention, about)
  }

  // Ordinary uses and allowed phrases cancel the claims they overlap.
  const cancel: Span[] = blockerM.map((m) => spanOf(folded, tokens, m))
  const allow = extras?.allow[lang]
  if (allow) for (const m of allow.match(tokens)) cancel.push(spanOf(folded, tokens, m))
  let kept = cancel.length === 0 ? hits : hits.filter((h) => !cancel.some((c) => c.start < h.end && h.start < c.end))
  // A request to the reader (« merci de nous répondre au plus vite ») sets the reader's deadline.
  if (isRequest) kept = kept.filter((h) => h.family !== 'responsiveness' && !(h.family === 'hedge' && h.ruleId !== 'hollow-claim'))

  // Quoted slogans are mentions.
  if (kept.length > 0) {
    const quotes = quoteRegions(sentence)
    if (quotes.length > 0) {
      // A spokesperson's own credo (« Nous plaçons le client au centre », explique la gérante) is a claim.
      const role = rules.classes.get('spokesRole')
      const attributed = role !== undefined && tokens.some((t) => atomHas(role, t.w))
      const unquoted = kept.filter((h) => !inside(quotes, h.start, h.end) || quotes.some((q) => q.start <= h.start && h.end <= q.end && ((attributed && spokenByOrg(sentence, q, lang)) || ownCustomers(tokens, folded.map, q, rules.classes))))
      if (unquoted.length < kept.length) (mentionKinds ??= new Set()).add('quote')
      kept = unquoted
    }
  }
  // A claim asked about is questioned, not made (« Le client est-il vraiment roi ? », "Do you listen to your patients?").
  // A short one (« Notre priorité ? ») announces its answer, and « Et si… ? » is a hook: both still claim.
  if (kept.length > 0 && isQuestion(folded) && tokens.length > HOOK_WORDS && hookM.length === 0) (mentionKinds ??= new Set()).add('question')
  if (mentionKinds !== undefined) return result([], commitments, true, mentionKinds, introducesMention, about)

  const findings = merge(kept).map((h): Finding => ({
    ruleId: h.ruleId,
    family: h.family,
    missing: h.missing,
    start: h.start,
    end: h.end,
    actual: sentence.slice(h.start, h.end)
  }))
  return result(findings, commitments, false, NO_KINDS, introducesMention, about)
}

/** Whether a `joiner` word (« et nous… », "and we…": a new clause with its own subject) stands between two tokens. */
function joins(tokens: Token[], joiner: Atom | undefined, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (atomHas(joiner, tokens[i]!.w)) return true
  return false
}

/** A question of at most this many words announces its own answer (« Notre priorité ? »). */
const HOOK_WORDS = 5

function isQuestion(folded: Folded): boolean {
  return folded.text.includes('?') && /\?\s*$/.test(folded.text)
}

/** A sentence that is only a question tag (« Sérieux ? », "Really?"): it questions the sentence before. */
function isBareTag(tokens: Token[], rules: CompiledLang): boolean {
  return tokens.length > 0 && tokens.length <= 2 && tokens.every((t) => rules.questionTags.has(t.w))
}

/** Sorts by start, longer first on ties, keeping the order of equal spans (an insertion sort: lists are short). */
function sortSpans(list: Array<Span & {kind: string}>): void {
  for (let i = 1; i < list.length; i++) {
    const item = list[i]!
    let j = i - 1
    while (j >= 0 && (list[j]!.start > item.start || (list[j]!.start === item.start && list[j]!.end < item.end))) {
      list[j + 1] = list[j]!
      j--
    }
    list[j + 1] = item
  }
}

function result(findings: Finding[], commitments: Array<Span & {kind: string}>, mention: boolean, kinds: ReadonlySet<string>, introduces: boolean, about: boolean): SentenceAnalysis {
  const out: SentenceAnalysis = {findings, commitments, mention}
  if (kinds.size > 0) out.mentionKinds = [...kinds]
  if (introduces) out.introducesMention = true
  if (about) out.discussesPrevious = true
  return out
}

function isTaggedQuestion(folded: Folded, tokens: Token[], rules: CompiledLang): boolean {
  if (tokens.length === 0 || !isQuestion(folded)) return false
  return rules.questionTags.has(tokens[tokens.length - 1]!.w)
}

/**
 * One finding per claim: overlapping hollow claims merge (the first family wins); a vague
 * promise or superlative inside a hollow claim is described by that claim, not repeated.
 */
function merge(hits: Hit[]): Hit[] {
  if (hits.length === 1) return hits
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

/** How far around a quotation its attribution (« explique la gérante », "said the CEO") is looked for. */
const ATTRIBUTION_CHARS = 120

/**
 * Whether a quotation is the organisation speaking in the first person, attributed to one of its
 * people: it holds a `we` word (nous, notre, on; we, our) and a `spokesRole` word (gérant,
 * directrice, fondateur; CEO, founder, manager, secretary) stands just before or after it.
 * A slogan reported of a brand (« Nous plaçons le client au centre », affirme l'enseigne) is not.
 */
export function spokenByOrg(text: string, quote: {start: number; end: number}, lang: Lang): boolean {
  const rules = rulesFor(lang)
  const role = rules.classes.get('spokesRole')
  const we = rules.classes.get('we')
  if (!role || !we) return false
  const words = (slice: string) => tokenize(fold(slice).text, lang).map((t) => t.w)
  if (!words(text.slice(quote.start, quote.end)).some((w) => atomHas(we, w))) return false
  const around = text.slice(Math.max(0, quote.start - ATTRIBUTION_CHARS), quote.start) + ' ' + text.slice(quote.end, quote.end + ATTRIBUTION_CHARS)
  return words(around).some((w) => atomHas(role, w))
}

/**
 * Whether a quotation speaks of the speaker's own customers (« … de mes patients … », "… our
 * clients …"): a `we` word right before a `cust` word. Someone quoted saying « nos clients » runs
 * the organisation; a customer's testimonial or a reported slogan does not say it.
 */
function ownCustomers(tokens: Token[], map: readonly number[], quote: {start: number; end: number}, classes: Classes): boolean {
  const we = classes.get('we')
  const cust = classes.get('cust')
  const inQuote = (t: Token) => map[t.s]! >= quote.start && map[t.s]! < quote.end
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!]
    if (!b.pb && inQuote(a) && inQuote(b) && atomHas(we, a.w) && atomHas(cust, b.w)) return true
  }
  return false
}

/** Compiles the user's extra phrases: literal word sequences, folded, never regular expressions. */
/**
 * The words are a vague deadline said as an adverbial of time (« dans les meilleurs délais »,
 * "as soon as possible"), nothing more: a phrase rewrite (« sous 48 h ») can take their place.
 */
export function phraseFits(words: string, lang: Lang): boolean {
  const key = `${lang}\u0000${words}`
  let fits = fitting.get(key)
  if (fits === undefined) {
    const tokens = tokenize(fold(words).text, lang)
    fits = tokens.length > 0 && rulesFor(lang).adverbials.match(tokens).some((m) => m.from === 0 && m.to === tokens.length)
    if (fitting.size >= LEXICON_LIMIT) fitting.clear()
    fitting.set(detach(key), fits)
  }
  return fits
}

const fitting = new Map<string, boolean>()

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
