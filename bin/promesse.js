#!/usr/bin/env node
// The `promesse` command. The CLI is bundled into dist/cli.js by `npm run build` (node esbuild.mjs).
import {existsSync} from 'node:fs'

const cli = new URL('../dist/cli.js', import.meta.url)
if (!existsSync(cli)) {
  process.stderr.write('promesse: the CLI is not built yet; run "npm run build" in the promesse folder first.\n')
  process.exit(2)
}
await import(cli.href)
