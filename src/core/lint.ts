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
import {declaredLanguages, resplit, splitBlocks, type Span, type Split} from './source/index.ts'
import {isDataFormat} from './source/data/index.ts'
import {compileExtras} from './detect/index.ts'
import {validateConfig} from './config.ts'
import {buildResult, type ResultContext} from './report/result.ts'
import type {Change} from './report/previous-result.ts'
import {AllowList, IgnoredSentences} from './resolve/allow.ts'
import {detach} from './text/detach.ts'

export interface DocumentLinter {
  /** Lints the whole text; blocks whose text did not change since the last call are not re-processed. */
  lint(text: string): LintResult
  /**
   * The same result as `lint`, computed in slices of about `sliceMs` with `await pause()` between
   * them, so an editor stays responsive on huge documents. Resolves to undefined when
   * `cancelled()` turns true (the work done so far is kept for the next call).
   */
  lintAsync(text: string, control: AsyncControl): Promise<LintResult | undefined>
}

export interface AsyncControl {
  pause: () => Promise<void>
  cancelled?: () => boolean
  /** Milliseconds of work between two pauses (default 20). */
  sliceMs?: number
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
    extras: compileExtras(config),
    frontMatter: config.frontMatter,
    checked: languages
  }
  const splitter = (text: string, f: Format) => splitBlocks(text, f, config.frontMatter)
  const context: ResultContext = {
    config,
    allow: new AllowList(config.allow),
    ignored: new IgnoredSentences(config.ignore),
    languages: analyze.languages,
    configErrors: errors,
    extras: analyze.extras,
    markup: format === 'markdown' || format === 'mdx' || format === 'html' || format === 'xliff',
    data: isDataFormat(format) ? format : undefined,
    sentenceTargets: new Map(),
    built: new WeakMap(),
    mentions: new WeakMap(),
    registers: new WeakMap(),
    registerMemo: {},
    scopes: []
  }
  let before = ''
  let spans: Span[] = []
  let blocks: BlockAnalysis[] = []
  /** Blocks analysed by a run that was cancelled, by key, for the next run. */
  const pending = new Map<string, BlockAnalysis>()

  /**
   * One lint, yielding after each block it had to analyse. `resumable`: the caller may stop
   * between two steps (lintAsync), so analysed blocks are kept in `pending` for the next run.
   */
  function* run(text: string, resumable: boolean): Generator<void, LintResult> {
    // A data file's declared languages (its name, its header) apply to all its blocks: when
    // they change, every block is read again.
    const declared = declaredLanguages(text, format, options.fileName)
    if (declared.source !== analyze.declared?.source || declared.target !== analyze.declared?.target) {
      analyze.declared = declared
      before = ''
      spans = []
      blocks = []
      context.scopes = []
      pending.clear()
    }
    const split = resplit(before, spans, text, format, splitter)
    const fresh: BlockAnalysis[] = []
    for (const found of reuse(split, spans, blocks, before, text)) {
      if (found.analysis) {
        fresh.push(found.analysis)
        continue
      }
      const key = resumable || pending.size > 0 ? blockKey(text, found.span) : undefined
      let analysis = key === undefined ? undefined : pending.get(key)
      if (!analysis) {
        // A copy of the block: what its analysis keeps (words of claims) must not keep this whole text alive.
        analysis = analyzeBlock(detach(text.slice(found.span.start, found.span.end)), analyze, found.span.start === 0)
        if (key !== undefined) pending.set(key, analysis)
        yield
      }
      fresh.push(analysis)
    }
    pending.clear()
    replaceRange(blocks, split.from, split.replaced, fresh)
    replaceRange(context.scopes, split.from, split.replaced, new Array<undefined>(split.count).fill(undefined))
    spans = split.spans
    before = text
    // Blocks before the re-cut window are unchanged (all of them when the text is), those after it moved.
    const unchanged = split.count === 0 && split.replaced === 0
    const change: Change = {
      from: unchanged ? blocks.length : split.from,
      tailFrom: unchanged ? blocks.length : split.from + split.count,
      shift: split.count - split.replaced,
      delta: split.delta
    }
    return buildResult(text, blocks, spans, context, change)
  }

  return {
    lint(text: string): LintResult {
      const steps = run(text, false)
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
      }
    },
    async lintAsync(text: string, control: AsyncControl): Promise<LintResult | undefined> {
      const steps = run(text, true)
      const slice = control.sliceMs ?? 20
      let started = Date.now()
      for (;;) {
        const step = steps.next()
        if (step.done) return step.value
        if (Date.now() - started >= slice) {
          await control.pause()
          if (control.cancelled?.()) return undefined
          started = Date.now()
        }
      }
    }
  }
}

/** `array.splice(from, count, ...items)`, in place (a keystroke replaces a block or two of thousands). */
function replaceRange<T>(array: T[], from: number, count: number, items: readonly T[]): void {
  if (items.length === count) {
    for (let i = 0; i < count; i++) array[from + i] = items[i]!
  } else if (items.length < 1000) {
    array.splice(from, count, ...items)
  } else {
    const tail = array.slice(from + count)
    array.length = from
    for (const item of items) array.push(item)
    for (const item of tail) array.push(item)
  }
}

/** A block's analysis depends on its text and on whether it opens the document (front matter). */
function blockKey(text: string, span: Span): string {
  return (span.start === 0 ? '\u0000' : '') + text.slice(span.start, span.end)
}

/**
 * The blocks `split` cut again, each with its old analysis when it can be reused: an old block
 * found at the same place (before the edit, or shifted after it) with the same extent is reused
 * without looking at its text; others are looked up by text among the replaced blocks.
 */
function* reuse(
  split: Split,
  oldSpans: readonly Span[],
  oldBlocks: readonly BlockAnalysis[],
  before: string,
  text: string
): Generator<{span: Span; analysis?: BlockAnalysis | undefined}> {
  const byPosition = new Map<number, number>()
  for (let k = split.from; k < split.from + split.replaced; k++) byPosition.set(oldSpans[k]!.start, k)
  // First the blocks found where they were; then the others, by text among the old blocks left.
  const matches: Array<number | undefined> = []
  const used = new Set<number>()
  for (let n = split.from; n < split.from + split.count; n++) {
    const span = split.spans[n]!
    const unchanged = span.end <= split.changeStart || span.start >= split.changeEnd
    const oldStart = span.start >= split.changeEnd ? span.start - split.delta : span.start
    const k = unchanged ? byPosition.get(oldStart) : undefined
    const same = k !== undefined && oldSpans[k]!.end - oldStart === span.end - span.start && (span.start === 0) === (oldStart === 0)
    matches.push(same ? k : undefined)
    if (same) used.add(k)
  }
  let byText: Map<string, BlockAnalysis> | undefined
  for (let n = split.from; n < split.from + split.count; n++) {
    const span = split.spans[n]!
    const k = matches[n - split.from]
    if (k !== undefined) {
      yield {span, analysis: oldBlocks[k]!}
      continue
    }
    if (!byText) {
      byText = new Map()
      for (let m = split.from; m < split.from + split.replaced; m++) {
        if (!used.has(m)) byText.set(blockKey(before, oldSpans[m]!), oldBlocks[m]!)
      }
    }
    yield {span, analysis: byText.get(blockKey(text, span))}
  }
}
