import assert from 'node:assert/strict'
import fc from 'fast-check'
import {analyzeSentence, compileExtras} from '../../src/core/detect/index.ts'
import {describe as describeFinding} from '../../src/core/report/describe.ts'
import type {Lang} from '../../src/core/types.ts'

function claims(s: string, lang: Lang) {
  return analyzeSentence(s, lang).findings.filter((f) => f.ruleId === 'hollow-claim')
}

describe('analyzeSentence', () => {
  describe('claim shapes, not slogans', () => {
    const fr: Array<[string, string]> = [
      ['Notre priorité absolue : votre satisfaction.', 'priority'],
      ['Toute notre équipe reste joignable pour vous.', 'availability'],
      ['Nous mettons nos clientes au cœur de nos décisions.', 'centre'],
      ['Un suivi individualisé pour chaque dossier.', 'care'],
      ['Intervention rapide sur toute la métropole.', 'responsiveness'],
      ['Nous faisons de notre mieux pour vous livrer.', 'hedge']
    ]
    for (const [s, family] of fr) {
      it(`fr ${family}: ${s}`, () => assert.equal(claims(s, 'fr')[0]?.family, family))
    }
    const en: Array<[string, string]> = [
      ['Our customers always come first.', 'priority'],
      ['Our team is always reachable.', 'availability'],
      ['We keep every client at the centre of our work.', 'centre'],
      ['We will do our very best to sort it out.', 'hedge'],
      ['Quick turnaround on all repairs.', 'responsiveness']
    ]
    for (const [s, family] of en) {
      it(`en ${family}: ${s}`, () => assert.equal(claims(s, 'en')[0]?.family, family))
    }
  })

  it('handles elision with both apostrophes, NBSP, NFD and capitals', () => {
    for (const s of ['Nous sommes à l’écoute de nos clients.', "NOUS SOMMES À L'ÉCOUTE DE NOS CLIENTS.", 'Nous sommes à l\u2019écoute de nos clients.'.normalize('NFD')]) {
      const [f] = claims(s, 'fr')
      assert.ok(f, s)
      assert.equal(s.slice(f.start, f.end), f.actual)
      assert.match(f.actual.normalize('NFC').toLowerCase(), /écoute de nos clients/)
    }
  })

  it('maps spans over œ, NBSP and emoji back to the original text', () => {
    const s = '🎯 Le client au cœur\u00a0de\u202fnos choix, chez nous.'
    const [f] = claims(s, 'fr')
    assert.ok(f)
    assert.equal(f.actual, 'Le client au cœur')
    assert.equal(s.slice(f.start, f.end), f.actual)
  })

  describe('commitments', () => {
    const cases: Array<[Lang, string, string]> = [
      ['fr', 'Réponse sous 24\u00a0h.', 'deadline'],
      ['fr', 'Ouvert du lundi au samedi.', 'hours'],
      ['fr', 'Joignable de 8\u202fh\u202f30 à 20\u202fh.', 'hours'],
      ['fr', 'Assistance 7j/7.', 'hours'],
      ['fr', 'Taux de décroché de 92,5\u00a0%.', 'measure'],
      ['fr', 'Appelez le 01 23 45 67 89.', 'channel'],
      ['fr', 'Remboursement intégral sans justificatif.', 'guarantee'],
      ['fr', 'Un interlocuteur unique pour votre dossier.', 'policy'],
      ['fr', 'Note moyenne de 4,6/5.', 'measure'],
      ['en', 'Open Mon–Fri.', 'hours'],
      ['en', 'We reply within two business days.', 'deadline'],
      ['en', 'Call 1-800-555-0199.', 'channel'],
      ['en', 'Write to help@example.com.', 'channel'],
      ['en', 'Free returns for 60 days.', 'guarantee'],
      ['en', 'A dedicated account manager for every client.', 'policy'],
      ['en', 'We publish our response rate every quarter.', 'measure']
    ]
    for (const [lang, s, kind] of cases) {
      it(`${lang} ${kind}: ${s}`, () => {
        const a = analyzeSentence(s, lang)
        assert.ok(a.commitments.some((c) => c.kind === kind), JSON.stringify(a.commitments))
        for (const c of a.commitments) assert.ok(c.start >= 0 && c.end <= s.length && c.start < c.end)
      })
    }
    const vague: Array<[Lang, string]> = [
      ['fr', 'Nous répondons rapidement, dans les meilleurs délais.'],
      ['fr', 'Depuis 25 ans, nous vous accueillons avec le sourire.'],
      ['fr', 'Satisfaction garantie sur tous nos travaux.'],
      ['en', 'We respond promptly and do our best.'],
      ['en', 'For over 30 years we have treated customers like family.'],
      ['en', 'Every cake we bake comes with our 100% happiness guarantee.']
    ]
    for (const [lang, s] of vague) {
      it(`${lang} vague words are not commitments: ${s}`, () => assert.deepEqual(analyzeSentence(s, lang).commitments, []))
    }
  })

  describe('mentions', () => {
    const cases: Array<[Lang, string, string]> = [
      ['fr', 'Le slogan « le client est roi » date du XIXe siècle.', 'quote'],
      ['fr', 'Cette enseigne prétend mettre le client au centre.', 'report'],
      ['fr', 'L’obsession client désigne une culture d’entreprise.', 'definition'],
      ['fr', 'Placer le client au cœur ne suffit plus.', 'criticism'],
      ['fr', 'Les entreprises devraient être à l’écoute de leurs clients.', 'maxim'],
      ['en', 'Many brands claim that the customer comes first.', 'report'],
      ['en', '“We put customers first” is painted on every wall.', 'quote'],
      ['en', 'They were so helpful and always here to help!', 'testimonial']
    ]
    for (const [lang, s, kind] of cases) {
      it(`${lang} ${kind}: ${s}`, () => {
        const a = analyzeSentence(s, lang)
        assert.equal(a.mention, true)
        assert.deepEqual(a.findings, [])
        assert.ok(a.mentionKinds?.includes(kind), JSON.stringify(a.mentionKinds))
      })
    }
    it('flags an introducer of examples so the next sentence is read as quoted', () => {
      assert.equal(analyzeSentence('Examples of replies that promise nothing:', 'en').introducesMention, true)
    })
  })

  describe('vague-promise and unverifiable-superlative', () => {
    it('reports a hedge made by the organisation as a hollow claim, otherwise as a vague promise', () => {
      assert.equal(analyzeSentence('Nous livrons au plus vite.', 'fr').findings[0]?.ruleId, 'hollow-claim')
      assert.equal(analyzeSentence('Les colis partent au plus vite.', 'fr').findings[0]?.ruleId, 'vague-promise')
      assert.deepEqual(analyzeSentence('Merci de nous répondre au plus vite.', 'fr').findings, [])
    })
    it('does not repeat a hedge that is part of a claim as a vague promise', () => {
      const a = analyzeSentence('Nous faisons de notre mieux pour répondre au plus vite.', 'fr')
      assert.ok(a.findings.length > 0)
      assert.ok(a.findings.every((f) => f.ruleId === 'hollow-claim'))
    })
  })

  describe('extras from the configuration (literal phrases, never regexes)', () => {
    const extras = compileExtras({claims: {fr: ['zéro souci']}, commitments: {fr: ['charte qualité signée']}, allow: ['à votre écoute'], rewrites: {fr: ['Rappel sous ${1:1} h.']}})
    it('adds claim phrases, folded', () => {
      assert.equal(analyzeSentence('Avec nous, ZÉRO SOUCI.', 'fr', extras).findings[0]?.family, 'custom')
    })
    it('adds commitment markers', () => {
      assert.equal(analyzeSentence('Notre charte qualité signée vous protège.', 'fr', extras).commitments[0]?.kind, 'custom')
    })
    it('cancels claims overlapping an allowed phrase', () => {
      assert.deepEqual(analyzeSentence('Nous sommes à votre écoute.', 'fr', extras).findings, [])
    })
    it('treats regex characters literally', () => {
      const e = compileExtras({claims: {en: ['a.*b']}})
      assert.deepEqual(analyzeSentence('axxb and more', 'en', e).findings, [])
    })
    it('appends user rewrites', () => {
      const [f] = analyzeSentence('Nous sommes là pour vous.', 'fr', extras).findings
      assert.ok(f)
      assert.ok(describeFinding(f, 'fr', extras).expected.includes('Rappel sous ${1:1} h.'))
    })
  })

  describe('describe', () => {
    it('leads with the missing commitment in one short line, in the document language', () => {
      const [f] = analyzeSentence('Notre équipe est disponible pour vous.', 'fr').findings
      assert.ok(f)
      const d = describeFinding(f, 'fr')
      // The squiggle shows the words: the message does not repeat them, it says what to add.
      assert.ok(!d.message.includes(f.actual))
      assert.match(d.message, /^Promesse sans engagement vérifiable : ajoutez des jours et horaires/)
      assert.ok(d.message.length <= 90, d.message)
      assert.ok(d.expected.length >= 2)
      assert.ok(d.expected.some((e) => e.includes('${1:')))
      const [g] = analyzeSentence('Our team is available for you.', 'en').findings
      assert.ok(g)
      assert.match(describeFinding(g, 'en').message, /hours/)
    })
    it('writes the same words again for the same finding, whatever a caller did to the first copy', () => {
      const [f] = analyzeSentence('Chez nous, votre satisfaction reste la priorité numéro un.', 'fr').findings
      assert.ok(f)
      const first = describeFinding(f, 'fr')
      const snapshot = JSON.stringify(first)
      first.expected[0] = 'changed'
      first.expected.push('added')
      assert.equal(JSON.stringify(describeFinding(f, 'fr')), snapshot)
      // Same words elsewhere in another sentence: same description.
      const [g] = analyzeSentence('Pour nous, votre satisfaction reste la priorité, toujours.', 'fr').findings
      assert.ok(g && g.actual === f.actual)
      assert.equal(JSON.stringify(describeFinding(g, 'fr')), snapshot)
    })
  })

  it('property: never throws, spans stay in bounds and slice their actual', () => {
    fc.assert(
      fc.property(fc.string({unit: 'grapheme', maxLength: 80}), fc.constantFrom<Lang>('fr', 'en'), (s, lang) => {
        const text = `Nous sommes à votre écoute ${s} we are here to help`
        const a = analyzeSentence(text, lang)
        for (const f of a.findings) {
          assert.ok(0 <= f.start && f.start < f.end && f.end <= text.length)
          assert.equal(text.slice(f.start, f.end), f.actual)
        }
        for (const c of a.commitments) assert.ok(0 <= c.start && c.start < c.end && c.end <= text.length)
        assert.deepEqual(analyzeSentence(text, lang), a)
      })
    )
  })
})
