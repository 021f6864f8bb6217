import assert from 'node:assert/strict'
import {originalRange, parseBlock, splitBlocks} from '../../src/core/source/index.ts'
import type {ProseUnit} from '../../src/core/source/types.ts'
import type {Format} from '../../src/core/types.ts'

/**
 * Every prose char is either a copy of the original char at its offset, an inserted space,
 * or a character reference decoded from the `&…;` at its offset; offsets are monotonic and in bounds.
 */
export function assertMapsBack(unit: ProseUnit, blockText: string): void {
  const {text, offsets} = unit
  assert.equal(offsets.length, text.length + 1)
  for (let i = 0; i < text.length; i++) {
    const o = offsets[i]!
    assert.ok(o >= 0 && o < blockText.length, `offset ${o} of ${JSON.stringify(text[i])} out of bounds`)
    if (i > 0) assert.ok(o >= offsets[i - 1]!, 'offsets go backwards')
    const original = blockText[o]
    if (text[i] === original || text[i] === ' ' || original === '&') continue
    assert.fail(`prose char ${JSON.stringify(text[i])} at ${i} maps to ${JSON.stringify(original)} at ${o}`)
  }
  assert.ok(offsets[text.length]! >= offsets[Math.max(0, text.length - 1)]!)
  assert.ok(offsets[text.length]! <= blockText.length)
}

/** The unit holding `needle`, failing when none does. */
export function unitWith(units: ProseUnit[], needle: string): ProseUnit {
  const unit = units.find((u) => u.text.includes(needle))
  assert.ok(unit, `no unit holds ${JSON.stringify(needle)}; units: ${JSON.stringify(units.map((u) => u.text))}`)
  return unit
}

/** Asserts that `word`, found in a unit's prose, slices back out of the original as itself. */
export function assertWordSlices(units: ProseUnit[], blockText: string, word: string): void {
  const unit = unitWith(units, word)
  const at = unit.text.indexOf(word)
  const range = originalRange(unit, blockText, at, at + word.length)
  assert.equal(blockText.slice(range.start, range.end), word)
}

/** Parses a whole document block by block, checking every unit's mapping; returns the units' texts. */
export function parseDocument(text: string, format: Format): {units: ProseUnit[]; blocks: string[]} {
  const units: ProseUnit[] = []
  const blocks: string[] = []
  for (const b of splitBlocks(text, format)) {
    const blockText = text.slice(b.start, b.end)
    blocks.push(blockText)
    const parsed = parseBlock(blockText, format, {atStart: b.start === 0})
    for (const u of parsed.units) assertMapsBack(u, blockText)
    units.push(...parsed.units)
  }
  return {units, blocks}
}
