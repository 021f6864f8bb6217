/** What the CLI hands to a formatter: one entry per linted file. */
import type {Message, Severity} from '../core/index.ts'

export interface FileReport {
  /** The path as given on the command line or found by walking (`<stdin>` or `--stdin-filename` for stdin). */
  file: string
  messages: Message[]
}

/** A file that could not be read, or a block of it (from `line`), reported by name. */
export interface ReadProblem {
  file: string
  /** The 1-based line where the part that could not be read starts; absent: the whole file. */
  line?: number
  reason: string
}

/** `file` or `file:line`, as the problem is printed. */
export function problemPlace(problem: ReadProblem): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`
}

export interface Counts {
  errors: number
  warnings: number
  infos: number
}

export function countSeverities(reports: FileReport[]): Counts {
  const counts: Counts = {errors: 0, warnings: 0, infos: 0}
  const key: Record<Severity, keyof Counts> = {error: 'errors', warning: 'warnings', info: 'infos'}
  for (const report of reports) for (const message of report.messages) counts[key[message.severity]]++
  return counts
}
