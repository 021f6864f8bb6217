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
 * O(tokens × states) with no backtracking. Patterns are indexed by their possible first words.
 */
import {tokenize, type Token} from '../text/tokens.ts'
import {fold} from '../text/fold.ts'

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

function atomTest(atom: Atom, w: string): boolean {
  if (atom.any) return true
  if (atom.exact.has(w)) return true
  for (const p of atom.prefixes) if (w.startsWith(p)) return true
  return false
}

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

function mergeAtom(into: Atom, from: Atom): void {
  for (const w of from.exact) into.exact.add(w)
  into.prefixes.push(...from.prefixes)
  into.any ||= from.any
}

/** The folded words of a literal, tokenized exactly as sentences are. */
export function literalWords(text: string, lang: 'fr' | 'en'): string[] {
  const folded = fold(text).text
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

/** A compiled set of patterns, matched together over a token list. */
export class PatternSet {
  private nodes: Node[] = []
  private starts: number[] = []
  private byWord = new Map<string, number[]>()
  private byPrefix = new Map<number, Array<{p: string; id: number}>>()
  private always: number[] = []
  private anchored = new Set<number>()
  /** Patterns with a required word besides the first, indexed by that word: skipped when it is absent. */
  private needsWord = new Map<string, number[]>()
  private needsPrefix = new Map<number, Array<{p: string; id: number}>>()
  private hasNeed = new Uint8Array(0)
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
    this.mark = new Int32Array(this.nodes.length)
    if (this.candidates.length < this.starts.length * 2) this.candidates = new Int32Array(this.starts.length * 2)
    if (this.seen.length < this.starts.length) this.seen = new Int32Array(this.starts.length * 2)
    return id
  }

  private indexNeed(items: Item[], id: number): void {
    let best: Atom | undefined
    let cost = Infinity
    for (let i = 1; i < items.length; i++) {
      const item = items[i]!
      if (item.kind !== 'atom' || item.opt || item.atom.any) continue
      if (item.atom.prefixes.some((p) => p.length < 2)) continue
      const c = item.atom.exact.size + item.atom.prefixes.length * 3
      if (c < cost) {
        cost = c
        best = item.atom
      }
    }
    if (this.hasNeed.length <= id) {
      const grown = new Uint8Array(Math.max(64, id * 2))
      grown.set(this.hasNeed)
      this.hasNeed = grown
      this.enabled = new Int32Array(grown.length)
    }
    if (!best || cost > 40) return
    this.hasNeed[id] = 1
    for (const w of best.exact) {
      const list = this.needsWord.get(w)
      if (list) list.push(id)
      else this.needsWord.set(w, [id])
    }
    for (const p of best.prefixes) {
      const key = p.charCodeAt(0) * 65536 + p.charCodeAt(1)
      const list = this.needsPrefix.get(key)
      if (list) list.push({p, id})
      else this.needsPrefix.set(key, [{p, id}])
    }
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
    const out: Match[] = []
    if (this.built !== this.nodes.length) this.build()
    if (this.bufA.length < this.nodes.length) {
      this.bufA = new Int32Array(this.nodes.length)
      this.bufB = new Int32Array(this.nodes.length)
      this.stack = new Int32Array(this.nodes.length * 2 + 4)
    }
    const candidates = this.candidates
    const gen = ++this.matchGen
    const enabled = this.enabled
    for (const token of tokens) {
      const w = token.w
      const ids = this.needsWord.get(w)
      if (ids) for (const id of ids) enabled[id] = gen
      if (w.length >= 2) {
        const pre = this.needsPrefix.get(w.charCodeAt(0) * 65536 + w.charCodeAt(1))
        if (pre) for (const {p, id} of pre) if (w.startsWith(p)) enabled[id] = gen
      }
    }
    const hasNeed = this.hasNeed
    for (let i = 0; i < tokens.length; i++) {
      const w = tokens[i]!.w
      let nc = 0
      const exact = this.byWord.get(w)
      if (exact) for (const id of exact) candidates[nc++] = id
      if (w.length >= 2) {
        const pre = this.byPrefix.get(w.charCodeAt(0) * 65536 + w.charCodeAt(1))
        if (pre) for (const {p, id} of pre) if (w.startsWith(p)) candidates[nc++] = id
      }
      for (const id of this.always) candidates[nc++] = id
      if (nc === 0) continue
      const stamp = ++this.seenGen
      const seen = this.seen
      for (let c = 0; c < nc; c++) {
        const id = candidates[c]!
        if (seen[id] === stamp) continue
        seen[id] = stamp
        if (i > 0 && this.anchored.has(id)) continue
        if (hasNeed[id] === 1 && enabled[id] !== gen) continue
        const to = this.run(this.starts[id]!, tokens, i)
        if (to > i) out.push({id, from: i, to})
      }
    }
    return out
  }

  private typ = new Uint8Array(0)
  private na = new Int32Array(0)
  private nb = new Int32Array(0)
  private atoms: Atom[] = []
  private built = 0

  /** Flat copies of the NFA (monomorphic, typed) for the hot loops. */
  private build(): void {
    const n = this.nodes.length
    this.typ = new Uint8Array(n)
    this.na = new Int32Array(n)
    this.nb = new Int32Array(n)
    this.atoms = new Array<Atom>(n)
    const none: Atom = {exact: new Set(), prefixes: [], any: false}
    for (let i = 0; i < n; i++) {
      const node = this.nodes[i]!
      if (node.t === 'tok') {
        this.typ[i] = 0
        this.na[i] = node.next
        this.atoms[i] = node.atom
      } else if (node.t === 'split') {
        this.typ[i] = 1
        this.na[i] = node.a
        this.nb[i] = node.b
        this.atoms[i] = none
      } else {
        this.typ[i] = 2
        this.atoms[i] = none
      }
    }
    this.built = n
  }

  private bufA = new Int32Array(0)
  private bufB = new Int32Array(0)
  private stack = new Int32Array(0)
  private candidates = new Int32Array(4096)
  private seen = new Int32Array(0)
  private seenGen = 0

  /** Simulates the NFA from `start` at token `from`; returns the longest match end or -1. */
  private run(start: number, tokens: Token[], from: number): number {
    let cur = this.bufA
    let nxt = this.bufB
    this.gen++
    let nCur = 0
    let best = -1
    const r0 = this.closure(start, cur, 0, from)
    nCur = r0 & 0xffffff
    if (r0 >>> 24) best = from
    for (let j = from; j < tokens.length && nCur > 0; j++) {
      if (j > from && tokens[j]!.pb) break
      const w = tokens[j]!.w
      this.gen++
      let nNext = 0
      for (let k = 0; k < nCur; k++) {
        const n = cur[k]!
        if (atomTest(this.atoms[n]!, w)) {
          const r = this.closure(this.na[n]!, nxt, nNext, j + 1)
          nNext = r & 0xffffff
          if (r >>> 24) best = j + 1
        }
      }
      const t = cur
      cur = nxt
      nxt = t
      nCur = nNext
    }
    return best
  }

  /** Adds the epsilon closure of `n` to `into` from `count`; returns the new count, bit 24 set when an end was reached. */
  private closure(n: number, into: Int32Array, count: number, _pos: number): number {
    const stack = this.stack
    let sp = 0
    let ended = 0
    stack[sp++] = n
    while (sp > 0) {
      const m = stack[--sp]!
      if (this.mark[m] === this.gen) continue
      this.mark[m] = this.gen
      const t = this.typ[m]
      if (t === 0) into[count++] = m
      else if (t === 1) {
        stack[sp++] = this.nb[m]!
        stack[sp++] = this.na[m]!
      } else ended = 1
    }
    return count | (ended << 24)
  }
}
