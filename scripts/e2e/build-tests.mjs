// Bundles the in-host suite (test/vscode/) into out/test/vscode/index.js (CommonJS, as the
// extension host `require`s it). `vscode` and `mocha` stay external: the host provides the first,
// the repository's node_modules the second.
import * as esbuild from 'esbuild'
import {mkdirSync, writeFileSync} from 'node:fs'
import {jsoncModule} from '../esbuild/plugins.mjs'

mkdirSync('out/test/vscode', {recursive: true})
// The repository is "type": "module": mark this folder CommonJS so `index.js` loads with require.
writeFileSync('out/test/vscode/package.json', '{"type": "commonjs"}\n')
await esbuild.build({
  entryPoints: ['test/vscode/index.ts'],
  outfile: 'out/test/vscode/index.js',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  plugins: [jsoncModule()],
  logLevel: 'warning'
})
