/**
 * Random JSON and YAML documents linted as data files: the engine never throws, every message
 * range is inside the text and inside a string value (never a key), and slices out of the original
 * the words the message names; first fixes keep the file valid and change only their own string.
 */
import assert from 'node:assert/strict'
import fc from 'fast-check'
import {findNodeAtOffset, getNodePath, parseTree, stripComments, visit as visitJson} from 'jsonc-parser'
import {Document, isMap, isScalar, isSeq, parseAllDocuments, Scalar, visit as visitYaml, type ToStringOptions} from 'yaml'
import {lint} from '../../src/core/index.ts'
import type {LintResult, Message} from '../../src/core/index.ts'

/** Claims the engine flags in plain text, commitments and UI strings it does not. */
const claims = [
  'Chez nous, le client est roi.',
  'Votre satisfaction est notre priorité de chaque jour.',
  'Notre équipe reste à votre écoute.',
  'Nous plaçons le client au cœur de tout ce que nous faisons.',
  "Une relation client d'exception.",
  'Customer first, always.',
  'We put customers at the heart of everything we do.',
  'Your satisfaction is our top priority.',
  'We are always here for you.'
]
const neutral = ['Ajouter au panier', 'Nous répondons sous 24 h ouvrées.', 'Add to cart', 'We reply within one business day.', 'Votre panier est vide.']
/** Pieces that stress JSON and YAML quoting: escapes, markup, combining marks, surrogates (paired and lone), line breaks. */
const tricky = [
  '\\', '"', "'", '\n', '\r\n', '\t', 'é', 'e\u0301', '😀', '\uD83D', '\uDE00', '\u2028', '\u00A0', '\u202F', '«', '»', '’',
  ': ', ' #', '# ', '- ', '? ', '{', '}', '[', ']', ',', '&', '*', '!', '|', '>', '%', '@', '`', '---', '...',
  'https://exemple.fr/le-client-est-roi', '/le-client-est-roi', '2024-05-01', '#1d4f91', '{{ site.title }}'
]

const phrase = fc.constantFrom(...claims, ...neutral)
const text = fc.oneof(
  {weight: 3, arbitrary: phrase},
  {weight: 2, arbitrary: fc.array(fc.oneof(phrase, fc.constantFrom(...tricky), fc.string({maxLength: 4})), {maxLength: 6}).map((a) => a.join(' '))},
  {weight: 1, arbitrary: fc.array(fc.oneof(phrase, fc.constantFrom(...tricky)), {maxLength: 5}).map((a) => a.join(''))},
  {weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 24})},
  {weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 12})}
)
const key = fc.oneof(
  fc.constantFrom('title', 'body', 'desc', 'text', 'label', 'intro', 'url', 'slug', 'id', 'name', 'image', 'tags', 'email', 'le_client_est_roi', ...claims.slice(0, 3)),
  fc.string({maxLength: 8})
)
const {node: value} = fc.letrec<{node: unknown}>((tie) => ({
  node: fc.oneof(
    {depthSize: 'small', withCrossShrink: true},
    {weight: 4, arbitrary: text},
    {weight: 1, arbitrary: fc.oneof(fc.integer(), fc.boolean(), fc.constant(null))},
    {weight: 1, arbitrary: fc.array(tie('node'), {maxLength: 4})},
    {weight: 2, arbitrary: fc.dictionary(key, tie('node'), {maxKeys: 5})}
  )
}))
const documentValue = fc.oneof({weight: 4, arbitrary: fc.dictionary(key, value, {minKeys: 1, maxKeys: 6})}, {weight: 1, arbitrary: value})
const fileName = fc.constantFrom(undefined, 'locales/fr.json', 'locales/en.json', 'i18n/fr-CA/common.json')

/** A document whose one top-level key is a locale (`fr:`): its content declares the language, whatever the file name says. */
function declaresLocale(data: unknown): boolean {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return false
  const keys = Object.keys(data)
  return keys.length === 1 && /^[A-Za-z]{2}(?:[-_][A-Za-z0-9]{2,8})?$/.test(keys[0]!)
}

