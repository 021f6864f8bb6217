/** Front matter: the copy a CMS keeps in fields of any name and depth is linted, its keys and identifiers never. */
import assert from 'node:assert/strict'
import {lint} from '../../src/core/index.ts'
import {readsAsProse} from '../../src/core/source/frontmatter.ts'

const page = `---
layout: a-propos
title: À propos
image: /img/atelier.jpg
presentation:
  intro: Qui sommes-nous
  texteGauche: |
    Nous sommes à votre écoute du matin au soir, ou presque.
    Une équipe disponible et réactive.
valeurs:
  - titre: Écoute
    detail: >-
      Votre satisfaction est notre priorité,
      chaque jour de l'année.
  - titre: Proximité
    detail: "Nous restons proches de nos clients."
date: 2024-05-01
couleur: "#ff8800"
link: https://exemple.fr/le-client-est-roi
slug: le client est roi
bouton:
  label: Contactez-nous
  url: /contact
---

Le reste de la page.
`

describe('front matter: prose in fields of any name and depth', () => {
  it('finds the claims in nested fields, lists and block scalars, with ranges that slice their words', () => {
    const {messages} = lint(page, {format: 'markdown', lang: 'fr'})
    assert.deepEqual(
      messages.map((m) => [m.actual, m.line]),
      [['à votre écoute', 8], ['équipe disponible et réactive', 9], ['Votre satisfaction est notre priorité', 13], ['proches de nos clients', 16]]
    )
    for (const m of messages) assert.equal(page.slice(m.start.offset, m.end.offset), m.actual)
  })

  it('never reads keys, URLs, slugs, dates, colours or one-word labels', () => {
    const {messages} = lint(page, {format: 'markdown', lang: 'fr'})
    const flagged = messages.map((m) => page.slice(m.start.offset, m.end.offset)).join(' | ')
    assert.doesNotMatch(flagged, /le-client|le client est roi|#ff8800|atelier|a-propos/)
    for (const value of ['https://exemple.fr/a', '/contact', '2024-05-01', '#ff8800', 'Contactez-nous', 'Écoute', '{{ site.title }}']) {
      assert.equal(readsAsProse(value), false, value)
    }
    assert.equal(readsAsProse('Une équipe disponible'), true)
  })

  it('a hostile front matter (deep nesting, aliases) never throws and keeps ranges in bounds', () => {
    const deep = '---\n' + Array.from({length: 200}, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') + ' le client est roi, vraiment\n---\n'
    const aliases = '---\na: &a [le client est roi, le client est roi]\nb: [*a, *a, *a, *a]\nc: [*b, *b, *b, *b]\n---\n'
    for (const text of [deep, aliases]) {
      const {messages} = lint(text, {format: 'markdown', lang: 'fr'})
      for (const m of messages) assert.ok(m.start.offset >= 0 && m.end.offset <= text.length)
    }
  })

  it('the config adds keys to read or to skip (frontMatter.include / exclude)', () => {
    const text = '---\nname: Une équipe à votre écoute\npresentation:\n  texte: Le client est roi chez nous.\n---\n'
    const actual = (config: object) => lint(text, {format: 'markdown', lang: 'fr', config}).messages.map((m) => m.actual)
    assert.deepEqual(actual({}), ['Le client est roi'], '`name` is no prose by default')
    assert.deepEqual(actual({frontMatter: {include: ['name'], exclude: ['presentation']}}), ['à votre écoute'])
    assert.deepEqual(lint(text, {format: 'markdown', config: {frontMatter: {only: ['x']}} as never}).configErrors.map((e) => e.field), ['frontMatter.only'])
  })
})
