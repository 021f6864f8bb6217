/**
 * The CLI as users run it: the built `bin/promesse.js` in child processes (`npm run build` first).
 *
 * - Start-up: `node -e 0` (the floor: Node alone), `promesse --version` (loading the bundle) and
 *   `promesse FILE` on a 20-byte file, interleaved, so each figure is a ratio to bare Node measured
 *   in the same minute. CPU time (user + system of the child) is read as well as wall time: it
 *   moves less when other work shares the cores.
 *
 * - A documentation tree: 2,000 generated Markdown pages (10.5 MB, French, English and mixed, some
 *   of them disagreeing on a reply time across pages) linted with one thread (`--jobs 1`) and with a
 *   worker per core (`--jobs N`; the default picks fewer on a busy machine), interleaved; both
 *   outputs (`--format json`) must be identical.
 *
 *   node --import tsx bench/cli.ts             # start-up and the 2,000-page tree
 *   node --import tsx bench/cli.ts --startup   # start-up only
 */
import {spawnSync} from 'node:child_process'
import {mkdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {availableParallelism, loadavg, tmpdir} from 'node:os'
import {join, resolve} from 'node:path'
import {generate, type BenchLang} from './generate.ts'
import {median} from './measure.ts'
import {formatTable, num} from './table.ts'

const BIN = resolve('bin/promesse.js')

export interface ChildTiming {
  /** Median wall time, ms. */
  wallMs: number
  /** Median CPU time of the child (user + system, all its threads), ms; NaN where /proc is missing. */
  cpuMs: number
}

/** CPU time (user + system) of the children this process has waited for, in ms, from /proc (Linux). */
function childrenCpuMs(): number {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8')
    // Fields after the command name (which may hold spaces): cutime and cstime are the 14th and 15th.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return (Number(fields[13]) + Number(fields[14])) * 10
  } catch {
    return Number.NaN
  }
}

export interface Run {
  name: string
  args: string[]
  cwd?: string
}

/** Runs each command `runs` times, interleaved (a, b, c, a, b, c…), and returns the median timings in order. */
export function interleaved(commands: readonly Run[], runs: number): ChildTiming[] {
  const walls = commands.map((): number[] => [])
  const cpus = commands.map((): number[] => [])
  for (let run = 0; run < runs; run++) {
    commands.forEach((command, index) => {
      const cpuBefore = childrenCpuMs()
      const start = performance.now()
      const child = spawnSync(process.execPath, command.args, {cwd: command.cwd, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8'})
      walls[index]!.push(performance.now() - start)
      cpus[index]!.push(childrenCpuMs() - cpuBefore)
      if (child.status === null || child.status > 1) throw new Error(`${command.name} failed (${child.status}): ${child.stderr.slice(0, 300)}`)
    })
  }
  return commands.map((_, index) => ({wallMs: median(walls[index]!), cpuMs: median(cpus[index]!)}))
}

export interface StartupReport {
  rows: Array<{name: string} & ChildTiming>
  /** `promesse FILE` ÷ `node -e 0`, wall and cpu. */
  lintRatio: {wall: number; cpu: number}
}

export function measureStartup(dir: string, runs: number): StartupReport {
  mkdirSync(dir, {recursive: true})
  const file = join(dir, 'small.md')
  writeFileSync(file, 'Hello world here.\n\n')
  const commands: Run[] = [
    {name: 'node -e 0', args: ['-e', '0']},
    {name: 'promesse --version', args: [BIN, '--version']},
    {name: 'promesse small.md (20 bytes)', args: [BIN, file]}
  ]
  const timings = interleaved(commands, runs)
  const rows = commands.map((command, index) => ({name: command.name, ...timings[index]!}))
  const [bare, , lintSmall] = timings as [ChildTiming, ChildTiming, ChildTiming]
  return {rows, lintRatio: {wall: lintSmall.wallMs / bare.wallMs, cpu: lintSmall.cpuMs / bare.cpuMs}}
}

export function formatStartup(report: StartupReport): string {
  const bare = report.rows[0]!
  return formatTable(
    ['start-up', 'wall ms', '÷ node', 'cpu ms', '÷ node'],
    report.rows.map((row) => [row.name, num(row.wallMs, 0), `${num(row.wallMs / bare.wallMs, 2)}×`, num(row.cpuMs, 0), `${num(row.cpuMs / bare.cpuMs, 2)}×`])
  )
}

/** Writes `pages` generated Markdown pages under `dir` (40 folders); returns their total size in bytes. */
export function writeTree(dir: string, pages: number): number {
  rmSync(dir, {recursive: true, force: true})
  const langs: BenchLang[] = ['fr', 'en', 'mixed']
  let bytes = 0
  for (let i = 0; i < pages; i++) {
    const folder = join(dir, `section-${i % 40}`)
    if (i < 40) mkdirSync(folder, {recursive: true})
    // 2 KB … 8.4 KB, 5.25 KB on average: 2,000 pages make 10.5 MB.
    const text = generate({lang: langs[i % 3]!, format: 'markdown', bytes: 2048 + (i % 13) * 534, seed: i + 1}).text
    writeFileSync(join(folder, `page-${i}.md`), text)
    bytes += Buffer.byteLength(text)
  }
  return bytes
}

export interface TreeReport {
  pages: number
  bytes: number
  threads: number
  one: ChildTiming
  workers: ChildTiming
  identical: boolean
}

export function measureTree(dir: string, pages: number, runs: number): TreeReport {
  const bytes = writeTree(dir, pages)
  const output = (jobs: string[]) => spawnSync(process.execPath, [BIN, '--format', 'json', ...jobs, dir], {encoding: 'utf8', maxBuffer: 1 << 30}).stdout
  const threads = availableParallelism()
  const identical = output(['--jobs', '1']) === output(['--jobs', String(threads)])
  const [one, workers] = interleaved([
    {name: 'one thread', args: [BIN, '--format', 'json', '--jobs', '1', dir]},
    {name: 'workers', args: [BIN, '--format', 'json', '--jobs', String(threads), dir]}
  ], runs) as [ChildTiming, ChildTiming]
  return {pages, bytes, threads, one, workers, identical}
}

export function formatTree(report: TreeReport): string {
  const mb = report.bytes / (1024 * 1024)
  const row = (name: string, timing: ChildTiming) => [name, num(timing.wallMs / 1000, 2), num(mb / (timing.wallMs / 1000), 2), num(timing.cpuMs / 1000, 2), `${num(report.one.wallMs / timing.wallMs, 2)}×`]
  return [
    `${report.pages} Markdown pages, ${num(mb, 1)} MB, ${report.threads} cores, load average ${num(loadavg()[0], 1)}; outputs identical: ${report.identical ? 'yes' : 'NO'}`,
    formatTable(['tree', 'wall s', 'MB/s', 'cpu s', 'speed-up'], [row('one thread (--jobs 1)', report.one), row(`${report.threads} workers (--jobs ${report.threads})`, report.workers)])
  ].join('\n')
}

if (process.argv[1] && resolve(process.argv[1]) === resolve('bench/cli.ts')) {
  const runs = Number(process.argv.find((arg) => /^--runs=\d+$/.test(arg))?.slice(7) ?? 15)
  console.log(formatStartup(measureStartup('.bench/cli', runs)))
  if (!process.argv.includes('--startup')) {
    // Outside the project: .bench/ is git-ignored, and the CLI honours .gitignore.
    const tree = measureTree(join(tmpdir(), 'promesse-bench-tree'), 2000, 3)
    console.log(`\n${formatTree(tree)}`)
    if (!tree.identical) process.exitCode = 1
  }
}
