/** Command-line arguments, parsed with node's `util.parseArgs`. */
import {parseArgs} from 'node:util'
import type {LangSetting} from '../core/index.ts'

export const FORMATS = ['stylish', 'json', 'sarif'] as const
export type OutputFormat = (typeof FORMATS)[number]
const LANG_VALUES: readonly LangSetting[] = ['fr', 'en', 'auto']

export interface LintArgs {
  command: 'lint'
  patterns: string[]
  lang?: LangSetting
  config?: string
  maxWarnings: number
  quiet: boolean
  format: OutputFormat
  stdinFilename?: string
  ignore: boolean
  /** `--jobs N`: lint with N threads (1: the main thread only); undefined: chosen from the files. */
  jobs?: number
}

export interface EvalArgs {
  command: 'eval'
  file: string
  json: boolean
  /** List each miss and false alarm with the words matched. */
  errors: boolean
  lang?: LangSetting
  config?: string
}

export const REGISTER_FORMATS = ['stylish', 'json', 'csv', 'markdown'] as const
export type RegisterFormat = (typeof REGISTER_FORMATS)[number]

export interface RegisterArgs {
  command: 'register'
  patterns: string[]
  lang?: LangSetting
  config?: string
  format: RegisterFormat
  ignore: boolean
  jobs?: number
}

export type Args = LintArgs | EvalArgs | RegisterArgs | {command: 'help'} | {command: 'version'}

/** Thrown for bad usage; the CLI prints the message and exits with 2. */
export class UsageError extends Error {}

export const HELP = `Usage: promesse [options] [file|dir|glob|-]...
       promesse register [options] [file|dir|glob]...
       promesse eval FILE.jsonl [--errors] [--json]

Flags hollow customer-centric claims ("customer first", « le client est roi »)
in French and English copy when no concrete commitment stands beside them.

Directories are searched for .md .markdown .mdx .txt .html .htm files
(.gitignore and .promesseignore are honoured). Default: the current directory.
"-" reads standard input.

Options:
  --format stylish|json|sarif  Output format (default: stylish)
  --lang fr|en|auto            Language of the documents (default: from config, else auto)
  --config FILE                Use this configuration file instead of searching for one
  --max-warnings N             Exit with 1 when there are more than N warnings
  --quiet                      Report errors only (warnings and infos are hidden)
  --stdin-filename NAME        Name of the text read from "-" (picks its format and config)
  --no-ignore                  Do not honour .gitignore and .promesseignore
  -j, --jobs N                 Lint with N threads (default: one per idle core when
                               there is 1 MB or more in 4 files or more; 1: one thread)
  -h, --help                   Show this help
  -v, --version                Show the version

Commitments register (every checkable promise, grouped by subject, conflicts marked):
  promesse register [paths...] [--format stylish|json|csv|markdown] [--lang] [--config] [--jobs]

Evaluation (labelled JSON Lines: {"id", "lang", "text", "label"}):
  promesse eval FILE.jsonl [--errors] [--json] [--config FILE]

Exit codes: 0 clean (or warnings within --max-warnings), 1 errors or too many
warnings, 2 usage, configuration or unreadable-file error.
`

export function parseCliArgs(argv: string[]): Args {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: {type: 'string', short: 'f'},
        lang: {type: 'string'},
        config: {type: 'string', short: 'c'},
        'max-warnings': {type: 'string'},
        quiet: {type: 'boolean', short: 'q'},
        'stdin-filename': {type: 'string'},
        'no-ignore': {type: 'boolean'},
        jobs: {type: 'string', short: 'j'},
        json: {type: 'boolean'},
        errors: {type: 'boolean'},
        help: {type: 'boolean', short: 'h'},
        version: {type: 'boolean', short: 'v'}
      }
    })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  const {values, positionals} = parsed
  if (values.help) return {command: 'help'}
  if (values.version) return {command: 'version'}

  const lang = values.lang === undefined ? undefined : oneOf('--lang', values.lang, LANG_VALUES)
  if (values.config === '') throw new UsageError('--config needs a file name')
  let jobs: number | undefined
  if (values.jobs !== undefined) {
    if (!/^\d+$/.test(values.jobs) || Number(values.jobs) < 1) throw new UsageError(`--jobs expects a number of threads (1 or more), got "${values.jobs}"`)
    jobs = Number(values.jobs)
  }

  if (positionals[0] === 'eval') {
    if (jobs !== undefined) throw new UsageError('--jobs is an option of the linter and the register, not of "promesse eval"')
    if (positionals.length !== 2) throw new UsageError('promesse eval takes exactly one JSON Lines file')
    return {command: 'eval', file: positionals[1]!, json: values.json ?? false, errors: values.errors ?? false, lang, config: values.config}
  }
  if (positionals[0] === 'register') {
    if (values.json || values.errors) throw new UsageError('--json and --errors are options of "promesse eval"; use --format json')
    if (values['max-warnings'] !== undefined || values.quiet || values['stdin-filename'] !== undefined) throw new UsageError('promesse register takes --format, --lang, --config, --no-ignore and --jobs')
    const rest = positionals.slice(1)
    if (rest.includes('-')) throw new UsageError('promesse register reads files, not standard input')
    return {
      command: 'register',
      patterns: rest.length > 0 ? rest : ['.'],
      lang,
      config: values.config,
      format: values.format === undefined ? 'stylish' : oneOf('--format', values.format, REGISTER_FORMATS),
      ignore: !values['no-ignore'],
      ...(jobs === undefined ? {} : {jobs})
    }
  }
  if (values.json) throw new UsageError('--json is an option of "promesse eval"; use --format json to lint')
  if (values.errors) throw new UsageError('--errors is an option of "promesse eval"')

  const format = values.format === undefined ? 'stylish' : oneOf('--format', values.format, FORMATS)
  let maxWarnings = -1
  if (values['max-warnings'] !== undefined) {
    const raw = values['max-warnings']
    if (!/^-?\d+$/.test(raw) || Number(raw) < -1) throw new UsageError(`--max-warnings expects a number of warnings, got "${raw}"`)
    maxWarnings = Number(raw)
  }
  const patterns = positionals.length > 0 ? positionals : ['.']
  if (patterns.filter((p) => p === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once')
  if (values['stdin-filename'] !== undefined && !patterns.includes('-')) {
    throw new UsageError('--stdin-filename names the text read from "-"; add "-" to the arguments')
  }
  return {
    command: 'lint',
    patterns,
    lang,
    config: values.config,
    maxWarnings,
    quiet: values.quiet ?? false,
    format,
    stdinFilename: values['stdin-filename'],
    ignore: !values['no-ignore'],
    ...(jobs === undefined ? {} : {jobs})
  }
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T
  throw new UsageError(`${option} expects one of ${allowed.join(', ')}, got "${value}"`)
}
