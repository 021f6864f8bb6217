/**
 * Token patterns: a small, linear-time language over folded word tokens, used by the rule data.
 *
 *   word        the exact (folded) word; several words in one literal are a sequence (`l'ecoute`)
 *   word*       any word starting with `word` (at least 2 characters)
 *   a|b*|c      one of these words (an alternative with several tokens becomes a group)
 *   @class      any word of a class defined in the lexicon
 *   _           any one word
 *   ~N          up to N words (default 3); never across a separating punctuation mark
 *   ( x y | z ) a group of alternative sequences;  `?` after an item or `)` makes it optional
 *   ^           (first) the pattern only matches at the start of the sentence
 *
 * Patterns compile to a Thompson NFA; matching simulates state sets, so the cost is
 * O(tokens × states) with no backtracking. Most patterns never run on a given sentence:
 * - they are indexed by their possible first words;
 * - up to two word sets a pattern requires anywhere (`client|clients … roi|reine`), and the words
 *   that must follow its first word (`vous` → `justifiez|possedez`), are checked against the
 *   sentence's words first;
 * - a pattern of one word matches as soon as it starts.
 * What a word means to a set (patterns it starts, sets it belongs to, atoms it satisfies) is
 * computed once per distinct word and cached, so matching a sentence costs a lookup per word.
 */
import {tokenize, type Token} from '../text/tokens.ts'
import {fold} from '../text/fold.ts'
import {detach} from '../text/detach.ts'

export interface Atom {
  exact: Set<string>
  prefixes: string[]
  any: boolean
}

type Item =
  | {kind: 'atom'; atom: Atom; opt: boolean}
  | {kind: 'group'; alts: Item[][]; opt: boolean}
  | {kind: 'gap'; max: number}
  | {kind: 'anchor'}

type Node =
  | {t: 'tok'; atom: Atom; next: number}
  | {t: 'split'; a: number; b: number}
  | {t: 'end'; id: number}

export interface Match {
  id: number
  /** Token indexes, end exclusive. */
  from: number
  to: number
}

export class PatternError extends Error {}

/** What a pattern set knows about one word: the patterns it may start, the patterns it enables, the atoms it satisfies. */
export interface WordInfo {
  starts: Int32Array | null
  /**
   * For each of `starts`, three need sets the sentence must satisfy for that pattern to match from
   * this word (-1: none): what must follow the word, and the two the pattern requires anywhere.
   */
  requires: Int32Array | null
  needs: Int32Array | null
  /** Bit `a` is set when the word satisfies atom number `a`. */
  bits: Uint32Array | null
}

const NO_INFO: WordInfo = {starts: null, requires: null, needs: null, bits: null}

/** A set of atoms one of which some word of the sentence must satisfy for a pattern to match. */
interface Need {
  atoms: Atom[]
  cost: number
}

/** Needs costlier than this (too many words) are not worth indexing. */
const MAX_NEED_COST = 1000

/** Short words (`de`, `the`, `vous`) are in most sentences: a need made of them filters little. */
function wordCost(w: string): number {
  return w.length <= 3 ? 8 : w.length === 4 ? 2 : 1
}

function atomNeed(atom: Atom): Need | undefined {
  if (atom.any || atom.prefixes.some((p) => p.length < 2)) return undefined
  let cost = atom.prefixes.length * 3
  for (const w of atom.exact) cost += wordCost(w)
  return {atoms: [atom], cost}
}

const atomKeys = new WeakMap<Atom, string>()

/** Atoms with the same key test words the same way. */
function atomKey(atom: Atom): string {
  let key = atomKeys.get(atom)
  if (key === undefined) {
    key = atom.any ? '_' : [...atom.exact].sort().join(' ') + '|' + [...atom.prefixes].sort().join(' ')
    atomKeys.set(atom, key)
  }
  return key
}

/** What an item requires wherever it matches (undefined: nothing certain). */
function itemNeed(item: Item): Need | undefined {
  if (item.kind === 'atom') return item.opt ? undefined : atomNeed(item.atom)
  if (item.kind !== 'group' || item.opt) return undefined
  return union(item.alts.map((alt) => seqNeed(alt, false)))
}

