/** Bundle sizes and load times: the built extension, and alex bundled the same way. */
import {jsoncModule} from '../scripts/esbuild/plugins.mjs'
import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, statSync} from 'node:fs'
import {join, resolve} from 'node:path'
import * as esbuild from 'esbuild'
import {median} from './measure.ts'

export interface BundleFigure {
  name: string
  file: string
  bytes: number
  /** Median time to `require` the bundle in a fresh process, in ms (measured for the entry bundles only). */
  loadMs?: number
  note?: string
}

const common: esbuild.BuildOptions = {bundle: true, minify: true, legalComments: 'none', logLevel: 'silent', platform: 'node', target: 'node20', format: 'cjs', plugins: [jsoncModule()]}

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

/**
 * The built extension (`npm run build`): dist/extension.cjs with its load time, its lazy chunks and
 * the web bundle (sizes only), then alex bundled and minified the same way, with its load time.
 */
export async function bundleFigures(tempDir: string, runs: number): Promise<BundleFigure[]> {
  const figures: BundleFigure[] = []
  if (existsSync('dist/extension.cjs')) {
    figures.push({name: 'dist/extension.cjs', file: 'dist/extension.cjs', bytes: statSync('dist/extension.cjs').size, loadMs: loadTime('dist/extension.cjs', runs)})
    for (const name of readdirSync('dist').filter((name) => name.endsWith('.cjs') && name !== 'extension.cjs').sort()) {
      figures.push({name: `dist/${name}`, file: join('dist', name), bytes: statSync(join('dist', name)).size, note: 'lazy chunk, required on first use'})
    }
    if (existsSync('dist/web/extension.js')) figures.push({name: 'dist/web/extension.js', file: 'dist/web/extension.js', bytes: statSync('dist/web/extension.js').size, note: 'web host bundle'})
  }
  const alex = await bundle(join(tempDir, 'alex.cjs'), '.', "export {markdown, text} from 'alex'")
  figures.push({name: 'alex (markdown + text)', file: alex, bytes: statSync(alex).size, loadMs: loadTime(alex, runs), note: 'bundled here with esbuild, minified'})
  return figures
}
