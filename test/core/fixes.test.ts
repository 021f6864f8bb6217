/**
 * Every rewrite, applied where the engine says it lands, leaves a correct sentence: one stop, the
 * capital of its place, nothing outside its range touched, and no claim left at that place.
 */
import assert from 'node:assert/strict'
import {lint, snippetText, type Fix, type Format, type Lang, type Message} from '../../src/core/index.ts'
import {RULE_EXAMPLES} from '../../src/core/rules/examples.generated.ts'

function apply(text: string, fix: Fix): string {
  return text.slice(0, fix.start) + fix.text + text.slice(fix.end)
}

/** Punctuation marks that follow one another (« ,, », « . . », « , . »), ellipses aside. */
function doubled(text: string): number {
  return (text.replace(/\.\.\.|…/g, '').match(/[,;:.!?][\s\u00a0\u202f]*[,;.]/g) ?? []).length
}

/** What is wrong with `fix` of `message` in `text`, or '' when it lands cleanly. */
function problems(text: string, message: Message, fix: Fix, lang: Lang, format: Format): string[] {
  const out: string[] = []
  const after = apply(text, fix)
  if (fix.text !== snippetText(fix.snippet)) out.push('text is not the snippet as inserted')
  if (fix.start < 0 || fix.end > text.length || fix.start > fix.end) out.push('range out of the text')
  if (fix.start > message.start.offset || fix.end < message.end.offset) out.push('the fix does not cover the flagged words')
  if (doubled(after) > doubled(text)) out.push(`doubled punctuation: ${after}`)
  if (/ {2}/.test(after) && !/ {2}/.test(text)) out.push(`doubled space: ${after}`)
  const sentenceStart = message.sentence!.start.offset
  const first = /^[\s«“"'(\[]*$/.test(text.slice(sentenceStart, fix.start))
  if (first && !/^[\p{Lu}\p{N}]/u.test(fix.text)) out.push(`a sentence starts without a capital: ${fix.text}`)
  if (!first && /^\p{Lu}\p{Ll}/u.test(fix.text) && !/[.!?]$/.test(fix.text)) out.push(`a capital inside a sentence: ${after}`)
  // What the rewrite says is a commitment: nothing is flagged in it any more.
  const again = lint(after, {format, lang}).messages
  const inside = again.filter((m) => m.start.offset < fix.start + fix.text.length && fix.start < m.end.offset)
  if (inside.length > 0) out.push(`still flagged: ${inside.map((m) => `${m.ruleId} “${m.actual}”`).join(', ')} in ${after}`)
  return out
}

function check(text: string, lang: Lang, format: Format = 'plaintext'): Message[] {
  const {messages} = lint(text, {format, lang})
  for (const message of messages) {
    assert.deepEqual(message.expected, message.fixes.map((f) => f.snippet), 'expected lists the snippets of the fixes')
    for (const fix of message.fixes) assert.deepEqual(problems(text, message, fix, lang, format), [], `${text}\n→ ${fix.text}`)
  }
  return messages
}

describe('core: fixes (where each rewrite lands)', () => {
  describe('every rewrite of every rule example leaves a correct sentence', () => {
    for (const lang of ['fr', 'en'] as const) {
      // A commitment kind's examples are commitments, not claims: they get no rewrite.
      for (const set of RULE_EXAMPLES[lang].filter((s) => s.commitmentKind === undefined)) {
        it(`${set.file}${set.family ? ` (${set.family})` : ''}: ${set.flag.length} examples, alone and inside a paragraph`, () => {
          let fixes = 0
          for (const sentence of set.flag) {
            for (const message of check(sentence, lang)) fixes += message.fixes.length
            check(`Bienvenue. ${sentence} Merci.`, lang)
            check(`- ${sentence}\n- Autre point`, lang, 'markdown')
          }
          // A disclaimer elsewhere is not undone by an edit here: that rule offers no rewrite.
          if (set.rule !== 'undercut-commitment') assert.ok(fixes > 0, 'the examples get rewrites')
        })
      }
    }
  })

  it('a phrase never replaces words it does not fit: the whole sentence is rewritten instead', () => {
    for (const [text, lang] of [
      ['We always do our best to exceed your expectations.', 'en'],
      ['World-class care, tailored to you.', 'en'],
      ["Un service d'exception, pensé pour vous.", 'fr']
    ] as const) {
      const messages = check(text, lang)
      assert.ok(messages.length > 0, text)
      for (const m of messages) {
        assert.ok(m.fixes.length > 0, `${text}: rewrites offered`)
        for (const fix of m.fixes) assert.deepEqual([fix.start, fix.end], [0, text.length], `${text} → ${fix.text}`)
      }
    }
  })

  it('a vague deadline said as an adverbial is replaced in place, with the capital of its place', () => {
    const text = 'Nous vous répondrons dans les meilleurs délais.'
    const [m] = check(text, 'fr')
    assert.equal(apply(text, m!.fixes[0]!), 'Nous vous répondrons sous 48 h.')
    const start = 'Dans les meilleurs délais, nous vous rappelons.'
    const [s] = check(start, 'fr')
    assert.equal(apply(start, s!.fixes[0]!), 'Sous 48 h, nous vous rappelons.')
    const en = 'We will reply to your email as soon as possible.'
    const [e] = check(en, 'en')
    assert.equal(apply(en, e!.fixes[0]!), 'We will reply to your email within 48 hours.')
    // The other rewrites of the same finding are sentences, and replace the sentence.
    assert.ok(e!.fixes.slice(1).every((f) => f.start === 0 && f.end === en.length))
  })

  it('a heading or list item keeps having no final stop; brackets around a sentence stay', () => {
    const heading = '## Le client est roi\n\nTexte.'
    const [h] = check(heading, 'fr', 'markdown')
    assert.ok(h!.fixes.every((f) => heading.slice(f.start, f.end) === 'Le client est roi' && !/\.$/.test(f.text)))
    const bracketed = 'Bienvenue. (Le client est roi.) Merci.'
    const [b] = check(bracketed, 'fr')
    for (const f of b!.fixes) assert.match(apply(bracketed, f), /^Bienvenue\. \([^()]+\.\) Merci\.$/)
  })

  it('no rewrite cuts through emphasis: then none is offered', () => {
    const text = 'Le *client est roi. Nous* le savons.'
    const messages = lint(text, {format: 'markdown', lang: 'fr'}).messages
    assert.ok(messages.length > 0)
    for (const m of messages) assert.deepEqual(m.fixes, [])
    // In plain text the star is only a character.
    assert.ok(check(text, 'fr').every((m) => m.fixes.length > 0))
  })

  it('a run-on "sentence" of thousands of characters is not replaced whole, and costs one scan', () => {
    const text = 'nous sommes à votre écoute et '.repeat(200) + 'voilà'
    const {messages} = lint(text, {format: 'plaintext', lang: 'fr'})
    assert.ok(messages.length > 100)
    assert.ok(messages.every((m) => m.fixes.every((f) => f.end - f.start < 2000)))
  })

  it('fixes move with their block when an edit before it shifts it', () => {
    const text = 'Intro.\n\nNous répondons dans les meilleurs délais.\n'
    const shifted = 'Une intro plus longue.\n\n' + text.slice('Intro.\n\n'.length)
    const [a] = lint(text, {format: 'markdown', lang: 'fr'}).messages
    const [b] = lint(shifted, {format: 'markdown', lang: 'fr'}).messages
    const by = shifted.length - text.length
    assert.deepEqual(b!.fixes, a!.fixes.map((f) => ({...f, start: f.start + by, end: f.end + by})))
  })
})
