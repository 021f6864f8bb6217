/** `promesse register [paths…]`: every commitment of the files, grouped by subject, conflicts marked. */
import {registerTable} from '../core/index.ts'
import type {RegisterArgs} from './args.ts'
import {formatRegister} from './formatters/register.ts'
import type {Io} from './io.ts'
import {describeConfigError, EXIT_FINDINGS, EXIT_OK, EXIT_TROUBLE, lintTargets} from './lint-command.ts'
import {printable} from './formatters/stylish.ts'
import {problemPlace} from './report.ts'

export async function runRegister(args: RegisterArgs, io: Io): Promise<number> {
  const {members, unreadable, configErrors} = await lintTargets({...args, stdinFilename: undefined}, io)
  for (const error of configErrors) io.stderr.write(`promesse: ${describeConfigError(error, io.cwd)}\n`)
  for (const problem of unreadable) io.stderr.write(`promesse: ${printable(problemPlace(problem))} ${problem.reason}\n`)
  const rows = registerTable(members)
  io.stdout.write(formatRegister(rows, args.format))
  if (configErrors.length > 0 || unreadable.length > 0) return EXIT_TROUBLE
  // Like the linter: conflicts and undercuts found make the run fail, so CI can gate on it.
  return rows.some((r) => r.conflicts.length > 0 || r.undercutBy.length > 0) ? EXIT_FINDINGS : EXIT_OK
}
