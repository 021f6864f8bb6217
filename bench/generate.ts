/**
 * Deterministic generator of the bench inputs: French, English and mixed marketing and internal
 * copy, as plaintext or Markdown, at a requested size. Every sentence is composed from the
 * fragments in copy-fr.ts / copy-en.ts, so a 5 MB document is not one paragraph repeated.
 *
 *   node --import tsx bench/generate.ts [--quick]   writes every input to .bench/
 */
import {mkdirSync, writeFileSync} from 'node:fs'
import {join} from 'node:path'
import {pathToFileURL} from 'node:url'
import {sentenceKinds, type Copy, type SentenceKind} from './copy.ts'
import {copyEn} from './copy-en.ts'
import {copyFr} from './copy-fr.ts'
import {createRng, hashSeed, type Rng} from './prng.ts'

export type BenchLang = 'fr' | 'en' | 'mixed'
export type BenchFormat = 'markdown' | 'plaintext'

export interface GenerateOptions {
  lang: BenchLang
  format: BenchFormat
  /** Target size in UTF-8 bytes; the result is within 2 % below it. */
  bytes: number
  seed?: number
}

export interface GeneratedDocument {
  text: string
  /** UTF-16 [start, end) ranges of prose (paragraphs and list items), where editing only touches prose. */
  prose: Array<[number, number]>
  /** How many sentences of each kind the prose holds. */
  counts: Record<SentenceKind, number>
  bytes: number
}

export const sizes = {'10kb': 10 * 1024, '100kb': 100 * 1024, '1mb': 1024 * 1024, '5mb': 5 * 1024 * 1024} as const
export type SizeLabel = keyof typeof sizes
export const langs: readonly BenchLang[] = ['fr', 'en', 'mixed']
export const formats: readonly BenchFormat[] = ['plaintext', 'markdown']

export function inputName(lang: BenchLang, format: BenchFormat, size: SizeLabel): string {
  return `${lang}-${size}.${format === 'markdown' ? 'md' : 'txt'}`
}

interface Block {
  text: string
  prose: Array<[number, number]>
  counts: Partial<Record<SentenceKind, number>>
}

const paragraphKinds: Record<SentenceKind, number> = {plain: 50, hollow: 12, backed: 9, mention: 7, vague: 9, commitment: 13}
const itemKinds: Record<SentenceKind, number> = {plain: 20, hollow: 20, backed: 10, mention: 3, vague: 12, commitment: 35}

function sentences(copy: Copy, rng: Rng, count: number, weights: Record<SentenceKind, number>, counts: Partial<Record<SentenceKind, number>>): string[] {
  const out: string[] = []
  for (let index = 0; index < count; index++) {
    const kind = rng.weighted(weights)
    counts[kind] = (counts[kind] ?? 0) + 1
    out.push(copy.sentence(kind, rng))
  }
  return out
}

/** Breaks a paragraph into lines of about `width` characters at ordinary spaces. */
function hardWrap(text: string, width: number): string {
  const words = text.split(' ')
  let line = ''
  const lines: string[] = []
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines.join('\n')
}

function paragraph(copy: Copy, rng: Rng, format: BenchFormat, count = rng.int(2, 6)): Block {
  const counts: Block['counts'] = {}
  const parts = sentences(copy, rng, count, paragraphKinds, counts)
  if (format === 'markdown' && rng.chance(0.1)) {
    const index = rng.int(0, parts.length - 1)
    parts[index] = `**${parts[index]}**`
  }
  if (format === 'markdown' && rng.chance(0.08)) parts.push(copy.linkSentence(rng))
  let text = copy.typography(parts.join(' '), rng)
  if (rng.chance(0.01)) text += ' 👍'
  if (rng.chance(0.02)) text = text.normalize('NFD')
  if (rng.chance(format === 'plaintext' ? 0.4 : 0.2)) text = hardWrap(text, rng.int(66, 90))
  return {text, prose: [[0, text.length]], counts}
}

function list(copy: Copy, rng: Rng, format: BenchFormat): Block {
  const counts: Block['counts'] = {}
  const intro = copy.typography(copy.listIntro(rng), rng)
  const ordered = rng.chance(0.25)
  const bullet = format === 'plaintext' && rng.chance(0.5) ? '•' : '-'
  const items = sentences(copy, rng, rng.int(3, 6), itemKinds, counts).map((item) => copy.typography(item, rng))
  const prose: Block['prose'] = [[0, intro.length]]
  let text = intro + '\n'
  if (format === 'markdown') text += '\n'
  items.forEach((item, index) => {
    const marker = ordered ? `${index + 1}. ` : `${bullet} `
    text += marker
    prose.push([text.length, text.length + item.length])
    text += item + (index < items.length - 1 ? '\n' : '')
  })
  return {text, prose, counts}
}

