/** Runs the built CLI as a child process (`node bin/promesse.js …`), building dist/cli.js first if it is stale. */
import {spawnSync} from 'node:child_process'
import {readdirSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const repo = fileURLToPath(new URL('../../', import.meta.url))
export const bin = path.join(repo, 'bin', 'promesse.js')
export const cliFixtures = path.join(repo, 'test', 'fixtures', 'cli')
const bundle = path.join(repo, 'dist', 'cli.js')

function newest(entry: string): number {
  let info
  try {
    info = statSync(entry)
  } catch {
    return 0
  }
  if (!info.isDirectory()) return info.mtimeMs
  return Math.max(0, ...readdirSync(entry).map((name) => newest(path.join(entry, name))))
}

let built = false

/**
 * Builds with `npm run build` (node esbuild.mjs) when dist/cli.js is missing or older than src/,
 * rules/ or package.json (`npm test` builds beforehand, so this only matters for a bare
 * `npx mocha`). PROMESSE_TEST_NO_BUILD=1 uses dist/cli.js as it is.
 */
export function ensureBuilt(): void {
  if (built || process.env.PROMESSE_TEST_NO_BUILD === '1') return
  const sources = Math.max(newest(path.join(repo, 'src')), newest(path.join(repo, 'rules')), newest(path.join(repo, 'package.json')))
  if (newest(bundle) < sources) {
    // esbuild.mjs builds the CLI first; a failure in a later target (the extension) leaves dist/cli.js fresh.
    const result = spawnSync('npm', ['run', '--silent', 'build'], {cwd: repo, encoding: 'utf8', shell: process.platform === 'win32'})
    if (newest(bundle) < sources) throw new Error(`could not build dist/cli.js:\n${result.stderr}`)
  }
  built = true
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

export function runCli(args: string[], options: {cwd?: string; input?: string; env?: Record<string, string | undefined>} = {}): CliRun {
  const env: Record<string, string | undefined> = {...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, CI: undefined, ...options.env}
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key]
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? cliFixtures,
    input: options.input ?? '',
    encoding: 'utf8',
    env: env as NodeJS.ProcessEnv,
    timeout: 30000
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Parses the JSON output, failing with the CLI's stderr when it is not JSON. */
export function json<T = unknown>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T
  } catch {
    throw new Error(`not JSON (exit ${run.code}):\n${run.stdout}\n--- stderr ---\n${run.stderr}`)
  }
}
