import assert from 'node:assert/strict'
import {lint} from '../../src/core/index.ts'
import {hollow} from './helpers.ts'

describe('discourse: a sentence that discusses the one before it', () => {
  it('a slogan taken up as a topic by the next sentence is a mention (fr)', () => {
    assert.deepEqual(hollow("Le client est roi. Cette formule a plus d'un siècle et elle a mal vieilli.", 'fr'), [])
    assert.deepEqual(hollow("Le client au cœur de tout. L'expression revient dans chaque rapport annuel.", 'fr'), [])
    assert.deepEqual(hollow("Votre satisfaction est notre priorité. Et concrètement, cela veut dire quoi ?", 'fr'), [])
  })

  it('a slogan taken up as a topic by the next sentence is a mention (en)', () => {
    assert.deepEqual(hollow('Customers always come first. This mantra is printed on every mug in the office.', 'en'), [])
    assert.deepEqual(hollow('We are customer-obsessed. What does that even mean for the person on hold?', 'en'), [])
  })

  it('a bare sceptical tag questions the title before it', () => {
    assert.deepEqual(hollow('Le client au centre\n\nSérieusement ?\n\nLes organisations se réorganisent rarement autour de lui.', 'fr'), [])
    assert.deepEqual(hollow('Customer first. Really?', 'en'), [])
  })

  it('a slogan the organisation takes up as its own stays a claim', () => {
    assert.deepEqual(hollow('Le client est roi. Cette formule guide tout ce que nous faisons.', 'fr'), ['Le client est roi'])
    assert.deepEqual(hollow('Customers always come first. This motto guides every decision we make.', 'en'), ['Customers always come first'])
    assert.deepEqual(hollow('Customer service is our top priority. I know it sounds like a cliché, but I truly mean it.', 'en'), ['Customer service is our top priority'])
  })

  it('the same claim followed by ordinary copy is still reported', () => {
    assert.deepEqual(hollow('Le client est roi. Notre boutique ouvre ses portes en mars.', 'fr'), ['Le client est roi'])
    assert.deepEqual(hollow('Customers always come first. Our new store opens in March.', 'en'), ['Customers always come first'])
  })

  it('a short question is a hook: its claim still counts', () => {
    assert.deepEqual(hollow('Votre satisfaction, notre priorité ? Nous y veillons chaque jour.', 'fr'), ['Votre satisfaction, notre priorité'])
    assert.deepEqual(hollow('Votre satisfaction, notre priorité ? Remboursement sous 14 jours si vous ne l’êtes pas.', 'fr'), [])
  })

  it('a claim inside a real question is asked about, not made', () => {
    assert.deepEqual(hollow('Vos conseillers sont-ils vraiment à l’écoute de chaque client qui appelle ?', 'fr'), [])
    assert.deepEqual(hollow('Do your staff really listen to every customer who calls in?', 'en'), [])
  })
})

describe('genre: an essay about customer-centricity', () => {
  const essay = [
    'Le client au centre',
    '',
    'Les entreprises affirment toutes placer le client au centre de leur stratégie.',
    '',
    '« Le client est roi » : la formule est un poncif que chaque dirigeant répète en séminaire.',
    '',
    'Beaucoup de marques se disent à l’écoute de leurs clients, puis ferment leur standard le samedi.',
    '',
    'Placer le client au cœur de l’organisation suppose de changer les primes des vendeurs.'
  ].join('\n')

  it('reports no hollow claim: its title names the concept the essay discusses', () => {
    const result = lint(essay, {format: 'plaintext', lang: 'fr'})
    assert.deepEqual(result.messages.filter((m) => m.ruleId === 'hollow-claim'), [])
    assert.equal(result.stats.hollow, 0)
    assert.ok(result.stats.mentions >= 4, JSON.stringify(result.stats))
    assert.ok(result.claims.every((c) => c.status !== 'hollow'))
  })

  it('more mentions than claims, three at least, reads as an essay; as many claims as mentions, as a page', () => {
    const mentions = [
      'Beaucoup de marques se disent à l’écoute de leurs clients.',
      'Le « client roi » est devenu un poncif des plaquettes.',
      'Les entreprises affirment toutes placer le client au centre.'
    ]
    const claims = ['Chez nous, votre satisfaction est notre priorité.', 'Notre équipe reste à votre écoute.', 'Nous sommes proches de nos clients.']
    const essay = lint([...mentions, ...claims.slice(0, 2)].join('\n\n'), {format: 'plaintext', lang: 'fr'})
    assert.deepEqual([essay.stats.hollow, essay.messages.filter((m) => m.ruleId === 'hollow-claim').length], [0, 0], JSON.stringify(essay.stats))
    const page = lint([...mentions, ...claims].join('\n\n'), {format: 'plaintext', lang: 'fr'})
    assert.equal(page.stats.hollow, 3, JSON.stringify(page.stats))
  })

  it('a company page with one mention keeps its claims', () => {
    const page = [
      'Nos engagements',
      '',
      'Beaucoup d’entreprises se disent à l’écoute de leurs clients.',
      '',
      'Chez nous, votre satisfaction est notre priorité.',
      '',
      'Notre équipe reste à votre écoute.'
    ].join('\n')
    const result = lint(page, {format: 'plaintext', lang: 'fr'})
    assert.equal(result.messages.filter((m) => m.ruleId === 'hollow-claim').length, 2)
    assert.equal(result.stats.hollow, 2)
  })
})

describe('quotations: reported slogans and a spokesperson’s own credo', () => {
  it('a slogan quoted of a brand is a mention; the first-person credo of one of its people is a claim', () => {
    assert.deepEqual(hollow('« Le client est roi », affiche la vitrine de l’enseigne.', 'fr'), [])
    assert.deepEqual(hollow('« Chez nous, le client est roi », explique la gérante du magasin.', 'fr'), ['le client est roi'])
    assert.deepEqual(hollow('"We always put our customers first," said the founder of the bakery.', 'en'), ['put our customers first'])
  })

  it('a quotation spanning several sentences is quoted material', () => {
    assert.deepEqual(hollow('Then comes the recording: “All our lines are busy. Your call is important to us. Please hold.” I hung up.', 'en'), [])
  })
})

describe('genre: a FAQ is no essay', () => {
  it('questions about the service do not make a page an essay', () => {
    const faq = [
      'Êtes-vous vraiment à l’écoute de chaque client qui appelle ?',
      '',
      'Nous sommes toujours à votre écoute.',
      '',
      'Vos conseillers sont-ils disponibles pour moi le samedi matin ?',
      '',
      'Notre équipe reste à votre disposition.',
      '',
      'Votre service client est-il vraiment réactif quand il y a urgence ?',
      '',
      'La satisfaction de nos clients est-elle votre priorité absolue ?',
      '',
      'Le client est-il roi chez vous, comme le disent vos affiches ?'
    ].join('\n')
    const result = lint(faq, {format: 'plaintext', lang: 'fr'})
    assert.equal(result.messages.filter((m) => m.ruleId === 'hollow-claim').length, 2, JSON.stringify(result.stats))
  })
})
