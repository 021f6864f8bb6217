/** `promesse [paths...]`: find the files, read them, lint each with its own config (in worker threads when there are many), report. */
import path from 'node:path'
import {checkSet, formatOf, isDataFileIn, isDataOnly} from '../core/index.ts'
import type {ConfigError, LangSetting, LintOptions, LintResult, Message, SetMember} from '../core/index.ts'
import {loadConfigFor, type LoadedConfig} from '../node/config.ts'
import {decodeText, DEFAULT_MAX_BYTES, readForLint} from '../node/read.ts'
import type {LintArgs} from './args.ts'
import {colors, shouldColor} from './color.ts'
import {inThreadLinter} from './file-linter.ts'
import {collectTargets, type Target} from './files.ts'
import {writeJson} from './formatters/json.ts'
import {formatSarif} from './formatters/sarif.ts'
import {formatStylish, printable} from './formatters/stylish.ts'
import type {Io} from './io.ts'
import {createProgress} from './progress.ts'
import {countSeverities, problemPlace, type FileReport, type ReadProblem} from './report.ts'
import {RULES} from './rule-info.ts'
import {machine, targetBytes, threadCount} from './threads.ts'
import {lintWorkerScript, workerPool} from './worker-pool.ts'

export const EXIT_OK = 0
export const EXIT_FINDINGS = 1
export const EXIT_TROUBLE = 2

export interface LintCommandContext {
  version: string
  informationUri: string
}

/** What linting the targets gave: a report per file, and what the register needs of each. */
export interface LintedSet {
  reports: FileReport[]
  /** Files with commitments or disclaimers, for the checks across files and the register. */
  members: SetMember[]
  unreadable: ReadProblem[]
  configErrors: ConfigError[]
}

/** What became of one target, in the order of the targets. */
type Outcome =
  | {kind: 'left out'}
  | {kind: 'unreadable'; problem: ReadProblem}
  | {kind: 'linted'; file: string; text: string; loaded: LoadedConfig; result: Promise<LintResult>}

/**
 * Finds, reads and lints every target with its own configuration (shared by lint and register).
 * Files are read and their configurations found here, in order; the lints run on this thread or in
 * worker threads (`threadCount`), and their results are put back in the order of the targets.
 */
export async function lintTargets(args: Pick<LintArgs, 'patterns' | 'ignore' | 'stdinFilename' | 'config' | 'lang' | 'jobs'>, io: Io): Promise<LintedSet> {
  const {targets, problems, skipped} = await collectTargets(args.patterns, {cwd: io.cwd, ignore: args.ignore})
  // Left out on purpose, said once: no error, the exit code does not change.
  for (const entry of skipped) io.stderr.write(`promesse: note: ${printable(entry.file)} ${entry.reason}\n`)
  const threads = threadCount({requested: args.jobs, files: targets.length, bytes: args.jobs === undefined ? await targetBytes(targets) : 0, ...machine()})
  const script = threads > 1 ? lintWorkerScript() : undefined
  const linter = script ? workerPool(threads, script) : inThreadLinter()
  const progress = createProgress(targets.length, io.stderr)
  const explicitConfig = args.config && path.resolve(io.cwd, args.config)

  const outcomes: Outcome[] = []
  try {
    for (const target of targets) {
      const outcome = await prepare(target)
      if (outcome.kind === 'linted') outcome.result.then(() => progress.tick(outcome.file), () => progress.tick(outcome.file))
      else progress.tick(target.kind === 'stdin' ? (args.stdinFilename ?? '<stdin>') : target.file)
      outcomes.push(outcome)
    }
    await Promise.allSettled(outcomes.map((outcome) => (outcome.kind === 'linted' ? outcome.result : undefined)))
  } finally {
    progress.stop()
    await linter.close()
  }

  const unreadable: ReadProblem[] = [...problems]
  const configErrors = new Map<string, ConfigError>()
  const noteConfigErrors = (errors: readonly ConfigError[]) => {
    for (const error of errors) configErrors.set(`${error.file}\0${error.field}\0${error.reason}`, error)
  }
  const reports: FileReport[] = []
  const members: SetMember[] = []
  for (const outcome of outcomes) {
    if (outcome.kind === 'left out') continue
    if (outcome.kind === 'unreadable') {
      unreadable.push(outcome.problem)
      continue
    }
    const {file, text, loaded} = outcome
    noteConfigErrors(loaded.errors)
    let result: LintResult
    try {
      result = await outcome.result
    } catch (error) {
      unreadable.push({file, reason: `could not be checked (internal error: ${error instanceof Error ? error.message : String(error)})`})
      continue
    }
    noteConfigErrors(result.configErrors)
    // A block whose parser failed was not checked: said with its line, the rest of the file was.
    for (const failed of result.blockErrors) {
      unreadable.push({file, line: failed.line, reason: `the block starting on this line could not be read (internal error: ${failed.reason}) and was not checked; the rest of the file was`})
    }
    reports.push({file, messages: result.messages})
    // Only files that promise or disclaim something take part in the checks across files.
    if (result.commitments.length > 0 || result.disclaimers.length > 0) members.push({file, text, result, config: loaded.config})
  }
  return {reports, members, unreadable, configErrors: [...configErrors.values()]}

  /** Reads one target and finds its configuration; starts its lint. */
  async function prepare(target: Target): Promise<Outcome> {
    let name: string
    let absolute: string
    let text: string
    let loaded: LoadedConfig | undefined
    if (target.kind === 'stdin') {
      name = args.stdinFilename ?? '<stdin>'
      absolute = path.resolve(io.cwd, args.stdinFilename ?? 'stdin')
      const bytes = await readAll(io.stdin, DEFAULT_MAX_BYTES)
      if (!bytes) return {kind: 'unreadable', problem: {file: name, reason: `is too large (over ${DEFAULT_MAX_BYTES / (1024 * 1024)} MB, the limit for a file)`}}
      const decoded = decodeText(bytes)
      if (!decoded.ok) return {kind: 'unreadable', problem: {file: name, reason: decoded.reason}}
      text = decoded.text
    } else {
      name = target.file
      absolute = target.absolute
      // A JSON or YAML file met on a walk is read only where copy lives (`dataFiles` of its config).
      if (target.walked && isDataOnly(formatOf(name))) {
        loaded = await loadConfigFor(absolute, explicitConfig)
        const base = loaded.file ? path.dirname(path.resolve(io.cwd, loaded.file)) : io.cwd
        if (!isDataFileIn(absolute, base, loaded.config.dataFiles)) return {kind: 'left out'}
      }
      const read = await readForLint(absolute)
      if (!read.ok) return {kind: 'unreadable', problem: {file: name, reason: read.reason}}
      text = read.text
    }
    loaded ??= await loadConfigFor(absolute, explicitConfig)
    const options: LintOptions = {format: formatOf(name), lang: args.lang as LangSetting | undefined, config: loaded.config, configFile: loaded.file, fileName: name}
    return {kind: 'linted', file: name, text, loaded, result: linter.lint(text, options)}
  }
}

