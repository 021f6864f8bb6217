import assert from 'node:assert/strict'
import fc from 'fast-check'
import {parseMarkdownFast} from '../../src/core/source/markdown-fast.ts'
import {parseMarkdownTree} from '../../src/core/source/markdown.ts'

/** Whenever the fast path accepts a block, its units are remark's, field for field. */
function agrees(text: string): boolean {
  const fast = parseMarkdownFast(text)
  if (fast === undefined) return false
  const tree = parseMarkdownTree(text, true)
  assert.deepEqual(fast, tree.units, JSON.stringify(text))
  assert.deepEqual(tree.directives, [])
  return true
}

const words = ['Nous', 'répondons', 'client', 'roi', 'sous', '24', 'h', 'é', 'e\u0301', 'Zoë', '😀', 'x']
const word = fc.constantFrom(...words)
const phrase = fc.array(word, {minLength: 1, maxLength: 4}).map((a) => a.join(' '))
const punctuation = fc.constantFrom('.', ',', ' :', ' !', ' ?', '«\u00A0', '\u00A0»', '’', "'", '"', '(', ')', '-', '%', '€', '$')

/** Well-formed inline markup of the supported subset. */
const span: fc.Arbitrary<string> = fc.oneof(
  {weight: 4, arbitrary: phrase},
  {weight: 2, arbitrary: punctuation},
  {weight: 1, arbitrary: phrase.map((p) => `**${p}**`)},
  {weight: 1, arbitrary: phrase.map((p) => `*${p}*`)},
  {weight: 1, arbitrary: phrase.map((p) => `_${p}_`)},
  {weight: 1, arbitrary: phrase.map((p) => `__${p}__`)},
  {weight: 1, arbitrary: fc.tuple(phrase, fc.constantFrom('https://exemple.fr/aide', 'u', 'https://www.exemple.fr/x?a=1')).map(([p, u]) => `[${p}](${u})`)},
  {weight: 1, arbitrary: phrase.map((p) => `[*${p}*](u)`)},
  {weight: 1, arbitrary: phrase.map((p) => `**[${p}](u)**`)},
  {weight: 1, arbitrary: phrase.map((p) => `*${p} **${p}** ${p}*`)},
  {weight: 1, arbitrary: phrase.map((p) => '`' + p + '`')},
  {weight: 1, arbitrary: fc.constantFrom('``a`b``', '\\*', '\\_', '\\[', '\\\\', '\\`', '\\#', 'a\\b', 'snake_case', ' * ', 'a **b**c', 'Tessier & Fils')}
)
/** Pieces near the subset: stray delimiters, brackets, HTML, entities, autolinks, odd spaces. */
const nearby = fc.constantFrom(
  '*', '**', '***', '_', '__', '2*3', 'a**b**c', '*a*b', '*a **b***', '`', '``', '[', ']', '](u)', '[a]', '[a]: u', '[^1]', '![a](b)', '<b>', '<https://x.fr>', '&amp;', '&#233;',
  'www.x.fr', 'https://x.fr', 'a@b.fr', '~~a~~', '|', '\\', '  ', '\t', '\u00A0', '\u202F', '\uD83D', '\r', '#', '>', '- ', '1. ', '(', ')', '!',
  '\u00A0**', '**\u00A0', '.**', '**.', '(*', '*)', '_(', ')_', '😀*', '*😀', '«_', '_»', '\n**', '[a *b](u) c*', '[a\nb](u)', '\\*\\*', '`a`b`', 'a\\', '\\ ', '1.5', '-1', '+33', '48. '
)
/** Hard-wrapped French copy often puts a colon (or another sign set off by a space) at a line start. */
const lineBreak = fc.constantFrom('\n', '\r\n', ' \n', '  \n', '\n  ', '\n    ', '\n: ', '\r\n: ', '\n:', '\n  : ', '\n; ', '\n! ', '\n? ', '\n:::', '\n» ')

function inlineContent(withNearby: boolean): fc.Arbitrary<string> {
  const piece = withNearby ? fc.oneof({weight: 5, arbitrary: span}, {weight: 1, arbitrary: nearby}) : span
  // Spans are separated by white space in the subset (glued delimiters are often ambiguous).
  const glue = withNearby ? fc.constantFrom(' ', '', '\u00A0') : fc.constantFrom(' ', ' ', '\u00A0')
  return fc.tuple(phrase, fc.array(fc.tuple(glue, piece), {maxLength: 8})).map(([first, rest]) => first + rest.map(([g, p]) => g + p).join(''))
}

function lines(withNearby: boolean): fc.Arbitrary<string[]> {
  return fc.array(fc.tuple(inlineContent(withNearby), lineBreak), {minLength: 1, maxLength: 3}).map((a) => a.map(([c, b], i) => (i === 0 ? c : b + c)))
}

