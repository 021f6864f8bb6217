/**
 * Golden snapshot: what `lint()` reports on each page of `examples/` — rule, range, message, note,
 * rewrites and the edit each makes — pinned in `test/fixtures/snapshots/examples.json`, so that a
 * change of wording, range or rewrite shows in review as a diff of that file.
 *
 * After a deliberate change, rewrite the snapshot and review its diff:
 *
 *   UPDATE_SNAPSHOTS=1 npx mocha --no-package --node-option import=tsx test/core/examples-snapshot.test.ts
 */
import assert from 'node:assert/strict'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {formatOf, lint, type Message} from '../../src/core/index.ts'

const EXAMPLES = new URL('../../examples/', import.meta.url)
const SNAPSHOT = new URL('../fixtures/snapshots/examples.json', import.meta.url)

/** A message as the snapshot keeps it: what a writer and a reviewer read, nothing derived. */
function pinned(m: Message) {
  return {
    rule: m.ruleId,
    severity: m.severity,
    range: `${m.line}:${m.column}-${m.endLine}:${m.endColumn}`,
    offsets: `${m.start.offset}-${m.end.offset}`,
    actual: m.actual,
    family: m.family,
    lang: m.lang,
    message: m.message,
    note: m.note,
    expected: m.expected,
    fixes: m.fixes.map((f) => ({offsets: `${f.start}-${f.end}`, text: f.text}))
  }
}

describe('golden snapshot of lint() over examples/', () => {
  const files = readdirSync(EXAMPLES).filter((name) => !name.startsWith('.')).sort()
  const actual = Object.fromEntries(
    files.map((name) => {
      const result = lint(readFileSync(new URL(name, EXAMPLES), 'utf8'), {format: formatOf(name), lang: 'auto'})
      return [name, {stats: result.stats, messages: result.messages.map(pinned)}]
    })
  )

  if (process.env['UPDATE_SNAPSHOTS']) {
    it('rewrites the snapshot (UPDATE_SNAPSHOTS is set)', () => {
      writeFileSync(SNAPSHOT, JSON.stringify(actual, null, 2) + '\n')
    })
    return
  }

  const expected = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as Record<string, unknown>

  it('has a snapshot for every example page, and none for a page that is gone', () => {
    assert.deepEqual(Object.keys(expected).sort(), files)
  })

  for (const name of files) {
    it(`${name}: the same messages, ranges, rewrites and fixes (UPDATE_SNAPSHOTS=1 to accept a change)`, () => {
      assert.deepEqual(actual[name], expected[name])
    })
  }
})
