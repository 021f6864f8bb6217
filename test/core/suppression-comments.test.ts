import {strict as assert} from 'node:assert'
import {lint, suppressionComment, suppressionEdit, suppressionLine, type Format, type LintResult, type Message} from '../../src/core/index.ts'

/** A message as it should read after `at` moved by `shift` characters (a line inserted before it). */
function key(m: Message, shift = 0): string {
  return `${m.ruleId}@${m.start.offset + shift}:${m.actual}`
}

/**
 * Silences each finding of `text` in turn with the comment `insert` writes, lints again, and checks
 * that exactly that finding went (counted as silenced when it is a claim), every other one staying.
 */
function roundTrip(text: string, format: Format, insert: (text: string, m: Message) => {offset: number; text: string}): number {
  const before = lint(text, {format, lang: 'fr'})
  assert.ok(before.messages.length >= 2, `two findings or more to tell apart in ${JSON.stringify(text)}`)
  for (const target of before.messages) {
    const edit = insert(text, target)
    const after = text.slice(0, edit.offset) + edit.text + text.slice(edit.offset)
    const result: LintResult = lint(after, {format, lang: 'fr'})
    const expected = before.messages.filter((m) => m !== target).map((m) => key(m, m.start.offset >= edit.offset ? edit.text.length : 0))
    assert.deepEqual(result.messages.map((m) => key(m)), expected, `silencing ${key(target)} in:\n${after}`)
    if (target.ruleId === 'hollow-claim') assert.equal(result.stats.silenced, before.stats.silenced + 1)
  }
  return before.messages.length
}

const byEdit = (format: Format) => (text: string, m: Message) => suppressionEdit(text, m.start.offset, format, m.ruleId)!

describe('suppression comments: what « Ignorer ici » writes is read back and silences exactly that finding', () => {
  const markdown = [
    'Le client est roi.\n\nVotre satisfaction est notre priorité.\n',
    // Hard-wrapped: the comment lands inside the paragraph, above the finding's own line.
    'Bienvenue chez Dupont.\nLe client est roi.\nVotre satisfaction est notre priorité.\n',
    // Two rules on one line: the comment names one.
    'Le client est roi. Les colis partent au plus vite.\n\nNous sommes à votre écoute.\n',
    '# Le client est roi\n\n- Votre satisfaction est notre priorité.\n  - Nous sommes à votre écoute.\n',
    'Le client est roi.\r\n\r\nVotre satisfaction est notre priorité.\r\n',
    '1. Le client est roi.\n2. Votre satisfaction est notre priorité.\n'
  ]
  for (const text of markdown) {
    it(`Markdown: ${JSON.stringify(text.slice(0, 48))}…`, () => {
      roundTrip(text, 'markdown', byEdit('markdown'))
    })
  }

  const html = [
    '<p>Le client est roi.</p>\n<p>Votre satisfaction est notre priorité.</p>\n',
    '<main>\n  <p>Bienvenue chez Dupont.\n  Le client est roi.</p>\n  <ul><li>Votre satisfaction est notre priorité.</li></ul>\n</main>\n',
    '<h1>Le client est roi</h1>\r\n<p>Les colis partent au plus vite.</p>\r\n'
  ]
  for (const text of html) {
    it(`HTML: ${JSON.stringify(text.slice(0, 48))}…`, () => {
      roundTrip(text, 'html', byEdit('html'))
    })
  }

  it('writes the comment with the line’s indentation and the document’s line break', () => {
    assert.deepEqual(suppressionEdit('Intro.\r\n  - Le client est roi.\r\n', 13, 'markdown', 'hollow-claim'), {
      offset: 8,
      text: '  <!-- promesse-disable-next-line hollow-claim -->\r\n'
    })
    assert.equal(suppressionLine('html', 'vague-promise', '\t<p>Au plus vite.</p>', '\n'), '\t<!-- promesse-disable-next-line vague-promise -->\n')
  })

  it('writes no line where a comment cannot stand above any line (plain text, data files, MDX)', () => {
    for (const format of ['plaintext', 'json', 'yaml', 'po', 'xliff', 'mdx'] as const) {
      assert.equal(suppressionEdit('Le client est roi.', 0, format, 'hollow-claim'), undefined, format)
    }
    assert.equal(suppressionComment('plaintext'), undefined)
  })

  it('writes no line inside a Markdown table, which a comment line would end (the ignore list is used)', () => {
    const table = '| Service | Promesse |\n| --- | --- |\n| Accueil | Le client est roi. |\n| SAV | Réponse sous 24 h |\n'
    assert.equal(suppressionEdit(table, table.indexOf('Le client'), 'markdown', 'hollow-claim'), undefined)
    assert.ok(suppressionEdit('Le client est roi.\n', 0, 'markdown', 'hollow-claim'))
  })

  /** In a data file the comment goes above the entry: the line where the entry starts (`entry` matches it). */
  const aboveEntry = (format: Format, entry: RegExp) => (text: string, m: Message) => {
    const lines = text.split('\n')
    let at = m.line - 1
    while (at > 0 && !entry.test(lines[at]!)) at--
    const offset = lines.slice(0, at).join('\n').length + (at > 0 ? 1 : 0)
    return {offset, text: `${suppressionComment(format, m.ruleId)!}\n`}
  }

  const data: Array<[Format, string, RegExp]> = [
    ['yaml', 'intro: Le client est roi.\npromesse: Votre satisfaction est notre priorité.\n', /^\w/],
    ['json', '{\n  "intro": "Le client est roi.",\n  "promesse": "Votre satisfaction est notre priorité."\n}\n', /^\s*"/],
    ['po', 'msgid ""\nmsgstr "Language: fr\\n"\n\nmsgid "a"\nmsgstr "Le client est roi."\n\nmsgid "b"\nmsgstr "Votre satisfaction est notre priorité."\n', /^msgid/],
    [
      'xliff',
      '<xliff version="1.2"><file source-language="en" target-language="fr"><body>\n<trans-unit id="a"><source>a</source><target>Le client est roi.</target></trans-unit>\n<trans-unit id="b"><source>b</source><target>Votre satisfaction est notre priorité.</target></trans-unit>\n</body></file></xliff>\n',
      /<trans-unit/
    ],
    ['mdx', 'import X from "./x"\n\nLe client est roi.\n\nVotre satisfaction est notre priorité.\n', /./]
  ]
  for (const [format, text, entry] of data) {
    it(`${format}: the comment written above an entry silences that entry’s finding only`, () => {
      roundTrip(text, format, aboveEntry(format, entry))
    })
  }
})