/** Every message: in bounds, ordered, slicing its `actual` out of the text. */
function assertRanges(source: string, result: LintResult): void {
  for (const m of result.messages) {
    assert.ok(m.start.offset >= 0 && m.start.offset <= m.end.offset && m.end.offset <= source.length, `range ${m.start.offset}–${m.end.offset} of ${source.length}`)
    assert.equal(source.slice(m.start.offset, m.end.offset), m.actual)
    for (const f of m.fixes) assert.ok(f.start >= 0 && f.start <= f.end && f.end <= source.length, 'fix in bounds')
  }
}

/** The value at `path` of a parsed document. */
function getAt(value: unknown, path: ReadonlyArray<string | number>): unknown {
  return path.reduce<unknown>((v, step) => (v as Record<string | number, unknown>)[step], value)
}

// ---------------------------------------------------------------------------------------------
// JSON

/** How string values are written: as JSON.stringify does, or with more escapes (`\uXXXX`, `\/`). */
type Escapes = 'plain' | 'unicode' | 'heavy'

function jsonString(s: string, escapes: Escapes): string {
  const plain = JSON.stringify(s)
  if (escapes === 'plain') return plain
  let out = ''
  const body = plain.slice(1, -1)
  for (let i = 0; i < body.length; ) {
    if (body[i] === '\\') {
      // An escape JSON.stringify wrote (`\n`, `\"`, `\ud800` for a lone surrogate) stays as it is.
      const length = body[i + 1] === 'u' ? 6 : 2
      out += body.slice(i, i + length)
      i += length
      continue
    }
    const c = String.fromCodePoint(body.codePointAt(i)!)
    i += c.length
    const code = c.charCodeAt(0)
    if (code > 0x7e && c.length === 1) out += `\\u${code.toString(16).padStart(4, '0')}`
    else if (c.length === 2) out += `\\u${c.charCodeAt(0).toString(16)}\\u${c.charCodeAt(1).toString(16)}`
    else if (escapes === 'heavy' && c === '/') out += '\\/'
    else if (escapes === 'heavy' && c === 'e') out += '\\u0065'
    else out += c
  }
  return `"${out}"`
}

/** A JSON (with comments) text: keys keep JSON.stringify's escapes, values take `escapes`. */
function toJson(value: unknown, escapes: Escapes, indent: number, comments: boolean, depth = 0): string {
  const pad = indent > 0 ? '\n' + ' '.repeat(indent * (depth + 1)) : ''
  const close = indent > 0 ? '\n' + ' '.repeat(indent * depth) : ''
  const comment = comments ? (depth % 2 === 0 ? '// une note\n' + ' '.repeat(indent * (depth + 1)) : '/* une note */ ') : ''
  if (typeof value === 'string') return jsonString(value, escapes)
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]'
    return `[${value.map((v) => pad + toJson(v, escapes, indent, comments, depth + 1)).join(',')}${close}]`
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
    if (entries.length === 0) return '{}'
    return `{${entries.map(([k, v]) => `${pad}${comment}${JSON.stringify(k)}: ${toJson(v, escapes, indent, comments, depth + 1)}`).join(',')}${close}}`
  }
  return JSON.stringify(value)
}

interface JsonToken {
  start: number
  end: number
  key: boolean
}

/** The string tokens of a JSON text (with their quotes): keys and values. */
function jsonTokens(source: string): JsonToken[] {
  const tokens: JsonToken[] = []
  visitJson(
    source,
    {
      onObjectProperty(_property, offset, length) {
        tokens.push({start: offset, end: offset + length, key: true})
      },
      onLiteralValue(literal, offset, length) {
        if (typeof literal === 'string') tokens.push({start: offset, end: offset + length, key: false})
      }
    },
    {allowTrailingComma: true, disallowComments: false}
  )
  return tokens
}

