// Bundles the CLI (ESM, Node) and the VS Code extension (CJS for the Node host, ESM-free IIFE for the web host).
import * as esbuild from 'esbuild'
import {existsSync} from 'node:fs'

const watch = process.argv.includes('--watch')
const minify = !process.argv.includes('--dev')

/** @type {import('esbuild').BuildOptions[]} */
const targets = [
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: {js: "import {createRequire as __cr} from 'node:module'; const require = __cr(import.meta.url);"}
  },
  {
    entryPoints: ['src/extension/main.ts'],
    outfile: 'dist/extension.cjs',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode']
  },
  {
    entryPoints: ['src/extension/browser.ts'],
    outfile: 'dist/web/extension.js',
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode']
  }
]

for (const options of targets) {
  if (!existsSync(options.entryPoints[0])) continue
  const config = {bundle: true, sourcemap: !minify, minify, legalComments: 'none', logLevel: 'warning', ...options}
  if (watch) await (await esbuild.context(config)).watch()
  else await esbuild.build(config)
}
