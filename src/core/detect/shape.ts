/**
 * Shape checks that look at a whole sentence rather than one pattern: negated commitments,
 * press narrative in short sentences, and the speaker + value + customer fallback. Their words
 * are lexicon classes (`rules/<lang>/lexicon.yaml`); a language without a class skips the check.
 */
import {valueClassFamily} from './contract.ts'
import type {Token} from '../text/tokens.ts'
import type {Atom} from './pattern.ts'

export type Classes = ReadonlyMap<string, Atom>

export function atomHas(atom: Atom | undefined, w: string): boolean {
  if (!atom) return false
  if (atom.exact.has(w)) return true
  for (const p of atom.prefixes) if (w.startsWith(p)) return true
  return false
}

/** Index of the first token that starts at or after a folded offset. */
export function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (tokens[mid]!.s < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

function hasColon(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 58) return true
  return false
}

/** A comma, colon or semicolon in the folded text between two offsets. */
function clauseMarkBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 44 || c === 58 || c === 59) return true
  }
  return false
}

/**
 * Whether a commitment starting at a folded offset is negated: « nous ne répondons pas sous
 * 24 h », "we don't offer 24/7 support". Class `neg` (pas, jamais, not, never, n't) counts up to
 * three words before, class `negNear` (sans, ni, no) only right before; a cap word in between
 * (« jamais plus de 2 minutes », "never more than 5 minutes") keeps the commitment, and so does
 * a negation inside another commitment (« sans frais ») or across a comma (« sans engagement, sous 48 h »).
 */
export function isNegated(text: string, tokens: Token[], classes: Classes, start: number, others: ReadonlyArray<{start: number; end: number}>): boolean {
  const neg = classes.get('neg')
  const near = classes.get('negNear')
  if (!neg && !near) return false
  const i = negationBefore(tokens, tokenAt(tokens, start), neg, near, classes.get('negCap'))
  if (i < 0) return false
  const t = tokens[i]!
  if (clauseMarkBetween(text, t.e, start)) return false
  if (others.some((o) => o.start <= t.s && t.e <= o.end)) return false
  return !inCondition(tokens, i, classes.get('negCond'))
}

/** Whether a `cond` word (if, si…) opens the clause of token `i`, at most four words before it. */
function inCondition(tokens: Token[], i: number, cond: Atom | undefined): boolean {
  if (!cond) return false
  for (let k = i; k >= 0 && k >= i - 4; k--) {
    if (k < i && tokens[k + 1]!.pb) return false
    if (atomHas(cond, tokens[k]!.w)) return true
  }
  return false
}

/** Whether a word of `atom` stands at most `window` words before a folded offset, in the same clause and with no `stop` word between. */
export function isAbout(tokens: Token[], atom: Atom | undefined, start: number, window: number, stop?: Atom): boolean {
  if (!atom) return false
  const first = tokenAt(tokens, start)
  for (let i = first - 1; i >= 0 && i >= first - window; i--) {
    if (tokens[i + 1]?.pb === true) return false
    if (atomHas(atom, tokens[i]!.w)) return true
    if (stop && atomHas(stop, tokens[i]!.w)) return false
  }
  return false
}

/** How far back from a deadline a request to the reader is looked for (« prévenez-nous sous 48 h »). */
const ASK_WINDOW = 6

/**
 * Whether a deadline starting at a folded offset is the customer's, not the company's: asked of
 * the reader (« signalez-le sous 48 h », "let us know within 24 hours", « merci de nous contacter
 * sous 7 jours ») — an `askReader` word up to six words before it in the same clause, not itself
 * said by the organisation ("we call you within the hour", « nous vous appelons sous 2 h ») —
 * or notice the customer gives (« 48 h de préavis », "24 hours' notice": an `askAfter` word
 * right after it, or after `de`/`of`).
 */