/** Each message lies inside the quotes of one string value (never in a key) and reads as that string's words. */
function assertInJsonValues(source: string, messages: readonly Message[]): void {
  const tokens = jsonTokens(source)
  for (const m of messages) {
    const token = tokens.find((t) => t.start < m.start.offset && m.end.offset < t.end)
    assert.ok(token, `${JSON.stringify(m.actual)} at ${m.start.offset} lies inside a string`)
    assert.ok(!token.key, `${JSON.stringify(m.actual)} lies in a key`)
    const raw = source.slice(token.start, token.end)
    const decoded = JSON.parse(raw) as string
    if (!raw.includes('\\')) {
      // No escape in the value: the slice is the value's own words.
      assert.ok(decoded.includes(m.actual), `${JSON.stringify(m.actual)} is words of ${raw}`)
    } else {
      // With escapes, the range still cuts none of them: the slice decodes to words of the value.
      const words = JSON.parse(`"${m.actual}"`) as string
      assert.ok(decoded.includes(words), `${JSON.stringify(m.actual)} decodes to words of ${raw}`)
    }
  }
}

/** Applying each first fix: the text still parses and only the string the fix lands in changes, as the range says. */
function assertJsonFixes(source: string, messages: readonly Message[]): void {
  let before: unknown
  try {
    before = JSON.parse(stripComments(source))
  } catch {
    return
  }
  const root = parseTree(source, [], {allowTrailingComma: true, disallowComments: false})
  for (const m of messages) {
    const fix = m.fixes[0]
    if (!fix) continue
    const node = root && findNodeAtOffset(root, fix.start)
    assert.ok(node && node.type === 'string' && node.offset < fix.start && fix.end < node.offset + node.length, 'the fix lands inside a string')
    assert.ok(!(node.parent?.type === 'property' && node.parent.children?.[0] === node), 'the fix lands in a value, not a key')
    const after = source.slice(0, fix.start) + fix.text + source.slice(fix.end)
    const path = ['root', ...getNodePath(node)]
    const was = {root: before}
    const now = {root: JSON.parse(stripComments(after)) as unknown}
    const token = source.slice(node.offset, node.offset + node.length)
    const expected = JSON.parse(token.slice(0, fix.start - node.offset) + fix.text + token.slice(fix.end - node.offset)) as unknown
    assert.equal(getAt(now, path), expected)
    const parent = getAt(now, path.slice(0, -1)) as Record<string | number, unknown>
    parent[path.at(-1)!] = getAt(was, path)
    assert.deepEqual(now, was, 'nothing else changed')
  }
}

