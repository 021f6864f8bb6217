import assert from 'node:assert/strict'
import fc from 'fast-check'
import {classAtom, parsePattern, PatternError, PatternSet} from '../../src/core/detect/pattern.ts'
import {fold} from '../../src/core/text/fold.ts'
import {tokenize} from '../../src/core/text/tokens.ts'

const classes = new Map([['cust', classAtom(['client', 'clients', 'usager*'], 'fr')]])

function matches(pattern: string, text: string): string[] {
  const set = new PatternSet()
  set.add(parsePattern(pattern, 'fr', classes))
  const tokens = tokenize(fold(text).text, 'fr')
  return set.match(tokens).map((m) => tokens.slice(m.from, m.to).map((t) => t.w).join(' '))
}

describe('token patterns', () => {
  it('binds | tightly outside parentheses and loosely inside', () => {
    assert.deepEqual(matches('client|clients roi', 'Le client roi.'), ['client roi'])
    assert.deepEqual(matches('(de nos clients|des usagers) au centre', 'Le bien des usagers au centre.'), ['des usagers au centre'])
  })
  it('matches classes, prefixes, optional items and elisions', () => {
    assert.deepEqual(matches("a l' ecoute (de|des)? @cust", "À l’écoute des usagères."), ["a l' ecoute des usageres"])
    assert.deepEqual(matches('orient* client', 'Orientées client !'), ['orientees client'])
  })
  it('bounds gaps and never crosses a separating punctuation mark', () => {
    assert.deepEqual(matches('client ~2 roi', 'Le client est toujours roi.'), ['client est toujours roi'])
    assert.deepEqual(matches('client ~2 roi', 'Le client est hélas toujours roi.'), [])
    assert.deepEqual(matches('client ~3 roi', 'Le client ; le roi.'), [])
  })
  it('anchors ^ patterns to the start of the sentence', () => {
    assert.deepEqual(matches('^ placer', 'Placer le client au centre.'), ['placer'])
    assert.deepEqual(matches('^ placer', 'Il faut placer le client au centre.'), [])
  })
  it('rejects malformed patterns with a reason', () => {
    for (const bad of ['(client', 'client)', '~2 client', 'client ~2', '@inconnu', 'client ~9 roi', 'a*']) {
      assert.throws(() => parsePattern(bad, 'fr', classes), PatternError, bad)
    }
  })
  it('treats user phrases as literal words', () => {
    const set = new PatternSet()
    set.addLiteral(['a.*b'])
    assert.deepEqual(set.match(tokenize('axb a.*b', 'en')), [])
  })
})

/**
 * Reference semantics of a pattern, by brute force over its parsed items: every end position a
 * match starting at `from` can reach. The compiled sets (indexes, required words, shortcuts) must
 * agree with it.
 */
type AnyItem = {kind: string; atom?: {exact: Set<string>; prefixes: string[]; any: boolean}; opt?: boolean; alts?: AnyItem[][]; max?: number}

function ends(items: AnyItem[], k: number, pos: number, from: number, words: string[], pb: boolean[]): Set<number> {
  const out = new Set<number>()
  if (k === items.length) {
    out.add(pos)
    return out
  }
  const item = items[k]!
  const canTake = (p: number) => p < words.length && (p === from || !pb[p])
  if (item.kind === 'anchor') return from === 0 ? ends(items, k + 1, pos, from, words, pb) : out
  if (item.kind === 'atom') {
    const atom = item.atom!
    const w = words[pos]
    if (canTake(pos) && (atom.any || atom.exact.has(w!) || atom.prefixes.some((p) => w!.startsWith(p)))) {
      for (const e of ends(items, k + 1, pos + 1, from, words, pb)) out.add(e)
    }
    if (item.opt) for (const e of ends(items, k + 1, pos, from, words, pb)) out.add(e)
    return out
  }
  if (item.kind === 'gap') {
    for (let g = 0, p = pos; g <= item.max!; g++, p++) {
      if (g > 0 && !canTake(p - 1)) break
      for (const e of ends(items, k + 1, p, from, words, pb)) out.add(e)
    }
    return out
  }
  for (const alt of item.alts!) {
    for (const mid of ends(alt, 0, pos, from, words, pb)) for (const e of ends(items, k + 1, mid, from, words, pb)) out.add(e)
  }
  if (item.opt) for (const e of ends(items, k + 1, pos, from, words, pb)) out.add(e)
  return out
}

describe('compiled pattern sets agree with the reference semantics', () => {
  const vocab = ['a', 'b', 'c', 'ab', 'abc', 'ca', 'cab', 'd']
  const cls = new Map([['k', classAtom(['b', 'ca*'], 'en')]])
  const word = fc.constantFrom('a', 'b', 'c', 'ab', 'd', 'ab*', 'ca*', '@k', '_')
  const item: fc.Arbitrary<string> = fc.oneof(
    {weight: 4, arbitrary: word},
    {weight: 1, arbitrary: word.map((w) => (w.endsWith('*') || w === '_' || w.startsWith('@') ? w : `${w}?`))},
    {weight: 1, arbitrary: fc.tuple(word, word).map(([x, y]) => `${x}|${y}`)},
    {weight: 2, arbitrary: fc.tuple(fc.array(word, {minLength: 1, maxLength: 3}), fc.array(word, {minLength: 1, maxLength: 2}), fc.boolean()).map(([x, y, opt]) => `(${x.join(' ')}|${y.join(' ')})${opt ? '?' : ''}`)}
  )
  const pattern = fc
    .tuple(fc.boolean(), fc.array(fc.tuple(item, fc.option(fc.integer({min: 1, max: 3}), {freq: 4})), {minLength: 1, maxLength: 4}))
    .map(([anchored, parts]) => (anchored ? '^ ' : '') + parts.map(([it, gap], i) => (i > 0 && gap !== null ? `~${gap} ` : '') + it).join(' '))
  const sentence = fc.array(fc.tuple(fc.constantFrom(...vocab), fc.boolean()), {maxLength: 12})

  it('finds the same longest match for every pattern and start', () => {
    fc.assert(
      fc.property(fc.array(pattern, {minLength: 1, maxLength: 6}), fc.array(sentence, {minLength: 1, maxLength: 4}), (sources, sentences) => {
        const set = new PatternSet()
        const parsed: Array<ReturnType<typeof parsePattern>> = []
        for (const src of sources) {
          try {
            new PatternSet().add(parsePattern(src, 'en', cls))
          } catch (error) {
            // Patterns that could match no word are refused.
            if (error instanceof PatternError) continue
            throw error
          }
          const items = parsePattern(src, 'en', cls)
          set.add(items)
          parsed.push(items)
        }
        for (const s of sentences) {
          const words = s.map(([w]) => w)
          const pb = s.map(([, b], i) => i === 0 || b)
          const tokens = words.map((w, i) => ({w, s: 0, e: 0, pb: pb[i]!}))
          const expected: string[] = []
          parsed.forEach((items, id) => {
            for (let from = 0; from < words.length; from++) {
              const to = Math.max(-1, ...[...ends(items as AnyItem[], 0, from, from, words, pb)].filter((e) => e > from))
              if (to > from) expected.push(`${id}:${from}-${to}`)
            }
          })
          const actual = set.match(tokens).map((m) => `${m.id}:${m.from}-${m.to}`)
          assert.deepEqual(actual.sort(), expected.sort(), `${sources.join(' ; ')} on ${words.join(' ')}`)
        }
      }),
      {numRuns: 1500}
    )
  })
})
