/**
 * The CLI as a spawned process. Tests under "with the engine's findings" need the real detector to
 * flag the obvious claims of test/fixtures/cli (« Le client est roi. », "We put the customer first.").
 */
import assert from 'node:assert/strict'
import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {ensureBuilt, json, repo, runCli} from './helpers.ts'
import type {Message} from '../../src/core/types.ts'

/** What the JSON formatter prints of each message: the engine's contract fields. */
type JsonMessage = Pick<Message, 'ruleId' | 'severity' | 'line' | 'column' | 'endLine' | 'endColumn' | 'message' | 'actual' | 'expected' | 'note' | 'url'>
type JsonReport = {file: string; messages: JsonMessage[]}[]

const version = JSON.parse(readFileSync(path.join(repo, 'package.json'), 'utf8')).version as string

function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'promesse-cli-'))
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), {recursive: true})
    writeFileSync(path.join(root, name), content)
  }
  return root
}

describe('promesse (spawned)', function () {
  this.timeout(60000)
  const temps: string[] = []
  const temp = (files: Record<string, string | Uint8Array>) => {
    const root = tempTree(files)
    temps.push(root)
    return root
  }
  before(ensureBuilt)
  after(() => temps.forEach((root) => rmSync(root, {recursive: true, force: true})))

  describe('usage', () => {
    it('prints help and exits 0', () => {
      const run = runCli(['--help'])
      assert.equal(run.code, 0)
      assert.match(run.stdout, /^Usage: promesse/)
      assert.match(run.stdout, /--max-warnings N/)
    })

    it('prints the package version', () => {
      const run = runCli(['--version'])
      assert.equal(run.code, 0)
      assert.equal(run.stdout.trim(), version)
    })

    it('exits 2 with a message on an unknown option or a bad value', () => {
      for (const args of [['--frobnicate'], ['--format', 'xml', 'clean'], ['--max-warnings', 'lots', 'clean']]) {
        const run = runCli(args)
        assert.equal(run.code, 2, args.join(' '))
        assert.match(run.stderr, /^promesse: .+\nRun "promesse --help" for usage\./)
        assert.equal(run.stdout, '')
      }
    })
  })

  describe('clean input', () => {
    it('exits 0 and says the files were checked (stylish)', () => {
      const run = runCli(['clean'])
      assert.equal(run.code, 0, run.stderr)
      assert.equal(run.stdout, '✔ 1 file checked, no problems\n')
    })

    it('lists the file with no messages in json', () => {
      const run = runCli(['--format', 'json', 'clean'])
      assert.equal(run.code, 0)
      assert.deepEqual(json(run), [{file: path.join('clean', 'hours.md'), messages: []}])
    })

    it('colours only when asked (FORCE_COLOR) and never with NO_COLOR', () => {
      assert.ok(runCli(['clean'], {env: {FORCE_COLOR: '1'}}).stdout.includes('\u001b['))
      assert.ok(!runCli(['clean'], {env: {NO_COLOR: '1'}}).stdout.includes('\u001b['))
    })

    it('shows no progress bar when stderr is not a terminal, even for many files', () => {
      const files = Object.fromEntries(Array.from({length: 8}, (_, i) => [`page-${i}.md`, 'Livraison sous 48 h.\n']))
      const run = runCli(['.'], {cwd: temp(files)})
      assert.equal(run.code, 0)
      assert.equal(run.stderr, '')
      assert.match(run.stdout, /8 files checked/)
    })
  })

  describe('stdin', () => {
    it('reads "-" and names it after --stdin-filename', () => {
      const run = runCli(['-', '--stdin-filename', 'notes/today.md', '--format', 'json'], {input: 'Retour gratuit sous 30 jours.\n'})
      assert.equal(run.code, 0, run.stderr)
      assert.deepEqual(json(run), [{file: 'notes/today.md', messages: []}])
    })

    it('calls it <stdin> without a name', () => {
      const run = runCli(['-', '--format', 'json'], {input: 'Hello.\n'})
      assert.deepEqual(json<JsonReport>(run).map((r) => r.file), ['<stdin>'])
    })

    it('reports binary standard input by name', () => {
      const run = runCli(['-'], {input: 'a\u0000b'})
      assert.equal(run.code, 2)
      assert.match(run.stderr, /<stdin> looks binary/)
    })

    it('refuses standard input over the size limit of a file, by name, without reading on', () => {
      const run = runCli(['-'], {input: 'x'.repeat(10 * 1024 * 1024 + 1)})
      assert.equal(run.code, 2)
      assert.match(run.stderr, /<stdin> is too large \(over 10 MB/)
    })
  })

  describe('files that cannot be read', () => {
    it('reports each by name on stderr, lints the rest, and exits 2', () => {
      const root = temp({
        'good.md': 'Remboursement sous 14 jours.\n',
        'binary.txt': new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]),
        'latin1.txt': new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x0a])
      })
      const run = runCli(['--format', 'json', 'good.md', 'missing.md', 'binary.txt', 'latin1.txt'], {cwd: root})
      assert.equal(run.code, 2)
      assert.deepEqual(json<JsonReport>(run).map((r) => r.file), ['good.md'])
      assert.match(run.stderr, /^promesse: missing\.md does not exist$/m)
      assert.match(run.stderr, /^promesse: binary\.txt looks binary/m)
      assert.match(run.stderr, /^promesse: latin1\.txt is not valid UTF-8 text \(first bad byte on line 1, at byte 3\)/m)
    })

    it('reports a glob that matches nothing', () => {
      const run = runCli(['nowhere/**/*.md', 'clean'])
      assert.equal(run.code, 2)
      assert.match(run.stderr, /nowhere\/\*\*\/\*\.md matches no file/)
    })
  })

  describe('ignore files', () => {
    it('skips what .gitignore and .promesseignore name when walking, and lints it with --no-ignore', () => {
      const root = temp({
        '.gitignore': 'dist/\n',
        '.promesseignore': 'drafts/\n',
        'site/.promesseignore': 'old.md\n',
        'dist/page.md': 'x\n', 'drafts/idea.md': 'x\n', 'site/old.md': 'x\n', 'site/new.md': 'x\n', 'readme.txt': 'x\n'
      })
      const files = (args: string[]) => json<JsonReport>(runCli(['--format', 'json', ...args], {cwd: root})).map((r) => r.file.split(path.sep).join('/'))
      assert.deepEqual(files(['.']), ['readme.txt', 'site/new.md'])
      assert.deepEqual(files(['--no-ignore', '.']), ['dist/page.md', 'drafts/idea.md', 'readme.txt', 'site/new.md', 'site/old.md'])
    })
  })

  describe('configuration errors', () => {
    it('prints file, field and reason, still lints with defaults, and exits 2', () => {
      const run = runCli(['--format', 'json', 'bad-config'])
      assert.equal(run.code, 2)
      assert.match(run.stderr, /configuration error in bad-config\/\.promesserc\.json: rules\.hollow-claim: expected one of off, info, warning, error, got "warn"/)
      assert.match(run.stderr, /configuration error in bad-config\/\.promesserc\.json: tone: unknown setting/)
      assert.deepEqual(json<JsonReport>(run).map((r) => r.file), [path.join('bad-config', 'page.md')])
    })

    it('reports a --config file that does not exist', () => {
      const run = runCli(['--config', 'nope.yaml', 'clean'])
      assert.equal(run.code, 2)
      assert.match(run.stderr, /configuration error in nope\.yaml: cannot read configuration: file not found/)
    })

    it('reports a YAML syntax error with its line', () => {
      const root = temp({'.promesserc.yaml': 'rules:\n  hollow-claim: error\n   vague-promise: off\n', 'a.md': 'x\n'})
      const run = runCli(['a.md'], {cwd: root})
      assert.equal(run.code, 2)
      assert.match(run.stderr, /configuration error in \.promesserc\.yaml:\d+: invalid YAML at line \d+/)
    })
  })

  describe('sarif', () => {
    it('writes a SARIF 2.1.0 log with the tool, its rules and relative artifact uris', () => {
      const run = runCli(['--format', 'sarif', 'clean', 'missing.md'])
      const log = json<any>(run)
      assert.equal(log.version, '2.1.0')
      assert.match(log.$schema, /sarif-2\.1\.0/)
      const [only] = log.runs
      assert.equal(only.tool.driver.name, 'promesse')
      assert.deepEqual(only.tool.driver.rules.map((r: {id: string}) => r.id), ['hollow-claim', 'vague-promise', 'unverifiable-superlative', 'conflicting-commitment', 'undercut-commitment'])
      assert.deepEqual(only.results, [])
      assert.equal(only.columnKind, 'utf16CodeUnits')
      assert.equal(only.invocations[0].executionSuccessful, false)
      assert.equal(only.invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation.artifactLocation.uri, 'missing.md')
    })
  })

  describe('eval', () => {
    it('reads labelled items, reports bad lines by number, and prints the scores as JSON', () => {
      const run = runCli(['eval', 'eval/items.jsonl', '--json'])
      assert.equal(run.code, 2, 'a bad line makes the run exit 2')
      assert.match(run.stderr, /eval\/items\.jsonl:5: not valid JSON/)
      const report = json<any>(run)
      assert.equal(report.items, 5)
      assert.deepEqual(report.badLines.map((b: {line: number}) => b.line), [5])
      assert.deepEqual(Object.keys(report.scores), ['auto', 'en', 'fr', 'overall'])
      assert.deepEqual(
        Object.fromEntries(Object.entries<{items: number}>(report.scores.overall.byLabel).map(([label, b]) => [label, b.items])),
        {hollow: 2, backed: 0, mention: 1, none: 2}
      )
    })

    it('prints tables as text without --json', () => {
      const run = runCli(['eval', 'eval/items.jsonl'])
      assert.match(run.stdout, /^eval\/items\.jsonl: 5 items in \d+ ms/)
      assert.match(run.stdout, /^overall +5 /m)
      assert.match(run.stdout, /confusion: items flagged as hollow, by label/)
    })

    it('lists each miss and false alarm with the words matched under --errors', () => {
      const run = runCli(['eval', 'eval/errors.jsonl', '--errors'])
      assert.equal(run.code, 0, run.stderr)
      assert.match(run.stdout, /false alarms \(flagged, not hollow\): 1\n {2}fa-1 \[fr, none\] Votre satisfaction est notre priorité\.\n {6}matched: « Votre satisfaction est notre priorité »/)
      assert.match(run.stdout, /mi-1 \[en\] Our lawns are mowed with love\.\n {6}seen: no claim/)
      assert.match(run.stdout, /mi-2 \[fr\] .*\n {6}seen: backed « le client est roi »/)
      assert.doesNotMatch(run.stdout, /ok-1/)
      assert.equal(runCli(['eval', 'eval/errors.jsonl']).stdout.includes('fa-1'), false)
    })

    it('exits 2 when the file cannot be read', () => {
      const run = runCli(['eval', 'eval/absent.jsonl'])
      assert.equal(run.code, 2)
      assert.match(run.stderr, /eval\/absent\.jsonl does not exist/)
    })
  })

  describe("with the engine's findings", () => {
    it('reports hollow claims in json with the full contract, each range slicing its actual', () => {
      const run = runCli(['--format', 'json', 'claims'])
      assert.equal(run.code, 0, 'warnings alone exit 0')
      const reports = json<JsonReport>(run)
      assert.deepEqual(reports.map((r) => r.file), [path.join('claims', 'first.txt'), path.join('claims', 'roi.md')])
      for (const report of reports) {
        const hollow = report.messages.filter((m) => m.ruleId === 'hollow-claim')
        assert.equal(hollow.length, 1, `${report.file}: ${JSON.stringify(report.messages)}`)
        const m = hollow[0]!
        assert.equal(m.severity, 'warning')
        assert.ok(m.expected.length > 0 && m.message.length > 0 && m.note.length > 0 && m.url.length > 0)
        const lines = readFileSync(path.join(repo, 'test/fixtures/cli', report.file), 'utf8').split('\n')
        assert.equal(m.line, m.endLine)
        assert.equal(lines[m.line - 1]!.slice(m.column - 1, m.endColumn - 1), m.actual)
      }
    })

    it('prints them in stylish with the rule id and a summary', () => {
      const run = runCli(['claims'])
      assert.match(run.stdout, /^ {2}\d+:\d+ {2}warning {2}.+ {2}hollow-claim$/m)
      assert.match(run.stdout, /✖ 2 problems \(0 errors, 2 warnings\)/)
    })

    it('exits 1 over --max-warnings and 0 within it', () => {
      const over = runCli(['--max-warnings', '1', 'claims'])
      assert.equal(over.code, 1)
      assert.match(over.stderr, /too many warnings \(2; the maximum is 1\)/)
      assert.equal(runCli(['--max-warnings', '2', 'claims']).code, 0)
    })

    it('exits 1 on error severity set by the config, and --quiet keeps only errors', () => {
      const run = runCli(['--format', 'json', 'severity-error'])
      assert.equal(run.code, 1)
      assert.equal(json<JsonReport>(run)[0]!.messages[0]!.severity, 'error')
      const quietWarnings = runCli(['--quiet', '--format', 'json', 'claims'])
      assert.equal(quietWarnings.code, 0)
      assert.deepEqual(json<JsonReport>(quietWarnings).flatMap((r) => r.messages), [])
      const quietErrors = runCli(['--quiet', '--format', 'json', 'severity-error'])
      assert.equal(json<JsonReport>(quietErrors)[0]!.messages.length, 1)
    })

    it('picks the config of --stdin-filename for standard input', () => {
      const run = runCli(['-', '--stdin-filename', 'severity-error/typed.md', '--format', 'json'], {input: 'We put the customer first.\n'})
      assert.equal(run.code, 1)
      assert.equal(json<JsonReport>(run)[0]!.messages[0]!.severity, 'error')
    })

    it('picks the format of --stdin-filename: a fenced code block is prose in .txt, not in .md', () => {
      const input = '```\nWe put the customer first.\n```\n'
      const lintAs = (name: string) => json<JsonReport>(runCli(['-', '--stdin-filename', name, '--format', 'json'], {input}))[0]!.messages
      assert.deepEqual(lintAs('snippet.md'), [])
      assert.deepEqual(lintAs('snippet.txt').map((m) => m.ruleId), ['hollow-claim'])
    })

    it('still lints with defaults when the config is invalid', () => {
      const run = runCli(['--format', 'json', 'bad-config'])
      assert.equal(run.code, 2)
      assert.deepEqual(json<JsonReport>(run)[0]!.messages.map((m) => [m.ruleId, m.severity]), [['hollow-claim', 'warning']])
    })

    it('puts findings in SARIF results with a region', () => {
      const log = json<any>(runCli(['--format', 'sarif', 'claims']))
      const results = log.runs[0].results
      assert.equal(results.length, 2)
      for (const result of results) {
        assert.equal(result.ruleId, 'hollow-claim')
        assert.equal(result.level, 'warning')
        const {artifactLocation, region} = result.locations[0].physicalLocation
        assert.match(artifactLocation.uri, /^claims\/(first\.txt|roi\.md)$/)
        assert.ok(region.startLine >= 1 && region.startColumn >= 1 && region.endColumn > region.startColumn)
      }
    })

    it('scores the obvious claims of the eval fixture as hits', () => {
      const report = json<any>(runCli(['eval', 'eval/items.jsonl', '--json']))
      assert.equal(report.scores.overall.tp, 2)
      assert.deepEqual(report.misses, [])
    })
  })
})
