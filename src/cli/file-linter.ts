/**
 * Where the CLI lints its files: on the main thread, or in worker threads when there is enough to
 * share between the cores. Either way each call gives the result `lint()` gives; only what runs
 * across files (config errors, the register's checks, the report) stays on the main thread.
 */
import {lint, type LintOptions, type LintResult} from '../core/index.ts'

export interface FileLinter {
  /** Lints one file's text; rejects when the engine throws. */
  lint(text: string, options: LintOptions): Promise<LintResult>
  close(): Promise<void>
}

/** Lints on the calling thread, at once: the promise is settled before `lint` returns control. */
export function inThreadLinter(): FileLinter {
  return {
    lint: async (text, options) => lint(text, options),
    close: async () => {}
  }
}
