/**
 * Compiles one language's rule data into matchers, once, at module load.
 */
import type {LangData} from '../rules/types.ts'
import {classAtom, parsePattern, PatternSet, type Atom} from './pattern.ts'
import {buildCommitmentRegexes, type CommitmentRegexes} from './commitment-regex.ts'

export interface ClaimPattern {
  family: string
  missing: string
  /** `none`: a claim on its own; `speaker`: needs the organisation or the customer addressed; `fragment`: needs a speaker or a short sentence. */
  needs: 'none' | 'speaker' | 'fragment'
}

/**
 * Kinds of commitment, in the rule data (`commitments.yaml` patterns, a family's `backedBy`) and
 * in code (the regular expressions; `custom` for the user's phrases; `quote` for a deadline on a
 * quote, « devis sous 24 h », which keeps no promise but a fast quote; `offer`: « devis gratuit »,
 * "free consultation", which keeps none — and makes the words inside it no guarantee).
 */
export const COMMITMENT_KINDS: readonly string[] = ['deadline', 'hours', 'measure', 'price', 'guarantee', 'channel', 'policy', 'custom', 'quote', 'offer']

/** The bit of a commitment kind in a sentence's `kinds` mask. */
export function kindBit(kind: string): number {
  const i = COMMITMENT_KINDS.indexOf(kind)
  return i < 0 ? 0 : 1 << i
}

/** Every kind: what backs a family with no `backedBy`. */
export const ALL_KINDS = (1 << COMMITMENT_KINDS.length) - 1

/** Pattern categories, matched together in one pass over the tokens. */
export const CATEGORIES = ['claims', 'speakers', 'orgSubjects', 'blockers', 'firstPersonHedges', 'hedges', 'requests', 'superlatives', 'commitments', 'mentions', 'introducers', 'aboutPrevious', 'questionHooks', 'disclaimers'] as const
export type Category = (typeof CATEGORIES)[number]

/** Categories that only matter around a candidate claim: matched only when one was found. */
export const CONTEXT_CATEGORIES: ReadonlySet<Category> = new Set(['speakers', 'orgSubjects', 'blockers', 'requests'])

/** Patterns matched together in one pass; `category[id]` and `index[id]` (rank within its category) say what each is. */
export interface PatternGroup {
  set: PatternSet
  category: Uint8Array
  index: Int32Array
}

export interface CompiledLang {
  data: LangData
  classes: Map<string, Atom>
  /** Claims, hedges, superlatives, commitments, mentions, introducers, what discusses the sentence before, question hooks. */
  primary: PatternGroup
  /** Speakers, organisation subjects, blockers and requests. */
  context: PatternGroup
  claimInfo: ClaimPattern[]
  commitmentKinds: string[]
  commitmentRegexes: CommitmentRegexes
  mentionKinds: string[]
  /** The subject each disclaimer pattern undercuts when its sentence names none (`any`: every subject). */
  disclaimerSubjects: string[]
  questionTags: Set<string>
  /** Customer words (class `cust` and `you`): a superlative near them is aimed at customers. */
  customer: Atom
  /** The hedges said as an adverbial of time, alone: the words a phrase rewrite may replace. */
  adverbials: PatternSet
  /** Per family id, the mask of commitment kinds that back it (`ALL_KINDS` when the family says nothing). */
  backedBy: Map<string, number>
}

