/** Bundle sizes and load times: the extension bundle, the engine alone, and alex bundled the same way. */
import {spawnSync} from 'node:child_process'
import {existsSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import * as esbuild from 'esbuild'
import {median} from './measure.ts'

export interface BundleFigure {
  name: string
  file: string
  bytes: number
  /** Median time to `require` the bundle in a fresh process, in ms. */
  loadMs: number
  note?: string
}

const common: esbuild.BuildOptions = {bundle: true, minify: true, legalComments: 'none', logLevel: 'silent', platform: 'node', target: 'node20', format: 'cjs'}

/** Bundles `entry` (a path, or module source when `contents` is given) to `outfile`, minified CJS. */
export async function bundle(outfile: string, entry: string, contents?: string, external: string[] = []): Promise<string> {
  await esbuild.build({
    ...common,
    outfile,
    external,
    ...(contents === undefined ? {entryPoints: [entry]} : {stdin: {contents, resolveDir: resolve(entry), loader: 'js'}})
  })
  return outfile
}

/** Bundles the RSS probe (engine included) as a CJS file runnable with plain node. */
export async function bundleRssChild(outfile: string): Promise<string> {
  await esbuild.build({...common, entryPoints: ['bench/rss-child.ts'], outfile, minify: false})
  return outfile
}

// `require`s the bundle in a fresh node with `vscode` stubbed (the extension only touches it on activation).
// esbuild's ESM interop copies the module's own keys onto an object whose prototype is the module's: the
// prototype proxy answers every other name.
const loader = `
const Module = require('node:module')
const get = (_, key) => (typeof key === 'symbol' ? undefined : stub)
const proto = new Proxy({}, {get})
const stub = new Proxy(function () {}, {get, apply: () => stub, construct: () => stub, getPrototypeOf: () => proto})
const load = Module._load
Module._load = function (request, ...rest) { return request === 'vscode' ? stub : load.call(this, request, ...rest) }
const start = performance.now()
require(process.argv[1])
process.stdout.write(String(performance.now() - start))
`

export function loadTime(file: string, runs: number): number {
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const child = spawnSync(process.execPath, ['-e', loader, resolve(file)], {encoding: 'utf8'})
    if (child.status !== 0) {
      const reason = child.stderr.split('\n').find((line) => /^\w*Error\b/.test(line)) ?? child.stderr.slice(0, 200)
      throw new Error(`loading ${file} failed: ${reason}`)
    }
    times.push(Number(child.stdout))
  }
  return median(times)
}

export async function bundleFigures(tempDir: string, runs: number): Promise<BundleFigure[]> {
  const figures: BundleFigure[] = []
  const figure = (name: string, file: string, note?: string): void => {
    figures.push({name, file, bytes: statSync(file).size, loadMs: loadTime(file, runs), note})
  }
  if (existsSync('dist/extension.cjs')) figure('extension (dist/extension.cjs)', 'dist/extension.cjs')
  else if (existsSync('src/extension/main.ts')) {
    figure('extension (src/extension/main.ts)', await bundle(join(tempDir, 'extension.cjs'), 'src/extension/main.ts', undefined, ['vscode']), 'dist/ not built: bundled to a temp file with the same options')
  }
  figure('engine alone (src/core/index.ts)', await bundle(join(tempDir, 'core.cjs'), 'src/core/index.ts'))
  figure('alex (markdown + text)', await bundle(join(tempDir, 'alex.cjs'), '.', "export {markdown, text} from 'alex'"))
  return figures
}