describe('data files (fuzz): JSON', () => {
  it('fc.json() documents: never throw, ranges in bounds, inside string values, slicing their words', () => {
    fc.assert(
      fc.property(fc.json({maxDepth: 3}), fileName, (source, name) => {
        const result = lint(source, {format: 'json', fileName: name})
        assertRanges(source, result)
        assertInJsonValues(source, result.messages)
      }),
      {numRuns: 200}
    )
  })

  it('objects mixing keys with claims, escapes, unicode and surrogates: ranges exact, keys never flagged, fixes keep the file valid', () => {
    fc.assert(
      fc.property(
        documentValue,
        fc.constantFrom<Escapes>('plain', 'plain', 'unicode', 'heavy'),
        fc.constantFrom(0, 2, 4),
        fc.boolean(),
        fc.boolean(),
        fileName,
        (data, escapes, indent, comments, crlf, name) => {
          const written = toJson(data, escapes, indent, comments && indent > 0)
          // Strings hold no raw line break (JSON escapes them): only the layout's line ends change.
          const source = crlf ? written.replace(/\n/g, '\r\n') : written
          assert.equal(JSON.stringify(JSON.parse(stripComments(source))), JSON.stringify(data), 'the generator writes valid JSON')
          const result = lint(source, {format: 'json', fileName: name})
          assertRanges(source, result)
          assertInJsonValues(source, result.messages)
          assertJsonFixes(source, result.messages)
          // Fixes are only offered where nothing needs escaping.
          for (const m of result.messages) for (const f of m.fixes) assert.ok(!/["\\\r\n]/.test(source.slice(f.start, f.end) + f.text))
          // The same strings in a German file are never read.
          if (!declaresLocale(data)) assert.deepEqual(lint(source, {format: 'json', fileName: 'locales/de.json'}).messages, [])
        }
      ),
      {numRuns: 200}
    )
  })
})

// ---------------------------------------------------------------------------------------------
// YAML

const scalarStyles = [Scalar.PLAIN, Scalar.QUOTE_DOUBLE, Scalar.QUOTE_SINGLE, Scalar.BLOCK_LITERAL, Scalar.BLOCK_FOLDED] as const

interface YamlShape {
  styles: Array<(typeof scalarStyles)[number]>
  options: ToStringOptions
  comments: boolean
  locale: boolean
  crlf: boolean
}

const yamlShape: fc.Arbitrary<YamlShape> = fc.record({
  styles: fc.array(fc.constantFrom(...scalarStyles), {minLength: 1, maxLength: 8}),
  options: fc.record({
    lineWidth: fc.constantFrom(0, 20, 40, 80),
    minContentWidth: fc.constantFrom(0, 10, 20),
    indent: fc.constantFrom(2, 3, 4),
    indentSeq: fc.boolean(),
    collectionStyle: fc.constantFrom<'any' | 'block' | 'flow'>('any', 'block', 'block', 'flow'),
    blockQuote: fc.constantFrom<boolean | 'folded' | 'literal'>(true, false, 'folded', 'literal'),
    doubleQuotedAsJSON: fc.boolean()
  }),
  comments: fc.boolean(),
  locale: fc.boolean(),
  crlf: fc.boolean()
})

/** A YAML text from `data`, each string scalar given the next style of `shape.styles`. */
function toYaml(data: unknown, shape: YamlShape): string {
  const doc = new Document(shape.locale ? {fr: data} : data)
  let n = 0
  visitYaml(doc, {
    Scalar(_key, node) {
      if (typeof node.value === 'string') node.type = shape.styles[n++ % shape.styles.length]
    },
    Pair(_key, pair) {
      if (shape.comments && isScalar(pair.key)) pair.key.commentBefore = ' une note'
    }
  })
  const written = doc.toString(shape.options)
  return shape.crlf ? written.replace(/\n/g, '\r\n') : written
}

interface YamlScalar {
  start: number
  end: number
  key: boolean
  value: unknown
  source: string
  path: Array<string | number>
}

/** Every scalar of a YAML text with its range, whether it is a key, and its path (document index first). */
function yamlScalars(source: string): YamlScalar[] {
  const found: YamlScalar[] = []
  const docs = parseAllDocuments(source)
  if (!Array.isArray(docs)) return found
  const add = (node: unknown, key: boolean, path: Array<string | number>) => {
    if (isScalar(node) && node.range) found.push({start: node.range[0], end: node.range[1], key, value: node.value, source: source.slice(node.range[0], node.range[1]), path})
  }
  function walk(node: unknown, path: Array<string | number>, depth: number): void {
    if (depth > 40) return
    if (isMap(node)) {
      for (const pair of node.items) {
        add(pair.key, true, path)
        const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key)
        walk(pair.value, [...path, k], depth + 1)
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i], depth + 1))
    else add(node, false, path)
  }
  docs.forEach((doc, d) => walk(doc.contents, [d], 0))
  return found
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim()

/** Each message lies inside one string value scalar (never a key); unescaped, it reads as that value's words. */
function assertInYamlValues(source: string, messages: readonly Message[]): void {
  if (messages.length === 0) return
  const scalars = yamlScalars(source)
  for (const m of messages) {
    const inside = scalars.filter((s) => s.start <= m.start.offset && m.end.offset <= s.end)
    assert.ok(inside.length > 0, `${JSON.stringify(m.actual)} at ${m.start.offset} lies inside a scalar`)
    assert.ok(inside.every((s) => !s.key), `${JSON.stringify(m.actual)} lies in a key`)
    const scalar = inside.at(-1)!
    assert.equal(typeof scalar.value, 'string')
    if (!/\\|''/.test(scalar.source)) assert.ok(squash(scalar.value as string).includes(squash(m.actual)), `${JSON.stringify(m.actual)} is words of ${JSON.stringify(scalar.value)}`)
  }
}

/** Applying each first fix: still valid YAML; in block style only the fixed scalar changes and holds the rewrite. */
function assertYamlFixes(source: string, messages: readonly Message[], blockStyle: boolean): void {
  const before = parseAllDocuments(source)
  if (!Array.isArray(before) || before.some((d) => d.errors.length > 0)) return
  const was = before.map((d) => d.toJS() as unknown)
  const scalars = yamlScalars(source)
  for (const m of messages) {
    const fix = m.fixes[0]
    if (!fix) continue
    const after = source.slice(0, fix.start) + fix.text + source.slice(fix.end)
    const docs = parseAllDocuments(after)
    assert.ok(Array.isArray(docs))
    for (const doc of docs) assert.deepEqual(doc.errors.map((e) => e.message), [], after)
    if (!blockStyle) continue
    const scalar = scalars.filter((s) => s.start <= fix.start && fix.end <= s.end && !s.key).at(-1)
    assert.ok(scalar, 'the fix lands inside a value scalar')
    const now = docs.map((d) => d.toJS() as unknown)
    assert.ok(squash(String(getAt(now, scalar.path))).includes(squash(fix.text)), 'the value holds the rewrite')
    const parent = getAt(now, scalar.path.slice(0, -1)) as Record<string | number, unknown>
    parent[scalar.path.at(-1)!] = getAt(was, scalar.path)
    assert.deepEqual(now, was, 'nothing else changed')
  }
}

describe('data files (fuzz): YAML', () => {
  it('stringified random objects in varied scalar styles: never throw, ranges exact and inside values, fixes keep the file valid', () => {
    fc.assert(
      fc.property(documentValue, yamlShape, fc.constantFrom(undefined, '_data/fr.yml', 'locales/en.yaml'), (data, shape, name) => {
        let source: string
        try {
          source = toYaml(data, shape)
        } catch {
          return // a value the stringifier refuses (a lone surrogate in some styles) is no document
        }
        const result = lint(source, {format: 'yaml', fileName: name})
        assertRanges(source, result)
        assertInYamlValues(source, result.messages)
        // Flow collections are left out of the "only its scalar" check: see the BUG case in data-formats.test.ts.
        assertYamlFixes(source, result.messages, shape.options.collectionStyle !== 'flow')
        if (!shape.locale && !declaresLocale(data)) assert.deepEqual(lint(source, {format: 'yaml', fileName: '_data/de.yml'}).messages, [])
      }),
      {numRuns: 200}
    )
  })

  it('random text around claims, read as YAML: never throws and keeps ranges in bounds', () => {
    const piece = fc.oneof(fc.constantFrom(...claims, ...tricky, 'a: ', 'b:\n  ', '\n- ', '  ', '\n', '|\n  ', '>-\n  ', '"', "'", '# promesse-disable-next-line\n'), fc.string({maxLength: 3}))
    fc.assert(
      fc.property(fc.array(piece, {maxLength: 30}).map((a) => a.join('')), (source) => {
        const result = lint(source, {format: 'yaml', fileName: 'fr.yml'})
        assertRanges(source, result)
      }),
      {numRuns: 200}
    )
  })
})

describe('data files (fuzz): engine throws found', () => {
  // Found by the JSON fuzz above ({"title": "Chez nous, le client est roi. A0%"}), in any format:
  // the register read the text between tokens past the last one (register/read.ts `between`).
  it('a sentence ending in a letter glued to an amount (`a0%`, `réf A12 %.`) does not make lint throw', () => {
    for (const text of ['a0%', 'B12%', 'x9€', 'H24 €', 'réf A12 %.', 'Chez nous, le client est roi. A0%']) {
      assert.doesNotThrow(() => lint(text), text)
    }
    assert.doesNotThrow(() => lint('title: Chez nous, le client est roi. A0%\n', {format: 'yaml', fileName: 'fr.yml'}))
    assert.doesNotThrow(() => lint('{"title": "Chez nous, le client est roi. A0%"}', {format: 'json', fileName: 'locales/fr.json'}))
  })
})
