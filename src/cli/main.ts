/** The `promesse` command: parses arguments and runs `lint` (default), `register` or `eval`. */
import pkg from '../../package.json' with {type: 'json'}
import {HELP, parseCliArgs, UsageError, type Args} from './args.ts'
import {runEval} from './eval.ts'
import type {Io} from './io.ts'
import {EXIT_TROUBLE, runLint} from './lint-command.ts'
import {runRegister} from './register-command.ts'

const INFORMATION_URI = 'https://github.com/promesse/promesse'

export async function main(argv: string[], io: Io): Promise<number> {
  let args: Args
  try {
    args = parseCliArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.stderr.write(`promesse: ${error.message}\nRun "promesse --help" for usage.\n`)
    return EXIT_TROUBLE
  }
  switch (args.command) {
    case 'help':
      io.stdout.write(HELP)
      return 0
    case 'version':
      io.stdout.write(`${pkg.version}\n`)
      return 0
    case 'eval':
      return runEval(args, io)
    case 'register':
      return runRegister(args, io)
    case 'lint':
      return runLint(args, io, {version: pkg.version, informationUri: INFORMATION_URI})
  }
}

// `promesse … | head` closes the pipe early: stop quietly instead of crashing on EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(process.exitCode ?? 0)
})

main(process.argv.slice(2), {stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, cwd: process.cwd(), env: process.env}).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`promesse: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = EXIT_TROUBLE
  }
)
