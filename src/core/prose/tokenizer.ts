/**
 * parse-latin's parsers with a faster `tokenize`: the same loop, the same nodes, positions and
 * shared position objects, but each UTF-16 code unit is classified once (white space,
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
  const currentPoint: Point = {line: 1, column: 1, offset: 0}
  let from = 0
  let index = 0
  let start: Point = {...currentPoint}
  let previousClass = 0
  let previous = -1
  const n = value.length
  while (index < n) {
    const current = value.charCodeAt(index)
    const currentClass = classOf(current)
    if (
      from < index &&
      previousClass !== 0 &&
      !(previousClass === currentClass && (currentClass === 3 || currentClass === 1 || current === previous || isSurrogate(current)))
    ) {
      children.push(createNode(previousClass, value.slice(from, index), start, currentPoint))
      from = index
      start = {...currentPoint}
    }
    if (current === 13 || (current === 10 && previous !== 13)) {
      currentPoint.line++
      currentPoint.column = 1
    } else if (current !== 10) {
      currentPoint.column++
    }
    currentPoint.offset!++
    previousClass = currentClass
    previous = current
    index++
  }
  if (previousClass !== 0 && from < index) children.push(createNode(previousClass, value.slice(from, index), start, currentPoint))
  return children
}

/** A node as parse-latin makes it: a word shares its `start` with its text; each `end` is a copy. */
function createNode(k: number, value: string, start: Point, end: Point): SentenceContent {
  const type = TYPES[k] as TokenType
  if (type === 'WordNode') {
    return {type, children: [{type: 'TextNode', value, position: {start, end: {...end}}}], position: {start, end: {...end}}}
  }
  return {type, value, position: {start, end: {...end}}} as SentenceContent
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
