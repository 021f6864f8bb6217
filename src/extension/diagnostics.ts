/**
 * Lints open documents and publishes diagnostics: on open, on change (debounced) or on save,
 * cleared on close. Each document has ONE incremental linter, always driven through `lintAsync`:
 * the engine works in slices of about `sliceMs` and gives the event loop back between them, so
 * the extension host stays responsive on a 10 MB document, and an edit re-processes only the
 * blocks that changed. A run is cancelled (at its next pause) as soon as the document changes,
 * another run starts or the linter is replaced; the blocks it already analysed are kept for the
 * next run. A result is only published for the version it was computed from.
 */
import * as vscode from 'vscode'
import {configFor, type FileConfig} from './config.ts'
import {diagnosticOf} from './convert.ts'
import {formatOfDocument, readsDocument} from './formats.ts'
import {createDocumentLinter, type DocumentLinter, type LintOptions, type LintResult} from './engine.ts'
import {guarded, logError} from './log.ts'
import {mergeSettings, readSettings} from './settings.ts'
import {reportConfigErrors} from './configErrors.ts'
import {reportBlockErrors} from './blockErrors.ts'
import {pickShown} from './shown.ts'

interface DocState {
  /** Options the linter was made with (JSON), to rebuild it when settings or the config change. */
  key?: string
  linter?: DocumentLinter
  /** Counts the runs: a run whose number is no longer the last one is cancelled. */
  runs: number
  timer?: ReturnType<typeof setTimeout>
  /** The last published result and the document version it is for. */
  result?: LintResult
  version?: number
  /** How many of its findings are published (all, unless past `maxDiagnostics`). */
  shown?: number
  /** A re-publication after scrolling, pending. */
  scrolled?: ReturnType<typeof setTimeout>
}

/** Milliseconds of engine work between two yields to the event loop. */
export const sliceMs = 15

/** Gives the event loop back (I/O, other extensions, the renderer's requests) before going on. */
export const yieldToHost: () => Promise<void> =
  typeof setImmediate === 'function' ? () => new Promise((resolve) => setImmediate(resolve)) : () => new Promise((resolve) => setTimeout(resolve, 0))

/** `fn()`, or undefined when it throws (logged): a check across files never stops the document's own. */
function guardedSync<T>(fn: () => T): T | undefined {
  try {
    return fn()
  } catch (error) {
    logError('across files', error)
    return undefined
  }
}

function stopTimers(state: DocState): void {
  clearTimeout(state.timer)
  clearTimeout(state.scrolled)
}

