/** What a source yields: blocks, prose units with their map back to the original text, suppression directives. */
import type {RuleId} from '../types.ts'

/** A block of the document: `[start, end)` offsets into its text. */
export interface BlockRange {
  start: number
  end: number
}

/** Where a prose unit comes from in the document's structure. */
export type UnitKind =
  | 'heading'
  | 'paragraph'
  | 'listItem'
  | 'tableCell'
  | 'blockquote'
  | 'frontMatter'
  /** A string of a data or translation file (JSON, YAML, gettext, XLIFF). */
  | 'field'

/**
 * A run of prose as the writer reads it (markup removed), with a map back to the original text.
 * `offsets[i]` is the offset in the ORIGINAL block text of `text[i]`;
 * `offsets[text.length]` is the original offset just after the last character.
 * Inserted characters (e.g. a space standing for a soft line break) map to the original
 * character they replace.
 */
export interface ProseUnit {
  text: string
  offsets: Int32Array
  kind: UnitKind
  /** Units of the same list or table share a group id (unique within a document). */
  group?: number
  /** Heading depth, for `heading`. */
  depth?: number
  /** True for quoted material (blockquote): the writer is usually quoting someone else. */
  quoted?: boolean
  /**
   * The language the file declares for this text (`fr`, `de`…: a translation's target language,
   * a catalogue's header). Wins over detection; a language the linter does not check is skipped.
   */
  lang?: string
}

/** A suppression comment: `<!-- promesse-disable hollow-claim -->` and friends. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line'
  /** Rules named; empty means all rules. */
  rules: RuleId[] | string[]
  /** Original offset of the comment's start. */
  offset: number
  /** Original offset just after the comment's end. */
  end: number
}

/** A block: the unit of caching. Offsets in `units` and `directives` are relative to `start`. */
export interface Block {
  start: number
  end: number
  units: ProseUnit[]
  directives: Directive[]
}