export function isCustomersDeadline(tokens: Token[], classes: Classes, start: number, end: number): boolean {
  const ask = classes.get('askReader')
  const after = classes.get('askAfter')
  const we = classes.get('weSubject')
  if (after) {
    let next = tokenAt(tokens, end)
    // « 48 h de préavis », « 3 jours à l'avance », "24 hours in advance": up to two small words between.
    for (let k = 0; k < 2 && next < tokens.length && OF.has(tokens[next]!.w); k++) next++
    if (next < tokens.length && !tokens[next]!.pb && atomHas(after, tokens[next]!.w)) return true
  }
  if (!ask) return false
  const first = tokenAt(tokens, start)
  const wait = classes.get('waitFor')
  for (let i = first - 1; i >= 0 && i >= first - ASK_WINDOW; i--) {
    if (tokens[i + 1]?.pb === true) return false
    const w = tokens[i]!.w
    // "please expect a reply within 3 days": the reader waits for the company's time.
    if (atomHas(wait, w)) return false
    // "a call within 1 hour" is the company's call, not a request.
    if (atomHas(ask, w)) return !saidByUs(tokens, i, ask, we) && !(i > 0 && atomHas(classes.get('askArticle'), tokens[i - 1]!.w))
    // « prévenez-nous »: the pronoun is the object of the request.
    if (atomHas(we, w)) return i > 0 && atomHas(ask, tokens[i - 1]!.w)
  }
  return false
}

const OF: ReadonlySet<string> = new Set(['de', "d'", 'of', 'a', "l'", 'in'])

/** Whether the request word at `i` has the organisation as its subject, up to four words before (« nous vous appelons », "we will aim to send"), not « merci de nous appeler ». */
function saidByUs(tokens: Token[], i: number, ask: Atom, we: Atom | undefined): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    // "a room we cleaned, please tell us": a request word between ends the organisation's clause.
    if (atomHas(ask, tokens[j]!.w)) return false
    if (!atomHas(we, tokens[j]!.w)) continue
    for (let k = j - 1; k >= 0 && k >= j - 3; k--) if (atomHas(ask, tokens[k]!.w)) return false
    return true
  }
  return false
}

/**
 * Whether the claim starting at token `from` is denied by the writer: « le client n'est pas roi »,
 * "we are not customer-obsessed". Class `deny` (or `n't`) up to three words before; a `denyKeep`
 * word between them or opening the claim keeps it ("not only…", "won't rest until…"), as does a break
 * or a comma ("You are not alone, and your comfort is our priority" denies nothing).
 */
export function isDenied(text: string, tokens: Token[], classes: Classes, from: number): boolean {
  const deny = classes.get('deny')
  const keep = classes.get('denyKeep')
  if (!deny || from >= tokens.length || atomHas(keep, tokens[from]!.w)) return false
  const i = negationBefore(tokens, from, deny, undefined, keep)
  return i >= 0 && !clauseMarkBetween(text, tokens[i]!.e, tokens[from]!.s)
}

/**
 * The token of a negation up to three words before token `first` (`neg` words or `n't` at any of
 * them, `near` words only right before), or -1: a `keep` word or a break on the way stops the search.
 */
function negationBefore(tokens: Token[], first: number, neg: Atom | undefined, near: Atom | undefined, keep: Atom | undefined): number {
  for (let d = 1; d <= 3; d++) {
    const i = first - d
    if (i < 0) return -1
    // A sentence-internal break (; — ( …) between this word and what follows.
    if (tokens[i + 1]?.pb === true) return -1
    const w = tokens[i]!.w
    if (atomHas(keep, w)) return -1
    if (w === "n't" || atomHas(neg, w) || (d === 1 && atomHas(near, w))) return i
  }
  return -1
}

