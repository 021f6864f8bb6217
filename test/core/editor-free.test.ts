import {strict as assert} from 'node:assert'
import {readFileSync, readdirSync, statSync} from 'node:fs'
import {join} from 'node:path'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
  })
}

describe('src/core stays portable', () => {
  const sources = files('src/core')

  it('has sources to check', () => {
    assert.ok(sources.length > 5)
  })

  it('imports neither vscode nor Node built-ins', () => {
    const offenders = sources.filter((file) => {
      const text = readFileSync(file, 'utf8')
      return /from\s+['"](vscode|node:[\w/]+|fs|path|os|child_process)['"]/.test(text) || /require\(['"]vscode['"]\)/.test(text)
    })
    assert.deepEqual(offenders, [])
  })
})

describe('one way into the engine', () => {
  it('the CLI, the extension and the Node helpers import src/core through its index only', () => {
    const offenders = ['src/cli', 'src/extension', 'src/node']
      .flatMap(files)
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/from\s+'((?:\.\.\/)+core\/[^']+)'/g)].map((m) => `${file}: ${m[1]}`))
      .filter((line) => !line.endsWith('core/index.ts'))
    assert.deepEqual(offenders, [])
  })
})
