/**
 * Micro-benchmark of the source and prose layers on the generated inputs (`.bench/`, made by
 * `bench/generate.ts`): MB/s of parseBlock (Markdown, plaintext), detectLanguage and segment,
 * best CPU time (user + system) of N runs — less sensitive than wall time to a busy machine.
 *
 *   node --import tsx bench/sources.ts [runs]
 *   PROMESSE_SRC=/path/to/other/checkout/src node --import tsx bench/sources.ts   # compare
 */
import {readFileSync} from 'node:fs'
import {pathToFileURL} from 'node:url'
import type {Format, Lang} from '../src/core/types.ts'
import type * as SourceModule from '../src/core/source/index.ts'
import type * as LanguageModule from '../src/core/prose/language.ts'
import type * as SegmentModule from '../src/core/prose/segment.ts'

const runs = Number(process.argv[2] ?? 7)
const root = process.env.PROMESSE_SRC ? pathToFileURL(process.env.PROMESSE_SRC.replace(/\/?$/, '/')).href : new URL('../src/', import.meta.url).href
const {parseBlock, splitBlocks} = (await import(root + 'core/source/index.ts')) as typeof SourceModule
const {detectLanguage} = (await import(root + 'core/prose/language.ts')) as typeof LanguageModule
const {segment} = (await import(root + 'core/prose/segment.ts')) as typeof SegmentModule

function best(fn: () => void): number {
  let min = Infinity
  for (let r = 0; r < runs; r++) {
    const t = process.cpuUsage()
    fn()
    const d = process.cpuUsage(t)
    min = Math.min(min, (d.user + d.system) / 1000)
  }
  return min
}

const rate = (bytes: number, ms: number): string => `${(bytes / 1e6 / (ms / 1000)).toFixed(1).padStart(5)} MB/s (${ms.toFixed(0).padStart(4)} ms)`

for (const file of ['fr-1mb.md', 'en-1mb.md', 'fr-1mb.txt', 'en-1mb.txt']) {
  const format: Format = file.endsWith('.md') ? 'markdown' : 'plaintext'
  const raw = readFileSync(new URL(`../.bench/${file}`, import.meta.url))
  const text = raw.toString('utf8')
  const blocks = splitBlocks(text, format).map((b) => ({text: text.slice(b.start, b.end), atStart: b.start === 0}))
  const units = blocks.flatMap((b) => parseBlock(b.text, format, {atStart: b.atStart}).units.map((u) => u.text))
  const langs: Lang[] = units.map((u) => detectLanguage(u) ?? 'fr')
  const parse = best(() => {
    for (const b of blocks) parseBlock(b.text, format, {atStart: b.atStart})
  })
  const detect = best(() => {
    for (const u of units) detectLanguage(u)
  })
  const seg = best(() => {
    for (let i = 0; i < units.length; i++) segment(units[i]!, langs[i]!)
  })
  console.log(`${file.padEnd(11)} parseBlock ${rate(raw.length, parse)}   detectLanguage ${rate(raw.length, detect)}   segment ${rate(raw.length, seg)}`)
}
