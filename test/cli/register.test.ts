/** `promesse register` and the register rules across the files of one run, as a spawned process. */
import assert from 'node:assert/strict'
import path from 'node:path'
import {ensureBuilt, json, repo, runCli} from './helpers.ts'

const site = (lang: string) => path.join(repo, 'test', 'fixtures', 'register', 'own', lang)

interface Row {
  file: string
  line: number
  kind: string
  subject: string
  label: string
  words: string
  conflicts: Array<{file: string; line: number; words: string}>
  undercutBy: Array<{file: string; line: number; words: string}>
}

describe('promesse register (spawned)', function () {
  this.timeout(60000)
  before(ensureBuilt)

  it('prints the JSON contract: every commitment with kind, subject, value and place, conflicts marked; exit 1 on a conflict', () => {
    const run = runCli(['register', '--format', 'json', '.'], {cwd: site('fr')})
    assert.equal(run.code, 1, run.stderr)
    const out = json<{version: number; commitments: Row[]}>(run)
    assert.equal(out.version, 1)
    const reply = out.commitments.filter((r) => r.subject === 'response')
    assert.deepEqual(reply.map((r) => [r.file, r.line, r.label, r.words]), [['contact.html', 7, '1 d', '24 h'], ['faq.md', 11, '3 d', '72 h']])
    assert.deepEqual(reply[0]!.conflicts, [{file: 'faq.md', line: 11, column: 41, words: '72 h'}])
    // Grouped by subject, `general` last.
    const subjects = out.commitments.map((r) => r.subject)
    assert.deepEqual(subjects, [...subjects].sort((a, b) => (a === 'general' ? 1 : 0) - (b === 'general' ? 1 : 0) || a.localeCompare(b)))
  })

  it('prints CSV a spreadsheet opens (quoted cells, CRLF) and a Markdown table', () => {
    const csv = runCli(['register', '--format', 'csv', '.'], {cwd: site('en')}).stdout
    const lines = csv.split('\r\n')
    assert.equal(lines[0], 'subject,kind,value,file,line,column,words,qualifiers,conflicts,undercut_by')
    assert.ok(lines.includes('shop,schedule,Mon-Sat 09:00-17:00,visit.html,6,21,"Monday to Saturday, 9am to 5pm",,,'), csv)
    const md = runCli(['register', '--format', 'markdown', '.'], {cwd: site('en')}).stdout
    assert.match(md, /^\| subject \| kind \| value \| where \| words \| conflicts \|\n\| --- /)
    assert.match(md, /\| delivery \| price \| 4\.95 GBP \| help\.md:9 \| £4\.95 \| conflicts with "£3\.95" \(visit\.html:8\) \|/)
  })

  it('stylish: grouped by subject, with a summary line', () => {
    const run = runCli(['register', '.'], {cwd: site('fr')})
    assert.match(run.stdout, /^delivery\n/)
    assert.match(run.stdout, /✖ conflicts with "72 h" \(faq\.md:11\)/)
    assert.match(run.stdout, /\n12 commitments, 6 in conflict, 2 undercut by a disclaimer\n$/)
  })

  it('the ordinary lint of several files reports conflicts across them, naming the other file and line', () => {
    const run = runCli(['--format', 'json', '.'], {cwd: site('fr')})
    const reports = json<Array<{file: string; messages: Array<{ruleId: string; line: number; message: string; actual: string}>}>>(run)
    const contact = reports.find((r) => r.file === 'contact.html')!.messages.filter((m) => m.ruleId === 'conflicting-commitment')
    assert.deepEqual(contact.map((m) => [m.line, m.actual]), [[7, '24 h'], [8, 'lundi au samedi']])
    assert.match(contact[0]!.message, /«\u00a072 h\u00a0» dans faq\.md, ligne 11/)
    // One file alone: nothing to compare across.
    const alone = json<Array<{messages: Array<{ruleId: string}>}>>(runCli(['--format', 'json', 'contact.html'], {cwd: site('fr')}))
    assert.deepEqual(alone[0]!.messages.filter((m) => m.ruleId === 'conflicting-commitment'), [])
  })

  it('refuses options that belong to linting or eval', () => {
    for (const args of [['register', '--quiet'], ['register', '--json'], ['register', '-'], ['register', '--format', 'sarif']]) {
      const run = runCli(args, {cwd: site('fr')})
      assert.equal(run.code, 2, args.join(' '))
    }
  })
})
