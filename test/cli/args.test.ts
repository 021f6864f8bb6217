import assert from 'node:assert/strict'
import {parseCliArgs, UsageError} from '../../src/cli/args.ts'

describe('parseCliArgs', () => {
  it('defaults to linting the current directory in stylish format', () => {
    assert.deepEqual(parseCliArgs([]), {
      command: 'lint', patterns: ['.'], lang: undefined, config: undefined, maxWarnings: -1,
      quiet: false, format: 'stylish', stdinFilename: undefined, ignore: true
    })
  })

  it('reads every lint option', () => {
    const args = parseCliArgs(['docs', '-', '--lang', 'fr', '--config', 'c.yaml', '--max-warnings', '3', '--quiet', '--format', 'sarif', '--stdin-filename', 'x.md', '--no-ignore'])
    assert.deepEqual(args, {
      command: 'lint', patterns: ['docs', '-'], lang: 'fr', config: 'c.yaml', maxWarnings: 3,
      quiet: true, format: 'sarif', stdinFilename: 'x.md', ignore: false
    })
  })

  it('reads --jobs (threads for the lint and the register)', () => {
    assert.equal((parseCliArgs(['--jobs', '3', 'docs']) as {jobs?: number}).jobs, 3)
    assert.equal((parseCliArgs(['register', '-j', '1']) as {jobs?: number}).jobs, 1)
    assert.equal('jobs' in parseCliArgs(['docs']), false)
  })

  it('recognises eval with its file and --json', () => {
    assert.deepEqual(parseCliArgs(['eval', 'items.jsonl', '--json']), {command: 'eval', file: 'items.jsonl', json: true, errors: false, lang: undefined, config: undefined})
  })

  it('answers --help and --version before anything else', () => {
    assert.deepEqual(parseCliArgs(['--format', 'bogus', '--help']), {command: 'help'})
    assert.deepEqual(parseCliArgs(['-v']), {command: 'version'})
  })

  it('rejects bad usage with a message that names the option', () => {
    const cases: [string[], RegExp][] = [
      [['--format', 'xml'], /--format expects one of stylish, json, sarif, got "xml"/],
      [['--lang', 'de'], /--lang expects one of fr, en, auto/],
      [['--max-warnings', 'many'], /--max-warnings expects a number/],
      [['--colour'], /colour/],
      [['--stdin-filename', 'a.md', 'docs'], /add "-"/],
      [['-', '-'], /only once/],
      [['eval'], /exactly one/],
      [['--json', 'docs'], /--format json/],
      [['--jobs', '0'], /--jobs expects a number of threads \(1 or more\), got "0"/],
      [['--jobs', 'all'], /--jobs expects a number/],
      [['eval', 'a.jsonl', '--jobs', '2'], /not of "promesse eval"/]
    ]
    for (const [argv, pattern] of cases) {
      assert.throws(() => parseCliArgs(argv), (error: unknown) => error instanceof UsageError && pattern.test(error.message), argv.join(' '))
    }
  })
})