/**
 * Whether a short sentence reads as press narrative rather than a tagline: a third-person subject
 * with a finite verb (« Le groupe annonce une intervention rapide sur le réseau », "The hotel
 * offers quick service"). Subjects are a `subj3` pronoun, or any word (a name, a determiner and
 * its noun) right before a `finite3` verb, unless that word is the service or the team itself
 * (« Le service est rapide » stays a tagline). Up to two words of a `det3` noun phrase may stand
 * between a determiner and the verb (« La nouvelle agence ouvre… »).
 */
export function isNarrative(tokens: Token[], classes: Classes): boolean {
  const finite = classes.get('finite3')
  if (!finite) return false
  const pronoun = classes.get('subj3')
  const det = classes.get('det3')
  const own = [classes.get('servnoun'), classes.get('team'), classes.get('act'), classes.get('cust'), classes.get('you')]
  for (let v = 1; v < tokens.length; v++) {
    if (!atomHas(finite, tokens[v]!.w) || tokens[v]!.pb) continue
    const before = tokens[v - 1]!.w
    if (atomHas(pronoun, before)) return true
    if (own.some((a) => atomHas(a, before)) || atomHas(det, before)) continue
    // A name or a noun phrase: the word before the verb, preceded by a determiner or starting the sentence.
    const start = v - 1
    if (start === 0 || tokens[start]!.pb) return true
    for (let d = start - 1; d >= Math.max(0, start - 2); d--) {
      if (atomHas(det, tokens[d]!.w)) return true
      if (tokens[d]!.pb) break
    }
  }
  return false
}

/** Whether the word at `i` follows an `othersOwn` word (« leurs clients », "their customers"): someone else's customers, not the reader. */
export function othersCustomerAt(tokens: Token[], i: number, classes: Classes): boolean {
  return i > 0 && atomHas(classes.get('othersOwn'), tokens[i - 1]!.w)
}

/** Bit of `wordShape`: a customer word (classes `cust` and `you`). */
export const SHAPE_CUSTOMER = 1
/** Bit of `wordShape`: a word that blocks the fallback in its clause (class `fallbackStop`: data, hiring, conditions, negation). */
export const SHAPE_STOP = 2
/** Bit of `wordShape`: a word that can make the organisation the speaker (classes `we`, `orgnoun`, `team`). */
export const SHAPE_SPEAKER = 4
/** `wordShape >> SHAPE_VALUE_SHIFT` is 1 + the index of the word's value family in `valueFamilies`, 0 for none. */
export const SHAPE_VALUE_SHIFT = 3

const families = new WeakMap<Classes, Array<{family: string; atom: Atom}>>()

/** Value classes of a language: `valueListening` → family `listening`, in lexicon order. */
export function valueFamilies(classes: Classes): Array<{family: string; atom: Atom}> {
  let list = families.get(classes)
  if (!list) {
    list = []
    for (const [name, atom] of classes) {
      const family = valueClassFamily(name)
      if (family) list.push({family, atom})
    }
    families.set(classes, list)
  }
  return list
}

/** What a word brings to the speaker + value + customer fallback (bits above). */
export function wordShape(classes: Classes, w: string): number {
  let bits = 0
  if (atomHas(classes.get('cust'), w) || atomHas(classes.get('you'), w)) bits |= SHAPE_CUSTOMER
  if (w === "n't" || atomHas(classes.get('fallbackStop'), w) || atomHas(classes.get('neg'), w)) bits |= SHAPE_STOP
  if (atomHas(classes.get('we'), w) || atomHas(classes.get('orgnoun'), w) || atomHas(classes.get('team'), w)) bits |= SHAPE_SPEAKER
  const list = valueFamilies(classes)
  for (let i = 0; i < list.length; i++) {
    if (atomHas(list[i]!.atom, w)) {
      bits |= (i + 1) << SHAPE_VALUE_SHIFT
      break
    }
  }
  return bits
}

/**
 * A cheap test before the fallback: some clause holds a possible speaker, a customer word and a
 * value word, and no stop word. Only then are the speaker patterns matched (`coOccurrence`).
 */