/** What an item requires besides the word it starts with. */
function tailNeed(item: Item): Need | undefined {
  if (item.kind !== 'group' || item.opt) return undefined
  return union(item.alts.map((alt) => seqNeed(alt, true)))
}

/** The cheapest need of a sequence, `skipFirst`: not counting the needs of its first item. */
function seqNeed(seq: Item[], skipFirst: boolean): Need | undefined {
  let best: Need | undefined
  seq.forEach((item, i) => {
    const need = skipFirst && i === 0 ? tailNeed(item) : itemNeed(item)
    if (need && (!best || need.cost < best.cost)) best = need
  })
  return best
}

function union(needs: Array<Need | undefined>): Need | undefined {
  if (needs.length === 0 || needs.some((n) => n === undefined)) return undefined
  return {atoms: needs.flatMap((n) => n!.atoms), cost: needs.reduce((sum, n) => sum + n!.cost, 0)}
}

/** Distinct words remembered per pattern set; the cache starts over beyond this. */
const CACHE_LIMIT = 50_000

/**
 * Parses one pattern into items. `classes` maps class names to atoms.
 * Outside parentheses `|` binds tightly (`client|clients roi` = one of two words, then `roi`);
 * inside parentheses it separates alternative sequences (`(de nos clients|des clients)`).
 */
export function parsePattern(src: string, lang: 'fr' | 'en', classes: Map<string, Atom>): Item[] {
  const lexemes = src.match(/\(|\)\??|\||[^\s()|]+/g) ?? []
  let pos = 0
  let anchored = false
  if (lexemes[0] === '^') {
    anchored = true
    pos = 1
  }
  function parseOne(): Item[] {
    const lx = lexemes[pos]
    if (lx === undefined || lx === '|' || lx === ')' || lx === ')?') throw new PatternError(`dangling "|" in pattern: ${src}`)
    pos++
    if (lx === '(') {
      const inner = parseSeq(true)
      const close = lexemes[pos]
      if (close !== ')' && close !== ')?') throw new PatternError(`missing ")" in pattern: ${src}`)
      pos++
      return [{kind: 'group', alts: inner, opt: close === ')?'}]
    }
    const gap = /^~(\d*)$/.exec(lx)
    if (gap) {
      const max = gap[1] ? Number(gap[1]) : 3
      if (max < 1 || max > 8) throw new PatternError(`gap ${lx} must be ~1 to ~8: ${src}`)
      return [{kind: 'gap', max}]
    }
    return parseLexeme(lx, src, lang, classes)
  }
  function parseSeq(inGroup: boolean): Item[][] {
    const alts: Item[][] = [[]]
    while (pos < lexemes.length) {
      const lx = lexemes[pos]!
      if (lx === ')' || lx === ')?') {
        if (!inGroup) throw new PatternError(`unbalanced ")" in pattern: ${src}`)
        return alts
      }
      const seq = alts[alts.length - 1]!
      if (lx === '|') {
        pos++
        if (inGroup) {
          alts.push([])
          continue
        }
        // tight alternation: (previous item) | (next item)
        const prev = seq.pop()
        if (!prev || prev.kind === 'gap') throw new PatternError(`dangling "|" in pattern: ${src}`)
        const next = parseOne()
        const prevAlts = prev.kind === 'group' && (prev as {tight?: boolean}).tight ? prev.alts : [[prev]]
        const group = {kind: 'group' as const, alts: [...prevAlts, next], opt: false, tight: true}
        seq.push(group)
        continue
      }
      seq.push(...parseOne())
    }
    if (inGroup) throw new PatternError(`missing ")" in pattern: ${src}`)
    return alts
  }
  const alts = parseSeq(false)
  if (pos !== lexemes.length) throw new PatternError(`unbalanced ")" in pattern: ${src}`)
  const items = alts[0]!
  if (items.length === 0) throw new PatternError(`empty pattern: ${JSON.stringify(src)}`)
  if (items[0]!.kind === 'gap' || items[items.length - 1]!.kind === 'gap') {
    throw new PatternError(`a pattern cannot start or end with a gap: ${src}`)
  }
  if (anchored) items.unshift({kind: 'anchor'})
  return items
}

