// UI test, as a writer would do it, in a real VS Code workbench (code-server + headless Chromium),
// Promesse in French (VS Code's own words stay English: no language pack can be downloaded here):
// type a hollow claim → the squiggle shows (hover) → Ctrl+. → pick the preferred rewrite → the
// text is rewritten and saved → « Réviser le document » shows the scorecard → « Registre des
// engagements » shows two pages that disagree. Saves the README's screenshots into images/:
// diagnostic.png, quick-fix.png, review.png, register.png.
// Prints "ui: N passed, N failed".
import fs from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {openWorkbench, remove, startServer, workspaceFrom} from './lib.mjs'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const images = path.resolve(process.env.SHOTS_DIR || path.join(repo, 'images'))
const EDITOR = '.part.editor .monaco-editor' // the chat input is a Monaco editor too: scope to the editor part
const FILE = 'accueil.md'
const typed = 'Le client est roi.'
const started = Date.now()
const step = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a)

const page0 = `# Accueil

Votre satisfaction est notre priorité : nous remboursons sous 14 jours.

## Notre équipe

Chez nous, le client est roi.

## Service client

`

async function main() {
  fs.mkdirSync(images, {recursive: true})
  const workspace = workspaceFrom(path.join(repo, 'test/vscode/fixtures/workspace'))
  fs.writeFileSync(path.join(workspace, FILE), page0)
  // Two pages of the same site that disagree on the reply time, and terms that take a delivery time back.
  fs.writeFileSync(path.join(workspace, 'contact.md'), '# Contact\n\nNous répondons à vos messages sous 24 h, du lundi au vendredi de 9 h à 18 h.\n\nLivraison en 48 h partout en France.\n')
  fs.writeFileSync(path.join(workspace, 'faq.md'), '# Questions fréquentes\n\n## Quand aurai-je une réponse ?\n\nNotre équipe vous répond sous 72 h.\n\n## Les délais sont-ils garantis ?\n\nLes délais de livraison sont donnés à titre indicatif.\n')
  const server = await startServer({locale: 'fr'})
  step('code-server up')
  let browser
  let page
  try {
    ;({browser, page} = await openWorkbench(server, {folder: workspace, extension: repo}))
    await page.waitForSelector('.monaco-workbench .explorer-folders-view', {timeout: 60000})
    step('workbench up')
    await page.locator(`.explorer-folders-view .monaco-list-row[aria-label^="${FILE}"]`).dblclick()
    await page.waitForSelector(`.tabs-container .tab[aria-label^="${FILE}"]`)
    const squiggles = page.locator(`${EDITOR} .squiggly-warning`)
    await squiggles.first().waitFor({timeout: 30000})
    const before = await squiggles.count()
    step(`editor open, ${before} squiggle(s) for the claim already there`)

    // 1) Type a hollow claim at the end of the document: a new squiggle appears.
    await page.locator(`${EDITOR} .view-lines`).click()
    await page.keyboard.press('Control+End')
    await page.keyboard.type(typed, {delay: 15})
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length > n, [`${EDITOR} .squiggly-warning`, before], {timeout: 30000})
    step('squiggle under the typed claim')
    const last = squiggles.last()
    const box = await last.boundingBox()
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    const hover = page.locator('.monaco-hover', {hasText: 'Promesse client creuse'})
    await hover.first().waitFor()
    step('hover:', JSON.stringify((await hover.first().innerText()).split('\n').slice(0, 2).join(' / ')))
    await page.screenshot({path: path.join(images, 'diagnostic.png')})
    await page.mouse.move(5, 5)

    // 2) Ctrl+. on the claim: the quick-fix menu, the preferred rewrite first. The first request
    //    after start-up can come back empty: press again, bounded.
    await page.keyboard.press('ArrowLeft')
    await page.keyboard.press('ArrowLeft')
    const rewrite = page.locator('.action-widget .monaco-list-row', {hasText: 'Réécrire en'})
    for (let attempt = 1; ; attempt++) {
      await page.keyboard.press('Control+.')
      if (await rewrite.first().waitFor({timeout: 4000}).then(() => true, () => false)) break
      if (attempt === 5) throw new Error('the quick-fix menu never offered a rewrite')
      await page.keyboard.press('Escape')
    }
    const titles = await page.locator('.action-widget .monaco-list-row').allInnerTexts()
    step('quick fixes:', JSON.stringify(titles))
    for (const title of ['Ignorer ici', "Autoriser cette formule dans l'espace de travail", 'Désactiver la règle « Promesse client creuse »']) {
      // French typography: the guillemets hold no-break spaces.
      if (!titles.some((t) => t.replace(/\s+/g, ' ').includes(title))) throw new Error(`quick fix missing: ${title}`)
    }
    await page.screenshot({path: path.join(images, 'quick-fix.png')})
    const chosen = (await rewrite.first().innerText()).replace(/^Réécrire en «\s*|\s*»$/g, '').trim()
    await rewrite.first().click()

    // 3) The claim is rewritten (its blank selected, ready to type over), its squiggle gone; save.
    await page.waitForFunction(([sel, n]) => document.querySelectorAll(sel).length === n, [`${EDITOR} .squiggly-warning`, before], {timeout: 15000})
    await page.keyboard.press('Escape')
    await page.keyboard.press('Control+S')
    const file = path.join(workspace, FILE)
    let disk = ''
    for (const deadline = Date.now() + 15000; Date.now() < deadline; await page.waitForTimeout(200)) {
      disk = fs.readFileSync(file, 'utf8')
      if (disk !== page0) break
    }
    if (!disk.startsWith(page0) || disk.includes(typed) || !disk.includes(chosen)) throw new Error(`not rewritten on disk: ${JSON.stringify(disk)}`)
    step('saved:', JSON.stringify(disk.slice(page0.length)))

    // 4) « Réviser le document » from the command palette: the scorecard beside the editor.
    await page.keyboard.press('F1')
    await page.keyboard.type('Promesse: Réviser le document')
    await page.locator('.quick-input-list .monaco-list-row', {hasText: 'Réviser le document'}).first().waitFor()
    await page.keyboard.press('Enter')
    const review = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame')
    await review.locator('#scorecard').waitFor({timeout: 30000})
    step('review:', JSON.stringify((await review.locator('#scorecard').innerText()).replace(/\s+/g, ' ')))
    await page.waitForTimeout(500)
    await page.screenshot({path: path.join(images, 'review.png')})

    // 5) « Registre des engagements »: the workspace's promises by subject, the two pages that disagree highlighted.
    await page.keyboard.press('F1')
    await page.keyboard.type('Promesse: Registre des engagements')
    await page.locator('.quick-input-list .monaco-list-row', {hasText: 'Registre des engagements'}).first().waitFor()
    await page.keyboard.press('Enter')
    await page.locator('.tabs-container .tab', {hasText: 'Registre des engagements'}).first().waitFor({timeout: 60000})
    const register = page.frameLocator('iframe.webview.ready >> nth=-1').frameLocator('iframe#active-frame')
    await register.locator('tr.flagged').first().waitFor({timeout: 30000})
    const flagged = (await register.locator('tr.flagged').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '))
    step('register, flagged rows:', JSON.stringify(flagged))
    if (!flagged.some((t) => t.includes('contact.md') && t.includes('faq.md'))) throw new Error('the reply-time conflict between contact.md and faq.md is not highlighted')
    await page.waitForTimeout(500)
    await page.screenshot({path: path.join(images, 'register.png')})
    console.log(`ui: 1 passed, 0 failed (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  } catch (error) {
    console.error(error)
    if (page) await page.screenshot({path: path.join(server.root, 'error.png')}).catch(() => {})
    console.log('ui: 0 passed, 1 failed')
    process.exitCode = 1
  } finally {
    if (browser) await browser.close().catch(() => {})
    await server.stop()
    if (process.exitCode) console.error(`kept for inspection: ${server.root} ${workspace}`)
    else remove(server.root, workspace)
  }
}

setTimeout(() => {
  console.error('ui: global timeout')
  process.exit(2)
}, 240000).unref()
main()
