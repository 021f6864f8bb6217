/**
 * The engine's entry: text + format + options → messages.
 *
 * A document is cut into blocks (paragraphs, headings, lists, fences…); each block is analysed on
 * its own and cached by its text, so re-linting after an edit only re-processes the blocks that
 * changed. Scope (what backs a claim), suppressions and messages are then resolved over the whole
 * document, which is cheap.
 */
import type {Format, Lang, LintOptions, LintResult} from './types.ts'
import {analyzeBlock, type AnalyzeOptions, type BlockAnalysis} from './analyze-block.ts'
import {splitBlocks} from './source/index.ts'
import {compileExtras} from './detect/index.ts'
import {validateConfig} from './config.ts'
import {buildResult, type ResultContext} from './result.ts'
import {AllowList} from './allow.ts'
import {resplit, type Span, type Split} from './incremental.ts'

export interface DocumentLinter {
  /** Lints the whole text; blocks whose text did not change since the last call are not re-processed. */
  lint(text: string): LintResult
}

/** Lints one document. */
export function lint(text: string, options: LintOptions = {}): LintResult {
  return createDocumentLinter(options).lint(text)
}

export function createDocumentLinter(options: LintOptions = {}): DocumentLinter {
  const {config, errors} = validateConfig(options.config ?? {}, options.configFile)
  const format: Format = options.format ?? 'plaintext'
  const setting = options.lang ?? config.language ?? 'auto'
  const languages: Lang[] = config.languages?.length ? config.languages : ['fr', 'en']
  const analyze: AnalyzeOptions = {
    format,
    lang: setting === 'auto' ? undefined : setting,
    languages: setting === 'auto' ? languages : [setting],
    extras: compileExtras(config)
  }
  const context: ResultContext = {
    config,
    allow: new AllowList(config.allow),
    languages: analyze.languages,
    configErrors: errors,
    extras: analyze.extras,
    described: new Map()
  }
  let before = ''
  let spans: Span[] = []
  let blocks: BlockAnalysis[] = []

  return {
    lint(text: string): LintResult {
      const split = resplit(before, spans, text, format, splitBlocks)
      const fresh = reuse(split, spans, blocks, before, text, (span) =>
        analyzeBlock(text.slice(span.start, span.end), analyze, span.start === 0)
      )
      blocks = [...blocks.slice(0, split.from), ...fresh, ...blocks.slice(split.from + split.replaced)]
      spans = split.spans
      before = text
      return buildResult(text, blocks, spans, context)
    }
  }
}

/** A block's analysis depends on its text and on whether it opens the document (front matter). */
function blockKey(text: string, span: Span): string {
  return (span.start === 0 ? '\u0000' : '') + text.slice(span.start, span.end)
}

/**
 * Analyses of the blocks `split` cut again: an old block found at the same place (before the
 * edit, or shifted after it) with the same extent is reused without looking at its text; others
 * are looked up by text among the replaced blocks, and only new texts are analysed.
 */
function reuse(
  split: Split,
  oldSpans: readonly Span[],
  oldBlocks: readonly BlockAnalysis[],
  before: string,
  text: string,
  analyse: (span: Span) => BlockAnalysis
): BlockAnalysis[] {
  const byPosition = new Map<number, number>()
  for (let k = split.from; k < split.from + split.replaced; k++) byPosition.set(oldSpans[k]!.start, k)
  let byText: Map<string, BlockAnalysis> | undefined
  const out: BlockAnalysis[] = []
  for (let n = split.from; n < split.from + split.count; n++) {
    const span = split.spans[n]!
    const unchanged = span.end <= split.changeStart || span.start >= split.changeEnd
    const oldStart = span.start >= split.changeEnd ? span.start - split.delta : span.start
    const k = unchanged ? byPosition.get(oldStart) : undefined
    if (k !== undefined && oldSpans[k]!.end - oldStart === span.end - span.start && (span.start === 0) === (oldStart === 0)) {
      out.push(oldBlocks[k]!)
      continue
    }
    if (!byText) {
      byText = new Map()
      for (let m = split.from; m < split.from + split.replaced; m++) byText.set(blockKey(before, oldSpans[m]!), oldBlocks[m]!)
    }
    out.push(byText.get(blockKey(text, span)) ?? analyse(span))
  }
  return out
}
