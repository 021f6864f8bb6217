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
  let cache = new Map<string, BlockAnalysis>()

  return {
    lint(text: string): LintResult {
      const spans = splitBlocks(text, format)
      const next = new Map<string, BlockAnalysis>()
      const blocks: BlockAnalysis[] = []
      const bases: number[] = []
      for (const {start, end} of spans) {
        const blockText = text.slice(start, end)
        let analysis = next.get(blockText) ?? cache.get(blockText)
        if (!analysis) analysis = analyzeBlock(blockText, analyze)
        next.set(blockText, analysis)
        blocks.push(analysis)
        bases.push(start)
      }
      cache = next
      return buildResult(text, blocks, bases, {config, allow, languages: analyze.languages, configErrors: errors, extras: analyze.extras})
    }
  }
}