export function mayCoOccur(text: string, tokens: Token[], shapes: ArrayLike<number>): boolean {
  let seen = 0
  let stop = false
  for (let b = 0; b <= tokens.length; b++) {
    if (b === tokens.length || (b > 0 && (tokens[b]!.pb || hasColon(text, tokens[b - 1]!.e, tokens[b]!.s)))) {
      if (!stop && (seen & (SHAPE_SPEAKER | SHAPE_CUSTOMER)) === (SHAPE_SPEAKER | SHAPE_CUSTOMER) && seen >> SHAPE_VALUE_SHIFT !== 0) return true
      if (b === tokens.length) return false
      seen = 0
      stop = false
    }
    const bits = shapes[b]!
    if ((bits & SHAPE_STOP) !== 0) stop = true
    seen |= bits
  }
  return false
}

/**
 * The fallback for open-ended claims: in one clause (cut at « ; . ! ? ( ) — » and colons), the
 * organisation speaking (an `orgSubjects` match with a `we` word, or opening the clause: nous,
 * notre équipe, on, l'agence, we, our team…), a value
 * word (the `value*` classes) and the customer (vous, vos clients, you, customers), with no stop
 * word (negation, condition, data or hiring vocabulary) and no blocker in the clause. Returns the
 * token range from the first to the last of the three and the family of the value word.
 */
export function coOccurrence(
  original: string,
  map: ArrayLike<number>,
  text: string,
  tokens: Token[],
  shapes: ArrayLike<number>,
  classes: Classes,
  speakers: ReadonlyArray<{from: number; to: number}>,
  blockers: ReadonlyArray<{from: number; to: number}>
): {from: number; to: number; family: string} | undefined {
  const list = valueFamilies(classes)
  const we = classes.get('we')
  const colon = text.indexOf(':')
  if (colon > 0 && isNameLabel(colon)) return undefined
  let a = 0
  for (let b = 1; b <= tokens.length; b++) {
    const end = b === tokens.length || tokens[b]!.pb || hasColon(text, tokens[b - 1]!.e, tokens[b]!.s)
    if (!end) continue
    const found = clause(a, b)
    if (found) return found
    a = b
  }
  return undefined

  /** « Whole Foods : … », "Acme: …": a name before a colon reports another organisation's words. */
  function isNameLabel(colon: number): boolean {
    const before = tokens.filter((t) => t.e <= colon)
    if (before.length === 0 || before.length > 4) return false
    return before.every((t) => !atomHas(we, t.w) && /\p{Lu}|\d/u.test(original.charAt(map[t.s]!)))
  }

  function clause(a: number, b: number): {from: number; to: number; family: string} | undefined {
    // The organisation speaking: a first-person word (`we` class) in the match, or the match opening the clause (« L'agence … »).
    const speaker = speakers.find((s) => s.from >= a && s.to <= b && (s.from === a || hasWe(s)))
    if (!speaker) return undefined
    if (blockers.some((s) => s.from < b && s.to > a)) return undefined
    let value = -1
    let customer = -1
    for (let i = a; i < b; i++) {
      const bits = shapes[i]!
      if ((bits & SHAPE_STOP) !== 0) return undefined
      if (value < 0 && bits >> SHAPE_VALUE_SHIFT !== 0) value = i
      else if (customer < 0 && (bits & SHAPE_CUSTOMER) !== 0 && (i < speaker.from || i >= speaker.to) && !(i > a && othersCustomerAt(tokens, i, classes))) customer = i
    }
    if (value < 0 || customer < 0) return undefined
    const from = Math.min(speaker.from, value, customer)
    const to = Math.max(speaker.to, value + 1, customer + 1)
    return {from, to, family: list[(shapes[value]! >> SHAPE_VALUE_SHIFT) - 1]!.family}
  }

  function hasWe(s: {from: number; to: number}): boolean {
    for (let i = s.from; i < s.to; i++) if (atomHas(we, tokens[i]!.w)) return true
    return false
  }
}