export async function runLint(args: LintArgs, io: Io, context: LintCommandContext): Promise<number> {
  const {reports: linted, members, unreadable, configErrors} = await lintTargets(args, io)
  // Commitments are compared across every file of the run, not only within each one.
  const across = members.length > 1 ? checkSet(members) : []
  const byFile = new Map(members.map((m, i) => [m.file, across[i]]))
  const reports = linted.map((r) => ({file: r.file, messages: keep(byFile.get(r.file) ?? r.messages, args.quiet)}))

  for (const error of configErrors) io.stderr.write(`promesse: ${describeConfigError(error, io.cwd)}\n`)
  for (const problem of unreadable) io.stderr.write(`promesse: ${problemPlace(problem)} ${problem.reason}\n`)

  if (args.format === 'json') writeJson(reports, (chunk) => io.stdout.write(chunk))
  else if (args.format === 'sarif') {
    io.stdout.write(formatSarif(reports, {rules: RULES, version: context.version, informationUri: context.informationUri, cwd: io.cwd, unreadable}))
  } else io.stdout.write(formatStylish(reports, colors(shouldColor(io.stdout, io.env))))

  const {errors, warnings} = countSeverities(reports)
  const overBudget = args.maxWarnings >= 0 && warnings > args.maxWarnings
  if (overBudget) io.stderr.write(`promesse: too many warnings (${warnings}; the maximum is ${args.maxWarnings})\n`)
  if (configErrors.length > 0 || unreadable.length > 0) return EXIT_TROUBLE
  return errors > 0 || overBudget ? EXIT_FINDINGS : EXIT_OK
}

/** `--quiet` keeps errors only. */
function keep(messages: Message[], quiet: boolean): Message[] {
  return quiet ? messages.filter((m) => m.severity === 'error') : messages
}

export function describeConfigError(error: ConfigError, cwd: string): string {
  const where = error.file ? `${path.relative(cwd, error.file) || error.file}${error.line ? `:${error.line}` : ''}` : '(options)'
  const field = error.field.startsWith('(') ? '' : `${error.field}: `
  return `configuration error in ${where}: ${field}${error.reason}`
}

/** Standard input, or undefined past `max` bytes (read no further: the rest is not kept). */
async function readAll(stream: NodeJS.ReadableStream, max: number): Promise<Uint8Array | undefined> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer)
    size += buffer.length
    if (size > max) return undefined
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}