function parseLexeme(lx: string, src: string, lang: 'fr' | 'en', classes: Map<string, Atom>): Item[] {
  let opt = false
  if (lx.length > 1 && lx.endsWith('?')) {
    opt = true
    lx = lx.slice(0, -1)
  }
  if (lx.startsWith('@')) {
    const cls = classes.get(lx.slice(1))
    if (!cls) throw new PatternError(`unknown class ${lx}: ${src}`)
    return [{kind: 'atom', atom: cls, opt}]
  }
  if (lx === '_') return [{kind: 'atom', atom: {exact: new Set(), prefixes: [], any: true}, opt}]
  const prefix = lx.endsWith('*')
  const words = literalWords(prefix ? lx.slice(0, -1) : lx, lang)
  if (words.length === 0) throw new PatternError(`"${lx}" holds no word: ${src}`)
  if (prefix && words[words.length - 1]!.length < 2) throw new PatternError(`prefix "${lx}" is too short: ${src}`)
  const seq: Item[] = words.map((w, i) => {
    const atom: Atom = {exact: new Set(), prefixes: [], any: false}
    if (prefix && i === words.length - 1) atom.prefixes.push(w)
    else atom.exact.add(w)
    return {kind: 'atom', atom, opt: false}
  })
  if (seq.length === 1) return [{...(seq[0] as {kind: 'atom'; atom: Atom}), opt}]
  return [{kind: 'group', alts: [seq], opt}]
}

