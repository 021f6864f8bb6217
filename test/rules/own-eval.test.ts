import assert from 'node:assert/strict'
import {readFileSync} from 'node:fs'
import {lint} from '../../src/core/index.ts'
import type {Lang} from '../../src/core/types.ts'

/**
 * Regression floors on our own labelled copy (`test/fixtures/eval/own.jsonl`: 317 sentences
 * written for the project, 60 % French, hollow / backed / mention / none with hard distractors).
 * The rules were tuned on this set, so its figures overstate what unseen copy gets; the floors
 * sit a little under what the rules reach, to catch regressions in vocabulary or scope.
 */
type Label = 'hollow' | 'backed' | 'mention' | 'none'
interface Item {
  id: string
  lang: Lang
  text: string
  label: Label
}

const items: Item[] = readFileSync(new URL('../fixtures/eval/own.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Item)

function isFlagged(item: Item): boolean {
  return lint(item.text, {format: 'plaintext', lang: item.lang}).messages.some((m) => m.ruleId === 'hollow-claim')
}

describe('own evaluation set (test/fixtures/eval/own.jsonl)', () => {
  const flagged = new Map<string, boolean>()
  before(() => {
    for (const item of items) flagged.set(item.id, isFlagged(item))
  })

  function stats(lang: Lang) {
    const mine = items.filter((i) => i.lang === lang)
    const count = (label: Label, hit: boolean) => mine.filter((i) => i.label === label && flagged.get(i.id) === hit).length
    const total = (label: Label) => mine.filter((i) => i.label === label).length
    const tp = count('hollow', true)
    const fp = mine.filter((i) => i.label !== 'hollow' && flagged.get(i.id)).length
    return {
      precision: tp + fp === 0 ? 0 : tp / (tp + fp),
      recall: tp / total('hollow'),
      mentionRate: count('mention', true) / total('mention'),
      noneRate: count('none', true) / total('none'),
      backedRate: count('backed', true) / total('backed'),
      misses: mine.filter((i) => i.label === 'hollow' && !flagged.get(i.id)).map((i) => i.id),
      falseAlarms: mine.filter((i) => i.label !== 'hollow' && flagged.get(i.id)).map((i) => `${i.id} (${i.label})`)
    }
  }

  it('holds enough items of every label in both languages', () => {
    for (const lang of ['fr', 'en'] as const) {
      for (const label of ['hollow', 'backed', 'mention', 'none'] as const) {
        assert.ok(items.filter((i) => i.lang === lang && i.label === label).length >= 10, `${lang} ${label}`)
      }
    }
    assert.ok(items.length >= 150)
  })

  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: hollow precision ≥ 0.93 and recall ≥ 0.90`, () => {
      const s = stats(lang)
      assert.ok(s.precision >= 0.93, `precision ${s.precision.toFixed(3)}; false alarms: ${s.falseAlarms.join(', ')}`)
      assert.ok(s.recall >= 0.9, `recall ${s.recall.toFixed(3)}; misses: ${s.misses.join(', ')}`)
    })

    it(`${lang}: mentions ≤ 5 %, ordinary uses ≤ 2 %, backed claims ≤ 10 % flagged`, () => {
      const s = stats(lang)
      assert.ok(s.mentionRate <= 0.05, `mentions flagged ${(s.mentionRate * 100).toFixed(1)} %: ${s.falseAlarms.join(', ')}`)
      assert.ok(s.noneRate <= 0.02, `none flagged ${(s.noneRate * 100).toFixed(1)} %: ${s.falseAlarms.join(', ')}`)
      assert.ok(s.backedRate <= 0.1, `backed flagged ${(s.backedRate * 100).toFixed(1)} %: ${s.falseAlarms.join(', ')}`)
    })
  }
})
