/**
 * Writes the rules table of the README from the rule registry (rules/meta.yaml → ruleMeta), so
 * the docs cannot drift from the data. `--check` exits 1 when the README is out of date.
 */
import {readFileSync, writeFileSync} from 'node:fs'
import {ruleIds, ruleMeta} from '../src/core/rules/index.ts'

const START = '<!-- rules:start -->'
const END = '<!-- rules:end -->'

export function rulesTable(): string {
  const rows = ruleIds.map((id) => {
    const m = ruleMeta[id]
    const cell = (s: string) => s.replace(/\|/g, '\\|')
    return `| [\`${id}\`](docs/rules/${id}.md) | ${m.defaultSeverity} | ${cell(m.description.en)} | ${cell(m.description.fr)} |`
  })
  return [
    '| rule | default | what it flags | ce qu’elle signale |',
    '| --- | --- | --- | --- |',
    ...rows
  ].join('\n')
}

export function withRulesTable(readme: string): string {
  const start = readme.indexOf(START)
  const end = readme.indexOf(END)
  if (start === -1 || end < start) throw new Error(`README.md: the markers ${START} … ${END} are missing`)
  return readme.slice(0, start + START.length) + '\n' + rulesTable() + '\n' + readme.slice(end)
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const readme = readFileSync('README.md', 'utf8')
  const next = withRulesTable(readme)
  if (process.argv.includes('--check')) {
    if (next !== readme) {
      console.error('README.md: the rules table is out of date; run `npm run docs`')
      process.exit(1)
    }
  } else if (next !== readme) {
    writeFileSync('README.md', next)
    console.log('README.md: rules table updated')
  }
}
