import * as assert from 'node:assert/strict'
import type {LintResult} from '../../../src/extension/engine.ts'
import {buildReview, formatRatio, reviewToMarkdown, type ReviewStrings} from '../../../src/extension/review/model.ts'
import {lint} from '../../../src/core/index.ts'

const strings: ReviewStrings = {heading: 'Review', claims: 'Claims', backed: 'Backed', hollow: 'Hollow', silenced: 'Silenced', commitments: 'Commitments', sayDo: 'Say/do', sayDoHelp: 'Claims per commitment.', locale: 'en', noSection: '(intro)', noFinding: 'Nothing.', line: 'Line', rewrites: 'Rewrite:', setAside: 'Other claims', mention: 'Quoted', backedBy: 'by', commitmentList: 'Commitments of this page', disputed: 'contradicted elsewhere'}

function finding(offset: number, line: number, section?: string): LintResult['messages'][number] {
  const start = {line, column: 1, offset}
  const end = {line, column: 18, offset: offset + 17}
  return {ruleId: 'hollow-claim', source: 'promesse', severity: 'warning', start, end, line, column: 1, endLine: line, endColumn: 18, message: 'Promesse creuse.', actual: 'le client est roi', expected: ['Nous répondons sous ${1:24} h.'], fixes: [{start: offset, end: offset + 18, text: 'Nous répondons sous 24 h.', snippet: 'Nous répondons sous ${1:24} h.'}], note: 'Quel engagement ?', url: '', lang: 'fr', section}
}

describe('extension: review model', () => {
  const result: LintResult = {messages: [finding(80, 9, 'Service'), finding(10, 2)], claims: [], stats: {claims: 3, backed: 1, hollow: 2, silenced: 0, mentions: 0, commitments: 2}, commitments: [], disclaimers: [], configErrors: [], blockErrors: []}

  it('groups findings by section in document order, and computes the say/do ratio', () => {
    const review = buildReview('doc.md', result)
    assert.deepEqual(review.sections.map((s) => [s.title, s.findings.map((f) => f.line)]), [['', [2]], ['Service', [9]]])
    assert.equal(review.sayDoRatio, 1.5)
    assert.equal(review.sections[0].findings[0].rewrites[0], 'Nous répondons sous [24] h.')
  })

  it('writes the ratio as the UI language writes numbers', () => {
    assert.equal(formatRatio(0.3, 'fr'), '0,3')
    assert.equal(formatRatio(0.3, 'en'), '0.3')
    assert.equal(formatRatio(1.5), '1.5')
    assert.equal(formatRatio(2, 'fr'), '2')
  })

  it('says ∞ when there are claims and no commitment, 0 with no claim', () => {
    assert.equal(formatRatio(buildReview('a', {...result, stats: {...result.stats, commitments: 0}}).sayDoRatio), '∞')
    assert.equal(buildReview('a', {...result, messages: [], stats: {claims: 0, backed: 0, hollow: 0, silenced: 0, mentions: 0, commitments: 0}}).sayDoRatio, 0)
  })

  it('exports a Markdown review with the scorecard and one heading per section', () => {
    const md = reviewToMarkdown(buildReview('doc.md', result), strings)
    assert.match(md, /^# Review — doc\.md$/m)
    assert.match(md, /^\| 3 \| 1 \| 2 \| 2 \| 1\.5 \|$/m)
    assert.match(md, /^## \(intro\)$/m)
    assert.match(md, /^## Service$/m)
    assert.match(md, /«\u00a0le client est roi\u00a0»/)
    assert.doesNotMatch(md, /Silenced/)
  })

  it('lists the other claims apart, in document order, with their lines', () => {
    const claims: LintResult['claims'] = [
      {status: 'mention', family: 'mention', lang: 'fr', start: 50, end: 60, actual: 'client roi'},
      {status: 'hollow', family: 'king', lang: 'fr', start: 10, end: 27, actual: 'le client est roi'},
      {status: 'backed', family: 'priority', lang: 'fr', start: 30, end: 40, actual: 'priorité'},
      {status: 'hollow', family: 'king', lang: 'fr', start: 70, end: 87, actual: 'le client est roi', silenced: true}
    ]
    const review = buildReview('doc.md', {...result, claims}, (offset) => Math.floor(offset / 10) + 1)
    assert.deepEqual(review.setAside.map((c) => [c.status, c.line]), [['backed', 4], ['mention', 6], ['silenced', 8]])
    const md = reviewToMarkdown(review, strings)
    assert.match(md, /^## Other claims$/m)
    assert.match(md, /^- \*\*Line 6\*\* «\u00a0client roi\u00a0» — Quoted$/m)
  })

  it('names the commitment that backs each backed claim: in its sentence, the next one, or the one before', () => {
    const text = 'Votre satisfaction est notre priorité : nous remboursons sous 14 jours.\n\nNous sommes à votre écoute. Nous répondons sous 24 h ouvrées.\n\nLivraison sous 48 h. Nous expédions au plus vite.\n'
    const review = buildReview('page.md', lint(text, {lang: 'fr'}), (offset) => text.slice(0, offset).split('\n').length)
    assert.deepEqual(review.setAside.map((c) => [c.status, c.actual, c.backing]), [
      ['backed', 'Votre satisfaction est notre priorité', '14 jours'],
      ['backed', 'à votre écoute', '24 h'],
      ['backed', 'expédions au plus vite', '48 h']
    ])
    assert.match(reviewToMarkdown(review, strings), /^- \*\*Line 3\*\* «\u00a0à votre écoute\u00a0» — Backed by «\u00a024 h\u00a0»$/m)
  })

  it('shows silenced claims apart, only when there are some', () => {
    const md = reviewToMarkdown(buildReview('doc.md', {...result, stats: {...result.stats, claims: 4, silenced: 1}}), strings)
    assert.match(md, /^\| Claims \| Backed \| Hollow \| Silenced \| Commitments \| Say\/do \|$/m)
    assert.match(md, /^\| 4 \| 1 \| 2 \| 1 \| 2 \| 2 \|$/m)
  })

  it('lists the page’s commitments with subject and value, marking those contradicted', () => {
    const text = 'Nous répondons sous 24 h.\n\nNotre boutique est ouverte du lundi au samedi.\n\nNotre équipe vous répond sous 48 h.'
    const review = buildReview('contact.md', lint(text, {lang: 'fr'}), (offset) => text.slice(0, offset).split('\n').length)
    assert.deepEqual(
      review.commitments.map((c) => [c.line, c.words, c.subject, c.label, c.disputed]),
      [[1, '24 h', 'response', '1 d', true], [3, 'lundi au samedi', 'shop', 'Mon-Sat', false], [5, '48 h', 'response', '2 d', true]]
    )
    const md = reviewToMarkdown(review, strings)
    assert.match(md, /## Commitments of this page\n\n- \*\*Line 1\*\* 24 h — response, 1 d \(contradicted elsewhere\)/)
  })
})
