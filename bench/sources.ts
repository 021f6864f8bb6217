/**
 * Micro-benchmark of the source and prose layers on the generated inputs (`.bench/`):
 * MB/s of parseBlock (Markdown, plaintext), detectLanguage and segment, best of N runs.
 * Usage: node --import tsx bench/sources.ts [runs]
 */
import {readFileSync} from 'node:fs'
import {parseBlock, splitBlocks} from '../src/core/source/index.ts'
import {detectLanguage} from '../src/core/prose/language.ts'
import {segment} from '../src/core/prose/segment.ts'
import type {Format} from '../src/core/types.ts'
import type {ProseUnit} from '../src/core/source/types.ts'

const runs = Number(process.argv[2] ?? 5)

function best(fn: () => void): number {
  let min = Infinity
  for (let r = 0; r < runs; r++) {
    const t = performance.now()
    fn()
    min = Math.min(min, performance.now() - t)
  }
  return min
}

const rate = (bytes: number, ms: number): string => `${(bytes / 1e6 / (ms / 1000)).toFixed(2)} MB/s (${ms.toFixed(0)} ms)`

for (const [file, format] of [['fr-1mb.md', 'markdown'], ['en-1mb.md', 'markdown'], ['fr-1mb.txt', 'plaintext'], ['en-1mb.txt', 'plaintext']] as const) {
  const raw = readFileSync(new URL(`../.bench/${file}`, import.meta.url))
  const text = raw.toString("utf8")
  const blocks = splitBlocks(text, format as Format).map((b) => ({text: text.slice(b.start, b.end), atStart: b.start === 0}))
  const units: ProseUnit[] = []
  for (const b of blocks) units.push(...parseBlock(b.text, format as Format, {atStart: b.atStart}).units)
  const langs = units.map((u) => detectLanguage(u.text) ?? 'fr')
  const parse = best(() => {
    for (const b of blocks) parseBlock(b.text, format as Format, {atStart: b.atStart})
  })
  const detect = best(() => {
    for (const u of units) detectLanguage(u.text)
  })
  const seg = best(() => {
    for (let i = 0; i < units.length; i++) segment(units[i]!.text, langs[i]!)
  })
  console.log(`${file.padEnd(11)} parseBlock ${rate(raw.length, parse)}  detectLanguage ${rate(raw.length, detect)}  segment ${rate(raw.length, seg)}`)
}
