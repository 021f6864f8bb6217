/**
 * The contract between the engine and every front end (CLI, VS Code, eval, bench).
 * Field names follow unified's VFileMessage (`ruleId`, `source`, `actual`, `expected`, `note`,
 * `url`) so unified tooling can consume a message as it is.
 */

export type Severity = 'error' | 'warning' | 'info'
export type RuleSetting = Severity | 'off'
/**
 * How a document is read. `json` and `yaml` are data or translation files (each prose string is
 * a unit), `po` gettext catalogues, `xliff` XLIFF 1.2/2.x, `mdx` Markdown with JSX.
 */
export type Format = 'markdown' | 'plaintext' | 'html' | 'json' | 'yaml' | 'po' | 'xliff' | 'mdx'
export type Lang = 'fr' | 'en'
export type LangSetting = Lang | 'auto'

/** Stable rule ids. */
export type RuleId = 'hollow-claim' | 'vague-promise' | 'unverifiable-superlative' | 'conflicting-commitment' | 'undercut-commitment'

export interface Point {
  /** 1-based line. */
  line: number
  /** 1-based column, in UTF-16 code units. */
  column: number
  /** 0-based UTF-16 offset into the original text. */
  offset: number
}

export interface Message {
  ruleId: RuleId
  source: 'promesse'
  severity: Severity
  /** Where the finding is, in the ORIGINAL text (UTF-16 offsets, whatever the Unicode form or line endings). */
  start: Point
  end: Point
  /** Convenience copies of start/end, as unified messages have them. */
  line: number
  column: number
  endLine: number
  endColumn: number
  /** What is wrong, in the writer's terms, in the document's language. */
  message: string
  /** The matched text, exactly `text.slice(start.offset, end.offset)`. */
  actual: string
  /**
   * Rewrite suggestions, the preferred first; may hold snippet placeholders such as `${1:24} h`.
   * Exactly the snippets of `fixes`, in the same order.
   */
  expected: string[]
  /**
   * The edit each rewrite makes, decided here once for every front end: a whole-sentence rewrite
   * replaces the sentence, a phrase replaces only words it fits (a vague deadline), with the
   * capital and punctuation of its place. Applying one leaves a correct sentence.
   */
  fixes: Fix[]
  /** Why it matters: what commitment is missing. */
  note: string
  /** The rule's documentation. */
  url: string
  /** Language of the paragraph the finding is in. */
  lang: Lang
  /** Claim family (king, centre, orientation, priority, …) when the rule knows it. */
  family?: string
  /** Heading of the section the finding is in, if any (for grouped reviews). */
  section?: string
  /** The sentence the finding is in. */
  sentence?: {start: Point; end: Point}
  /** Other places the message speaks of (the other commitment of a conflict, the disclaimer). */
  related?: RelatedPlace[]
}

/** A place in this document (no `file`) or in another file linted with it. */
export interface RelatedPlace {
  file?: string
  start: Point
  end: Point
  /** What is there, in the document's language (« « sous 48 h » »). */
  message: string
}

/** One rewrite as an edit of the original text. */
export interface Fix {
  /** Replaces `text.slice(start, end)`: UTF-16 offsets into the ORIGINAL text. */
  start: number
  end: number
  /** The replacement as the writer reads it, blanks filled with their defaults. */
  text: string
  /** The same with snippet placeholders (`${1:24}`), for editors that select the blanks. */
  snippet: string
}

/** A claim the engine saw, backed or not: what reviews and scorecards are built from. */
export interface ClaimRecord {
  status: 'hollow' | 'backed' | 'mention'
  family: string
  lang: Lang
  start: number
  end: number
  actual: string
  section?: string
  /** A hollow claim the writer silenced (a suppression comment, or its rule `off`): not counted as hollow. */
  silenced?: true
}

/** Counts of what the writer is shown: they agree with the messages. */
export interface LintStats {
  /** Every claim seen: backed, hollow and silenced. */
  claims: number
  backed: number
  /** Hollow claims reported, i.e. with a message. */
  hollow: number
  /** Hollow claims silenced by a suppression comment, an ignored sentence or a rule set to `off` (allowed phrases are not claims at all). */
  silenced: number
  mentions: number
  commitments: number
}

/**
 * A concrete commitment the engine recognised, as the register lists it. Its `value` is
 * normalised so that two places can be compared: a delay in hours (business days apart), opening
 * days and clock times, an amount, a percentage.
 */
