// Bundles the CLI (ESM, Node) and the VS Code extension (CJS for the Node host, ESM-free IIFE for the web host).
// The CLI shares the Node extension's lazy chunks: a run on Markdown never loads parse5, yaml or
// MDX's syntax, and the bundle Node compiles at start-up is 0.5 MB instead of 1.1 MB.
// Size (target: dist/extension.cjs ≤ 400 KB): franc keeps only the French and English models, GFM
// is registered without its unused to-markdown half, and in the Node extension the HTML parser
// (parse5) and yaml live in dist/html.cjs and dist/yaml.cjs, `require`d on first use, and the rule
// data is shipped deflated (scripts/esbuild/packed-rule-data.mjs).
import * as esbuild from 'esbuild'
import {existsSync} from 'node:fs'
import {nodeChunks, nodeTrims, trims, webTrims} from './scripts/esbuild/plugins.mjs'

const watch = process.argv.includes('--watch')
const minify = !process.argv.includes('--dev')

const lazy = await nodeChunks()

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [...trims(), lazy.plugin],
    banner: {js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);"}
  },
  // The CLI's worker thread (src/cli/worker-pool.ts starts it next to dist/cli.js).
  {
    entryPoints: ['src/cli/lint-worker.ts'],
    outfile: 'dist/lint-worker.js',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [...trims(), lazy.plugin],
    banner: {js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);"}
  },
  // The unified plugin (`promesse/retext`), for remark and retext pipelines.
  {
    entryPoints: ['src/retext/index.ts'],
    outfile: 'dist/retext.js',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: trims(),
    banner: {js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);"}
  },
  {
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/extension.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    plugins: [...trims(), ...nodeTrims(), lazy.plugin],
    external: ['vscode']
  },
  ...lazy.builds('dist', {platform: 'node', target: 'node20'}),
  {
    entryPoints: ['src/extension/browser.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    plugins: [...trims(), ...webTrims()],
    external: ['vscode']
  }
]

for (const options of targets) {
  if (options.entryPoints && !existsSync(options.entryPoints[0])) continue
  const config = {bundle: true, sourcemap: !minify, minify, legalComments: 'none', logLevel: 'warning', ...options}
  if (watch) await (await esbuild.context(config)).watch()
  else await esbuild.build(config)
}
