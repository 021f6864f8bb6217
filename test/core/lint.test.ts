import {strict as assert} from 'node:assert'
import fc from 'fast-check'
import {createDocumentLinter, lint, type Format, type LintResult} from '../../src/core/index.ts'

const hollowFr = 'Le client est roi.'
const hollowEn = 'We put the customer first.'

function hollowClaims(result: LintResult) {
  return result.messages.filter((m) => m.ruleId === 'hollow-claim')
}

/** Every message slices its `actual` out of the original text, and its points agree with its offsets. */
function assertRangesExact(text: string, result: LintResult) {
  for (const m of result.messages) {
    assert.equal(text.slice(m.start.offset, m.end.offset), m.actual)
    assert.ok(m.start.offset < m.end.offset, 'non-empty range')
    const before = text.slice(0, m.start.offset)
    const lines = before.split(/\r\n|\r|\n/)
    assert.equal(m.line, lines.length)
    assert.equal(m.column, lines.at(-1)!.length + 1)
  }
}

describe('lint: claims and their backing', () => {
  it('flags a hollow claim in French and in English', () => {
    for (const text of [hollowFr, hollowEn]) {
      const result = lint(text)
      assert.equal(hollowClaims(result).length, 1, text)
      assertRangesExact(text, result)
    }
  })

  it('gives each message its contract fields', () => {
    const [m] = hollowClaims(lint(hollowFr, {lang: 'fr'}))
    assert.ok(m)
    assert.equal(m.source, 'promesse')
    assert.equal(m.severity, 'warning')
    assert.equal(m.lang, 'fr')
    assert.ok(m.message.length > 10)
    assert.ok(m.note.length > 10)
    assert.ok(m.expected.length >= 2, 'two rewrites or more')
    assert.ok(m.expected.some((e) => /\$\{\d+:/.test(e)), 'a rewrite has a snippet placeholder')
    assert.match(m.url, /^https:\/\/.+hollow-claim/)
  })

  it('does not flag a claim backed in the same sentence or the next one', () => {
    assert.equal(hollowClaims(lint('Le client est roi : nous répondons sous 24 h.')).length, 0)
    assert.equal(hollowClaims(lint('Le client est roi. Nous répondons à chaque demande sous 24 h.')).length, 0)
    assert.equal(hollowClaims(lint('We put the customer first. Every email gets an answer within 4 hours.')).length, 0)
  })

  it('a short question hands a waiting claim on to its answer', () => {
    const backedFr = 'Votre satisfaction est garantie. Pas satisfait ? Remboursé intégralement sous 30 jours.'
    assert.deepEqual(hollowClaims(lint(backedFr, {lang: 'fr'})), [])
    const backedEn = 'Your satisfaction is guaranteed. Not happy? Return it within 60 days for a full refund.'
    assert.deepEqual(hollowClaims(lint(backedEn, {lang: 'en'})), [])
    // The answer must commit; a longer question is a sentence of its own.
    assert.equal(hollowClaims(lint('Your satisfaction is guaranteed. Not happy? We will sort it out.', {lang: 'en'})).length, 1)
    assert.equal(hollowClaims(lint('Your satisfaction is guaranteed. Are you not happy with what you bought today? Return it within 60 days.', {lang: 'en'})).length, 1)
  })

  it('a commitment two sentences later does not back the claim', () => {
    const text = 'Le client est roi. Nous aimons notre métier. Nous répondons sous 24 h.'
    assert.equal(hollowClaims(lint(text)).length, 1)
  })

  it('a heading or a colon introduces the list after it', () => {
    const md = '## Le client est roi\n\n- réponse sous 24 h\n- retours gratuits pendant 30 jours\n'
    assert.equal(hollowClaims(lint(md, {format: 'markdown'})).length, 0)
    const colon = 'We put the customer first:\n\n- we answer within 2 business days\n- refunds within 14 days\n'
    assert.equal(hollowClaims(lint(colon, {format: 'markdown'})).length, 0)
  })

  it('does not flag a quoted or criticised slogan', () => {
    assert.equal(hollowClaims(lint('Dire « le client est roi » ne suffit pas.')).length, 0)
    assert.equal(hollowClaims(lint('Many firms claim to put the customer first.')).length, 0)
  })

  it('counts claims, backed claims and commitments', () => {
    const result = lint('Le client est roi.\n\nBonne lecture.\n\nLe client est roi : nous répondons sous 24 h.')
    assert.equal(result.stats.hollow, 1)
    assert.equal(result.stats.backed, 1)
    assert.equal(result.stats.claims, 2)
    assert.ok(result.stats.commitments >= 1)
  })
})

describe('lint: ranges in the original text', () => {
  const cases: Array<[string, Format, string]> = [
    ['markdown emphasis', 'markdown', '# Nos valeurs\n\nChez nous, **le client est roi**.\n'],
    ['markdown table', 'markdown', '| valeur | texte |\n| --- | --- |\n| 1 | Le client est roi. |\n'],
    ['front matter', 'markdown', '---\ntitle: Le client est roi\nlayout: page\n---\n\nBienvenue.\n'],
    ['html', 'html', '<p>Chez nous, le client est&nbsp;roi.</p>'],
    ['CRLF', 'plaintext', 'Bonjour.\r\n\r\nChez nous,\r\nle client est roi.\r\n'],
    ['NFD accents', 'plaintext', 'Vous e\u0302tes notre priorite\u0301. Le client est roi.'],
    ['NBSP', 'plaintext', 'Chez nous\u00a0: le client est roi\u202f!'],
    ['emoji', 'plaintext', '🎉🎉 Chez nous, le client est roi 👑.']
  ]
  for (const [name, format, text] of cases) {
    it(`slices actual exactly (${name})`, () => {
      const result = lint(text, {format, lang: 'fr'})
      assert.ok(hollowClaims(result).length >= 1, 'the claim is found')
      assertRangesExact(text, result)
    })
  }
})

describe('lint: configuration', () => {
  it('turns a rule off or changes its severity', () => {
    assert.equal(lint(hollowFr, {config: {rules: {'hollow-claim': 'off'}}}).messages.filter((m) => m.ruleId === 'hollow-claim').length, 0)
    const [m] = hollowClaims(lint(hollowFr, {config: {rules: {'hollow-claim': 'error'}}}))
    assert.equal(m?.severity, 'error')
  })

  it('allows a phrase whatever its case and accents', () => {
    assert.equal(hollowClaims(lint(hollowFr, {config: {allow: ['LE CLIENT EST ROI']}})).length, 0)
  })

  it('allows by whole words: a letter or a piece of a word allows nothing', () => {
    for (const allow of ['e', 'cli', 'oi']) assert.equal(hollowClaims(lint(hollowFr, {config: {allow: [allow]}})).length, 1, allow)
    assert.equal(hollowClaims(lint('Nous sommes à votre écoute.', {lang: 'fr', config: {allow: ['votre écoute']}})).length, 0)
    assert.equal(hollowClaims(lint('Nous sommes à votre écoute.', {lang: 'fr', config: {allow: ['Nous sommes à votre écoute, toujours']}})).length, 0)
  })

  it('reports an invalid config and lints with defaults', () => {
    const result = lint(hollowFr, {config: {rules: {'hollow-claim': 'loud'}} as never, configFile: '.promesserc.json'})
    assert.equal(result.configErrors.length, 1)
    assert.equal(result.configErrors[0]?.file, '.promesserc.json')
    assert.equal(hollowClaims(result).length, 1)
  })
})

describe('lint: suppression comments', () => {
  it('disable-next-line silences only the next line', () => {
    const md = '<!-- promesse-disable-next-line -->\nLe client est roi.\n\nLe client est roi.\n'
    const result = lint(md, {format: 'markdown'})
    assert.deepEqual(hollowClaims(result).map((m) => m.line), [4])
  })

  it('disable and enable a rule by id', () => {
    const md = '<!-- promesse-disable hollow-claim -->\n\nLe client est roi.\n\n<!-- promesse-enable hollow-claim -->\n\nLe client est roi.\n'
    assert.deepEqual(hollowClaims(lint(md, {format: 'markdown'})).map((m) => m.line), [7])
  })
})

describe('lint: counts agree with what is shown', () => {
  const page = 'Le client est roi.\n\nVotre satisfaction est notre priorité.\n\nNous sommes à votre écoute.\n'
  const shown = (result: LintResult) => result.messages.filter((m) => m.ruleId === 'hollow-claim').length

  it('a suppressed claim is not counted as hollow, but set apart as silenced', () => {
    const md = page.replace('Votre', '<!-- promesse-disable-next-line hollow-claim -->\nVotre')
    const result = lint(md, {format: 'markdown', lang: 'fr'})
    assert.equal(shown(result), 2)
    assert.deepEqual([result.stats.hollow, result.stats.silenced, result.stats.claims], [2, 1, 3])
    assert.deepEqual(result.claims.filter((c) => c.silenced).map((c) => c.actual), ['Votre satisfaction est notre priorité'])
  })

  it('an ignored sentence (plain text has no comments) is silenced there only, whatever its spacing', () => {
    const text = 'Votre satisfaction est notre priorité.\n\nLe client est roi.\n\nLe client est roi, chez nous.\n'
    const result = lint(text, {format: 'plaintext', lang: 'fr', config: {ignore: ['Le  client\u00a0est roi.']}})
    assert.deepEqual(result.messages.map((m) => m.actual), ['Votre satisfaction est notre priorité', 'Le client est roi'])
    assert.equal(result.messages[1]!.line, 5, 'the same words in another sentence are still reported')
    assert.deepEqual([result.stats.hollow, result.stats.silenced], [2, 1])
    assert.deepEqual(lint(text, {format: 'plaintext', config: {ignore: [42]} as never}).configErrors.map((e) => e.field), ['ignore[0]'])
  })

  it('a rule set to off leaves no hollow count behind', () => {
    const result = lint(page, {format: 'markdown', lang: 'fr', config: {rules: {'hollow-claim': 'off'}}})
    assert.deepEqual([shown(result), result.stats.hollow, result.stats.silenced], [0, 0, 3])
  })

  it('an allowed phrase is no claim at all', () => {
    const result = lint(page, {format: 'markdown', lang: 'fr', config: {allow: ['le client est roi']}})
    assert.deepEqual([shown(result), result.stats.hollow, result.stats.claims], [2, 2, 2])
  })

  it('stays so across incremental re-lints', () => {
    const linter = createDocumentLinter({format: 'markdown', lang: 'fr', config: {rules: {'hollow-claim': 'off'}}})
    linter.lint(page)
    const edited = 'Bonjour.\n\n' + page
    assert.deepEqual(linter.lint(edited).stats, lint(edited, {format: 'markdown', lang: 'fr', config: {rules: {'hollow-claim': 'off'}}}).stats)
  })
})

describe('lint: incremental re-lint', () => {
  it('gives the same result as a fresh lint after edits', () => {
    const base = ['# Nos engagements', 'Le client est roi.', 'Nous répondons sous 24 h.', 'We put the customer first.', 'Merci.'].join('\n\n')
    const linter = createDocumentLinter({format: 'markdown'})
    linter.lint(base)
    let text = base
    const edits: Array<[number, number, string]> = [[20, 0, 'x'], [text.length, 0, '\n\nLe client est roi.'], [0, 2, ''], [30, 5, ' : 24 h ']]
    for (const [at, remove, insert] of edits) {
      const i = Math.min(at, text.length)
      text = text.slice(0, i) + insert + text.slice(i + remove)
      assert.deepEqual(linter.lint(text), lint(text, {format: 'markdown'}))
    }
  })

  it('re-resolves a claim before the edit that the edited block backs or stops backing', () => {
    // Many blocks before, so the blocks before the claim are taken from the previous result.
    const filler = Array.from({length: 30}, (_, k) => `Paragraphe ${k} : rien à signaler.`)
    const claim = 'Votre satisfaction est notre priorité.'
    const backing = 'Nous répondons sous 24 h.'
    // Breaks hold no sentence: the claim still waits for the next one, across them.
    const base = [...filler, claim, '* * *', '* * *', backing, ...filler].join('\n\n')
    const linter = createDocumentLinter({format: 'markdown'})
    assert.equal(linter.lint(base).stats.hollow, 0)
    // The commitment loses its deadline: the claim of the block before is hollow again…
    let text = base.replace('sous 24 h', 'vite')
    let result = linter.lint(text)
    assert.deepEqual(result, lint(text, {format: 'markdown'}))
    assert.ok(hollowClaims(result).some((m) => m.actual.startsWith('Votre satisfaction')), JSON.stringify(hollowClaims(result)))
    // …and backed again when it comes back; a list introduced by a claim behaves the same.
    text = base
    result = linter.lint(text)
    assert.deepEqual(result, lint(text, {format: 'markdown'}))
    assert.equal(result.stats.hollow, 0)
    text = base.replace(claim, 'Notre priorité :').replace(backing, '- une équipe à votre écoute\n- des réponses rapides')
    assert.deepEqual(linter.lint(text), lint(text, {format: 'markdown'}))
    text = text.replace('des réponses rapides', 'une réponse sous 48 h')
    result = linter.lint(text)
    assert.deepEqual(result, lint(text, {format: 'markdown'}))
  })
})

describe('lint: properties', () => {
  const formats: Format[] = ['plaintext', 'markdown', 'html']
  const pieces = fc.constantFrom('Le client est roi.', ' ', '\n', '\r\n', '\u00a0', '« ', ' »', '**', '`', '# ', '- ', '<p>', '</p>', 'é', 'e\u0301', '🎉', '\ud800', 'We put customers first', ' 24 h', ':', '|', '---\n')
  const doc = fc.array(fc.oneof(pieces, fc.string({unit: 'grapheme', maxLength: 8})), {maxLength: 40}).map((parts) => parts.join(''))

  it('never throws, keeps ranges in bounds and exact, and is deterministic', () => {
    fc.assert(
      fc.property(doc, fc.constantFrom(...formats), (text, format) => {
        const result = lint(text, {format})
        for (const m of result.messages) {
          assert.ok(m.start.offset >= 0 && m.end.offset <= text.length)
        }
        assertRangesExact(text, result)
        assert.deepEqual(lint(text, {format}), result)
      }),
      {numRuns: 300}
    )
  })
})

describe('lint: asynchronous lint for editors', () => {
  const doc = Array.from({length: 200}, (_, i) => (i % 3 ? `Paragraphe ${i} : nous livrons sous ${i} jours.` : 'Le client est roi.')).join('\n\n')
  const pause = () => new Promise<void>((resolve) => setImmediate(resolve))

  it('gives the same result as lint, pausing between slices', async () => {
    let pauses = 0
    const result = await createDocumentLinter({format: 'markdown'}).lintAsync(doc, {pause: () => (pauses++, pause()), sliceMs: 0})
    assert.deepEqual(result, lint(doc, {format: 'markdown'}))
    assert.ok(pauses > 10, `${pauses} pauses`)
  })

  it('stops when cancelled, and a later call still gives the full result', async () => {
    const linter = createDocumentLinter({format: 'markdown'})
    let n = 0
    const cancelled = await linter.lintAsync(doc, {pause, cancelled: () => ++n > 3, sliceMs: 0})
    assert.equal(cancelled, undefined)
    const edited = doc + '\n\nNous sommes à votre écoute.'
    assert.deepEqual(linter.lint(edited), lint(edited, {format: 'markdown'}))
  })
})

describe('lint: incremental re-lint, randomly', () => {
  const line = fc.constantFrom(
    'Le client est roi.', 'Nous répondons sous 24 h.', 'Notre priorité :', '- réponse sous 48 h', '- une équipe à votre écoute',
    '# Nos engagements', 'We put customers first.', 'Dire « le client est roi » ne suffit pas.', 'Exemples de slogans :',
    '| a | b |', '<!-- promesse-disable-next-line -->', '', '', 'Bonjour.', '> Le client est roi.', '```', 'OK'
  )
  const docArb = fc.array(line, {maxLength: 25}).map((lines) => lines.join('\n'))
  const edit = fc.tuple(fc.nat(), fc.nat({max: 8}), fc.constantFrom('', 'a', '\n', '\n\n', ' 24 h', ':', '- ', '« ', 'Le client est roi. '))

  it('gives what a fresh lint gives after any sequence of edits', () => {
    fc.assert(
      fc.property(docArb, fc.array(edit, {minLength: 1, maxLength: 6}), fc.constantFrom<Format>('markdown', 'plaintext'), (doc, edits, format) => {
        const linter = createDocumentLinter({format})
        linter.lint(doc)
        let text = doc
        for (const [at, remove, insert] of edits) {
          const i = text.length ? at % (text.length + 1) : 0
          text = text.slice(0, i) + insert + text.slice(i + remove)
          assert.deepEqual(linter.lint(text), lint(text, {format}))
        }
      }),
      {numRuns: 400}
    )
  })

  // Long documents without suppression comments: the blocks before an edit are taken from the
  // previous result and those after it moved, so lines and offsets must follow exactly.
  const paragraph = fc.constantFrom(
    'Le client est roi.', 'Votre satisfaction est notre priorité.\nNous répondons sous 24 h.', 'Notre priorité :\n\n- réponse sous 48 h\n- une équipe à votre écoute',
    '# Nos engagements', 'We put customers first.', 'Rien à signaler ici.', '* * *', '```\ncode\n```', 'Dire « le client est roi » ne suffit pas.',
    '| a | b |\n|---|---|\n| Le client est roi | oui |', 'Ligne un\nligne deux du même paragraphe.'
  )
  const longDoc = fc.array(paragraph, {minLength: 20, maxLength: 60}).map((parts) => parts.join('\n\n'))
  const longEdit = fc.tuple(fc.nat(), fc.nat({max: 4}), fc.constantFrom('', 'a', '\n', '\n\n', 'é', ' 24 h', ': ', 'Le client est roi. ', '\r\n'))

  it('gives what a fresh lint gives after edits in long documents', () => {
    fc.assert(
      fc.property(longDoc, fc.array(longEdit, {minLength: 1, maxLength: 8}), (doc, edits) => {
        const linter = createDocumentLinter({format: 'markdown'})
        linter.lint(doc)
        let text = doc
        for (const [at, remove, insert] of edits) {
          const i = at % (text.length + 1)
          text = text.slice(0, i) + insert + text.slice(i + remove)
          assert.deepEqual(linter.lint(text), lint(text, {format: 'markdown'}))
        }
      }),
      {numRuns: 150}
    )
  })
})