/** The folded words of a literal, tokenized exactly as sentences are. */
export function literalWords(text: string, lang: 'fr' | 'en'): string[] {
  const folded = fold(text).text
  if (lang === 'en') {
    // A contraction written on its own in a pattern (`'ll`, `'re`, `n't`) is the token sentences give.
    const bare = folded.trim()
    if (/^'[a-z]{1,2}$/.test(bare) || bare === "n't") return [bare]
  }
  return tokenize(folded, lang).map((t) => (lang === 'fr' && folded[t.e] === "'" && !t.w.endsWith("'") ? t.w + "'" : t.w))
}

/** Builds an atom (word class) from a list of words and `prefix*` entries. */
export function classAtom(entries: string[], lang: 'fr' | 'en'): Atom {
  const atom: Atom = {exact: new Set(), prefixes: [], any: false}
  for (const entry of entries) {
    const prefix = entry.endsWith('*')
    const words = literalWords(prefix ? entry.slice(0, -1) : entry, lang)
    if (words.length !== 1) throw new PatternError(`class entry "${entry}" must be one word`)
    if (prefix) {
      if (words[0]!.length < 2) throw new PatternError(`prefix "${entry}" is too short`)
      atom.prefixes.push(words[0]!)
    } else atom.exact.add(words[0]!)
  }
  return atom
}

/** Ids listed for `w` itself, then for the prefixes it starts with (by its first two chars), once each; null when none. */
function idsFor(w: string, byWord: Map<string, number[]>, byPrefix: Map<number, Array<{p: string; id: number}>>): number[] | null {
  let ids: number[] | null = null
  const exact = byWord.get(w)
  if (exact) ids = [...exact]
  if (w.length >= 2) {
    const pre = byPrefix.get(w.charCodeAt(0) * 65536 + w.charCodeAt(1))
    if (pre) {
      for (const {p, id} of pre) {
        if (!w.startsWith(p)) continue
        ids ??= []
        if (!ids.includes(id)) ids.push(id)
      }
    }
  }
  return ids
}

/** A compiled set of patterns, matched together over a token list. */
export class PatternSet {
  private nodes: Node[] = []
  private starts: number[] = []
  private byWord = new Map<string, number[]>()
  private byPrefix = new Map<number, Array<{p: string; id: number}>>()
  private always: number[] = []
  private anchored = new Set<number>()
  /** Patterns with a required word besides the first, indexed by that word: skipped when it is absent. */
  /** Need sets (numbered by content) each word satisfies. */
  private needsWord = new Map<string, number[]>()
  private needsPrefix = new Map<number, Array<{p: string; id: number}>>()
  private needNumbers = new Map<string, number>()
  /** The need sets of each pattern (-1: none). */
  private needA = new Int32Array(0)
  private needB = new Int32Array(0)
  /** `enabled[need] === matchGen`: some word of the sentence satisfies that need set. */
  private enabled = new Int32Array(0)
  private matchGen = 0
  private mark = new Int32Array(0)
  private gen = 0

  get size(): number {
    return this.starts.length
  }

  /** Adds a parsed pattern; returns its id (ids are consecutive from 0). */
  add(items: Item[]): number {
    const id = this.starts.length
    if (items[0]?.kind === 'anchor') {
      this.anchored.add(id)
      items = items.slice(1)
    }
    const end = this.push({t: 'end', id})
    const start = this.compileSeq(items, end)
    this.indexNeed(items, id)
    this.starts.push(start)
    const first: Atom[] = []
    this.firstAtoms(start, first, new Set())
    for (const atom of first) {
      if (atom.any) {
        this.always.push(id)
        continue
      }
      for (const w of atom.exact) {
        const list = this.byWord.get(w)
        if (list) {
          if (list[list.length - 1] !== id) list.push(id)
        } else this.byWord.set(w, [id])
      }
      for (const p of atom.prefixes) {
        const key = p.charCodeAt(0) * 65536 + p.charCodeAt(1)
        const list = this.byPrefix.get(key)
        if (list) list.push({p, id})
        else this.byPrefix.set(key, [{p, id}])
      }
    }
    // Grown by doubling: a new array per pattern added made compiling a language quadratic in allocations.
    if (this.mark.length < this.nodes.length) this.mark = new Int32Array(this.nodes.length * 2)
    if (this.seen.length < this.starts.length) this.seen = new Int32Array(this.starts.length * 2)
    return id
  }

  /**
   * Indexes up to two required word sets of a pattern besides its first word (`client|clients … roi|reine`):
   * the pattern is only tried in sentences holding a word of each.
   */
  private indexNeed(items: Item[], id: number): void {
    if (this.needA.length <= id) {
      const size = Math.max(64, id * 2)
      const a = new Int32Array(size).fill(-1)
      const b = new Int32Array(size).fill(-1)
      a.set(this.needA)
      b.set(this.needB)
      this.needA = a
      this.needB = b
    }
    const needs: Need[] = []
    items.forEach((item, i) => {
      const need = i === 0 ? tailNeed(item) : itemNeed(item)
      if (need && need.cost <= MAX_NEED_COST) needs.push(need)
    })
    needs.sort((a, b) => a.cost - b.cost)
    needs.slice(0, 2).forEach((need, slot) => {
      const number = this.needNumber(need.atoms)
      if (slot === 0) this.needA[id] = number
      else this.needB[id] = number
    })
  }

  /** The number of a need set (atoms one of which a word must satisfy), indexing its words on first sight. */
  private needNumber(atoms: Atom[]): number {
    const key = [...new Set(atoms.map(atomKey))].sort().join('\n')
    let number = this.needNumbers.get(key)
    if (number !== undefined) return number
    number = this.needNumbers.size
    this.needNumbers.set(key, number)
    if (this.enabled.length <= number) {
      const grown = new Int32Array(Math.max(64, number * 2))
      grown.set(this.enabled)
      this.enabled = grown
    }
    for (const atom of atoms) {
      for (const w of atom.exact) {
        const list = this.needsWord.get(w)
        if (!list) this.needsWord.set(w, [number])
        else if (list[list.length - 1] !== number) list.push(number)
      }
      for (const p of atom.prefixes) {
        const k = p.charCodeAt(0) * 65536 + p.charCodeAt(1)
        const list = this.needsPrefix.get(k)
        if (list) list.push({p, id: number})
        else this.needsPrefix.set(k, [{p, id: number}])
      }
    }
    return number
  }

  /**
   * What the rest of a pattern requires after its first word node `t`: the atoms of the word nodes
   * every way from `t` to the end goes through (any-word gaps skipped). Undefined when the end is
   * reachable without such a word, or when the set is too costly to index.
   */
  private cutAfter(t: number): number | undefined {
    const atoms: Atom[] = []
    const seen = new Set<number>()
    const stack = [(this.nodes[t] as {next: number}).next]
    while (stack.length > 0) {
      const n = stack.pop()!
      if (seen.has(n)) continue
      seen.add(n)
      const node = this.nodes[n]!
      if (node.t === 'end') return undefined
      if (node.t === 'split') stack.push(node.a, node.b)
      else if (node.atom.any) stack.push(node.next)
      else atoms.push(node.atom)
    }
    let cost = 0
    for (const atom of new Set(atoms)) {
      const need = atomNeed(atom)
      if (!need) return undefined
      cost += need.cost
    }
    return cost <= MAX_NEED_COST ? this.needNumber(atoms) : undefined
  }

  /** For each pattern, its first word nodes with the need set of what follows each (-1: none). */
  private firstNodes: Array<Array<{node: number; cut: number}>> = []

  private buildCuts(): void {
    this.firstNodes = this.starts.map((start) => {
      const out: Array<{node: number; cut: number}> = []
      for (let p = this.closureAt[start]!; p < this.closureAt[start + 1]!; p++) {
        const node = this.closurePool[p]!
        if (node >= 0) out.push({node, cut: this.cutAfter(node) ?? -1})
      }
      return out
    })
  }

  /** The need set pattern `id` requires after word `w` starts it (-1: none known). */
  private cutFor(id: number, w: string): number {
    let cut = -2
    for (const {node, cut: c} of this.firstNodes[id]!) {
      const atom = (this.nodes[node] as {atom: Atom}).atom
      if (!(atom.any || atom.exact.has(w) || atom.prefixes.some((p) => w.startsWith(p)))) continue
      if (c < 0 || (cut !== -2 && cut !== c)) return -1
      cut = c
    }
    return cut < 0 ? -1 : cut
  }

  /** Adds a literal word sequence (user phrases: never parsed as a pattern). */
  addLiteral(words: string[]): number {
    return this.add(words.map((w) => ({kind: 'atom', atom: {exact: new Set([w]), prefixes: [], any: false}, opt: false})))
  }

  private push(node: Node): number {
    this.nodes.push(node)
    return this.nodes.length - 1
  }

  private compileSeq(items: Item[], cont: number): number {
    for (let i = items.length - 1; i >= 0; i--) cont = this.compileItem(items[i]!, cont)
    return cont
  }

  private compileItem(item: Item, cont: number): number {
    if (item.kind === 'anchor') return cont
    if (item.kind === 'gap') {
      const any: Atom = {exact: new Set(), prefixes: [], any: true}
      for (let i = 0; i < item.max; i++) {
        const tok = this.push({t: 'tok', atom: any, next: cont})
        cont = this.push({t: 'split', a: tok, b: cont})
      }
      return cont
    }
    let start: number
    if (item.kind === 'atom') start = this.push({t: 'tok', atom: item.atom, next: cont})
    else {
      start = this.compileSeq(item.alts[item.alts.length - 1]!, cont)
      for (let i = item.alts.length - 2; i >= 0; i--) {
        start = this.push({t: 'split', a: this.compileSeq(item.alts[i]!, cont), b: start})
      }
    }
    return item.opt ? this.push({t: 'split', a: start, b: cont}) : start
  }

  private firstAtoms(n: number, out: Atom[], seen: Set<number>): void {
    if (seen.has(n)) return
    seen.add(n)
    const node = this.nodes[n]!
    if (node.t === 'tok') out.push(node.atom)
    else if (node.t === 'split') {
      this.firstAtoms(node.a, out, seen)
      this.firstAtoms(node.b, out, seen)
    } else throw new PatternError('a pattern must match at least one word')
  }

  /** All matches, the longest for each (pattern, start) pair, in order of start. */
  match(tokens: Token[]): Match[] {
    const n = tokens.length
    if (this.infos.length < n) this.infos = new Array<WordInfo>(n * 2).fill(NO_INFO)
    const infos = this.infos
    for (let i = 0; i < n; i++) infos[i] = this.lookup(tokens[i]!.w)
    return this.matchWords(tokens, infos)
  }

  /** What the patterns know about a word (cached). */
  lookup(w: string): WordInfo {
    if (this.built !== this.nodes.length) this.build()
    let info = this.cache.get(w)
    if (info === undefined) {
      info = this.learn(w)
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear()
      this.cache.set(detach(w), info)
    }
    return info
  }

  /**
   * `match` with the words already looked up: `infos[i]` is `this.wordInfo(tokens[i].w)` (or a
   * cached copy of it). Lets a caller look each word up once for several sets.
   */
  matchWords(tokens: Token[], infos: readonly WordInfo[]): Match[] {
    if (this.built !== this.nodes.length) this.build()
    const n = tokens.length
    const out: Match[] = []
    const always = this.always
    let candidatesSeen = always.length > 0
    for (let i = 0; i < n && !candidatesSeen; i++) if (infos[i]!.starts !== null) candidatesSeen = true
    // No word of the sentence can start a pattern: nothing to run.
    if (!candidatesSeen) return out
    this.needsMarked = false
    const seen = this.seen
    const anchored = this.anchoredFlag
    const oneWord = this.oneWord
    const enabled = this.enabled
    for (let i = 0; i < n; i++) {
      const info = infos[i]!
      const starts = info.starts
      if (starts === null && always.length === 0) continue
      const stamp = ++this.seenGen
      if (starts !== null) {
        const requires = info.requires!
        for (let c = 0; c < starts.length; c++) {
          const id = starts[c]!
          if (seen[id] === stamp) continue
          seen[id] = stamp
          if (i > 0 && anchored[id] === 1) continue
          const r0 = requires[3 * c]!
          const r1 = requires[3 * c + 1]!
          const r2 = requires[3 * c + 2]!
          if (r0 >= 0 || r1 >= 0 || r2 >= 0) {
            // Words the pattern needs are nowhere in the sentence.
            if (!this.needsMarked) this.markNeeds(infos, n)
            const gen = this.matchGen
            if ((r0 >= 0 && enabled[r0] !== gen) || (r1 >= 0 && enabled[r1] !== gen) || (r2 >= 0 && enabled[r2] !== gen)) continue
          }
          // The word started the pattern, so it matched its only word.
          if (oneWord[id] === 1) {
            out.push({id, from: i, to: i + 1})
            continue
          }
          const to = this.run(this.starts[id]!, tokens, infos, i)
          if (to > i) out.push({id, from: i, to})
        }
      }
      for (let c = 0; c < always.length; c++) this.tryAt(always[c]!, i, stamp, tokens, infos, out)
    }
    return out
  }

  /** Marks the need sets the words of the sentence satisfy (once per sentence, when a pattern asks). */
  private markNeeds(infos: readonly WordInfo[], n: number): void {
    const gen = ++this.matchGen
    const enabled = this.enabled
    for (let i = 0; i < n; i++) {
      const needs = infos[i]!.needs
      if (needs !== null) for (let k = 0; k < needs.length; k++) enabled[needs[k]!] = gen
    }
    this.needsMarked = true
  }

  private needsMarked = false

  /** Every way through the pattern is one word then the end: `nous|notre|@team` (closures built). */
  private isOneWord(start: number): boolean {
    const pool = this.closurePool
    const at = this.closureAt
    for (let p = at[start]!; p < at[start + 1]!; p++) {
      const t = pool[p]!
      if (t < 0) return false
      const next = this.na[t]!
      for (let q = at[next]!; q < at[next + 1]!; q++) if (pool[q]! >= 0) return false
    }
    return true
  }

  private tryAt(id: number, i: number, stamp: number, tokens: Token[], infos: readonly WordInfo[], out: Match[]): void {
    if (this.seen[id] === stamp) return
    this.seen[id] = stamp
    if (i > 0 && this.anchoredFlag[id] === 1) return
    const a = this.needA[id]!
    const b = this.needB[id]!
    if (a >= 0 || b >= 0) {
      if (!this.needsMarked) this.markNeeds(infos, tokens.length)
      const gen = this.matchGen
      if ((a >= 0 && this.enabled[a] !== gen) || (b >= 0 && this.enabled[b] !== gen)) return
    }
    // The word started the pattern, so it matched its only word.
    if (this.oneWord[id] === 1) {
      out.push({id, from: i, to: i + 1})
      return
    }
    const to = this.run(this.starts[id]!, tokens, infos, i)
    if (to > i) out.push({id, from: i, to})
  }

  /** What the patterns know about a word (not cached: see `lookup`). */
  wordInfo(w: string): WordInfo {
    if (this.built !== this.nodes.length) this.build()
    return this.learn(w)
  }

  private learn(w: string): WordInfo {
    // Patterns this word can start, in the order they were always tried: exact, then prefix.
    const starts = idsFor(w, this.byWord, this.byPrefix)
    const needs = idsFor(w, this.needsWord, this.needsPrefix)
    let bits: Uint32Array | null = null
    const set = (a: number): void => {
      bits ??= new Uint32Array((this.atomCount + 31) >>> 5)
      bits[a >>> 5]! |= 1 << (a & 31)
    }
    const atomsWithWord = this.atomsByWord.get(w)
    if (atomsWithWord) for (const a of atomsWithWord) set(a)
    for (const {p, atom} of this.shortPrefixAtoms) if (w.startsWith(p)) set(atom)
    if (w.length >= 2) {
      const pre = this.atomsByPrefix.get(w.charCodeAt(0) * 65536 + w.charCodeAt(1))
      if (pre) for (const {p, atom} of pre) if (w.startsWith(p)) set(atom)
    }
    const info: WordInfo =
      starts === null && needs === null && bits === null
        ? NO_INFO
        : {
            starts: starts && Int32Array.from(starts),
            requires: starts && Int32Array.from(starts.flatMap((id) => [this.cutFor(id, w), this.needA[id]!, this.needB[id]!])),
            needs: needs && Int32Array.from(needs),
            bits
          }
    return info
  }

  private typ = new Uint8Array(0)
  private na = new Int32Array(0)
  private nb = new Int32Array(0)
  /** Atom number of each token node (-1: any word). */
  private atomOf = new Int32Array(0)
  private atomCount = 0
  private atomsByWord = new Map<string, number[]>()
  private atomsByPrefix = new Map<number, Array<{p: string; atom: number}>>()
  private shortPrefixAtoms: Array<{p: string; atom: number}> = []
  private anchoredFlag = new Uint8Array(0)
  private oneWord = new Uint8Array(0)
  private cache = new Map<string, WordInfo>()
  private infos: WordInfo[] = []
  private built = 0

  /** Flat copies of the NFA (monomorphic, typed) and the word indexes, for the hot loops. */
  private build(): void {
    const n = this.nodes.length
    this.typ = new Uint8Array(n)
    this.na = new Int32Array(n)
    this.nb = new Int32Array(n)
    this.atomOf = new Int32Array(n).fill(-1)
    this.atomsByWord = new Map()
    this.atomsByPrefix = new Map()
    this.shortPrefixAtoms = []
    this.cache = new Map()
    // Atoms with the same words are the same test: number them by content.
    const numbers = new Map<string, number>()
    let count = 0
    for (let i = 0; i < n; i++) {
      const node = this.nodes[i]!
      if (node.t === 'tok') {
        this.typ[i] = 0
        this.na[i] = node.next
        const atom = node.atom
        if (atom.any) continue
        const key = atomKey(atom)
        let a = numbers.get(key)
        if (a === undefined) {
          a = count++
          numbers.set(key, a)
          for (const w of atom.exact) {
            const list = this.atomsByWord.get(w)
            if (list) list.push(a)
            else this.atomsByWord.set(w, [a])
          }
          for (const p of atom.prefixes) {
            if (p.length < 2) {
              this.shortPrefixAtoms.push({p, atom: a})
              continue
            }
            const k = p.charCodeAt(0) * 65536 + p.charCodeAt(1)
            const list = this.atomsByPrefix.get(k)
            if (list) list.push({p, atom: a})
            else this.atomsByPrefix.set(k, [{p, atom: a}])
          }
        }
        this.atomOf[i] = a
      } else if (node.t === 'split') {
        this.typ[i] = 1
        this.na[i] = node.a
        this.nb[i] = node.b
      } else {
        this.typ[i] = 2
      }
    }
    this.atomCount = count
    this.anchoredFlag = new Uint8Array(this.starts.length)
    for (const id of this.anchored) this.anchoredFlag[id] = 1
    if (this.bufA.length < n) {
      this.bufA = new Int32Array(n)
      this.bufB = new Int32Array(n)
    }
    this.buildClosures()
    this.oneWord = new Uint8Array(this.starts.length)
    this.starts.forEach((start, id) => {
      if (this.isOneWord(start)) this.oneWord[id] = 1
    })
    this.buildCuts()
    this.built = n
  }

  private bufA = new Int32Array(0)
  private bufB = new Int32Array(0)
  private seen = new Int32Array(0)
  private seenGen = 0

  /** Simulates the NFA from `start` at token `from`; returns the longest match end or -1. */
  private run(start: number, tokens: Token[], infos: readonly WordInfo[], from: number): number {
    let cur = this.bufA
    let nxt = this.bufB
    const atomOf = this.atomOf
    const na = this.na
    const mark = this.mark
    const pool = this.closurePool
    const at = this.closureAt
    let gen = ++this.gen
    let nCur = 0
    let best = -1
    // The closure list of a node: its word nodes, then -1 when the end is reached.
    for (let p = at[start]!, e = at[start + 1]!; p < e; p++) {
      const m = pool[p]!
      if (m < 0) best = from
      else if (mark[m] !== gen) {
        mark[m] = gen
        cur[nCur++] = m
      }
    }
    for (let j = from; j < tokens.length && nCur > 0; j++) {
      if (j > from && tokens[j]!.pb) break
      const bits = infos[j]!.bits
      gen = ++this.gen
      let nNext = 0
      for (let k = 0; k < nCur; k++) {
        const node = cur[k]!
        const a = atomOf[node]!
        if (a < 0 || (bits !== null && (bits[a >>> 5]! & (1 << (a & 31))) !== 0)) {
          const next = na[node]!
          for (let p = at[next]!, e = at[next + 1]!; p < e; p++) {
            const m = pool[p]!
            if (m < 0) best = j + 1
            else if (mark[m] !== gen) {
              mark[m] = gen
              nxt[nNext++] = m
            }
          }
        }
      }
      const t = cur
      cur = nxt
      nxt = t
      nCur = nNext
    }
    return best
  }

  private closurePool = new Int32Array(0)
  /** `closurePool[closureAt[n] .. closureAt[n + 1]]`: the word nodes reachable from node `n` without a word, and -1 if the end is. */
  private closureAt = new Int32Array(0)

  /** Epsilon closures of every node, computed once per build. */
  private buildClosures(): void {
    const n = this.nodes.length
    const at = new Int32Array(n + 1)
    const pool: number[] = []
    const seen = new Int32Array(n).fill(-1)
    const stack: number[] = []
    for (let i = 0; i < n; i++) {
      at[i] = pool.length
      let ended = false
      stack.push(i)
      while (stack.length > 0) {
        const m = stack.pop()!
        if (seen[m] === i) continue
        seen[m] = i
        const node = this.nodes[m]!
        if (node.t === 'tok') pool.push(m)
        else if (node.t === 'split') stack.push(node.b, node.a)
        else ended = true
      }
      if (ended) pool.push(-1)
    }
    at[n] = pool.length
    this.closurePool = Int32Array.from(pool)
    this.closureAt = at
  }
}
