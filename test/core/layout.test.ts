import {strict as assert} from 'node:assert'
import {readFileSync, readdirSync} from 'node:fs'
import {dirname, join, normalize} from 'node:path'

const sources = (readdirSync('src/core', {recursive: true}) as string[]).filter((f) => f.endsWith('.ts')).map((f) => join('src/core', f))

/** The files a file imports or re-exports (relative specifiers, type-only imports included). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g)].map((m) => normalize(join(dirname(file), m[1]!)))
}

describe('src/core layout', () => {
  it('every file opens with a comment saying what it holds', () => {
    assert.deepEqual(sources.filter((f) => !/^\/[*/]/.test(readFileSync(f, 'utf8'))), [])
  })

  it('has no import cycle, type-only imports included', () => {
    const state = new Map<string, 'open' | 'done'>()
    const cycles: string[] = []
    const stack: string[] = []
    const visit = (file: string): void => {
      state.set(file, 'open')
      stack.push(file)
      for (const dep of importsOf(file)) {
        if (state.get(dep) === 'open') cycles.push([...stack.slice(stack.indexOf(dep)), dep].join(' → '))
        else if (!state.has(dep)) visit(dep)
      }
      stack.pop()
      state.set(file, 'done')
    }
    for (const file of sources) if (!state.has(file)) visit(file)
    assert.deepEqual(cycles, [])
  })

  it('the sentence analyser imports nothing of what comes after it (resolve/, report/, register/)', () => {
    const offenders = sources
      .filter((f) => f.startsWith(join('src/core/detect')))
      .flatMap((f) => importsOf(f).filter((dep) => /src\/core\/(resolve|report|register)\//.test(dep)).map((dep) => `${f} → ${dep}`))
    assert.deepEqual(offenders, [])
  })
})