export class Diagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection('promesse')
  private readonly states = new Map<string, DocState>()
  private readonly updated = new vscode.EventEmitter<vscode.Uri>()
  /** Fires after the diagnostics of a document were published (or cleared). */
  readonly onDidUpdate = this.updated.event
  /**
   * Once the workspace's files have been read (the register, the workspace review): the messages
   * of a document with conflicts and undercuts found across all the files, and how to turn another
   * file's name into its URI for the related places. Undefined: each document on its own.
   */
  acrossFiles: ((doc: vscode.TextDocument, result: LintResult) => LintResult | undefined) | undefined
  resolveFile: ((file: string) => vscode.Uri | undefined) | undefined
  private readonly subscriptions = [
    // Past the cap, the findings shown follow the lines on screen.
    vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onScroll(e.textEditor.document))
  ]

  /** Whether the settings ask for this document to be linted. */
  handles(doc: vscode.TextDocument): boolean {
    const settings = readSettings(doc.uri)
    return settings.enable && settings.languages.includes(doc.languageId) && doc.uri.scheme !== 'output'
  }

  /** The last result published for `doc`, only if it is for its current text. */
  resultFor(doc: vscode.TextDocument): LintResult | undefined {
    const state = this.states.get(doc.uri.toString())
    return state?.version === doc.version ? state.result : undefined
  }

  /** Lints after the debounce delay (0: now). */
  schedule(doc: vscode.TextDocument, delay = readSettings(doc.uri).debounce): void {
    if (!this.handles(doc)) return this.clear(doc.uri)
    const state = this.state(doc.uri)
    clearTimeout(state.timer)
    state.timer = setTimeout(() => void this.lintNow(doc), delay)
  }

  onChange(doc: vscode.TextDocument): void {
    if (readSettings(doc.uri).run === 'onType') this.schedule(doc)
  }

  onSave(doc: vscode.TextDocument): void {
    if (readSettings(doc.uri).run === 'onSave') this.schedule(doc, 0)
  }

  /** Lints `doc` now and publishes the result, unless the document changed meanwhile. */
  async lintNow(doc: vscode.TextDocument): Promise<LintResult | undefined> {
    return guarded(`lint ${doc.uri.toString()}`, async () => {
      if (!this.handles(doc)) return void this.clear(doc.uri)
      const state = this.state(doc.uri)
      const run = ++state.runs
      const superseded = () => doc.isClosed || state.runs !== run || this.states.get(doc.uri.toString()) !== state
      const file = await configFor(doc.uri).catch((error): FileConfig => (logError('config', error), {config: {}, errors: []}))
      if (superseded()) return undefined
      const format = formatOfDocument(doc)
      const config = mergeSettings(file.config, readSettings(doc.uri))
      // A JSON or YAML document outside the data folders is not copy.
      if (!readsDocument(doc.uri, format, config, file.file)) return void this.clear(doc.uri)
      const options: LintOptions = {format, config, configFile: file.file, fileName: doc.uri.path}
      const key = JSON.stringify(options)
      if (state.key !== key || !state.linter) Object.assign(state, {key, linter: createDocumentLinter(options)})
      const linter = state.linter!
      const version = doc.version
      const stale = () => superseded() || doc.version !== version || state.linter !== linter
      const result = await linter.lintAsync(doc.getText(), {pause: yieldToHost, cancelled: stale, sliceMs})
      if (!result || stale()) return undefined
      reportConfigErrors([...file.errors, ...result.configErrors])
      reportBlockErrors(doc.uri, result.blockErrors)
      state.result = (this.acrossFiles && guardedSync(() => this.acrossFiles!(doc, result))) || result
      state.version = version
      this.show(doc, state)
      return result
    })
  }

  /** How many findings of `doc` are published, of how many (they differ past `maxDiagnostics`). */
  shownFor(doc: vscode.TextDocument): {shown: number; total: number} | undefined {
    const state = this.states.get(doc.uri.toString())
    if (!state?.result || state.version !== doc.version) return undefined
    return {shown: state.shown ?? state.result.messages.length, total: state.result.messages.length}
  }

  /** Publishes the findings of the state's result: all, or past the cap those nearest the lines on screen. */
  private show(doc: vscode.TextDocument, state: DocState): void {
    const messages = state.result?.messages ?? []
    const visible = vscode.window.visibleTextEditors
      .filter((e) => e.document === doc)
      .flatMap((e) => e.visibleRanges.map((r) => ({start: r.start.line, end: r.end.line})))
    const picked = pickShown(messages, readSettings(doc.uri).maxDiagnostics, visible)
    state.shown = picked.length
    this.collection.set(doc.uri, picked.map((message) => diagnosticOf(message, doc, this.resolveFile)))
    this.updated.fire(doc.uri)
  }

  private onScroll(doc: vscode.TextDocument): void {
    const state = this.states.get(doc.uri.toString())
    if (!state?.result || state.version !== doc.version || (state.shown ?? 0) >= state.result.messages.length) return
    clearTimeout(state.scrolled)
    state.scrolled = setTimeout(() => {
      if (state.version === doc.version && this.states.get(doc.uri.toString()) === state) this.show(doc, state)
    }, 100)
  }

  clear(uri: vscode.Uri): void {
    const state = this.states.get(uri.toString())
    if (state) stopTimers(state)
    this.states.delete(uri.toString())
    this.collection.delete(uri)
    this.updated.fire(uri)
  }

  /** Re-lints the documents being worked on: linted before, or shown in a tab (settings or config changed). */
  relintAll(): void {
    // Switched off: every diagnostic goes, the workspace review's of files not open included.
    if (!readSettings().enable) {
      this.forgetAll()
      this.collection.clear()
      for (const doc of vscode.workspace.textDocuments) this.updated.fire(doc.uri)
      return
    }
    const shown = new Set(vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => (t.input instanceof vscode.TabInputText ? t.input.uri.toString() : '')))
    for (const doc of vscode.workspace.textDocuments) {
      const state = this.states.get(doc.uri.toString())
      if (!state && !shown.has(doc.uri.toString())) continue
      if (state) state.key = undefined
      this.schedule(doc, 0)
    }
  }

  /** Publishes results for a document that is not open (workspace review). */
  publish(uri: vscode.Uri, diagnostics: vscode.Diagnostic[]): void {
    this.collection.set(uri, diagnostics)
  }

  dispose(): void {
    for (const sub of this.subscriptions) sub.dispose()
    this.forgetAll()
    this.collection.dispose()
    this.updated.dispose()
  }

  /** Every document's state, its pending lint and re-publication stopped. */
  private forgetAll(): void {
    for (const state of this.states.values()) stopTimers(state)
    this.states.clear()
  }

  private state(uri: vscode.Uri): DocState {
    let state = this.states.get(uri.toString())
    if (!state) this.states.set(uri.toString(), (state = {runs: 0}))
    return state
  }
}