export function compileLang(data: LangData): CompiledLang {
  const lang = data.lang
  const classes = new Map<string, Atom>()
  for (const [name, entries] of Object.entries(data.classes)) {
    try {
      classes.set(name, classAtom(entries, lang))
    } catch (error) {
      throw new Error(`${lang} class ${name}: ${(error as Error).message}`)
    }
  }
  const groups = {
    primary: {set: new PatternSet(), category: [] as number[], index: [] as number[]},
    context: {set: new PatternSet(), category: [] as number[], index: [] as number[]}
  }
  const counts = new Array<number>(CATEGORIES.length).fill(0)
  function add(cat: Category, pattern: string, where: string): void {
    const group = CONTEXT_CATEGORIES.has(cat) ? groups.context : groups.primary
    try {
      group.set.add(parsePattern(pattern, lang, classes))
    } catch (error) {
      throw new Error(`${lang} ${where}: ${(error as Error).message}`)
    }
    const c = CATEGORIES.indexOf(cat)
    group.category.push(c)
    group.index.push(counts[c]!++)
  }
  const claimInfo: ClaimPattern[] = []
  for (const family of data.claim.families) {
    for (const [list, needs] of [[family.standalone, 'none'], [family.withSpeaker, 'speaker'], [family.fragment ?? [], 'fragment']] as const) {
      for (const p of list) {
        add('claims', p, `family ${family.id}`)
        claimInfo.push({family: family.id, missing: family.missing, needs})
      }
    }
  }
  for (const p of data.claim.speakers) add('speakers', p, 'speakers')
  for (const p of data.claim.orgSubjects) add('orgSubjects', p, 'orgSubjects')
  for (const p of data.claim.blockers) add('blockers', p, 'blockers')
  for (const p of data.vague.firstPerson) add('firstPersonHedges', p, 'vague firstPerson')
  for (const p of data.vague.hedges) add('hedges', p, 'vague hedges')
  const adverbials = new PatternSet()
  for (const p of data.vague.adverbials) {
    add('hedges', p, 'vague adverbials')
    adverbials.add(parsePattern(p, lang, classes))
  }
  for (const p of data.vague.requests) add('requests', p, 'vague requests')
  for (const p of data.superlative.patterns) add('superlatives', p, 'superlatives')
  const commitmentKinds: string[] = []
  for (const [kind, patterns] of Object.entries(data.commitments.patterns)) {
    for (const p of patterns) {
      add('commitments', p, `commitments ${kind}`)
      commitmentKinds.push(kind)
    }
  }
  const mentionKinds: string[] = []
  for (const [kind, patterns] of Object.entries(data.mentions.signals)) {
    for (const p of patterns) {
      add('mentions', p, `mention ${kind}`)
      mentionKinds.push(kind)
    }
  }
  for (const p of data.mentions.introducers) add('introducers', p, 'introducers')
  for (const p of data.mentions.aboutPrevious) add('aboutPrevious', p, 'aboutPrevious')
  for (const p of data.mentions.questionHooks) add('questionHooks', p, 'questionHooks')
  const disclaimerSubjects: string[] = []
  for (const d of data.register.disclaimers) {
    for (const p of d.patterns) {
      add('disclaimers', p, `disclaimers ${d.subject}`)
      disclaimerSubjects.push(d.subject)
    }
  }
  const customer: Atom = {exact: new Set(), prefixes: [], any: false}
  for (const name of ['cust', 'you']) {
    const atom = classes.get(name)
    if (!atom) throw new Error(`${lang}: the lexicon must define the class "${name}"`)
    for (const w of atom.exact) customer.exact.add(w)
    customer.prefixes.push(...atom.prefixes)
  }
  const backedBy = new Map<string, number>()
  for (const family of data.claim.families) {
    if (!family.backedBy) continue
    let mask = 0
    for (const kind of family.backedBy) {
      const bit = kindBit(kind)
      if (bit === 0) throw new Error(`${lang} family ${family.id}: unknown commitment kind ${kind} in backedBy`)
      mask |= bit
    }
    backedBy.set(family.id, mask)
  }
  return {
    backedBy,
    data,
    classes,
    primary: {set: groups.primary.set, category: Uint8Array.from(groups.primary.category), index: Int32Array.from(groups.primary.index)},
    context: {set: groups.context.set, category: Uint8Array.from(groups.context.category), index: Int32Array.from(groups.context.index)},
    claimInfo,
    commitmentKinds,
    commitmentRegexes: buildCommitmentRegexes(data.commitments),
    mentionKinds,
    disclaimerSubjects,
    questionTags: new Set(data.mentions.questionTags),
    customer,
    adverbials
  }
}
