// `npm run test:electron`: the same in-host suite in VS Code desktop, through @vscode/test-electron.
// Needs a machine that can download VS Code (not possible here nor in this project's CI, which
// runs the suite in code-server instead: scripts/e2e/ci.sh). Runs it with a workspace folder, then
// without one, like ci.sh. Set VSCODE_VERSION to pin the VS Code build (default: stable).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {runTests} from '@vscode/test-electron'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const extensionTestsPath = path.join(repo, 'out/test/vscode/index.js')
const workspace = fs.mkdtempSync(path.join(os.tmpdir(), 'promesse-ws-'))
fs.cpSync(path.join(repo, 'test/vscode/fixtures/workspace'), workspace, {recursive: true})

let failed = 0
for (const folder of [workspace, undefined]) {
  try {
    await runTests({
      version: process.env.VSCODE_VERSION,
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      launchArgs: [...(folder ? [folder] : []), '--disable-extensions', '--disable-workspace-trust']
    })
  } catch (error) {
    console.error(error)
    failed++
  }
}
fs.rmSync(workspace, {recursive: true, force: true})
process.exitCode = failed ? 1 : 0