function block(withNearby: boolean): fc.Arbitrary<string> {
  const body = lines(withNearby).map((l) => l.join(''))
  return fc.oneof(
    body,
    fc.tuple(fc.constantFrom(': ', ':', '::: ', '; '), body).map(([sign, rest]) => sign + rest),
    fc.tuple(fc.constantFrom('# ', '## ', '###### ', '####### ', '#', '# # '), inlineContent(withNearby), fc.constantFrom('', ' ', ' #', '  ')).map(([h, c, t]) => h + c + t),
    fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '10. ', '-   '), fc.array(fc.tuple(body, fc.constantFrom('', '\n  ', '\n')), {minLength: 1, maxLength: 4}), fc.integer({min: 0, max: 9})).map(
      ([marker, items, mixed]) => items.map(([item, extra], i) => (mixed === 0 && i === 1 ? '* ' : marker) + item + (extra ? extra + 'suite' : '')).join('\n')
    ),
    fc.tuple(fc.array(inlineContent(withNearby), {minLength: 1, maxLength: 3}), fc.constantFrom('> ', '>', '>  ')).map(([ls, p]) => ls.map((l) => p + l).join('\n')),
    fc.tuple(fc.integer({min: 1, max: 3}), fc.array(inlineContent(withNearby), {minLength: 2, maxLength: 9}), fc.constantFrom('---', ':--', '--:', ':-:', ' --- ', '-', ' ')).map(([columns, texts, rule]) => {
      const row = (r: number): string => '|' + Array.from({length: columns}, (_, c) => ` ${texts[(r * columns + c) % texts.length]} `).join('|') + '|'
      const rows = [row(0), '|' + Array(columns).fill(rule).join('|') + '|']
      for (let r = 1; r < texts.length / columns; r++) rows.push(row(r))
      return rows.join(texts.length % 2 ? '\n' : '\r\n')
    }),
    fc.tuple(fc.constantFrom('```', '````', '```ts'), fc.array(fc.constantFrom('code', '', '<b>', '```', '  ```', '\t', 'a | b'), {maxLength: 4}), fc.constantFrom('```', '````', '``` ', '')).map(
      ([open, body, close]) => [open, ...body, close].join('\n')
    )
  )
}

/** `FUZZ=50 npx mocha …` runs fifty times as many cases. */
const scale = Number(process.env.FUZZ ?? 1)

describe('markdown fast path (against remark)', () => {
  it('well-formed blocks of the subset: same units as remark, and most are accepted', () => {
    let accepted = 0
    fc.assert(
      fc.property(block(false), (text) => {
        if (agrees(text)) accepted++
      }),
      {numRuns: 2000 * scale}
    )
    // The subset is what the fast path is for: it must take the bulk of it.
    assert.ok(accepted > 1200 * scale, `only ${accepted} of ${2000 * scale} accepted`)
  })

  it('blocks near the subset: whenever accepted, same units as remark', () => {
    let accepted = 0
    fc.assert(
      fc.property(block(true), (text) => {
        if (agrees(text)) accepted++
      }),
      {numRuns: 3000 * scale}
    )
    // Enough of them are accepted for the comparison to mean something.
    assert.ok(accepted > 300 * scale, `only ${accepted} of ${3000 * scale} accepted`)
  })

  it('random strings of markup characters: whenever accepted, same units as remark', () => {
    const chaos = fc.array(fc.constantFrom('a', 'é', '😀', ' ', '\u00A0', '*', '**', '_', '`', '[', ']', '](u)', '(', ')', '\\', '\n', '\r\n', '#', '# ', '- ', '1. ', '2) ', '> ', '|', '| ', '!', '.', '«', '»', ':', 'http', 'www', '---', '  '), {maxLength: 30}).map((a) => a.join(''))
    let accepted = 0
    fc.assert(
      fc.property(chaos, (text) => {
        if (agrees(text)) accepted++
      }),
      {numRuns: 5000 * scale}
    )
    assert.ok(accepted > 250 * scale, `only ${accepted} of ${5000 * scale} accepted`)
  })

  it('falls back on what it does not handle', () => {
    for (const text of ['a <b>c</b>', 'a &amp; b', 'voir www.x.fr', 'a | b', '~~a~~', 'a\\\nb', 'a\r\nb\rc', '*a **b***', '| a | b |\n| - |\n| c | d |', '| a |\n| - |\n| b | c |', '|**a**|\n|-|', 'a*b', '[a]: u', '[a] b', '[a][b]', '![a](b)', '**a*', 'a*b*c', 'x\n---', 'x\n===', '    code', '- a\n  - b', '> a\nb', 'a\n# b', '```\na\n```\nb', '- a\n* b']) {
      assert.equal(parseMarkdownFast(text), undefined, text)
    }
  })

  it('takes the usual copy', () => {
    for (const text of ['# Nos **engagements**', 'Nous *répondons* sous [24 h](https://exemple.fr/sla).\nVoir `--aide`.', '- un\n- deux\n  suite', '1. un\n2. deux', '> Le client\r\n> est roi.', 'Fin de ligne  \r\nforcée.', '```yaml\na: 1\n\nb: 2\n```', '| Canal | Délai |\n|---|:-:|\n| Chat | sous **2 h** |\n| Agence | |', 'Notre promesse\n: un rappel sous 2 h, même le samedi.', '- Délais\n  : sous 48 h']) {
      assert.ok(agrees(text), text)
    }
  })
})
