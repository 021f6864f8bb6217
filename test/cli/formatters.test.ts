import assert from 'node:assert/strict'
import {colors} from '../../src/cli/color.ts'
import {formatJson, toJsonReport, writeJson} from '../../src/cli/formatters/json.ts'
import {toSarif} from '../../src/cli/formatters/sarif.ts'
import {formatStylish, printable} from '../../src/cli/formatters/stylish.ts'
import {shouldColor} from '../../src/cli/color.ts'
import {RULES} from '../../src/cli/rule-info.ts'
import type {FileReport} from '../../src/cli/report.ts'
import type {Message, Severity} from '../../src/core/types.ts'

/** A message as the engine would produce it for `actual` found at `offset` on line 1 of `text`. */
function message(text: string, actual: string, severity: Severity = 'warning', ruleId: Message['ruleId'] = 'hollow-claim'): Message {
  const offset = text.indexOf(actual)
  const column = offset + 1
  return {
    ruleId, source: 'promesse', severity,
    start: {line: 1, column, offset}, end: {line: 1, column: column + actual.length, offset: offset + actual.length},
    line: 1, column, endLine: 1, endColumn: column + actual.length,
    message: `“${actual}” promises nothing a customer can check.`, actual,
    expected: ['We answer within ${1:24} h.', 'Call us ${2:Mon–Fri}.'],
    fixes: [
      {start: 0, end: 26, text: 'We answer within 24 h.', snippet: 'We answer within ${1:24} h.'},
      {start: 0, end: 26, text: 'Call us Mon–Fri.', snippet: 'Call us ${2:Mon–Fri}.'}
    ],
    note: 'Say what the customer gets, and when.',
    url: `https://example.test/rules#${ruleId}`, lang: 'en', family: 'priority'
  }
}

const text = 'We put the customer first. Our world-class team 🙂 cares.'
const reports: FileReport[] = [
  {file: 'docs/about.md', messages: [message(text, 'customer first'), message(text, 'world-class', 'error', 'unverifiable-superlative')]},
  {file: 'docs/empty.md', messages: []}
]

describe('json formatter (stable contract)', () => {
  it('emits exactly the contract fields, in order, for every file including clean ones', () => {
    const parsed = JSON.parse(formatJson(reports))
    assert.deepEqual(parsed.map((r: {file: string}) => r.file), ['docs/about.md', 'docs/empty.md'])
    assert.deepEqual(parsed[1].messages, [])
    const [first] = parsed[0].messages
    assert.deepEqual(Object.keys(first), ['ruleId', 'severity', 'line', 'column', 'endLine', 'endColumn', 'message', 'actual', 'expected', 'fixes', 'note', 'url'])
    assert.deepEqual(first, {
      ruleId: 'hollow-claim', severity: 'warning', line: 1, column: 12, endLine: 1, endColumn: 26,
      message: '“customer first” promises nothing a customer can check.', actual: 'customer first',
      expected: ['We answer within ${1:24} h.', 'Call us ${2:Mon–Fri}.'],
      fixes: [
        {start: 0, end: 26, text: 'We answer within 24 h.', snippet: 'We answer within ${1:24} h.'},
        {start: 0, end: 26, text: 'Call us Mon–Fri.', snippet: 'Call us ${2:Mon–Fri}.'}
      ],
      note: 'Say what the customer gets, and when.',
      url: 'https://example.test/rules#hollow-claim'
    })
  })
})

describe('json formatter, written a piece at a time', () => {
  it('writes exactly what JSON.stringify writes, in pieces, for no file, clean files, many findings and awkward text', () => {
    const awkward = 'Tab\there, "quotes", \\ back, \u2028 line sep, émoji 🙂, NUL \u0000.'
    const many = Array.from({length: 3000}, (_, i) => message(text, i % 2 ? 'customer first' : 'world-class', i % 3 ? 'warning' : 'error'))
    const noNote = {...message(awkward, 'quotes'), note: undefined as unknown as string}
    const cases: FileReport[][] = [
      [],
      [{file: 'empty.md', messages: []}],
      reports,
      [{file: 'a "b".md', messages: [noNote]}, {file: 'big.md', messages: many}, {file: 'z.md', messages: []}]
    ]
    for (const input of cases) {
      const pieces: string[] = []
      writeJson(input, (chunk) => pieces.push(chunk))
      assert.equal(pieces.join(''), JSON.stringify(toJsonReport(input), null, 2) + '\n')
      assert.equal(formatJson(input), pieces.join(''))
      if (input.length === 4) assert.ok(pieces.length > 10 && pieces.every((p) => p.length < 80 * 1024), `${pieces.length} pieces`)
    }
  })
})