function table(copy: Copy, rng: Rng, format: BenchFormat): Block {
  const rows = copy.table(rng)
  if (format === 'plaintext') return {text: rows.map((row) => row.join('\t')).join('\n'), prose: [], counts: {}}
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`
  const [head, ...body] = rows
  const text = [line(head!), line(head!.map(() => '---')), ...body.map(line)].join('\n')
  return {text, prose: [], counts: {}}
}

function code(copy: Copy, rng: Rng): Block {
  const {info, body} = copy.code(rng)
  return {text: '```' + info + '\n' + body + '\n```', prose: [], counts: {}}
}

function quote(copy: Copy, rng: Rng): Block {
  const counts: Block['counts'] = {}
  const text = copy.typography(sentences(copy, rng, rng.int(1, 2), paragraphKinds, counts).join(' '), rng)
  return {text: '> ' + text, prose: [[2, 2 + text.length]], counts}
}

function heading(copy: Copy, rng: Rng, format: BenchFormat): Block {
  const title = copy.typography(copy.heading(rng), rng)
  if (format === 'markdown') return {text: (rng.chance(0.3) ? '### ' : '## ') + title, prose: [], counts: {}}
  return {text: rng.chance(0.2) ? title.toUpperCase() : title, prose: [], counts: {}}
}

function frontMatter(copy: Copy, rng: Rng, lang: BenchLang): Block {
  const title = copy.title(rng)
  const description = copy.sentence('hollow', rng).replace(/"/g, "'")
  const date = `2024-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`
  const text = ['---', `title: "${title}"`, `lang: ${lang}`, `updated: ${date}`, 'tags: [service, support]', `description: "${description}"`, '---', '', `# ${title}`].join('\n')
  return {text, prose: [], counts: {}}
}

/** The endless stream of blocks a document is made of; the first sections always hold a list, a table and (Markdown) a code fence. */
function* blocks(options: GenerateOptions, rng: Rng): Generator<Block> {
  const copyFor = (): Copy => (options.lang === 'fr' ? copyFr : options.lang === 'en' ? copyEn : rng.chance(0.5) ? copyFr : copyEn)
  const md = options.format === 'markdown'
  let copy = copyFor()
  yield md ? frontMatter(copy, rng, options.lang) : {text: copy.title(rng), prose: [], counts: {}}
  yield paragraph(copy, rng, options.format)
  yield list(copy, rng, options.format)
  yield table(copy, rng, options.format)
  if (md) yield code(copy, rng)
  for (;;) {
    copy = copyFor()
    yield heading(copy, rng, options.format)
    const count = rng.int(1, 5)
    for (let index = 0; index < count; index++) {
      const kind = rng.weighted(md ? {paragraph: 12, list: 4, table: 1, code: 1, quote: 1} : {paragraph: 12, list: 4, table: 1, code: 0, quote: 0})
      if (kind === 'paragraph') yield paragraph(copy, rng, options.format)
      else if (kind === 'list') yield list(copy, rng, options.format)
      else if (kind === 'table') yield table(copy, rng, options.format)
      else if (kind === 'code') yield code(copy, rng)
      else yield quote(copy, rng)
    }
  }
}

export function generate(options: GenerateOptions): GeneratedDocument {
  const rng = createRng(hashSeed(`${options.lang}/${options.format}/${options.bytes}`, options.seed ?? 1))
  const parts: string[] = []
  const prose: Array<[number, number]> = []
  const counts = Object.fromEntries(sentenceKinds.map((kind) => [kind, 0])) as Record<SentenceKind, number>
  let length = 0
  let bytes = 0
  const add = (block: Block): void => {
    const separator = parts.length ? 2 : 0
    if (separator) parts.push('\n\n')
    length += separator
    bytes += separator
    for (const [start, end] of block.prose) prose.push([length + start, length + end])
    for (const kind of sentenceKinds) counts[kind] += block.counts[kind] ?? 0
    parts.push(block.text)
    length += block.text.length
    bytes += Buffer.byteLength(block.text)
  }
  const fits = (block: Block): boolean => bytes + 2 + Buffer.byteLength(block.text) <= options.bytes
  const stream = blocks(options, rng)
  for (;;) {
    const block = stream.next().value as Block
    if (parts.length === 0 || fits(block)) {
      add(block)
      continue
    }
    // Close the gap with one-sentence paragraphs, so the size lands within 2 % of the target.
    const tolerance = options.bytes * 0.02
    while (options.bytes - bytes > tolerance) {
      const filler = paragraph(options.lang === 'en' ? copyEn : copyFr, rng, options.format, 1)
      if (!fits(filler)) break
      add(filler)
    }
    break
  }
  const text = parts.join('') + '\n'
  return {text, prose, counts, bytes: bytes + 1}
}

/** Writes one input per (lang, format, size) into `dir`; returns the paths by name. */
export function writeInputs(dir: string, sizeLabels: readonly SizeLabel[]): Map<string, string> {
  mkdirSync(dir, {recursive: true})
  const paths = new Map<string, string>()
  for (const size of sizeLabels) {
    for (const lang of langs) {
      for (const format of formats) {
        const name = inputName(lang, format, size)
        const path = join(dir, name)
        writeFileSync(path, generate({lang, format, bytes: sizes[size]}).text)
        paths.set(name, path)
      }
    }
  }
  return paths
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const labels: SizeLabel[] = process.argv.includes('--quick') ? ['10kb', '100kb', '1mb'] : ['10kb', '100kb', '1mb', '5mb']
  const written = writeInputs('.bench', labels)
  console.log(`wrote ${written.size} inputs to .bench/`)
}
