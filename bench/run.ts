/**
 * `npm run bench`: the engine, alex and a one-regex floor over the same generated inputs, in one
 * process; then the incremental re-lint, the peak RSS of a 5 MB document (in a child process) and
 * the bundle sizes; the built CLI's start-up and a tree of pages with one thread and with workers. Prints figures and the issue's targets; never fails on timings, only when the
 * cached (incremental) result differs from a fresh lint.
 *
 *   npm run bench                    # 10 KB … 5 MB, a few minutes on 2 cores
 *   npm run bench -- --quick         # 10 KB … 1 MB, fewer runs, < 60 s
 *   npm run bench -- --alex-1mb      # also alex once on a 1 MB document (≈ 30 s)
 */
import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync} from 'node:fs'
import {cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {lint, type LintOptions} from '../src/core/index.ts'
import {bundleFigures, bundleRssChild, type BundleFigure} from './bundle.ts'
import {runAlex, runFloor} from './competitors.ts'
import {formats, generate, inputName, langs, sizes, type BenchFormat, type BenchLang, type SizeLabel} from './generate.ts'
import {measureIncremental, type IncrementalReport} from './incremental.ts'
import {measureAdversarial} from './adversarial.ts'
import {measureRegister} from './register.ts'
import {formatStartup, formatTree, measureStartup, measureTree, type StartupReport, type TreeReport} from './cli.ts'
import {time, type RunPlan} from './measure.ts'
import {formatBytes, formatTable, mark, num, type Cell} from './table.ts'

const loadAtStart = loadavg()[0]!
const argv = new Set(process.argv.slice(2))
const quick = argv.has('--quick')
const alexOn1mb = argv.has('--alex-1mb')
const sizeLabels: SizeLabel[] = quick ? ['10kb', '100kb', '1mb'] : ['10kb', '100kb', '1mb', '5mb']
const targets = {mbPerSecond: 3, scaling: 5.5, incrementalP95: 5, rssMB: 200, bundleKB: 400, registerRatio: 1.3}

const enginePlans: Record<SizeLabel, RunPlan> = {
  '10kb': {runs: quick ? 10 : 25, warmups: 3, budgetMs: 2000},
  '100kb': {runs: quick ? 5 : 10, warmups: 1, budgetMs: 4000},
  '1mb': {runs: quick ? 3 : 5, warmups: quick ? 0 : 1, budgetMs: quick ? 4000 : 10000},
  '5mb': {runs: 3, warmups: 0, budgetMs: 15000}
}
const floorPlan: RunPlan = {runs: 10, warmups: 2, budgetMs: 2000}
const alexPlans: Partial<Record<SizeLabel, RunPlan>> = {
  '10kb': {runs: quick ? 3 : 5, warmups: 1, budgetMs: 3000},
  '100kb': {runs: quick ? 1 : 3, warmups: 0, budgetMs: 5000}
}
const alex1mbInput = inputName('en', 'markdown', '1mb')

const log = (line: string): void => void process.stderr.write(`· ${line}\n`)
const MB = 1024 * 1024

interface Row {
  name: string
  lang: BenchLang
  format: BenchFormat
  size: SizeLabel
  bytes: number
  engineMs: number
  engineCpuMs: number
  messages: number
  claims: number
  alexMs?: number
  floorMs: number
}

const rows: Row[] = []
let engineFailed = false
const inputDir = '.bench'
mkdirSync(inputDir, {recursive: true})

for (const size of sizeLabels) {
  for (const lang of langs) {
    for (const format of formats) {
      const name = inputName(lang, format, size)
      const document = generate({lang, format, bytes: sizes[size]})
      writeFileSync(join(inputDir, name), document.text)
      const options: LintOptions = {format, lang: 'auto'}
      let messages = 0
      let claims = 0
      let engineMs = Number.NaN
      let engineCpuMs = Number.NaN
      try {
        const timing = time(() => lint(document.text, options), enginePlans[size], (result) => {
          messages = result.messages.length
          claims = result.claims.length
        })
        engineMs = timing.median
        engineCpuMs = timing.cpuMedian
      } catch (error) {
        engineFailed = true
        log(`engine threw on ${name}: ${(error as Error).stack ?? error}`)
      }
      const floorMs = time(() => runFloor(document.text), floorPlan).median
      const alexPlan = alexPlans[size] ?? (alexOn1mb && name === alex1mbInput ? {runs: 1, warmups: 0, budgetMs: 0} : undefined)
      const alexMs = alexPlan ? time(() => runAlex(document.text, format), alexPlan).median : undefined
      rows.push({name, lang, format, size, bytes: document.bytes, engineMs, engineCpuMs, messages, claims, alexMs, floorMs})
      log(`${name}: engine ${num(engineMs)} ms, floor ${num(floorMs, 2)} ms, alex ${num(alexMs, 0)} ms`)
    }
  }
}

const mbps = (row: Row): number => row.bytes / MB / (row.engineMs / 1000)
const big = (row: Row): boolean => row.size === '1mb' || row.size === '5mb'

// Incremental: one-character edits in a 1 MB Markdown document mixing French and English.
const incrementalOptions: LintOptions = {format: 'markdown', lang: 'auto'}
let incremental: IncrementalReport | undefined
try {
  incremental = measureIncremental(generate({lang: 'mixed', format: 'markdown', bytes: sizes['1mb']}), incrementalOptions, 200, quick ? 5 : 10)
  log(`incremental: p50 ${num(incremental.p50, 2)} ms, p95 ${num(incremental.p95, 2)} ms`)
} catch (error) {
  engineFailed = true
  log(`incremental run threw: ${(error as Error).stack ?? error}`)
}

const temp = mkdtempSync(join(tmpdir(), 'promesse-bench-'))

// Peak RSS of linting a 5 MB Markdown document (French, English, mixed), each in a fresh process
// running the bundled engine, three times: the collector's timing moves a single peak by tens of MB.
interface RssReport {
  input: string
  baselineKB: number
  peakKB: number
  ms: number
  /** The peaks of the runs, in KB (`peakKB` is their median). */
  peaks: number[]
}
const rssRuns = 3
const rssReports: RssReport[] = []
if (!quick) {
  const child = await bundleRssChild(join(temp, 'rss-child.cjs'))
  for (const lang of ['fr', 'en', 'mixed'] as const) {
    const input = inputName(lang, 'markdown', '5mb')
    const runs: Array<Omit<RssReport, 'input' | 'peaks'>> = []
    for (let run = 0; run < rssRuns; run++) {
      const probe = spawnSync(process.execPath, [child, join(inputDir, input), 'markdown'], {encoding: 'utf8'})
      if (probe.status === 0) runs.push(JSON.parse(probe.stdout.trim().split('\n').pop()!))
      else log(`RSS probe failed on ${input}: ${probe.stderr.slice(0, 500)}`)
    }
    if (runs.length === 0) continue
    runs.sort((a, b) => a.peakKB - b.peakKB)
    rssReports.push({input, ...runs[runs.length >> 1]!, peaks: runs.map((r) => r.peakKB)})
  }
}
/** The worst input (highest median peak). */
const rss = rssReports.reduce<RssReport | undefined>((worst, report) => (worst && worst.peakKB >= report.peakKB ? worst : report), undefined)

let bundles: BundleFigure[] = []
try {
  bundles = await bundleFigures(temp, quick ? 3 : 7)
} catch (error) {
  log(`bundle figures failed: ${(error as Error).message}`)
}
rmSync(temp, {recursive: true, force: true})

// ── Report ──────────────────────────────────────────────────────────────────
const out: string[] = []
out.push(`Promesse bench${quick ? ' (--quick)' : ''} — node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${new Date().toISOString().slice(0, 10)}`)
const load = `load average ${num(loadAtStart, 1)} at start, ${num(loadavg()[0], 1)} at end`
out.push(loadAtStart > cpus().length || loadavg()[0]! > cpus().length ? `⚠ ${load}: other processes competed for the CPU, timings are inflated.` : `${load}.`)
out.push('Medians over repeated runs (wall time; cpu = this process\'s CPU time, steadier when the machine is busy); 1 MB = 1 048 576 bytes of UTF-8. alex only up to 100 KB (add --alex-1mb for one 1 MB run); "–" = not measured.')
out.push('')
out.push(
  formatTable(
    ['input', 'size', 'engine ms', 'cpu ms', 'MB/s', `≥${targets.mbPerSecond}`, 'alex ms', 'alex÷engine', 'floor ms', 'engine÷floor', 'messages', 'claims'],
    rows.map((row): Cell[] => [
      row.name,
      formatBytes(row.bytes),
      num(row.engineMs),
      num(row.engineCpuMs),
      num(mbps(row), 2),
      big(row) ? mark(mbps(row) >= targets.mbPerSecond) : '',
      num(row.alexMs, 0),
      row.alexMs === undefined ? '–' : `${num(row.alexMs / row.engineMs, 1)}×`,
      num(row.floorMs, 2),
      `${num(row.engineMs / row.floorMs, 1)}×`,
      row.messages,
      row.claims
    ])
  )
)

const scaling: Array<{name: string; ratio: number; cpuRatio: number}> = []
if (sizeLabels.includes('5mb')) {
  for (const lang of langs) {
    for (const format of formats) {
      const one = rows.find((row) => row.lang === lang && row.format === format && row.size === '1mb')
      const five = rows.find((row) => row.lang === lang && row.format === format && row.size === '5mb')
      if (one && five) scaling.push({name: `${lang} ${format}`, ratio: five.engineMs / one.engineMs, cpuRatio: five.engineCpuMs / one.engineCpuMs})
    }
  }
  out.push('')
  out.push(
    formatTable(
      ['5 MB ÷ 1 MB', 'wall ratio', `≤${targets.scaling}`, 'cpu ratio', `≤${targets.scaling}`],
      scaling.map((entry) => [entry.name, num(entry.ratio, 2), mark(entry.ratio <= targets.scaling), num(entry.cpuRatio, 2), mark(entry.cpuRatio <= targets.scaling)])
    )
  )
}

out.push('')
if (incremental) {
  out.push(`Incremental (createDocumentLinter, ${formatBytes(sizes['1mb'])} mixed Markdown, ${incremental.edits} one-character edits):`)
  out.push(`  first lint ${num(incremental.firstMs)} ms; re-lint p50 ${num(incremental.p50, 2)} ms, p95 ${num(incremental.p95, 2)} ms ${mark(incremental.p95 <= targets.incrementalP95)} (target ≤ ${targets.incrementalP95} ms), max ${num(incremental.max, 2)} ms`)
  out.push(`  cpu time per re-lint: p50 ${num(incremental.cpuP50, 2)} ms, p95 ${num(incremental.cpuP95, 2)} ms ${mark(incremental.cpuP95 <= targets.incrementalP95)}`)
  out.push(`  cached result = fresh lint() on ${incremental.checked} sampled edits: ${incremental.mismatches.length === 0 ? '✓ identical' : `✗ ${incremental.mismatches.length} differ`}`)
  for (const mismatch of incremental.mismatches.slice(0, 5)) out.push(`    ${mismatch}`)
} else out.push('Incremental: – (engine threw, see above)')

out.push('')
if (rssReports.length) {
  out.push(`Peak RSS linting a 5 MB document in a fresh process (median of ${rssRuns} runs; target ≤ ${targets.rssMB} MB):`)
  for (const report of rssReports) {
    const peakMB = report.peakKB / 1024
    const runs = report.peaks.map((kb) => num(kb / 1024, 0)).join(', ')
    out.push(`  ${report.input}: ${num(peakMB, 0)} MB ${mark(peakMB <= targets.rssMB)} (runs ${runs}; node + engine loaded: ${num(report.baselineKB / 1024, 0)} MB; lint ${num(report.ms, 0)} ms)`)
  }
} else out.push(`Peak RSS (5 MB): – ${quick ? '(full run only)' : '(probe failed)'}`)

if (bundles.length) {
  const alexBundle = bundles.find((figure) => figure.name.startsWith('alex'))
  const extension = bundles.find((figure) => figure.name === 'dist/extension.cjs')
  out.push('')
  out.push(
    formatTable(
      ['bundle (minified)', 'size', `≤${targets.bundleKB} KB`, 'require ms', '≤ alex', 'note'],
      bundles.map((figure) => [
        figure.name,
        formatBytes(figure.bytes),
        figure === extension ? mark(figure.bytes <= targets.bundleKB * 1024) : '',
        num(figure.loadMs, 1),
        figure === extension && alexBundle ? mark(figure.loadMs! <= alexBundle.loadMs!) : '',
        figure.note ?? ''
      ]),
      [0, 5]
    )
  )
  if (!extension) out.push('  dist/extension.cjs not built: run `npm run build` first.')
}

// The commitments register over a tree of pages, against the plain lint of the same pages.
log('register over a tree of pages')
const register = measureRegister(quick ? 500 : 2000, {runs: quick ? 3 : 5, warmups: 1, budgetMs: 60000})
out.push('')
out.push(`Commitments register (${register.pages} generated Markdown pages, ${formatBytes(register.bytes)}; ${register.commitments} commitments, ${register.conflicts} conflict messages):`)
out.push(`  lint of every page ${num(register.lintMs, 0)} ms; with the register and the checks across pages ${num(register.withRegisterMs, 0)} ms: ${num(register.ratio, 2)}× ${mark(register.ratio <= targets.registerRatio)} (target ≤ ${targets.registerRatio}×)`)

// The built CLI in child processes: start-up against bare node, and a tree of pages with one thread and with workers.
let cliStartup: StartupReport | undefined
let cliTree: TreeReport | undefined
if (existsSync('dist/cli.js') && existsSync('dist/lint-worker.js')) {
  log('CLI start-up and a tree of pages')
  cliStartup = measureStartup(join(tmpdir(), 'promesse-bench-cli'), quick ? 7 : 15)
  cliTree = measureTree(join(tmpdir(), 'promesse-bench-tree'), quick ? 500 : 2000, quick ? 1 : 3)
  out.push('', 'CLI (bin/promesse.js, child processes, ratios to bare node in the same run):', formatStartup(cliStartup), formatTree(cliTree))
  if (!cliTree.identical) engineFailed = true
} else out.push('', 'CLI: dist/cli.js not built: run `npm run build` first.')

// Hostile shapes: growth per doubling (target ≤ 2.5).
const adversarial = measureAdversarial(quick ? 200 : 400)
out.push('')
out.push(`Adversarial input (${quick ? '200 → 400' : '400 → 800'} KB, growth per doubling, target ≤ 2.5):`)
out.push(
  formatTable(
    ['input', 'small ms', 'large ms', 'growth', ''],
    adversarial.map((a) => [a.name, num(a.smallMs, 0), num(a.largeMs, 0), num(a.growth, 2), mark(a.growth <= 2.5)])
  )
)

// Summary of the issue's targets.
const measuredBig = rows.filter(big).filter((row) => Number.isFinite(row.engineMs))
const worstMbps = measuredBig.length ? Math.min(...measuredBig.map(mbps)) : undefined
const worstCpuMbps = measuredBig.length ? Math.min(...measuredBig.map((row) => row.bytes / MB / (row.engineCpuMs / 1000))) : undefined
const worstScaling = scaling.length ? Math.max(...scaling.map((entry) => entry.ratio)) : undefined
const worstCpuScaling = scaling.length ? Math.max(...scaling.map((entry) => entry.cpuRatio)) : undefined
const extension = bundles.find((figure) => figure.name === 'dist/extension.cjs')
const alexBundle = bundles.find((figure) => figure.name.startsWith('alex'))
out.push('')
out.push(
  formatTable(
    ['target', 'figure', 'goal', ''],
    [
      ['throughput, 1–5 MB (worst input)', worstMbps === undefined ? undefined : `${num(worstMbps, 2)} MB/s`, `≥ ${targets.mbPerSecond} MB/s`, mark(worstMbps === undefined ? undefined : worstMbps >= targets.mbPerSecond)],
      ['throughput by cpu time (worst)', worstCpuMbps === undefined ? undefined : `${num(worstCpuMbps, 2)} MB/s`, `≥ ${targets.mbPerSecond} MB/s`, mark(worstCpuMbps === undefined ? undefined : worstCpuMbps >= targets.mbPerSecond)],
      ['5 MB ÷ 1 MB wall time (worst)', num(worstScaling, 2), `≤ ${targets.scaling}`, mark(worstScaling === undefined ? undefined : worstScaling <= targets.scaling)],
      ['5 MB ÷ 1 MB cpu time (worst)', num(worstCpuScaling, 2), `≤ ${targets.scaling}`, mark(worstCpuScaling === undefined ? undefined : worstCpuScaling <= targets.scaling)],
      ['incremental p95', incremental ? `${num(incremental.p95, 2)} ms` : undefined, `≤ ${targets.incrementalP95} ms`, mark(incremental && incremental.p95 <= targets.incrementalP95)],
      ['incremental p95 by cpu time', incremental ? `${num(incremental.cpuP95, 2)} ms` : undefined, `≤ ${targets.incrementalP95} ms`, mark(incremental && incremental.cpuP95 <= targets.incrementalP95)],
      ['peak RSS, 5 MB (worst median)', rss ? `${num(rss.peakKB / 1024, 0)} MB (${rss.input})` : undefined, `≤ ${targets.rssMB} MB`, mark(rss && rss.peakKB / 1024 <= targets.rssMB)],
      ['extension bundle', extension ? formatBytes(extension.bytes) : undefined, `≤ ${targets.bundleKB} KB`, mark(extension && extension.bytes <= targets.bundleKB * 1024)],
      ['extension load vs alex', extension && alexBundle ? `${num(extension.loadMs, 1)} vs ${num(alexBundle.loadMs, 1)} ms` : undefined, '≤ alex', mark(extension && alexBundle && extension.loadMs! <= alexBundle.loadMs!)],
      ['CLI start-up, 20-byte file, ÷ bare node', cliStartup ? `${num(cliStartup.lintRatio.wall, 2)}× wall, ${num(cliStartup.lintRatio.cpu, 2)}× cpu` : undefined, '≤ 0.15 s (≈ 3× at rest)', mark(cliStartup && cliStartup.lintRatio.wall <= 3)],
      ['CLI tree, workers vs one thread', cliTree ? `${num(cliTree.one.wallMs / cliTree.workers.wallMs, 2)}× (${num(cliTree.bytes / MB / (cliTree.workers.wallMs / 1000), 2)} MB/s)` : undefined, 'every core used', cliTree ? (cliTree.identical ? 'same output' : '✗ outputs differ') : '–'],
      ['register over a tree vs its lint', `${num(register.ratio, 2)}×`, `≤ ${targets.registerRatio}×`, mark(register.ratio <= targets.registerRatio)],
      ['cached = fresh', incremental ? `${incremental.checked - incremental.mismatches.length}/${incremental.checked}` : undefined, 'all identical', mark(incremental && incremental.mismatches.length === 0)]
    ]
  )
)
if (rows.every((row) => row.messages === 0)) out.push('\n⚠ The engine returned no message on any input: is src/core/lint.ts still a stub? These figures are meaningless.')

console.log(out.join('\n'))
if (engineFailed || (incremental && incremental.mismatches.length > 0)) process.exitCode = 1
