import assert from 'node:assert/strict'
import fc from 'fast-check'
import {analyse, analyseWithParser} from '../../src/core/prose/segment.ts'
import {PieceScanner} from '../../src/core/prose/pieces.ts'
import {fastParser} from '../../src/core/prose/tokenizer.ts'
import {generate, type BenchFormat, type BenchLang} from '../../bench/generate.ts'
import type {Lang} from '../../src/core/types.ts'

const langs: Lang[] = ['fr', 'en']

/** The fast path (sentences only) gives the parser's sentences. */
function assertSame(text: string, lang: Lang): void {
  assert.deepEqual(analyse(text, lang, false).sentences, analyseWithParser(text, lang, false).sentences, `${lang}: ${JSON.stringify(text)}`)
}

/** Raw parser sentences of the whole text, uncut: what every seam must leave unchanged. */
function rawSentences(text: string, lang: Lang): Array<[number, number]> {
  const out: Array<[number, number]> = []
  for (const child of fastParser(lang).tokenizeParagraph(text).children) {
    if (child.type === 'SentenceNode') out.push([child.position!.start.offset!, child.position!.end.offset!])
  }
  return out
}

const scanners = {fr: new PieceScanner(fastParser('fr', true)), en: new PieceScanner(fastParser('en', true))}

/** The same, parsing each piece between seams on its own. */
function rawSentencesByPiece(text: string, lang: Lang): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let from = 0
  for (const to of scanners[lang].scan(text).ends) {
    for (const [start, end] of rawSentences(text.slice(from, to), lang)) out.push([start + from, end + from])
    from = to
  }
  return out
}

// Pieces that sit on either side of a sentence boundary, or look like one.
const words = ['client', 'Client', 'service', 'équipe', 'Équipe', 'roi', 'Nous', 'We', 'answer', 'the', 'a', 'A', 'il', 'Re\u0301ponse', 'e\u0301te\u0301', 'Œuvre', 'Ça', 'ça', 'Über', 'x']
const abbreviations = ['M.', 'MM.', 'Mme.', 'Mr.', 'Mrs.', 'Dr.', 'etc.', 'e.g.', 'i.e.', 'p. ex.', 'cf.', 'vs.', 'J.', 'U.S.', 'Inc.', 'ibid.', 'cent.', 'stat.', 'Sept.', 'sept.', 'thurs.', 'tbsp.', 'Northants.', 'Mass.', 'Messrs.', 'approx.', 'no.', 'al.', 'c.-à-d.', 'Jan.', 'fig.', 'ship!Sept.', 'Oui!B.', 'dit-il.', 'customer-focused.', '(ibid.)', 'v2.0.']
const numbers = ['24 h.', '24 h', '3.5', '1.2.3', '99,9', '1\u00A0000', '12.', 'page 3.', '2024.', '4,5/5', '8h30', '24/7', 'n° 1', '-1.', '15 %']
const odd = ['https://exemple.fr/a.b?c=d', 'contact@exemple.fr', 'www.example.com.', '…', '...', '..', '(…)', '?!', '!?', '‽', '?', '!', '.', ':', ';', ',', '«', '»', '« ', ' »', '"', '“', '”', '’', "'", "l'", 'qu’', "'tis", '(', ')', '[', ']', '-', '–', '—', '&', '/', 'w/', '😀', '👍🏽', '\uD83D', '#', '*', '**', '_', '%', '€', '\u00AD']
const spaces = [' ', ' ', ' ', '  ', '\u00A0', '\u202F', '\u2009', '\t', '\n', '\n\n', '\r\n', '\u2028', '\u3000']
const piece = fc.oneof(
  {weight: 6, arbitrary: fc.constantFrom(...words)},
  {weight: 3, arbitrary: fc.constantFrom(...spaces)},
  {weight: 2, arbitrary: fc.constantFrom(...abbreviations)},
  {weight: 2, arbitrary: fc.constantFrom(...numbers)},
  {weight: 3, arbitrary: fc.constantFrom(...odd)},
  {weight: 1, arbitrary: fc.string({maxLength: 2, unit: 'binary'})}
)
const texts = fc.array(piece, {maxLength: 40, size: 'max'}).map((parts) => parts.join(''))