export interface CommitmentRecord {
  /** `delay`, `schedule`, `price`, `measure`, `channel`, `guarantee`, `policy` or `other`. */
  kind: string
  /** What it is about (response, delivery, intervention, opening, phone…), `general` when the sentence names nothing. */
  subject: string
  value: CommitmentValue
  lang: Lang
  /** The commitment's words: UTF-16 offsets into the original text, `words` = `text.slice(start, end)`. */
  start: number
  end: number
  words: string
  /** The sentence it is in. */
  sentenceStart: number
  sentenceEnd: number
  /** Words that restrict it (express, urgent, weekend): commitments restricted differently never conflict. */
  qualifiers: string[]
  /** Register rules silenced at its place (a suppression comment): no message of theirs lands here. */
  silenced?: RuleId[]
}

export interface CommitmentValue {
  /** A delay: lowest and highest hours (equal for one value), counted in calendar or business time. */
  hours?: [number, number]
  basis?: 'calendar' | 'business'
  /** Opening days, Monday = 1 … Sunday = 7, sorted. */
  days?: number[]
  /** Clock-time ranges in minutes after midnight. */
  times?: Array<[number, number]>
  amount?: number
  currency?: string
  percent?: number
}

/** A disclaimer that undercuts promised times (« délais donnés à titre indicatif »). */
export interface DisclaimerRecord {
  /** The subject it undercuts, or `any`. */
  subject: string
  /** The time it takes back, when its sentence names one ("next-working-day delivery cannot be guaranteed"): only promises of that time. */
  value?: CommitmentValue
  lang: Lang
  start: number
  end: number
  words: string
}

export interface LintResult {
  messages: Message[]
  claims: ClaimRecord[]
  /** Every commitment of the document, in order (what the register is built from). */
  commitments: CommitmentRecord[]
  disclaimers: DisclaimerRecord[]
  stats: LintStats
  /** Problems with the configuration passed in; linting went on with defaults for those fields. */
  configErrors: ConfigError[]
  /**
   * Parts of the document the engine could not read (an internal error of a block's parser):
   * their text was not linted, the rest of the document was. Empty when all was read.
   */
  blockErrors: BlockError[]
}

/** A block of the document that could not be read, so none of its text was linted. */
export interface BlockError {
  /** 1-based line where the block starts. */
  line: number
  /** UTF-16 offsets of the block in the original text. */
  start: number
  end: number
  /** What went wrong, as the parser said it. */
  reason: string
}

export interface ConfigError {
  /** The config file, when known. */
  file?: string
  /** JSON-pointer-like path of the offending field, e.g. `rules.hollow-claim`. */
  field: string
  /** Why it is wrong. */
  reason: string
  /** 1-based line in the config file, when known (syntax errors). */
  line?: number
}

/** The shared configuration (`.promesserc.json`, `.promesserc.yaml`, or `promesse` in package.json). */
export interface PromesseConfig {
  /** Document language: `auto` detects it per paragraph. */
  language?: LangSetting
  /** Languages linted; paragraphs in other languages are skipped. */
  languages?: Lang[]
  /** Per-rule severity or `off`. */
  rules?: Partial<Record<RuleId, RuleSetting>>
  /** Phrases never flagged (literal word sequences, case- and accent-insensitive). */
  allow?: string[]
  /**
   * Sentences whose findings are never reported, as written (spacing and Unicode form aside):
   * « Ignorer ici » where the document cannot hold a comment. Counted as silenced.
   */
  ignore?: string[]
  /**
   * Front-matter keys read (`include`: e.g. a field named `name` that holds copy) or skipped
   * (`exclude`) beyond the defaults; compared without case, `-` or `_`.
   */
  frontMatter?: {include?: string[]; exclude?: string[]}
  /**
   * Where JSON and YAML files hold copy (globs, relative to the config file's folder or the
   * workspace; `!` excludes). Default: translation and data folders (`**\/locales/**`,
   * `**\/i18n/**`, `**\/_data/**`, `**\/data/**`…). Other JSON and YAML files are not read.
   */
  dataFiles?: string[]
  /** Extra claim phrases (literal word sequences) per language. */
  claims?: Partial<Record<Lang, string[]>>
  /** Extra commitment markers (literal word sequences) per language. */
  commitments?: Partial<Record<Lang, string[]>>
  /** Extra rewrite templates per language (snippet syntax allowed). */
  rewrites?: Partial<Record<Lang, string[]>>
}

export interface LintOptions {
  format?: Format
  /** Overrides `config.language`. */
  lang?: LangSetting
  config?: PromesseConfig
  /** Where the config came from, used in config error reports. */
  configFile?: string
  /**
   * The document's file name or path (`locales/fr.json`, `fr/LC_MESSAGES/site.po`): a data or
   * translation file's language may be read from it. Nothing is read from disk.
   */
  fileName?: string
}
