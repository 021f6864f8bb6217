import * as assert from 'node:assert/strict'
import {MAX_PUBLISHED, pickShown} from '../../../src/extension/shown.ts'

const at = (...lines: number[]) => lines.map((line) => ({line}))

describe('extension: findings published on a long document', () => {
  it('publishes them all up to the limit', () => {
    assert.deepEqual(pickShown(at(1, 5, 9), 3, [{start: 100, end: 120}]), at(1, 5, 9))
  })

  it('past the limit, the ones nearest the lines on screen, in document order', () => {
    const messages = at(1, 10, 50, 60, 61, 200)
    // Lines 55–65 on screen (0-based 54–64): 50, 60, 61 are nearest, then 10 before 200.
    assert.deepEqual(pickShown(messages, 3, [{start: 54, end: 64}]), at(50, 60, 61))
    assert.deepEqual(pickShown(messages, 4, [{start: 54, end: 64}]), at(10, 50, 60, 61))
    // Two editors on the same document: both places count.
    assert.deepEqual(pickShown(messages, 2, [{start: 0, end: 3}, {start: 199, end: 205}]), at(1, 200))
  })

  it('with nothing on screen, the first ones; never more than VS Code keeps', () => {
    assert.deepEqual(pickShown(at(1, 2, 3, 4), 2, []), at(1, 2))
    const many = at(...Array.from({length: 1500}, (_, i) => i + 1))
    assert.equal(pickShown(many, 5000, []).length, MAX_PUBLISHED)
  })
})