/** Sentence-like texts: ends and starts are where the fast path decides most. */
const sentence = fc
  .tuple(
    fc.constantFrom('', '', '', '« ', '"', '“', '(', '«\u202F', '…', '... ', '» ', ', ', '; ', '- ', '1 ', '(…) ', '’', 'et ', 'and '),
    fc.array(fc.oneof({weight: 4, arbitrary: fc.constantFrom(...words)}, fc.constantFrom(...abbreviations), fc.constantFrom(...numbers), fc.constantFrom(...odd)), {minLength: 1, maxLength: 6, size: 'max'}),
    fc.constantFrom('.', '!', '?', '…', '...', '?!', '\u00A0!', '\u202F?', ' ?', '.)', '. »', '.»', '.”', '."', ':', '', '.!', '!.', '‽')
  )
  .map(([open, body, end]) => open + body.join(' ') + end)
const paragraphs = fc.array(fc.tuple(sentence, fc.constantFrom(...spaces)), {maxLength: 8, size: 'max'}).map((parts) => parts.map(([s, space]) => s + space).join(''))

describe('segment: fast path', () => {
  for (const lang of langs) {
    it(`${lang}: same sentences as the parser on texts of boundary-prone pieces`, () => {
      fc.assert(fc.property(texts, (text) => assertSame(text, lang)), {numRuns: 3000})
    })

    it(`${lang}: same sentences as the parser on sentence-like paragraphs`, () => {
      fc.assert(fc.property(paragraphs, (text) => assertSame(text, lang)), {numRuns: 3000})
    })

    it(`${lang}: cutting at every seam leaves the parser's raw sentences unchanged`, () => {
      fc.assert(
        fc.property(fc.oneof(texts, paragraphs), (text) => {
          assert.deepEqual(rawSentencesByPiece(text, lang), rawSentences(text, lang), JSON.stringify(text))
        }),
        {numRuns: 2000}
      )
    })
  }

  it('seams are found: ordinary sentence ends cut, abbreviations do not', () => {
    const {fr, en} = scanners
    const text = 'Nous répondons vite. Le suivi est garanti\u202F! « Merci » dit-il. Voir M. Martin.'
    assert.deepEqual(fr.scan(text), {ends: [21, 44, text.indexOf('Voir'), text.length], simple: [true, true, true, true]})
    // Joined, so one sentence for the parser: an abbreviation (`12.` too), a lowercase next word, a decimal.
    assert.deepEqual(fr.scan('Voir la page 12. Elle cite 3.5 tarifs, etc. et plus.'), {ends: [52], simple: [true]})
    // A closing guillemet after the end: the parser decides.
    const quoted = 'Il dit\u00A0: « Oui. » Puis il part.'
    assert.deepEqual(fr.scan(quoted), {ends: [quoted.length], simple: [false]})
    // parse-english reads `Sept.` as a month, parse-latin does not.
    const month = 'We ship in Sept. Then we call.'
    assert.deepEqual(en.scan(month).ends, [month.length])
    assert.deepEqual(fr.scan(month).ends, [17, month.length])
    // The parser splits `ship!Sept.` after `!`, then reads `Sept.` as a month all the same.
    const glued = 'We ship!Sept. Then we call.'
    assert.deepEqual(en.scan(glued).ends, [glued.length])
    assertSame(glued, 'en')
  })

  it('every prose paragraph of the bench documents gives the parser\'s sentences', function () {
    this.timeout(60000)
    let count = 0
    for (const lang of ['fr', 'en', 'mixed'] as BenchLang[]) {
      for (const format of ['markdown', 'plaintext'] as BenchFormat[]) {
        const document = generate({lang, format, bytes: 100 * 1024})
        for (const [start, end] of document.prose) {
          const paragraph = document.text.slice(start, end)
          // Prose units hold no line breaks: test both the raw paragraph and its one-line form.
          for (const text of new Set([paragraph, paragraph.replace(/\r?\n/g, ' ')])) {
            for (const l of langs) {
              assert.deepEqual(analyse(text, l, false).sentences, analyseWithParser(text, l, false).sentences, `${l}: ${JSON.stringify(text)}`)
              count++
            }
          }
        }
      }
    }
    assert.ok(count > 1000, `only ${count} paragraphs`)
  })

  it('a long paragraph cut at its seams gives the raw sentences of the whole', () => {
    const parts = ['Nous rappelons chaque client dans la journée. ', 'Voir ibid. Le guide, p. ex. la page 3. ', 'We ship in Sept. Then we call! ', 'Il dit\u00A0: « Merci. » Puis il part. ']
    let text = ''
    for (let i = 0; text.length < 9000; i++) text += parts[i % parts.length]
    for (const lang of langs) {
      const whole = rawSentences(text, lang)
      assert.ok(whole.length > 100)
      assert.deepEqual(rawSentencesByPiece(text, lang), whole)
      assertSame(text, lang)
    }
  })
})
