import assert from 'node:assert/strict'
import {analyzeSentence} from '../../src/core/detect/index.ts'
import {lint} from '../../src/core/index.ts'
import type {Lang} from '../../src/core/types.ts'

function kinds(s: string, lang: Lang): string[] {
  return analyzeSentence(s, lang).commitments.map((c) => c.kind)
}

function flagged(text: string, lang: Lang): boolean {
  return lint(text, {format: 'plaintext', lang}).messages.some((m) => m.ruleId === 'hollow-claim')
}

describe('shape checks', () => {
  describe('negated commitments do not count', () => {
    const negated: Array<[string, Lang]> = [
      ['Nous ne répondons pas sous 24 h aux demandes de devis.', 'fr'],
      ['Notre standard n’est jamais ouvert 7j/7.', 'fr'],
      ['Ni remboursement intégral ni avoir ne sont proposés.', 'fr'],
      ["We don't answer within 24 hours on weekends.", 'en'],
      ['Our hotline is not available 24/7.', 'en']
    ]
    for (const [s, lang] of negated) it(`${lang}: ${s}`, () => assert.deepEqual(kinds(s, lang), []))

    const kept: Array<[string, Lang]> = [
      ['Vous n’attendez jamais au-delà de 48 h.', 'fr'],
      ['Sans engagement, réponse sous 48 h.', 'fr'],
      ['Retour sans frais pendant 30 jours.', 'fr'],
      ['Refunds never take longer than 10 days.', 'en'],
      ['Orders ship no later than 5 pm the next day.', 'en']
    ]
    for (const [s, lang] of kept) it(`keeps ${lang}: ${s}`, () => assert.notDeepEqual(kinds(s, lang), []))

    it('a claim beside a negated commitment stays hollow', () => {
      assert.equal(flagged('Nous sommes à votre écoute, mais nous ne répondons pas sous 24 h.', 'fr'), true)
      assert.equal(flagged('Nous sommes à votre écoute et répondons sous 24 h.', 'fr'), false)
      assert.equal(flagged("We're here to help, though we can't reply within 24 hours.", 'en'), true)
    })
  })

  describe('short press narrative is not a tagline', () => {
    const narrative: Array<[string, Lang]> = [
      ['Le groupe annonce une intervention rapide.', 'fr'],
      ['Renault promet une livraison express.', 'fr'],
      ['Elle propose un dépannage rapide.', 'fr'],
      ['The hotel offers quick service.', 'en'],
      ['Acme announced same-day repairs.', 'en']
    ]
    for (const [s, lang] of narrative) it(`${lang}: ${s}`, () => assert.equal(flagged(s, lang), false))

    const taglines: Array<[string, Lang]> = [
      ['Réparation express garantie.', 'fr'],
      ['Le service est rapide et soigné.', 'fr'],
      ['Quick turnaround on all repairs.', 'en']
    ]
    for (const [s, lang] of taglines) it(`still a tagline ${lang}: ${s}`, () => assert.equal(flagged(s, lang), true))
  })

  describe('speaker + value + customer fallback', () => {
    function family(s: string, lang: Lang): string | undefined {
      return analyzeSentence(s, lang).findings.find((f) => f.ruleId === 'hollow-claim')?.family
    }
    const claims: Array<[string, Lang, string]> = [
      ['Chez Potier, nous recevons chaque patient avec empathie et douceur.', 'fr', 'care'],
      ['Our crew brings genuine warmth to every guest.', 'en', 'care'],
      ['We bring passion and empathy to every client relationship.', 'en', 'delight']
    ]
    for (const [s, lang, fam] of claims) it(`${lang} ${fam}: ${s}`, () => assert.equal(family(s, lang), fam))

    const ordinary: Array<[string, Lang]> = [
      ['Si vous êtes satisfait, nous vous offrons un bon d’achat.', 'fr'],
      ['La sécurité de vos données est notre passion.', 'fr'],
      ['Nous recherchons un candidat passionné, vous avez le sens du client.', 'fr'],
      ['Biocoop : nous apportons notre bienveillance à chaque client.', 'fr'],
      ['If you are not satisfied, we refund you.', 'en'],
      ['We are passionate about protecting your privacy.', 'en'],
      ['Many agencies bring warmth to every guest, the survey says.', 'en'],
      ['Nous vous remercions de votre bienveillance.', 'fr'],
      ['Nous demandons à nos clients la plus grande courtoisie envers le personnel.', 'fr'],
      ['Nous étions ravis de recevoir 300 clients lors des portes ouvertes.', 'fr'],
      ['We ask all customers to show courtesy to our staff.', 'en'],
      ['We were delighted to welcome 300 customers to our open day.', 'en']
    ]
    for (const [s, lang] of ordinary) it(`passes ${lang}: ${s}`, () => assert.equal(family(s, lang), undefined))

    it('the same clause without its speaker label is a claim', () => {
      assert.equal(family('Nous apportons notre bienveillance à chaque client.', 'fr'), 'care')
    })

    it('reports the words from speaker to customer, with the family and its rewrites', () => {
      const text = 'Our crew brings genuine warmth to every guest.'
      const message = lint(text, {format: 'plaintext', lang: 'en'}).messages.find((m) => m.ruleId === 'hollow-claim')
      assert.ok(message)
      assert.equal(message.family, 'care')
      assert.equal(message.actual, text.slice(message.start.offset, message.end.offset))
      assert.match(message.actual, /^Our crew .* guest$/)
      assert.ok(message.expected.length >= 2)
    })
  })
})

