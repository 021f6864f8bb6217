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
import {buildResult} from './result.ts'
import {AllowList} from './allow.ts'
import {resplit, type Span} from './incremental.ts'

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
  const allow = new AllowList(config.allow)
  let before = ''
  let spans: Span[] = []
  let blocks: BlockAnalysis[] = []

  return {
    lint(text: string): LintResult {
      const split = resplit(before, spans, text, format, splitBlocks)
      // Blocks the window replaced, by text: an unchanged block in the window is not analysed again.
      const reusable = new Map<string, BlockAnalysis>()
      for (let k = split.from; k < split.from + split.replaced; k++) {
        reusable.set(blockKey(before, spans[k]!), blocks[k]!)
      }
      const fresh = split.spans.slice(split.from, split.from + split.count).map((span) => {
        return reusable.get(blockKey(text, span)) ?? analyzeBlock(text.slice(span.start, span.end), analyze, span.start === 0)
      })
      blocks = [...blocks.slice(0, split.from), ...fresh, ...blocks.slice(split.from + split.replaced)]
      spans = split.spans
      before = text
      const bases = spans.map((span) => span.start)
      return buildResult(text, blocks, bases, {config, allow, languages: analyze.languages, configErrors: errors, extras: analyze.extras})
    }
  }
}

/** A block's analysis depends on its text and on whether it opens the document (front matter). */
function blockKey(text: string, span: Span): string {
  return (span.start === 0 ? '\u0000' : '') + text.slice(span.start, span.end)
}
