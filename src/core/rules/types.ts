/** Shape of the rule data compiled from `rules/<lang>/*.yaml` (see `scripts/build-rules.ts`). */
import type {Lang, RuleId, Severity} from '../types.ts'

export interface FamilyData {
  id: string
  /** What the claim asserts, in the document language (used in messages). */
  label: string
  /** Commitment kind that would back it (key of `ClaimData.missing`). */
  missing: string
  /** Patterns that are claims on their own (marketing shapes no essay uses unquoted). */
  standalone: string[]
  /** Patterns that are claims only when the organisation speaks or the customer is addressed. */
  withSpeaker: string[]
  /** Patterns that are claims in a short marketing fragment (« Réponse rapide garantie. ») or with a speaker. */
  fragment: string[]
  /** Rewrites with snippet placeholders. */
  rewrites: string[]
  /**
   * Commitment kinds that keep this family's promise (`COMMITMENT_KINDS`); absent: every kind.
   * Opening hours do not back « le client au cœur de nos décisions ».
   */
  backedBy?: string[]
}

export interface MissingData {
  label: string
  note: string
}

export interface ClaimData {
  message: string
  families: FamilyData[]
  /** Words that show the organisation speaking or the customer being addressed. */
  speakers: string[]
  /** Subjects that show the organisation acting (used by hedges). */
  orgSubjects: string[]
  /** Shapes that look like claims but are ordinary uses (client FTP, à proximité de…). */
  blockers: string[]
  missing: Record<string, MissingData>
}

export interface VagueData {
  message: string
  note: string
  /** Hedges that carry the organisation in themselves (« de notre mieux », "do our best"). */
  firstPerson: string[]
  /** Hedges that need the organisation as subject (« dans les meilleurs délais »). */
  hedges: string[]
  /**
   * Hedges said as an adverbial of time (« dans les meilleurs délais », "as soon as possible"),
   * detected like the others: a rewrite that is not a whole sentence replaces only these words.
   */
  adverbials: string[]
  /** Requests to the reader: a hedge in such a sentence is the reader's deadline, not a promise. */
  requests: string[]
  rewrites: string[]
}

export interface SuperlativeData {
  message: string
  note: string
  patterns: string[]
  rewrites: string[]
}

export interface CommitmentData {
  numberWords: string[]
  /** Unit words per kind: `duration` units follow a number; `currency` units too. */
  units: Record<string, string[]>
  /** Day names (full and short) for ranges such as `du lundi au vendredi`, `Mon–Fri`. */
  days: string[]
  /** Range connectors between two days (`au`, `to`, `through`). */
  rangeWords: string[]
  /** Words between two numbers before a unit (« 24 ou 48 h », "2 to 3 days"); dashes and slashes are code. */
  numberRangeWords: string[]
  /** Letters for days in round-the-clock hours (« 7j/7 », « 365j/365 »). */
  dayLetters: string[]
  /** Words after a street number (« 12 bis rue… »). */
  streetNumberSuffixes: string[]
  /** Token patterns per commitment kind. */
  patterns: Record<string, string[]>
  /** A duration right after one of these words is the company's age, not a commitment. */
  notBefore: string[]
  /** … or right before one of these. */
  notAfter: string[]
  /** A percentage followed by one of these words is puffery (100 % satisfaction). */
  pufferyAfterPercent: string[]
}

export interface MentionData {
  /** Token patterns per signal kind; any match makes the sentence a mention. */
  signals: Record<string, string[]>
  /** Words that, at the end of a question, question a slogan (« vraiment ? »). */
  questionTags: string[]
  /** A sentence matching one of these introduces examples: the next sentence is quoted material. */
  introducers: string[]
  /** A sentence matching one of these discusses the one before it (« Cette formule… », "The phrase…"): a claim there is a mention. */
  aboutPrevious: string[]
  /** A question opening on one of these is a hook (« Et si… ? », "What if…?"): its claim still counts. */
  questionHooks: string[]
}

/** What the commitments register reads: subjects, values of words, and the disclaimers that undercut promises. */
export interface RegisterData {
  /** Message templates: `{words}` the commitment, `{other}` the other place's words, `{place}` where it is (`{line}`, `{file}`). */
  messages: {conflict: string; conflictNote: string; undercut: string; undercutNote: string; placeHere: string; placeFile: string}
  numberValues: Record<string, number>
  /** Hours in one of each duration unit. */
  unitHours: Record<string, number>
  /** Words after a duration unit that make it business days (not compared with calendar days). */
  businessWords: string[]
  /** Day of the week of each day name, Monday = 1. */
  dayNumbers: Record<string, number>
  /** Subject words (`*` ends a prefix; several words in a row allowed), per subject id and kind. */
  /** `channel: number`: the subject of a phone number said alone. */
  subjects: Array<{id: string; kind: string; generic: boolean; strong: boolean; place: boolean; channel?: 'number'; words: string[]}>
  /** Words that restrict a commitment (express, urgent): commitments with different ones never conflict. */
  qualifiers: string[]
  /** A heading made of one of these words alone names no subject (« Accueil »: the home page). */
  notHeadings: string[]
  /** Times said without a number (« dans l'heure », "next business day"). */
  phraseHours: Array<{words: string; hours: number; business: boolean}>
  /** Days named together (« en semaine », "weekdays"), for opening hours that name no day. */
  dayWords: Record<string, number[]>
  /** Words right before an amount that make it a threshold (« dès 50 € », "over £40"). */
  thresholdWords: string[]
  /** Words after which an amount is no price a customer pays (« au capital de 8 000 € »). */
  notPriceAfter: string[]
  /** Token patterns of disclaimers, with the subject they undercut when the sentence names none. */
  disclaimers: Array<{subject: string; patterns: string[]}>
}

export interface ExampleSet {
  file: string
  rule: RuleId
  /** The claim family a family's own examples must be flagged as. */
  family?: string
  /** The commitment kind a kind's own examples must be found as (`flag`), or not (`pass`). */
  commitmentKind?: string
  flag: string[]
  pass: string[]
}

export interface LangData {
  lang: Lang
  classes: Record<string, string[]>
  claim: ClaimData
  vague: VagueData
  superlative: SuperlativeData
  commitments: CommitmentData
  mentions: MentionData
  register: RegisterData
}

/** The rule examples per language: for the tests, not shipped with the engine. */
export type RuleExamples = Record<Lang, ExampleSet[]>

export interface RuleMetaData {
  id: RuleId
  /** `sentence`: judges one sentence's words; `document`: compares places of a document or a set of files. */
  scope: 'sentence' | 'document'
  defaultSeverity: Severity
  title: Record<Lang, string>
  description: Record<Lang, string>
}

export interface RuleData {
  meta: RuleMetaData[]
  langs: Record<Lang, LangData>
}