describe('sarif formatter', () => {
  const sarif = toSarif(reports, {rules: RULES, version: '9.9.9', informationUri: 'https://example.test', cwd: '/repo', unreadable: [{file: 'docs/bad file.txt', reason: 'looks binary'}]})
  const run = sarif.runs[0]!

  it('is a SARIF 2.1.0 log with the schema, tool driver and rules', () => {
    assert.equal(sarif.version, '2.1.0')
    assert.equal(sarif.$schema, 'https://json.schemastore.org/sarif-2.1.0.json')
    assert.equal(run.tool.driver.name, 'promesse')
    assert.equal(run.tool.driver.version, '9.9.9')
    assert.deepEqual(run.tool.driver.rules.map((r) => r.id), ['hollow-claim', 'vague-promise', 'unverifiable-superlative', 'conflicting-commitment', 'undercut-commitment'])
    for (const rule of run.tool.driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0)
      assert.match(rule.helpUri, /^https:\/\//)
    }
    assert.equal(run.columnKind, 'utf16CodeUnits')
  })

  it('maps each message to a result with level, rule index and a relative region', () => {
    assert.equal(run.results.length, 2)
    const [hollow, superlative] = run.results
    assert.equal(hollow!.ruleId, 'hollow-claim')
    assert.equal(hollow!.ruleIndex, 0)
    assert.equal(hollow!.level, 'warning')
    assert.equal(superlative!.level, 'error')
    assert.equal(superlative!.ruleIndex, 2)
    const location = hollow!.locations[0]!.physicalLocation
    assert.deepEqual(location.artifactLocation, {uri: 'docs/about.md', uriBaseId: '%SRCROOT%'})
    assert.deepEqual(location.region, {startLine: 1, startColumn: 12, endLine: 1, endColumn: 26, snippet: {text: 'customer first'}})
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, 'file:///repo/')
  })

  it('reports unreadable files as failed-execution notifications with an encoded uri', () => {
    assert.equal(run.invocations[0]!.executionSuccessful, false)
    const [notification] = run.invocations[0]!.toolExecutionNotifications
    assert.equal(notification!.level, 'error')
    assert.equal(notification!.locations[0]!.physicalLocation.artifactLocation.uri, 'docs/bad%20file.txt')
  })
})

describe('stylish formatter', () => {
  const plain = colors(false)

  it('never sends a control character to the terminal: a file name cannot clear the screen', () => {
    const hostile = 'docs/\u001b]0;X\u0007\u001b[2Jpage.md'
    const out = formatStylish([{file: hostile, messages: [message(text, 'customer first')]}], plain)
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/.test(out), JSON.stringify(out))
    assert.ok(out.includes('docs/\\x1b]0;X\\x07\\x1b[2Jpage.md'))
    assert.equal(printable('Nous répondons sous 24 h.'), 'Nous répondons sous 24 h.')
  })

  it('prints a header per file with findings, aligned rows, suggestions and an ESLint-like summary', () => {
    const out = formatStylish(reports, plain)
    const lines = out.split('\n')
    assert.equal(lines[1], 'docs/about.md')
    assert.match(lines[2]!, /^ {2}1:12 {2}warning {2}“customer first” promises nothing a customer can check\. {2}hollow-claim$/)
    assert.match(lines[3]!, /^ +“customer first” → We answer within 24 h\.$/)
    assert.match(lines[4]!, /^ {2}1:32 {2}error {4}“world-class” promises nothing a customer can check\. {5}unverifiable-superlative$/)
    assert.ok(!out.includes('docs/empty.md'), 'clean files get no header')
    assert.ok(out.includes('✖ 2 problems (1 error, 1 warning)'))
    assert.ok(!out.includes('\u001b['), 'no colour codes when colours are off')
  })

  it('says how many files were checked when there is nothing to report', () => {
    assert.equal(formatStylish([{file: 'a.md', messages: []}], plain), '✔ 1 file checked, no problems\n')
  })

  it('counts infos separately only when there are some', () => {
    const out = formatStylish([{file: 'a.md', messages: [message(text, 'customer first', 'info')]}], plain)
    assert.ok(out.includes('✖ 1 problem (0 errors, 0 warnings, 1 info)'))
  })

  it('colours severities when colours are on', () => {
    assert.ok(formatStylish(reports, colors(true)).includes('\u001b[31m'))
  })
})

describe('shouldColor', () => {
  it('follows FORCE_COLOR, then NO_COLOR, then whether the stream is a terminal', () => {
    assert.equal(shouldColor({isTTY: true}, {}), true)
    assert.equal(shouldColor({isTTY: false}, {}), false)
    assert.equal(shouldColor({isTTY: true}, {NO_COLOR: '1'}), false)
    assert.equal(shouldColor({isTTY: false}, {FORCE_COLOR: '1'}), true)
    assert.equal(shouldColor({isTTY: true}, {FORCE_COLOR: '0'}), false)
    assert.equal(shouldColor({isTTY: true}, {TERM: 'dumb'}), false)
  })
})
