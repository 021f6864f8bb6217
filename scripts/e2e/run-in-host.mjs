// Runs the in-host mocha suite (out/test/vscode, built by build-tests.mjs) inside a real VS Code
// extension host, with a workspace folder (default) or without one (--no-folder). The workbench is
// opened in headless Chromium; when the suite ends, the extension host exits and the workbench
// calls window.codeAutomationExit(code). Prints "in-host (folder): N passed, N failed".
import path from 'node:path'
import util from 'node:util'
import {fileURLToPath} from 'node:url'
import {openWorkbench, remove, startServer, workspaceFrom} from './lib.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const noFolder = process.argv.includes('--no-folder')
const label = noFolder ? 'no folder' : 'folder'
const TIMEOUT = Number(process.env.TEST_TIMEOUT_MS || 600000)
const noise = /^\[(ChatModelSelection|AgentHost|AccountPolicyGate|Service Worker|reconnection-grace-time)|^(Resolving|Resolved|Creating a socket|Ignoring fetching)/

async function main() {
  const started = Date.now()
  const workspace = noFolder ? undefined : workspaceFrom(path.join(repo, 'test/vscode/fixtures/workspace'))
  const server = await startServer({env: {PROMESSE_TEST_GREP: process.env.PROMESSE_TEST_GREP ?? ''}})
  const counts = {passed: 0, failed: 0, pending: 0}
  let browser
  let code = 'timeout'
  try {
    let exit
    const exited = new Promise((resolve) => (exit = resolve))
    ;({browser} = await openWorkbench(server, {
      folder: workspace,
      extension: repo,
      tests: path.join(repo, 'out/test/vscode/index.js'),
      beforeGoto: async (page) => {
        await page.exposeFunction('codeAutomationExit', (c) => exit(c))
        // The extension host's console.log reaches the page as ('%c INFO', css, format, ...args).
        page.on('console', async (message) => {
          try {
            const args = await Promise.all(message.args().map((a) => a.jsonValue()))
            if (typeof args[0] !== 'string' || !/^%c\s+(INFO|WARN|ERR)/.test(args[0]) || args.length < 3) return
            const line = util.format(...args.slice(2))
            const count = /^\s*(\d+) (passing|failing|pending)\b/.exec(line)
            if (count) counts[{passing: 'passed', failing: 'failed', pending: 'pending'}[count[2]]] = Number(count[1])
            if (!noise.test(line)) console.log('  |', line)
          } catch {}
        })
      }
    }))
    let timer
    code = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT)))])
    clearTimeout(timer)
  } finally {
    if (browser) await browser.close().catch(() => {})
    await server.stop()
  }
  if (code !== 0 && counts.failed === 0) counts.failed = 1 // crashed or timed out before mocha reported
  console.log(`in-host suite (${label}): exit code ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`)
  console.log(`in-host (${label}): ${counts.passed} passed, ${counts.failed} failed${counts.pending ? `, ${counts.pending} skipped` : ''}`)
  if (code === 0) remove(server.root, workspace)
  else console.error(`kept for inspection: ${server.logFile} ${workspace ?? ''}`)
  process.exitCode = code === 0 ? 0 : 1
}

setTimeout(() => {
  console.error('run-in-host: global timeout')
  process.exit(2)
}, TIMEOUT + 60000).unref()
main().catch((error) => {
  console.error(error)
  console.log(`in-host (${label}): 0 passed, 1 failed`)
  process.exitCode = 1
})
