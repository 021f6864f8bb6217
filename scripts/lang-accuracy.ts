/**
 * Accuracy of the per-unit language decision (src/core/prose/language.ts) on labelled units.
 *
 * Units, each on its own:
 *   dev     ../shared/corpus/dev.jsonl (read here only, never copied into the project)
 *   eval    test/fixtures/eval/*.jsonl (our own eval sentences)
 *   bench   distinct prose units of generated bench documents, French and English generated
 *           apart, so every unit's language is its document's
 *   own     test/fixtures/lang/units.jsonl (short, mixed and tricky units written for this)
 * Per set: units, wrong answers, undetermined answers (`undefined`: the unit takes the language
 * of the unit before it) and which step gave the wrong ones.
 *
 * Documents, as the engine reads them: every unit of generated French, English and mixed
 * documents (sections of the two interleaved), each in the language it is finally analysed in:
 * its own, else the previous unit's, else the document's majority (analyze-block.ts, resolve/scope.ts).
 *
 *   node --import tsx scripts/lang-accuracy.ts [--show] [--corpus FILE]
 *   PROMESSE_SRC=/other/checkout/src node --import tsx scripts/lang-accuracy.ts   # compare
 */
import {existsSync, readdirSync, readFileSync} from 'node:fs'
import {join} from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {generate, type BenchFormat} from '../bench/generate.ts'
import type * as LanguageModule from '../src/core/prose/language.ts'
import * as source from '../src/core/source/index.ts'
import type {Lang} from '../src/core/types.ts'

export interface Labelled {
  text: string
  lang: Lang
}

export interface LabelledSet {
  name: string
  items: Labelled[]
}

const repo = fileURLToPath(new URL('..', import.meta.url))
const benchBytes = 512 * 1024
const seeds = [1, 2, 3]

function readJsonl(file: string): Labelled[] {
  const out: Labelled[] = []
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue
    const item = JSON.parse(line) as {text?: unknown; lang?: unknown}
    if (typeof item.text === 'string' && (item.lang === 'fr' || item.lang === 'en')) out.push({text: item.text, lang: item.lang})
  }
  return out
}

/** A generated document's prose units in order, by block, each labelled with the document's language. */
function documentBlocks(lang: Lang, format: BenchFormat, seed: number): Array<Array<Labelled & {heading: boolean}>> {
  const {text} = generate({lang, format, bytes: benchBytes, seed})
  return source.splitBlocks(text, format).map((block) => {
    const parsed = source.parseBlock(text.slice(block.start, block.end), format, {atStart: block.start === 0})
    // Front matter keys (`lang: fr`, tags) are no copy of either language.
    return parsed.units.filter((unit) => unit.kind !== 'frontMatter').map((unit) => ({text: unit.text, lang, heading: unit.kind === 'heading'}))
  })
}

/** Distinct prose units of generated French and English documents. */
function benchUnits(): Labelled[] {
  const seen = new Map<string, Lang>()
  for (const lang of ['fr', 'en'] as const) {
    for (const format of ['markdown', 'plaintext'] as BenchFormat[]) {
      for (const seed of seeds) for (const block of documentBlocks(lang, format, seed)) for (const unit of block) seen.set(unit.text, lang)
    }
  }
  return [...seen].map(([text, lang]) => ({text, lang}))
}

export function loadSets(corpus: string): LabelledSet[] {
  const sets: LabelledSet[] = []
  if (existsSync(corpus)) sets.push({name: 'dev', items: readJsonl(corpus)})
  const evalDir = join(repo, 'test/fixtures/eval')
  sets.push({name: 'eval', items: readdirSync(evalDir).filter((f) => f.endsWith('.jsonl')).sort().flatMap((f) => readJsonl(join(evalDir, f)))})
  sets.push({name: 'bench', items: benchUnits()})
  const own = join(repo, 'test/fixtures/lang/units.jsonl')
  if (existsSync(own)) sets.push({name: 'own', items: readJsonl(own)})
  return sets
}

