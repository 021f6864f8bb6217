/**
 * Where the engine spends its time: lints one generated input under the V8 CPU profiler and prints
 * the functions with the most self time (and saves the .cpuprofile for Chrome DevTools / VS Code).
 *
 *   node --import tsx bench/profile.ts [fr|en|mixed] [markdown|plaintext] [10kb|100kb|1mb|5mb]
 *   node --import tsx bench/profile.ts mixed markdown 1mb --incremental   # 100 one-character edits instead
 */
import {Session, type Profiler} from 'node:inspector'
import {mkdirSync, writeFileSync} from 'node:fs'
import {lint} from '../src/core/index.ts'
import {generate, sizes, type BenchFormat, type BenchLang, type SizeLabel} from './generate.ts'
import {measureIncremental} from './incremental.ts'
import {formatTable} from './table.ts'

const args = process.argv.slice(2).filter((arg) => !arg.startsWith('--'))
const incremental = process.argv.includes('--incremental')
const [lang = 'fr', format = 'markdown', size = '1mb'] = args as [BenchLang?, BenchFormat?, SizeLabel?]
const document = generate({lang, format, bytes: sizes[size]})
const options = {format, lang: 'auto'} as const
lint(document.text.slice(0, 20000), options)

const session = new Session()
session.connect()
const post = <T>(method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))))

await post('Profiler.enable')
await post('Profiler.setSamplingInterval', {interval: 200})
const startProfiler = (): void => session.post('Profiler.start')
let elapsed = 0
let what: string
if (incremental) {
  const report = measureIncremental(document, options, 100, 0, startProfiler)
  what = `100 edits after a first lint: p50 ${report.p50.toFixed(2)} ms, p95 ${report.p95.toFixed(2)} ms (profile covers the edits only)`
  elapsed = report.firstMs
} else {
  startProfiler()
  const start = performance.now()
  what = `${lint(document.text, options).messages.length} messages`
  elapsed = performance.now() - start
}
const {profile} = await post<{profile: Profiler.Profile}>('Profiler.stop')
session.disconnect()

mkdirSync('.bench', {recursive: true})
const file = `.bench/${lang}-${size}-${format}${incremental ? '-incremental' : ''}.cpuprofile`
writeFileSync(file, JSON.stringify(profile))

// Self time (samples whose leaf is the function) and total time (samples with the function anywhere on the stack).
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parent = new Map<number, number>()
for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id)
const keyOf = (id: number): string => {
  const frame = byId.get(id)!.callFrame
  const where = frame.url ? `${frame.url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${frame.lineNumber + 1}` : ''
  return `${frame.functionName || '(anonymous)'} ${where}`.trim()
}
const selfTime = new Map<string, number>()
const totalTime = new Map<string, number>()
const samples = profile.samples ?? []
for (const leaf of samples) {
  selfTime.set(keyOf(leaf), (selfTime.get(keyOf(leaf)) ?? 0) + 1)
  const seen = new Set<string>()
  for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) seen.add(keyOf(id))
  for (const key of seen) totalTime.set(key, (totalTime.get(key) ?? 0) + 1)
}
const percent = (count: number): string => ((100 * count) / samples.length).toFixed(1)
const rows = (map: Map<string, number>, filter: (key: string) => boolean) =>
  [...map].filter(([key]) => filter(key)).sort((a, b) => b[1] - a[1]).slice(0, 25).map(([key, count]) => [key, percent(count)])
console.log(`${lang} ${format} ${size}: ${incremental ? 'first lint ' : ''}${elapsed.toFixed(0)} ms, ${what}; profile saved to ${file}\n`)
console.log(formatTable(['function (self time)', '%'], rows(selfTime, () => true)))
console.log()
console.log(formatTable(['function (total time, with callees)', '%'], rows(totalTime, (key) => !key.startsWith('(root)') && !key.startsWith('(program)'))))
