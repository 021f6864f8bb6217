/**
 * Where the engine spends its time: lints one generated input under the V8 CPU profiler and prints
 * the functions with the most self time (and saves the .cpuprofile for Chrome DevTools / VS Code).
 *
 *   node --import tsx bench/profile.ts [fr|en|mixed] [markdown|plaintext] [10kb|100kb|1mb|5mb]
 */
import {Session, type Profiler} from 'node:inspector'
import {mkdirSync, writeFileSync} from 'node:fs'
import {lint} from '../src/core/index.ts'
import {generate, sizes, type BenchFormat, type BenchLang, type SizeLabel} from './generate.ts'
import {formatTable} from './table.ts'

const [lang = 'fr', format = 'markdown', size = '1mb'] = process.argv.slice(2) as [BenchLang?, BenchFormat?, SizeLabel?]
const text = generate({lang, format, bytes: sizes[size]}).text
lint(text.slice(0, 20000), {format, lang: 'auto'})

const session = new Session()
session.connect()
const post = <T>(method: string, params?: object): Promise<T> =>
  new Promise((resolve, reject) => session.post(method, params ?? {}, (error, result) => (error ? reject(error) : resolve(result as T))))

await post('Profiler.enable')
await post('Profiler.setSamplingInterval', {interval: 200})
await post('Profiler.start')
const start = performance.now()
const result = lint(text, {format, lang: 'auto'})
const elapsed = performance.now() - start
const {profile} = await post<{profile: Profiler.Profile}>('Profiler.stop')
session.disconnect()

mkdirSync('.bench', {recursive: true})
const file = `.bench/${lang}-${size}-${format}.cpuprofile`
writeFileSync(file, JSON.stringify(profile))

// Self time per function: samples whose leaf is that node.
const selfTime = new Map<string, number>()
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const counts = new Map<number, number>()
for (const id of profile.samples ?? []) counts.set(id, (counts.get(id) ?? 0) + 1)
let total = 0
for (const [id, count] of counts) {
  const frame = byId.get(id)!.callFrame
  const where = frame.url ? `${frame.url.replace(/^.*\/(node_modules|src)\//, '$1/')}:${frame.lineNumber + 1}` : ''
  const key = `${frame.functionName || '(anonymous)'} ${where}`.trim()
  selfTime.set(key, (selfTime.get(key) ?? 0) + count)
  total += count
}
const top = [...selfTime].sort((a, b) => b[1] - a[1]).slice(0, 25)
console.log(`${lang} ${format} ${size}: ${elapsed.toFixed(0)} ms, ${result.messages.length} messages; profile saved to ${file}\n`)
console.log(formatTable(['function (self time)', '%'], top.map(([name, count]) => [name, ((100 * count) / total).toFixed(1)])))