/** Markdown sections (a heading and what follows) of a French and an English document, interleaved at random. */
function mixedDocument(seed: number): Labelled[] {
  const sections = (lang: Lang): Labelled[][] => {
    const out: Labelled[][] = [[]]
    for (const block of documentBlocks(lang, 'markdown', seed)) {
      if (block[0]?.heading && out.at(-1)!.length > 0) out.push([])
      out.at(-1)!.push(...block)
    }
    return out
  }
  const fr = sections('fr')
  const en = sections('en')
  let state = seed * 2654435761
  const out: Labelled[] = []
  while (fr.length || en.length) {
    state = (state * 1103515245 + 12345) >>> 0
    const from = !en.length || (fr.length && state % 2 === 0) ? fr : en
    out.push(...from.shift()!)
  }
  return out
}

/** Units analysed in the wrong language when the engine reads `units` as one document. */
function wrongInContext(units: Labelled[], detect: (text: string) => Lang | undefined): number {
  const found = units.map((unit) => detect(unit.text))
  const fr = found.filter((l) => l === 'fr').length
  const en = found.filter((l) => l === 'en').length
  let lang: Lang = en > fr ? 'en' : 'fr'
  let wrong = 0
  units.forEach((unit, i) => {
    lang = found[i] ?? lang
    if (lang !== unit.lang) wrong++
  })
  return wrong
}

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  const show = args.includes('--show')
  const at = args.indexOf('--corpus')
  const corpus = at >= 0 ? args[at + 1]! : join(repo, '../shared/corpus/dev.jsonl')
  const root = process.env.PROMESSE_SRC ? pathToFileURL(process.env.PROMESSE_SRC.replace(/\/?$/, '/')).href : new URL('../src/', import.meta.url).href
  const language = (await import(root + 'core/prose/language.ts')) as Partial<typeof LanguageModule> & Pick<typeof LanguageModule, 'detectLanguage'>
  const step = (text: string): string => language.explainLanguage?.(text).step ?? '?'

  let total = 0
  let wrong = 0
  let undetermined = 0
  console.log('units on their own')
  console.log('set     units  wrong  undetermined  wrong by step')
  for (const set of loadSets(corpus)) {
    let errors = 0
    let none = 0
    const bySteps = new Map<string, number>()
    for (const item of set.items) {
      const found = language.detectLanguage(item.text)
      if (found === undefined) none++
      else if (found !== item.lang) {
        errors++
        const s = step(item.text)
        bySteps.set(s, (bySteps.get(s) ?? 0) + 1)
        if (show) console.log(`  ${set.name} ${item.lang}→${found} [${s}] ${item.text.slice(0, 140)}`)
      }
    }
    total += set.items.length
    wrong += errors
    undetermined += none
    const steps = [...bySteps].map(([s, n]) => `${s} ${n}`).join(', ')
    console.log(`${set.name.padEnd(7)} ${String(set.items.length).padStart(5)}  ${String(errors).padStart(5)}  ${String(none).padStart(12)}  ${steps}`)
  }
  console.log(`all     ${String(total).padStart(5)}  ${String(wrong).padStart(5)}  ${String(undetermined).padStart(12)}`)

  console.log('\nbench documents in context (every unit, in document order)')
  console.log('documents          units  wrong')
  const documents: Array<[string, Labelled[]]> = []
  for (const lang of ['fr', 'en'] as const) {
    for (const format of ['markdown', 'plaintext'] as BenchFormat[]) {
      documents.push([`${lang} ${format}`, seeds.flatMap((seed) => documentBlocks(lang, format, seed).flat())])
    }
  }
  documents.push(['mixed markdown', seeds.flatMap((seed) => mixedDocument(seed))])
  for (const [name, units] of documents) {
    console.log(`${name.padEnd(18)} ${String(units.length).padStart(5)}  ${String(wrongInContext(units, language.detectLanguage)).padStart(5)}`)
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
