import assert from 'node:assert/strict'
import {formatEvalText, parseItems, scoreItems, type EvalItem} from '../../src/cli/eval-score.ts'

const item = (id: string, lang: 'fr' | 'en' | undefined, label: EvalItem['label']): EvalItem =>
  lang ? {id, lang, label, text: `text ${id}`} : {id, label, text: `text ${id}`}

describe('promesse eval: parsing', () => {
  it('reads items and reports each bad line by number, skipping blank lines', () => {
    const text = [
      '{"id": "a", "lang": "fr", "text": "Nous rappelons sous 2 h.", "label": "backed"}',
      '',
      '{"id": 7, "text": "Customers first, always.", "label": "hollow"}',
      '{"id": "b", "text": "x", "label": "maybe"}',
      'not json',
      '{"id": "c", "lang": "de", "text": "x", "label": "none"}',
      '{"text": "no id", "label": "none"}',
      '["a"]\r'
    ].join('\n')
    const {items, badLines} = parseItems(text)
    assert.deepEqual(items, [
      {id: 'a', lang: 'fr', text: 'Nous rappelons sous 2 h.', label: 'backed'},
      {id: '7', text: 'Customers first, always.', label: 'hollow'}
    ])
    assert.deepEqual(badLines.map((b) => b.line), [4, 5, 6, 7, 8])
    assert.match(badLines[0]!.reason, /"label" must be one of hollow, backed, mention, none/)
    assert.match(badLines[1]!.reason, /not valid JSON/)
    assert.match(badLines[2]!.reason, /"lang" must be fr or en/)
    assert.match(badLines[3]!.reason, /"id" is missing/)
  })
})

describe('promesse eval: scoring', () => {
  // fr: 3 hollow (2 flagged), 1 mention flagged, 1 none → P 2/3, R 2/3
  // en: 2 hollow (2 flagged), 1 backed not flagged → P 1, R 1
  // no lang: 1 hollow missed
  const items = [
    item('f1', 'fr', 'hollow'), item('f2', 'fr', 'hollow'), item('f3', 'fr', 'hollow'), item('f4', 'fr', 'mention'), item('f5', 'fr', 'none'),
    item('e1', 'en', 'hollow'), item('e2', 'en', 'hollow'), item('e3', 'en', 'backed'),
    item('x1', undefined, 'hollow')
  ]
  const flagged = [true, true, false, true, false, true, true, false, false]
  const report = scoreItems(items, flagged)

  it('computes precision, recall and F1 of hollow per language and overall', () => {
    const fr = report.scores.fr!
    assert.deepEqual([fr.tp, fr.fp, fr.fn], [2, 1, 1])
    assert.equal(fr.precision, 2 / 3)
    assert.equal(fr.recall, 2 / 3)
    assert.ok(Math.abs(fr.f1! - 2 / 3) < 1e-12)
    assert.deepEqual([report.scores.en!.precision, report.scores.en!.recall, report.scores.en!.f1], [1, 1, 1])
    const overall = report.scores.overall!
    assert.deepEqual([overall.items, overall.tp, overall.fp, overall.fn], [9, 4, 1, 2])
    assert.equal(overall.precision, 4 / 5)
    assert.equal(overall.recall, 4 / 6)
    assert.deepEqual(Object.keys(report.scores), ['auto', 'en', 'fr', 'overall'])
  })

  it('breaks flagged items down by label', () => {
    assert.deepEqual(report.scores.overall!.byLabel, {
      hollow: {items: 6, flagged: 4, rate: 4 / 6},
      backed: {items: 1, flagged: 0, rate: 0},
      mention: {items: 1, flagged: 1, rate: 1},
      none: {items: 1, flagged: 0, rate: 0}
    })
  })

  it('lists misses and false alarms with their ids and texts', () => {
    assert.deepEqual(report.misses.map((m) => m.id), ['f3', 'x1'])
    assert.deepEqual(report.falseAlarms, [{id: 'f4', lang: 'fr', label: 'mention', text: 'text f4', matched: []}])
  })

  it('keeps what the engine said about each error', () => {
    const verdicts = items.map((i) => ({matched: [`words ${i.id}`], seen: [`seen ${i.id}`]}))
    const detailed = scoreItems(items, flagged, verdicts)
    assert.deepEqual(detailed.falseAlarms.map((f) => f.matched), [['words f4']])
    assert.deepEqual(detailed.misses.map((m) => m.seen), [['seen f3'], ['seen x1']])
  })

  it('leaves precision undefined (null) when nothing is flagged', () => {
    const none = scoreItems([item('n', 'en', 'none')], [false]).scores.overall!
    assert.equal(none.precision, null)
    assert.equal(none.recall, null)
    assert.equal(none.f1, null)
  })

  it('prints the confusion without the lists unless asked', () => {
    const out = formatEvalText({file: 'items.jsonl', ...report, badLines: [], millis: 5})
    assert.match(out, /confusion: items flagged as hollow, by label/)
    assert.match(out, /misses \(hollow, not flagged\): 2\nfalse alarms \(flagged, not hollow\): 1\n\(--errors lists them/)
    assert.doesNotMatch(out, /text f3/)
  })

  it('prints the tables and lists as text', () => {
    const out = formatEvalText({file: 'items.jsonl', ...report, badLines: [{line: 3, reason: 'not valid JSON'}], millis: 5}, {errors: true})
    assert.match(out, /^fr +5 +0\.667 +0\.667 +0\.667 +2 +1 +1$/m)
    assert.match(out, /^overall +9 +0\.800 +0\.667 +0\.727 +4 +1 +2$/m)
    assert.match(out, /^mention +0\/0 \(—\) +0\/0 \(—\) +1\/1 \(100\.0 %\) +1\/1 \(100\.0 %\)$/m)
    assert.match(out, /misses \(hollow, not flagged\): 2\n {2}f3 \[fr\] text f3\n {6}seen: no claim\n {2}x1 \[auto\] text x1/)
    assert.match(out, /false alarms \(flagged, not hollow\): 1\n {2}f4 \[fr, mention\] text f4\n {6}matched: \n/)
    assert.match(out, /line 3: not valid JSON/)
  })
})
