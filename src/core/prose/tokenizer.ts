/**
 * parse-latin's parsers with a faster `tokenize`: the same loop, the same nodes and positions
 * (fewer point objects, see `createNode`), but each UTF-16 code unit is classified once (white space,
 * punctuation, word or symbol) — by parse-latin itself, on that one character — and looked
 * up afterwards, instead of running three large Unicode regular expressions per character.
 * The paragraph and sentence plugins (where the sentence rules live) are parse-latin's, untouched.
 */
import {ParseLatin} from 'parse-latin'
import {ParseEnglish} from 'parse-english'
import type {Point} from 'unist'
import type {Paragraph, SentenceContent} from 'nlcst'

const TYPES = ['', 'WhiteSpaceNode', 'PunctuationNode', 'WordNode', 'SymbolNode'] as const
type TokenType = (typeof TYPES)[1 | 2 | 3 | 4]

/** Class of each code unit, 0 until asked: an index into TYPES. */
const classes = new Uint8Array(65536)
const reference = new ParseLatin()
const originalTokenize = ParseLatin.prototype.tokenize

function classOf(code: number): number {
  let k = classes[code]!
  if (k === 0) {
    const node = originalTokenize.call(reference, String.fromCharCode(code))[0]
    k = Math.max(1, TYPES.indexOf(node?.type as TokenType))
    classes[code] = k
  }
  return k
}

function isSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdfff
}

/** `ParseLatin.prototype.tokenize`, with classes looked up. */
function tokenize(value: string): SentenceContent[] {
  const children: SentenceContent[] = []
  if (!value) return children
  // The current point, as numbers; points are made as literals (parse-latin spreads a copy).
  let line = 1
  let column = 1
  let offset = 0
  let from = 0
  let start: Point = {line, column, offset}
  let previousClass = 0
  let previous = -1
  const n = value.length
  for (let index = 0; index < n; index++) {
    const current = value.charCodeAt(index)
    let currentClass = classes[current]!
    if (currentClass === 0) currentClass = classOf(current)
    if (
      from < index &&
      previousClass !== 0 &&
      !(previousClass === currentClass && (currentClass === 3 || currentClass === 1 || current === previous || isSurrogate(current)))
    ) {
      // The next token starts where this one ends: one point object for both.
      const end: Point = {line, column, offset}
      children.push(createNode(previousClass, value.slice(from, index), start, end))
      from = index
      start = end
    }
    if (current === 13 || (current === 10 && previous !== 13)) {
      line++
      column = 1
    } else if (current !== 10) {
      column++
    }
    offset++
    previousClass = currentClass
    previous = current
  }
  if (previousClass !== 0 && from < n) children.push(createNode(previousClass, value.slice(from, n), start, {line, column, offset}))
  return children
}

/**
 * A node as parse-latin makes it, each with its own `position` object (plugins reassign
 * `position.end`). Point objects are shared between neighbours, and between a word and its
 * text: no plugin of parse-latin or parse-english writes into a point, they only reassign them.
 */
function createNode(k: number, value: string, start: Point, end: Point): SentenceContent {
  const type = TYPES[k] as TokenType
  if (type === 'WordNode') {
    return {type, children: [{type: 'TextNode', value, position: {start, end}}], position: {start, end}}
  }
  return {type, value, position: {start, end}} as SentenceContent
}

/**
 * parse-latin's `breakImplicitSentences` (a sentence break at a blank line inside white space),
 * found by what it does: on text without line breaks it has nothing to do.
 */
const breakImplicitSentences = ParseLatin.prototype.tokenizeParagraphPlugins.find((plugin) => {
  const paragraph: Paragraph = {type: 'ParagraphNode', children: [reference.tokenizeSentence('a\n\nb')]}
  try {
    plugin(paragraph)
  } catch {
    return false
  }
  return paragraph.children.length === 3 && paragraph.children[1]!.type === 'WhiteSpaceNode'
})

/**
 * A parse-latin parser (French) or parse-english parser (English) with the fast `tokenize`.
 * `singleLine`: for text without `\r` or `\n` only (skips the blank-line sentence break).
 */
export function fastParser(lang: 'fr' | 'en', singleLine = false): ParseLatin {
  const parser = lang === 'en' ? new ParseEnglish() : new ParseLatin()
  parser.tokenize = tokenize
  if (singleLine && breakImplicitSentences) {
    parser.tokenizeParagraphPlugins = parser.tokenizeParagraphPlugins.filter((plugin) => plugin !== breakImplicitSentences)
  }
  return parser
}
